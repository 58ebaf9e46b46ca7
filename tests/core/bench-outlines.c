/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <rex-core.h>

/* Figures for the map's model: loading the bundled outlines and hit
 * testing. Like bench-catalogue, it fails only on gross misses (over
 * three times a target). */

static gboolean failed;

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return values[n / 2];
}

static void
check (const char *what,
       double      value,
       double      target)
{
  if (value > 3 * target)
    {
      g_printerr ("GROSS MISS: %s is %.2f, target %.2f\n", what, value, target);
      failed = TRUE;
    }
  else if (value > target)
    {
      g_print ("  (missed target for %s: %.2f > %.2f)\n", what, value, target);
    }
}

/* CPU time of this thread, which other processes on a busy machine do
 * not inflate, in ms. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The same in ns, for calls of a microsecond or so. */
static double
cpu_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void
report_file (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (REX_OUTLINES_BUNDLED_PATH, 0, NULL);
  g_autoptr(RexOutlines) outlines = rex_outlines_new_bundled (NULL);
  static const RexDivision divisions[] = { REX_DIVISION_2018, REX_DIVISION_2022 };

  g_print ("outlines.json: %zu bytes\n", g_bytes_get_size (bytes));
  for (guint d = 0; d < G_N_ELEMENTS (divisions); d++)
    {
      guint n = rex_outlines_get_n_shapes (outlines, divisions[d]), points = 0, rings = 0;

      for (guint i = 0; i < n; i++)
        {
          points += rex_outlines_get_nth_shape (outlines, divisions[d], i)->n_points;
          rings += rex_outlines_get_nth_shape (outlines, divisions[d], i)->n_rings;
        }
      g_print ("division %s: %u regions, %u rings, %u vertices\n",
               divisions[d] == REX_DIVISION_2018 ? "2018" : "2022", n, rings, points);
    }
  {
    guint points = 0;

    for (guint i = 0; i < rex_outlines_get_n_districts (outlines); i++)
      points += rex_outlines_get_district (outlines, i)->n_points;
    g_print ("districts: %u, %u vertices\n", rex_outlines_get_n_districts (outlines), points);
  }
}

static void
bench_load (void)
{
  double wall[51], cpu[51];

  for (guint i = 0; i < G_N_ELEMENTS (wall); i++)
    {
      g_autoptr(GError) error = NULL;
      double start_cpu = cpu_ms ();
      gint64 start = g_get_monotonic_time ();
      g_autoptr(RexOutlines) outlines = rex_outlines_new_bundled (&error);

      wall[i] = (g_get_monotonic_time () - start) / 1000.0;
      cpu[i] = cpu_ms () - start_cpu;
      g_assert_no_error (error);
    }

  g_print ("bundled load: median %.2f ms wall, %.2f ms CPU over %u runs (first %.2f ms wall)\n",
           median (wall + 1, G_N_ELEMENTS (wall) - 1), median (cpu, G_N_ELEMENTS (cpu)),
           (guint) G_N_ELEMENTS (wall), wall[0]);
  check ("bundled load (ms CPU)", median (cpu, G_N_ELEMENTS (cpu)), 10);
}

/* Mean over random points in the country's bounds, and the worst
 * place: the point whose own time is highest. Times are CPU time, and
 * a point's time is the best of a few rounds of repeated calls, so that
 * neither preemption nor an interrupt counts. */
static void
bench_hit_test (void)
{
  g_autoptr(RexOutlines) outlines = rex_outlines_new_bundled (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2022);
  const guint n_points = 4000, rounds = 5, repeats = 20;
  double total = 0, worst = 0, worst_x = 0, worst_y = 0;
  guint hits = 0;
  RexRect bounds;

  rex_outlines_get_bounds (outlines, &bounds);
  for (guint i = 0; i < n_points; i++)
    {
      double x = bounds.x + g_rand_double (rand) * bounds.width;
      double y = bounds.y + g_rand_double (rand) * bounds.height;
      RexDivision division = i % 2 ? REX_DIVISION_2022 : REX_DIVISION_2018;
      double each = G_MAXDOUBLE;

      for (guint round = 0; round < rounds; round++)
        {
          double start = cpu_ns ();

          for (guint r = 0; r < repeats; r++)
            hits += rex_outlines_hit_test (outlines, division, x, y) != NULL;
          each = MIN (each, (cpu_ns () - start) / repeats / 1000.0);
        }
      total += each;
      if (each > worst)
        {
          worst = each;
          worst_x = x;
          worst_y = y;
        }
    }

  {
    double lon = 0, lat = 0;

    rex_projection_inverse (worst_x, worst_y, &lon, &lat);
    g_print ("hit test: mean %.2f µs, worst place %.2f µs (at %.2f°E %.2f°N); %.0f %% of points hit\n",
             total / n_points, worst, lon, lat, 100.0 * hits / (n_points * rounds * repeats));
  }
  check ("hit test mean (µs)", total / n_points, 50);
  check ("hit test worst place (µs)", worst, 50);

  total = 0;
  for (guint i = 0; i < n_points; i++)
    {
      double x = bounds.x + g_rand_double (rand) * bounds.width;
      double y = bounds.y + g_rand_double (rand) * bounds.height;
      double start = cpu_ns ();

      for (guint r = 0; r < repeats; r++)
        rex_outlines_hit_test_district (outlines, x, y);
      total += (cpu_ns () - start) / repeats / 1000.0;
    }
  g_print ("district hit test: mean %.2f µs\n", total / n_points);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");

  report_file ();
  bench_load ();
  bench_hit_test ();

  return failed ? 1 : 0;
}
