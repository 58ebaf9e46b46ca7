/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Drives the real main window under a display (Xvfb in CI) the way a user
 * does: through its public actions (the same ones the sidebar, links, the
 * command line and the map use), and reads back what is on screen: the
 * visible page and its title, the rows of the list, the selected sidebar
 * row, labels. Each numbered defect of issue 7 has a test here. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "rex-application.h"
#include "rex-window.h"
#include "window-test-util.h"

static const int widths[] = { 1280, 800, 360 };

/* The sidebar, as a screen reader finds it. The Reforms view keeps it in a
 * flap that is hidden on narrow windows: show it to read it. */
static GtkListBox *
reveal_sidebar_list (RexWindow *window,
                     gboolean  *revealed)
{
  GtkWidget *list = window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_LIST_BOX,
                                                 "Reforms to show");

  *revealed = FALSE;
  if (list == NULL)
    {
      window_test_action (window, "win.toggle-sidebar", NULL);
      *revealed = TRUE;
      list = window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "Reforms to show");
    }
  g_assert_nonnull (list);

  return GTK_LIST_BOX (list);
}

static void
hide_sidebar (RexWindow *window,
              gboolean   revealed)
{
  if (revealed)
    window_test_action (window, "win.toggle-sidebar", NULL);
}

static char *
dup_sidebar_selection (RexWindow *window)
{
  gboolean revealed;
  GtkListBox *list = reveal_sidebar_list (window, &revealed);
  char *text;

  /* One selection, one truth: never two rows. */
  g_assert_cmpuint (window_test_count_selected_rows (list), <=, 1);
  text = window_test_dup_selected_row_text (list);
  hide_sidebar (window, revealed);

  return text;
}

static GtkListBoxRow *
find_row_with_title (GtkListBox *list,
                     const char *title)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && window_test_find_label (row, title) != NULL)
      return GTK_LIST_BOX_ROW (row);

  return NULL;
}

/* The number a sidebar row shows beside its title. */
static guint
row_count (GtkListBox *list,
           const char *title)
{
  GtkListBoxRow *row = find_row_with_title (list, title);
  g_autoptr(GPtrArray) texts = NULL;

  g_assert_nonnull (row);
  texts = window_test_visible_texts (GTK_WIDGET (row));
  g_assert_cmpuint (texts->len, ==, 2);

  return (guint) g_ascii_strtoull (g_ptr_array_index (texts, 1), NULL, 10);
}

static GtkCheckButton *
find_status_choice (RexWindow  *window,
                    const char *label)
{
  GtkWidget *list = window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_LIST_BOX,
                                                 "Filter by status");
  GtkListBoxRow *row;

  g_assert_nonnull (list);
  row = find_row_with_title (GTK_LIST_BOX (list), label);
  g_assert_nonnull (row);

  return GTK_CHECK_BUTTON (gtk_list_box_row_get_child (row));
}

static guint
count_active_status_choices (RexWindow *window)
{
  GtkWidget *list = window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_LIST_BOX,
                                                 "Filter by status");
  guint n = 0;

  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) &&
        gtk_check_button_get_active (GTK_CHECK_BUTTON (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)))))
      n++;

  return n;
}

static char *
dup_page_title (RexWindow *window)
{
  return rex_page_dup_title (rex_window_get_visible_page (window));
}

static const char *
programme_title (RexWindow *window)
{
  return rex_programme_get_title (rex_catalogue_get_programme (rex_window_get_catalogue (window)));
}

static const char *
reform_title (RexWindow  *window,
              const char *id)
{
  return rex_reform_get_title (rex_catalogue_lookup_reform (rex_window_get_catalogue (window), id));
}

static guint
count_listed (RexWindow *window)
{
  g_autoptr(GPtrArray) ids = window_test_dup_listed_reforms (window);

  return ids->len;
}

static GtkAdjustment *
list_adjustment (RexWindow *window)
{
  GtkListView *list = window_test_find_reform_list (window);
  GtkWidget *scroller;

  g_assert_nonnull (list);
  scroller = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_SCROLLED_WINDOW);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

static void
scroll_list_to_bottom (RexWindow *window)
{
  GtkAdjustment *adjustment = list_adjustment (window);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  window_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
}

/* The list is at its top: the first reform's title is whole on screen,
 * the scroll position no further down than the row's own margin. */
static void
assert_list_at_top (RexWindow *window)
{
  GtkAdjustment *adjustment = list_adjustment (window);
  GtkListView *list = window_test_find_reform_list (window);
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_SCROLLED_WINDOW);
  g_autoptr(GPtrArray) ids = window_test_dup_listed_reforms (window);
  GtkLabel *title;
  graphene_rect_t bounds;

  g_assert_cmpuint (ids->len, >, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), <=, 8);
  title = window_test_find_label (GTK_WIDGET (list), reform_title (window, g_ptr_array_index (ids, 0)));
  g_assert_nonnull (title);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (title), scroller, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scroller));
}

static void
search (RexWindow  *window,
        const char *text)
{
  GtkWidget *entry;

  window_test_action (window, "win.search", NULL);
  entry = window_test_find_mapped (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* Do not wait for the entry's typing delay. */
  g_signal_emit_by_name (entry, "search-changed");
  window_test_wait_for_frame (GTK_WIDGET (window));
}

static void
click_button_with_label (RexWindow  *window,
                         const char *label)
{
  GtkLabel *found = window_test_find_label (GTK_WIDGET (window), label);
  GtkWidget *button;

  g_assert_nonnull (found);
  button = gtk_widget_get_ancestor (GTK_WIDGET (found), GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  /* What a click does; "activate" would wait for the press animation. */
  g_signal_emit_by_name (button, "clicked");
  window_test_wait_for_frame (GTK_WIDGET (window));
}

/* The shell */

static void
test_views (void)
{
  RexWindow *window = window_test_create_window ();
  g_autofree char *title = NULL;

  g_assert_cmpstr (rex_window_get_view (window), ==, "reforms");
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), programme_title (window)));

  window_test_action (window, "win.show-view", "regions");
  g_assert_cmpstr (rex_window_get_view (window), ==, "regions");
  g_assert_nonnull (window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "Regions"));
  g_assert_false (window_test_shows_text (GTK_WIDGET (window), programme_title (window)));
  title = dup_page_title (window);
  g_assert_cmpstr (title, ==, "Regions");

  window_test_action (window, "win.show-view", "reforms");
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), programme_title (window)));

  /* An unknown view changes nothing and says why. */
  g_assert_false (rex_window_show_view (window, "maps"));
  window_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (rex_window_get_view (window), ==, "reforms");
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), "maps"));

  window_test_destroy_window (window);
}

/* Defect 2: the sidebar always says what is on screen. */
static void
check_sidebar_truth (gconstpointer data)
{
  int width = GPOINTER_TO_INT (data);
  RexWindow *window = window_test_create_window_sized (width, width == 360 ? 700 : 600);
  char *selected;

  window_test_action (window, "win.show-overview", NULL);
  selected = dup_sidebar_selection (window);
  g_assert_cmpstr (selected, ==, "Overview");
  g_free (selected);
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), programme_title (window)));
  g_assert_cmpuint (count_listed (window), ==, 0);

  window_test_action (window, "win.show-category", "");
  selected = dup_sidebar_selection (window);
  g_assert_cmpstr (selected, ==, "All reforms");
  g_free (selected);
  g_assert_cmpuint (count_listed (window), ==, 20);
  g_assert_false (window_test_shows_text (GTK_WIDGET (window), programme_title (window)));
  /* Beside the list, a window wide enough for both says no reform is
   * chosen yet, rather than keep the overview. */
  if (width >= 1280)
    g_assert_true (window_test_shows_text (GTK_WIDGET (window), "No Reform Selected"));

  window_test_action (window, "win.show-category", "judiciary");
  selected = dup_sidebar_selection (window);
  g_assert_cmpstr (selected, ==, "Judiciary");
  g_free (selected);
  g_assert_cmpuint (count_listed (window), ==, 2);

  /* A reform of another group moves the sidebar to that group. */
  window_test_action (window, "win.show-reform", "senate-quota");
  selected = dup_sidebar_selection (window);
  g_assert_cmpstr (selected, ==, "Parliament and local government");
  g_free (selected);
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), reform_title (window, "senate-quota")));

  /* The status is a filter: one radio choice, never a second highlighted
   * row beside the group. */
  window_test_action (window, "win.show-status", "in-force");
  {
    gboolean revealed;
    GtkListBox *list = reveal_sidebar_list (window, &revealed);
    GtkWidget *statuses = window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_LIST_BOX,
                                                       "Filter by status");

    g_assert_cmpuint (window_test_count_selected_rows (list), ==, 1);
    g_assert_cmpuint (window_test_count_selected_rows (GTK_LIST_BOX (statuses)), ==, 0);
    g_assert_cmpuint (count_active_status_choices (window), ==, 1);
    g_assert_true (gtk_check_button_get_active (find_status_choice (window, "In force")));
    hide_sidebar (window, revealed);
  }

  /* Back to the overview: the list is gone, whatever the width. */
  window_test_action (window, "win.show-overview", NULL);
  selected = dup_sidebar_selection (window);
  g_assert_cmpstr (selected, ==, "Overview");
  g_free (selected);
  g_assert_cmpuint (count_listed (window), ==, 0);

  window_test_action (window, "win.show-status", "");
  window_test_destroy_window (window);
}

/* Defect 1: on a phone-sized window, choosing Overview in the sidebar
 * shows the overview, with the mouse as with Enter. */
static void
test_overview_from_narrow_sidebar (void)
{
  RexWindow *window = window_test_create_window_sized (360, 700);
  GtkListBox *list;
  GtkListBoxRow *row;
  gboolean revealed;

  window_test_action (window, "win.show-reform", "party-registration-threshold");
  list = reveal_sidebar_list (window, &revealed);
  g_assert_true (revealed);

  row = find_row_with_title (list, "Overview");
  g_assert_nonnull (row);
  /* A click and Enter both end in the row's activation. */
  gtk_widget_activate (GTK_WIDGET (row));
  window_test_wait_for_frame (GTK_WIDGET (window));

  g_assert_null (rex_window_get_reform (window));
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), programme_title (window)));
  g_assert_null (window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "Reforms to show"));
  /* What went wrong before: the list under the pointer chose a reform on
   * hover once the sidebar closed. Hovering must never select. */
  window_test_action (window, "win.show-category", "");
  g_assert_false (gtk_list_view_get_single_click_activate (window_test_find_reform_list (window)));

  window_test_destroy_window (window);
}

/* Defect 3: after a change of what the list holds, it starts at the top. */
static void
test_list_starts_at_top (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  RexWindow *window = window_test_create_window_sized (1200, 420);

  window_test_action (window, "win.show-category", "");
  scroll_list_to_bottom (window);
  window_test_action (window, "win.show-category", "political-system");
  assert_list_at_top (window);

  window_test_action (window, "win.show-category", "");
  scroll_list_to_bottom (window);
  window_test_action (window, "win.show-status", "in-force");
  assert_list_at_top (window);

  scroll_list_to_bottom (window);
  g_settings_set_string (settings, "sort-order", "date");
  window_test_wait_for_frame (GTK_WIDGET (window));
  assert_list_at_top (window);
  g_settings_reset (settings, "sort-order");
  window_test_wait_for_frame (GTK_WIDGET (window));

  window_test_action (window, "win.show-status", "");
  scroll_list_to_bottom (window);
  search (window, "court");
  /* The first match is on screen. */
  assert_list_at_top (window);

  window_test_destroy_window (window);
}

static gboolean
is_cut (GtkLabel *label)
{
  return gtk_label_get_ellipsize (label) != PANGO_ELLIPSIZE_NONE &&
         pango_layout_is_ellipsized (gtk_label_get_layout (label));
}

/* Defect 4: titles are whole at every width. */
static void
check_titles (gconstpointer data)
{
  int width = GPOINTER_TO_INT (data);
  RexWindow *window = window_test_create_window_sized (width, 700);
  GListModel *categories = rex_catalogue_get_categories (rex_window_get_catalogue (window));

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(RexCategory) category = g_list_model_get_item (categories, i);
      GtkListView *list;
      GtkLabel *heading;

      window_test_action (window, "win.show-category", rex_category_get_id (category));
      heading = window_test_find_label (GTK_WIDGET (window), rex_category_get_title (category));
      g_assert_nonnull (heading);
      g_assert_false (is_cut (heading));

      /* Every title in the list reads whole. */
      list = window_test_find_reform_list (window);
      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row; row = gtk_widget_get_next_sibling (row))
        {
          g_autoptr(GPtrArray) texts = window_test_visible_texts (row);

          for (guint j = 0; j < texts->len; j++)
            {
              GtkLabel *label = window_test_find_label (row, g_ptr_array_index (texts, j));

              if (g_strcmp0 (gtk_widget_get_css_name (GTK_WIDGET (label)), "label") == 0 &&
                  gtk_widget_has_css_class (GTK_WIDGET (label), "heading"))
                g_assert_false (is_cut (label));
            }
        }
    }

  window_test_destroy_window (window);
}

/* Defect 5: an empty list offers the step back; filters with nothing to
 * show are not offered. */
static void
test_empty_states (void)
{
  RexWindow *window = window_test_create_window ();

  window_test_action (window, "win.show-category", "judiciary");
  /* The judiciary has no superseded reform: that choice is insensitive. */
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (find_status_choice (window, "Superseded"))));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (find_status_choice (window, "In force"))));

  /* A link may still ask for it: the empty page leads back. */
  window_test_action (window, "win.show-status", "superseded");
  g_assert_cmpuint (count_listed (window), ==, 0);
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), "No Reforms"));
  click_button_with_label (window, "Show Any Status");
  g_assert_cmpuint (count_listed (window), ==, 2);
  g_assert_true (gtk_check_button_get_active (find_status_choice (window, "Any status")));

  /* A search with no match in a group offers all reforms... */
  search (window, "<b>zzq</b> & co");
  g_assert_cmpuint (count_listed (window), ==, 0);
  /* ...and says what was searched for as it was typed, not as markup. */
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), "“<b>zzq</b> & co”"));
  g_assert_null (window_test_find_label (GTK_WIDGET (window), "Clear Search"));
  click_button_with_label (window, "Search All Reforms");
  {
    char *selected = dup_sidebar_selection (window);

    g_assert_cmpstr (selected, ==, "All reforms");
    g_free (selected);
  }
  /* Already searching everything: only clearing the search is left. */
  g_assert_null (window_test_find_label (GTK_WIDGET (window), "Search All Reforms"));
  click_button_with_label (window, "Clear Search");
  g_assert_cmpuint (count_listed (window), ==, 20);

  window_test_destroy_window (window);
}

/* Defect 6: every count follows what the user chose. */
static void
test_counts_follow_choices (void)
{
  RexWindow *window = window_test_create_window ();
  GtkListBox *list;
  gboolean revealed;

  window_test_action (window, "win.show-category", "");
  list = reveal_sidebar_list (window, &revealed);
  g_assert_cmpuint (row_count (list, "All reforms"), ==, 20);
  g_assert_cmpuint (row_count (list, "Judiciary"), ==, 2);

  window_test_action (window, "win.show-status", "superseded");
  g_assert_cmpuint (row_count (list, "All reforms"), ==, 3);
  g_assert_cmpuint (row_count (list, "Judiciary"), ==, 0);
  g_assert_cmpuint (row_count (list, "Parliament and local government"), ==, 3);

  window_test_action (window, "win.show-status", "");
  search (window, "jury");
  g_assert_cmpuint (row_count (list, "Judiciary"), ==, 1);
  g_assert_cmpuint (row_count (list, "Additional measures"), ==, 0);
  g_assert_cmpuint (row_count (list, "All reforms"), ==, count_listed (window));

  hide_sidebar (window, revealed);
  window_test_destroy_window (window);
}

/* Defect 7: sorted by date, each row says its date. */
static void
test_date_sort_shows_dates (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  RexWindow *window = window_test_create_window ();
  g_autoptr(GPtrArray) ids = NULL;
  RexCatalogue *catalogue;
  g_autofree char *date = NULL;
  g_autofree char *expected = NULL;

  window_test_action (window, "win.show-category", "");
  g_assert_false (window_test_shows_text (GTK_WIDGET (window), "Latest: "));

  g_settings_set_string (settings, "sort-order", "date");
  window_test_wait_for_frame (GTK_WIDGET (window));
  ids = window_test_dup_listed_reforms (window);
  catalogue = rex_window_get_catalogue (window);
  for (guint i = 1; i < ids->len; i++)
    {
      const RexDate *a = rex_reform_get_last_milestone_date (rex_catalogue_lookup_reform (catalogue, g_ptr_array_index (ids, i - 1)));
      const RexDate *b = rex_reform_get_last_milestone_date (rex_catalogue_lookup_reform (catalogue, g_ptr_array_index (ids, i)));

      if (a != NULL && b != NULL)
        g_assert_cmpint (rex_date_compare (a, b), >=, 0);
    }

  date = rex_date_format (rex_reform_get_last_milestone_date (rex_catalogue_lookup_reform (catalogue, g_ptr_array_index (ids, 0))));
  expected = g_strdup_printf ("Latest: %s", date);
  g_assert_nonnull (window_test_find_label (GTK_WIDGET (window), expected));

  /* The status order is the one the sidebar and the overview use. */
  g_settings_set_string (settings, "sort-order", "status");
  window_test_wait_for_frame (GTK_WIDGET (window));
  g_clear_pointer (&ids, g_ptr_array_unref);
  ids = window_test_dup_listed_reforms (window);
  for (guint i = 1; i < ids->len; i++)
    g_assert_cmpuint (rex_status_get_rank (rex_reform_get_status (rex_catalogue_lookup_reform (catalogue, g_ptr_array_index (ids, i - 1)))),
                      <=,
                      rex_status_get_rank (rex_reform_get_status (rex_catalogue_lookup_reform (catalogue, g_ptr_array_index (ids, i)))));
  g_assert_false (window_test_shows_text (GTK_WIDGET (window), "Latest: "));

  g_settings_reset (settings, "sort-order");
  window_test_destroy_window (window);
}

/* Where the text of @widget (a label, or the first label inside it)
 * starts, from the left of @ancestor: what the eye lines up. */
static double
x_in (GtkWidget *widget,
      GtkWidget *ancestor)
{
  graphene_point_t point;
  int x, y;

  while (!GTK_IS_LABEL (widget))
    {
      GtkWidget *child;

      for (child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        if (gtk_widget_get_mapped (child) && !GTK_IS_IMAGE (child))
          break;
      g_assert_nonnull (child);
      /* A check button's indicator comes first: it is the row's edge. */
      if (g_str_equal (gtk_widget_get_css_name (child), "check") ||
          g_str_equal (gtk_widget_get_css_name (child), "radio"))
        {
          g_assert_true (gtk_widget_compute_point (child, ancestor, &GRAPHENE_POINT_INIT (0, 0), &point));
          return point.x;
        }
      widget = child;
    }

  g_assert_true (gtk_widget_compute_point (widget, ancestor, &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_label_get_layout_offsets (GTK_LABEL (widget), &x, &y);

  return point.x + x;
}

/* Defect 8: one left edge, one capitalisation, one status order. */
static void
test_sidebar_lines_up (void)
{
  RexWindow *window = window_test_create_window ();
  GtkWidget *root = GTK_WIDGET (window);
  GtkLabel *groups = window_test_find_label (root, "Groups");
  GtkLabel *status = window_test_find_label (root, "Status");
  GtkLabel *judiciary;
  GtkWidget *any_status;
  GtkWidget *statuses;
  guint position = 0;

  g_assert_nonnull (groups);
  g_assert_nonnull (status);
  window_test_action (window, "win.show-category", "");
  judiciary = window_test_find_label (root, "Judiciary");
  g_assert_nonnull (judiciary);
  any_status = GTK_WIDGET (find_status_choice (window, "Any status"));

  g_assert_cmpfloat_with_epsilon (x_in (GTK_WIDGET (groups), root), x_in (GTK_WIDGET (status), root), 0.5);
  g_assert_cmpfloat_with_epsilon (x_in (GTK_WIDGET (groups), root), x_in (GTK_WIDGET (judiciary), root), 1.5);
  g_assert_cmpfloat_with_epsilon (x_in (GTK_WIDGET (groups), root), x_in (any_status, root), 1.5);

  /* Sentence case for rows. */
  g_assert_nonnull (window_test_find_label (root, "All reforms"));
  g_assert_nonnull (window_test_find_label (root, "Any status"));

  /* Statuses in the one order. */
  statuses = window_test_find_accessible (root, GTK_TYPE_LIST_BOX, "Filter by status");
  for (GtkWidget *row = gtk_widget_get_first_child (statuses); row; row = gtk_widget_get_next_sibling (row))
    {
      g_autoptr(GPtrArray) texts = NULL;
      const char *label;

      if (!GTK_IS_LIST_BOX_ROW (row))
        continue;
      texts = window_test_visible_texts (row);
      label = g_ptr_array_index (texts, 0);
      if (g_str_equal (label, "Any status"))
        continue;
      while (position < REX_N_STATUSES &&
             rex_catalogue_count_reforms_by_status (rex_window_get_catalogue (window),
                                                    rex_status_nth_in_order (position)) == 0)
        position++;
      g_assert_cmpstr (label, ==, rex_status_get_label (rex_status_nth_in_order (position)));
      position++;
    }

  window_test_destroy_window (window);
}

static void
assert_no_caret_labels (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      if (gtk_label_get_selectable (GTK_LABEL (widget)) && gtk_widget_get_focusable (widget))
        g_error ("“%s” is selectable and takes focus", gtk_label_get_text (GTK_LABEL (widget)));
    }

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    assert_no_caret_labels (c);
}

/* Defect 9: keyboard focus never lands in text that looks editable. */
static void
test_no_caret_in_text (void)
{
  RexWindow *window = window_test_create_window ();

  assert_no_caret_labels (GTK_WIDGET (window));
  window_test_action (window, "win.show-reform", "jury-trials");
  assert_no_caret_labels (GTK_WIDGET (window));
  window_test_action (window, "win.show-region", "KZ-10");
  assert_no_caret_labels (GTK_WIDGET (window));

  window_test_destroy_window (window);
}

/* Regions, and the links between the two views */

static void
test_regions (void)
{
  RexWindow *window = window_test_create_window ();
  RexCatalogue *catalogue = rex_window_get_catalogue (window);
  RexRegion *ulytau = rex_catalogue_lookup_region (catalogue, "KZ-62");
  RexRegion *karaganda = rex_catalogue_lookup_region (catalogue, "KZ-35");
  GtkWidget *list;
  g_autofree char *selected = NULL;
  g_autofree char *title = NULL;

  window_test_action (window, "win.show-region", "KZ-62");
  g_assert_cmpstr (rex_window_get_view (window), ==, "regions");
  title = dup_page_title (window);
  g_assert_cmpstr (title, ==, rex_region_get_name (ulytau));
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), rex_region_get_official_name_kk (ulytau)));
  list = window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "Regions");
  g_assert_nonnull (list);
  selected = window_test_dup_selected_row_text (GTK_LIST_BOX (list));
  g_assert_cmpstr (selected, ==, rex_region_get_name (ulytau));

  /* An older code finds the same unit. */
  window_test_action (window, "win.show-region", "KZ-KAR");
  g_clear_pointer (&selected, g_free);
  selected = window_test_dup_selected_row_text (GTK_LIST_BOX (list));
  g_assert_cmpstr (selected, ==, rex_region_get_name (karaganda));

  /* The region page links to its reforms, and the reform page back. */
  window_test_action (window, "win.show-region", "KZ-10");
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), reform_title (window, "new-regions")));
  window_test_action (window, "win.show-reform", "new-regions");
  g_assert_cmpstr (rex_window_get_view (window), ==, "reforms");
  g_assert_cmpstr (rex_reform_get_id (rex_window_get_reform (window)), ==, "new-regions");
  window_test_action (window, "win.show-region", "KZ-33");
  g_assert_cmpstr (rex_window_get_view (window), ==, "regions");
  /* The Reforms view kept its place meanwhile. */
  window_test_action (window, "win.show-view", "reforms");
  g_assert_cmpstr (rex_reform_get_id (rex_window_get_reform (window)), ==, "new-regions");

  /* Unknown ids change nothing and say so, as typed. */
  g_assert_false (rex_window_show_region (window, "KZ-99"));
  window_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), "KZ-99"));
  g_assert_cmpstr (rex_window_get_view (window), ==, "reforms");

  window_test_destroy_window (window);
}

static void
test_deep_links (void)
{
  RexWindow *window = window_test_create_window ();
  const char *markup = "<span size=\"xx-large\" foreground=\"red\">BIG</span>";

  g_assert_true (rex_window_show_category (window, "judiciary"));
  window_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpuint (count_listed (window), ==, 2);

  g_assert_true (rex_window_show_reform (window, "senate-quota"));
  window_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpstr (rex_reform_get_id (rex_window_get_reform (window)), ==, "senate-quota");

  /* Unknown ids say so in a toast, as plain text, and change nothing. */
  g_assert_false (rex_window_show_reform (window, markup));
  window_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), markup));
  g_assert_false (rex_window_show_category (window, "no-such-category"));
  window_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), "no-such-category"));
  g_assert_cmpstr (rex_reform_get_id (rex_window_get_reform (window)), ==, "senate-quota");

  window_test_destroy_window (window);
}

static void
test_copy (void)
{
  RexWindow *window = window_test_create_window ();
  g_autofree char *text = NULL;

  /* Copy applies to a reform or a region, and its button says so by
   * being there. */
  window_test_action (window, "win.show-overview", NULL);
  g_assert_null (rex_page_dup_copy_text (rex_window_get_visible_page (window)));
  g_assert_null (window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_BUTTON, "Copy as Text"));

  window_test_action (window, "win.show-reform", "jury-trials");
  g_assert_nonnull (window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_BUTTON, "Copy as Text"));
  text = rex_page_dup_copy_text (rex_window_get_visible_page (window));
  g_assert_nonnull (strstr (text, reform_title (window, "jury-trials")));
  window_test_action (window, "win.copy-text", NULL);

  window_test_action (window, "win.show-region", "KZ-10");
  g_clear_pointer (&text, g_free);
  text = rex_page_dup_copy_text (rex_window_get_visible_page (window));
  g_assert_nonnull (strstr (text, "Semey"));

  window_test_destroy_window (window);
}

static gboolean
inspect_app_cb (gpointer data)
{
  GApplication *app = data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  RexRegion *region;

  g_assert_true (REX_IS_WINDOW (window));
  g_assert_cmpstr (rex_window_get_view (REX_WINDOW (window)), ==, "regions");
  region = rex_regions_view_get_region (rex_window_get_regions_view (REX_WINDOW (window)));
  g_assert_nonnull (region);
  g_assert_cmpstr (rex_region_get_id (region), ==, "KZ-62");
  g_object_set_data (G_OBJECT (app), "checked", GINT_TO_POINTER (TRUE));

  gtk_window_destroy (window);
  return G_SOURCE_REMOVE;
}

static void
test_command_line (void)
{
  g_autoptr(RexApplication) app = NULL;
  char *argv[] = { (char *) "reform-explorer", (char *) "--region", (char *) "KZ-62", NULL };
  int status;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_skip ("needs a session bus (run under dbus-run-session)");
      return;
    }

  app = rex_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_idle_add (inspect_app_cb, app);
  status = g_application_run (G_APPLICATION (app), G_N_ELEMENTS (argv) - 1, argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (app), "checked")));
}

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
test_restore (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  RexWindow *window;
  char *selected;

  g_settings_set_string (settings, "last-view", "reforms");
  g_settings_set_string (settings, "last-category", "judiciary");
  g_settings_set_string (settings, "last-reform", "jury-trials");

  window = window_test_create_window ();
  g_assert_cmpstr (rex_reform_get_id (rex_window_get_reform (window)), ==, "jury-trials");
  selected = dup_sidebar_selection (window);
  g_assert_cmpstr (selected, ==, "Judiciary");
  g_free (selected);

  /* Choosing something else is remembered, in either view. */
  window_test_action (window, "win.show-reform", "mass-media-law");
  assert_setting (settings, "last-reform", "mass-media-law");
  window_test_action (window, "win.show-region", "KZ-33");
  assert_setting (settings, "last-region", "KZ-33");
  assert_setting (settings, "last-view", "regions");
  window_test_destroy_window (window);

  window = window_test_create_window ();
  g_assert_cmpstr (rex_window_get_view (window), ==, "regions");
  g_assert_cmpstr (rex_region_get_id (rex_regions_view_get_region (rex_window_get_regions_view (window))), ==, "KZ-33");
  window_test_action (window, "win.show-view", "reforms");
  g_assert_cmpstr (rex_reform_get_id (rex_window_get_reform (window)), ==, "mass-media-law");
  window_test_destroy_window (window);

  /* Ids the dataset does not have are skipped quietly. */
  g_settings_set_string (settings, "last-reform", "gone");
  g_settings_set_string (settings, "last-region", "KZ-00");
  window = window_test_create_window ();
  g_assert_null (rex_window_get_reform (window));
  g_assert_null (rex_regions_view_get_region (rex_window_get_regions_view (window)));
  window_test_destroy_window (window);

  g_settings_reset (settings, "last-category");
  g_settings_reset (settings, "last-reform");
  g_settings_reset (settings, "last-region");
  g_settings_reset (settings, "last-view");
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
  g_assert_null (strstr (gtk_window_get_title (GTK_WINDOW (window)), name));

  /* And a dialog says what is wrong, naming the file, and where under
   * its details. */
  dialog = find_error_dialog (window);
  g_assert_nonnull (dialog);
  body = adw_message_dialog_get_body (dialog);
  g_test_message ("error: %s — %s", adw_message_dialog_get_heading (dialog), body);
  g_assert_nonnull (strstr (body, name));
  if (expected != NULL)
    {
      GtkWidget *expander = window_test_find_mapped (GTK_WIDGET (dialog), GTK_TYPE_EXPANDER);

      g_assert_nonnull (expander);
      gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
      window_test_wait_for_frame (GTK_WIDGET (dialog));
      g_assert_true (window_test_shows_text (GTK_WIDGET (dialog), expected));
    }

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

  g_assert_true (rex_window_get_bundled (window));

  open_and_wait (window, path);

  g_assert_true (rex_window_get_catalogue (window) != before);
  g_assert_null (find_error_dialog (window));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "copy.json"));
  window_test_action (window, "win.show-category", "");
  g_assert_cmpuint (count_listed (window), ==,
                    g_list_model_get_n_items (rex_catalogue_get_reforms (rex_window_get_catalogue (window))));

  /* Back to the bundled one. */
  window_test_action (window, "win.open-bundled", NULL);
  g_assert_true (rex_window_get_bundled (window));
  g_assert_null (strstr (gtk_window_get_title (GTK_WINDOW (window)), "copy.json"));

  window_test_destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* A dataset with @n copies of the first reform, under new ids. */
static char *
bundled_times (guint n)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (REX_CATALOGUE_BUNDLED_PATH, 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *reforms;
  JsonNode *first;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  reforms = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "reforms");
  first = json_array_get_element (reforms, 0);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *copy = json_node_copy (first);
      g_autofree char *id = g_strdup_printf ("copy-%u", i);

      json_object_set_string_member (json_node_get_object (copy), "id", id);
      json_array_add_element (reforms, copy);
    }

  return json_to_string (json_parser_get_root (parser), FALSE);
}

/* Two opens in a row: the file chosen last is the one shown, whatever
 * order the loads finish in; a load can be cancelled. */
static void
test_open_newest_wins (void)
{
  RexWindow *window = window_test_create_window ();
  RexCatalogue *before = rex_window_get_catalogue (window);
  g_autofree char *big_json = bundled_times (4000);
  g_autofree char *small_json = bundled_with (NULL, NULL);
  g_autofree char *big = write_temp ("big.json", big_json);
  g_autofree char *small = write_temp ("small.json", small_json);
  g_autoptr(GFile) big_file = g_file_new_for_path (big);
  g_autoptr(GFile) small_file = g_file_new_for_path (small);
  gint64 deadline;

  rex_window_open_dataset (window, big_file, NULL, NULL);
  rex_window_open_dataset (window, small_file, NULL, NULL);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (rex_window_get_busy (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (rex_window_get_busy (window));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "small.json"));
  /* Until the big file's load has come back too, whichever way. */
  while (rex_window_get_pending_loads (window) > 0)
    g_main_context_iteration (NULL, TRUE);
  window_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "small.json"));
  g_assert_cmpuint (g_list_model_get_n_items (rex_catalogue_get_reforms (rex_window_get_catalogue (window))), ==, 20);

  /* Cancelled, a load changes nothing and says nothing. */
  window_test_action (window, "win.open-bundled", NULL);
  before = rex_window_get_catalogue (window);
  rex_window_open_dataset (window, big_file, NULL, NULL);
  g_assert_true (rex_window_get_busy (window));
  window_test_action (window, "win.cancel-open", NULL);
  g_assert_false (rex_window_get_busy (window));
  while (rex_window_get_pending_loads (window) > 0)
    g_main_context_iteration (NULL, TRUE);
  window_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_true (rex_window_get_catalogue (window) == before);
  g_assert_null (find_error_dialog (window));

  window_test_destroy_window (window);
  g_unlink (big);
  g_unlink (small);
}

static void
test_narrow (void)
{
  RexWindow *window = window_test_create_window_sized (360, 640);

  window_test_action (window, "win.show-reform", "party-registration-threshold");
  /* The reform fills the window; the list is behind it. */
  g_assert_cmpuint (count_listed (window), ==, 0);
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), reform_title (window, "party-registration-threshold")));
  g_assert_nonnull (window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_BUTTON, "Back"));

  window_test_action (window, "win.back", NULL);
  g_assert_cmpuint (count_listed (window), >, 0);
  g_assert_null (window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_BUTTON, "Back"));
  /* Nothing further back in this view but the sidebar. */
  window_test_action (window, "win.toggle-sidebar", NULL);
  g_assert_nonnull (window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "Reforms to show"));
  window_test_action (window, "win.toggle-sidebar", NULL);
  g_assert_null (window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "Reforms to show"));

  /* Regions: the page slides over, with Back. */
  window_test_action (window, "win.show-region", "KZ-62");
  g_assert_nonnull (window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_BUTTON, "Back"));
  window_test_action (window, "win.back", NULL);
  g_assert_null (window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_BUTTON, "Back"));

  window_test_destroy_window (window);
}

static char *
dup_map_mode (RexWindow *window)
{
  char *mode = NULL;

  g_object_get (window, "map-mode", &mode, NULL);
  return mode;
}

/* win.map-mode, as the menu above the map and a region page's vote
 * activate it: on a phone, from the page, it shows the map it coloured;
 * the next window shows the same. */
static void
test_map_mode (void)
{
  RexWindow *window = window_test_create_window_sized (360, 720);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *mode = NULL;

  window_test_action (window, "win.show-region", "KZ-63");
  g_assert_nonnull (window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_BUTTON, "Back"));
  window_test_action (window, "win.map-mode", "referendum-2022:turnout");
  window_test_wait_for_frame (GTK_WIDGET (window));
  mode = dup_map_mode (window);
  g_assert_cmpstr (mode, ==, "referendum-2022:turnout");
  g_assert_null (window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_BUTTON, "Back"));
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), "80.66%"));
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), "Turnout, 5 June 2022"));

  /* Something this dataset does not have changes nothing. */
  window_test_action (window, "win.map-mode", "referendum-2026:share:yes");
  g_clear_pointer (&mode, g_free);
  mode = dup_map_mode (window);
  g_assert_cmpstr (mode, ==, "referendum-2022:turnout");
  window_test_destroy_window (window);

  /* The next window's map shows it too. */
  g_settings_set_string (settings, "last-view", "regions");
  window = window_test_create_window ();
  g_clear_pointer (&mode, g_free);
  mode = dup_map_mode (window);
  g_assert_cmpstr (mode, ==, "referendum-2022:turnout");
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), "80.66%"));

  window_test_action (window, "win.map-mode", "regions");
  g_assert_false (window_test_shows_text (GTK_WIDGET (window), "80.66%"));
  window_test_destroy_window (window);

  g_settings_reset (settings, "last-view");
  g_settings_reset (settings, "last-region");
  g_settings_reset (settings, "map-mode");
  g_settings_reset (settings, "map-division");
}

/* From a vote on a reform's page to the map of polling day, coloured by
 * its turnout, with a click. */
static void
test_vote_to_map (void)
{
  RexWindow *window = window_test_create_window ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *mode = NULL;
  GtkLabel *label;
  GtkWidget *button;

  window_test_action (window, "win.show-reform", "presidential-republic");
  window_test_wait_for_frame (GTK_WIDGET (window));
  label = window_test_find_label (GTK_WIDGET (window), "Turnout by Region");
  g_assert_nonnull (label);
  button = gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_assert_false (window_test_shows_text (GTK_WIDGET (window), "80.66%"));

  g_signal_emit_by_name (button, "clicked");
  window_test_wait_for_frame (GTK_WIDGET (window));
  mode = dup_map_mode (window);
  g_assert_cmpstr (mode, ==, "referendum-2022:turnout");
  /* The map is on screen, with its legend's highest figure. */
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), "80.66%"));
  g_assert_false (window_test_shows_text (GTK_WIDGET (window), "Turnout by Region"));
  window_test_destroy_window (window);

  g_settings_reset (settings, "last-view");
  g_settings_reset (settings, "last-reform");
  g_settings_reset (settings, "map-mode");
  g_settings_reset (settings, "map-division");
}

/* The map's menu and its division switch never run into each other:
 * side by side where both fit, one above the other where they do not
 * (a 1280 px window with the region list, the map and a region's page). */
static void
assert_toolbar_apart (RexWindow *window)
{
  GtkWidget *menu, *division;
  graphene_rect_t a, b;

  window_test_wait_for_frame (GTK_WIDGET (window));
  window_test_iterate ();
  window_test_wait_for_frame (GTK_WIDGET (window));
  menu = window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, "What the Map Shows");
  division = window_test_find_accessible (GTK_WIDGET (window), GTK_TYPE_BOX, "Division");
  g_assert_nonnull (menu);
  g_assert_nonnull (division);
  g_assert_true (gtk_widget_compute_bounds (menu, GTK_WIDGET (window), &a));
  g_assert_true (gtk_widget_compute_bounds (division, GTK_WIDGET (window), &b));
  g_assert_false (graphene_rect_intersection (&a, &b, NULL));
  /* Nor does any of their text leave its button. */
  for (GtkWidget *button = gtk_widget_get_first_child (division); button; button = gtk_widget_get_next_sibling (button))
    {
      GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));
      int text_width;

      pango_layout_get_pixel_size (gtk_label_get_layout (GTK_LABEL (label)), &text_width, NULL);
      g_assert_cmpint (text_width, <=, gtk_widget_get_width (label));
    }
}

static void
test_map_toolbar (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  RexWindow *window = window_test_create_window_sized (1280, 800);

  window_test_action (window, "win.show-region", "KZ-19");
  assert_toolbar_apart (window);
  window_test_destroy_window (window);

  window = window_test_create_window_sized (1600, 900);
  window_test_action (window, "win.show-view", "regions");
  assert_toolbar_apart (window);
  window_test_destroy_window (window);

  g_settings_reset (settings, "last-view");
  g_settings_reset (settings, "last-region");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  window_test_init (&argc, &argv);

  g_test_add_func ("/ui/window/views", test_views);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      g_autofree char *truth = g_strdup_printf ("/ui/window/sidebar-says-what-is-shown/%d", widths[i]);
      g_autofree char *titles = g_strdup_printf ("/ui/window/titles-whole/%d", widths[i]);

      g_test_add_data_func (truth, GINT_TO_POINTER (widths[i]), check_sidebar_truth);
      g_test_add_data_func (titles, GINT_TO_POINTER (widths[i]), check_titles);
    }
  g_test_add_func ("/ui/window/overview-from-narrow-sidebar", test_overview_from_narrow_sidebar);
  g_test_add_func ("/ui/window/list-starts-at-top", test_list_starts_at_top);
  g_test_add_func ("/ui/window/empty-states", test_empty_states);
  g_test_add_func ("/ui/window/counts-follow-choices", test_counts_follow_choices);
  g_test_add_func ("/ui/window/date-sort-shows-dates", test_date_sort_shows_dates);
  g_test_add_func ("/ui/window/sidebar-lines-up", test_sidebar_lines_up);
  g_test_add_func ("/ui/window/no-caret-in-text", test_no_caret_in_text);
  g_test_add_func ("/ui/window/regions", test_regions);
  g_test_add_func ("/ui/window/deep-links", test_deep_links);
  g_test_add_func ("/ui/window/copy", test_copy);
  g_test_add_func ("/ui/window/command-line", test_command_line);
  g_test_add_func ("/ui/window/restore", test_restore);
  g_test_add_func ("/ui/window/open-malformed", test_open_malformed);
  g_test_add_func ("/ui/window/open-valid", test_open_valid);
  g_test_add_func ("/ui/window/open-newest-wins", test_open_newest_wins);
  g_test_add_func ("/ui/window/narrow", test_narrow);
  g_test_add_func ("/ui/window/map-mode", test_map_mode);
  g_test_add_func ("/ui/window/vote-to-map", test_vote_to_map);
  g_test_add_func ("/ui/window/map-toolbar", test_map_toolbar);

  return g_test_run ();
}
