/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <rex-core.h>

/* Referendum and election results (format 2): what the model gives for
 * a valid file, and a specific problem for every way the figures can be
 * wrong or inconsistent. */

static GBytes *
read_results (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "data", "results.json", NULL);
  char *contents;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_bytes_new_take (contents, len);
}

static GBytes *
replace_in_results (const char *from,
                    const char *to)
{
  g_autoptr(GBytes) bytes = read_results ();
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  if (g_string_replace (text, from, to, 1) != 1)
    g_error ("“%s” is not in results.json", from);
  return g_string_free_to_bytes (g_steal_pointer (&text));
}

static void
test_valid (void)
{
  g_autoptr(GBytes) bytes = read_results ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RexCatalogue) catalogue = rex_catalogue_new_from_bytes (bytes, "results.json", &error);
  g_autoptr(GPtrArray) problems = NULL;
  RexResult *vote, *election;
  const RexChoice *choice;
  const RexRegionResult *entry;
  RexRegion *east, *abai;
  RexReform *reform;
  GListModel *list;

  g_assert_no_error (error);
  g_assert_true (rex_catalogue_check (bytes, "results.json", &problems));
  g_assert_cmpuint (g_list_model_get_n_items (rex_catalogue_get_results (catalogue)), ==, 2);

  vote = rex_catalogue_lookup_result (catalogue, "vote-2022");
  g_assert_nonnull (vote);
  g_assert_cmpint (rex_result_get_kind (vote), ==, REX_RESULT_REFERENDUM);
  g_assert_cmpint (rex_result_get_date (vote)->year, ==, 2022);
  g_assert_cmpstr (rex_result_get_title (vote), ==, "Referendum on amendments");
  g_assert_cmpint (rex_result_get_electorate (vote), ==, 1000);
  g_assert_cmpint (rex_result_get_ballots (vote), ==, 680);
  g_assert_cmpfloat (rex_result_get_turnout (vote), ==, 68.0);
  g_assert_cmpint (rex_result_get_invalid (vote), ==, 20);
  g_assert_cmpint (rex_result_get_seats (vote), ==, -1);
  g_assert_false (rex_result_has_seats (vote));
  g_assert_cmpint (rex_result_get_evidence (vote), ==, REX_EVIDENCE_VERIFIED);
  g_assert_cmpuint (g_list_model_get_n_items (rex_result_get_sources (vote)), ==, 1);
  g_assert_cmpuint (rex_result_get_n_choices (vote), ==, 2);
  g_assert_cmpint (rex_result_find_choice (vote, "no"), ==, 1);
  g_assert_cmpint (rex_result_find_choice (vote, "maybe"), ==, -1);
  choice = rex_result_get_choice (vote, 1);
  g_assert_cmpstr (choice->id, ==, "no");
  g_assert_cmpstr (rex_result_get_choice_label (vote, 1), ==, "No");
  g_assert_cmpint (choice->votes, ==, 140);
  /* Not given in the file: not made up either. */
  g_assert_true (isnan (choice->share));

  /* By region, found through the region's object whatever code the
   * file used. */
  east = rex_catalogue_lookup_region (catalogue, "KZ-63");
  abai = rex_catalogue_lookup_region (catalogue, "KZ-10");
  g_assert_true (rex_result_has_regions (vote));
  g_assert_cmpint (rex_result_get_division (vote), ==, REX_DIVISION_2018);
  g_assert_cmpint (rex_result_get_regions_evidence (vote), ==, REX_EVIDENCE_PARTIAL);
  g_assert_cmpstr (rex_result_get_regions_note (vote), ==, "Preliminary.");
  g_assert_cmpuint (rex_result_get_n_region_results (vote), ==, 1);
  entry = rex_result_lookup_region (vote, east);
  g_assert_nonnull (entry);
  g_assert_true (entry->region == east);
  g_assert_cmpfloat (entry->turnout, ==, 50.0);
  g_assert_cmpint (entry->votes[0], ==, 100);
  g_assert_cmpfloat (entry->shares[0], ==, 66.67);
  g_assert_true (isnan (entry->shares[1]));
  g_assert_null (rex_result_lookup_region (vote, abai));

  list = rex_region_get_results (east);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_true (g_list_model_get_item (list, 0) == (gpointer) vote);
  g_object_unref (vote);
  g_assert_cmpuint (g_list_model_get_n_items (rex_region_get_results (abai)), ==, 0);

  /* Seats add up, and both directions of the reform link. */
  election = rex_catalogue_lookup_result (catalogue, "election-2023");
  g_assert_true (rex_result_has_seats (election));
  g_assert_cmpint (rex_result_get_seats (election), ==, 10);
  g_assert_cmpint (rex_result_get_electorate (election), ==, -1);
  g_assert_cmpint (rex_result_get_choice (election, 3)->list_seats, ==, -1);
  g_assert_cmpint (rex_result_get_choice (election, 3)->district_seats, ==, 1);
  g_assert_false (rex_result_has_regions (election));

  reform = rex_catalogue_lookup_reform (catalogue, "party-registration-threshold");
  list = rex_reform_get_results (reform);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  list = rex_result_get_reforms (election);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
}

/* A result outlives its catalogue safely: the back references go. */
static void
test_outlives_catalogue (void)
{
  g_autoptr(GBytes) bytes = read_results ();
  RexCatalogue *catalogue = rex_catalogue_new_from_bytes (bytes, "results.json", NULL);
  g_autoptr(RexResult) vote = g_object_ref (rex_catalogue_lookup_result (catalogue, "vote-2022"));
  g_autoptr(RexRegion) east = g_object_ref (rex_catalogue_lookup_region (catalogue, "KZ-63"));

  g_object_unref (catalogue);
  g_assert_cmpuint (g_list_model_get_n_items (rex_result_get_reforms (vote)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rex_region_get_results (east)), ==, 0);
  g_assert_true (rex_result_get_region_result (vote, 0)->region == east);
}

static void
test_check_report (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "data", "results.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) report = g_string_new (NULL);

  g_assert_true (rex_catalogue_check_file (file, report));
  g_assert_true (g_str_has_suffix (report->str, ", 2 results\n"));
}

typedef struct {
  const char      *name;
  const char      *from;
  const char      *to;
  RexDatasetError  code;
  const char      *expected;   /* follows "results.json: " */
} Case;

static const Case cases[] = {
  { "format-1", "\"format\": 2", "\"format\": 1", REX_DATASET_ERROR_UNKNOWN_MEMBER,
    "reforms[0].results: results need format 2 or later" },
  { "kind", "\"kind\": \"referendum\"", "\"kind\": \"plebiscite\"", REX_DATASET_ERROR_INVALID_VALUE,
    "results[0].kind: unknown kind “plebiscite”" },
  { "duplicate-choice", "\"id\": \"no\"", "\"id\": \"yes\"", REX_DATASET_ERROR_DUPLICATE_ID,
    "results[0].choices[1].id: duplicate choice “yes”" },
  { "share-range", "\"share\": 76.47", "\"share\": 176.47", REX_DATASET_ERROR_INVALID_VALUE,
    "results[0].choices[0].share: 176.47 is out of range (0 to 100)" },
  { "negative-votes", "\"votes\": 140", "\"votes\": -140", REX_DATASET_ERROR_INVALID_VALUE,
    "results[0].choices[1].votes: -140 is out of range" },
  { "fractional-count", "\"electorate\": 1000", "\"electorate\": 1000.5", REX_DATASET_ERROR_WRONG_TYPE,
    "results[0].electorate: expected an integer, found a number" },
  { "huge-count", "\"electorate\": 1000", "\"electorate\": 100000000000", REX_DATASET_ERROR_INVALID_VALUE,
    "results[0].electorate: 100000000000 is out of range (0 to 10000000000)" },
  { "turnout-mismatch", "\"turnout\": 68.0", "\"turnout\": 86.0", REX_DATASET_ERROR_INVALID_VALUE,
    "results[0].turnout: turnout 86.00 % does not match the counts, which give 68.00 %" },
  { "ballots-over-electorate", "\"ballots\": 680", "\"ballots\": 1680", REX_DATASET_ERROR_INVALID_VALUE,
    "results[0].ballots: 1680 voters took part, more than the 1000 in the electorate" },
  { "invalid-over-ballots", "\"invalid\": 20", "\"invalid\": 2000", REX_DATASET_ERROR_INVALID_VALUE,
    "results[0].invalid: 2000 invalid ballots, more than the 680 ballots" },
  { "votes-over-ballots", "\"votes\": 520", "\"votes\": 620", REX_DATASET_ERROR_INVALID_VALUE,
    "results[0].choices: the choices have 760 votes in all, more than the 680 ballots" },
  { "seats-sum", "\"seats\": 10", "\"seats\": 11", REX_DATASET_ERROR_INVALID_VALUE,
    "results[1].choices: the choices have 10 seats in all, but seats is 11" },
  { "division", "\"division\": \"2018\"", "\"division\": \"2020\"", REX_DATASET_ERROR_INVALID_VALUE,
    "results[0].by_region.division: unknown division “2020” (expected 2018 or 2022)" },
  { "region-not-in-division", "\"region\": \"KZ-VOS\"", "\"region\": \"KZ-10\"", REX_DATASET_ERROR_INVALID_VALUE,
    "results[0].by_region.regions[0].region: region “KZ-10” is not in the 2018 division" },
  { "unknown-region", "\"region\": \"KZ-VOS\"", "\"region\": \"KZ-99\"", REX_DATASET_ERROR_DANGLING_REFERENCE,
    "results[0].by_region.regions[0].region: unknown region “KZ-99”" },
  { "region-twice", "\"region\": \"KZ-VOS\",", "\"region\": \"KZ-63\"}, {\"region\": \"KZ-VOS\",",
    REX_DATASET_ERROR_DUPLICATE_ID, "results[0].by_region.regions[1].region: region “KZ-VOS” is given twice" },
  { "unknown-choice", "\"shares\": {\n       \"yes\"", "\"shares\": {\n       \"maybe\"",
    REX_DATASET_ERROR_DANGLING_REFERENCE, "results[0].by_region.regions[0].shares.maybe: unknown choice “maybe”" },
  { "region-turnout", "\"turnout\": 50.0", "\"turnout\": 5.0", REX_DATASET_ERROR_INVALID_VALUE,
    "results[0].by_region.regions[0].turnout: turnout 5.00 % does not match the counts, which give 50.00 %" },
  { "region-votes", "\"yes\": 100", "\"yes\": 200", REX_DATASET_ERROR_INVALID_VALUE,
    "results[0].by_region.regions[0].votes: the choices have 240 votes in all, more than the 150 ballots" },
  { "shares-type", "\"shares\": {\n       \"yes\": 66.67\n      }", "\"shares\": [66.67]",
    REX_DATASET_ERROR_WRONG_TYPE, "results[0].by_region.regions[0].shares: expected an object, found an array" },
  { "dangling-result", "\"vote-2022\",\n    \"election-2023\"", "\"vote-2021\",\n    \"election-2023\"",
    REX_DATASET_ERROR_DANGLING_REFERENCE, "reforms[0].results[0]: unknown result “vote-2021”" },
  { "duplicate-result", "\"id\": \"election-2023\"", "\"id\": \"vote-2022\"", REX_DATASET_ERROR_DUPLICATE_ID,
    "results[1].id: duplicate id “vote-2022” (first used at results[0])" },
};

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GBytes) bytes = replace_in_results (c->from, c->to);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *expected = g_strconcat ("results.json: ", c->expected, NULL);
  gboolean found = FALSE;

  g_assert_null (rex_catalogue_new_from_bytes (bytes, "results.json", &error));
  g_assert_nonnull (error);
  g_assert_false (rex_catalogue_check (bytes, "results.json", &problems));

  for (guint i = 0; i < problems->len && !found; i++)
    {
      GError *problem = problems->pdata[i];

      found = problem->code == (int) c->code && g_str_has_prefix (problem->message, expected);
    }
  if (!found)
    {
      for (guint i = 0; i < problems->len; i++)
        g_test_message ("problem: %s", ((GError *) problems->pdata[i])->message);
      g_error ("%s: no problem “%s…” (code %d)", c->name, expected, c->code);
    }
}

/* A referendum needs its answers; an election may give its turnout
 * alone. */
static void
test_empty_choices (void)
{
  g_autoptr(GBytes) election = replace_in_results (
    "\"choices\": [\n    {\n     \"id\": \"blue\"",
    "\"choices\": [], \"x\": [\n    {\n     \"id\": \"blue\"");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GBytes) referendum = NULL;
  gboolean found = FALSE;

  /* The only problem is the marker member, not the empty list. */
  g_assert_false (rex_catalogue_check (election, "results.json", &problems));
  for (guint i = 0; i < problems->len; i++)
    g_assert_null (strstr (((GError *) problems->pdata[i])->message, "at least one choice"));
  g_clear_pointer (&problems, g_ptr_array_unref);

  referendum = replace_in_results ("\"choices\": [\n    {\n     \"id\": \"yes\"",
                                   "\"choices\": [], \"x\": [\n    {\n     \"id\": \"yes\"");
  g_assert_false (rex_catalogue_check (referendum, "results.json", &problems));
  for (guint i = 0; i < problems->len; i++)
    found |= strstr (((GError *) problems->pdata[i])->message,
                     "results[0].choices: a referendum needs at least one choice") != NULL;
  g_assert_true (found);
}

/* The bundled data: every result's figures by region are in its
 * division, and every reform link resolves (the loader checks both);
 * here, that the links the app shows exist at all. */
static void
test_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RexCatalogue) catalogue = rex_catalogue_new_bundled (&error);
  GListModel *results;
  guint with_regions = 0;

  g_assert_no_error (error);
  results = rex_catalogue_get_results (catalogue);
  g_assert_cmpuint (g_list_model_get_n_items (results), >=, 3);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(RexResult) result = g_list_model_get_item (results, i);

      g_assert_cmpuint (g_list_model_get_n_items (rex_result_get_sources (result)), >, 0);
      g_assert_cmpuint (g_list_model_get_n_items (rex_result_get_reforms (result)), >, 0);
      if (rex_result_has_regions (result))
        with_regions++;
      if (rex_result_has_seats (result))
        {
          gint64 seats = 0;

          for (guint j = 0; j < rex_result_get_n_choices (result); j++)
            {
              const RexChoice *choice = rex_result_get_choice (result, j);

              seats += MAX (choice->list_seats, 0) + MAX (choice->district_seats, 0);
            }
          g_assert_cmpint (seats, ==, rex_result_get_seats (result));
        }
    }
  g_assert_cmpuint (with_regions, >=, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/results/valid", test_valid);
  g_test_add_func ("/results/outlives-catalogue", test_outlives_catalogue);
  g_test_add_func ("/results/check-report", test_check_report);
  g_test_add_func ("/results/empty-choices", test_empty_choices);
  g_test_add_func ("/results/bundled", test_bundled);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/results/malformed/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }

  return g_test_run ();
}
