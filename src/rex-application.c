/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "rex-application.h"
#include "rex-catalogue.h"
#include "rex-language.h"
#include "rex-preferences-window.h"
#include "rex-sidebar.h"
#include "rex-window.h"

struct _RexApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  GtkWindow      *preferences;   /* weak */
};

G_DEFINE_FINAL_TYPE (RexApplication, rex_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "check", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Validate a dataset file, print every problem found, and exit"), N_("FILE") },
  { "reform", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show the reform with this id"), N_("ID") },
  { "category", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show the category with this id"), N_("ID") },
  { "region", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show the region with this ISO 3166-2 code or older code"), N_("ID") },
  { "language", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show the app in this language for this run only: en, kk or ru"), N_("LANGUAGE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE]") },
  { NULL }
};

RexApplication *
rex_application_new (void)
{
  return g_object_new (REX_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

static RexWindow *
get_main_window (RexApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (REX_IS_WINDOW (window))
    return REX_WINDOW (window);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (REX_IS_WINDOW (l->data))
      return REX_WINDOW (l->data);

  return NULL;
}

GtkWindow *
rex_application_present_main_window (RexApplication *self)
{
  RexWindow *window;

  g_return_val_if_fail (REX_IS_APPLICATION (self), NULL);

  window = get_main_window (self);
  if (window == NULL)
    window = rex_window_new (self);

  gtk_window_present (GTK_WINDOW (window));

  return GTK_WINDOW (window);
}

/* The language switch: every window is built again in the new language,
 * over the same data, and shows what the old one showed. */

static void
collect_scroll_positions (GtkWidget *widget,
                          GArray    *positions)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));
      double value = gtk_adjustment_get_value (adjustment);

      g_array_append_val (positions, value);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_scroll_positions (child, positions);
}

static void
restore_scroll_positions (GtkWidget *widget,
                          GArray    *positions,
                          guint     *index)
{
  if (!gtk_widget_get_mapped (widget) || *index >= positions->len)
    return;

  if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));

      gtk_adjustment_set_value (adjustment, g_array_index (positions, double, *index));
      (*index)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    restore_scroll_positions (child, positions, index);
}

typedef struct
{
  GArray *positions;
  guint   frames;
} ScrollRestore;

static void
scroll_restore_free (gpointer data)
{
  ScrollRestore *restore = data;

  g_array_unref (restore->positions);
  g_free (restore);
}

/* Lists learn their height over the first frames, as rows are
 * measured; a position set before that would be cut short, so it is
 * set again for a few frames. Translated text is longer or shorter, so
 * this is a best effort. */
static gboolean
restore_scroll_tick_cb (GtkWidget     *widget,
                        GdkFrameClock *clock,
                        gpointer       data)
{
  ScrollRestore *restore = data;
  g_autoptr(GArray) current = g_array_new (FALSE, FALSE, sizeof (double));
  guint index = 0;

  /* Same layout as before: the same scrolled areas, in the same order. */
  collect_scroll_positions (widget, current);
  if (current->len == restore->positions->len)
    restore_scroll_positions (widget, restore->positions, &index);

  return ++restore->frames < 6 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/**
 * rex_application_rebuild_window:
 *
 * Builds a new main window in the language now applied, over the same
 * dataset, at the same size, showing the same view, category, status
 * filter, reform, region and division, scrolled (as far as it can be)
 * to the same place; presents it and closes @window.
 *
 * Returns: (transfer none): the new window
 */
GtkWindow *
rex_application_rebuild_window (GtkWindow *old_window)
{
  RexWindow *window = REX_WINDOW (old_window);
  RexReformsView *reforms_view = rex_window_get_reforms_view (window);
  RexRegionsView *regions_view = rex_window_get_regions_view (window);
  RexReform *reform = rex_window_get_reform (window);
  RexRegion *region = rex_regions_view_get_region (regions_view);
  g_autofree char *scope = g_strdup (rex_reforms_view_get_scope (reforms_view));
  g_autofree char *status = g_strdup (rex_reforms_view_get_status (reforms_view));
  g_autofree char *view = g_strdup (rex_window_get_view (window));
  ScrollRestore *restore;
  RexWindow *rebuilt;
  GtkWidget *widget;
  int width, height;

  rebuilt = g_object_new (REX_TYPE_WINDOW,
                          "application", gtk_window_get_application (GTK_WINDOW (window)),
                          NULL);
  widget = GTK_WIDGET (rebuilt);

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (rebuilt), width, height);
  if (gtk_window_is_maximized (GTK_WINDOW (window)))
    gtk_window_maximize (GTK_WINDOW (rebuilt));
  else
    gtk_window_unmaximize (GTK_WINDOW (rebuilt));

  if (!rex_window_get_bundled (window))
    rex_window_show_dataset (rebuilt, rex_window_get_catalogue (window), rex_window_get_file (window));

  /* The same steps, through the same actions, as any other way of
   * getting there; the view last, since the others choose theirs. */
  if (g_str_equal (scope, REX_SCOPE_OVERVIEW))
    gtk_widget_activate_action (widget, "win.show-overview", NULL);
  else
    gtk_widget_activate_action (widget, "win.show-category", "s", scope);
  gtk_widget_activate_action (widget, "win.show-status", "s", status);
  if (reform != NULL)
    gtk_widget_activate_action (widget, "win.show-reform", "s", rex_reform_get_id (reform));
  if (region != NULL)
    gtk_widget_activate_action (widget, "win.show-region", "s", rex_region_get_id (region));
  rex_regions_view_set_division (rex_window_get_regions_view (rebuilt),
                                 rex_regions_view_get_division (regions_view));
  gtk_widget_activate_action (widget, "win.show-view", "s", view);

  restore = g_new0 (ScrollRestore, 1);
  restore->positions = g_array_new (FALSE, FALSE, sizeof (double));
  collect_scroll_positions (GTK_WIDGET (window), restore->positions);
  gtk_widget_add_tick_callback (widget, restore_scroll_tick_cb, restore, scroll_restore_free);

  gtk_window_present (GTK_WINDOW (rebuilt));
  gtk_window_close (GTK_WINDOW (window));

  return GTK_WINDOW (rebuilt);
}

/**
 * rex_application_set_language:
 * @language: "" for the system's language, "en", "kk" or "ru"
 *
 * Switches the app's language at once: applies it to the process and
 * builds every window again. The Preferences row does this through
 * the "language" setting; --language given to a running instance calls
 * it directly, leaving the setting alone.
 *
 * Returns: FALSE for a language that is not known
 */
gboolean
rex_application_set_language (RexApplication *self,
                              const char     *language)
{
  g_autoptr(GPtrArray) windows = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean had_preferences;
  GtkWindow *main_window = NULL;

  g_return_val_if_fail (REX_IS_APPLICATION (self), FALSE);

  if (!rex_language_apply (language))
    return FALSE;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (REX_IS_WINDOW (l->data))
      g_ptr_array_add (windows, g_object_ref (l->data));

  /* Preferences speak the language too: open them again, over the new
   * window, as they were. */
  had_preferences = self->preferences != NULL;
  if (had_preferences)
    gtk_window_destroy (self->preferences);

  for (guint i = 0; i < windows->len; i++)
    main_window = rex_application_rebuild_window (g_ptr_array_index (windows, i));

  if (had_preferences && main_window != NULL)
    rex_application_present_preferences (self);

  return TRUE;
}

static gboolean
apply_saved_language_cb (gpointer data)
{
  RexApplication *self = data;
  g_autofree char *language = g_settings_get_string (self->settings, "language");

  rex_application_set_language (self, language);

  return G_SOURCE_REMOVE;
}

static void
language_changed_cb (RexApplication *self)
{
  /* Not from inside the handler: the change comes from the Preferences
   * row, which is about to be destroyed and built again. */
  g_idle_add_full (G_PRIORITY_DEFAULT, apply_saved_language_cb,
                   g_object_ref (self), g_object_unref);
}

/**
 * rex_application_present_preferences:
 *
 * Returns: (transfer none): the Preferences window, over the main window
 */
GtkWindow *
rex_application_present_preferences (RexApplication *self)
{
  g_return_val_if_fail (REX_IS_APPLICATION (self), NULL);

  if (self->preferences == NULL)
    {
      GtkWidget *preferences = rex_preferences_window_new (GTK_WINDOW (get_main_window (self)));

      g_set_weak_pointer (&self->preferences, GTK_WINDOW (preferences));
    }

  gtk_window_present (self->preferences);

  return self->preferences;
}

/* --check runs before the application registers on the bus or touches the
 * display, so dataset authors and tests can use it on a machine with neither. */
static int
check_dataset (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GString) report = g_string_new (NULL);
  gboolean ok;

  ok = rex_catalogue_check_file (file, report);
  if (report->len > 0 && report->str[report->len - 1] != '\n')
    g_string_append_c (report, '\n');

  if (ok)
    g_print ("%s", report->str);
  else
    g_printerr ("%s", report->str);

  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}

static gboolean
is_command_line_language (const char *language)
{
  return *language != '\0' && rex_language_is_known (language);
}

/* The language chosen in Preferences. --check and --version run without
 * the schema installed (from a build tree, say): then it is the system's. */
static char *
dup_saved_language (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)))
    return g_strdup ("");

  settings = g_settings_new (APPLICATION_ID);

  return g_settings_get_string (settings, "language");
}

static int
rex_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  const char *path = NULL;
  const char *language = NULL;
  g_autofree char *saved_language = NULL;

  /* Before anything is shown or printed, --check's report included. */
  if (g_variant_dict_lookup (options, "language", "&s", &language))
    {
      if (!is_command_line_language (language))
        {
          g_autofree char *escaped = rex_text_escape (language, -1);

          /* Translators: %s is what was given after --language; keep
           * "en", "kk" and "ru" as they are. */
          g_printerr (_("Unknown language “%s”: use en, kk or ru"), escaped);
          g_printerr ("\n");
          return EXIT_FAILURE;
        }
    }
  else
    {
      language = saved_language = dup_saved_language ();
    }
  rex_language_apply (language);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "reform-explorer", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_lookup (options, "check", "^&ay", &path))
    return check_dataset (path);

  /* -1 lets the primary instance handle the rest in command-line. */
  return -1;
}

static int
rex_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  RexApplication *self = REX_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char **files = NULL;
  const char *reform_id = NULL;
  const char *category_id = NULL;
  const char *region_id = NULL;
  const char *language = NULL;
  int status = EXIT_SUCCESS;
  RexWindow *window;

  g_variant_dict_lookup (options, "reform", "&s", &reform_id);
  g_variant_dict_lookup (options, "category", "&s", &category_id);
  g_variant_dict_lookup (options, "region", "&s", &region_id);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  /* A second invocation with --language: the running instance, which
   * handled no local options of its own for it, switches. */
  if (g_variant_dict_lookup (options, "language", "&s", &language) &&
      is_command_line_language (language) &&
      !g_str_equal (language, rex_language_get_current ()))
    rex_application_set_language (self, language);

  window = REX_WINDOW (rex_application_present_main_window (self));

  if (files != NULL && files[0] != NULL)
    {
      g_autoptr(GFile) file = NULL;

      if (files[1] != NULL)
        g_application_command_line_printerr (command_line, "%s\n",
                                             _("Only one dataset can be open at a time; opening the first file"));

      file = g_application_command_line_create_file_for_arg (command_line, files[0]);
      rex_window_open_dataset (window, file, category_id, reform_id);
    }
  else
    {
      /* The window says so in a toast as well; the terminal that asked
       * deserves an answer too. */
      if (category_id != NULL && !rex_window_show_category (window, category_id))
        {
          g_autofree char *text = g_strdup_printf (_("There is no category “%s” in this dataset"),
                                                   category_id);

          g_application_command_line_printerr (command_line, "%s\n", text);
          status = EXIT_FAILURE;
        }
      if (reform_id != NULL && !rex_window_show_reform (window, reform_id))
        {
          g_autofree char *text = g_strdup_printf (_("There is no reform “%s” in this dataset"),
                                                   reform_id);

          g_application_command_line_printerr (command_line, "%s\n", text);
          status = EXIT_FAILURE;
        }
      if (region_id != NULL && !rex_window_show_region (window, region_id))
        {
          g_autofree char *text = g_strdup_printf (_("There is no region “%s” in this dataset"),
                                                   region_id);

          g_application_command_line_printerr (command_line, "%s\n", text);
          status = EXIT_FAILURE;
        }
    }

  g_free (files);

  return status;
}

static void
rex_application_activate (GApplication *app)
{
  rex_application_present_main_window (REX_APPLICATION (app));
}

static char *
get_debug_info (void)
{
  GString *info = g_string_new (NULL);

  g_string_append_printf (info, "Reform Explorer %s (%s)\n", PACKAGE_VERSION, APPLICATION_ID);
  g_string_append_printf (info, "Profile: %s\n\n", PROFILE);
  g_string_append_printf (info, "GLib: %u.%u.%u (built with %d.%d.%d)\n",
                          glib_major_version, glib_minor_version, glib_micro_version,
                          GLIB_MAJOR_VERSION, GLIB_MINOR_VERSION, GLIB_MICRO_VERSION);
  g_string_append_printf (info, "GTK: %u.%u.%u (built with %d.%d.%d)\n",
                          gtk_get_major_version (), gtk_get_minor_version (),
                          gtk_get_micro_version (),
                          GTK_MAJOR_VERSION, GTK_MINOR_VERSION, GTK_MICRO_VERSION);
  g_string_append_printf (info, "libadwaita: %u.%u.%u (built with %d.%d.%d)\n",
                          adw_get_major_version (), adw_get_minor_version (),
                          adw_get_micro_version (),
                          ADW_MAJOR_VERSION, ADW_MINOR_VERSION, ADW_MICRO_VERSION);
  g_string_append_printf (info, "json-glib: built with %s\n", JSON_VERSION_S);
  g_string_append_printf (info, "\nLanguage: %s\n", g_get_language_names ()[0]);

  return g_string_free (info, FALSE);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  RexApplication *self = user_data;
  g_autofree char *debug_info = get_debug_info ();
  /* The credits list who wrote the code; the project credits itself as
   * a team, and in the reader's language like the rest of the window. */
  const char *developers[] = { _("Reform Explorer developers"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-icon", APPLICATION_ID,
                        "application-name", _("Reform Explorer"),
                        "developer-name", _("Reform Explorer developers"),
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/reformexplorer/ReformExplorer",
                        "issue-url", "https://github.com/reformexplorer/ReformExplorer/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: the copyright line of the About window;
                         * keep the year and the © sign. */
                        "copyright", _("© 2026 Reform Explorer developers"),
                        "developers", developers,
                        /* Translators: put your names here, one per line, e.g.
                         * "Name <email@example.com>". */
                        "translator-credits", _("translator-credits"),
                        "debug-info", debug_info,
                        "debug-info-filename", "reform-explorer-debug-info.txt",
                        "comments", _("Explore the reform programme announced in Kazakhstan on "
                                      "16 March 2022: what was promised, what became of it, and "
                                      "where on the map it happened."),
                        NULL);

  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Region boundaries"),
                                      _("Boundaries: geokz (A. Rodionov), CC BY 4.0, based on "
                                        "OCHA COD-AB Kazakhstan"),
                                      GTK_LICENSE_CUSTOM,
                                      _("Licensed under the <a href=\"https://creativecommons.org/licenses/by/4.0/\">"
                                        "Creative Commons Attribution 4.0 International</a> licence."));
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Region codes"),
                                      _("ISO 3166-2 codes from the iso-codes project"),
                                      GTK_LICENSE_LGPL_2_1,
                                      NULL);
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                _("Reform data"),
                                                (const char *[]) {
                                                  _("Sources are cited with every fact in the app"),
                                                  NULL });

  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  RexApplication *self = user_data;

  /* Close windows first so that they save their state. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; )
    {
      GList *next = l->next;
      gtk_window_close (GTK_WINDOW (l->data));
      l = next;
    }

  g_application_quit (G_APPLICATION (self));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  RexApplication *self = user_data;

  rex_application_present_preferences (self);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static void
rex_application_startup (GApplication *app)
{
  RexApplication *self = REX_APPLICATION (app);

  G_APPLICATION_CLASS (rex_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  /* The saved language itself was applied with the local options,
   * before any window was built; this follows later changes. */
  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::language",
                           G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-shortcuts",
                                         (const char *[]) { "<Control>question", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
}

static void
rex_application_dispose (GObject *object)
{
  RexApplication *self = REX_APPLICATION (object);

  g_clear_weak_pointer (&self->preferences);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rex_application_parent_class)->dispose (object);
}

static void
rex_application_class_init (RexApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = rex_application_dispose;

  app_class->activate = rex_application_activate;
  app_class->startup = rex_application_startup;
  app_class->command_line = rex_application_command_line;
  app_class->handle_local_options = rex_application_handle_local_options;
}

static void
rex_application_init (RexApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Explore Kazakhstan’s 2022 reform programme, or "
                                              "open another dataset FILE."));
}
