/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Problems in a dataset, as a person reading Kazakh or Russian sees them
 * in the error dialog and from --check: the file name and the JSON path
 * stay as they are, the description comes from the catalogue.
 *
 *   test-messages kk|ru
 *
 * Only bindtextdomain() is called, never textdomain(): the core library
 * must name its domain itself. A missing locale or catalogue fails
 * rather than falling back to English. */

#include "config.h"

#include <locale.h>
#include <libintl.h>
#include <string.h>

#include <rex-core.h>

typedef struct {
  const char *language;
  const char *locale;
  /* Expected messages, straight from the catalogue the translators wrote. */
  const char *dangling_category;
  const char *wrong_type;
  const char *more_problems;
  const char *repeated_member;
} Expected;

static const Expected languages[] = {
  { "kk", "kk_KZ.UTF-8",
    "dangling.json: reforms[0].category: белгісіз санат «judicial»",
    "wrong.json: reforms[0].title: жол күтілген, табылғаны: сан",
    " (және тағы 2 мәселе)",
    "repeated.json: 3:14: as_of: қайталанған өріс (біріншісінің орны: 3:2)" },
  { "ru", "ru_RU.UTF-8",
    "dangling.json: reforms[0].category: неизвестная категория «judicial»",
    "wrong.json: reforms[0].title: ожидалась строка, найдено: число",
    " (и ещё 2 проблемы)",
    "repeated.json: 3:14: as_of: повторяющееся поле (первое находится в 3:2)" },
};

static const Expected *expected;

static GBytes *
tiny_with (const char * const *replacements)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "data", "tiny.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  text = g_string_new_len (contents, len);
  for (guint i = 0; replacements[i] != NULL; i += 2)
    g_assert_cmpuint (g_string_replace (text, replacements[i], replacements[i + 1], 1), ==, 1);

  return g_string_free_to_bytes (g_steal_pointer (&text));
}

/* The one problem, both from the constructor and from the check. */
static void
assert_single_problem (GBytes     *bytes,
                       const char *display_name,
                       int         code,
                       const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_null (rex_catalogue_new_from_bytes (bytes, display_name, &error));
  g_assert_error (error, REX_DATASET_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);

  g_assert_false (rex_catalogue_check (bytes, display_name, &problems));
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((GError *) problems->pdata[0])->message, ==, message);
}

static void
test_dangling_category (void)
{
  static const char * const replacements[] = {
    "\"category\": \"political-system\"", "\"category\": \"judicial\"", NULL
  };
  g_autoptr(GBytes) bytes = tiny_with (replacements);

  assert_single_problem (bytes, "dangling.json", REX_DATASET_ERROR_DANGLING_REFERENCE,
                         expected->dangling_category);
}

static void
test_wrong_type (void)
{
  static const char * const replacements[] = {
    "\"title\": \"Easier party registration\"", "\"title\": 42", NULL
  };
  g_autoptr(GBytes) bytes = tiny_with (replacements);

  /* “a number” is translated on its own and put into the sentence. */
  assert_single_problem (bytes, "wrong.json", REX_DATASET_ERROR_WRONG_TYPE, expected->wrong_type);
}

static void
test_more_problems (void)
{
  static const char * const replacements[] = {
    "\"value\": \"in-force\"", "\"value\": \"done\"",
    "\"date\": \"2022-11\"", "\"date\": \"November\"",
    "\"category\": \"political-system\"", "\"category\": \"judicial\"",
    NULL
  };
  g_autoptr(GBytes) bytes = tiny_with (replacements);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *whole = NULL;

  g_assert_false (rex_catalogue_check (bytes, "many.json", &problems));
  g_assert_cmpuint (problems->len, ==, 3);

  /* The first problem, then the count in the language's plural form. */
  g_assert_null (rex_catalogue_new_from_bytes (bytes, "many.json", &error));
  whole = g_strconcat (((GError *) problems->pdata[0])->message, expected->more_problems, NULL);
  g_assert_cmpstr (error->message, ==, whole);
  g_assert_true (g_str_has_prefix (error->message, "many.json: reforms[0].category: "));
}

/* A syntax problem: the place (line:column and JSON path) stays as it
 * is, the description is translated. */
static void
test_repeated_member (void)
{
  static const char * const replacements[] = {
    "\"as_of\": \"2024-01\"", "\"as_of\": 1, \"as_of\": \"2024-01\"", NULL
  };
  g_autoptr(GBytes) bytes = tiny_with (replacements);

  assert_single_problem (bytes, "repeated.json", REX_DATASET_ERROR_DUPLICATE_MEMBER,
                         expected->repeated_member);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("REX_LOCALEDIR");

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (argc > 1 && g_str_equal (argv[argc - 1], languages[i].language))
      expected = &languages[i];
  if (expected == NULL)
    g_error ("usage: test-messages kk|ru");
  if (localedir == NULL)
    g_error ("REX_LOCALEDIR must name the catalogues of the build tree");

  g_setenv ("LANGUAGE", expected->language, TRUE);
  if (setlocale (LC_ALL, expected->locale) == NULL)
    g_error ("The %s locale is not installed (tools/quickstart generates it)", expected->locale);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  argc--;
  g_test_init (&argc, &argv, NULL);
  /* In case g_test_init reset the locale from the environment. */
  setlocale (LC_ALL, expected->locale);

  g_test_add_func ("/messages/dangling-category", test_dangling_category);
  g_test_add_func ("/messages/wrong-type", test_wrong_type);
  g_test_add_func ("/messages/more-problems", test_more_problems);
  g_test_add_func ("/messages/repeated-member", test_repeated_member);

  return g_test_run ();
}
