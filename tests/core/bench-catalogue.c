/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <rex-core.h>
#include <rex-json-check.h>

#include "bench-dataset.h"

/* Prints figures rather than asserting tight limits: timings vary
 * between machines. It fails only on gross misses (over three times a
 * target), which point at a real regression. */

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

static gsize
heap_in_use (void)
{
  malloc_trim (0);
  return mallinfo2 ().uordblks;
}

/* The loader frees the JSON tree of a large file on a thread of its
 * own; wait for the heap to settle before counting what stays. */
static gsize
settled_heap_in_use (void)
{
  gsize last = heap_in_use ();

  for (guint i = 0; i < 100; i++)
    {
      gsize now;

      g_usleep (20000);
      now = heap_in_use ();
      if (now == last)
        break;
      last = now;
    }

  return last;
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

static void
bench_bundled (void)
{
  double times[51];

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(RexCatalogue) catalogue = rex_catalogue_new_bundled (&error);

      g_assert_no_error (error);
      g_assert_nonnull (catalogue);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  g_print ("bundled load: median %.2f ms over %u runs\n", median (times, G_N_ELEMENTS (times)),
           (guint) G_N_ELEMENTS (times));
  check ("bundled load (ms)", median (times, G_N_ELEMENTS (times)), 5);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RexCatalogue) catalogue = NULL;
  g_autoptr(GError) error = NULL;
  double load_times[3], parse_times[3], free_times[3], check_times[3];
  gsize size, before, parse_heap = 0, retained = 0;
  struct rusage usage;
  long maxrss_before;
  const char *queries[] = { "party", "party registration", "облысы", "область", "17 облысы", "nothing-matches" };
  GListModel *reforms;
  guint n;

  setlocale (LC_ALL, "");
  bench_bundled ();

  bytes = bench_generate_dataset ();
  size = g_bytes_get_size (bytes);
  g_print ("generated dataset: %.1f MB, %u reforms, %u regions, %u sources\n",
           size / 1e6, N_REFORMS, N_REGIONS, N_SOURCES);

  /* Catalogue first, while the peak resident size still reflects it. */
  getrusage (RUSAGE_SELF, &usage);
  maxrss_before = usage.ru_maxrss;
  before = heap_in_use ();
  for (guint i = 0; i < G_N_ELEMENTS (load_times); i++)
    {
      gint64 start;

      g_clear_object (&catalogue);
      settled_heap_in_use ();
      start = g_get_monotonic_time ();
      catalogue = rex_catalogue_new_from_bytes (bytes, "generated.json", &error);
      load_times[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (error);
      if (i == 0)
        {
          retained = settled_heap_in_use () - before;
          getrusage (RUSAGE_SELF, &usage);
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (parse_times); i++)
    {
      JsonParser *parser = json_parser_new ();
      gsize parse_before = heap_in_use ();
      gint64 start = g_get_monotonic_time ();

      g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), size, NULL));
      parse_times[i] = (g_get_monotonic_time () - start) / 1000.0;
      parse_heap = heap_in_use () - parse_before;
      start = g_get_monotonic_time ();
      g_object_unref (parser);
      free_times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  /* The strict syntax check is a share of every load; on its own it
   * shows whether it, or the rest, got slower. */
  for (guint i = 0; i < G_N_ELEMENTS (check_times); i++)
    {
      gint64 start = g_get_monotonic_time ();
      GError *check_error = rex_json_check (g_bytes_get_data (bytes, NULL), size, "generated.json");

      check_times[i] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_no_error (check_error);
    }

  g_print ("10k strict JSON check (part of any load): median %.0f ms = %.2f× bare parse\n",
           median (check_times, 3), median (check_times, 3) / median (parse_times, 3));
  g_print ("10k bare parse: median %.0f ms, its tree takes %.1f MB = %.2f× file size\n",
           median (parse_times, 3), parse_heap / 1e6, (double) parse_heap / size);
  g_print ("10k tree teardown (part of any load): median %.0f ms\n", median (free_times, 3));
  g_print ("10k load: median %.0f ms = %.2f× bare parse (%.0f ms)\n",
           median (load_times, 3), median (load_times, 3) / median (parse_times, 3), median (parse_times, 3));
  check ("10k load / bare parse", median (load_times, 3) / median (parse_times, 3), 1.5);
  g_print ("catalogue retains %.1f MB = %.2f× file size; peak resident growth while loading %.1f MB\n",
           retained / 1e6, (double) retained / size, (usage.ru_maxrss - maxrss_before) / 1e3);
  check ("retained / file size", (double) retained / size, 3);

  reforms = rex_catalogue_get_reforms (catalogue);
  n = g_list_model_get_n_items (reforms);
  {
    g_autoptr(RexQuery) query = rex_query_new ("warm");
    gint64 start = g_get_monotonic_time ();

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(RexReform) reform = g_list_model_get_item (reforms, i);
        rex_query_match_reform (query, reform);
      }
    g_print ("first query (folds and caches the search text): %.1f ms over %u reforms\n",
             (g_get_monotonic_time () - start) / 1000.0, n);
  }

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(RexQuery) query = rex_query_new (queries[q]);
      double times[9];
      guint matches = 0;

      for (guint r = 0; r < G_N_ELEMENTS (times); r++)
        {
          gint64 start = g_get_monotonic_time ();

          matches = 0;
          for (guint i = 0; i < n; i++)
            {
              g_autoptr(RexReform) reform = g_list_model_get_item (reforms, i);
              matches += rex_query_match_reform (query, reform);
            }
          times[r] = (g_get_monotonic_time () - start) / 1000.0;
        }

      g_print ("query \"%s\": %.2f ms over %u reforms (%u matches)\n",
               queries[q], median (times, G_N_ELEMENTS (times)), n, matches);
      check ("query (ms)", median (times, G_N_ELEMENTS (times)), 10);
    }

  return failed ? 1 : 0;
}
