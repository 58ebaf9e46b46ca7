/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include <rex-core.h>

/* Each malformed dataset must fail with the right code and a message
 * that names the file and the JSON path, so that whoever edits the data
 * can find the mistake. */
typedef struct {
  const char      *file;
  RexDatasetError  code;
  const char      *expected;   /* a substring of the message after the file name */
} Case;

static const Case cases[] = {
  { "wrong-type.json", REX_DATASET_ERROR_WRONG_TYPE, "reforms[0].title: expected a string, found a number" },
  { "missing-member.json", REX_DATASET_ERROR_MISSING_MEMBER, "reforms[0].summary: missing member" },
  { "unknown-member.json", REX_DATASET_ERROR_UNKNOWN_MEMBER, "reforms[0].status.evidense: unknown member" },
  { "duplicate-id.json", REX_DATASET_ERROR_DUPLICATE_ID, "regions[2].id: duplicate id “KZ-63” (first used at regions[0])" },
  { "duplicate-alias.json", REX_DATASET_ERROR_DUPLICATE_ID, "regions[1].aliases[0]: duplicate id “KZ-VOS” (first used at regions[0].aliases[0])" },
  { "dangling-category.json", REX_DATASET_ERROR_DANGLING_REFERENCE, "reforms[0].category: unknown category “judicial”" },
  { "dangling-source.json", REX_DATASET_ERROR_DANGLING_REFERENCE, "reforms[0].milestones[1].sources[1]: unknown source “nowhere”" },
  { "dangling-region.json", REX_DATASET_ERROR_DANGLING_REFERENCE, "reforms[0].regions[0]: unknown region “KZ-99”" },
  { "dangling-formed-from.json", REX_DATASET_ERROR_DANGLING_REFERENCE, "regions[1].formed.from[0]: unknown region “KZ-98”" },
  { "bad-date.json", REX_DATASET_ERROR_INVALID_VALUE, "reforms[0].milestones[0].date: “2022-13-01” is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)" },
  { "bad-date-feb30.json", REX_DATASET_ERROR_INVALID_VALUE, "sources[1].date: “2022-02-30” is not a date" },
  { "unknown-status.json", REX_DATASET_ERROR_INVALID_VALUE, "reforms[0].status.value: unknown status “done”" },
  { "unknown-evidence.json", REX_DATASET_ERROR_INVALID_VALUE, "reforms[0].figures[0].evidence: unknown evidence “sure”" },
  { "bad-url.json", REX_DATASET_ERROR_INVALID_VALUE, "sources[0].url: “javascript:alert(1)” is not an http:// or https:// address" },
  { "bad-language.json", REX_DATASET_ERROR_INVALID_VALUE, "sources[0].language: “Kazakh” is not a two-letter language code" },
  { "title-and-description.json", REX_DATASET_ERROR_INVALID_VALUE, "sources[0].description: a source has either a “title” or a “description”, not both" },
  { "bad-id.json", REX_DATASET_ERROR_INVALID_VALUE, "reforms[0].id: “Party Registration” is not an id" },
  { "bad-number.json", REX_DATASET_ERROR_INVALID_VALUE, "regions[0].centre.lat: 123 is out of range" },
  { "unsupported-format.json", REX_DATASET_ERROR_UNSUPPORTED_FORMAT, "format: format 3 is not supported" },
  { "results-division.json", REX_DATASET_ERROR_INVALID_VALUE, "results[0].by_region.regions[0].region: region “KZ-10” is not in the 2018 division" },
  { "milestone-order.json", REX_DATASET_ERROR_INVALID_VALUE, "reforms[0].milestones[1].date: “2022-03-16” comes before" },
  { "root-array.json", REX_DATASET_ERROR_WRONG_TYPE, "expected an object, found an array" },
  { "truncated.json", REX_DATASET_ERROR_PARSE, ":" },
  { "syntax.json", REX_DATASET_ERROR_PARSE, "2:" },
  { "invalid-utf8.json", REX_DATASET_ERROR_INVALID_UTF8, "invalid UTF-8 at byte offset" },
};

static void
assert_fails (GBytes          *bytes,
              const char      *display_name,
              RexDatasetError  code,
              const char      *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *prefix = g_strconcat (display_name, ": ", NULL);
  RexCatalogue *catalogue;

  catalogue = rex_catalogue_new_from_bytes (bytes, display_name, &error);
  g_assert_null (catalogue);
  g_assert_error (error, REX_DATASET_ERROR, (int) code);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, expected) == NULL)
    g_error ("%s: unexpected message “%s” (wanted “%s”)", display_name, error->message, expected);

  g_assert_false (rex_catalogue_check (bytes, display_name, &problems));
  g_assert_cmpuint (problems->len, >=, 1);
  g_assert_cmpstr (((GError *) problems->pdata[0])->message, ==, strstr (error->message, " (and ")
                   ? (g_strrstr (error->message, " (and ")[0] = '\0', error->message)
                   : error->message);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "malformed", c->file, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  g_autofree char *contents = NULL;
  gsize len;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  bytes = g_bytes_new (contents, len);
  assert_fails (bytes, c->file, c->code, c->expected);

  g_assert_null (rex_catalogue_new_from_file (file, NULL, &error));
  g_assert_error (error, REX_DATASET_ERROR, (int) c->code);

  g_assert_false (rex_catalogue_check_file (file, report));
  g_assert_true (g_str_has_prefix (report->str, c->file));
}

static GBytes *
read_tiny (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "data", "tiny.json", NULL);
  char *contents;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_bytes_new_take (contents, len);
}

static GBytes *
replace_in_tiny (const char *from,
                 const char *to)
{
  g_autoptr(GBytes) tiny = read_tiny ();
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (tiny, NULL), g_bytes_get_size (tiny));

  g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  return g_string_free_to_bytes (g_steal_pointer (&text));
}

static void
test_tiny_is_valid (void)
{
  g_autoptr(GBytes) bytes = read_tiny ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  RexCatalogue *catalogue;

  g_assert_true (rex_catalogue_check (bytes, "tiny.json", &problems));
  g_assert_cmpuint (problems->len, ==, 0);
  catalogue = rex_catalogue_new_from_bytes (bytes, "tiny.json", &error);
  g_assert_no_error (error);
  g_assert_finalize_object (catalogue);
}

static void
test_empty (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("", 0);

  assert_fails (bytes, "empty.json", REX_DATASET_ERROR_EMPTY, "empty");
}

static void
test_huge_string (void)
{
  g_autofree char *huge = g_strnfill (70 * 1024, 'x');
  g_autofree char *to = g_strdup_printf ("\"explanation\": \"%s\"", huge);
  g_autoptr(GBytes) bytes = replace_in_tiny ("\"explanation\": \"A paragraph.\"", to);

  assert_fails (bytes, "huge.json", REX_DATASET_ERROR_INVALID_VALUE,
                "reforms[0].explanation: string too long");
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) deep = g_string_new ("\"title\": ");
  g_autoptr(GBytes) bytes = NULL;

  /* Deep enough to overflow json-glib's recursion if it ever saw it. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, ']');
  bytes = replace_in_tiny ("\"title\": \"Easier party registration\"", deep->str);
  assert_fails (bytes, "deep.json", REX_DATASET_ERROR_TOO_DEEP, "nested more than 64 levels");
}

static void
test_brackets_in_strings (void)
{
  g_autofree char *brackets = g_strnfill (1000, '[');
  g_autofree char *to = g_strdup_printf ("\"explanation\": \"%s \\\" {{{\"", brackets);
  g_autoptr(GBytes) bytes = replace_in_tiny ("\"explanation\": \"A paragraph.\"", to);

  /* Brackets inside strings do not count towards the depth. */
  g_assert_true (rex_catalogue_check (bytes, "brackets.json", NULL));
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rex-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize size = 50 * 1024 * 1024;

  g_assert_no_error (error);
  path = g_build_filename (dir, "large.json", NULL);
  data = g_malloc (size);
  memset (data, ' ', size);
  data[0] = '{';
  data[size - 1] = '}';
  g_assert_true (g_file_set_contents (path, data, size, &error));
  file = g_file_new_for_path (path);

  g_assert_null (rex_catalogue_new_from_file (file, NULL, &error));
  g_assert_error (error, REX_DATASET_ERROR, REX_DATASET_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "large.json: the file is too large (52.4"));
  g_clear_error (&error);

  g_assert_false (rex_catalogue_check_file (file, report));
  g_assert_nonnull (strstr (report->str, "too large"));

  bytes = g_bytes_new_take (g_steal_pointer (&data), size);
  assert_fails (bytes, "large.json", REX_DATASET_ERROR_TOO_LARGE, "the file is too large");

  g_unlink (path);
  g_rmdir (dir);
}

/* Addresses whose text lies about where they lead are refused at
 * their JSON path; the address is quoted with its hidden characters
 * made visible. */
static void
test_spoofed_urls (void)
{
  static const char * const url_cases[][2] = {
    { "https://gov.kz@evil.example/", "“https://gov.kz@evil.example/” has a user name before its host" },
    { "https://user:pass@www.akorda.kz/", "has a user name before its host" },
    { "https://www.akorda.kz\u202e/gro.live", "“https://www.akorda.kz\\u202e/gro.live” contains an invisible formatting character (U+202E)" },
    { "https://www.akorda.kz/\u2066x\u2069", "contains an invisible formatting character (U+2066)" },
    { "https://www.akorda\u200b.kz/", "contains an invisible formatting character (U+200B)" },
    { "https://www.akorda.kz/\u200f", "contains an invisible formatting character (U+200F)" },
    { "https://www.akorda.kz/\ufeff", "contains an invisible formatting character (U+FEFF)" },
    { "https://evil.example\\\\@www.akorda.kz/", "“https://evil.example\\@www.akorda.kz/” contains a backslash" },
    { "https:///www.akorda.kz", "has no valid host" },
    { "https://:443/", "has no valid host" },
    { "https://www.akorda.kz:44x3/", "has no valid host" },
    { "https://www%2eakorda.kz/", "has no valid host" },
    { "ftp://www.akorda.kz/", "is not an http:// or https:// address" },
    { "file:///etc/passwd", "is not an http:// or https:// address" },
    { "HTTPS://www.akorda.kz/", "is not an http:// or https:// address" },
    { "https://www.akorda.kz/a b", "is not an http:// or https:// address" },
    { "https://www.akorda.kz/\\u001b]8;;", "is not an http:// or https:// address" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (url_cases); i++)
    {
      g_autofree char *to = g_strdup_printf ("\"url\": \"%s\"", url_cases[i][0]);
      g_autoptr(GBytes) bytes = replace_in_tiny ("\"url\": \"https://www.akorda.kz/s2\"", to);

      assert_fails (bytes, "url.json", REX_DATASET_ERROR_INVALID_VALUE, "url.json: sources[1].url: “");
      assert_fails (bytes, "url.json", REX_DATASET_ERROR_INVALID_VALUE, url_cases[i][1]);
    }
}

/* What a link may show as its real destination. */
static void
test_display_host (void)
{
  static const char * const host_cases[][2] = {
    { "https://www.akorda.kz/s2", "www.akorda.kz" },
    { "http://WWW.Akorda.KZ:8080/x?y#z", "www.akorda.kz" },
    { "https://evil.example?@www.akorda.kz", "evil.example" },
    { "https://evil.example#@www.akorda.kz", "evil.example" },
    { "https://медиа.kz/новости", "xn--80ahcnr.kz" },
    { "https://[2001:db8::1]:443/", "[2001:db8::1]" },
    { "https://medium.com/@author/post", "medium.com" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (host_cases); i++)
    {
      g_autofree char *to = g_strdup_printf ("\"url\": \"%s\"", host_cases[i][0]);
      g_autoptr(GBytes) bytes = replace_in_tiny ("\"url\": \"https://www.akorda.kz/s2\"", to);
      g_autoptr(GError) error = NULL;
      g_autoptr(RexCatalogue) catalogue = rex_catalogue_new_from_bytes (bytes, "host.json", &error);
      g_autofree char *host = NULL;

      g_assert_no_error (error);
      host = rex_source_dup_display_host (rex_catalogue_lookup_source (catalogue, "s2"));
      g_assert_cmpstr (host, ==, host_cases[i][1]);
    }
}

static void
test_collects_all_problems (void)
{
  g_autoptr(GBytes) tiny = read_tiny ();
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (tiny, NULL), g_bytes_get_size (tiny));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_string_replace (text, "\"value\": \"in-force\"", "\"value\": \"done\"", 1);
  g_string_replace (text, "\"date\": \"2022-11\"", "\"date\": \"November\"", 1);
  g_string_replace (text, "\"category\": \"political-system\"", "\"category\": \"judicial\"", 1);
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));

  g_assert_false (rex_catalogue_check (bytes, "many.json", &problems));
  g_assert_cmpuint (problems->len, ==, 3);

  g_assert_null (rex_catalogue_new_from_bytes (bytes, "many.json", &error));
  g_assert_true (g_str_has_suffix (error->message, " (and 2 more problems)"));
}

/* A failed load keeps every problem behind its one GError, each with
 * its JSON path, and says in one word what kind of failure it was. */
static void
test_every_problem_of_a_load (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "data", "five-problems.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) copy = NULL;
  static const char * const paths[] = {
    "sources[1].url", "reforms[0].colour", "reforms[0].category",
    "reforms[0].status.value", "reforms[0].milestones[1].date",
  };

  g_assert_null (rex_catalogue_new_from_file (file, NULL, &error));
  g_assert_error (error, REX_DATASET_ERROR, REX_DATASET_ERROR_INVALID_VALUE);
  g_assert_true (g_str_has_suffix (error->message, " (and 4 more problems)"));
  g_assert_cmpint (rex_dataset_error_get_fault (error), ==, REX_DATASET_FAULT_INVALID);

  /* Copies (a GTask hands them on) keep the list. */
  copy = g_error_copy (error);
  g_assert_cmpuint (rex_dataset_error_get_n_problems (copy), ==, G_N_ELEMENTS (paths));
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      const GError *problem = rex_dataset_error_get_problem (copy, i);

      g_assert_cmpstr (rex_dataset_error_get_path (problem), ==, paths[i]);
      g_assert_true (g_str_has_prefix (problem->message, "five-problems.json: "));
    }
}

static void
test_faults (void)
{
  static const struct { const char *file; RexDatasetFault fault; } faults[] = {
    { "syntax.json", REX_DATASET_FAULT_DAMAGED },
    { "truncated.json", REX_DATASET_FAULT_DAMAGED },
    { "invalid-utf8.json", REX_DATASET_FAULT_DAMAGED },
    { "root-array.json", REX_DATASET_FAULT_NOT_DATASET },
    { "unsupported-format.json", REX_DATASET_FAULT_NOT_DATASET },
    { "unknown-member.json", REX_DATASET_FAULT_INVALID },
    { "dangling-region.json", REX_DATASET_FAULT_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "malformed", faults[i].file, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      g_assert_null (rex_catalogue_new_from_file (file, NULL, &error));
      g_test_message ("%s: %s", faults[i].file, error->message);
      g_assert_cmpint (rex_dataset_error_get_fault (error), ==, faults[i].fault);
      g_assert_cmpuint (rex_dataset_error_get_n_problems (error), >=, 1);
      g_assert_true (rex_dataset_error_get_problem (error, 0) == error ||
                     rex_dataset_error_get_n_problems (error) > 1);
    }

  {
    g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
    g_autoptr(GError) error = NULL;

    g_assert_null (rex_catalogue_new_from_bytes (empty, "empty.json", &error));
    g_assert_cmpint (rex_dataset_error_get_fault (error), ==, REX_DATASET_FAULT_DAMAGED);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/malformed/tiny-is-valid", test_tiny_is_valid);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/malformed/file/%s", cases[i].file);

      g_test_add_data_func (name, &cases[i], test_case);
    }
  g_test_add_func ("/malformed/empty", test_empty);
  g_test_add_func ("/malformed/huge-string", test_huge_string);
  g_test_add_func ("/malformed/deep-nesting", test_deep_nesting);
  g_test_add_func ("/malformed/brackets-in-strings", test_brackets_in_strings);
  g_test_add_func ("/malformed/too-large", test_too_large);
  g_test_add_func ("/malformed/collects-all-problems", test_collects_all_problems);
  g_test_add_func ("/malformed/every-problem-of-a-load", test_every_problem_of_a_load);
  g_test_add_func ("/malformed/faults", test_faults);
  g_test_add_func ("/malformed/spoofed-urls", test_spoofed_urls);
  g_test_add_func ("/malformed/display-host", test_display_host);

  return g_test_run ();
}
