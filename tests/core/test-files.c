/* SPDX-License-Identifier: GPL-3.0-or-later */
/* mkfifo() and symlink() are POSIX, not C11. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <rex-core.h>

/* Loading a file never reads more than the size cap allows, whatever
 * stat says, and never waits: devices, directories and named pipes are
 * refused with an error that names the file. Every test here would hang
 * or exhaust memory without that, so each runs against a deadline. */

static char *tmp_dir;

static void
assert_refused (const char      *path,
                RexDatasetError  code,
                const char      *expected)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  gint64 start = g_get_monotonic_time ();

  g_assert_null (rex_catalogue_new_from_file (file, NULL, &error));
  g_assert_error (error, REX_DATASET_ERROR, (int) code);
  if (!g_str_has_prefix (error->message, expected))
    g_error ("unexpected message “%s” (wanted “%s…”)", error->message, expected);

  g_assert_false (rex_catalogue_check_file (file, report));
  g_assert_true (g_str_has_prefix (report->str, expected));

  /* Promptly: no reading of a device, no waiting for a writer. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
}

static void
test_dev_zero (void)
{
  /* stat says 0 bytes; reading it never ends. */
  assert_refused ("/dev/zero", REX_DATASET_ERROR_NOT_REGULAR_FILE,
                  "zero: not a regular file (a directory, device or pipe cannot be opened as a dataset)");
}

static void
test_directory (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "data.json", NULL);

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  assert_refused (path, REX_DATASET_ERROR_NOT_REGULAR_FILE,
                  "data.json: not a regular file (a directory, device or pipe cannot be opened as a dataset)");
  g_rmdir (path);
}

static char *
make_fifo (const char *name)
{
  char *path = g_build_filename (tmp_dir, name, NULL);

  if (mkfifo (path, 0600) != 0)
    g_error ("mkfifo: %s", g_strerror (errno));

  return path;
}

static gboolean
deadline_cb (gpointer data)
{
  g_error ("%s: still waiting after 10 s", (const char *) data);
  return G_SOURCE_REMOVE;
}

/* Opening a pipe nobody writes to blocks until someone does. The test
 * fails on a deadline instead of hanging. */
static void
test_fifo_without_writer (void)
{
  g_autofree char *path = make_fifo ("pipe.json");
  guint deadline = g_timeout_add_seconds (10, deadline_cb, (gpointer) "fifo-without-writer");

  assert_refused (path, REX_DATASET_ERROR_NOT_REGULAR_FILE,
                  "pipe.json: not a regular file (a directory, device or pipe cannot be opened as a dataset)");
  g_source_remove (deadline);
  g_unlink (path);
}

/* A pipe with a writer would be read whole, however much it carried. */
static void
test_fifo_with_writer (void)
{
  g_autofree char *path = make_fifo ("fed.json");
  /* O_RDWR opens without waiting for a reader, on Linux. */
  int fd = g_open (path, O_RDWR | O_NONBLOCK, 0);
  char block[4096];

  g_assert_cmpint (fd, >=, 0);
  memset (block, '[', sizeof block);
  g_assert_cmpint (write (fd, block, sizeof block), ==, sizeof block);
  assert_refused (path, REX_DATASET_ERROR_NOT_REGULAR_FILE,
                  "fed.json: not a regular file (a directory, device or pipe cannot be opened as a dataset)");
  g_close (fd, NULL);
  g_unlink (path);
}

static void
test_symlink_to_fifo (void)
{
  g_autofree char *target = make_fifo ("target");
  g_autofree char *path = g_build_filename (tmp_dir, "link.json", NULL);

  g_assert_cmpint (symlink (target, path), ==, 0);
  assert_refused (path, REX_DATASET_ERROR_NOT_REGULAR_FILE,
                  "link.json: not a regular file (a directory, device or pipe cannot be opened as a dataset)");
  g_unlink (path);
  g_unlink (target);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GError **error = user_data;
  RexCatalogue *catalogue = rex_catalogue_new_from_file_finish (result, error);

  g_assert_null (catalogue);
  g_assert_nonnull (*error);
}

static void
test_fifo_async (void)
{
  g_autofree char *path = make_fifo ("async.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  guint deadline = g_timeout_add_seconds (10, deadline_cb, (gpointer) "fifo-async");

  rex_catalogue_new_from_file_async (file, NULL, loaded_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (deadline);

  g_assert_error (error, REX_DATASET_ERROR, REX_DATASET_ERROR_NOT_REGULAR_FILE);
  g_assert_true (g_str_has_prefix (error->message, "async.json: not a regular file"));
  g_unlink (path);
}

/* A sparse file: refused from its size, before anything is read. */
static void
test_over_cap (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "big.json", NULL);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, REX_DATASET_MAX_SIZE + 1), ==, 0);
  g_close (fd, NULL);

  assert_refused (path, REX_DATASET_ERROR_TOO_LARGE,
                  "big.json: the file is too large (33.6");
  g_unlink (path);
}

/* Exactly at the cap is allowed through to the JSON check. */
static void
test_at_cap (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "full.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = g_malloc (REX_DATASET_MAX_SIZE);

  memset (data, ' ', REX_DATASET_MAX_SIZE);
  data[0] = '[';
  data[REX_DATASET_MAX_SIZE - 1] = ']';
  g_assert_true (g_file_set_contents (path, data, REX_DATASET_MAX_SIZE, NULL));

  g_assert_null (rex_catalogue_new_from_file (file, NULL, &error));
  g_assert_error (error, REX_DATASET_ERROR, REX_DATASET_ERROR_WRONG_TYPE);
  g_unlink (path);
}

static void
test_missing (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "nowhere.json", NULL);

  assert_refused (path, REX_DATASET_ERROR_IO, "nowhere.json: No such file or directory");
}

static void
test_regular (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "data", "tiny.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  RexCatalogue *catalogue;

  catalogue = rex_catalogue_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (catalogue);

  g_assert_true (rex_catalogue_check_file (file, report));
  g_assert_true (g_str_has_prefix (report->str, "OK: 1 reforms"));
}

/* What --check prints comes from the file: its name and what it holds
 * must not reach the terminal as control sequences. */
static void
test_report_is_escaped (void)
{
  g_autofree char *tiny_path = g_test_build_filename (G_TEST_DIST, "core", "data", "tiny.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "evil\x1b]0;title\x07\r.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) report = g_string_new (NULL);
  gsize len;

  g_assert_true (g_file_get_contents (tiny_path, &contents, &len, NULL));
  text = g_string_new_len (contents, (gssize) len);
  g_assert_cmpuint (g_string_replace (text, "\"id\": \"s2\"",
                                      "\"id\": \"\\u001b[2J\\r\\nOK: all fine\\u202e\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));

  g_assert_false (rex_catalogue_check_file (file, report));
  g_assert_true (g_str_has_prefix (report->str,
                                   "evil\\x1b]0;title\\x07\\x0d.json: sources[1].id: “\\x1b[2J\\x0d\\x0aOK: all fine\\u202e” "
                                   "is not an id (expected lower-case letters, digits and -)\n"));
  /* The id is refused, so s2 is unknown where it is cited: three
   * problems, three lines, nothing else that a terminal acts on. */
  for (const char *p = report->str; *p != '\0'; p++)
    g_assert_true ((guchar) *p >= 0x20 || *p == '\n');
  g_assert_cmpuint (g_string_replace (report, "\n", "\n", 0), ==, 3);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("rex-files-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/files/dev-zero", test_dev_zero);
  g_test_add_func ("/files/directory", test_directory);
  g_test_add_func ("/files/fifo-without-writer", test_fifo_without_writer);
  g_test_add_func ("/files/fifo-with-writer", test_fifo_with_writer);
  g_test_add_func ("/files/symlink-to-fifo", test_symlink_to_fifo);
  g_test_add_func ("/files/fifo-async", test_fifo_async);
  g_test_add_func ("/files/over-cap", test_over_cap);
  g_test_add_func ("/files/at-cap", test_at_cap);
  g_test_add_func ("/files/missing", test_missing);
  g_test_add_func ("/files/regular", test_regular);
  g_test_add_func ("/files/report-is-escaped", test_report_is_escaped);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);

  return status;
}
