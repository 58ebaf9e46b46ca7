/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Figures for the region map at 1600×1000, drawn with the cairo
 * renderer (the slowest GTK has, and the one that works headless):
 *
 * - a full redraw: the polygons rendered anew, then labels and
 *   highlight, then the frame rasterised (target 8 ms);
 * - every frame of a pan and zoom driven as the gestures drive it, the
 *   cached rendering transformed (target 16 ms for the worst frame);
 * - a frame of a still view, as hovering draws it (no target).
 *
 * Times are wall clock of snapshot plus render, in ms; the CPU time of
 * the same work is printed beside them, which is what to compare when
 * something else runs on the machine. Like the core benchmarks, it
 * fails only on gross misses: over three times a target, in wall time
 * and in CPU time both.
 *
 * Every measured frame really draws the map: it is queued for drawing
 * first, and a change that needs a new layout (switching the division
 * shows other legend rows) is let through a whole frame cycle before
 * anything is measured. */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdlib.h>
#include <time.h>

#include "rex-map-view.h"

#define WIDTH  1600
#define HEIGHT 1000

static gboolean failed;

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* A gross miss is over three times the target in wall time and in CPU
 * time both: a frame that waited for the CPU while something else ran
 * on the machine is not the map's fault. */
static void
check (const char *what,
       double      value,
       double      cpu,
       double      target)
{
  if (value > 3 * target && cpu > 3 * target)
    {
      g_printerr ("GROSS MISS: %s is %.2f ms (CPU %.2f ms), target %.2f ms\n",
                  what, value, cpu, target);
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

/* One frame: the snapshot, then the node tree rasterised the way the
 * cairo renderer does it (gsk_render_node_draw), into a surface that is
 * reused as a window's would be. gsk_renderer_render_texture() would
 * allocate and fault in a new 6 MB surface every time, which measures
 * the kernel rather than the map. */
static double
frame (GtkWidget       *map,
       cairo_surface_t *target,
       double          *cpu)
{
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot;
  cairo_t *cr;
  gint64 start;
  double cpu_start;

  /* Without this, a step that happens not to change the view would
   * measure GTK handing back the node of the last frame. */
  gtk_widget_queue_draw (map);
  g_assert (gtk_widget_get_width (map) == WIDTH && gtk_widget_get_height (map) == HEIGHT);

  start = g_get_monotonic_time ();
  cpu_start = cpu_ms ();
  snapshot = gtk_snapshot_new ();
  gtk_widget_snapshot_child (gtk_widget_get_parent (map), map, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);

  cr = cairo_create (target);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (target);

  if (cpu != NULL)
    *cpu = cpu_ms () - cpu_start;

  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Lets the map settle (its pause after motion) and GTK lay out and
 * draw a whole frame, so that what follows starts from a still view
 * with a current allocation. */
static void
settle (GtkWidget *map)
{
  gint64 until = g_get_monotonic_time () + 400 * 1000;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
  gtk_test_widget_wait_for_draw (map);
}

static void
report (const char *what,
        double     *times,
        double     *cpu,
        guint       n,
        double      target,
        gboolean    worst)
{
  double value, cpu_value;

  qsort (times, n, sizeof *times, compare_doubles);
  qsort (cpu, n, sizeof *cpu, compare_doubles);
  value = worst ? times[n - 1] : times[n / 2];
  cpu_value = worst ? cpu[n - 1] : cpu[n / 2];
  g_print ("%-28s median %6.2f ms  worst %6.2f ms  (CPU %6.2f / %6.2f ms)  %u frames\n",
           what, times[n / 2], times[n - 1], cpu[n / 2], cpu[n - 1], n);
  check (what, value, cpu_value, target);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RexCatalogue) catalogue = NULL;
  g_autoptr(RexOutlines) outlines = NULL;
  cairo_surface_t *target;
  RexViewport *viewport;
  GtkWidget *window, *map;
  double cx, cy;
  double full[40], full_cpu[40], motion[120], motion_cpu[120];
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

  target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);

  for (guint d = 0; d < G_N_ELEMENTS (divisions); d++)
    {
      g_autofree char *what = NULL;

      rex_map_view_set_division (REX_MAP_VIEW (map), divisions[d]);
      rex_map_view_set_selected_region (REX_MAP_VIEW (map),
                                        rex_catalogue_lookup_region (catalogue, "KZ-63"));
      gtk_widget_activate_action (map, "map.zoom-reset", NULL);
      settle (map);
      g_assert (rex_map_view_get_division (REX_MAP_VIEW (map)) == divisions[d]);
      frame (map, target, NULL);

      /* A settled view that changed: everything is drawn anew. The
       * centre moves by ten kilometres either way of where it is, which
       * the viewport's clamp to the country always allows. */
      cx = rex_viewport_get_centre_x (viewport);
      cy = rex_viewport_get_centre_y (viewport);
      for (guint i = 0; i < G_N_ELEMENTS (full); i++)
        {
          rex_viewport_centre_on (viewport, cx + (i % 2 ? 10 : -10), cy);
          g_assert (fabs (rex_viewport_get_centre_x (viewport) - cx) > 9);
          full[i] = frame (map, target, &full_cpu[i]);
        }
      what = g_strdup_printf ("full redraw, %s", divisions[d] == REX_DIVISION_2018 ? "2018" : "2022");
      report (what, full, full_cpu, G_N_ELEMENTS (full), 8, FALSE);
      g_free (what);

      /* A pinch in, a drag across and a pinch out, one step per frame;
       * the first frame is the one that starts the motion. */
      settle (map);
      frame (map, target, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (motion); i++)
        {
          if (i < 40)
            rex_map_view_zoom_at (REX_MAP_VIEW (map), 1.05, 1100, 380);
          else if (i < 80)
            rex_map_view_pan_by (REX_MAP_VIEW (map), 9, -4);
          else
            rex_map_view_zoom_at (REX_MAP_VIEW (map), 1 / 1.05, 500, 600);
          motion[i] = frame (map, target, &motion_cpu[i]);
        }
      what = g_strdup_printf ("pan and zoom frame, %s", divisions[d] == REX_DIVISION_2018 ? "2018" : "2022");
      report (what, motion, motion_cpu, G_N_ELEMENTS (motion), 16, TRUE);

      /* A frame of the settled view that did not move, as hovering
       * draws them: the polygons come from what the last frame drew. */
      {
        double settled, settled_cpu;

        settle (map);
        settled = frame (map, target, &settled_cpu);
        g_print ("%-28s        %6.2f ms                     (CPU %6.2f ms)\n",
                 divisions[d] == REX_DIVISION_2018 ? "still frame, 2018" : "still frame, 2022",
                 settled, settled_cpu);
      }
    }

  cairo_surface_destroy (target);
  gtk_window_destroy (GTK_WINDOW (window));

  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
