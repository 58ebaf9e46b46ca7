/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The settings schema itself: every key that can hold a value the app
 * cannot use has a range or a list of choices, so that a corrupt stored
 * value reads as the default. Needs no display. */

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gio.h>
#include <gio/gsettingsbackend.h>
#include <glib/gstdio.h>
#include <string.h>

static GSettingsSchema *
lookup_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  GSettingsSchema *schema;

  g_assert_nonnull (source);
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, FALSE);
  g_assert_nonnull (schema);

  return schema;
}

/* Numbers and strings with a fixed set of values are bounded. The two
 * ids are free-form: the window looks them up in the dataset. */
static void
test_every_key_is_bounded (void)
{
  g_autoptr(GSettingsSchema) schema = lookup_schema ();
  g_auto(GStrv) keys = g_settings_schema_list_keys (schema);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GSettingsSchemaKey) key = g_settings_schema_get_key (schema, keys[i]);
      g_autoptr(GVariant) range = g_settings_schema_key_get_range (key);
      const char *kind = NULL;
      const GVariantType *type = g_settings_schema_key_get_value_type (key);

      g_variant_get (range, "(&sv)", &kind, NULL);
      g_test_message ("%s: %s", keys[i], kind);

      if (g_variant_type_equal (type, G_VARIANT_TYPE_BOOLEAN))
        continue;
      /* Ids of the dataset, which the window looks up and skips when
       * unknown (the map's colouring names a result and a choice); and a
       * point the map clamps to the country on reading. */
      if (g_str_equal (keys[i], "last-category") || g_str_equal (keys[i], "last-reform") ||
          g_str_equal (keys[i], "last-region") || g_str_equal (keys[i], "map-mode") ||
          g_str_equal (keys[i], "map-centre"))
        continue;
      if (g_strcmp0 (kind, "range") != 0 && g_strcmp0 (kind, "enum") != 0)
        g_error ("key %s has neither a range nor choices", keys[i]);
    }
}

static void
test_range_check (void)
{
  static const struct {
    const char *key;
    const char *value;
    gboolean    ok;
  } cases[] = {
    { "window-width", "-1", FALSE },
    { "window-width", "-2147483648", FALSE },
    { "window-width", "0", FALSE },
    { "window-width", "199", FALSE },
    { "window-width", "200", TRUE },
    { "window-width", "1100", TRUE },
    { "window-width", "16384", TRUE },
    { "window-width", "16385", FALSE },
    { "window-width", "2147483647", FALSE },
    { "window-height", "-720", FALSE },
    { "window-height", "0", FALSE },
    { "window-height", "720", TRUE },
    { "window-height", "100000", FALSE },
    { "sort-order", "'status'", TRUE },
    { "sort-order", "'bogus'", FALSE },
    { "sort-order", "''", FALSE },
  };
  g_autoptr(GSettingsSchema) schema = lookup_schema ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GSettingsSchemaKey) key = g_settings_schema_get_key (schema, cases[i].key);
      g_autoptr(GVariant) value = g_variant_parse (g_settings_schema_key_get_value_type (key),
                                                   cases[i].value, NULL, NULL, NULL);

      g_assert_nonnull (value);
      g_test_message ("%s = %s", cases[i].key, cases[i].value);
      g_assert_cmpint (g_settings_schema_key_range_check (key, value), ==, cases[i].ok);
    }
}

/* Values written by hand, or by an older version, into the settings
 * store are ignored in favour of the defaults. */
static void
test_corrupt_values_read_as_default (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rex-settings-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *group = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GSettingsBackend) backend = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GSettingsSchema) schema = lookup_schema ();
  g_autofree char *order = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "settings.ini", NULL);
  /* The keyfile backend keeps a schema's keys in a group named after its path. */
  group = g_strdup (g_settings_schema_get_path (schema) + 1);
  group[strlen (group) - 1] = '\0';
  contents = g_strdup_printf ("[%s]\n"
                              "window-width=-500\n"
                              "window-height=99999999\n"
                              "sort-order='bogus'\n"
                              "window-maximized=true\n",
                              group);
  g_assert_true (g_file_set_contents (path, contents, -1, &error));

  backend = g_keyfile_settings_backend_new (path, "/", NULL);
  settings = g_settings_new_full (schema, backend, NULL);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1100);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 720);
  order = g_settings_get_string (settings, "sort-order");
  g_assert_cmpstr (order, ==, "programme");
  /* A valid value beside them is read. */
  g_assert_true (g_settings_get_boolean (settings, "window-maximized"));

  g_clear_object (&settings);
  g_clear_object (&backend);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/settings/every-key-is-bounded", test_every_key_is_bounded);
  g_test_add_func ("/settings/range-check", test_range_check);
  g_test_add_func ("/settings/corrupt-values-read-as-default", test_corrupt_values_read_as_default);

  return g_test_run ();
}
