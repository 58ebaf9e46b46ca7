/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <rex-core.h>

static void
test_round_trip (void)
{
  /* Corners and middle of the country, and well beyond it. */
  static const double points[][2] = {
    { 67, 48 }, { 46.5, 40.6 }, { 87.3, 55.4 }, { 46.5, 55.4 }, { 87.3, 40.6 },
    { 71.4576, 51.1658 }, { 76.9745, 43.1771 }, { 51.1580, 43.6521 },
    { 10, 30 }, { 120, 70 }, { -170, 10 }, { 67, -60 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      double x, y, lon, lat;

      rex_projection_forward (points[i][0], points[i][1], &x, &y);
      g_assert_true (isfinite (x) && isfinite (y));
      g_assert_true (rex_projection_inverse (x, y, &lon, &lat));
      g_assert_cmpfloat_with_epsilon (lon, points[i][0], 1e-9);
      g_assert_cmpfloat_with_epsilon (lat, points[i][1], 1e-9);
    }
}

static void
test_axes (void)
{
  double x, y, x2, y2;

  /* The origin, and the central meridian as the y axis. */
  rex_projection_forward (REX_PROJECTION_CENTRAL_MERIDIAN, REX_PROJECTION_ORIGIN_LATITUDE, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, 0, 1e-9);
  for (double lat = 35; lat <= 60; lat += 5)
    {
      rex_projection_forward (67, lat, &x, &y);
      g_assert_cmpfloat_with_epsilon (x, 0, 1e-9);
    }

  /* North is up, east is right, in kilometres: 45°N to 51°N along the
   * central meridian is about 667 km on the ground, and the scale
   * between the standard parallels is just under 1. */
  rex_projection_forward (67, 45, &x, &y);
  rex_projection_forward (67, 51, &x2, &y2);
  g_assert_cmpfloat (y2, >, y);
  g_assert_cmpfloat (fabs ((y2 - y) - 667.3), <, 3);
  rex_projection_forward (80, 48, &x2, &y2);
  g_assert_cmpfloat (x2, >, 900);
  g_assert_cmpfloat (x2, <, 1000);
}

static void
test_inverse_outside (void)
{
  double lon = 0, lat = 0;

  g_assert_false (rex_projection_inverse (NAN, 0, &lon, &lat));
  g_assert_false (rex_projection_inverse (0, INFINITY, &lon, &lat));
  /* Beyond the cut of the cone, opposite the central meridian. */
  g_assert_false (rex_projection_inverse (0, 40000, &lon, &lat));
  g_assert_cmpfloat (lon, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/projection/round-trip", test_round_trip);
  g_test_add_func ("/projection/axes", test_axes);
  g_test_add_func ("/projection/inverse-outside", test_inverse_outside);

  return g_test_run ();
}
