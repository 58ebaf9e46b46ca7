/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libintl.h>
#include <string.h>

#include <rex-core.h>

static gboolean
matches (const char *query_text,
         const char *text)
{
  g_autofree char *folded = rex_search_fold (text);
  g_auto(GStrv) terms = NULL;
  g_autofree char *folded_query = rex_search_fold (query_text);

  terms = g_strsplit (folded_query, " ", -1);
  for (guint i = 0; terms[i] != NULL; i++)
    if (terms[i][0] != '\0' && strstr (folded, terms[i]) == NULL)
      return FALSE;
  return TRUE;
}

static void
test_fold (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "ҚАЗАҚ", "қазақ" },
    { "Ёлка", "елка" },
    { "Йошкар", "иошкар" },
    { "Konaév", "konaev" },
    { "  PARTY \t registration\n", "party registration" },
    { "Ǆ ﬁ", "dz fi" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = rex_search_fold (cases[i].in);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_terms (void)
{
  g_autoptr(RexQuery) empty = rex_query_new ("   ");

  g_assert_true (rex_query_is_empty (empty));
  g_assert_true (matches ("ҚАЗАҚ", "қазақ тілі"));
  g_assert_true (matches ("Ё", "елка"));
  g_assert_true (matches ("ёлка", "Елка"));
  g_assert_true (matches ("PARTY", "party registration"));
  g_assert_true (matches ("registration party", "party registration"));
  g_assert_false (matches ("party court", "party registration"));
  g_assert_true (matches ("Konaév", "Konaev"));
}

/* Whether one query finds no more than another, so that the second's
 * results can be narrowed down rather than searched for again. */
static gboolean
implies (const char *a,
         const char *b)
{
  g_autoptr(RexQuery) qa = rex_query_new (a);
  g_autoptr(RexQuery) qb = rex_query_new (b);

  return rex_query_implies (qa, qb);
}

static void
test_implies (void)
{
  g_autoptr(RexQuery) a = rex_query_new ("Party  Registration");
  g_autoptr(RexQuery) b = rex_query_new ("party registration ");

  g_assert_true (rex_query_equal (a, b));
  g_assert_true (implies ("party", "part"));
  g_assert_true (implies ("party r", "party"));
  g_assert_true (implies ("party registration", "reg par"));
  g_assert_true (implies ("ПАРТИЯ", "парт"));
  g_assert_true (implies ("party", ""));
  g_assert_false (implies ("part", "party"));
  g_assert_false (implies ("party", "party z"));
  /* Whatever has "party" in it has an "r". */
  g_assert_true (implies ("party", "party r"));
  g_assert_false (implies ("", "party"));
  g_assert_false (implies ("court", "party"));
}

static RexCatalogue *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  RexCatalogue *catalogue = rex_catalogue_new_bundled (&error);

  g_assert_no_error (error);
  return catalogue;
}

static guint
count_reforms (RexCatalogue *catalogue,
               const char   *text)
{
  g_autoptr(RexQuery) query = rex_query_new (text);
  GListModel *reforms = rex_catalogue_get_reforms (catalogue);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (reforms); i++)
    {
      g_autoptr(RexReform) reform = g_list_model_get_item (reforms, i);

      n += rex_query_match_reform (query, reform);
    }

  return n;
}

static void
test_reforms (void)
{
  RexCatalogue *catalogue = load_bundled ();
  RexReform *party = rex_catalogue_lookup_reform (catalogue, "party-registration-threshold");
  RexReform *regions = rex_catalogue_lookup_reform (catalogue, "new-regions");
  g_autoptr(RexQuery) q_party = rex_query_new ("PARTY");
  g_autoptr(RexQuery) q_abai = rex_query_new ("Абай");
  g_autoptr(RexQuery) q_abai_en = rex_query_new ("abai");
  g_autoptr(RexQuery) q_none = rex_query_new ("party zzzz");

  g_assert_true (rex_query_match_reform (q_party, party));
  g_assert_false (rex_query_match_reform (q_none, party));
  /* A reform is found by the names of its regions, in any language. */
  g_assert_true (rex_query_match_reform (q_abai, regions));
  g_assert_true (rex_query_match_reform (q_abai_en, regions));
  g_assert_cmpuint (count_reforms (catalogue, ""), ==, 20);
  g_assert_cmpuint (count_reforms (catalogue, "zzzz"), ==, 0);

  g_assert_finalize_object (catalogue);
}

static void
test_regions (void)
{
  RexCatalogue *catalogue = load_bundled ();
  RexRegion *abai = rex_catalogue_lookup_region (catalogue, "KZ-10");
  RexRegion *east = rex_catalogue_lookup_region (catalogue, "KZ-63");
  g_autoptr(RexQuery) q_abai = rex_query_new ("Абай");
  g_autoptr(RexQuery) q_vos = rex_query_new ("kz-vos");

  g_assert_true (rex_query_match_region (q_abai, abai));
  g_assert_false (rex_query_match_region (q_abai, east));
  g_assert_true (rex_query_match_region (q_vos, east));

  g_assert_finalize_object (catalogue);
}

/* Whatever language the process displays (English here: the C locale),
 * a reform is found by its Kazakh and Russian title as well. */
static void
test_reforms_every_language (void)
{
  RexCatalogue *catalogue = load_bundled ();
  RexReform *party = rex_catalogue_lookup_reform (catalogue, "party-registration-threshold");
  g_autoptr(RexQuery) q_kk = rex_query_new ("ПАРТИЯЛАРДЫ тіркеу");
  g_autoptr(RexQuery) q_ru = rex_query_new ("регистрации ПАРТИЙ");
  g_autoptr(RexQuery) q_en = rex_query_new ("party registration");

  g_assert_cmpstr (rex_translation_lookup ("kk", "reform title", rex_reform_get_title (party)), ==,
                   "Саяси партияларды тіркеуді жеңілдету");
  g_assert_true (rex_query_match_reform (q_kk, party));
  g_assert_true (rex_query_match_reform (q_ru, party));
  g_assert_true (rex_query_match_reform (q_en, party));

  g_assert_finalize_object (catalogue);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("REX_LOCALEDIR"));

  g_test_add_func ("/search/fold", test_fold);
  g_test_add_func ("/search/terms", test_terms);
  g_test_add_func ("/search/implies", test_implies);
  g_test_add_func ("/search/reforms", test_reforms);
  g_test_add_func ("/search/regions", test_regions);
  g_test_add_func ("/search/reforms-every-language", test_reforms_every_language);

  return g_test_run ();
}
