/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <rex-core.h>

/* The format is JSON as RFC 8259 defines it. json-glib reads more than
 * that (comments, single quotes, hexadecimal numbers), keeps the last of
 * two members of the same name, wraps integers beyond 64 bits, cuts
 * strings at \u0000 and decodes a lone surrogate into invalid UTF-8;
 * each of these must be an error that names the file, the line and
 * column and the JSON path, before json-glib sees the data. */

typedef struct {
  const char      *name;
  const char      *from;      /* replaced in tiny.json, once */
  const char      *to;
  RexDatasetError  code;
  const char      *expected;  /* the whole message */
} Case;

static const Case cases[] = {
  { "line-comment", "{\n \"format\"", "{\n // a comment\n \"format\"", REX_DATASET_ERROR_PARSE,
    "t.json: 2:2: comments are not allowed in JSON" },
  { "block-comment", "\"as_of\": \"2024-01\"", "\"as_of\": /* when */ \"2024-01\"", REX_DATASET_ERROR_PARSE,
    "t.json: 3:11: as_of: comments are not allowed in JSON" },
  { "single-quotes", "\"title\": \"Easier party registration\"", "\"title\": 'Easier party registration'",
    REX_DATASET_ERROR_PARSE, "t.json: 43:13: reforms[0].title: strings must be in double quotes, not single quotes" },
  { "single-quoted-name", "\"title\": \"Easier party registration\"", "'title': \"Easier party registration\"",
    REX_DATASET_ERROR_PARSE, "t.json: 43:4: reforms[0]: strings must be in double quotes, not single quotes" },
  { "hex", "\"before\": 20000", "\"before\": 0x4E20", REX_DATASET_ERROR_PARSE,
    "t.json: 77:16: reforms[0].figures[0].before: “0x4E20” is not a JSON number (write decimal numbers such as 12, -0.5 or 1e6)" },
  { "leading-zero", "\"before\": 20000", "\"before\": 020000", REX_DATASET_ERROR_PARSE,
    "t.json: 77:16: reforms[0].figures[0].before: “020000” is not a JSON number" },
  { "plus", "\"before\": 20000", "\"before\": +20000", REX_DATASET_ERROR_PARSE,
    "t.json: 77:16: reforms[0].figures[0].before: “+20000” is not a JSON number" },
  { "nan", "\"before\": 20000", "\"before\": NaN", REX_DATASET_ERROR_PARSE,
    "t.json: 77:16: reforms[0].figures[0].before: unexpected “NaN” (expected a JSON value)" },
  { "infinity", "\"before\": 20000", "\"before\": -Infinity", REX_DATASET_ERROR_PARSE,
    "t.json: 77:16: reforms[0].figures[0].before: “-Infinity” is not a JSON number" },
  { "bare-dot", "\"before\": 20000", "\"before\": 1.", REX_DATASET_ERROR_PARSE,
    "t.json: 77:16: reforms[0].figures[0].before: “1.” is not a JSON number" },
  { "integer-overflow", "\"format\": 1", "\"format\": 99999999999999999999999", REX_DATASET_ERROR_INVALID_VALUE,
    "t.json: 2:12: format: integer 99999999999999999999999 is out of range (−9223372036854775808 to 9223372036854775807)" },
  { "integer-just-over", "\"before\": 20000", "\"before\": 9223372036854775808", REX_DATASET_ERROR_INVALID_VALUE,
    "t.json: 77:16: reforms[0].figures[0].before: integer 9223372036854775808 is out of range" },
  { "negative-just-over", "\"before\": 20000", "\"before\": -9223372036854775809", REX_DATASET_ERROR_INVALID_VALUE,
    "t.json: 77:16: reforms[0].figures[0].before: integer -9223372036854775809 is out of range" },
  { "nul-escape", "\"title\": \"Signed.\"", "\"title\": \"Signed\\u0000 and hidden\"", REX_DATASET_ERROR_INVALID_VALUE,
    "t.json: 67:22: reforms[0].milestones[1].title: \\u0000 (the NUL character) is not allowed in a string" },
  { "lone-high-surrogate", "\"title\": \"Signed.\"", "\"title\": \"Signed \\ud800.\"", REX_DATASET_ERROR_INVALID_VALUE,
    "t.json: 67:23: reforms[0].milestones[1].title: unpaired surrogate “\\ud800” in a string" },
  { "lone-low-surrogate", "\"title\": \"Signed.\"", "\"title\": \"\\uDC00\"", REX_DATASET_ERROR_INVALID_VALUE,
    "t.json: 67:16: reforms[0].milestones[1].title: unpaired surrogate “\\uDC00” in a string" },
  { "reversed-surrogates", "\"title\": \"Signed.\"", "\"title\": \"\\ude00\\ud83d\"", REX_DATASET_ERROR_INVALID_VALUE,
    "t.json: 67:16: reforms[0].milestones[1].title: unpaired surrogate “\\ude00” in a string" },
  { "bad-escape", "\"title\": \"Signed.\"", "\"title\": \"Signed\\x41\"", REX_DATASET_ERROR_PARSE,
    "t.json: 67:22: reforms[0].milestones[1].title: invalid escape “\\x” in a string" },
  { "short-unicode-escape", "\"title\": \"Signed.\"", "\"title\": \"\\u12\"", REX_DATASET_ERROR_PARSE,
    "t.json: 67:16: reforms[0].milestones[1].title: invalid escape “\\u12” in a string" },
  { "raw-tab", "\"title\": \"Signed.\"", "\"title\": \"Signed\t.\"", REX_DATASET_ERROR_PARSE,
    "t.json: 67:22: reforms[0].milestones[1].title: control character \\x09 in a string (it must be written as an escape)" },
  { "raw-escape-character", "\"title\": \"Signed.\"", "\"title\": \"\x1b]0;owned\x07\"", REX_DATASET_ERROR_PARSE,
    "t.json: 67:16: reforms[0].milestones[1].title: control character \\x1b in a string" },
  { "duplicate-member", "\"title\": \"Signed.\"", "\"title\": \"Signed.\", \"title\": \"Vetoed.\"", REX_DATASET_ERROR_DUPLICATE_MEMBER,
    "t.json: 67:26: reforms[0].milestones[1].title: repeated member (the first is at 67:6)" },
  { "duplicate-member-escaped", "\"title\": \"Signed.\"", "\"title\": \"Signed.\", \"\\u0074itle\": \"Vetoed.\"", REX_DATASET_ERROR_DUPLICATE_MEMBER,
    "t.json: 67:26: reforms[0].milestones[1].title: repeated member (the first is at 67:6)" },
  { "trailing-comma-array", "\"s2\"\n     ]", "\"s2\",\n     ]", REX_DATASET_ERROR_PARSE,
    "t.json: 71:6: reforms[0].milestones[1].sources[1]: unexpected “]” (expected a JSON value)" },
  { "trailing-comma-object", "\"verified\",\n    \"sources\": [\n     \"s1\"\n    ]\n   }",
    "\"verified\",\n    \"sources\": [\n     \"s1\"\n    ],\n   }", REX_DATASET_ERROR_PARSE,
    "t.json: 53:4: reforms[0].status: unexpected “}” (expected a member name in double quotes)" },
  { "bare-name", "\"format\": 1", "format: 1", REX_DATASET_ERROR_PARSE,
    "t.json: 2:2: unexpected “format” (expected a member name in double quotes)" },
  { "missing-colon", "\"format\": 1", "\"format\" 1", REX_DATASET_ERROR_PARSE,
    "t.json: 2:11: format: unexpected “1” (expected “:”)" },
  { "missing-comma", "\"format\": 1,", "\"format\": 1", REX_DATASET_ERROR_PARSE,
    "t.json: 3:2: format: unexpected “\"” (expected “,” or “}”)" },
  { "capitalised-literal", "\"value\": \"in-force\"", "\"value\": True", REX_DATASET_ERROR_PARSE,
    "t.json: 47:14: reforms[0].status.value: unexpected “True” (expected a JSON value)" },
  { "no-break-space", "\"format\": 1", "\"format\":\xc2\xa0" "1", REX_DATASET_ERROR_PARSE,
    "t.json: 2:11: format: unexpected “\xc2\xa0” (expected a JSON value)" },
};

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
tiny_with (const char *from,
           const char *to)
{
  g_autoptr(GBytes) tiny = read_tiny ();
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (tiny, NULL), g_bytes_get_size (tiny));

  g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  return g_string_free_to_bytes (g_steal_pointer (&text));
}

/* One problem, the same from the constructor and from the check, and
 * starting with @expected. */
static void
assert_problem (GBytes          *bytes,
                RexDatasetError  code,
                const char      *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_null (rex_catalogue_new_from_bytes (bytes, "t.json", &error));
  g_assert_nonnull (error);
  if (!g_str_has_prefix (error->message, expected))
    g_error ("unexpected message “%s” (wanted “%s”)", error->message, expected);
  g_assert_error (error, REX_DATASET_ERROR, (int) code);

  g_assert_false (rex_catalogue_check (bytes, "t.json", &problems));
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((GError *) problems->pdata[0])->message, ==, error->message);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GBytes) bytes = tiny_with (c->from, c->to);

  assert_problem (bytes, c->code, c->expected);
}

static void
assert_valid (GBytes *bytes)
{
  g_autoptr(GPtrArray) problems = NULL;

  if (!rex_catalogue_check (bytes, "t.json", &problems))
    g_error ("unexpected problem: %s", ((GError *) problems->pdata[0])->message);
}

/* What JSON does allow must still load. */
static void
test_valid_edges (void)
{
  static const char * const replacements[][2] = {
    { "\"before\": 20000", "\"before\": 2e4" },
    { "\"before\": 20000", "\"before\": 2.0E+4" },
    { "\"before\": 20000", "\"before\": 200000e-1" },
    { "\"title\": \"Signed.\"", "\"title\": \"Signed \\ud83d\\ude00 \\/ \\\" \\\\ \\b\\f\\n\\r\\t \\u00e9 \\u2028\"" },
    { "\"title\": \"Signed.\"", "\"title\": \"Signed [{ /* not a comment */ ' }]\"" },
    { "{\n \"format\"", " \r\n\t{\"format\"" },
    { "\"title\": \"Signed.\"", "\"title\"\t:\r\n\"Signed.\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (replacements); i++)
    {
      g_autoptr(GBytes) bytes = tiny_with (replacements[i][0], replacements[i][1]);

      assert_valid (bytes);
    }
}

/* The largest and smallest 64-bit integers pass the syntax check (and
 * then fail the dataset's own range check for a figure). */
static void
test_int64_limits (void)
{
  g_autoptr(GBytes) largest = tiny_with ("\"before\": 20000", "\"before\": 9223372036854775807");
  g_autoptr(GBytes) smallest = tiny_with ("\"before\": 20000", "\"before\": -9223372036854775808");
  g_autoptr(GError) error = NULL;

  g_assert_null (rex_catalogue_new_from_bytes (largest, "t.json", &error));
  g_assert_error (error, REX_DATASET_ERROR, REX_DATASET_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "reforms[0].figures[0].before: 9.22337e+18 is out of range"));
  g_clear_error (&error);

  g_assert_null (rex_catalogue_new_from_bytes (smallest, "t.json", &error));
  g_assert_nonnull (strstr (error->message, "reforms[0].figures[0].before: -9.22337e+18 is out of range"));
}

/* Appending a second "reforms" used to empty the dataset silently. */
static void
test_duplicate_top_level (void)
{
  g_autoptr(GBytes) tiny = read_tiny ();
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (tiny, NULL), g_bytes_get_size (tiny));
  g_autoptr(GBytes) bytes = NULL;
  const char *last;

  last = strrchr (text->str, '}');
  g_string_insert (text, last - text->str, ", \"reforms\": []\n");
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));

  assert_problem (bytes, REX_DATASET_ERROR_DUPLICATE_MEMBER, "t.json: 214:3: reforms: repeated member (the first is at 39:2)");
}

/* An object with many members checks names with a hash table. */
static void
test_duplicate_in_large_object (void)
{
  g_autoptr(GString) text = g_string_new ("[{");
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (text, "\"m%u\": %u, ", i, i);
  g_string_append (text, "\"m500\": 0}]");
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));

  assert_problem (bytes, REX_DATASET_ERROR_DUPLICATE_MEMBER, "t.json: 1:");
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (rex_catalogue_new_from_bytes (bytes, "t.json", &error));
    g_assert_nonnull (strstr (error->message, ": [0].m500: repeated member (the first is at 1:"));
  }

  /* The same names at different depths or in sibling objects are fine. */
  {
    g_autoptr(GString) ok = g_string_new ("[");
    g_autoptr(GBytes) ok_bytes = NULL;
    g_autoptr(GPtrArray) problems = NULL;

    for (guint j = 0; j < 3; j++)
      {
        g_string_append (ok, j ? ", {" : "{");
        for (guint i = 0; i < 100; i++)
          g_string_append_printf (ok, "\"m%u\": {\"m%u\": 1}, ", i, i);
        g_string_append (ok, "\"end\": 0}");
      }
    g_string_append (ok, "]");
    ok_bytes = g_string_free_to_bytes (g_steal_pointer (&ok));
    g_assert_false (rex_catalogue_check (ok_bytes, "t.json", &problems));
    /* Syntax is fine: the only problem is the root, which is an array. */
    g_assert_cmpuint (problems->len, ==, 1);
    g_assert_error ((GError *) problems->pdata[0], REX_DATASET_ERROR, REX_DATASET_ERROR_WRONG_TYPE);
  }
}

/* The depth guard used to skip only "…" strings: a quote inside a
 * comment hid 100,000 levels of nesting from it, and json-glib's
 * recursion overflowed the stack. */
static void
test_depth_bomb_in_comments (void)
{
  g_autoptr(GString) text = g_string_new ("/* \" */ ");
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, ']');
  g_string_append (text, " /* \" */");
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));

  assert_problem (bytes, REX_DATASET_ERROR_PARSE, "t.json: 1:1: comments are not allowed in JSON");
}

/* The same without comments: stopped at the first level too many, with
 * its line, column and path. */
static void
test_depth_limit (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GBytes) ok = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  for (guint i = 0; i < REX_DATASET_MAX_DEPTH; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < REX_DATASET_MAX_DEPTH; i++)
    g_string_append_c (text, ']');
  ok = g_bytes_new (text->str, text->len);
  g_assert_false (rex_catalogue_check (ok, "t.json", &problems));
  g_assert_error ((GError *) problems->pdata[0], REX_DATASET_ERROR, REX_DATASET_ERROR_WRONG_TYPE);

  g_string_truncate (text, 0);
  g_string_append (text, "{\"a\":\n");
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));
  assert_problem (bytes, REX_DATASET_ERROR_TOO_DEEP, "t.json: 2:64: a[0][0]");
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (rex_catalogue_new_from_bytes (bytes, "t.json", &error));
    g_assert_true (g_str_has_suffix (error->message, "[0]: nested more than 64 levels deep"));
  }
}

static void
test_trailing_garbage (void)
{
  g_autoptr(GBytes) tiny = read_tiny ();
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (tiny, NULL), g_bytes_get_size (tiny));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) comment = NULL;

  g_string_append (text, "{}");
  bytes = g_bytes_new (text->str, text->len);
  assert_problem (bytes, REX_DATASET_ERROR_PARSE, "t.json: 214:2: unexpected “{” after the end of the JSON data");

  g_string_truncate (text, text->len - 2);
  g_string_append (text, "// end\n");
  comment = g_bytes_new (text->str, text->len);
  assert_problem (comment, REX_DATASET_ERROR_PARSE, "t.json: 214:2: comments are not allowed in JSON");
}

static void
test_truncated (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"format\": 1, \"as_of\": \"2024", 28);
  g_autoptr(GBytes) open = g_bytes_new_static ("{\"format\": 1,  ", 15);
  g_autoptr(GBytes) space = g_bytes_new_static (" \n ", 3);

  assert_problem (bytes, REX_DATASET_ERROR_PARSE, "t.json: 1:24: as_of: string not closed before the end of the file");
  assert_problem (open, REX_DATASET_ERROR_PARSE, "t.json: 1:16: unexpected end of the file");
  assert_problem (space, REX_DATASET_ERROR_PARSE, "t.json: 2:2: unexpected end of the file");
}

/* Columns count characters, not bytes, so that an editor finds them. */
static void
test_column_counts_characters (void)
{
  g_autoptr(GBytes) bytes = tiny_with ("\"title\": \"Signed.\"", "\"title\": \"Қол қойылды\x01\"");

  assert_problem (bytes, REX_DATASET_ERROR_PARSE, "t.json: 67:27: reforms[0].milestones[1].title: control character \\x01");
}

/* A path made of names from the file is escaped like the rest. */
static void
test_path_is_escaped (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"a\\u001b[2J\": 'x'}", 19);

  assert_problem (bytes, REX_DATASET_ERROR_PARSE, "t.json: 1:16: a\\x1b[2J: strings must be in double quotes");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/json-check/case/%s", cases[i].name);

      g_test_add_data_func (name, &cases[i], test_case);
    }
  g_test_add_func ("/json-check/valid-edges", test_valid_edges);
  g_test_add_func ("/json-check/int64-limits", test_int64_limits);
  g_test_add_func ("/json-check/duplicate-top-level", test_duplicate_top_level);
  g_test_add_func ("/json-check/duplicate-in-large-object", test_duplicate_in_large_object);
  g_test_add_func ("/json-check/depth-bomb-in-comments", test_depth_bomb_in_comments);
  g_test_add_func ("/json-check/depth-limit", test_depth_limit);
  g_test_add_func ("/json-check/trailing-garbage", test_trailing_garbage);
  g_test_add_func ("/json-check/truncated", test_truncated);
  g_test_add_func ("/json-check/column-counts-characters", test_column_counts_characters);
  g_test_add_func ("/json-check/path-is-escaped", test_path_is_escaped);

  return g_test_run ();
}
