/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <rex-core.h>

/* What the region map can colour by: the figures of a result by region,
 * and the strings that settings and win.map-mode keep them as. */

static RexCatalogue *catalogue;

static RexRegion *
region (const char *id)
{
  RexRegion *found = rex_catalogue_lookup_region (catalogue, id);

  g_assert_nonnull (found);
  return found;
}

static RexResult *
result (const char *id)
{
  RexResult *found = rex_catalogue_lookup_result (catalogue, id);

  g_assert_nonnull (found);
  return found;
}

static void
test_figures (void)
{
  RexResult *referendum = result ("referendum-2022");
  int yes = rex_result_find_choice (referendum, "yes");
  double min, max;

  g_assert_cmpint (yes, >=, 0);

  /* As published, by region and nationwide. */
  g_assert_cmpfloat (rex_result_get_region_figure (referendum, region ("KZ-75"), REX_FIGURE_TURNOUT), ==, 33.3);
  g_assert_cmpfloat (rex_result_get_region_figure (referendum, region ("KZ-75"), yes), ==, 65.22);
  g_assert_cmpfloat (rex_result_get_figure (referendum, REX_FIGURE_TURNOUT), ==, 68.05);
  g_assert_cmpfloat (rex_result_get_figure (referendum, yes), ==, 77.18);
  /* Akmola has a turnout but no shares; Abai was not in the 2018
   * division, and by an alias Almaty Region is the same region. */
  g_assert_false (isnan (rex_result_get_region_figure (referendum, region ("KZ-11"), REX_FIGURE_TURNOUT)));
  g_assert_true (isnan (rex_result_get_region_figure (referendum, region ("KZ-11"), yes)));
  g_assert_true (isnan (rex_result_get_region_figure (referendum, region ("KZ-10"), REX_FIGURE_TURNOUT)));
  g_assert_true (isnan (rex_result_get_region_figure (referendum, region ("KZ-10"), 99)));

  g_assert_true (rex_result_get_figure_range (referendum, REX_FIGURE_TURNOUT, &min, &max));
  g_assert_cmpfloat (min, ==, 33.3);
  g_assert_cmpfloat (max, ==, 80.66);
  g_assert_true (rex_result_get_figure_range (referendum, yes, &min, &max));
  g_assert_cmpfloat (min, ==, 65.22);
  g_assert_cmpfloat (max, ==, 65.22);

  /* 2026: turnouts by region, but no shares; the election has no
   * figures by region at all. */
  g_assert_true (rex_result_has_region_figure (result ("referendum-2026"), REX_FIGURE_TURNOUT));
  g_assert_false (rex_result_has_region_figure (result ("referendum-2026"),
                                                rex_result_find_choice (result ("referendum-2026"), "yes")));
  g_assert_false (rex_result_has_region_figure (result ("mazhilis-2023"), REX_FIGURE_TURNOUT));
  g_assert_true (isnan (rex_result_get_region_figure (result ("referendum-2026"), region ("KZ-59"),
                                                      REX_FIGURE_TURNOUT)));
}

static void
test_strings (void)
{
  RexResult *referendum = result ("referendum-2022");
  int yes = rex_result_find_choice (referendum, "yes");
  g_autofree char *turnout = rex_map_mode_to_string (referendum, REX_FIGURE_TURNOUT);
  g_autofree char *share = rex_map_mode_to_string (referendum, yes);
  g_autofree char *regions = rex_map_mode_to_string (NULL, REX_FIGURE_TURNOUT);
  g_autofree char *none = rex_map_mode_to_string (result ("mazhilis-2023"), REX_FIGURE_TURNOUT);
  static const char * const bad[] = {
    "", "turnout", "referendum-2022", "referendum-2022:", "referendum-2022:turnout:x",
    "referendum-2022:share", "referendum-2022:share:", "referendum-2022:share:maybe",
    "referendum-2022:share:yes:no", "referendum-2022:votes:yes", "no-such-result:turnout",
    "mazhilis-2023:turnout", "mazhilis-2023:share:amanat", "referendum-2026:share:yes",
    "REFERENDUM-2022:turnout", "regions:turnout", "Regions",
  };
  RexResult *parsed = NULL;
  int choice = 42;

  g_assert_cmpstr (turnout, ==, "referendum-2022:turnout");
  g_assert_cmpstr (share, ==, "referendum-2022:share:yes");
  g_assert_cmpstr (regions, ==, "regions");
  g_assert_null (none);

  g_assert_true (rex_map_mode_parse (catalogue, turnout, &parsed, &choice));
  g_assert_true (parsed == referendum);
  g_assert_cmpint (choice, ==, REX_FIGURE_TURNOUT);
  g_assert_true (rex_map_mode_parse (catalogue, share, &parsed, &choice));
  g_assert_true (parsed == referendum);
  g_assert_cmpint (choice, ==, yes);
  g_assert_true (rex_map_mode_parse (catalogue, "regions", &parsed, &choice));
  g_assert_null (parsed);
  g_assert_true (rex_map_mode_parse (NULL, "regions", &parsed, &choice));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("%s", bad[i]);
      g_assert_false (rex_map_mode_parse (catalogue, bad[i], &parsed, &choice));
      g_assert_null (parsed);
    }
  g_assert_false (rex_map_mode_parse (catalogue, NULL, &parsed, &choice));
  g_assert_false (rex_map_mode_parse (NULL, turnout, &parsed, &choice));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  catalogue = rex_catalogue_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/map-mode/figures", test_figures);
  g_test_add_func ("/map-mode/strings", test_strings);

  status = g_test_run ();
  g_clear_object (&catalogue);

  return status;
}
