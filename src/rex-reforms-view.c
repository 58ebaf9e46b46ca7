/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rex-format.h"
#include "rex-page.h"
#include "rex-programme-page.h"
#include "rex-reform-page.h"
#include "rex-reform-row.h"
#include "rex-reforms-view.h"
#include "rex-sidebar.h"
#include "rex-staged-list.h"

typedef enum {
  SORT_PROGRAMME,
  SORT_STATUS,
  SORT_DATE,
} SortOrder;

struct _RexReformsView
{
  GtkWidget           parent_instance;

  RexCatalogue       *catalogue;

  /* What the reader chose: this is the one truth the sidebar, the list,
   * its heading and the detail pane all follow. */
  char               *scope;
  RexCategory        *category;
  int                 status;     /* -1 for any status */
  RexQuery           *query;
  SortOrder           sort_order;

  /* Whether each reform, by its position in the catalogue, matches the
   * query: one pass over the reforms answers both the list's filter and
   * the sidebar's counts. */
  guint8             *query_matches;
  guint               n_query_matches;
  /* The selection waits for the list to catch up with its filter. */
  gboolean            sync_pending;

  /* Set between a pointer press on the list and its release, so that a
   * selection made by a click opens the reform while one made by the
   * arrow keys on a narrow window does not leave the list. */
  gboolean            pointer_down;
  guint               updating;

  AdwFlap            *flap;
  RexSidebar         *sidebar;
  GtkStack           *content_stack;
  RexProgrammePage   *programme_page;
  AdwLeaflet         *leaflet;
  GtkLabel           *list_title_label;
  GtkLabel           *list_subtitle_label;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkStack           *list_stack;
  GtkScrolledWindow  *list_scroller;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  GtkCustomSorter    *sorter;
  GtkSortListModel   *sort_model;
  RexStagedList      *staged_list;
  GtkFilterListModel *filter_model;
  GtkCustomFilter    *filter;
  AdwStatusPage      *empty_page;
  GtkButton          *empty_button;
  GtkStack           *detail_stack;
  RexReformPage      *reform_page;
};

static void rex_reforms_view_page_init (RexPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RexReformsView, rex_reforms_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (REX_TYPE_PAGE, rex_reforms_view_page_init))

enum {
  PROP_0,
  PROP_SCOPE,
  PROP_STATUS,
  PROP_REFORM,
  PROP_CAN_GO_BACK,
  PROP_SEARCH_MODE,
  PROP_SIDEBAR_VISIBLE,
  N_PROPS,

  PROP_TITLE = N_PROPS,
  PROP_SUBTITLE,
  PROP_CAN_COPY,
};

static GParamSpec *properties[N_PROPS];

/* Filtering and sorting */

static gboolean
query_matches (RexReformsView *self,
               RexReform      *reform)
{
  guint position = rex_reform_get_position (reform);

  if (position < self->n_query_matches)
    return self->query_matches[position];

  return self->query == NULL || rex_query_match_reform (self->query, reform);
}

static gboolean
matches (RexReformsView *self,
         RexReform      *reform,
         gboolean        by_category,
         gboolean        by_status)
{
  if (by_category && self->category != NULL && rex_reform_get_category (reform) != self->category)
    return FALSE;
  if (by_status && self->status >= 0 && (int) rex_reform_get_status (reform) != self->status)
    return FALSE;

  return query_matches (self, reform);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  return matches (user_data, item, TRUE, TRUE);
}

static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  RexReformsView *self = user_data;
  RexReform *ra = (RexReform *) a;
  RexReform *rb = (RexReform *) b;
  int result = 0;

  if (self->sort_order == SORT_STATUS)
    {
      result = (int) rex_status_get_rank (rex_reform_get_status (ra)) -
               (int) rex_status_get_rank (rex_reform_get_status (rb));
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
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              RexReformsView           *self)
{
  gtk_list_item_set_child (item, rex_reform_row_new ());
}

/* No "unbind": GTK 4.8 unbinds and binds a row again whenever its
 * position changes, and a row that let go of its reform would set all its
 * text again, to be measured and shaped again, for every row below one
 * that came or went. A row keeps its reform until it is given another,
 * and being given the same one again costs nothing. */
static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             RexReformsView           *self)
{
  RexReformRow *row = REX_REFORM_ROW (gtk_list_item_get_child (item));

  rex_reform_row_set_reform (row, gtk_list_item_get_item (item));
  /* Sorted by date, each row says its date, so the order explains itself. */
  rex_reform_row_set_show_date (row, self->sort_order == SORT_DATE);
}

static void
set_factory (RexReformsView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
}

/* The list starts at its top after anything that changes what it holds,
 * so that no reform is silently hidden above the fold. */
static void
scroll_list_to_top (RexReformsView *self)
{
  /* Through the list rather than its adjustment: rows that have just come
   * in have no size yet, and only the list knows where its first one
   * will be. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
}

/* What the view says about itself */

static RexPage *
get_visible_page (RexReformsView *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "overview") == 0)
    return REX_PAGE (self->programme_page);

  if (adw_leaflet_get_folded (self->leaflet) &&
      g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "list") == 0)
    return NULL;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->detail_stack), "reform") == 0)
    return REX_PAGE (self->reform_page);

  return NULL;
}

static void
notify_page (RexReformsView *self)
{
  g_object_notify (G_OBJECT (self), "title");
  g_object_notify (G_OBJECT (self), "subtitle");
  g_object_notify (G_OBJECT (self), "can-copy");
}

static char *
dup_list_title (RexReformsView *self)
{
  if (self->category != NULL)
    return g_strdup (rex_category_get_title (self->category));

  return g_strdup (_("All reforms"));
}

static char *
dup_list_subtitle (RexReformsView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  if (self->status >= 0)
    /* Translators: the list's subtitle, "3 reforms · In force". */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reform · %s", "%u reforms · %s", n),
                            n, rex_status_get_label (self->status));

  /* Translators: the list's subtitle. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reform", "%u reforms", n), n);
}

/* Matches the query against every reform, and counts for the sidebar,
 * in one pass. With @narrower, the query only narrows the previous one
 * down: reforms that did not match it are not tested again. */
static void
update_matches (RexReformsView *self,
                gboolean        narrower)
{
  guint status_counts[REX_N_STATUSES] = { 0, };
  g_autofree guint *category_counts = NULL;
  GListModel *reforms, *categories;
  guint all = 0, any_status = 0;
  guint n, n_categories;

  if (self->catalogue == NULL)
    return;

  categories = rex_catalogue_get_categories (self->catalogue);
  n_categories = g_list_model_get_n_items (categories);
  category_counts = g_new0 (guint, MAX (n_categories, 1));

  reforms = rex_catalogue_get_reforms (self->catalogue);
  n = g_list_model_get_n_items (reforms);
  if (self->n_query_matches != n)
    {
      g_free (self->query_matches);
      self->query_matches = g_new (guint8, n);
      self->n_query_matches = n;
      narrower = FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexReform) reform = g_list_model_get_item (reforms, i);
      gboolean in_category, in_status;

      g_assert (rex_reform_get_position (reform) == i);

      if (narrower && !self->query_matches[i])
        continue;
      self->query_matches[i] = self->query == NULL || rex_query_match_reform (self->query, reform);
      if (!self->query_matches[i])
        continue;

      /* Each count answers "how many would I see if I chose this", so it
       * keeps every other choice the reader made. */
      in_category = self->category == NULL || rex_reform_get_category (reform) == self->category;
      in_status = self->status < 0 || (int) rex_reform_get_status (reform) == self->status;
      if (in_category)
        {
          status_counts[rex_reform_get_status (reform)]++;
          any_status++;
        }
      if (in_status)
        {
          all++;
          category_counts[rex_category_get_position (rex_reform_get_category (reform))]++;
        }
    }

  rex_sidebar_set_counts (self->sidebar, all, category_counts, any_status, status_counts);
}

static void
update_list_heading (RexReformsView *self)
{
  g_autofree char *title = dup_list_title (self);
  g_autofree char *subtitle = dup_list_subtitle (self);

  gtk_label_set_label (self->list_title_label, title);
  gtk_label_set_label (self->list_subtitle_label, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
}

static gboolean
is_searching (RexReformsView *self)
{
  return self->query != NULL && !rex_query_is_empty (self->query);
}

static void
update_empty_state (RexReformsView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  const char *button = NULL;

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  /* Every empty list offers the one step that undoes what emptied it. */
  if (is_searching (self))
    {
      const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
      /* Translators: %s is what the user searched for. */
      g_autofree char *description = g_strdup_printf (_("No reform matches “%s” here."), text);
      g_autofree char *escaped = g_markup_escape_text (description, -1);

      adw_status_page_set_title (self->empty_page, _("No Results Found"));
      adw_status_page_set_icon_name (self->empty_page, "system-search-symbolic");
      adw_status_page_set_description (self->empty_page, escaped);

      if (self->status >= 0)
        button = C_("empty list", "Show Any Status");
      else if (self->category != NULL)
        button = C_("empty list", "Search All Reforms");
      else
        button = C_("empty list", "Clear Search");
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Reforms"));
      adw_status_page_set_icon_name (self->empty_page, "view-list-symbolic");
      adw_status_page_set_description (self->empty_page,
                                       self->status >= 0 ? _("No reform here has this status.")
                                                         : _("This group has no reforms."));
      if (self->status >= 0)
        button = C_("empty list", "Show Any Status");
    }

  gtk_button_set_label (self->empty_button, button);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_button), button != NULL);
  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
empty_button_clicked_cb (RexReformsView *self)
{
  if (self->status >= 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-status", "s", "");
  else if (is_searching (self) && self->category != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-category", "s", REX_SCOPE_ALL);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* The detail pane */

static void
set_reform (RexReformsView *self,
            RexReform      *reform)
{
  if (reform == rex_reform_page_get_reform (self->reform_page) &&
      g_str_equal (gtk_stack_get_visible_child_name (self->detail_stack),
                   reform != NULL ? "reform" : "none"))
    return;

  if (reform != NULL)
    rex_reform_page_set_reform (self->reform_page, reform);
  gtk_stack_set_visible_child_name (self->detail_stack, reform != NULL ? "reform" : "none");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFORM]);
  notify_page (self);
}

static guint
find_position (RexReformsView *self,
               RexReform      *reform)
{
  guint n;

  /* A position in the list as it will be. */
  rex_staged_list_flush (self->staged_list);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexReform) item = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (item == reform)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* After the list changed, the detail pane keeps the reform only if the
 * list still has it, and the list's selection marks it. */
static void
sync_selection (RexReformsView *self)
{
  RexReform *reform = rex_reforms_view_get_reform (self);
  guint position = GTK_INVALID_LIST_POSITION;

  /* While the list catches up with a change of its filter, the reform
   * being read stays if the filter keeps it, and its row is selected when
   * the list has caught up: finding it now would mean catching up at
   * once. */
  self->sync_pending = FALSE;
  if (reform != NULL && rex_staged_list_get_pending (self->staged_list) &&
      matches (self, reform, TRUE, TRUE))
    {
      self->sync_pending = TRUE;
      return;
    }

  if (reform != NULL)
    position = find_position (self, reform);

  self->updating++;
  if (position == GTK_INVALID_LIST_POSITION)
    {
      gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
      set_reform (self, NULL);
    }
  else
    {
      gtk_single_selection_set_selected (self->selection, position);
    }
  self->updating--;
}

static void
staged_pending_cb (RexReformsView *self)
{
  if (self->sync_pending && !rex_staged_list_get_pending (self->staged_list))
    sync_selection (self);
}

static void
filter_changed (RexReformsView  *self,
                GtkFilterChange  change)
{
  update_matches (self, change == GTK_FILTER_CHANGE_MORE_STRICT);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
list_changed_full (RexReformsView  *self,
                   GtkFilterChange  change)
{
  filter_changed (self, change);
  update_list_heading (self);
  update_empty_state (self);
  sync_selection (self);
  scroll_list_to_top (self);
  notify_page (self);
}

static void
list_changed (RexReformsView *self)
{
  list_changed_full (self, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
filter_items_changed_cb (RexReformsView *self)
{
  update_list_heading (self);
  update_empty_state (self);
}

static void
show_detail (RexReformsView *self,
             gboolean        move_focus)
{
  gtk_stack_set_visible_child_name (self->content_stack, "browse");
  /* Also when unfolded, so that narrowing the window later keeps the
   * reform on screen rather than jumping back to the list. */
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");

  if (move_focus && rex_reforms_view_get_reform (self) != NULL)
    rex_page_focus_start (REX_PAGE (self->reform_page));
}

static void
selection_changed_cb (RexReformsView *self)
{
  RexReform *reform = gtk_single_selection_get_selected_item (self->selection);

  if (self->updating > 0 || reform == NULL)
    return;

  /* A click opens the reform, as everywhere; the arrow keys show it beside
   * the list when there is room, and leave the reader in the list when
   * there is not. */
  if (self->pointer_down || !adw_leaflet_get_folded (self->leaflet))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-reform", "s",
                                rex_reform_get_id (reform));
}

static void
list_view_activate_cb (RexReformsView *self,
                       guint           position)
{
  g_autoptr(RexReform) reform = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (reform == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-reform", "s",
                              rex_reform_get_id (reform));
  show_detail (self, TRUE);
}

static void
list_pressed_cb (RexReformsView *self)
{
  self->pointer_down = TRUE;
}

static gboolean
pointer_up_cb (gpointer data)
{
  RexReformsView *self = data;

  self->pointer_down = FALSE;

  return G_SOURCE_REMOVE;
}

static void
list_released_cb (RexReformsView *self)
{
  /* After the row's own handlers, whichever of press or release selects. */
  g_idle_add_full (G_PRIORITY_DEFAULT, pointer_up_cb, g_object_ref (self), g_object_unref);
}

/* Search */

static void
set_query (RexReformsView *self,
           const char     *text)
{
  g_autoptr(RexQuery) query = NULL;
  g_autoptr(RexQuery) old = g_steal_pointer (&self->query);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (text != NULL && *text != '\0')
    query = rex_query_new (text);
  if (query == NULL)
    query = rex_query_new ("");
  if (old == NULL)
    old = rex_query_new ("");

  /* The entry says the same search twice (its own delayed signal after
   * Enter, or a space typed after a word): nothing to do. */
  if (rex_query_equal (query, old))
    {
      if (!rex_query_is_empty (query))
        self->query = g_steal_pointer (&query);
      return;
    }

  /* A letter typed into the search narrows what it finds, and one erased
   * widens it: only the reforms that can change are tested again. */
  if (rex_query_implies (query, old))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (rex_query_implies (old, query))
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  if (!rex_query_is_empty (query))
    self->query = g_steal_pointer (&query);

  list_changed_full (self, change);
}

static void
search_changed_cb (RexReformsView *self,
                   GtkSearchEntry *entry)
{
  set_query (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
search_activate_cb (RexReformsView *self,
                    GtkSearchEntry *entry)
{
  g_autoptr(RexReform) first = NULL;

  /* Enter takes the first result, so that a few letters and Enter are
   * enough to read about a reform. */
  set_query (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
  first = g_list_model_get_item (G_LIST_MODEL (self->filter_model), 0);
  if (first == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-reform", "s",
                              rex_reform_get_id (first));
  show_detail (self, TRUE);
}

static void
stop_search_cb (RexReformsView *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
search_mode_changed_cb (RexReformsView *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar) && is_searching (self))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static void
clear_search (RexReformsView *self)
{
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
  g_clear_pointer (&self->query, rex_query_unref);
  g_clear_pointer (&self->query_matches, g_free);
  self->n_query_matches = 0;
}

/* Layout */

static void
layout_changed_cb (RexReformsView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR_VISIBLE]);
  notify_page (self);
}

static void
reveal_changed_cb (RexReformsView *self)
{
  /* A sidebar opened over the content, by its button, F9 or a swipe,
   * takes the keyboard: it covers what had it. */
  if (adw_flap_get_reveal_flap (self->flap) && adw_flap_get_folded (self->flap))
    rex_sidebar_focus_selected (self->sidebar);
}

static void
close_folded_sidebar (RexReformsView *self)
{
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static void
set_scope (RexReformsView *self,
           const char     *scope)
{
  if (g_strcmp0 (self->scope, scope) != 0)
    {
      g_free (self->scope);
      self->scope = g_strdup (scope);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE]);
    }

  rex_sidebar_set_scope (self->sidebar, scope);
}

/* Public */

void
rex_reforms_view_set_catalogue (RexReformsView *self,
                                RexCatalogue   *catalogue)
{
  g_return_if_fail (REX_IS_REFORMS_VIEW (self));
  g_return_if_fail (REX_IS_CATALOGUE (catalogue));

  g_set_object (&self->catalogue, catalogue);
  g_clear_object (&self->category);
  self->status = -1;
  clear_search (self);

  self->updating++;
  rex_sidebar_set_catalogue (self->sidebar, catalogue);
  rex_programme_page_set_catalogue (self->programme_page, catalogue);
  gtk_sort_list_model_set_model (self->sort_model, rex_catalogue_get_reforms (catalogue));
  set_reform (self, NULL);
  self->updating--;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  rex_reforms_view_show_overview (self);
}

void
rex_reforms_view_show_overview (RexReformsView *self)
{
  g_return_if_fail (REX_IS_REFORMS_VIEW (self));

  set_scope (self, REX_SCOPE_OVERVIEW);
  g_clear_object (&self->category);
  /* The overview is a page of its own: no reform is being read. */
  set_reform (self, NULL);
  list_changed (self);
  gtk_stack_set_visible_child_name (self->content_stack, "overview");
  notify_page (self);
}

gboolean
rex_reforms_view_show_category (RexReformsView *self,
                                const char     *category_id)
{
  RexCategory *category = NULL;

  g_return_val_if_fail (REX_IS_REFORMS_VIEW (self), FALSE);
  g_return_val_if_fail (category_id != NULL, FALSE);

  if (self->catalogue == NULL)
    return FALSE;

  if (*category_id != '\0')
    {
      category = rex_catalogue_lookup_category (self->catalogue, category_id);
      if (category == NULL)
        return FALSE;
    }

  set_scope (self, category != NULL ? rex_category_get_id (category) : REX_SCOPE_ALL);
  g_set_object (&self->category, category);
  list_changed (self);
  gtk_stack_set_visible_child_name (self->content_stack, "browse");
  adw_leaflet_set_visible_child_name (self->leaflet, "list");

  return TRUE;
}

gboolean
rex_reforms_view_show_status (RexReformsView *self,
                              const char     *status_id)
{
  RexStatus status;
  int value = -1;

  g_return_val_if_fail (REX_IS_REFORMS_VIEW (self), FALSE);
  g_return_val_if_fail (status_id != NULL, FALSE);

  if (*status_id != '\0')
    {
      if (!rex_status_from_string (status_id, &status))
        return FALSE;
      value = status;
    }

  if (self->status != value)
    {
      self->status = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }

  /* A status filters a list: from the overview, that is all reforms. */
  if (g_strcmp0 (self->scope, REX_SCOPE_OVERVIEW) == 0)
    return rex_reforms_view_show_category (self, REX_SCOPE_ALL);

  list_changed (self);
  gtk_stack_set_visible_child_name (self->content_stack, "browse");
  adw_leaflet_set_visible_child_name (self->leaflet, "list");

  return TRUE;
}

gboolean
rex_reforms_view_show_reform (RexReformsView *self,
                              const char     *reform_id)
{
  RexReform *reform = NULL;
  guint position;

  g_return_val_if_fail (REX_IS_REFORMS_VIEW (self), FALSE);
  g_return_val_if_fail (reform_id != NULL, FALSE);

  if (self->catalogue != NULL)
    reform = rex_catalogue_lookup_reform (self->catalogue, reform_id);
  if (reform == NULL)
    return FALSE;

  /* The list must hold the reform being read: keep the reader's choices
   * when it does, and widen them just enough when it does not. */
  if (g_strcmp0 (self->scope, REX_SCOPE_OVERVIEW) == 0 ||
      (self->category != NULL && self->category != rex_reform_get_category (reform)))
    {
      RexCategory *category = rex_reform_get_category (reform);

      set_scope (self, rex_category_get_id (category));
      g_set_object (&self->category, category);
    }
  if (self->status >= 0 && (RexStatus) self->status != rex_reform_get_status (reform))
    {
      self->status = -1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
  if (self->query != NULL && !rex_query_match_reform (self->query, reform))
    clear_search (self);

  set_reform (self, reform);
  filter_changed (self, GTK_FILTER_CHANGE_DIFFERENT);
  update_list_heading (self);
  update_empty_state (self);

  position = find_position (self, reform);
  self->updating++;
  gtk_single_selection_set_selected (self->selection, position);
  self->updating--;
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);

  show_detail (self, FALSE);
  notify_page (self);

  return TRUE;
}

const char *
rex_reforms_view_get_scope (RexReformsView *self)
{
  g_return_val_if_fail (REX_IS_REFORMS_VIEW (self), NULL);

  return self->scope != NULL ? self->scope : REX_SCOPE_OVERVIEW;
}

const char *
rex_reforms_view_get_status (RexReformsView *self)
{
  g_return_val_if_fail (REX_IS_REFORMS_VIEW (self), NULL);

  return self->status >= 0 ? rex_status_to_string (self->status) : "";
}

RexReform *
rex_reforms_view_get_reform (RexReformsView *self)
{
  g_return_val_if_fail (REX_IS_REFORMS_VIEW (self), NULL);

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->detail_stack), "reform"))
    return NULL;

  return rex_reform_page_get_reform (self->reform_page);
}

void
rex_reforms_view_set_sort_order (RexReformsView *self,
                                 const char     *order)
{
  SortOrder sort_order = SORT_PROGRAMME;

  g_return_if_fail (REX_IS_REFORMS_VIEW (self));

  if (g_strcmp0 (order, "status") == 0)
    sort_order = SORT_STATUS;
  else if (g_strcmp0 (order, "date") == 0)
    sort_order = SORT_DATE;

  if (self->sort_order == sort_order)
    return;

  self->sort_order = sort_order;
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  /* Rows show their date only in date order; rows bound later learn it
   * in bind_row_cb. */
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (REX_IS_REFORM_ROW (row))
        rex_reform_row_set_show_date (REX_REFORM_ROW (row), sort_order == SORT_DATE);
    }
  sync_selection (self);
  scroll_list_to_top (self);
}

void
rex_reforms_view_start_search (RexReformsView *self)
{
  g_return_if_fail (REX_IS_REFORMS_VIEW (self));

  if (g_strcmp0 (self->scope, REX_SCOPE_OVERVIEW) == 0)
    rex_reforms_view_show_category (self, REX_SCOPE_ALL);

  gtk_stack_set_visible_child_name (self->content_stack, "browse");
  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  close_folded_sidebar (self);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

gboolean
rex_reforms_view_get_can_go_back (RexReformsView *self)
{
  g_return_val_if_fail (REX_IS_REFORMS_VIEW (self), FALSE);

  return adw_leaflet_get_folded (self->leaflet) &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "browse") == 0 &&
         g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "detail") == 0;
}

gboolean
rex_reforms_view_go_back (RexReformsView *self)
{
  g_return_val_if_fail (REX_IS_REFORMS_VIEW (self), FALSE);

  if (rex_reforms_view_get_can_go_back (self))
    {
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
      return TRUE;
    }

  if (adw_flap_get_folded (self->flap) && !adw_flap_get_reveal_flap (self->flap))
    {
      adw_flap_set_reveal_flap (self->flap, TRUE);
      rex_sidebar_focus_selected (self->sidebar);
      return TRUE;
    }

  return FALSE;
}

void
rex_reforms_view_enter_content (RexReformsView *self)
{
  g_return_if_fail (REX_IS_REFORMS_VIEW (self));

  close_folded_sidebar (self);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "overview") == 0)
    rex_page_focus_start (REX_PAGE (self->programme_page));
  else if (adw_leaflet_get_folded (self->leaflet) || rex_reforms_view_get_reform (self) == NULL)
    {
      adw_leaflet_set_visible_child_name (self->leaflet, "list");
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
    }
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

void
rex_reforms_view_toggle_sidebar (RexReformsView *self)
{
  gboolean reveal;

  g_return_if_fail (REX_IS_REFORMS_VIEW (self));

  reveal = !adw_flap_get_reveal_flap (self->flap);
  adw_flap_set_reveal_flap (self->flap, reveal);
  if (reveal)
    rex_sidebar_focus_selected (self->sidebar);
  else
    rex_reforms_view_enter_content (self);
}

/* RexPage */

static char *
rex_reforms_view_dup_copy_text (RexPage *page)
{
  RexPage *visible = get_visible_page (REX_REFORMS_VIEW (page));

  return visible != NULL ? rex_page_dup_copy_text (visible) : NULL;
}

static void
rex_reforms_view_focus_start (RexPage *page)
{
  rex_reforms_view_enter_content (REX_REFORMS_VIEW (page));
}

static void
rex_reforms_view_page_init (RexPageInterface *iface)
{
  iface->dup_copy_text = rex_reforms_view_dup_copy_text;
  iface->focus_start = rex_reforms_view_focus_start;
}

static const char * const page_properties[] = {
  "notify::title", "notify::subtitle", "notify::can-copy",
};

static void
page_property_changed_cb (RexReformsView *self)
{
  notify_page (self);
}

/* GObject */

static void
rex_reforms_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RexReformsView *self = REX_REFORMS_VIEW (object);
  RexPage *page = get_visible_page (self);

  switch (prop_id)
    {
    case PROP_SCOPE:
      g_value_set_string (value, rex_reforms_view_get_scope (self));
      break;

    case PROP_STATUS:
      g_value_set_string (value, rex_reforms_view_get_status (self));
      break;

    case PROP_REFORM:
      g_value_set_object (value, rex_reforms_view_get_reform (self));
      break;

    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, rex_reforms_view_get_can_go_back (self));
      break;

    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, gtk_search_bar_get_search_mode (self->search_bar));
      break;

    case PROP_SIDEBAR_VISIBLE:
      g_value_set_boolean (value, adw_flap_get_reveal_flap (self->flap));
      break;

    case PROP_TITLE:
      if (page != NULL)
        g_value_take_string (value, rex_page_dup_title (page));
      else
        g_value_take_string (value, dup_list_title (self));
      break;

    case PROP_SUBTITLE:
      if (page != NULL)
        g_value_take_string (value, rex_page_dup_subtitle (page));
      else
        g_value_take_string (value, dup_list_subtitle (self));
      break;

    case PROP_CAN_COPY:
      g_value_set_boolean (value, page != NULL && rex_page_get_can_copy (page));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_reforms_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RexReformsView *self = REX_REFORMS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE:
      if (g_value_get_boolean (value))
        rex_reforms_view_start_search (self);
      else
        gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      break;

    case PROP_SIDEBAR_VISIBLE:
      adw_flap_set_reveal_flap (self->flap, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_reforms_view_dispose (GObject *object)
{
  RexReformsView *self = REX_REFORMS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), REX_TYPE_REFORMS_VIEW);
  g_clear_object (&self->category);
  g_clear_object (&self->catalogue);
  g_clear_pointer (&self->query, rex_query_unref);
  g_clear_pointer (&self->query_matches, g_free);

  G_OBJECT_CLASS (rex_reforms_view_parent_class)->dispose (object);
}

static void
rex_reforms_view_finalize (GObject *object)
{
  RexReformsView *self = REX_REFORMS_VIEW (object);

  g_free (self->scope);

  G_OBJECT_CLASS (rex_reforms_view_parent_class)->finalize (object);
}

static void
rex_reforms_view_class_init (RexReformsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rex_reforms_view_get_property;
  object_class->set_property = rex_reforms_view_set_property;
  object_class->dispose = rex_reforms_view_dispose;
  object_class->finalize = rex_reforms_view_finalize;

  properties[PROP_SCOPE] =
    g_param_spec_string ("scope", NULL, NULL, REX_SCOPE_OVERVIEW,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFORM] =
    g_param_spec_object ("reform", NULL, NULL, REX_TYPE_REFORM,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDEBAR_VISIBLE] =
    g_param_spec_boolean ("sidebar-visible", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_TITLE, "title");
  g_object_class_override_property (object_class, PROP_SUBTITLE, "subtitle");
  g_object_class_override_property (object_class, PROP_CAN_COPY, "can-copy");

  g_type_ensure (REX_TYPE_SIDEBAR);
  g_type_ensure (REX_TYPE_REFORM_PAGE);
  g_type_ensure (REX_TYPE_PROGRAMME_PAGE);
  g_type_ensure (REX_TYPE_STAGED_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rex-reforms-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, flap);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, programme_page);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, list_title_label);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, list_subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, selection);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, sorter);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, sort_model);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, staged_list);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, filter_model);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, filter);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, empty_button);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, RexReformsView, reform_page);
  gtk_widget_class_bind_template_callback (widget_class, layout_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_items_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, empty_button_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rex_reforms_view_init (RexReformsView *self)
{
  GtkGesture *press;

  self->status = -1;
  self->scope = g_strdup (REX_SCOPE_OVERVIEW);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->filter, filter_func, self, NULL);
  gtk_custom_sorter_set_sort_func (self->sorter, sort_func, self, NULL);
  set_factory (self);
  rex_staged_list_set_widget (self->staged_list, GTK_WIDGET (self->list_view));
  g_signal_connect_object (self->staged_list, "notify::pending",
                           G_CALLBACK (staged_pending_cb), self, G_CONNECT_SWAPPED);

  /* Capture phase: seen before the row's own gesture selects the item. */
  press = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (press), GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (press, "pressed", G_CALLBACK (list_pressed_cb), self);
  g_signal_connect_swapped (press, "released", G_CALLBACK (list_released_cb), self);
  g_signal_connect_swapped (press, "stopped", G_CALLBACK (list_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (press));

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->flap, "notify::reveal-flap",
                           G_CALLBACK (reveal_changed_cb), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (page_properties); i++)
    g_signal_connect_object (self->reform_page, page_properties[i],
                             G_CALLBACK (page_property_changed_cb), self, G_CONNECT_SWAPPED);
}
