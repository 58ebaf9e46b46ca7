/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <rex-core.h>

static const char * const category_ids[] = {
  "political-system", "parliament-local-government", "judiciary", "additional-measures",
};
static const guint category_sizes[] = { 7, 6, 2, 5 };

static const char * const reform_ids[] = {
  "presidential-republic", "president-non-partisan", "relatives-ban", "akim-independence",
  "party-registration-threshold", "election-observers", "constitutional-court", "senate-quota",
  "senate-approves-laws", "supreme-audit-chamber", "mixed-mazhilis", "mixed-maslikhats",
  "akim-candidates", "violence-women-children", "jury-trials", "public-involvement",
  "mass-media-law", "new-regions", "de-bureaucratisation", "economic-reforms",
};

static void
test_bundled_loads (void)
{
  g_autoptr(GError) error = NULL;
  RexCatalogue *catalogue;
  GListModel *categories;
  guint n_in_categories = 0;

  catalogue = rex_catalogue_new_bundled (&error);
  g_assert_no_error (error);
  g_assert_nonnull (catalogue);
  g_assert_cmpstr (rex_catalogue_get_display_name (catalogue), ==, "reforms.json");

  categories = rex_catalogue_get_categories (catalogue);
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, G_N_ELEMENTS (category_ids));
  for (guint i = 0; i < G_N_ELEMENTS (category_ids); i++)
    {
      g_autoptr(RexCategory) category = g_list_model_get_item (categories, i);
      GListModel *reforms;

      g_assert_cmpstr (rex_category_get_id (category), ==, category_ids[i]);
      g_assert_cmpuint (rex_category_get_position (category), ==, i);
      g_assert_true (rex_catalogue_lookup_category (catalogue, category_ids[i]) == category);
      reforms = rex_catalogue_get_reforms_in_category (catalogue, category);
      g_assert_cmpuint (g_list_model_get_n_items (reforms), ==, category_sizes[i]);
      for (guint j = 0; j < g_list_model_get_n_items (reforms); j++)
        {
          g_autoptr(RexReform) reform = g_list_model_get_item (reforms, j);

          g_assert_true (rex_reform_get_category (reform) == category);
        }
      n_in_categories += g_list_model_get_n_items (reforms);
    }

  g_assert_cmpuint (g_list_model_get_n_items (rex_catalogue_get_reforms (catalogue)), ==,
                    G_N_ELEMENTS (reform_ids));
  g_assert_cmpuint (n_in_categories, ==, G_N_ELEMENTS (reform_ids));
  for (guint i = 0; i < G_N_ELEMENTS (reform_ids); i++)
    {
      RexReform *reform = rex_catalogue_lookup_reform (catalogue, reform_ids[i]);

      g_assert_nonnull (reform);
      g_assert_cmpstr (rex_reform_get_id (reform), ==, reform_ids[i]);
    }

  g_assert_finalize_object (catalogue);
}

static void
test_bundled_regions (void)
{
  g_autoptr(GError) error = NULL;
  RexCatalogue *catalogue;
  GListModel *regions;
  guint n_2018 = 0, n_2022 = 0;
  RexRegion *vos;

  catalogue = rex_catalogue_new_bundled (&error);
  g_assert_no_error (error);

  regions = rex_catalogue_get_regions (catalogue);
  g_assert_cmpuint (g_list_model_get_n_items (regions), ==, 20);
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(RexRegion) region = g_list_model_get_item (regions, i);

      n_2018 += rex_region_in_division (region, REX_DIVISION_2018);
      n_2022 += rex_region_in_division (region, REX_DIVISION_2022);
      g_assert_true (rex_catalogue_lookup_region (catalogue, rex_region_get_id (region)) == region);
      g_assert_nonnull (rex_region_get_area (region));
      g_assert_nonnull (rex_region_get_population (region));
      g_assert_nonnull (rex_region_get_official_name_kk (region));
      g_assert_nonnull (rex_region_get_official_name_ru (region));
    }
  g_assert_cmpuint (n_2018, ==, 17);
  g_assert_cmpuint (n_2022, ==, 20);

  vos = rex_catalogue_lookup_region (catalogue, "KZ-VOS");
  g_assert_nonnull (vos);
  g_assert_cmpstr (rex_region_get_id (vos), ==, "KZ-63");
  g_assert_true (rex_catalogue_lookup_region (catalogue, "KZ-63") == vos);
  g_assert_nonnull (rex_catalogue_lookup_region (catalogue, "KZ-10"));
  g_assert_null (rex_catalogue_lookup_region (catalogue, "KZ-99"));

  g_assert_finalize_object (catalogue);
}

static void
assert_sources_resolve (RexCatalogue *catalogue,
                        GListModel   *sources)
{
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(RexSource) source = g_list_model_get_item (sources, i);

      g_assert_true (rex_catalogue_lookup_source (catalogue, rex_source_get_id (source)) == source);
      g_assert_true (g_str_has_prefix (rex_source_get_url (source), "http"));
    }
}

static void
test_bundled_references (void)
{
  g_autoptr(GError) error = NULL;
  RexCatalogue *catalogue;
  GListModel *reforms;
  guint total = 0;
  RexReform *party;
  g_autoptr(RexFigure) figure = NULL;
  gboolean found_new_regions = FALSE;

  catalogue = rex_catalogue_new_bundled (&error);
  g_assert_no_error (error);

  assert_sources_resolve (catalogue, rex_programme_get_sources (rex_catalogue_get_programme (catalogue)));

  reforms = rex_catalogue_get_reforms (catalogue);
  for (guint i = 0; i < g_list_model_get_n_items (reforms); i++)
    {
      g_autoptr(RexReform) reform = g_list_model_get_item (reforms, i);
      GListModel *milestones = rex_reform_get_milestones (reform);
      GListModel *regions = rex_reform_get_regions (reform);
      RexStatus status = rex_reform_get_status (reform);

      g_assert_cmpuint (rex_reform_get_position (reform), ==, i);
      g_assert_cmpint (status, >=, REX_STATUS_ANNOUNCED);
      g_assert_cmpint (status, <=, REX_STATUS_UNCLEAR);
      g_assert_nonnull (rex_status_get_label (status));
      g_assert_true (rex_date_is_valid (rex_reform_get_status_as_of (reform)));
      assert_sources_resolve (catalogue, rex_reform_get_sources (reform));
      assert_sources_resolve (catalogue, rex_reform_get_status_sources (reform));

      for (guint j = 0; j < g_list_model_get_n_items (milestones); j++)
        {
          g_autoptr(RexMilestone) milestone = g_list_model_get_item (milestones, j);

          g_assert_true (rex_date_is_valid (rex_milestone_get_date (milestone)));
          assert_sources_resolve (catalogue, rex_milestone_get_sources (milestone));
        }

      for (guint j = 0; j < g_list_model_get_n_items (regions); j++)
        {
          g_autoptr(RexRegion) region = g_list_model_get_item (regions, j);
          GListModel *back = rex_region_get_reforms (region);
          gboolean linked = FALSE;

          g_assert_true (rex_catalogue_lookup_region (catalogue, rex_region_get_id (region)) == region);
          for (guint k = 0; k < g_list_model_get_n_items (back); k++)
            {
              g_autoptr(RexReform) other = g_list_model_get_item (back, k);
              linked |= other == reform;
            }
          g_assert_true (linked);
          found_new_regions |= g_str_equal (rex_reform_get_id (reform), "new-regions");
        }

      total += rex_catalogue_count_reforms_by_status (catalogue, status) > 0;
    }
  g_assert_cmpuint (total, ==, g_list_model_get_n_items (reforms));
  g_assert_true (found_new_regions);

  total = 0;
  for (RexStatus s = REX_STATUS_ANNOUNCED; s <= REX_STATUS_UNCLEAR; s++)
    total += rex_catalogue_count_reforms_by_status (catalogue, s);
  g_assert_cmpuint (total, ==, 20);

  party = rex_catalogue_lookup_reform (catalogue, "party-registration-threshold");
  g_assert_nonnull (party);
  g_assert_cmpuint (g_list_model_get_n_items (rex_reform_get_figures (party)), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (rex_reform_get_figures (party)); i++)
    {
      g_autoptr(RexFigure) f = g_list_model_get_item (rex_reform_get_figures (party), i);

      if (rex_figure_get_before (f) == 20000)
        g_set_object (&figure, f);
    }
  g_assert_nonnull (figure);
  g_assert_cmpfloat (rex_figure_get_after (figure), ==, 5000);
  g_assert_nonnull (rex_figure_get_unit (figure));
  g_clear_object (&figure);

  g_assert_finalize_object (catalogue);
}

static void
test_check_file_ok (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "core", "data", "minimal.json", NULL));
  g_autoptr(GString) report = g_string_new (NULL);

  g_assert_true (rex_catalogue_check_file (file, report));
  g_assert_cmpstr (report->str, ==, "OK: 2 reforms in 2 categories, 3 regions, 28 sources, 4 milestones\n");
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  RexCatalogue **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = rex_catalogue_new_from_file_finish (result, &error);
  g_assert_no_error (error);
}

static void
failed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GError **out = user_data;

  g_assert_null (rex_catalogue_new_from_file_finish (result, out));
}

static void
test_async (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "core", "data", "minimal.json", NULL));
  g_autoptr(GFile) missing = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "core", "data", "missing.json", NULL));
  GMainContext *context = g_main_context_default ();
  RexCatalogue *catalogue = NULL;
  GError *error = NULL;

  rex_catalogue_new_from_file_async (file, NULL, loaded_cb, &catalogue);
  while (catalogue == NULL)
    g_main_context_iteration (context, TRUE);

  g_assert_cmpstr (rex_catalogue_get_display_name (catalogue), ==, "minimal.json");
  g_assert_cmpuint (g_list_model_get_n_items (rex_catalogue_get_reforms (catalogue)), ==, 2);
  g_assert_finalize_object (catalogue);

  rex_catalogue_new_from_file_async (missing, NULL, failed_cb, &error);
  while (error == NULL)
    g_main_context_iteration (context, TRUE);
  g_assert_error (error, REX_DATASET_ERROR, REX_DATASET_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "missing.json: "));
  g_clear_error (&error);
}

static void
test_region_outlives_catalogue (void)
{
  g_autoptr(GError) error = NULL;
  RexCatalogue *catalogue;
  g_autoptr(RexRegion) region = NULL;
  g_autoptr(RexReform) reform = NULL;

  catalogue = rex_catalogue_new_bundled (&error);
  g_assert_no_error (error);
  region = g_object_ref (rex_catalogue_lookup_region (catalogue, "KZ-10"));
  reform = g_object_ref (rex_catalogue_lookup_reform (catalogue, "new-regions"));
  g_assert_cmpuint (g_list_model_get_n_items (rex_region_get_reforms (region)), >, 0);
  g_assert_finalize_object (catalogue);

  /* The back references went with the catalogue; the forward ones stay. */
  g_assert_cmpuint (g_list_model_get_n_items (rex_region_get_reforms (region)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rex_reform_get_regions (reform)), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalogue/bundled/loads", test_bundled_loads);
  g_test_add_func ("/catalogue/bundled/regions", test_bundled_regions);
  g_test_add_func ("/catalogue/bundled/references", test_bundled_references);
  g_test_add_func ("/catalogue/check-file-ok", test_check_file_ok);
  g_test_add_func ("/catalogue/async", test_async);
  g_test_add_func ("/catalogue/region-outlives-catalogue", test_region_outlives_catalogue);

  return g_test_run ();
}
