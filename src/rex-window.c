/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "rex-format.h"
#include "rex-programme-page.h"
#include "rex-reform-page.h"
#include "rex-reform-row.h"
#include "rex-sidebar-row.h"
#include "rex-window.h"

/* Sidebar ids that cannot clash with dataset ids, which are made of
 * lower-case letters, digits and "-" only. */
#define OVERVIEW_ID "#overview"
#define ALL_ID      ""

typedef enum {
  SORT_PROGRAMME,
  SORT_STATUS,
  SORT_DATE,
} SortOrder;

struct _RexWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  GCancellable         *cancellable;
  RexCatalogue         *catalogue;
  GFile                *file;        /* NULL for the bundled dataset */

  /* What the list shows. */
  RexCategory          *category;    /* NULL for all reforms */
  int                   status;      /* -1 for any status */
  RexQuery             *query;
  SortOrder             sort_order;
  gboolean              overview;
  guint                 busy;
  /* Set while the window changes its own selection, so that it neither
   * saves state nor moves focus as if the user had asked for it. */
  guint                 updating;

  AdwToastOverlay      *toast_overlay;
  AdwFlap              *flap;
  AdwHeaderBar         *sidebar_header;
  AdwWindowTitle       *window_title;
  GtkListBox           *category_list;
  GtkListBox           *status_list;
  AdwLeaflet           *leaflet;
  AdwHeaderBar         *list_header;
  GtkLabel             *list_title_label;
  GtkLabel             *list_subtitle_label;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkStack             *list_stack;
  GtkListView          *list_view;
  GtkSingleSelection   *selection;
  GtkSortListModel     *sort_model;
  GtkCustomSorter      *sorter;
  GtkFilterListModel   *filter_model;
  GtkCustomFilter      *category_filter;
  GtkCustomFilter      *status_filter;
  GtkCustomFilter      *search_filter;
  AdwStatusPage        *empty_page;
  AdwHeaderBar         *detail_header;
  GtkWidget            *back_button;
  AdwWindowTitle       *detail_title;
  GtkStack             *detail_stack;
  RexProgrammePage     *programme_page;
  RexReformPage        *reform_page;
};

G_DEFINE_FINAL_TYPE (RexWindow, rex_window, ADW_TYPE_APPLICATION_WINDOW)

static void select_category_row (RexWindow  *self,
                                 const char *id);

static void
show_toast (RexWindow  *self,
            const char *text)
{
  AdwToast *toast = adw_toast_new (text);

  /* The newest news goes first: a toast about an id just asked for must
   * not wait behind an older one. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Filters and sorter */

static gboolean
category_filter_func (gpointer item,
                      gpointer user_data)
{
  RexWindow *self = user_data;

  return self->category == NULL || rex_reform_get_category (item) == self->category;
}

static gboolean
status_filter_func (gpointer item,
                    gpointer user_data)
{
  RexWindow *self = user_data;

  return self->status < 0 || (int) rex_reform_get_status (item) == self->status;
}

static gboolean
search_filter_func (gpointer item,
                    gpointer user_data)
{
  RexWindow *self = user_data;

  return self->query == NULL || rex_query_match_reform (self->query, item);
}

/* Done first, then under way, then what did not last. */
static int
status_rank (RexStatus status)
{
  switch (status)
    {
    case REX_STATUS_IN_FORCE:    return 0;
    case REX_STATUS_ENACTED:     return 1;
    case REX_STATUS_IN_PROGRESS: return 2;
    case REX_STATUS_ANNOUNCED:   return 3;
    case REX_STATUS_UNCLEAR:     return 4;
    case REX_STATUS_SUPERSEDED:  return 5;
    default:                     return 6;
    }
}

static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  RexWindow *self = user_data;
  RexReform *ra = (RexReform *) a;
  RexReform *rb = (RexReform *) b;
  int result = 0;

  if (self->sort_order == SORT_STATUS)
    {
      result = status_rank (rex_reform_get_status (ra)) - status_rank (rex_reform_get_status (rb));
    }
  else if (self->sort_order == SORT_DATE)
    {
      const RexDate *da = rex_reform_get_last_milestone_date (ra);
      const RexDate *db = rex_reform_get_last_milestone_date (rb);

      /* Newest first; reforms with no milestone at all go last. */
      if (da != NULL && db != NULL)
        result = rex_date_compare (db, da);
      else if (da != NULL || db != NULL)
        result = da != NULL ? -1 : 1;
    }

  if (result == 0)
    result = (int) rex_reform_get_position (ra) - (int) rex_reform_get_position (rb);

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
sort_order_changed_cb (RexWindow  *self,
                       const char *key,
                       GSettings  *settings)
{
  g_autofree char *order = g_settings_get_string (settings, "sort-order");

  if (g_str_equal (order, "status"))
    self->sort_order = SORT_STATUS;
  else if (g_str_equal (order, "date"))
    self->sort_order = SORT_DATE;
  else
    self->sort_order = SORT_PROGRAMME;

  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

/* Counts and titles */

static gboolean
matches_except_status (RexWindow *self,
                       RexReform *reform)
{
  return category_filter_func (reform, self) && search_filter_func (reform, self);
}

static void
update_counts (RexWindow *self)
{
  guint status_counts[REX_N_STATUSES] = { 0, };
  guint total = 0;
  GListModel *reforms;
  guint n;

  if (self->catalogue == NULL)
    return;

  reforms = rex_catalogue_get_reforms (self->catalogue);
  n = g_list_model_get_n_items (reforms);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexReform) reform = g_list_model_get_item (reforms, i);

      if (matches_except_status (self, reform))
        {
          status_counts[rex_reform_get_status (reform)]++;
          total++;
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->status_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      RexSidebarRow *row = REX_SIDEBAR_ROW (child);
      const char *id = rex_sidebar_row_get_id (row);
      RexStatus status;

      if (rex_status_from_string (id, &status))
        rex_sidebar_row_set_count (row, status_counts[status]);
      else
        rex_sidebar_row_set_count (row, total);
    }
}

static void
update_list_title (RexWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *subtitle = NULL;
  const char *title;

  if (self->category != NULL)
    title = rex_category_get_title (self->category);
  else
    title = _("All Reforms");

  if (self->status >= 0)
    /* Translators: the list's subtitle, "3 reforms · In force". */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u reform · %s", "%u reforms · %s", n),
                                n, rex_status_get_label (self->status));
  else
    /* Translators: the list's subtitle. */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reform", "%u reforms", n), n);

  gtk_label_set_label (self->list_title_label, title);
  gtk_label_set_label (self->list_subtitle_label, subtitle);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->list_title_label), title);
}

static void
update_empty_state (RexWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  if (self->query != NULL && !rex_query_is_empty (self->query))
    {
      /* Translators: %s is what the user searched for. */
      g_autofree char *description = g_strdup_printf (_("No reform matches “%s” here. "
                                                         "Try other words, or search all reforms."),
                                                      text);
      adw_status_page_set_title (self->empty_page, _("No Results Found"));
      adw_status_page_set_icon_name (self->empty_page, "system-search-symbolic");
      adw_status_page_set_description (self->empty_page, description);
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Reforms"));
      adw_status_page_set_icon_name (self->empty_page, "view-list-symbolic");
      adw_status_page_set_description (self->empty_page,
                                       _("No reform in this group has this status."));
    }

  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
filter_items_changed_cb (RexWindow  *self,
                         guint       position,
                         guint       removed,
                         guint       added,
                         GListModel *model)
{
  update_list_title (self);
  update_empty_state (self);
}

/* Layout: which header bar shows which window buttons */

static void
update_title_buttons (RexWindow *self)
{
  gboolean flap_folded = adw_flap_get_folded (self->flap);
  gboolean sidebar_beside = adw_flap_get_reveal_flap (self->flap) && !flap_folded;
  gboolean leaflet_folded = adw_leaflet_get_folded (self->leaflet);

  adw_header_bar_set_show_end_title_buttons (self->sidebar_header, FALSE);
  adw_header_bar_set_show_start_title_buttons (self->list_header, !sidebar_beside);
  adw_header_bar_set_show_end_title_buttons (self->list_header, leaflet_folded);
  adw_header_bar_set_show_start_title_buttons (self->detail_header, leaflet_folded && !sidebar_beside);
  adw_header_bar_set_show_end_title_buttons (self->detail_header, TRUE);
}

static void
flap_folded_changed_cb (RexWindow *self)
{
  update_title_buttons (self);
}

static void
flap_reveal_changed_cb (RexWindow *self)
{
  update_title_buttons (self);

  /* Opening the sidebar over the content with F9 or the button should let
   * the keyboard go straight to it. */
  if (adw_flap_get_reveal_flap (self->flap) && adw_flap_get_folded (self->flap) &&
      self->updating == 0)
    {
      GtkListBoxRow *row = gtk_list_box_get_selected_row (self->category_list);

      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
leaflet_folded_changed_cb (RexWindow *self)
{
  update_title_buttons (self);

  /* On a narrow layout a hovered row may be clicked once to open it, as on
   * a phone; on a wide one a click selects and Enter moves on. */
  gtk_list_view_set_single_click_activate (self->list_view, adw_leaflet_get_folded (self->leaflet));
}

static void
leaflet_visible_child_changed_cb (RexWindow *self)
{
  const char *name = adw_leaflet_get_visible_child_name (self->leaflet);

  if (!adw_leaflet_get_folded (self->leaflet) || self->updating > 0)
    return;

  /* After going back (Alt+Left, a swipe, the back button), keep the
   * keyboard where the reader left the list. */
  if (g_strcmp0 (name, "list") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
show_detail_pane (RexWindow *self,
                  gboolean   move_focus)
{
  /* Also when unfolded, so that narrowing the window later keeps the
   * reform on screen rather than jumping back to the list. */
  self->updating++;
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
  self->updating--;

  if (!move_focus)
    return;

  if (g_str_equal (gtk_stack_get_visible_child_name (self->detail_stack), "reform"))
    rex_reform_page_focus_start (self->reform_page);
  else
    rex_programme_page_focus_start (self->programme_page);
}

static void
close_folded_sidebar (RexWindow *self)
{
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

/* The detail pane */

static void
show_overview (RexWindow *self)
{
  RexProgramme *programme = rex_catalogue_get_programme (self->catalogue);

  gtk_stack_set_visible_child_name (self->detail_stack, "programme");
  adw_window_title_set_title (self->detail_title, _("Overview"));
  adw_window_title_set_subtitle (self->detail_title, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->detail_stack),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  rex_programme_get_title (programme),
                                  -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-text", FALSE);
}

static void
show_reform_page (RexWindow *self,
                  RexReform *reform)
{
  rex_reform_page_set_reform (self->reform_page, reform);
  gtk_stack_set_visible_child_name (self->detail_stack, "reform");
  adw_window_title_set_title (self->detail_title, NULL);
  adw_window_title_set_subtitle (self->detail_title, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-text", TRUE);

  if (self->updating == 0)
    g_settings_set_string (self->settings, "last-reform", rex_reform_get_id (reform));
}

static void
selection_changed_cb (RexWindow *self)
{
  RexReform *reform = gtk_single_selection_get_selected_item (self->selection);

  /* When a filter hides the reform being read, keep it on screen: the
   * reader did not ask to leave it. */
  if (reform == NULL)
    return;

  if (self->overview)
    {
      self->overview = FALSE;
      self->updating++;
      select_category_row (self, ALL_ID);
      self->updating--;
    }

  show_reform_page (self, reform);
}

static void
list_view_activate_cb (RexWindow *self,
                       guint      position)
{
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  show_detail_pane (self, TRUE);
}

static guint
find_reform_position (RexWindow *self,
                      RexReform *reform)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexReform) item = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (item == reform)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Sidebar */

static GtkListBoxRow *
find_row (GtkListBox *list,
          const char *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (rex_sidebar_row_get_id (REX_SIDEBAR_ROW (child)), id) == 0)
      return GTK_LIST_BOX_ROW (child);

  return NULL;
}

static void
select_category_row (RexWindow  *self,
                     const char *id)
{
  GtkListBoxRow *row = find_row (self->category_list, id);

  if (row != NULL && row != gtk_list_box_get_selected_row (self->category_list))
    gtk_list_box_select_row (self->category_list, row);
}

static void
select_status_row (RexWindow  *self,
                   const char *id)
{
  GtkListBoxRow *row = find_row (self->status_list, id);

  if (row != NULL && row != gtk_list_box_get_selected_row (self->status_list))
    gtk_list_box_select_row (self->status_list, row);
}

static void
category_row_selected_cb (RexWindow     *self,
                          GtkListBoxRow *row)
{
  const char *id;

  if (row == NULL || self->catalogue == NULL)
    return;

  id = rex_sidebar_row_get_id (REX_SIDEBAR_ROW (row));
  self->overview = g_str_equal (id, OVERVIEW_ID);
  g_clear_object (&self->category);
  if (!self->overview && *id != '\0')
    self->category = g_object_ref (rex_catalogue_lookup_category (self->catalogue, id));

  gtk_filter_changed (GTK_FILTER (self->category_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_counts (self);
  update_list_title (self);

  if (self->overview)
    {
      gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
      show_overview (self);
    }

  if (self->updating == 0)
    {
      g_settings_set_string (self->settings, "last-category", self->overview ? "" : id);
      if (self->overview)
        g_settings_set_string (self->settings, "last-reform", "");
    }
}

static void
category_row_activated_cb (RexWindow     *self,
                           GtkListBoxRow *row)
{
  close_folded_sidebar (self);

  if (self->overview)
    show_detail_pane (self, FALSE);
  else if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

static void
status_row_selected_cb (RexWindow     *self,
                        GtkListBoxRow *row)
{
  RexStatus status;

  if (row == NULL)
    return;

  if (rex_status_from_string (rex_sidebar_row_get_id (REX_SIDEBAR_ROW (row)), &status))
    self->status = status;
  else
    self->status = -1;

  gtk_filter_changed (GTK_FILTER (self->status_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_list_title (self);
}

static void
status_row_activated_cb (RexWindow     *self,
                         GtkListBoxRow *row)
{
  close_folded_sidebar (self);

  if (self->overview)
    select_category_row (self, ALL_ID);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

static void
clear_list_box (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
rebuild_sidebar (RexWindow *self)
{
  GListModel *categories = rex_catalogue_get_categories (self->catalogue);
  GtkWidget *row;
  guint n = g_list_model_get_n_items (categories);
  guint total = g_list_model_get_n_items (rex_catalogue_get_reforms (self->catalogue));

  self->updating++;
  clear_list_box (self->category_list);
  clear_list_box (self->status_list);

  row = rex_sidebar_row_new (OVERVIEW_ID, _("Overview"), "x-office-document-symbolic");
  rex_sidebar_row_set_count (REX_SIDEBAR_ROW (row), total);
  gtk_widget_add_css_class (row, "no-count");
  gtk_list_box_append (self->category_list, row);

  row = rex_sidebar_row_new (ALL_ID, _("All Reforms"), "view-list-symbolic");
  rex_sidebar_row_set_count (REX_SIDEBAR_ROW (row), total);
  gtk_list_box_append (self->category_list, row);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexCategory) category = g_list_model_get_item (categories, i);
      GListModel *reforms = rex_catalogue_get_reforms_in_category (self->catalogue, category);

      row = rex_sidebar_row_new (rex_category_get_id (category),
                                 rex_category_get_title (category),
                                 NULL);
      rex_sidebar_row_set_count (REX_SIDEBAR_ROW (row), g_list_model_get_n_items (reforms));
      gtk_widget_add_css_class (row, "category-row");
      gtk_widget_set_margin_start (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)), 26);
      gtk_list_box_append (self->category_list, row);
    }

  gtk_list_box_append (self->status_list,
                       rex_sidebar_row_new (ALL_ID, C_("status filter", "Any Status"), NULL));
  for (guint status = 0; status < REX_N_STATUSES; status++)
    {
      /* A status no reform has would only ever show 0. */
      if (rex_catalogue_count_reforms_by_status (self->catalogue, status) == 0)
        continue;

      row = rex_sidebar_row_new (rex_status_to_string (status), rex_status_get_label (status), NULL);
      gtk_widget_add_css_class (row, "status-row");
      gtk_widget_add_css_class (row, rex_status_to_string (status));
      gtk_list_box_append (self->status_list, row);
    }
  self->updating--;
}

/* Search */

static void
set_query (RexWindow  *self,
           const char *text)
{
  g_clear_pointer (&self->query, rex_query_unref);
  if (text != NULL && *text != '\0')
    self->query = rex_query_new (text);

  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_counts (self);
  update_empty_state (self);
}

static void
search_changed_cb (RexWindow      *self,
                   GtkSearchEntry *entry)
{
  set_query (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
search_activate_cb (RexWindow      *self,
                    GtkSearchEntry *entry)
{
  /* Enter takes the first result, so that typing a few letters and
   * pressing Enter is enough to read about a reform. */
  set_query (self, gtk_editable_get_text (GTK_EDITABLE (entry)));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    return;

  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), 0, TRUE);
  show_detail_pane (self, TRUE);
}

static void
clear_search (RexWindow *self)
{
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
  set_query (self, NULL);
}

/* The dataset */

static void
update_dataset_title (RexWindow *self)
{
  if (self->file == NULL)
    {
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Reform Explorer"));
    }
  else
    {
      g_autofree char *name = g_file_get_basename (self->file);
      /* Translators: the window title when a dataset file is open. */
      g_autofree char *title = g_strdup_printf (_("%s — Reform Explorer"), name);

      adw_window_title_set_subtitle (self->window_title, name);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title),
                                   g_file_peek_path (self->file));
      gtk_window_set_title (GTK_WINDOW (self), title);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-bundled", self->file != NULL);
}

static void
set_catalogue (RexWindow    *self,
               RexCatalogue *catalogue,
               GFile        *file)
{
  g_set_object (&self->catalogue, catalogue);
  g_set_object (&self->file, file);

  self->updating++;
  g_clear_object (&self->category);
  self->status = -1;
  self->overview = TRUE;

  gtk_filter_list_model_set_model (self->filter_model, rex_catalogue_get_reforms (catalogue));
  rex_programme_page_set_catalogue (self->programme_page, catalogue);
  rex_reform_page_set_reform (self->reform_page, NULL);
  rebuild_sidebar (self);
  clear_search (self);
  select_status_row (self, ALL_ID);
  select_category_row (self, OVERVIEW_ID);
  update_dataset_title (self);
  self->updating--;
}

/* Shows what the settings remember, silently skipping what the dataset
 * no longer has. */
static void
restore_selection (RexWindow *self)
{
  g_autofree char *category_id = g_settings_get_string (self->settings, "last-category");
  g_autofree char *reform_id = g_settings_get_string (self->settings, "last-reform");
  RexReform *reform = NULL;

  if (*reform_id != '\0')
    reform = rex_catalogue_lookup_reform (self->catalogue, reform_id);

  if (reform == NULL)
    return;

  self->updating++;
  if (*category_id == '\0' || rex_catalogue_lookup_category (self->catalogue, category_id) != NULL)
    select_category_row (self, category_id);
  self->updating--;

  rex_window_show_reform (self, reform_id);
}

typedef struct
{
  RexWindow *self;
  GFile     *file;
  char      *category_id;
  char      *reform_id;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->file);
  g_free (data->category_id);
  g_free (data->reform_id);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadData, load_data_free)

static void
show_load_error (RexWindow    *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  /* Translators: a dialog's heading; %s is a file name. */
  g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);
  g_autofree char *body = g_strdup_printf ("%s\n\n%s", error->message,
                                           _("The data shown before is still open."));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_widget_add_css_class (dialog, "load-error");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
catalogue_loaded_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(LoadData) data = user_data;
  g_autoptr(RexCatalogue) catalogue = NULL;
  g_autoptr(GError) error = NULL;
  RexWindow *self = data->self;

  catalogue = rex_catalogue_new_from_file_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->busy--;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", TRUE);

  if (catalogue == NULL)
    {
      show_load_error (self, data->file, error);
      return;
    }

  set_catalogue (self, catalogue, data->file);

  if (data->category_id != NULL)
    rex_window_show_category (self, data->category_id);
  if (data->reform_id != NULL)
    rex_window_show_reform (self, data->reform_id);
}

/* Actions */

static void
open_response_cb (RexWindow            *self,
                  int                   response,
                  GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        rex_window_open_dataset (self, file, NULL, NULL);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (native));
  g_object_unref (native);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RexWindow *self = REX_WINDOW (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) json_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  native = gtk_file_chooser_native_new (_("Open Dataset"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (json_filter, _("Reform datasets (JSON)"));
  gtk_file_filter_add_mime_type (json_filter, "application/json");
  gtk_file_filter_add_suffix (json_filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), json_filter);

  gtk_file_filter_set_name (all_filter, _("All files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all_filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), json_filter);

  g_signal_connect_object (native, "response", G_CALLBACK (open_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
open_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RexWindow *self = REX_WINDOW (widget);
  g_autoptr(RexCatalogue) catalogue = NULL;
  g_autoptr(GError) error = NULL;

  catalogue = rex_catalogue_new_bundled (&error);
  if (catalogue == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  set_catalogue (self, catalogue, NULL);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RexWindow *self = REX_WINDOW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
  close_folded_sidebar (self);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RexWindow *self = REX_WINDOW (widget);
  gboolean reveal = !adw_flap_get_reveal_flap (self->flap);

  adw_flap_set_reveal_flap (self->flap, reveal);

  if (reveal)
    {
      GtkListBoxRow *row = gtk_list_box_get_selected_row (self->category_list);

      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  else
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
    }
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RexWindow *self = REX_WINDOW (widget);

  if (adw_leaflet_get_folded (self->leaflet) &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "detail") == 0)
    {
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
    }
  else if (adw_flap_get_folded (self->flap))
    {
      /* From the list, "back" on a phone leads to the categories. */
      adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
    }
}

static void
copy_text_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RexWindow *self = REX_WINDOW (widget);
  g_autofree char *text = rex_window_dup_citation (self);

  if (text == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  show_toast (self, _("Copied to clipboard"));
}

static void
show_category_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RexWindow *self = REX_WINDOW (widget);

  if (rex_window_show_category (self, g_variant_get_string (parameter, NULL)))
    {
      if (adw_leaflet_get_folded (self->leaflet))
        adw_leaflet_set_visible_child_name (self->leaflet, "list");
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
    }
}

static void
show_status_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RexWindow *self = REX_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  select_category_row (self, ALL_ID);
  select_status_row (self, id);
  clear_search (self);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
show_overview_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RexWindow *self = REX_WINDOW (widget);

  select_category_row (self, OVERVIEW_ID);
  show_detail_pane (self, TRUE);
}

/* Window state */

static void
restore_window_state (RexWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (RexWindow *self)
{
  int width, height;

  /* The default size is the unmaximised size, which is what should come back
   * when the user unmaximises the window after a restart. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
rex_window_close_request (GtkWindow *window)
{
  save_window_state (REX_WINDOW (window));

  return GTK_WINDOW_CLASS (rex_window_parent_class)->close_request (window);
}

static void
rex_window_constructed (GObject *object)
{
  RexWindow *self = REX_WINDOW (object);
  g_autoptr(RexCatalogue) catalogue = NULL;
  g_autoptr(GAction) sort_action = NULL;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (rex_window_parent_class)->constructed (object);

  /* Not the application's instance: "application" is not a construct
   * property, so it is not set yet here. Both share one backend. */
  self->settings = g_settings_new (APPLICATION_ID);
  restore_window_state (self);

  sort_action = g_settings_create_action (self->settings, "sort-order");
  g_action_map_add_action (G_ACTION_MAP (self), sort_action);
  g_signal_connect_object (self->settings, "changed::sort-order",
                           G_CALLBACK (sort_order_changed_cb), self, G_CONNECT_SWAPPED);
  sort_order_changed_cb (self, "sort-order", self->settings);

  catalogue = rex_catalogue_new_bundled (&error);
  if (catalogue == NULL)
    {
      /* Only a broken build gets here; say so rather than show nothing. */
      g_critical ("Could not load the bundled dataset: %s", error->message);
      return;
    }

  set_catalogue (self, catalogue, NULL);
  restore_selection (self);
}

static void
rex_window_dispose (GObject *object)
{
  RexWindow *self = REX_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), REX_TYPE_WINDOW);

  g_clear_object (&self->category);
  g_clear_pointer (&self->query, rex_query_unref);
  g_clear_object (&self->catalogue);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rex_window_parent_class)->dispose (object);
}

static void
rex_window_class_init (RexWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = rex_window_constructed;
  object_class->dispose = rex_window_dispose;
  window_class->close_request = rex_window_close_request;

  g_type_ensure (REX_TYPE_REFORM_ROW);
  g_type_ensure (REX_TYPE_REFORM_PAGE);
  g_type_ensure (REX_TYPE_PROGRAMME_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rex-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RexWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, category_list);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, status_list);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, list_header);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, list_title_label);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, list_subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, sort_model);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, sorter);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, filter_model);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, category_filter);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, status_filter);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, search_filter);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, detail_header);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, detail_title);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, programme_page);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, reform_page);
  gtk_widget_class_bind_template_callback (widget_class, flap_folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, flap_reveal_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, category_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, category_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_items_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.copy-text", NULL, copy_text_action);
  gtk_widget_class_install_action (widget_class, "win.show-category", "s", show_category_action);
  gtk_widget_class_install_action (widget_class, "win.show-status", "s", show_status_action);
  gtk_widget_class_install_action (widget_class, "win.show-overview", NULL, show_overview_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-text", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_ALT_MASK,
                                       "win.show-overview", NULL);
}

static void
rex_window_init (RexWindow *self)
{
  self->status = -1;
  self->overview = TRUE;
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->category_filter, category_filter_func, self, NULL);
  gtk_custom_filter_set_filter_func (self->status_filter, status_filter_func, self, NULL);
  gtk_custom_filter_set_filter_func (self->search_filter, search_filter_func, self, NULL);
  gtk_custom_sorter_set_sort_func (self->sorter, sort_func, self, NULL);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  g_signal_connect_object (self->leaflet, "notify::visible-child",
                           G_CALLBACK (leaflet_visible_child_changed_cb), self,
                           G_CONNECT_SWAPPED);

  update_title_buttons (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-text", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-bundled", FALSE);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

RexWindow *
rex_window_new (RexApplication *application)
{
  return g_object_new (REX_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * rex_window_open_dataset:
 * @category_id: (nullable): the category to show once loaded
 * @reform_id: (nullable): the reform to show once loaded
 *
 * Loads @file in the background. The data on screen stays until the new
 * dataset has loaded whole; if it cannot be, a dialog says why and the
 * old data stays.
 */
void
rex_window_open_dataset (RexWindow  *self,
                         GFile      *file,
                         const char *category_id,
                         const char *reform_id)
{
  LoadData *data;

  g_return_if_fail (REX_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  data->category_id = g_strdup (category_id);
  data->reform_id = g_strdup (reform_id);

  self->busy++;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", FALSE);
  rex_catalogue_new_from_file_async (file, self->cancellable, catalogue_loaded_cb, data);
}

gboolean
rex_window_show_category (RexWindow  *self,
                          const char *category_id)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (category_id != NULL, FALSE);

  if (self->catalogue == NULL ||
      (*category_id != '\0' && rex_catalogue_lookup_category (self->catalogue, category_id) == NULL))
    {
      /* Translators: a notification; %s is an id given on the command line. */
      g_autofree char *text = g_strdup_printf (_("There is no category “%s” in this dataset"),
                                               category_id);
      show_toast (self, text);
      return FALSE;
    }

  select_category_row (self, category_id);
  select_status_row (self, ALL_ID);
  close_folded_sidebar (self);

  return TRUE;
}

gboolean
rex_window_show_reform (RexWindow  *self,
                        const char *reform_id)
{
  RexReform *reform = NULL;
  guint position;

  g_return_val_if_fail (REX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (reform_id != NULL, FALSE);

  if (self->catalogue != NULL)
    reform = rex_catalogue_lookup_reform (self->catalogue, reform_id);

  if (reform == NULL)
    {
      /* Translators: a notification; %s is an id given on the command line. */
      g_autofree char *text = g_strdup_printf (_("There is no reform “%s” in this dataset"),
                                               reform_id);
      show_toast (self, text);
      return FALSE;
    }

  /* Make sure the list can show it: keep the reader's view when it already
   * does, otherwise widen it just enough. */
  if (self->overview ||
      (self->category != NULL && self->category != rex_reform_get_category (reform)))
    select_category_row (self, rex_category_get_id (rex_reform_get_category (reform)));
  if (self->status >= 0 && (RexStatus) self->status != rex_reform_get_status (reform))
    select_status_row (self, ALL_ID);
  if (self->query != NULL && !rex_query_match_reform (self->query, reform))
    clear_search (self);

  position = find_reform_position (self, reform);
  if (position != GTK_INVALID_LIST_POSITION)
    {
      gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
    }
  else
    {
      show_reform_page (self, reform);
    }

  close_folded_sidebar (self);
  show_detail_pane (self, FALSE);

  return TRUE;
}

RexCatalogue *
rex_window_get_catalogue (RexWindow *self)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), NULL);

  return self->catalogue;
}

gboolean
rex_window_get_busy (RexWindow *self)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), FALSE);

  return self->busy > 0;
}

RexReform *
rex_window_get_reform (RexWindow *self)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), NULL);

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->detail_stack), "reform"))
    return NULL;

  return rex_reform_page_get_reform (self->reform_page);
}

char *
rex_window_dup_citation (RexWindow *self)
{
  RexReform *reform;

  g_return_val_if_fail (REX_IS_WINDOW (self), NULL);

  reform = rex_window_get_reform (self);
  if (reform == NULL)
    return NULL;

  return rex_format_citation (reform, rex_catalogue_get_as_of (self->catalogue));
}
