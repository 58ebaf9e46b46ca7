/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The region map, drawn for real and read back pixel by pixel, and the
 * Regions view it lives in: one selection shared by map, list and page.
 * Key presses cannot be synthesised in-process, so the keyboard is
 * driven through the actions the keys are bound to.
 *
 * Set REX_TEST_MAP_PNG=DIR to keep the renderings as PNG files. */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "rex-map-view.h"
#include "rex-regions-view.h"

#define WIDTH  800
#define HEIGHT 500

/* Semey, the centre of Abai Region, in the east. */
#define SEMEY_LON 80.2275
#define SEMEY_LAT 50.4111

static RexCatalogue *catalogue;
static RexOutlines *outlines;

typedef struct {
  GtkWidget *window;
  GtkWidget *map;
  GtkWidget *view;
  char      *shown;
  guint      count;
} Fixture;

static void
iterate (void)
{
  for (guint i = 0; i < 5; i++)
    while (g_main_context_pending (NULL))
      g_main_context_iteration (NULL, FALSE);
}

static void
show_region_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  Fixture *fixture = user_data;

  g_free (fixture->shown);
  fixture->shown = g_variant_dup_string (parameter, NULL);
  fixture->count++;
  if (fixture->view != NULL)
    rex_regions_view_show_region (REX_REGIONS_VIEW (fixture->view), fixture->shown);
}

/* A plain window with a stand-in "win" group, as the app's window has. */
static void
fixture_window (Fixture   *fixture,
                GtkWidget *child,
                int        width,
                int        height)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("show-region", G_VARIANT_TYPE_STRING);

  g_signal_connect (action, "activate", G_CALLBACK (show_region_cb), fixture);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));

  fixture->window = gtk_window_new ();
  gtk_widget_insert_action_group (fixture->window, "win", G_ACTION_GROUP (group));
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, height);
  gtk_window_set_child (GTK_WINDOW (fixture->window), child);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (fixture->window);
  iterate ();
}

static void
map_setup (Fixture       *fixture,
           gconstpointer  data)
{
  fixture->map = rex_map_view_new ();
  rex_map_view_set_catalogue (REX_MAP_VIEW (fixture->map), catalogue);
  rex_map_view_set_outlines (REX_MAP_VIEW (fixture->map), outlines);
  fixture_window (fixture, fixture->map, WIDTH, HEIGHT);
}

static void
view_setup (Fixture       *fixture,
            gconstpointer  data)
{
  fixture->view = g_object_new (REX_TYPE_REGIONS_VIEW, NULL);
  rex_regions_view_set_catalogue (REX_REGIONS_VIEW (fixture->view), catalogue);
  fixture->map = GTK_WIDGET (rex_regions_view_get_map_view (REX_REGIONS_VIEW (fixture->view)));
  rex_map_view_set_outlines (REX_MAP_VIEW (fixture->map), outlines);
  fixture_window (fixture, fixture->view, 1500, 900);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  iterate ();
  g_free (fixture->shown);
}

static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (shows_text (c, text))
      return TRUE;
  return FALSE;
}

/* A dataset opened from a file with a region the bundled outlines do not
 * have: it is listed, and the map says it is not drawn. */
static void
test_missing_outlines (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "data", "minimal.json", NULL);
  g_autofree char *json = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RexCatalogue) other = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  RexRegion *unknown;
  char *text;

  g_assert_true (g_file_get_contents (path, &json, NULL, &error));
  g_assert_no_error (error);
  /* Astana under a code no outline has. */
  parts = g_strsplit (json, "KZ-71", -1);
  text = g_strjoinv ("KZ-98", parts);
  bytes = g_bytes_new_take (text, strlen (text));
  other = rex_catalogue_new_from_bytes (bytes, "minimal.json", &error);
  g_assert_no_error (error);
  unknown = rex_catalogue_lookup_region (other, "KZ-98");
  g_assert_nonnull (unknown);

  rex_map_view_set_catalogue (REX_MAP_VIEW (fixture->map), other);
  gtk_test_widget_wait_for_draw (fixture->window);
  iterate ();

  missing = rex_map_view_dup_missing (REX_MAP_VIEW (fixture->map));
  g_assert_cmpuint (missing->len, ==, 1);
  g_assert_true (g_ptr_array_index (missing, 0) == unknown);
  g_assert_true (shows_text (fixture->map, rex_region_get_name (unknown)));
  g_assert_true (shows_text (fixture->map, "not drawn"));

  /* The bundled data draws everything, and says nothing. */
  rex_map_view_set_catalogue (REX_MAP_VIEW (fixture->map), catalogue);
  gtk_test_widget_wait_for_draw (fixture->window);
  iterate ();
  g_assert_false (shows_text (fixture->map, "not drawn"));
}

/* Rendering */

typedef struct {
  guchar *pixels;
  int     width;
  int     height;
  gsize   stride;
} Image;

static void
image_free (Image *image)
{
  g_free (image->pixels);
  g_free (image);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Image, image_free)

/* Draws the map the way GTK would, with the cairo renderer, and reads
 * the pixels back. */
static Image *
render (GtkWidget  *map,
        const char *name)
{
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (map);
  int height = gtk_widget_get_height (map);
  const char *dir = g_getenv ("REX_TEST_MAP_PNG");
  Image *image = g_new0 (Image, 1);

  g_assert_true (gsk_renderer_realize (renderer, NULL, NULL));
  /* What the window would draw of it, now, not at the next frame. */
  gtk_widget_snapshot_child (gtk_widget_get_parent (map), map, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_renderer_unrealize (renderer);

  image->width = gdk_texture_get_width (texture);
  image->height = gdk_texture_get_height (texture);
  image->stride = image->width * 4;
  image->pixels = g_malloc (image->stride * image->height);
  gdk_texture_download (texture, image->pixels, image->stride);

  if (dir != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s.png", dir, name);

      gdk_texture_save_to_png (texture, path);
    }

  return image;
}

/* gdk_texture_download() gives cairo's ARGB32: B, G, R, A in memory. */
static gboolean
pixel_is (const Image   *image,
          int            x,
          int            y,
          const GdkRGBA *color)
{
  const guchar *p = image->pixels + y * image->stride + x * 4;

  return abs (p[2] - (int) round (color->red * 255)) <= 3 &&
         abs (p[1] - (int) round (color->green * 255)) <= 3 &&
         abs (p[0] - (int) round (color->blue * 255)) <= 3;
}

/* The share of pixels of a square around (x, y) that have the colour:
 * labels, dots and hatching cover some, the fill the rest. */
static double
share_of (const Image   *image,
          double         x,
          double         y,
          const GdkRGBA *color)
{
  guint n = 0, match = 0;

  for (int j = (int) y - 6; j <= (int) y + 6; j++)
    for (int i = (int) x - 6; i <= (int) x + 6; i++)
      {
        g_assert_true (i >= 0 && j >= 0 && i < image->width && j < image->height);
        n++;
        match += pixel_is (image, i, j, color);
      }

  return (double) match / n;
}

static RexRegion *
region (const char *id)
{
  RexRegion *found = rex_catalogue_lookup_region (catalogue, id);

  g_assert_nonnull (found);
  return found;
}

/* A point in Abai Region a little west of Semey, clear of its dot. */
static void
near_semey (RexMapView *map,
            double     *x,
            double     *y)
{
  rex_map_view_lonlat_to_widget (map, SEMEY_LON - 0.9, SEMEY_LAT - 0.5, x, y);
}

static void
test_pixels (Fixture       *fixture,
             gconstpointer  data)
{
  RexMapView *map = REX_MAP_VIEW (fixture->map);
  GdkRGBA abai, east_2018, east_2022, akmola, x_fill;
  double x, y;

  g_assert_true (rex_map_view_get_region_fill (map, REX_DIVISION_2022, region ("KZ-10"), &abai));
  g_assert_true (rex_map_view_get_region_fill (map, REX_DIVISION_2018, region ("KZ-63"), &east_2018));
  g_assert_true (rex_map_view_get_region_fill (map, REX_DIVISION_2022, region ("KZ-63"), &east_2022));
  g_assert_true (rex_map_view_get_region_fill (map, REX_DIVISION_2022, region ("KZ-11"), &akmola));
  /* Abai is not drawn before it existed. */
  g_assert_false (rex_map_view_get_region_fill (map, REX_DIVISION_2018, region ("KZ-10"), &x_fill));
  /* The new regions stand out from the others. */
  g_assert_false (gdk_rgba_equal (&abai, &east_2022));
  g_assert_false (gdk_rgba_equal (&abai, &akmola));
  g_assert_false (gdk_rgba_equal (&abai, &east_2018));

  /* After: Semey is in Abai. */
  {
    g_autoptr(Image) image = render (fixture->map, "after");

    near_semey (map, &x, &y);
    g_assert_cmpfloat (share_of (image, x, y, &abai), >, 0.6);
    g_assert_cmpfloat (share_of (image, x, y, &east_2018), <, 0.1);
  }

  /* Before: it was in East Kazakhstan, and hatched as a district that
   * would leave it. */
  rex_map_view_set_division (map, REX_DIVISION_2018);
  gtk_test_widget_wait_for_draw (fixture->map);
  {
    g_autoptr(Image) image = render (fixture->map, "before");

    near_semey (map, &x, &y);
    g_assert_cmpfloat (share_of (image, x, y, &east_2018), >, 0.35);
    g_assert_cmpfloat (share_of (image, x, y, &abai), <, 0.1);
  }
}

static void
test_hit_test (Fixture       *fixture,
               gconstpointer  data)
{
  RexMapView *map = REX_MAP_VIEW (fixture->map);
  double x, y;

  rex_map_view_lonlat_to_widget (map, SEMEY_LON, SEMEY_LAT, &x, &y);
  g_assert_true (x > 0 && x < WIDTH && y > 0 && y < HEIGHT);
  g_assert_true (rex_map_view_region_at (map, x, y) == region ("KZ-10"));

  /* Astana, a city of its own inside Akmola Region. */
  rex_map_view_lonlat_to_widget (map, 71.45, 51.17, &x, &y);
  g_assert_true (rex_map_view_region_at (map, x, y) == region ("KZ-71"));

  /* Zhezkazgan, Ulytau's centre. */
  rex_map_view_lonlat_to_widget (map, 67.71, 47.80, &x, &y);
  g_assert_true (rex_map_view_region_at (map, x, y) == region ("KZ-62"));

  /* Outside the country: the corner. */
  g_assert_null (rex_map_view_region_at (map, 1, 1));

  rex_map_view_set_division (map, REX_DIVISION_2018);
  rex_map_view_lonlat_to_widget (map, SEMEY_LON, SEMEY_LAT, &x, &y);
  g_assert_true (rex_map_view_region_at (map, x, y) == region ("KZ-63"));
  rex_map_view_lonlat_to_widget (map, 67.71, 47.80, &x, &y);
  g_assert_true (rex_map_view_region_at (map, x, y) == region ("KZ-35"));
}

static void
label_point (RexMapView *map,
             RexRegion  *r,
             double     *x,
             double     *y)
{
  const RexShape *shape = rex_outlines_lookup_region (outlines, rex_map_view_get_division (map), r);

  rex_viewport_to_widget (rex_map_view_get_viewport (map), shape->label.x, shape->label.y, x, y);
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  RexMapView *map = REX_MAP_VIEW (fixture->map);
  RexRegion *cursor;
  double x0, y0, x, y;

  rex_map_view_set_selected_region (map, region ("KZ-35"));
  label_point (map, region ("KZ-35"), &x0, &y0);

  g_assert_true (gtk_widget_activate_action (fixture->map, "map.move-cursor", "s", "right"));
  cursor = rex_map_view_get_cursor_region (map);
  g_assert_nonnull (cursor);
  label_point (map, cursor, &x, &y);
  g_assert_cmpfloat (x, >, x0);

  g_assert_true (gtk_widget_activate_action (fixture->map, "map.move-cursor", "s", "left"));
  g_assert_true (rex_map_view_get_cursor_region (map) != cursor);
  label_point (map, rex_map_view_get_cursor_region (map), &x, &y);
  g_assert_cmpfloat (x, <, x0 + 1);

  /* Down from Akmola is further south. */
  rex_map_view_set_selected_region (map, region ("KZ-11"));
  label_point (map, region ("KZ-11"), &x0, &y0);
  g_assert_true (gtk_widget_activate_action (fixture->map, "map.move-cursor", "s", "down"));
  label_point (map, rex_map_view_get_cursor_region (map), &x, &y);
  g_assert_cmpfloat (y, >, y0);

  /* Enter opens the region under the cursor through win.show-region. */
  g_assert_true (gtk_widget_activate_action (fixture->map, "map.activate-cursor", NULL));
  g_assert_cmpuint (fixture->count, ==, 1);
  g_assert_cmpstr (fixture->shown, ==, rex_region_get_id (rex_map_view_get_cursor_region (map)));

  /* + − 0 */
  g_assert_cmpfloat (rex_map_view_get_zoom_level (map), ==, 1.0);
  g_assert_true (gtk_widget_activate_action (fixture->map, "map.zoom-in", NULL));
  g_assert_cmpfloat (rex_map_view_get_zoom_level (map), >, 1.4);
  g_assert_true (gtk_widget_activate_action (fixture->map, "map.zoom-in", NULL));
  g_assert_cmpfloat (rex_map_view_get_zoom_level (map), >, 2.2);
  g_assert_true (gtk_widget_activate_action (fixture->map, "map.zoom-out", NULL));
  g_assert_cmpfloat (fabs (rex_map_view_get_zoom_level (map) - 1.5), <, 0.01);
  g_assert_true (gtk_widget_activate_action (fixture->map, "map.zoom-reset", NULL));
  g_assert_cmpfloat (fabs (rex_map_view_get_zoom_level (map) - 1.0), <, 1e-6);
}

static void
test_cached_motion (Fixture       *fixture,
                    gconstpointer  data)
{
  RexMapView *map = REX_MAP_VIEW (fixture->map);
  GdkRGBA abai;
  double x, y;

  /* While the view moves, frames come from the cached rendering, put
   * where the map now is: the pixel at Semey stays Abai's. */
  rex_map_view_get_region_fill (map, REX_DIVISION_2022, region ("KZ-10"), &abai);
  rex_map_view_zoom_at (map, 1.6, WIDTH / 2.0, HEIGHT / 2.0);
  rex_map_view_pan_by (map, -120, 40);
  gtk_test_widget_wait_for_draw (fixture->map);
  {
    g_autoptr(Image) image = render (fixture->map, "moving");

    near_semey (map, &x, &y);
    g_assert_cmpfloat (share_of (image, x, y, &abai), >, 0.5);
  }
}

/* The Regions view */

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The region list: the list box that says it is one. */
static GtkListBox *
find_region_list (GtkWidget *root)
{
  if (GTK_IS_LIST_BOX (root) && gtk_widget_has_css_class (root, "region-list"))
    return GTK_LIST_BOX (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListBox *found = find_region_list (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_LIST_BOX_ROW (child);

  return n;
}

static const char *
row_name (GtkListBoxRow *row)
{
  GtkWidget *label = find_widget (GTK_WIDGET (row), GTK_TYPE_LABEL);

  return gtk_label_get_label (GTK_LABEL (label));
}

static void
test_view_selection (Fixture       *fixture,
                     gconstpointer  data)
{
  RexRegionsView *view = REX_REGIONS_VIEW (fixture->view);
  RexMapView *map = REX_MAP_VIEW (fixture->map);
  GtkListBox *list = find_region_list (fixture->view);
  GtkListBoxRow *row;
  RexRegion *target;

  /* Map → list and page. */
  rex_map_view_set_selected_region (map, region ("KZ-11"));
  gtk_widget_activate_action (fixture->map, "map.move-cursor", "s", "down");
  target = rex_map_view_get_cursor_region (map);
  g_assert_true (gtk_widget_activate_action (fixture->map, "map.activate-cursor", NULL));
  iterate ();
  g_assert_true (rex_regions_view_get_region (view) == target);
  g_assert_true (rex_map_view_get_selected_region (map) == target);
  row = gtk_list_box_get_selected_row (list);
  g_assert_nonnull (row);
  g_assert_cmpstr (row_name (row), ==, rex_region_get_name (target));
  g_assert_true (rex_map_view_get_selected_region (rex_regions_view_get_locator (view)) == target);

  /* List → map. */
  row = gtk_list_box_get_row_at_index (list, 0);
  gtk_list_box_select_row (list, row);
  iterate ();
  g_assert_cmpstr (rex_region_get_name (rex_map_view_get_selected_region (map)), ==, row_name (row));
  g_assert_true (rex_regions_view_get_region (view) == rex_map_view_get_selected_region (map));
}

static void
test_view_show_region_centres (Fixture       *fixture,
                               gconstpointer  data)
{
  RexRegionsView *view = REX_REGIONS_VIEW (fixture->view);
  RexMapView *map = REX_MAP_VIEW (fixture->map);
  RexViewport *viewport = rex_map_view_get_viewport (map);
  const RexShape *shape = rex_outlines_lookup_region (outlines, REX_DIVISION_2022, region ("KZ-62"));

  /* Zoomed in on the far west, Ulytau is out of view… */
  rex_viewport_set_scale (viewport, rex_viewport_get_min_scale (viewport) * 4);
  rex_viewport_centre_on (viewport, -1200, 0);

  /* …and showing it brings it to the middle. */
  g_assert_true (gtk_widget_activate_action (fixture->view, "win.show-region", "s", "KZ-62"));
  iterate ();
  g_assert_true (rex_regions_view_get_region (view) == region ("KZ-62"));
  g_assert_true (rex_map_view_get_selected_region (map) == region ("KZ-62"));
  g_assert_cmpfloat (fabs (rex_viewport_get_centre_x (viewport) - shape->label.x), <, 1);
  g_assert_cmpfloat (fabs (rex_viewport_get_centre_y (viewport) - shape->label.y), <, 1);

  /* A region of the other division switches the division. */
  g_assert_true (gtk_widget_activate_action (fixture->view, "win.show-region", "s", "KZ-VOS"));
  g_assert_cmpint (rex_regions_view_get_division (view), ==, REX_DIVISION_2022);
}

static void
test_view_division (Fixture       *fixture,
                    gconstpointer  data)
{
  RexRegionsView *view = REX_REGIONS_VIEW (fixture->view);
  RexMapView *map = REX_MAP_VIEW (fixture->map);
  GtkListBox *list = find_region_list (fixture->view);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *saved = NULL;

  g_assert_cmpuint (count_rows (list), ==, 20);
  g_assert_cmpint (rex_map_view_get_division (map), ==, REX_DIVISION_2022);

  rex_regions_view_set_division (view, REX_DIVISION_2018);
  g_assert_cmpuint (count_rows (list), ==, 17);
  g_assert_cmpint (rex_map_view_get_division (map), ==, REX_DIVISION_2018);
  saved = g_settings_get_string (settings, "map-division");
  g_assert_cmpstr (saved, ==, "2018");

  /* Shown in 2018 means East Kazakhstan still has Semey. */
  g_assert_true (rex_regions_view_show_region (view, "KZ-63"));
  g_assert_cmpint (rex_regions_view_get_division (view), ==, REX_DIVISION_2018);

  /* Abai exists only since 2022: showing it switches back. */
  g_assert_true (rex_regions_view_show_region (view, "KZ-10"));
  g_assert_cmpuint (count_rows (list), ==, 20);
  g_assert_cmpint (rex_map_view_get_division (map), ==, REX_DIVISION_2022);
  g_settings_set_string (settings, "map-division", "2022");
}

/* Figures */

static RexResult *
result (const char *id)
{
  RexResult *found = rex_catalogue_lookup_result (catalogue, id);

  g_assert_nonnull (found);
  return found;
}

static double
luminance (const GdkRGBA *c)
{
  return 0.2126 * c->red + 0.7152 * c->green + 0.0722 * c->blue;
}

static GdkRGBA
fill_of (RexMapView *map,
         const char *id)
{
  GdkRGBA fill;

  g_assert_true (rex_map_view_get_region_fill (map, rex_map_view_get_division (map), region (id), &fill));
  return fill;
}

/* The map coloured by the 2022 referendum's turnout, in the division of
 * that day: the more the turnout, the darker (the test runs light); the
 * regions without a figure are "no data", hatched, and never the colour
 * of the lowest value; the legend gives the range. */
static void
test_figure (Fixture       *fixture,
             gconstpointer  data)
{
  RexMapView *map = REX_MAP_VIEW (fixture->map);
  RexResult *referendum = result ("referendum-2022");
  int yes = rex_result_find_choice (referendum, "yes");
  GdkRGBA plain, akmola, aktobe, turkistan, almaty, no_data, fill;
  GListModel *regions = rex_catalogue_get_regions (catalogue);
  double x, y;

  g_assert_false (rex_map_view_get_no_data_fill (map, &no_data));
  rex_map_view_set_division (map, REX_DIVISION_2018);
  plain = fill_of (map, "KZ-11");
  rex_map_view_set_figure (map, referendum, REX_FIGURE_TURNOUT);
  gtk_test_widget_wait_for_draw (fixture->map);
  iterate ();

  g_assert_true (rex_map_view_get_figure_result (map) == referendum);
  g_assert_cmpfloat (rex_map_view_get_region_figure (map, region ("KZ-11")), ==, 73.81);
  akmola = fill_of (map, "KZ-11");     /* 73.81 */
  aktobe = fill_of (map, "KZ-15");     /* 58.06 */
  turkistan = fill_of (map, "KZ-61");  /* 80.66, the highest */
  almaty = fill_of (map, "KZ-75");     /* 33.3, the lowest */
  g_assert_false (gdk_rgba_equal (&akmola, &plain));
  g_assert_false (gdk_rgba_equal (&akmola, &aktobe));
  g_assert_cmpfloat (luminance (&turkistan), <, luminance (&akmola));
  g_assert_cmpfloat (luminance (&akmola), <, luminance (&aktobe));
  g_assert_cmpfloat (luminance (&aktobe), <, luminance (&almaty));

  /* Every unit of 2018 has a turnout: none is "no data". */
  g_assert_true (rex_map_view_get_no_data_fill (map, &no_data));
  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(RexRegion) r = g_list_model_get_item (regions, i);

      if (!rex_region_in_division (r, REX_DIVISION_2018))
        continue;
      g_assert_true (rex_map_view_get_region_fill (map, REX_DIVISION_2018, r, &fill));
      g_assert_false (gdk_rgba_equal (&fill, &no_data));
    }

  /* The legend: what, which vote, lowest and highest. */
  g_assert_true (shows_text (fixture->map, "Turnout"));
  g_assert_true (shows_text (fixture->map, "Referendum on amendments to the Constitution, 5 June 2022"));
  g_assert_true (shows_text (fixture->map, "33.3%"));
  g_assert_true (shows_text (fixture->map, "80.66%"));
  g_assert_true (shows_text (fixture->map, "No data"));
  g_assert_true (shows_text (fixture->map, "Partly verified"));
  /* What 8 June 2022 changed gives way to the figure. */
  g_assert_false (shows_text (fixture->map, "Districts that formed"));

  {
    g_autoptr(Image) image = render (fixture->map, "turnout-2022");
    GdkRGBA east = fill_of (map, "KZ-63");

    /* East Kazakhstan is its turnout's colour, not hatched. */
    near_semey (map, &x, &y);
    g_assert_cmpfloat (share_of (image, x, y, &east), >, 0.6);
  }

  /* "Yes" by region is known for Almaty alone: everywhere else is no
   * data, hatched over a neutral fill. */
  rex_map_view_set_figure (map, referendum, yes);
  gtk_test_widget_wait_for_draw (fixture->map);
  iterate ();
  g_assert_true (isnan (rex_map_view_get_region_figure (map, region ("KZ-63"))));
  fill = fill_of (map, "KZ-63");
  g_assert_true (gdk_rgba_equal (&fill, &no_data));
  fill = fill_of (map, "KZ-75");
  g_assert_false (gdk_rgba_equal (&fill, &no_data));
  g_assert_true (shows_text (fixture->map, "Share of “Yes”"));
  g_assert_true (shows_text (fixture->map, "65.22%"));
  {
    g_autoptr(Image) image = render (fixture->map, "yes-2022");
    double share;

    near_semey (map, &x, &y);
    share = share_of (image, x, y, &no_data);
    g_assert_cmpfloat (share, >, 0.3);
    g_assert_cmpfloat (share, <, 0.95);
  }

  /* In the other division the figure does not apply. */
  rex_map_view_set_division (map, REX_DIVISION_2022);
  g_assert_true (isnan (rex_map_view_get_region_figure (map, region ("KZ-75"))));
  g_assert_false (rex_map_view_get_no_data_fill (map, &fill));
  g_assert_false (shows_text (fixture->map, "65.22%"));

  /* 2026, in the 2022 division: no figure for North Kazakhstan. */
  rex_map_view_set_figure (map, result ("referendum-2026"), REX_FIGURE_TURNOUT);
  g_assert_true (isnan (rex_map_view_get_region_figure (map, region ("KZ-59"))));
  fill = fill_of (map, "KZ-59");
  g_assert_true (gdk_rgba_equal (&fill, &no_data));
  fill = fill_of (map, "KZ-10");
  g_assert_false (gdk_rgba_equal (&fill, &no_data));

  /* And back to the regions. */
  rex_map_view_set_figure (map, NULL, REX_FIGURE_TURNOUT);
  rex_map_view_set_division (map, REX_DIVISION_2018);
  fill = fill_of (map, "KZ-11");
  g_assert_true (gdk_rgba_equal (&fill, &plain));
}

static GtkListBoxRow *
find_row (GtkListBox *list,
          const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && g_str_equal (row_name (GTK_LIST_BOX_ROW (child)), name))
      return GTK_LIST_BOX_ROW (child);

  g_error ("No row for %s", name);
  return NULL;
}

static gboolean
row_shows (GtkListBox *list,
           const char *name,
           const char *text)
{
  return shows_text (GTK_WIDGET (find_row (list, name)), text);
}

static void
test_view_map_mode (Fixture       *fixture,
                    gconstpointer  data)
{
  RexRegionsView *view = REX_REGIONS_VIEW (fixture->view);
  RexMapView *map = REX_MAP_VIEW (fixture->map);
  GtkListBox *list = find_region_list (fixture->view);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *saved = NULL;
  char *mode = NULL;

  g_assert_cmpstr (rex_regions_view_get_map_mode (view), ==, "regions");
  g_assert_false (row_shows (list, "Akmola Region", "%"));

  /* The 2022 referendum's turnout: the division of its day, each unit's
   * value in the list, and remembered. */
  g_assert_true (rex_regions_view_set_map_mode (view, "referendum-2022:turnout"));
  iterate ();
  g_assert_cmpint (rex_regions_view_get_division (view), ==, REX_DIVISION_2018);
  /* The list gives each unit's centre of that day. */
  g_assert_true (row_shows (list, "Almaty Region", "Centre: Taldykorgan"));
  g_assert_false (row_shows (list, "Almaty Region", "Konaev"));
  g_assert_cmpint (rex_map_view_get_division (map), ==, REX_DIVISION_2018);
  g_assert_true (rex_map_view_get_figure_result (map) == result ("referendum-2022"));
  g_assert_cmpuint (count_rows (list), ==, 17);
  g_assert_true (row_shows (list, "Akmola Region", "73.81%"));
  g_assert_true (row_shows (list, "Almaty", "33.3%"));
  g_assert_true (shows_text (fixture->view, "17 units · Turnout, 5 June 2022"));
  g_assert_true (shows_text (fixture->view, "Turnout, 5 June 2022"));
  saved = g_settings_get_string (settings, "map-mode");
  g_assert_cmpstr (saved, ==, "referendum-2022:turnout");
  g_clear_pointer (&saved, g_free);

  /* 2026's, in the 2022 division: no figure for North Kazakhstan. */
  g_assert_true (rex_regions_view_set_map_mode (view, "referendum-2026:turnout"));
  iterate ();
  g_assert_cmpint (rex_regions_view_get_division (view), ==, REX_DIVISION_2022);
  g_assert_cmpuint (count_rows (list), ==, 20);
  g_assert_true (row_shows (list, "Abai Region", "75.45%"));
  g_assert_true (row_shows (list, "North Kazakhstan Region", "No data"));

  /* What the dataset does not give changes nothing. */
  g_assert_false (rex_regions_view_set_map_mode (view, "referendum-2026:share:yes"));
  g_assert_false (rex_regions_view_set_map_mode (view, "mazhilis-2023:turnout"));
  g_assert_false (rex_regions_view_set_map_mode (view, "nonsense"));
  g_assert_cmpstr (rex_regions_view_get_map_mode (view), ==, "referendum-2026:turnout");

  /* The other division shows the regions again. */
  rex_regions_view_set_division (view, REX_DIVISION_2018);
  g_assert_cmpstr (rex_regions_view_get_map_mode (view), ==, "regions");
  g_assert_null (rex_map_view_get_figure_result (map));
  g_assert_false (row_shows (list, "Akmola Region", "%"));
  saved = g_settings_get_string (settings, "map-mode");
  g_assert_cmpstr (saved, ==, "regions");

  /* The property, as win.map-mode sets it: "Yes" is known for Almaty. */
  g_object_set (view, "map-mode", "referendum-2022:share:yes", NULL);
  g_object_get (view, "map-mode", &mode, NULL);
  g_assert_cmpstr (mode, ==, "referendum-2022:share:yes");
  g_free (mode);
  iterate ();
  g_assert_true (row_shows (list, "Almaty", "65.22%"));
  g_assert_true (row_shows (list, "Akmola Region", "No data"));

  g_settings_reset (settings, "map-mode");
  g_settings_reset (settings, "map-division");
}

/* A Regions view built over settings that say @data. */
static void
view_setup_mode (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_set_string (settings, "map-mode", data);
  view_setup (fixture, NULL);
}

static void
view_teardown_mode (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  fixture_teardown (fixture, data);
  g_settings_reset (settings, "map-mode");
  g_settings_reset (settings, "map-division");
}

static void
test_view_mode_restored (Fixture       *fixture,
                         gconstpointer  data)
{
  RexRegionsView *view = REX_REGIONS_VIEW (fixture->view);

  g_assert_cmpstr (rex_regions_view_get_map_mode (view), ==, "referendum-2022:turnout");
  g_assert_cmpint (rex_regions_view_get_division (view), ==, REX_DIVISION_2018);
  g_assert_true (rex_map_view_get_figure_result (REX_MAP_VIEW (fixture->map)) == result ("referendum-2022"));
  g_assert_true (row_shows (find_region_list (fixture->view), "Akmola Region", "73.81%"));
}

/* A value no dataset could have, written by hand or by another version,
 * reads as the plain map and is not spread further. */
static void
test_view_mode_corrupt (Fixture       *fixture,
                        gconstpointer  data)
{
  RexRegionsView *view = REX_REGIONS_VIEW (fixture->view);

  g_assert_cmpstr (rex_regions_view_get_map_mode (view), ==, "regions");
  g_assert_cmpint (rex_regions_view_get_division (view), ==, REX_DIVISION_2022);
  g_assert_null (rex_map_view_get_figure_result (REX_MAP_VIEW (fixture->map)));
  g_assert_false (row_shows (find_region_list (fixture->view), "Akmola Region", "%"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  rex_region_set_display_language ("en");

  catalogue = rex_catalogue_new_bundled (&error);
  g_assert_no_error (error);
  outlines = rex_outlines_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add ("/map/pixels", Fixture, NULL, map_setup, test_pixels, fixture_teardown);
  g_test_add ("/map/hit-test", Fixture, NULL, map_setup, test_hit_test, fixture_teardown);
  g_test_add ("/map/keyboard", Fixture, NULL, map_setup, test_keyboard, fixture_teardown);
  g_test_add ("/map/missing-outlines", Fixture, NULL, map_setup, test_missing_outlines, fixture_teardown);
  g_test_add ("/map/cached-motion", Fixture, NULL, map_setup, test_cached_motion, fixture_teardown);
  g_test_add ("/regions-view/selection", Fixture, NULL, view_setup, test_view_selection,
              fixture_teardown);
  g_test_add ("/regions-view/show-region", Fixture, NULL, view_setup,
              test_view_show_region_centres, fixture_teardown);
  g_test_add ("/regions-view/division", Fixture, NULL, view_setup, test_view_division,
              fixture_teardown);
  g_test_add ("/map/figure", Fixture, NULL, map_setup, test_figure, fixture_teardown);
  g_test_add ("/regions-view/map-mode", Fixture, NULL, view_setup, test_view_map_mode,
              fixture_teardown);
  g_test_add ("/regions-view/map-mode-restored", Fixture, "referendum-2022:turnout",
              view_setup_mode, test_view_mode_restored, view_teardown_mode);
  g_test_add ("/regions-view/map-mode-corrupt", Fixture, "referendum-2022:share:maybe\x01",
              view_setup_mode, test_view_mode_corrupt, view_teardown_mode);

  status = g_test_run ();

  g_clear_object (&outlines);
  g_clear_object (&catalogue);

  return status;
}
