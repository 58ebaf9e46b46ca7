/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Drives the real main window under a display (Xvfb in CI): the sidebar,
 * the filtered list, search, the detail pane, deep links, restoring the
 * last selection and opening broken datasets. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "rex-application.h"
#include "rex-figure-view.h"
#include "rex-programme-page.h"
#include "rex-reform-page.h"
#include "rex-sidebar-row.h"
#include "rex-status-badge.h"
#include "rex-window.h"
#include "window-test-util.h"

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static GListModel *
list_model (RexWindow *window)
{
  return G_LIST_MODEL (window_test_child (window, REX_TYPE_WINDOW, "selection"));
}

static gboolean
list_contains (RexWindow  *window,
               const char *reform_id)
{
  GListModel *model = list_model (window);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RexReform) reform = g_list_model_get_item (model, i);

      if (g_str_equal (rex_reform_get_id (reform), reform_id))
        return TRUE;
    }

  return FALSE;
}

static RexSidebarRow *
find_sidebar_row (RexWindow  *window,
                  const char *list_name,
                  const char *id)
{
  GtkWidget *list = window_test_child (window, REX_TYPE_WINDOW, list_name);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (g_str_equal (rex_sidebar_row_get_id (REX_SIDEBAR_ROW (row)), id))
      return REX_SIDEBAR_ROW (row);

  return NULL;
}

static void
search (RexWindow  *window,
        const char *text)
{
  GtkEditable *entry = window_test_child (window, REX_TYPE_WINDOW, "search_entry");

  gtk_editable_set_text (entry, text);
  /* Do not wait for the entry's typing delay. */
  g_signal_emit_by_name (entry, "search-changed");
  window_test_iterate ();
}

static gboolean
find_label_containing (GtkWidget  *widget,
                       const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (find_label_containing (c, text))
      return TRUE;

  return FALSE;
}

static guint
count_children (GtkWidget *widget,
                GType      type)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
      n++;

  return n;
}

static void
test_categories (void)
{
  RexWindow *window = window_test_create_window ();
  RexCatalogue *catalogue = rex_window_get_catalogue (window);
  GListModel *categories = rex_catalogue_get_categories (catalogue);
  guint total = g_list_model_get_n_items (rex_catalogue_get_reforms (catalogue));
  GtkListBox *category_list = window_test_child (window, REX_TYPE_WINDOW, "category_list");
  RexSidebarRow *all = find_sidebar_row (window, "category_list", "");
  guint sum = 0;

  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, 4);
  g_assert_nonnull (all);
  g_assert_cmpuint (rex_sidebar_row_get_count (all), ==, total);

  gtk_list_box_select_row (category_list, GTK_LIST_BOX_ROW (all));
  window_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (list_model (window)), ==, total);

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(RexCategory) category = g_list_model_get_item (categories, i);
      RexSidebarRow *row = find_sidebar_row (window, "category_list", rex_category_get_id (category));
      GListModel *model = list_model (window);
      guint n, status_sum = 0;

      g_assert_nonnull (row);
      gtk_list_box_select_row (category_list, GTK_LIST_BOX_ROW (row));
      window_test_iterate ();

      n = g_list_model_get_n_items (model);
      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (n, ==, rex_sidebar_row_get_count (row));
      g_assert_cmpuint (n, ==, g_list_model_get_n_items (rex_catalogue_get_reforms_in_category (catalogue, category)));
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(RexReform) reform = g_list_model_get_item (model, j);
          g_assert_true (rex_reform_get_category (reform) == category);
        }

      /* The status counts follow the category. */
      for (guint s = 0; s < REX_N_STATUSES; s++)
        {
          RexSidebarRow *status_row = find_sidebar_row (window, "status_list", rex_status_to_string (s));
          if (status_row != NULL)
            status_sum += rex_sidebar_row_get_count (status_row);
        }
      g_assert_cmpuint (status_sum, ==, n);
      g_assert_cmpuint (rex_sidebar_row_get_count (find_sidebar_row (window, "status_list", "")), ==, n);

      sum += n;
    }
  g_assert_cmpuint (sum, ==, total);

  /* A status filter narrows the list to that status. */
  {
    RexSidebarRow *in_force = find_sidebar_row (window, "status_list", "in-force");
    GListModel *model = list_model (window);

    gtk_list_box_select_row (category_list, GTK_LIST_BOX_ROW (all));
    gtk_list_box_select_row (window_test_child (window, REX_TYPE_WINDOW, "status_list"), GTK_LIST_BOX_ROW (in_force));
    window_test_iterate ();
    g_assert_cmpuint (g_list_model_get_n_items (model), ==,
                      rex_catalogue_count_reforms_by_status (catalogue, REX_STATUS_IN_FORCE));
    for (guint j = 0; j < g_list_model_get_n_items (model); j++)
      {
        g_autoptr(RexReform) reform = g_list_model_get_item (model, j);
        g_assert_cmpint (rex_reform_get_status (reform), ==, REX_STATUS_IN_FORCE);
      }
  }

  window_test_destroy_window (window);
}

static void
test_search (void)
{
  RexWindow *window = window_test_create_window ();
  RexCatalogue *catalogue = rex_window_get_catalogue (window);
  RexRegion *abai = rex_catalogue_lookup_region (catalogue, "KZ-10");
  GtkStack *list_stack = window_test_child (window, REX_TYPE_WINDOW, "list_stack");
  guint total = g_list_model_get_n_items (rex_catalogue_get_reforms (catalogue));

  g_assert_true (rex_window_show_category (window, ""));
  window_test_iterate ();

  /* English: the example from the issue. */
  search (window, "party registration");
  g_assert_true (list_contains (window, "party-registration-threshold"));
  g_assert_cmpuint (g_list_model_get_n_items (list_model (window)), <, total);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "list");

  /* Case and extra spaces do not matter. */
  search (window, "  PARTY   Registration ");
  g_assert_true (list_contains (window, "party-registration-threshold"));

  /* Kazakh and Russian: region names are in all three languages even
   * before content translations exist. */
  search (window, "Абай");
  g_assert_true (list_contains (window, "new-regions"));
  search (window, "ұлытау");
  g_assert_true (list_contains (window, "new-regions"));
  g_assert_nonnull (abai);
  search (window, rex_region_get_official_name_kk (abai));
  g_assert_true (list_contains (window, "new-regions"));
  search (window, rex_region_get_official_name_ru (abai));
  g_assert_true (list_contains (window, "new-regions"));
  search (window, "Улытауская область");
  g_assert_true (list_contains (window, "new-regions"));

  /* The status counts follow the search. */
  {
    RexSidebarRow *any = find_sidebar_row (window, "status_list", "");
    g_assert_cmpuint (rex_sidebar_row_get_count (any), ==, g_list_model_get_n_items (list_model (window)));
  }

  /* Nothing found: the status page says so. */
  search (window, "qwertyzzz nothing");
  g_assert_cmpuint (g_list_model_get_n_items (list_model (window)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (window_test_child (window, REX_TYPE_WINDOW, "empty_page")),
                   ==, "No Results Found");

  search (window, "");
  g_assert_cmpuint (g_list_model_get_n_items (list_model (window)), ==, total);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "list");

  /* Enter in the search entry opens the first result. */
  search (window, "party registration");
  g_signal_emit_by_name (window_test_child (window, REX_TYPE_WINDOW, "search_entry"), "activate");
  window_test_iterate ();
  g_assert_nonnull (rex_window_get_reform (window));

  window_test_destroy_window (window);
}

static void
test_detail (void)
{
  RexWindow *window = window_test_create_window ();
  RexCatalogue *catalogue = rex_window_get_catalogue (window);
  RexReform *reform = rex_catalogue_lookup_reform (catalogue, "party-registration-threshold");
  RexReformPage *page = window_test_child (window, REX_TYPE_WINDOW, "reform_page");
  GtkWidget *figures_box, *milestones, *sources, *first;
  g_autofree char *citation = NULL;
  g_autofree char *figure_text = NULL;

  g_assert_nonnull (reform);
  g_assert_true (rex_window_show_reform (window, "party-registration-threshold"));
  window_test_iterate ();

  g_assert_true (rex_window_get_reform (window) == reform);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_test_child (window, REX_TYPE_WINDOW, "detail_stack")),
                   ==, "reform");
  g_assert_cmpstr (gtk_label_get_label (window_test_child (page, REX_TYPE_REFORM_PAGE, "title_label")),
                   ==, rex_reform_get_title (reform));
  g_assert_cmpstr (gtk_label_get_label (window_test_child (page, REX_TYPE_REFORM_PAGE, "summary_label")),
                   ==, rex_reform_get_summary (reform));
  g_assert_true (gtk_label_get_selectable (window_test_child (page, REX_TYPE_REFORM_PAGE, "explanation_label")));
  g_assert_true (gtk_label_get_wrap (window_test_child (page, REX_TYPE_REFORM_PAGE, "explanation_label")));

  /* Status, with its date. */
  g_assert_cmpstr (rex_status_badge_get_text (window_test_child (page, REX_TYPE_REFORM_PAGE, "badge")),
                   ==, rex_status_get_label (rex_reform_get_status (reform)));
  g_assert_nonnull (strstr (gtk_label_get_label (window_test_child (page, REX_TYPE_REFORM_PAGE, "status_date_label")),
                            "2026"));

  /* Figures: 20,000 → 5,000 members first. */
  figures_box = window_test_child (page, REX_TYPE_REFORM_PAGE, "figures_box");
  g_assert_cmpuint (count_children (figures_box, REX_TYPE_FIGURE_VIEW), ==,
                    g_list_model_get_n_items (rex_reform_get_figures (reform)));
  first = gtk_widget_get_first_child (figures_box);
  figure_text = rex_figure_view_dup_text (REX_FIGURE_VIEW (first));
  g_assert_cmpstr (figure_text, ==, "20,000 members → 5,000 members");
  g_assert_true (find_label_containing (first, "20,000 members"));
  g_assert_true (find_label_containing (first, "5,000 members"));

  /* Milestones, dated, with their sources. */
  milestones = window_test_child (page, REX_TYPE_REFORM_PAGE, "milestones_list");
  g_assert_cmpuint (count_children (milestones, GTK_TYPE_LIST_BOX_ROW), ==,
                    g_list_model_get_n_items (rex_reform_get_milestones (reform)));
  g_assert_true (find_label_containing (milestones, "16 March 2022"));
  g_assert_true (find_label_containing (milestones, "Akorda"));

  /* Sources, as rows that open their address. */
  sources = window_test_child (page, REX_TYPE_REFORM_PAGE, "sources_list");
  g_assert_cmpuint (count_children (sources, ADW_TYPE_ACTION_ROW), >=,
                    g_list_model_get_n_items (rex_reform_get_sources (reform)));
  g_assert_cmpuint (count_children (sources, ADW_TYPE_ACTION_ROW), >, 0);

  /* Copy as text. */
  citation = rex_page_dup_copy_text (rex_window_get_visible_page (window));
  g_assert_nonnull (citation);
  g_assert_nonnull (strstr (citation, rex_reform_get_title (reform)));
  g_assert_nonnull (strstr (citation, "Status: In force"));
  g_assert_nonnull (strstr (citation, "20,000 members → 5,000 members"));
  g_assert_nonnull (strstr (citation, "Milestones:"));
  g_assert_nonnull (strstr (citation, "Sources:"));
  g_assert_nonnull (strstr (citation, "https://"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-text", NULL));
  window_test_iterate ();

  /* A reform with regions lists them by name, as text. */
  g_assert_true (rex_window_show_reform (window, "new-regions"));
  window_test_iterate ();
  g_assert_true (gtk_widget_get_visible (window_test_child (page, REX_TYPE_REFORM_PAGE, "regions_section")));
  g_assert_nonnull (strstr (gtk_label_get_label (window_test_child (page, REX_TYPE_REFORM_PAGE, "regions_label")),
                            "Abai"));

  /* Every reform can be shown without a warning. */
  for (guint i = 0; i < g_list_model_get_n_items (rex_catalogue_get_reforms (catalogue)); i++)
    {
      g_autoptr(RexReform) r = g_list_model_get_item (rex_catalogue_get_reforms (catalogue), i);

      g_assert_true (rex_window_show_reform (window, rex_reform_get_id (r)));
      window_test_iterate ();
      g_assert_true (rex_window_get_reform (window) == r);
      g_assert_cmpstr (gtk_label_get_label (window_test_child (page, REX_TYPE_REFORM_PAGE, "title_label")),
                       ==, rex_reform_get_title (r));
    }

  /* The overview is the programme page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-overview", NULL));
  window_test_iterate ();
  g_assert_null (rex_window_get_reform (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_test_child (window, REX_TYPE_WINDOW, "detail_stack")),
                   ==, "programme");
  g_assert_true (find_label_containing (window_test_child (window, REX_TYPE_WINDOW, "programme_page"), "16 March 2022"));

  window_test_destroy_window (window);
}

static void
test_deep_links (void)
{
  RexWindow *window = window_test_create_window ();

  g_assert_true (rex_window_show_category (window, "judiciary"));
  window_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (list_model (window)), ==, 2);

  g_assert_true (rex_window_show_reform (window, "senate-quota"));
  window_test_iterate ();
  g_assert_cmpstr (rex_reform_get_id (rex_window_get_reform (window)), ==, "senate-quota");
  /* The list moved to the reform's category so that it is selected there. */
  g_assert_true (list_contains (window, "senate-quota"));

  /* Unknown ids say so in a toast and change nothing. */
  g_assert_false (rex_window_show_reform (window, "no-such-reform"));
  window_test_iterate ();
  g_assert_true (find_label_containing (GTK_WIDGET (window), "no-such-reform"));
  g_assert_false (rex_window_show_category (window, "no-such-category"));
  window_test_iterate ();
  g_assert_true (find_label_containing (GTK_WIDGET (window), "no-such-category"));
  g_assert_cmpstr (rex_reform_get_id (rex_window_get_reform (window)), ==, "senate-quota");

  window_test_destroy_window (window);
}

static gboolean
inspect_app_cb (gpointer data)
{
  GApplication *app = data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  RexReform *reform;

  g_assert_true (REX_IS_WINDOW (window));
  reform = rex_window_get_reform (REX_WINDOW (window));
  g_assert_nonnull (reform);
  g_assert_cmpstr (rex_reform_get_id (reform), ==, "jury-trials");
  g_object_set_data (G_OBJECT (app), "checked", GINT_TO_POINTER (TRUE));

  gtk_window_destroy (window);
  return G_SOURCE_REMOVE;
}

static void
test_command_line (void)
{
  g_autoptr(RexApplication) app = NULL;
  char *argv[] = { (char *) "reform-explorer", (char *) "--reform", (char *) "jury-trials", NULL };
  int status;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_skip ("needs a session bus (run under dbus-run-session)");
      return;
    }

  app = rex_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_timeout_add (500, inspect_app_cb, app);
  status = g_application_run (G_APPLICATION (app), G_N_ELEMENTS (argv) - 1, argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (app), "checked")));
}

static void
test_restore (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  RexWindow *window;
  GtkListBox *category_list;
  RexWindow *second;

  g_settings_set_string (settings, "last-category", "judiciary");
  g_settings_set_string (settings, "last-reform", "jury-trials");

  window = window_test_create_window ();
  category_list = window_test_child (window, REX_TYPE_WINDOW, "category_list");
  g_assert_cmpstr (rex_reform_get_id (rex_window_get_reform (window)), ==, "jury-trials");
  g_assert_cmpstr (rex_sidebar_row_get_id (REX_SIDEBAR_ROW (gtk_list_box_get_selected_row (category_list))),
                   ==, "judiciary");

  /* Choosing something else is remembered. */
  g_assert_true (rex_window_show_reform (window, "mass-media-law"));
  window_test_iterate ();
  g_assert_cmpstr (g_settings_get_string (settings, "last-reform"), ==, "mass-media-law");
  window_test_destroy_window (window);

  second = window_test_create_window ();
  g_assert_cmpstr (rex_reform_get_id (rex_window_get_reform (second)), ==, "mass-media-law");
  window_test_destroy_window (second);

  /* An id the dataset does not have is skipped quietly. */
  g_settings_set_string (settings, "last-reform", "gone");
  second = window_test_create_window ();
  g_assert_null (rex_window_get_reform (second));
  window_test_destroy_window (second);

  g_settings_reset (settings, "last-category");
  g_settings_reset (settings, "last-reform");
}

static void
test_sort (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  RexWindow *window = window_test_create_window ();
  GListModel *model = list_model (window);
  g_autoptr(RexReform) first = NULL;
  g_autoptr(RexReform) last = NULL;
  guint n;

  rex_window_show_category (window, "");
  window_test_iterate ();
  n = g_list_model_get_n_items (model);

  g_settings_set_string (settings, "sort-order", "status");
  window_test_iterate ();
  first = g_list_model_get_item (model, 0);
  last = g_list_model_get_item (model, n - 1);
  g_assert_cmpint (rex_reform_get_status (first), ==, REX_STATUS_IN_FORCE);
  g_assert_cmpint (rex_reform_get_status (last), ==, REX_STATUS_SUPERSEDED);
  g_clear_object (&first);
  g_clear_object (&last);

  g_settings_set_string (settings, "sort-order", "date");
  window_test_iterate ();
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(RexReform) a = g_list_model_get_item (model, i - 1);
      g_autoptr(RexReform) b = g_list_model_get_item (model, i);
      const RexDate *da = rex_reform_get_last_milestone_date (a);
      const RexDate *db = rex_reform_get_last_milestone_date (b);

      if (da != NULL && db != NULL)
        g_assert_cmpint (rex_date_compare (da, db), >=, 0);
    }

  g_settings_set_string (settings, "sort-order", "programme");
  window_test_iterate ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexReform) r = g_list_model_get_item (model, i);
      g_assert_cmpuint (rex_reform_get_position (r), ==, i);
    }

  g_settings_reset (settings, "sort-order");
  window_test_destroy_window (window);
}

static char *
write_temp (const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rex-test-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

static char *
bundled_with (const char *member,
              const char *value)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (REX_CATALOGUE_BUNDLED_PATH, 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  g_assert_nonnull (bytes);
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  if (member != NULL)
    {
      JsonArray *reforms = json_object_get_array_member (root, "reforms");
      JsonObject *reform = json_array_get_object_element (reforms, 2);
      json_object_set_string_member (reform, member, value);
    }

  return json_to_string (json_parser_get_root (parser), TRUE);
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

static void
open_and_wait (RexWindow  *window,
               const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  rex_window_open_dataset (window, file, NULL, NULL);
  g_assert_true (rex_window_get_busy (window));
  while (rex_window_get_busy (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (rex_window_get_busy (window));
  window_test_iterate ();
}

static void
check_open_fails (const char *name,
                  const char *contents,
                  const char *expected)
{
  RexWindow *window = window_test_create_window ();
  RexCatalogue *before = rex_window_get_catalogue (window);
  g_autofree char *path = write_temp (name, contents);
  g_autofree char *dir = g_path_get_dirname (path);
  AdwMessageDialog *dialog;
  const char *body;

  rex_window_show_reform (window, "party-registration-threshold");
  window_test_iterate ();

  open_and_wait (window, path);

  /* The old data is still there, untouched. */
  g_assert_true (rex_window_get_catalogue (window) == before);
  g_assert_cmpstr (rex_reform_get_id (rex_window_get_reform (window)), ==, "party-registration-threshold");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Reform Explorer");

  /* And a dialog says what is wrong, and where. */
  dialog = find_error_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), name));
  body = adw_message_dialog_get_body (dialog);
  g_test_message ("error: %s", body);
  g_assert_nonnull (strstr (body, name));
  if (expected != NULL)
    g_assert_nonnull (strstr (body, expected));

  gtk_window_destroy (GTK_WINDOW (dialog));
  window_test_destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_open_malformed (void)
{
  g_autofree char *dangling = bundled_with ("category", "no-such-category");

  check_open_fails ("broken.json", "{ \"format\": 1, \"as_of\": ", NULL);
  check_open_fails ("dangling.json", dangling, "no-such-category");
}

static void
test_open_valid (void)
{
  RexWindow *window = window_test_create_window ();
  RexCatalogue *before = rex_window_get_catalogue (window);
  g_autofree char *json = bundled_with (NULL, NULL);
  g_autofree char *path = write_temp ("copy.json", json);
  g_autofree char *dir = g_path_get_dirname (path);
  AdwWindowTitle *title = window_test_child (window, REX_TYPE_WINDOW, "window_title");

  g_assert_cmpstr (adw_window_title_get_subtitle (title) ? adw_window_title_get_subtitle (title) : "", ==, "");

  open_and_wait (window, path);

  g_assert_true (rex_window_get_catalogue (window) != before);
  g_assert_null (find_error_dialog (window));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "copy.json");
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "copy.json"));
  g_assert_cmpuint (g_list_model_get_n_items (list_model (window)), ==,
                    g_list_model_get_n_items (rex_catalogue_get_reforms (rex_window_get_catalogue (window))));

  /* Back to the bundled one. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  window_test_iterate ();
  g_assert_cmpstr (adw_window_title_get_subtitle (title) ? adw_window_title_get_subtitle (title) : "", ==, "");

  window_test_destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_narrow (void)
{
  RexWindow *window = rex_window_new (NULL);
  AdwLeaflet *leaflet = window_test_child (window, REX_TYPE_WINDOW, "leaflet");
  AdwFlap *flap = window_test_child (window, REX_TYPE_WINDOW, "flap");

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  gtk_window_present (GTK_WINDOW (window));
  wait_ms (300);

  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_true (adw_flap_get_folded (flap));

  g_assert_true (rex_window_show_reform (window, "party-registration-threshold"));
  window_test_iterate ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  g_assert_true (gtk_widget_get_visible (window_test_child (window, REX_TYPE_WINDOW, "back_button")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  window_test_iterate ();
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL));
  window_test_iterate ();
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL));
  window_test_iterate ();
  g_assert_false (adw_flap_get_reveal_flap (flap));

  window_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  window_test_init (&argc, &argv);

  g_test_add_func ("/ui/window/categories", test_categories);
  g_test_add_func ("/ui/window/search", test_search);
  g_test_add_func ("/ui/window/detail", test_detail);
  g_test_add_func ("/ui/window/deep-links", test_deep_links);
  g_test_add_func ("/ui/window/command-line", test_command_line);
  g_test_add_func ("/ui/window/restore", test_restore);
  g_test_add_func ("/ui/window/sort", test_sort);
  g_test_add_func ("/ui/window/open-malformed", test_open_malformed);
  g_test_add_func ("/ui/window/open-valid", test_open_valid);
  g_test_add_func ("/ui/window/narrow", test_narrow);

  return g_test_run ();
}
