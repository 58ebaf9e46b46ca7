/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Nothing is cut off: every page, and the Preferences, shortcuts and
 * About windows, at a phone's, a laptop's and a wide window's width,
 * in Kazakh or Russian, which run longer than English.
 *
 *   test-cutoff kk|ru
 *
 * A label fails when it is mapped and either shows an ellipsis or is
 * narrower than the text it cannot wrap. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "rex-application.h"
#include "rex-preferences-window.h"
#include "rex-reform-row.h"
#include "rex-shortcuts-window.h"
#include "rex-window.h"
#include "window-test-util.h"

static const int widths[] = { 360, 800, 1280 };

typedef struct {
  const char *language;
  const char *locale;
} Language;

static const Language languages[] = {
  { "kk", "kk_KZ.UTF-8" },
  { "ru", "ru_RU.UTF-8" },
};

static const Language *language;

static gboolean
has_ancestor (GtkWidget *widget,
              GType      type)
{
  return gtk_widget_get_ancestor (widget, type) != NULL;
}

/* A reform row's summary is a one-line teaser: the reform page it opens
 * shows the whole summary, so it may end in an ellipsis. Nothing else
 * may. */
static gboolean
may_be_ellipsized (GtkWidget *label)
{
  return has_ancestor (label, REX_TYPE_REFORM_ROW) &&
         gtk_label_get_single_line_mode (GTK_LABEL (label));
}

static void
check_labels (GtkWidget  *widget,
              const char *where,
              GString    *problems)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    {
      GtkLabel *label = GTK_LABEL (widget);
      PangoLayout *layout = gtk_label_get_layout (label);
      int text_width, width = gtk_widget_get_width (widget);

      /* The layout is what gets drawn: a label given less than its
       * minimum width still lays its text out at that minimum and spills
       * over its neighbours or is clipped. gtk_widget_measure() cannot be
       * compared with gtk_widget_get_width() directly, because the first
       * counts CSS margins, borders and padding and the second does not. */
      pango_layout_get_pixel_size (layout, &text_width, NULL);
      if (pango_layout_is_ellipsized (layout) && !may_be_ellipsized (widget))
        g_string_append_printf (problems, "%s: “%s” is ellipsized\n", where, gtk_label_get_text (label));
      else if (text_width > width)
        g_string_append_printf (problems, "%s: “%s” needs %d px and has %d\n",
                                where, gtk_label_get_text (label), text_width, width);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_labels (child, where, problems);
}

/* Labels that spill out of the bottom of their list row, over the next
 * one: what a row measured at another width than it was given shows. */
static void
check_row_labels (GtkWidget  *row,
                  GtkWidget  *widget,
                  const char *where,
                  GString    *problems)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0' &&
      gtk_widget_compute_bounds (widget, row, &bounds) &&
      bounds.origin.y + bounds.size.height > gtk_widget_get_height (row) + 1)
    g_string_append_printf (problems, "%s: “%s” spills out of its row (%.0f px below a row of %d)\n",
                            where, gtk_label_get_text (GTK_LABEL (widget)),
                            bounds.origin.y + bounds.size.height, gtk_widget_get_height (row));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_row_labels (row, child, where, problems);
}

static void
check_rows (GtkWidget  *widget,
            const char *where,
            GString    *problems)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LIST_VIEW (widget))
    {
      for (GtkWidget *row = gtk_widget_get_first_child (widget);
           row != NULL;
           row = gtk_widget_get_next_sibling (row))
        check_row_labels (row, row, where, problems);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_rows (child, where, problems);
}

/* Children of a box drawn over each other: what a box allocated less
 * than its minimum does (the map's menu and division switch did so side
 * by side in Kazakh at 1280 px beside a region's page). */
static void
check_boxes (GtkWidget  *widget,
             const char *where,
             GString    *problems)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_BOX (widget))
    {
      GtkWidget *previous = NULL;
      graphene_rect_t previous_bounds;

      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          graphene_rect_t bounds, overlap;

          if (!gtk_widget_get_mapped (child) || !gtk_widget_compute_bounds (child, widget, &bounds) ||
              bounds.size.width < 1 || bounds.size.height < 1)
            continue;
          if (previous != NULL && graphene_rect_intersection (&previous_bounds, &bounds, &overlap) &&
              overlap.size.width > 1 && overlap.size.height > 1)
            g_string_append_printf (problems, "%s: a %s and a %s overlap by %.0f × %.0f px\n", where,
                                    G_OBJECT_TYPE_NAME (previous), G_OBJECT_TYPE_NAME (child),
                                    overlap.size.width, overlap.size.height);
          previous = child;
          previous_bounds = bounds;
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_boxes (child, where, problems);
}

/* Opens what a reader can open: the legend's note. */
static void
expand_all (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_EXPANDER (widget))
    gtk_expander_set_expanded (GTK_EXPANDER (widget), TRUE);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    expand_all (child);
}

static void
check_window (GtkWidget  *window,
              int         width,
              const char *page,
              GString    *problems)
{
  g_autofree char *where = g_strdup_printf ("%s at %d px", page, width);

  window_test_wait_for_frame (window);
  check_labels (window, where, problems);
  check_rows (window, where, problems);
  check_boxes (window, where, problems);
}

static void
test_pages (void)
{
  g_autoptr(GString) problems = g_string_new (NULL);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      RexWindow *window = window_test_create_window_sized (widths[w], 800);
      GListModel *categories = rex_catalogue_get_categories (rex_window_get_catalogue (window));

      window_test_action (window, "win.show-overview", NULL);
      check_window (GTK_WIDGET (window), widths[w], "overview", problems);

      for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
        {
          g_autoptr(RexCategory) category = g_list_model_get_item (categories, i);
          g_autofree char *page = g_strdup_printf ("list of %s", rex_category_get_id (category));

          window_test_action (window, "win.show-category", rex_category_get_id (category));
          check_window (GTK_WIDGET (window), widths[w], page, problems);
        }

      window_test_action (window, "win.show-reform", "party-registration-threshold");
      check_window (GTK_WIDGET (window), widths[w], "reform page", problems);

      window_test_action (window, "win.show-region", "KZ-10");
      check_window (GTK_WIDGET (window), widths[w], "region page", problems);

      window_test_action (window, "win.show-view", "regions");
      check_window (GTK_WIDGET (window), widths[w], "regions view and map legend", problems);

      /* Coloured by a result: the menu button, the values in the list
       * and the legend, its note open as a reader would open it. */
      window_test_action (window, "win.map-mode", "referendum-2022:turnout");
      check_window (GTK_WIDGET (window), widths[w], "map legend in result mode", problems);
      expand_all (GTK_WIDGET (window));
      check_window (GTK_WIDGET (window), widths[w], "map legend's note in result mode", problems);
      window_test_action (window, "win.map-mode", "referendum-2022:share:yes");
      check_window (GTK_WIDGET (window), widths[w], "map legend for “Yes”", problems);
      window_test_action (window, "win.show-region", "KZ-75");
      check_window (GTK_WIDGET (window), widths[w], "region page with votes", problems);
      window_test_action (window, "win.map-mode", "regions");

      window_test_destroy_window (window);
    }

  if (problems->len > 0)
    g_error ("Cut off in “%s”:\n%s", language->language, problems->str);
}

/* Without a settings daemon, or on a desktop set up so, the header also
 * carries minimise and maximise buttons: at 360 px it has the least room
 * there is for the view's name. */
static void
test_header_three_buttons (void)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  RexWindow *window;

  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "icon:minimize,maximize,close", NULL);
  window = window_test_create_window_sized (360, 800);

  window_test_action (window, "win.show-overview", NULL);
  check_window (GTK_WIDGET (window), 360, "overview, three window buttons", problems);
  window_test_action (window, "win.show-category", "judiciary");
  check_window (GTK_WIDGET (window), 360, "list, three window buttons", problems);
  window_test_action (window, "win.show-reform", "party-registration-threshold");
  check_window (GTK_WIDGET (window), 360, "reform page, three window buttons", problems);
  window_test_action (window, "win.show-view", "regions");
  check_window (GTK_WIDGET (window), 360, "regions view, three window buttons", problems);
  window_test_action (window, "win.show-region", "KZ-10");
  check_window (GTK_WIDGET (window), 360, "region page, three window buttons", problems);

  window_test_destroy_window (window);
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

  if (problems->len > 0)
    g_error ("Cut off in “%s”:\n%s", language->language, problems->str);
}

static void
test_preferences (void)
{
  g_autoptr(GString) problems = g_string_new (NULL);

  /* The three widths, and the window's own default size, which is what
   * a reader gets; with each language chosen, since the row shows it. */
  for (guint w = 0; w <= G_N_ELEMENTS (widths); w++)
    for (guint choice = 0; choice < 4; choice++)
      {
        GtkWidget *preferences = rex_preferences_window_new (NULL);
        g_autofree char *where = NULL;
        GtkWidget *row;
        int width, height;

        if (w < G_N_ELEMENTS (widths))
          gtk_window_set_default_size (GTK_WINDOW (preferences), widths[w], 700);
        gtk_window_get_default_size (GTK_WINDOW (preferences), &width, &height);
        gtk_window_present (GTK_WINDOW (preferences));
        window_test_wait_for_frame (preferences);
        row = window_test_find_mapped (preferences, ADW_TYPE_COMBO_ROW);
        g_assert_nonnull (row);
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), choice);
        where = g_strdup_printf ("preferences with choice %u", choice);
        check_window (preferences, width, where, problems);
        gtk_window_destroy (GTK_WINDOW (preferences));
        window_test_iterate ();
      }
  /* Choosing wrote the setting (only the app acts on it): put it back. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

    g_settings_reset (settings, "language");
  }

  if (problems->len > 0)
    g_error ("Cut off in “%s”:\n%s", language->language, problems->str);
}

static void
test_shortcuts (void)
{
  g_autoptr(GString) problems = g_string_new (NULL);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      GtkWidget *shortcuts = rex_shortcuts_window_new (NULL);

      gtk_window_set_default_size (GTK_WINDOW (shortcuts), widths[w], 700);
      gtk_window_present (GTK_WINDOW (shortcuts));
      check_window (shortcuts, widths[w], "shortcuts", problems);
      gtk_window_destroy (GTK_WINDOW (shortcuts));
      window_test_iterate ();
    }

  if (problems->len > 0)
    g_error ("Cut off in “%s”:\n%s", language->language, problems->str);
}

static AdwAboutWindow *
find_about_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (toplevel))
        return ADW_ABOUT_WINDOW (toplevel);
    }

  return NULL;
}

/* The About window is built by the application's action, so the test
 * runs the application, without a window of its own. */
static void
test_about (void)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RexApplication) app = rex_application_new ();

  /* Test programs run in parallel on one session bus: they must not find
   * each other. */
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      AdwAboutWindow *about;

      g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
      about = find_about_window ();
      g_assert_nonnull (about);
      gtk_window_set_default_size (GTK_WINDOW (about), widths[w], 700);
      check_window (GTK_WIDGET (about), widths[w], "About", problems);
      gtk_window_destroy (GTK_WINDOW (about));
      window_test_iterate ();
    }

  if (problems->len > 0)
    g_error ("Cut off in “%s”:\n%s", language->language, problems->str);
}

int
main (int   argc,
      char *argv[])
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (argc > 1 && g_str_equal (argv[argc - 1], languages[i].language))
      language = &languages[i];
  if (language == NULL)
    g_error ("usage: test-cutoff kk|ru");

  /* As main.c does, before anything reads the locale. */
  g_setenv ("LANGUAGE", language->language, TRUE);
  if (setlocale (LC_ALL, language->locale) == NULL)
    g_error ("The %s locale is not installed (tools/quickstart generates it)", language->locale);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("REX_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  argc--;
  window_test_init (&argc, &argv);
  /* gtk_test_init resets the locale from the environment; keep ours. */
  setlocale (LC_ALL, language->locale);
  /* A silent fallback to English would pass for the wrong reason. */
  g_assert_cmpstr (_("All reforms"), !=, "All reforms");
  /* The window buttons GNOME and Phosh draw (org.gnome.desktop.wm.preferences
   * button-layout "appmenu:close"), not GTK's fallback without a settings
   * daemon, which adds minimise and maximise: a 360 px header is a phone's,
   * and a phone has no room and no use for them. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

  g_test_add_func ("/cutoff/pages", test_pages);
  g_test_add_func ("/cutoff/header-three-buttons", test_header_three_buttons);
  g_test_add_func ("/cutoff/preferences", test_preferences);
  g_test_add_func ("/cutoff/shortcuts", test_shortcuts);
  g_test_add_func ("/cutoff/about", test_about);

  return g_test_run ();
}
