/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <rex-core.h>

/* Roughly the country's bounds in projected km. */
static const RexRect country = { -1600, -900, 3000, 1700 };

static RexViewport *
new_fitted (void)
{
  RexViewport *viewport = rex_viewport_new ();

  rex_viewport_set_size (viewport, 1600, 1000);
  rex_viewport_fit (viewport, &country, 20);
  return viewport;
}

static void
test_fit (void)
{
  RexViewport *viewport = new_fitted ();
  double wx, wy;

  /* Width-bound: (1600 - 40) px over 3000 km. */
  g_assert_cmpfloat_with_epsilon (rex_viewport_get_scale (viewport), 1560.0 / 3000, 1e-12);
  g_assert_cmpfloat_with_epsilon (rex_viewport_get_zoom_level (viewport), 1, 1e-12);
  g_assert_cmpfloat (rex_viewport_get_min_scale (viewport), ==, rex_viewport_get_scale (viewport));
  g_assert_cmpfloat_with_epsilon (rex_viewport_get_max_scale (viewport),
                                  REX_VIEWPORT_MAX_ZOOM * rex_viewport_get_scale (viewport), 1e-9);
  g_assert_cmpfloat (rex_viewport_get_centre_x (viewport), ==, -100);
  g_assert_cmpfloat (rex_viewport_get_centre_y (viewport), ==, -50);

  /* The north-west corner is at the top left, inside the padding. */
  rex_viewport_to_widget (viewport, country.x, country.y + country.height, &wx, &wy);
  g_assert_cmpfloat_with_epsilon (wx, 20, 1e-9);
  g_assert_cmpfloat (wy, >, 20);
  rex_viewport_to_widget (viewport, country.x, country.y, &wx, &wy);
  g_assert_cmpfloat (wy, <, 980);

  g_assert_finalize_object (viewport);
}

static void
test_round_trip (void)
{
  RexViewport *viewport = new_fitted ();

  rex_viewport_zoom_at (viewport, 3, 200, 300);
  for (double x = -1500; x < 1400; x += 370)
    for (double y = -800; y < 800; y += 290)
      {
        double wx, wy, mx, my;

        rex_viewport_to_widget (viewport, x, y, &wx, &wy);
        rex_viewport_to_map (viewport, wx, wy, &mx, &my);
        g_assert_cmpfloat_with_epsilon (mx, x, 1e-9);
        g_assert_cmpfloat_with_epsilon (my, y, 1e-9);
      }

  /* y flips: north is up on screen. */
  {
    double wx, wy_north, wy_south;

    rex_viewport_to_widget (viewport, 0, 100, &wx, &wy_north);
    rex_viewport_to_widget (viewport, 0, -100, &wx, &wy_south);
    g_assert_cmpfloat (wy_north, <, wy_south);
  }

  g_assert_finalize_object (viewport);
}

static void
test_zoom_at (void)
{
  RexViewport *viewport = new_fitted ();
  double before_x, before_y, after_x, after_y;

  rex_viewport_to_map (viewport, 900, 400, &before_x, &before_y);
  rex_viewport_zoom_at (viewport, 2.5, 900, 400);
  g_assert_cmpfloat_with_epsilon (rex_viewport_get_zoom_level (viewport), 2.5, 1e-12);
  rex_viewport_to_map (viewport, 900, 400, &after_x, &after_y);
  g_assert_cmpfloat_with_epsilon (after_x, before_x, 1e-9);
  g_assert_cmpfloat_with_epsilon (after_y, before_y, 1e-9);

  /* And back out. */
  rex_viewport_zoom_at (viewport, 1 / 1.5, 900, 400);
  rex_viewport_to_map (viewport, 900, 400, &after_x, &after_y);
  g_assert_cmpfloat_with_epsilon (after_x, before_x, 1e-9);
  g_assert_cmpfloat_with_epsilon (after_y, before_y, 1e-9);

  g_assert_finalize_object (viewport);
}

static void
test_clamping (void)
{
  RexViewport *viewport = new_fitted ();
  double fit = rex_viewport_get_scale (viewport);

  rex_viewport_zoom_at (viewport, 1000, 800, 500);
  g_assert_cmpfloat_with_epsilon (rex_viewport_get_zoom_level (viewport), REX_VIEWPORT_MAX_ZOOM, 1e-9);
  rex_viewport_zoom_at (viewport, 1e-6, 800, 500);
  g_assert_cmpfloat (rex_viewport_get_scale (viewport), ==, fit);
  rex_viewport_set_scale (viewport, 1e9);
  g_assert_cmpfloat_with_epsilon (rex_viewport_get_scale (viewport), fit * REX_VIEWPORT_MAX_ZOOM, 1e-9);

  /* The centre cannot leave the country. */
  rex_viewport_pan (viewport, 1e7, -1e7);
  g_assert_cmpfloat (rex_viewport_get_centre_x (viewport), ==, country.x);
  g_assert_cmpfloat (rex_viewport_get_centre_y (viewport), ==, country.y);
  rex_viewport_centre_on (viewport, 1e6, 1e6);
  g_assert_cmpfloat (rex_viewport_get_centre_x (viewport), ==, country.x + country.width);
  g_assert_cmpfloat (rex_viewport_get_centre_y (viewport), ==, country.y + country.height);

  g_assert_finalize_object (viewport);
}

static void
test_pan (void)
{
  RexViewport *viewport = new_fitted ();
  double x0, y0, x1, y1;

  rex_viewport_zoom_at (viewport, 4, 800, 500);
  rex_viewport_to_map (viewport, 500, 500, &x0, &y0);
  /* Dragging moves the content with the pointer. */
  rex_viewport_pan (viewport, 30, -40);
  rex_viewport_to_map (viewport, 530, 460, &x1, &y1);
  g_assert_cmpfloat_with_epsilon (x1, x0, 1e-9);
  g_assert_cmpfloat_with_epsilon (y1, y0, 1e-9);

  g_assert_finalize_object (viewport);
}

static void
count_cb (gpointer  object,
          gpointer  pspec_or_nothing,
          guint    *count)
{
  (*count)++;
}

static void
test_notify (void)
{
  RexViewport *viewport = new_fitted ();
  guint changed = 0, scale_notified = 0, zoom_notified = 0, centre_notified = 0;

  g_signal_connect (viewport, "changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect (viewport, "notify::scale", G_CALLBACK (count_cb), &scale_notified);
  g_signal_connect (viewport, "notify::zoom-level", G_CALLBACK (count_cb), &zoom_notified);
  g_signal_connect (viewport, "notify::centre-x", G_CALLBACK (count_cb), &centre_notified);

  rex_viewport_zoom_at (viewport, 2, 100, 100);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (scale_notified, ==, 1);
  g_assert_cmpuint (zoom_notified, ==, 1);
  g_assert_cmpuint (centre_notified, ==, 1);

  /* Nothing changes, nothing is said. */
  rex_viewport_set_scale (viewport, rex_viewport_get_scale (viewport));
  rex_viewport_pan (viewport, 0, 0);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (scale_notified, ==, 1);

  /* A resize keeps the zoom level and the centre; the scale follows. */
  {
    double zoom = rex_viewport_get_zoom_level (viewport);
    double cx = rex_viewport_get_centre_x (viewport);

    rex_viewport_set_size (viewport, 800, 500);
    g_assert_cmpuint (changed, ==, 2);
    g_assert_cmpfloat_with_epsilon (rex_viewport_get_zoom_level (viewport), zoom, 1e-12);
    g_assert_cmpfloat (rex_viewport_get_centre_x (viewport), ==, cx);
    g_assert_cmpfloat_with_epsilon (rex_viewport_get_scale (viewport), 2 * 760.0 / 3000, 1e-12);
  }

  /* Properties are the same values. */
  {
    double width, scale;

    g_object_set (viewport, "centre-y", 10.0, NULL);
    g_object_get (viewport, "width", &width, "scale", &scale, NULL);
    g_assert_cmpfloat (width, ==, 800);
    g_assert_cmpfloat (scale, ==, rex_viewport_get_scale (viewport));
    g_assert_cmpfloat (rex_viewport_get_centre_y (viewport), ==, 10);
    g_assert_cmpuint (changed, ==, 3);
  }

  g_assert_finalize_object (viewport);
}

static void
test_unfitted (void)
{
  RexViewport *viewport = rex_viewport_new ();
  double wx, wy;

  /* Before a fit, a plain transform without limits on the centre. */
  g_assert_cmpfloat (rex_viewport_get_zoom_level (viewport), ==, 1);
  rex_viewport_set_size (viewport, 100, 100);
  rex_viewport_centre_on (viewport, 5000, 5000);
  g_assert_cmpfloat (rex_viewport_get_centre_x (viewport), ==, 5000);
  rex_viewport_to_widget (viewport, 5001, 5000, &wx, &wy);
  g_assert_cmpfloat (wx, ==, 51);
  g_assert_cmpfloat (wy, ==, 50);

  g_assert_finalize_object (viewport);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/viewport/fit", test_fit);
  g_test_add_func ("/viewport/round-trip", test_round_trip);
  g_test_add_func ("/viewport/zoom-at", test_zoom_at);
  g_test_add_func ("/viewport/clamping", test_clamping);
  g_test_add_func ("/viewport/pan", test_pan);
  g_test_add_func ("/viewport/notify", test_notify);
  g_test_add_func ("/viewport/unfitted", test_unfitted);

  return g_test_run ();
}
