/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include <locale.h>

#include <rex-core.h>

static void
test_parse (void)
{
  static const struct {
    const char *text;
    gboolean valid;
    RexDatePrecision precision;
  } cases[] = {
    { "2022-03-16", TRUE, REX_DATE_PRECISION_DAY },
    { "2023-09", TRUE, REX_DATE_PRECISION_MONTH },
    { "2022", TRUE, REX_DATE_PRECISION_YEAR },
    { "2024-02-29", TRUE, REX_DATE_PRECISION_DAY },
    { "1900", TRUE, REX_DATE_PRECISION_YEAR },
    { "2100-12-31", TRUE, REX_DATE_PRECISION_DAY },
    { "2023-02-29", FALSE, 0 },
    { "2022-13-01", FALSE, 0 },
    { "2022-00", FALSE, 0 },
    { "2022-04-31", FALSE, 0 },
    { "1899", FALSE, 0 },
    { "2101", FALSE, 0 },
    { "22-03-16", FALSE, 0 },
    { "2022-3-16", FALSE, 0 },
    { "2022-03-16T00:00", FALSE, 0 },
    { " 2022", FALSE, 0 },
    { "2022-03-16 ", FALSE, 0 },
    { "", FALSE, 0 },
    { "２０２２", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RexDate date;

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (rex_date_parse (cases[i].text, &date), ==, cases[i].valid);
      if (cases[i].valid)
        {
          g_autofree char *iso = rex_date_to_iso (&date);

          g_assert_cmpint (date.precision, ==, cases[i].precision);
          g_assert_cmpstr (iso, ==, cases[i].text);
          g_assert_true (rex_date_is_valid (&date));
        }
    }
}

static void
test_compare (void)
{
  RexDate a, b, c;

  g_assert_true (rex_date_parse ("2022", &a));
  g_assert_true (rex_date_parse ("2022-03", &b));
  g_assert_true (rex_date_parse ("2022-03-16", &c));
  g_assert_cmpint (rex_date_compare (&a, &b), <, 0);
  g_assert_cmpint (rex_date_compare (&b, &c), <, 0);
  g_assert_cmpint (rex_date_compare (&c, &a), >, 0);
  g_assert_cmpint (rex_date_compare (&c, &c), ==, 0);
  g_assert_cmpint (rex_date_compare (NULL, &c), <, 0);
}

static void
test_format (void)
{
  RexDate date;
  g_autofree char *day = NULL;
  g_autofree char *month = NULL;
  g_autofree char *year = NULL;

  g_assert_true (rex_date_parse ("2022-03-16", &date));
  day = rex_date_format (&date);
  g_assert_cmpstr (day, ==, "16 March 2022");
  g_assert_true (rex_date_parse ("2022-03", &date));
  month = rex_date_format (&date);
  g_assert_cmpstr (month, ==, "March 2022");
  g_assert_true (rex_date_parse ("2022", &date));
  year = rex_date_format (&date);
  g_assert_cmpstr (year, ==, "2022");
}

/* Switches messages and dates to @locale with the catalogues of the build
 * tree. A missing locale fails the test: a silent fallback to English
 * would pass for the wrong reason. */
static char *
use_language (const char *locale,
              const char *language)
{
  char *old = g_strdup (setlocale (LC_ALL, NULL));

  if (setlocale (LC_ALL, locale) == NULL)
    g_error ("The %s locale is not installed (tools/quickstart generates it)", locale);
  g_setenv ("LANGUAGE", language, TRUE);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("REX_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  return old;
}

static void
restore_language (char *old)
{
  setlocale (LC_ALL, old);
  g_unsetenv ("LANGUAGE");
  g_free (old);
}

static char *
format_iso (const char *iso)
{
  RexDate date;

  g_assert_true (rex_date_parse (iso, &date));
  return rex_date_format (&date);
}

static void
test_format_russian (void)
{
  char *old = use_language ("ru_RU.UTF-8", "ru");
  g_autofree char *day = format_iso ("2022-03-16");
  g_autofree char *month = format_iso ("2026-08");
  g_autofree char *year = format_iso ("2022");

  /* Genitive after a day, the lower-case nominative on its own. */
  g_assert_cmpstr (day, ==, "16 марта 2022 г.");
  g_assert_cmpstr (month, ==, "август 2026 г.");
  g_assert_cmpstr (year, ==, "2022 г.");

  restore_language (old);
}

static void
test_format_kazakh (void)
{
  char *old = use_language ("kk_KZ.UTF-8", "kk");
  g_autofree char *day = format_iso ("2022-03-16");
  g_autofree char *month = format_iso ("2026-08");
  g_autofree char *year = format_iso ("2022");

  /* The year comes first in Kazakh dates. */
  g_assert_cmpstr (day, ==, "2022 жылғы 16 наурыз");
  g_assert_cmpstr (month, ==, "2026 жылғы тамыз");
  g_assert_cmpstr (year, ==, "2022 жыл");

  restore_language (old);
}

static void
test_boxed (void)
{
  RexDate date;
  g_autoptr(RexDate) copy = NULL;

  g_assert_true (rex_date_parse ("2022-06-08", &date));
  copy = rex_date_copy (&date);
  g_assert_cmpint (rex_date_compare (copy, &date), ==, 0);
  g_assert_true (G_TYPE_IS_BOXED (REX_TYPE_DATE));
}

static void
test_enums (void)
{
  RexStatus status;
  RexEvidence evidence;
  RexMilestoneKind kind;

  g_assert_true (rex_status_from_string ("in-force", &status));
  g_assert_cmpint (status, ==, REX_STATUS_IN_FORCE);
  g_assert_cmpstr (rex_status_to_string (REX_STATUS_IN_PROGRESS), ==, "in-progress");
  g_assert_cmpstr (rex_status_get_label (REX_STATUS_IN_FORCE), ==, "In force");
  g_assert_false (rex_status_from_string ("In force", &status));
  g_assert_false (rex_status_from_string (NULL, &status));

  g_assert_true (rex_evidence_from_string ("uncertain", &evidence));
  g_assert_cmpint (evidence, ==, REX_EVIDENCE_UNCERTAIN);
  g_assert_nonnull (rex_evidence_get_label (REX_EVIDENCE_PARTIAL));

  g_assert_true (rex_milestone_kind_from_string ("in-force", &kind));
  g_assert_cmpint (kind, ==, REX_MILESTONE_KIND_IN_FORCE);
  g_assert_cmpstr (rex_milestone_kind_get_label (REX_MILESTONE_KIND_SIGNED), ==, "Signed");

  g_assert_true (G_TYPE_IS_ENUM (REX_TYPE_STATUS));
  g_assert_true (G_TYPE_IS_FLAGS (REX_TYPE_DIVISION));
  g_assert_cmpint (REX_DIVISION_2018, ==, 1);
  g_assert_cmpint (REX_DIVISION_2022, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/parse", test_parse);
  g_test_add_func ("/date/compare", test_compare);
  g_test_add_func ("/date/format", test_format);
  g_test_add_func ("/date/format-russian", test_format_russian);
  g_test_add_func ("/date/format-kazakh", test_format_kazakh);
  g_test_add_func ("/date/boxed", test_boxed);
  g_test_add_func ("/enums/strings", test_enums);

  return g_test_run ();
}
