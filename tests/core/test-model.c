/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <rex-core.h>

/* Properties and getters of every model class, on the small fixture
 * tests/core/data/tiny.json whose values are known. */

static RexCatalogue *
load_tiny (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "data", "tiny.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RexCatalogue *catalogue = rex_catalogue_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return catalogue;
}

static void
test_catalogue (void)
{
  RexCatalogue *catalogue = load_tiny ();
  g_autofree char *display_name = NULL;
  g_autoptr(RexDate) as_of = NULL;
  g_autoptr(GListModel) reforms = NULL;

  g_object_get (catalogue, "display-name", &display_name, "as-of", &as_of, "reforms", &reforms, NULL);
  g_assert_cmpstr (display_name, ==, "tiny.json");
  g_assert_cmpint (as_of->year, ==, 2024);
  g_assert_cmpint (as_of->precision, ==, REX_DATE_PRECISION_MONTH);
  g_assert_true (reforms == rex_catalogue_get_reforms (catalogue));
  g_assert_cmpuint (g_list_model_get_n_items (rex_catalogue_get_sources (catalogue)), ==, 2);
  g_assert_true (g_list_model_get_item_type (rex_catalogue_get_sources (catalogue)) == REX_TYPE_SOURCE);
  g_assert_cmpuint (rex_catalogue_count_reforms_by_status (catalogue, REX_STATUS_IN_FORCE), ==, 1);
  g_assert_cmpuint (rex_catalogue_count_reforms_by_status (catalogue, REX_STATUS_ENACTED), ==, 0);
  g_assert_cmpuint (rex_catalogue_count_milestones (catalogue), ==, 2);
  g_assert_null (rex_catalogue_lookup_reform (catalogue, "nope"));
  g_assert_null (rex_catalogue_lookup_source (catalogue, NULL));

  g_clear_object (&reforms);
  g_assert_finalize_object (catalogue);
}

static void
test_programme_and_sources (void)
{
  RexCatalogue *catalogue = load_tiny ();
  RexProgramme *programme = rex_catalogue_get_programme (catalogue);
  RexSource *source = rex_catalogue_lookup_source (catalogue, "s1");
  g_autofree char *title = NULL, *url = NULL, *publisher = NULL;
  g_autoptr(RexDate) date = NULL;

  g_assert_cmpstr (rex_programme_get_id (programme), ==, "address-2022");
  g_assert_cmpstr (rex_programme_get_title (programme), ==, "New Kazakhstan");
  g_assert_cmpstr (rex_programme_get_speaker (programme), ==, "The President");
  g_assert_cmpstr (rex_programme_get_occasion (programme), ==, "Address to the people");
  g_assert_cmpstr (rex_programme_get_quotation (programme), ==, "A strong President, an influential Parliament.");
  g_assert_cmpstr (rex_programme_get_summary (programme), ==, "The programme.");
  g_assert_cmpint (rex_programme_get_date (programme)->day, ==, 16);
  g_assert_cmpuint (g_list_model_get_n_items (rex_programme_get_sources (programme)), ==, 1);

  g_object_get (source, "title", &title, "url", &url, "publisher", &publisher, "date", &date, NULL);
  g_assert_cmpstr (title, ==, "Title s1");
  g_assert_cmpstr (url, ==, "https://www.akorda.kz/s1");
  g_assert_cmpstr (publisher, ==, "Akorda");
  g_assert_cmpint (date->month, ==, 3);
  g_assert_cmpstr (rex_source_get_id (source), ==, "s1");
  /* The language is optional: s1 says it, s2 does not. */
  g_assert_cmpstr (rex_source_get_language (source), ==, "kk");
  g_free (title);
  title = rex_source_dup_language_tag (source);
  g_assert_cmpstr (title, ==, "KK");
  g_assert_null (rex_source_get_language (rex_catalogue_lookup_source (catalogue, "s2")));

  g_assert_finalize_object (catalogue);
}

static void
test_reform (void)
{
  RexCatalogue *catalogue = load_tiny ();
  RexReform *reform = rex_catalogue_lookup_reform (catalogue, "party-registration-threshold");
  RexCategory *category = rex_catalogue_lookup_category (catalogue, "political-system");
  g_autoptr(RexMilestone) milestone = NULL;
  g_autoptr(RexFigure) figure = NULL;
  g_autoptr(RexRegion) region = NULL;
  g_autofree char *title = NULL;
  RexStatus status;
  gboolean uncertain;

  g_assert_true (rex_reform_get_category (reform) == category);
  g_assert_cmpstr (rex_category_get_title (category), ==, "Political system");
  g_assert_cmpstr (rex_category_get_summary (category), ==, "One line.");
  g_assert_cmpuint (rex_category_get_position (category), ==, 0);
  g_assert_cmpuint (rex_reform_get_position (reform), ==, 0);
  g_assert_cmpstr (rex_reform_get_title (reform), ==, "Easier party registration");
  g_assert_cmpstr (rex_reform_get_summary (reform), ==, "Cut the threshold.");
  g_assert_cmpstr (rex_reform_get_explanation (reform), ==, "A paragraph.");
  g_assert_null (rex_reform_get_rationale (reform));
  g_assert_null (rex_reform_get_status_note (reform));
  g_assert_cmpint (rex_reform_get_status_evidence (reform), ==, REX_EVIDENCE_VERIFIED);
  g_assert_cmpint (rex_reform_get_status_as_of (reform)->month, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rex_reform_get_status_sources (reform)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rex_reform_get_sources (reform)), ==, 2);
  g_assert_false (rex_reform_is_uncertain (reform));
  g_assert_cmpint (rex_reform_get_last_milestone_date (reform)->month, ==, 11);

  g_object_get (reform, "title", &title, "status", &status, "uncertain", &uncertain, NULL);
  g_assert_cmpstr (title, ==, "Easier party registration");
  g_assert_cmpint (status, ==, REX_STATUS_IN_FORCE);
  g_assert_false (uncertain);

  milestone = g_list_model_get_item (rex_reform_get_milestones (reform), 1);
  g_assert_cmpint (rex_milestone_get_kind (milestone), ==, REX_MILESTONE_KIND_SIGNED);
  g_assert_cmpstr (rex_milestone_get_title (milestone), ==, "Signed.");
  g_assert_cmpint (rex_milestone_get_evidence (milestone), ==, REX_EVIDENCE_PARTIAL);
  g_assert_cmpint (rex_milestone_get_date (milestone)->precision, ==, REX_DATE_PRECISION_MONTH);
  g_assert_cmpuint (g_list_model_get_n_items (rex_milestone_get_sources (milestone)), ==, 1);
  g_assert_null (g_list_model_get_item (rex_reform_get_milestones (reform), 2));

  figure = g_list_model_get_item (rex_reform_get_figures (reform), 0);
  g_assert_cmpstr (rex_figure_get_label (figure), ==, "Members needed to register a party");
  g_assert_cmpfloat (rex_figure_get_before (figure), ==, 20000);
  g_assert_cmpfloat (rex_figure_get_after (figure), ==, 5000);
  g_assert_cmpstr (rex_figure_get_unit (figure), ==, "members");
  /* The form follows the number; a fraction counts as more than one. */
  g_assert_cmpstr (rex_figure_get_unit_for (figure, 1), ==, "member");
  g_assert_cmpstr (rex_figure_get_unit_for (figure, -1), ==, "member");
  g_assert_cmpstr (rex_figure_get_unit_for (figure, 5000), ==, "members");
  g_assert_cmpstr (rex_figure_get_unit_for (figure, 1.5), ==, "members");
  g_assert_cmpstr (rex_figure_get_unit_for (figure, 0), ==, "members");
  g_assert_cmpint (rex_figure_get_evidence (figure), ==, REX_EVIDENCE_VERIFIED);
  g_assert_cmpuint (g_list_model_get_n_items (rex_figure_get_sources (figure)), ==, 1);

  region = g_list_model_get_item (rex_reform_get_regions (reform), 0);
  g_assert_cmpstr (rex_region_get_id (region), ==, "KZ-10");

  g_clear_object (&milestone);
  g_clear_object (&figure);
  g_clear_object (&region);
  g_assert_finalize_object (catalogue);
}

static void
test_region (void)
{
  RexCatalogue *catalogue = load_tiny ();
  RexRegion *abai = rex_catalogue_lookup_region (catalogue, "KZ-10");
  RexRegion *east = rex_catalogue_lookup_region (catalogue, "KZ-VOS");
  RexCentre *centre = rex_region_get_centre (abai);
  RexMeasure *population = rex_region_get_population (abai);
  g_autoptr(RexRegion) from = NULL;
  g_autoptr(RexReform) reform = NULL;
  g_autofree const char **took = NULL;
  g_auto(GStrv) took_prop = NULL;
  RexDivision divisions;

  g_assert_cmpstr (rex_region_get_id (east), ==, "KZ-63");
  g_assert_cmpstr (rex_region_get_aliases (east)[0], ==, "KZ-VOS");
  g_assert_cmpint (rex_region_get_kind (abai), ==, REX_REGION_KIND_REGION);
  g_assert_cmpstr (rex_region_get_name_en (abai), ==, "Abai Region");
  g_assert_cmpstr (rex_region_get_official_name_kk (abai), ==, "Абай облысы");
  g_assert_cmpstr (rex_region_get_official_name_ru (abai), ==, "область Абай");
  g_assert_nonnull (rex_region_get_variants (abai, "kk"));
  g_assert_null (rex_region_get_variants (abai, "kk")[0]);
  g_assert_null (rex_region_get_variants (abai, "de"));

  rex_region_set_display_language ("ru");
  g_assert_cmpstr (rex_region_get_name (abai), ==, "область Абай");
  g_assert_cmpstr (rex_centre_get_name (centre), ==, "Семей");
  rex_region_set_display_language ("kk");
  g_assert_cmpstr (rex_region_get_name (abai), ==, "Абай облысы");
  rex_region_set_display_language ("en");
  g_assert_cmpstr (rex_region_get_name (abai), ==, "Abai Region");
  g_assert_cmpstr (rex_centre_get_name (centre), ==, "Semey");
  rex_region_set_display_language (NULL);
  /* Tests run without setlocale(), so gettext would translate nothing. */
  g_assert_cmpstr (rex_region_get_display_language (), ==, "en");

  g_assert_cmpfloat_with_epsilon (rex_centre_get_latitude (centre), 50.41, 1e-9);
  g_assert_cmpfloat_with_epsilon (rex_centre_get_longitude (centre), 80.25, 1e-9);
  g_assert_null (rex_centre_get_until (centre));
  g_assert_cmpuint (g_list_model_get_n_items (rex_region_get_former_centres (abai)), ==, 0);

  g_assert_cmpint (rex_region_get_existed_from (abai)->day, ==, 8);
  g_assert_null (rex_region_get_existed_until (abai));
  g_assert_null (rex_region_get_existed_from (east));
  g_object_get (abai, "divisions", &divisions, NULL);
  g_assert_cmpint (divisions, ==, REX_DIVISION_2022);
  g_assert_true (rex_region_in_division (east, REX_DIVISION_2018));

  from = g_list_model_get_item (rex_region_get_formed_from (abai), 0);
  g_assert_true (from == east);
  g_assert_cmpuint (g_list_model_get_n_items (rex_region_get_formed_from (east)), ==, 0);
  g_assert_cmpstr (rex_region_get_formed_took (abai)[0], ==, "Ayagoz District");
  took = rex_region_dup_formed_took_display (abai);
  g_assert_cmpstr (took[0], ==, "Ayagoz District");
  g_object_get (abai, "formed-took", &took_prop, NULL);
  g_assert_cmpstr (took_prop[0], ==, "Ayagoz District");
  g_assert_cmpint (rex_region_get_formed_date (abai)->month, ==, 6);
  g_assert_null (rex_region_get_formed_date (east));
  g_assert_cmpint (rex_region_get_formed_evidence (abai), ==, REX_EVIDENCE_VERIFIED);
  g_assert_cmpuint (g_list_model_get_n_items (rex_region_get_formed_sources (abai)), ==, 1);

  g_assert_cmpfloat (rex_measure_get_value (population), ==, 607000);
  g_assert_cmpint (rex_measure_get_as_of (population)->precision, ==, REX_DATE_PRECISION_YEAR);
  g_assert_cmpint (rex_measure_get_evidence (population), ==, REX_EVIDENCE_PARTIAL);
  g_assert_null (rex_measure_get_note (population));
  g_assert_cmpuint (g_list_model_get_n_items (rex_measure_get_sources (population)), ==, 1);
  g_assert_cmpfloat (rex_measure_get_value (rex_region_get_area (abai)), ==, 185500);
  g_assert_cmpuint (g_list_model_get_n_items (rex_region_get_sources (abai)), ==, 1);

  reform = g_list_model_get_item (rex_region_get_reforms (abai), 0);
  g_assert_cmpstr (rex_reform_get_id (reform), ==, "party-registration-threshold");
  g_assert_cmpuint (g_list_model_get_n_items (rex_region_get_reforms (east)), ==, 0);

  g_clear_object (&from);
  g_clear_object (&reform);
  g_assert_finalize_object (catalogue);
}

/* A source the project describes rather than quotes: its description
 * stands where the title would, and its language tag still says what
 * the document is written in. */
static void
test_described_source (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RexCatalogue) catalogue = rex_catalogue_new_bundled (&error);
  RexSource *described, *titled;
  g_autofree char *title = NULL;

  g_assert_no_error (error);
  described = rex_catalogue_lookup_source (catalogue, "astanatimes-senators-2023");
  titled = rex_catalogue_lookup_source (catalogue, "interfax-laws-2022-11");
  g_assert_true (rex_source_get_described (described));
  g_assert_cmpstr (rex_source_get_title (described), ==,
                   "Report on the appointment of ten senators");
  g_object_get (described, "title", &title, NULL);
  g_assert_cmpstr (title, ==, rex_source_get_title (described));
  g_assert_cmpstr (rex_source_get_language (described), ==, "en");
  g_assert_false (rex_source_get_described (titled));
}

/* A region's centre depends on the map: Almaty Region's was Taldykorgan
 * until 8 June 2022 and is Konaev since; Turkistan's move of 2018 is
 * before the 2018 map, so it does not show there. */
static void
test_centre_in_division (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RexCatalogue) catalogue = rex_catalogue_new_bundled (&error);
  RexRegion *almaty, *turkistan, *abai;

  g_assert_no_error (error);
  almaty = rex_catalogue_lookup_region (catalogue, "KZ-19");
  turkistan = rex_catalogue_lookup_region (catalogue, "KZ-61");
  abai = rex_catalogue_lookup_region (catalogue, "KZ-10");
  g_assert_cmpstr (rex_centre_get_name_en (rex_region_get_centre_in_division (almaty, REX_DIVISION_2018)), ==,
                   "Taldykorgan");
  g_assert_cmpstr (rex_centre_get_name_en (rex_region_get_centre_in_division (almaty, REX_DIVISION_2022)), ==,
                   "Konaev");
  g_assert_cmpstr (rex_centre_get_name_en (rex_region_get_centre_in_division (turkistan, REX_DIVISION_2018)), ==,
                   "Turkistan");
  g_assert_true (rex_region_get_centre_in_division (abai, REX_DIVISION_2022) == rex_region_get_centre (abai));
}

/* Map labels drop the kind word in every language, whichever end of the
 * name it is at, and leave cities alone. */
static void
test_region_short_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RexCatalogue) catalogue = rex_catalogue_new_bundled (&error);
  static const struct {
    const char *id;
    const char *language;
    const char *short_name;
  } cases[] = {
    { "KZ-55", "en", "Pavlodar" },
    { "KZ-59", "en", "North Kazakhstan" },
    { "KZ-10", "kk", "Абай" },
    { "KZ-62", "kk", "Ұлытау" },
    { "KZ-59", "kk", "Солтүстік Қазақстан" },
    { "KZ-10", "ru", "Абай" },
    { "KZ-55", "ru", "Павлодарская" },
    { "KZ-27", "ru", "Западно-Казахстанская" },
    { "KZ-71", "en", "Astana" },
    { "KZ-71", "kk", "Астана қаласы" },
    { "KZ-75", "ru", "город Алматы" },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RexRegion *region = rex_catalogue_lookup_region (catalogue, cases[i].id);
      g_autofree char *short_name = NULL;

      g_assert_nonnull (region);
      rex_region_set_display_language (cases[i].language);
      short_name = rex_region_dup_short_name (region);
      g_assert_cmpstr (short_name, ==, cases[i].short_name);
    }
  rex_region_set_display_language (NULL);
}

static void
test_all_properties_readable (void)
{
  RexCatalogue *catalogue = load_tiny ();
  GObject *objects[] = {
    G_OBJECT (catalogue),
    G_OBJECT (rex_catalogue_get_programme (catalogue)),
    G_OBJECT (rex_catalogue_lookup_source (catalogue, "s1")),
    G_OBJECT (rex_catalogue_lookup_category (catalogue, "political-system")),
    G_OBJECT (rex_catalogue_lookup_reform (catalogue, "party-registration-threshold")),
    G_OBJECT (rex_catalogue_lookup_region (catalogue, "KZ-10")),
    G_OBJECT (rex_region_get_centre (rex_catalogue_lookup_region (catalogue, "KZ-10"))),
    G_OBJECT (rex_region_get_area (rex_catalogue_lookup_region (catalogue, "KZ-10"))),
  };

  /* Every property can be read, none is writable, none notifies. */
  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    {
      guint n;
      g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (objects[i]), &n);

      for (guint j = 0; j < n; j++)
        {
          g_auto(GValue) value = G_VALUE_INIT;

          g_assert_false (pspecs[j]->flags & G_PARAM_WRITABLE);
          g_assert_true (pspecs[j]->flags & G_PARAM_EXPLICIT_NOTIFY);
          g_value_init (&value, pspecs[j]->value_type);
          g_object_get_property (objects[i], pspecs[j]->name, &value);
        }
    }

  g_assert_finalize_object (catalogue);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/centre-in-division", test_centre_in_division);
  g_test_add_func ("/model/catalogue", test_catalogue);
  g_test_add_func ("/model/programme-and-sources", test_programme_and_sources);
  g_test_add_func ("/model/reform", test_reform);
  g_test_add_func ("/model/region", test_region);
  g_test_add_func ("/model/region-short-name", test_region_short_name);
  g_test_add_func ("/model/described-source", test_described_source);
  g_test_add_func ("/model/all-properties-readable", test_all_properties_readable);

  return g_test_run ();
}
