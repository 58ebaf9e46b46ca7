/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Numbers as each language writes them:
 *
 *   test-format en|kk|ru
 *
 * rex-format.c reads the model only, so this test links it without GTK
 * and needs no display. */

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "rex-format.h"

typedef struct {
  double      value;
  const char *text[3];  /* en, kk, ru */
} NumberCase;

/* U+202F, the narrow no-break space, is glibc's thousands separator for
 * Kazakh and Russian; they write a decimal comma. */
#define NNBSP "\u202f"

static const NumberCase numbers[] = {
  { 0, { "0", "0", "0" } },
  { -0.0, { "0", "0", "0" } },
  { -0.001, { "0", "0", "0" } },
  { -0.004999, { "0", "0", "0" } },
  { -0.005, { "−0.01", "−0,01", "−0,01" } },
  { 0.5, { "0.5", "0,5", "0,5" } },
  { 0.25, { "0.25", "0,25", "0,25" } },
  { 4.994, { "4.99", "4,99", "4,99" } },
  { 4.996, { "5", "5", "5" } },
  { 9.999, { "10", "10", "10" } },
  { 99.995001, { "100", "100", "100" } },
  { 999.999, { "1,000", "1" NNBSP "000", "1" NNBSP "000" } },
  { 1000.999, { "1,001", "1" NNBSP "001", "1" NNBSP "001" } },
  { 1000.05, { "1,000.05", "1" NNBSP "000,05", "1" NNBSP "000,05" } },
  { 5000, { "5,000", "5" NNBSP "000", "5" NNBSP "000" } },
  { 20000, { "20,000", "20" NNBSP "000", "20" NNBSP "000" } },
  { 185500, { "185,500", "185" NNBSP "500", "185" NNBSP "500" } },
  { -1234.5, { "−1,234.5", "−1" NNBSP "234,5", "−1" NNBSP "234,5" } },
  { 1234567.891, { "1,234,567.89", "1" NNBSP "234" NNBSP "567,89", "1" NNBSP "234" NNBSP "567,89" } },
  { 1e15, { "1,000,000,000,000,000", "1" NNBSP "000" NNBSP "000" NNBSP "000" NNBSP "000" NNBSP "000",
            "1" NNBSP "000" NNBSP "000" NNBSP "000" NNBSP "000" NNBSP "000" } },
  { NAN, { "—", "—", "—" } },
  { INFINITY, { "∞", "∞", "∞" } },
  { -INFINITY, { "−∞", "−∞", "−∞" } },
};

typedef struct {
  double      before;
  double      after;
  const char *text[3];  /* NULL: nothing to show */
} ChangeCase;

/* Russian puts a no-break space before the percent sign. */
#define NBSP "\u00a0"

static const ChangeCase changes[] = {
  { 20000, 5000, { "−75%", "−75%", "−75" NBSP "%" } },
  { 100, 150, { "+50%", "+50%", "+50" NBSP "%" } },
  { 1, 100001, { "+10,000,000%", "+10" NNBSP "000" NNBSP "000%", "+10" NNBSP "000" NNBSP "000" NBSP "%" } },
  { -50, 50, { "+200%", "+200%", "+200" NBSP "%" } },
  { 1000, 999.996, { NULL, NULL, NULL } },  /* −0.0004%: not "−0%" */
  { 1000, 1000.004, { NULL, NULL, NULL } },
  { 5, 5, { NULL, NULL, NULL } },
  { 0, 5, { NULL, NULL, NULL } },
  { 1e-300, 1e300, { NULL, NULL, NULL } },  /* not "+inf%" */
  { 1e300, -1e300, { "−200%", "−200%", "−200" NBSP "%" } },
};

static guint language;

static void
test_numbers (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *text = rex_format_number (numbers[i].value);

      g_test_message ("%g", numbers[i].value);
      g_assert_cmpstr (text, ==, numbers[i].text[language]);
    }
}

static void
test_changes (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      g_autofree char *text = rex_format_change (changes[i].before, changes[i].after);

      g_test_message ("%g → %g", changes[i].before, changes[i].after);
      g_assert_cmpstr (text, ==, changes[i].text[language]);
    }
}

/* A figure never breaks across lines inside a number, and one language
 * uses one separator throughout. */
static void
test_separators_do_not_break (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *text = rex_format_number (numbers[i].value);

      g_assert_null (strchr (text, ' '));
      if (language > 0)
        g_assert_null (strstr (text, "\u00a0"));
    }
}

/* A citation keeps the document's own title and says in which language
 * it is written; a source that does not say gets no tag. */
static void
test_source_language (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "data", "tiny.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RexCatalogue) catalogue = rex_catalogue_new_from_file (file, NULL, &error);
  g_autofree char *tagged = NULL;
  g_autofree char *untagged = NULL;

  g_assert_no_error (error);
  tagged = rex_format_source (rex_catalogue_lookup_source (catalogue, "s1"));
  untagged = rex_format_source (rex_catalogue_lookup_source (catalogue, "s2"));

  g_assert_true (g_str_has_prefix (tagged, "Title s1 [KK]"));
  g_assert_true (g_str_has_prefix (untagged, "Title s2"));
  g_assert_null (strchr (untagged, '['));
}

int
main (int   argc,
      char *argv[])
{
  static const char * const languages[] = { "en", "kk", "ru" };
  static const char * const locales[] = { "en_US.UTF-8", "kk_KZ.UTF-8", "ru_RU.UTF-8" };
  const char *localedir = g_getenv ("REX_LOCALEDIR");
  gboolean found = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (argc > 1 && g_str_equal (argv[argc - 1], languages[i]))
      {
        language = i;
        found = TRUE;
      }
  if (!found)
    g_error ("usage: test-format en|kk|ru");
  if (localedir == NULL)
    g_error ("REX_LOCALEDIR must name the catalogues of the build tree");

  g_setenv ("LANGUAGE", languages[language], TRUE);
  if (setlocale (LC_ALL, locales[language]) == NULL)
    g_error ("The %s locale is not installed (tools/quickstart generates it)", locales[language]);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  argc--;
  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, locales[language]);

  g_test_add_func ("/format/numbers", test_numbers);
  g_test_add_func ("/format/changes", test_changes);
  g_test_add_func ("/format/separators-do-not-break", test_separators_do_not_break);
  g_test_add_func ("/format/source-language", test_source_language);

  return g_test_run ();
}
