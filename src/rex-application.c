/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "rex-application.h"
#include "rex-catalogue.h"
#include "rex-window.h"

struct _RexApplication
{
  AdwApplication parent_instance;
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

static int
rex_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  const char *path = NULL;

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
  int status = EXIT_SUCCESS;
  RexWindow *window;

  g_variant_dict_lookup (options, "reform", "&s", &reform_id);
  g_variant_dict_lookup (options, "category", "&s", &category_id);
  g_variant_dict_lookup (options, "region", "&s", &region_id);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

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
  static const char *developers[] = { "Reform Explorer developers", NULL };
  g_autofree char *debug_info = get_debug_info ();
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
                        "copyright", "© 2026 Reform Explorer developers",
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

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
rex_application_startup (GApplication *app)
{
  RexApplication *self = REX_APPLICATION (app);

  G_APPLICATION_CLASS (rex_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
}

static void
rex_application_class_init (RexApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

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
