/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The language switch, as a user works it: the app runs, the language
 * changes through the setting the Preferences row writes, and the window
 * comes back in the new language, every label of it, showing what it
 * showed. The dataset error dialog speaks plainly first and lists every
 * problem under its details.
 *
 * Runs in whatever locale the test environment has: the switch must
 * reach Kazakh and Russian from there. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "rex-application.h"
#include "rex-language.h"
#include "rex-preferences-window.h"
#include "rex-window.h"
#include "window-test-util.h"

typedef struct {
  const char *language;
  /* What must be on screen: the translators' words. */
  const char *all_reforms;
  const char *reform_title;
  const char *status_in_force;
  const char *as_of_date;
  const char *view_regions;
  const char *error_heading;
} Expected;

static const Expected expectations[] = {
  { "en", "All reforms", "Easier registration of political parties", "In force",
    "December 2026", "Regions", "The file has 5 problems" },
  { "kk", "Барлық реформалар", "Саяси партияларды тіркеуді жеңілдету", "Күшінде",
    "2026 жылғы желтоқсан", "Аймақтар", "Файлда 5 мәселе бар" },
  { "ru", "Все реформы", "Упрощение регистрации политических партий", "Действует",
    "декабрь 2026 г.", "Регионы", "В файле 5 проблем" },
};

/* English that must be gone once the window speaks Kazakh or Russian. */
static const char * const english_words[] = {
  "All reforms", "Easier registration of political parties", "In force", "December 2026",
  "Regions", "Reforms", "Overview",
};

static RexApplication *app;
static GSettings *settings;

static const Expected *
get_expected (const char *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (expectations); i++)
    if (g_str_equal (expectations[i].language, language))
      return &expectations[i];

  g_assert_not_reached ();
}

static RexWindow *
get_window (void)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (REX_IS_WINDOW (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

/* Changes the setting, as the Preferences row does, and waits for the
 * window that replaces @before. */
static RexWindow *
switch_language (RexWindow  *before,
                 const char *language)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  RexWindow *after;

  g_settings_set_string (settings, "language", language);
  while (((after = get_window ()) == NULL || after == before ||
          !gtk_widget_get_mapped (GTK_WIDGET (after))) &&
         g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  g_assert_nonnull (after);
  g_assert_true (after != before);
  g_assert_cmpstr (rex_language_get_current (), ==, language);
  window_test_wait_for_frame (GTK_WIDGET (after));
  /* The old window is gone, not hidden. */
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  return after;
}

static void
assert_shows (RexWindow  *window,
              const char *text)
{
  if (!window_test_shows_text (GTK_WIDGET (window), text))
    {
      g_autoptr(GPtrArray) texts = window_test_visible_texts (GTK_WIDGET (window));

      for (guint i = 0; i < texts->len; i++)
        g_test_message ("on screen: %s", (char *) g_ptr_array_index (texts, i));
      g_error ("“%s” is not on screen", text);
    }
}

static void
assert_no_english (RexWindow *window)
{
  g_autoptr(GPtrArray) texts = window_test_visible_texts (GTK_WIDGET (window));

  for (guint i = 0; i < texts->len; i++)
    for (guint j = 0; j < G_N_ELEMENTS (english_words); j++)
      if (g_str_equal (g_ptr_array_index (texts, i), english_words[j]))
        g_error ("“%s” is still in English", english_words[j]);
}

static void
check_window (RexWindow      *window,
              const Expected *expected)
{
  RexRegion *abai = rex_catalogue_lookup_region (rex_window_get_catalogue (window), "KZ-10");
  const char *abai_name;

  if (g_str_equal (expected->language, "kk"))
    abai_name = rex_region_get_official_name_kk (abai);
  else if (g_str_equal (expected->language, "ru"))
    abai_name = rex_region_get_official_name_ru (abai);
  else
    abai_name = rex_region_get_name_en (abai);

  /* Still where the user was. */
  g_assert_cmpstr (rex_window_get_view (window), ==, "reforms");
  g_assert_cmpstr (rex_reform_get_id (rex_window_get_reform (window)), ==,
                   "party-registration-threshold");
  g_assert_cmpstr (rex_region_get_id (rex_regions_view_get_region (rex_window_get_regions_view (window))),
                   ==, "KZ-10");

  /* The reform page, its dates and the view switcher. */
  assert_shows (window, expected->reform_title);
  assert_shows (window, expected->status_in_force);
  assert_shows (window, expected->as_of_date);
  assert_shows (window, expected->view_regions);
  if (!g_str_equal (expected->language, "en"))
    assert_no_english (window);

  /* The list and its sidebar. */
  window_test_action (window, "win.show-category", "");
  assert_shows (window, expected->all_reforms);
  assert_shows (window, expected->reform_title);
  if (!g_str_equal (expected->language, "en"))
    assert_no_english (window);

  /* The region page. */
  window_test_action (window, "win.show-view", "regions");
  g_assert_cmpstr (rex_region_get_id (rex_regions_view_get_region (rex_window_get_regions_view (window))),
                   ==, "KZ-10");
  assert_shows (window, abai_name);
  if (!g_str_equal (expected->language, "en"))
    assert_no_english (window);

  /* Back where the next switch expects the user. */
  window_test_action (window, "win.show-reform", "party-registration-threshold");
}

static void
test_switch (void)
{
  static const char * const order[] = { "kk", "ru", "en", "kk", "" };
  RexWindow *window = get_window ();

  window_test_action (window, "win.show-region", "KZ-10");
  window_test_action (window, "win.show-reform", "party-registration-threshold");
  check_window (window, get_expected ("en"));

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_test_message ("switching to “%s”", order[i]);
      window = switch_language (window, order[i]);
      /* The test runs in an English-speaking (or C) locale: the system's
       * language is English here. */
      check_window (window, get_expected (*order[i] != '\0' ? order[i] : "en"));
    }
}

/* The same view and sidebar choice come back in the other view too. */
static void
test_keeps_place (void)
{
  RexWindow *window = get_window ();

  window_test_action (window, "win.show-category", "judiciary");
  window_test_action (window, "win.show-status", "in-force");
  window_test_action (window, "win.show-region", "KZ-10");

  window = switch_language (window, "ru");
  g_assert_cmpstr (rex_window_get_view (window), ==, "regions");
  g_assert_cmpstr (rex_region_get_id (rex_regions_view_get_region (rex_window_get_regions_view (window))),
                   ==, "KZ-10");
  g_assert_cmpstr (rex_reforms_view_get_scope (rex_window_get_reforms_view (window)), ==, "judiciary");
  g_assert_cmpstr (rex_reforms_view_get_status (rex_window_get_reforms_view (window)), ==, "in-force");

  window = switch_language (window, "en");
  window_test_action (window, "win.show-status", "");
  window_test_action (window, "win.show-reform", "party-registration-threshold");
}

static GtkWindow *
find_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (REX_IS_PREFERENCES_WINDOW (toplevel) && gtk_widget_get_mapped (GTK_WIDGET (toplevel)))
        return toplevel;
    }

  return NULL;
}

/* The row itself: choosing Қазақша switches, and the Preferences come
 * back in Kazakh over the new window. */
/* g_settings_get_string() returns a copy, which an assertion on it
 * would leak. */
static void
assert_setting (GSettings  *store,
                const char *key,
                const char *expected)
{
  g_autofree char *value = g_settings_get_string (store, key);

  g_assert_cmpstr (value, ==, expected);
}

static void
test_preferences_row (void)
{
  RexWindow *window = get_window ();
  GtkWindow *preferences;
  AdwComboRow *row;
  gint64 deadline;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.preferences", NULL));
  window_test_iterate ();
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  window_test_wait_for_frame (GTK_WIDGET (preferences));
  row = ADW_COMBO_ROW (window_test_find_mapped (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW));
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Language");
  /* The row shows the setting: English, chosen by the test before. */
  assert_setting (settings, "language", "en");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);

  adw_combo_row_set_selected (row, 2);
  assert_setting (settings, "language", "kk");

  /* The old Preferences go with the old window; new ones open over the
   * new window (maybe at the same address, so compare windows). */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((get_window () == window || find_preferences () == NULL) &&
         g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  window = get_window ();
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  window_test_wait_for_frame (GTK_WIDGET (preferences));

  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (preferences), ==, "Баптаулар");
  row = ADW_COMBO_ROW (window_test_find_mapped (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Тіл");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 2);
  window_test_wait_for_frame (GTK_WIDGET (window));
  assert_shows (window, get_expected ("kk")->reform_title);

  gtk_window_destroy (preferences);
  switch_language (window, "en");
}

/* Everything the app itself writes into the About window follows the
 * language; the window's own captions ("Credits", "Legal") are
 * libadwaita's, and its 1.2 Kazakh catalogue lacks them. */
static void
test_about (void)
{
  static const char * const languages[] = { "kk", "ru" };
  RexWindow *window = get_window ();

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      GListModel *toplevels;
      AdwAboutWindow *about = NULL;
      const char * const *developers;

      window = switch_language (window, languages[i]);
      g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
      window_test_iterate ();

      toplevels = gtk_window_get_toplevels ();
      for (guint j = 0; j < g_list_model_get_n_items (toplevels); j++)
        {
          g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, j);

          if (ADW_IS_ABOUT_WINDOW (toplevel))
            about = ADW_ABOUT_WINDOW (toplevel);
        }
      g_assert_nonnull (about);

      developers = adw_about_window_get_developers (about);
      g_assert_nonnull (developers);
      g_assert_cmpstr (developers[0], !=, "Reform Explorer developers");
      g_assert_cmpstr (developers[0], ==, adw_about_window_get_developer_name (about));
      g_assert_true (g_str_has_prefix (adw_about_window_get_copyright (about), "© 2026 "));
      g_assert_null (strstr (adw_about_window_get_copyright (about), "developers"));
      g_assert_false (g_str_has_prefix (adw_about_window_get_comments (about), "Explore"));
      g_assert_cmpstr (adw_about_window_get_translator_credits (about), !=, "translator-credits");

      gtk_window_destroy (GTK_WINDOW (about));
    }

  switch_language (window, "en");
}

static AdwMessageDialog *
find_error_dialog (RexWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

static AdwMessageDialog *
open_failing (RexWindow  *window,
              const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  AdwMessageDialog *dialog;

  rex_window_open_dataset (window, file, NULL, NULL);
  while (rex_window_get_busy (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  window_test_iterate ();

  dialog = find_error_dialog (window);
  g_assert_nonnull (dialog);
  window_test_wait_for_frame (GTK_WIDGET (dialog));

  return dialog;
}

/* Plain words first, the file named once, then every problem under
 * Details, with its JSON path. */
static void
check_error_dialog (RexWindow      *window,
                    const Expected *expected)
{
  static const char * const paths[] = {
    "sources[1].url", "reforms[0].colour", "reforms[0].category",
    "reforms[0].status.value", "reforms[0].milestones[1].date",
  };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "data", "five-problems.json", NULL);
  AdwMessageDialog *dialog = open_failing (window, path);
  const char *body = adw_message_dialog_get_body (dialog);
  g_autoptr(GPtrArray) texts = NULL;
  GtkWidget *expander;
  GtkLabel *details = NULL;
  const char *name;

  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, expected->error_heading);
  /* The name once, its hyphen never a place to break the line. */
  name = strstr (body, "five\u2011problems.json");
  g_assert_nonnull (name);
  g_assert_null (strstr (name + 1, "five\u2011problems.json"));
  g_assert_null (strstr (body, "Parse error"));
  g_assert_null (strstr (body, "reforms[0]"));

  /* Details are one click away. */
  expander = window_test_find_mapped (GTK_WIDGET (dialog), GTK_TYPE_EXPANDER);
  g_assert_nonnull (expander);
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  window_test_wait_for_frame (GTK_WIDGET (dialog));

  texts = window_test_visible_texts (GTK_WIDGET (dialog));
  for (guint i = 0; i < texts->len; i++)
    if (strstr (g_ptr_array_index (texts, i), paths[0]) != NULL)
      details = window_test_find_label (GTK_WIDGET (dialog), g_ptr_array_index (texts, i));
  g_assert_nonnull (details);
  g_assert_true (gtk_label_get_selectable (details));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (details), "monospace"));
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    g_assert_nonnull (strstr (gtk_label_get_text (details), paths[i]));
  /* One line each, without the file name repeated. */
  {
    g_auto(GStrv) lines = g_strsplit (gtk_label_get_text (details), "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (paths));
    g_assert_null (strstr (gtk_label_get_text (details), "five-problems.json"));
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
  window_test_iterate ();
}

static void
test_error_dialog (void)
{
  RexWindow *window = get_window ();
  g_autofree char *dir = g_dir_make_tmp ("rex-language-XXXXXX", NULL);
  g_autofree char *broken = g_build_filename (dir, "cut-short.json", NULL);
  g_autofree char *array = g_build_filename (dir, "list.json", NULL);
  AdwMessageDialog *dialog;

  check_error_dialog (window, get_expected ("en"));

  /* A parse error reads as damage, with its line:column in the details. */
  g_assert_true (g_file_set_contents (broken, "{ \"format\": 1, \"as_of\": \"2024", -1, NULL));
  dialog = open_failing (window, broken);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The file is incomplete or damaged");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (g_file_set_contents (array, "[1, 2]", -1, NULL));
  dialog = open_failing (window, array);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "The file is not a Reform Explorer dataset");
  gtk_window_destroy (GTK_WINDOW (dialog));

  window = switch_language (window, "kk");
  check_error_dialog (window, get_expected ("kk"));
  dialog = open_failing (window, broken);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Файл толық емес немесе зақымдалған");
  gtk_window_destroy (GTK_WINDOW (dialog));

  window = switch_language (window, "ru");
  check_error_dialog (window, get_expected ("ru"));

  switch_language (window, "en");
  g_unlink (broken);
  g_unlink (array);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* As main.c does. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("REX_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  rex_language_init ();

  window_test_init (&argc, &argv);
  rex_language_apply ("");

  app = rex_application_new ();
  /* Test programs run in parallel on one session bus: they must not find
   * each other. */
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  g_assert_nonnull (get_window ());
  window_test_wait_for_frame (GTK_WIDGET (get_window ()));

  settings = g_settings_new (APPLICATION_ID);

  g_test_add_func ("/language/switch", test_switch);
  g_test_add_func ("/language/keeps-place", test_keeps_place);
  g_test_add_func ("/language/preferences-row", test_preferences_row);
  g_test_add_func ("/language/about", test_about);
  g_test_add_func ("/language/error-dialog", test_error_dialog);

  status = g_test_run ();

  g_settings_set_string (settings, "language", "");
  g_clear_object (&settings);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; )
    {
      GList *next = l->next;

      gtk_window_destroy (l->data);
      l = next;
    }
  window_test_iterate ();
  g_clear_object (&app);

  return status;
}
