/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Figures for the region map at 1600×1000, drawn with the cairo
 * renderer (the slowest GTK has, and the one that works headless):
 *
 * - a full redraw: the polygons rendered anew, then labels and
 *   highlight, then the frame rasterised (target 8 ms);
 * - every frame of a pan and zoom driven as the gestures drive it, the
 *   cached rendering transformed (target 16 ms for the worst frame).
 *
 * Times are wall clock of snapshot plus render, in ms. Like the core
 * benchmarks, it fails only on gross misses (over three times a target). */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "rex-map-view.h"

#define WIDTH  1600
#define HEIGHT 1000

static gboolean failed;

static void
check (const char *what,
       double      value,
       double      target)
{
  if (value > 3 * target)
    {
      g_printerr ("GROSS MISS: %s is %.2f ms, target %.2f ms\n", what, value, target);
      failed = TRUE;
    }
  else if (value > target)
    {
      g_print ("  (missed target for %s: %.2f > %.2f ms)\n", what, value, target);
    }
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
frame (GtkWidget   *map,
       GskRenderer *renderer)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (map);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  gint64 start = g_get_monotonic_time ();

  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, WIDTH, HEIGHT);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, WIDTH, HEIGHT));

  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
report (const char *what,
        double     *times,
        guint       n,
        double      target,
        gboolean    worst)
{
  double value;

  qsort (times, n, sizeof *times, compare_doubles);
  value = worst ? times[n - 1] : times[n / 2];
  g_print ("%-44s median %6.2f ms  worst %6.2f ms  (%u frames)\n",
           what, times[n / 2], times[n - 1], n);
  check (what, value, target);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RexCatalogue) catalogue = NULL;
  g_autoptr(RexOutlines) outlines = NULL;
  g_autoptr(GskRenderer) renderer = NULL;
  RexViewport *viewport;
  GtkWidget *window, *map;
  double full[40], motion[120];
  static const RexDivision divisions[] = { REX_DIVISION_2022, REX_DIVISION_2018 };

  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  catalogue = rex_catalogue_new_bundled (NULL);
  outlines = rex_outlines_new_bundled (NULL);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  map = rex_map_view_new ();
  rex_map_view_set_catalogue (REX_MAP_VIEW (map), catalogue);
  rex_map_view_set_outlines (REX_MAP_VIEW (map), outlines);
  gtk_window_set_child (GTK_WINDOW (window), map);
  gtk_window_present (GTK_WINDOW (window));
  while (gtk_widget_get_width (map) != WIDTH)
    g_main_context_iteration (NULL, TRUE);
  viewport = rex_map_view_get_viewport (REX_MAP_VIEW (map));

  renderer = gsk_cairo_renderer_new ();
  gsk_renderer_realize (renderer, NULL, NULL);

  for (guint d = 0; d < G_N_ELEMENTS (divisions); d++)
    {
      g_autofree char *what = NULL;

      rex_map_view_set_division (REX_MAP_VIEW (map), divisions[d]);
      rex_map_view_set_selected_region (REX_MAP_VIEW (map),
                                        rex_catalogue_lookup_region (catalogue, "KZ-63"));

      /* A settled view that changed: everything is drawn anew. */
      for (guint i = 0; i < G_N_ELEMENTS (full); i++)
        {
          rex_viewport_centre_on (viewport, i % 2 ? 10 : -10, 0);
          full[i] = frame (map, renderer);
        }
      what = g_strdup_printf ("full redraw, %s", divisions[d] == REX_DIVISION_2018 ? "2018" : "2022");
      report (what, full, G_N_ELEMENTS (full), 8, FALSE);
      g_free (what);

      /* A pinch in, a drag across and a pinch out, one step per frame. */
      frame (map, renderer);
      for (guint i = 0; i < G_N_ELEMENTS (motion); i++)
        {
          if (i < 40)
            rex_map_view_zoom_at (REX_MAP_VIEW (map), 1.05, 1100, 380);
          else if (i < 80)
            rex_map_view_pan_by (REX_MAP_VIEW (map), 9, -4);
          else
            rex_map_view_zoom_at (REX_MAP_VIEW (map), 1 / 1.05, 500, 600);
          motion[i] = frame (map, renderer);
        }
      what = g_strdup_printf ("pan and zoom frame, %s", divisions[d] == REX_DIVISION_2018 ? "2018" : "2022");
      report (what, motion, G_N_ELEMENTS (motion), 16, TRUE);

      /* Back to a settled whole country. */
      gtk_widget_activate_action (map, "map.zoom-reset", NULL);
      for (guint i = 0; i < 20; i++)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (10000);
        }
    }

  gsk_renderer_unrealize (renderer);
  gtk_window_destroy (GTK_WINDOW (window));

  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
