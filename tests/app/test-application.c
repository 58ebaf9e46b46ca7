/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>

#include "rex-application.h"
#include "rex-map-view.h"
#include "rex-shortcuts-window.h"
#include "rex-window.h"

/* Runs the main context until @condition holds or a few seconds pass. */
static gboolean
iterate_until (gboolean (*condition) (gpointer data),
               gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  /* Let pending idles run too, so that what follows sees a settled state. */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  return TRUE;
}

static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gboolean
toplevel_shown (gpointer data)
{
  return find_toplevel ((GType) GPOINTER_TO_SIZE (data)) != NULL;
}

static gboolean
window_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* One application for the whole program, as in a real session: it is
 * registered once, and every test leaves it without windows. */
static RexApplication *app;

static void
start_application (void)
{
  g_autoptr(GError) error = NULL;

  app = rex_application_new ();

  /* Test programs run in parallel on one session bus: they must not find
   * each other. */
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
}

static void
test_window_presented (void)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (REX_IS_WINDOW (window));
  g_assert_true (iterate_until (window_mapped, window));
  g_assert_true (g_str_has_suffix (gtk_window_get_title (window), "Reform Explorer"));

  /* A second activation raises the same window instead of opening another. */
  g_application_activate (G_APPLICATION (app));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  gtk_window_destroy (window);
}

static void
test_actions (void)
{
  g_auto(GStrv) accels = NULL;
  GtkWindow *window;
  GtkWindow *about;
  GtkWindow *shortcuts;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (iterate_until (window_mapped, window));

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>q"));
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "window.close");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>w"));
  g_clear_pointer (&accels, g_strfreev);
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-shortcuts");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (iterate_until (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_ABOUT_WINDOW)));
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==,
                   "Reform Explorer");
  g_assert_nonnull (strstr (adw_about_window_get_debug_info (ADW_ABOUT_WINDOW (about)), "GTK: 4."));
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==,
                   GTK_LICENSE_GPL_3_0);
  g_assert_true (gtk_window_get_transient_for (about) == window);
  gtk_window_destroy (about);

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-shortcuts", NULL);
  g_assert_true (iterate_until (toplevel_shown, GSIZE_TO_POINTER (REX_TYPE_SHORTCUTS_WINDOW)));
  shortcuts = find_toplevel (REX_TYPE_SHORTCUTS_WINDOW);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == window);
  gtk_window_destroy (shortcuts);

  /* Ctrl+W closes the window through the built-in window.close action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

/* Every key the app binds, for its actions and the window's and the
 * map's, is listed in the shortcuts window. */
static void
check_shortcuts_listed (GtkWidget  *widget,
                        const char *prefix,
                        GString    *missing)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n_checked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
          const char *action_name;
          guint key;
          GdkModifierType mods;

          /* Only named actions of the app's own; GTK's built-in bindings
           * (Escape in dialogs, Ctrl+A in lists and the like) are not
           * ours to list. */
          if (!GTK_IS_NAMED_ACTION (action))
            continue;
          action_name = gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
          if (!g_str_has_prefix (action_name, prefix) &&
              !g_str_has_prefix (action_name, "app.") &&
              !g_str_equal (action_name, "window.close"))
            continue;

          /* Application accelerators come as alternative triggers. */
          for (GtkShortcutTrigger *t = trigger; t != NULL; )
            {
              GtkShortcutTrigger *next = NULL;

              if (GTK_IS_ALTERNATIVE_TRIGGER (t))
                {
                  next = gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (t));
                  t = gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (t));
                }
              g_assert_true (GTK_IS_KEYVAL_TRIGGER (t));
              key = gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (t));
              mods = gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (t));
              if (!rex_shortcuts_window_lists (key, mods))
                {
                  g_autofree char *name = gtk_accelerator_name (key, mods);

                  g_string_append_printf (missing, " %s (%s)", name, action_name);
                }
              n_checked++;
              t = next;
            }
        }
    }

  /* A controller that went missing would make this test pass on nothing. */
  g_assert_cmpuint (n_checked, >, 5);
}

static void
test_shortcuts_listed (void)
{
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GtkWidget) map = g_object_ref_sink (g_object_new (REX_TYPE_MAP_VIEW, NULL));
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (iterate_until (window_mapped, window));

  check_shortcuts_listed (GTK_WIDGET (window), "win.", missing);
  check_shortcuts_listed (map, "map.", missing);
  if (missing->len > 0)
    g_error ("Not in the shortcuts window:%s", missing->str);

  /* The other way round: what the window lists, the app binds. */
  g_assert_true (rex_shortcuts_window_lists (GDK_KEY_question, GDK_CONTROL_MASK));
  g_assert_false (rex_shortcuts_window_lists (GDK_KEY_F1, GDK_CONTROL_MASK));

  gtk_window_destroy (window);
}

static void
test_window_state_saved (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 820);
  g_settings_set_int (settings, "window-height", 610);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  /* The saved size is applied before the window is shown. */
  window = GTK_WINDOW (rex_window_new (app));
  gtk_window_get_default_size (window, &width, &height);
  g_assert_cmpint (width, ==, 820);
  g_assert_cmpint (height, ==, 610);
  gtk_window_present (window);
  g_assert_true (iterate_until (window_mapped, window));

  /* Closing saves what the user made of it. */
  gtk_window_set_default_size (window, 930, 640);
  gtk_window_close (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 930);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* And the next window comes back at that size. */
  window = GTK_WINDOW (rex_window_new (app));
  gtk_window_get_default_size (window, &width, &height);
  g_assert_cmpint (width, ==, 930);
  g_assert_cmpint (height, ==, 640);
  gtk_window_destroy (window);
}

static void
test_quit (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (iterate_until (window_mapped, window));
  gtk_window_set_default_size (window, 777, 555);

  /* Quitting goes through the windows' close handlers, so state is saved. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 777);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Tests check states, not motion. A sidebar or pane transition still
   * running when a test resizes the window makes libadwaita 1.2 draw a
   * pane before it has been allocated, a warning that fatal-warnings
   * would turn into a random failure under load. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  start_application ();

  g_test_add_func ("/application/window-presented", test_window_presented);
  g_test_add_func ("/application/actions", test_actions);
  g_test_add_func ("/application/shortcuts-listed", test_shortcuts_listed);
  g_test_add_func ("/application/window-state-saved", test_window_state_saved);
  /* Last: it quits the application. */
  g_test_add_func ("/application/quit", test_quit);

  return g_test_run ();
}
