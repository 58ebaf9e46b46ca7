/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "rex-sidebar.h"
#include "rex-sidebar-row.h"

struct _RexSidebar
{
  GtkWidget     parent_instance;

  RexCatalogue *catalogue;
  char         *scope;
  /* Set while the sidebar follows the window, so that selecting a row
   * does not ask the window again for what it already shows. */
  guint         updating;

  GtkWidget    *scrolled_window;
  GtkListBox   *nav_list;
  GtkListBox   *status_list;
};

G_DEFINE_FINAL_TYPE (RexSidebar, rex_sidebar, GTK_TYPE_WIDGET)

static GtkListBoxRow *
find_nav_row (RexSidebar *self,
              const char *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->nav_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (REX_IS_SIDEBAR_ROW (child) &&
        g_strcmp0 (rex_sidebar_row_get_id (REX_SIDEBAR_ROW (child)), id) == 0)
      return GTK_LIST_BOX_ROW (child);

  return NULL;
}

static void
nav_row_selected_cb (RexSidebar    *self,
                     GtkListBoxRow *row)
{
  const char *id;

  if (row == NULL || self->updating > 0)
    return;

  /* Arrow keys move the selection, and what is selected is what is shown,
   * as in Settings: the window follows at once. */
  id = rex_sidebar_row_get_id (REX_SIDEBAR_ROW (row));
  if (g_str_equal (id, REX_SCOPE_OVERVIEW))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-overview", NULL);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-category", "s", id);
}

static void
nav_row_activated_cb (RexSidebar    *self,
                      GtkListBoxRow *row)
{
  /* A click or Enter also means "take me there": on a narrow window the
   * sidebar gives way to what was chosen. */
  nav_row_selected_cb (self, row);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.enter-content", NULL);
}

static void
status_row_activated_cb (RexSidebar    *self,
                         GtkListBoxRow *row)
{
  GtkWidget *check = gtk_list_box_row_get_child (row);

  if (gtk_widget_is_sensitive (check))
    gtk_widget_activate (check);
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  GtkWidget *header = NULL;

  if (gtk_widget_has_css_class (GTK_WIDGET (row), "first-category"))
    {
      header = gtk_label_new (C_("sidebar heading", "Groups"));
      gtk_label_set_xalign (GTK_LABEL (header), 0);
      gtk_label_set_wrap (GTK_LABEL (header), TRUE);
      gtk_widget_add_css_class (header, "sidebar-heading");
      gtk_widget_add_css_class (header, "heading");
      gtk_widget_add_css_class (header, "dim-label");
    }

  gtk_list_box_row_set_header (row, header);
}

static void
clear_list_box (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
create_status_row (const char *id,
                   const char *title)
{
  GtkWidget *row, *check, *box, *label, *count;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);

  count = gtk_label_new (NULL);
  gtk_widget_set_valign (count, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (count, "count");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), count);

  /* A radio choice bound to the stateful action: it shows the filter in
   * use wherever it was chosen from, and is announced as such. */
  check = gtk_check_button_new ();
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (check), "win.show-status");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (check), "s", id);
  g_object_set_data_full (G_OBJECT (check), "rex-id", g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (check), "rex-count", count);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);
  gtk_widget_set_focusable (row, FALSE);

  return row;
}

void
rex_sidebar_set_catalogue (RexSidebar   *self,
                           RexCatalogue *catalogue)
{
  GListModel *categories;
  GtkWidget *row;
  guint n;

  g_return_if_fail (REX_IS_SIDEBAR (self));
  g_return_if_fail (REX_IS_CATALOGUE (catalogue));

  g_set_object (&self->catalogue, catalogue);

  self->updating++;
  clear_list_box (self->nav_list);
  clear_list_box (self->status_list);

  row = rex_sidebar_row_new (REX_SCOPE_OVERVIEW, _("Overview"), "x-office-document-symbolic");
  rex_sidebar_row_set_show_count (REX_SIDEBAR_ROW (row), FALSE);
  gtk_list_box_append (self->nav_list, row);

  row = rex_sidebar_row_new (REX_SCOPE_ALL, _("All reforms"), "view-list-symbolic");
  gtk_list_box_append (self->nav_list, row);

  categories = rex_catalogue_get_categories (catalogue);
  n = g_list_model_get_n_items (categories);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexCategory) category = g_list_model_get_item (categories, i);

      row = rex_sidebar_row_new (rex_category_get_id (category),
                                 rex_category_get_title (category),
                                 NULL);
      gtk_widget_add_css_class (row, "category-row");
      if (i == 0)
        gtk_widget_add_css_class (row, "first-category");
      gtk_list_box_append (self->nav_list, row);
    }

  gtk_list_box_append (self->status_list,
                       create_status_row ("", C_("status filter", "Any status")));
  for (guint i = 0; i < REX_N_STATUSES; i++)
    {
      RexStatus status = rex_status_nth_in_order (i);

      /* A status no reform of the dataset has would only ever show 0. */
      if (rex_catalogue_count_reforms_by_status (catalogue, status) == 0)
        continue;

      row = create_status_row (rex_status_to_string (status), rex_status_get_label (status));
      gtk_widget_add_css_class (row, rex_status_to_string (status));
      gtk_list_box_append (self->status_list, row);
    }

  g_clear_pointer (&self->scope, g_free);
  self->updating--;
}

const char *
rex_sidebar_get_scope (RexSidebar *self)
{
  g_return_val_if_fail (REX_IS_SIDEBAR (self), NULL);

  return self->scope;
}

void
rex_sidebar_set_scope (RexSidebar *self,
                       const char *scope)
{
  GtkListBoxRow *row;

  g_return_if_fail (REX_IS_SIDEBAR (self));
  g_return_if_fail (scope != NULL);

  g_free (self->scope);
  self->scope = g_strdup (scope);

  row = find_nav_row (self, scope);
  self->updating++;
  if (row == NULL)
    gtk_list_box_unselect_all (self->nav_list);
  else if (row != gtk_list_box_get_selected_row (self->nav_list))
    gtk_list_box_select_row (self->nav_list, row);
  self->updating--;
}

static void
set_status_count (GtkWidget *check,
                  guint      count)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (check), "rex-count");
  g_autofree char *text = g_strdup_printf ("%u", count);
  /* Translators: a status filter's accessible description, "5 reforms". */
  g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u reform", "%u reforms",
                                                               count),
                                                  count);

  gtk_label_set_label (GTK_LABEL (label), text);
  /* Nothing to show with this status here: say so by not offering it,
   * rather than by a look that only suggests it. */
  gtk_widget_set_sensitive (gtk_widget_get_parent (check), count > 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

void
rex_sidebar_set_counts (RexSidebar  *self,
                        guint        all_count,
                        const guint *category_counts,
                        guint        any_status_count,
                        const guint *status_counts)
{
  guint category = 0;

  g_return_if_fail (REX_IS_SIDEBAR (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->nav_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *id;

      /* The list box's children include the headers of its rows. */
      if (!REX_IS_SIDEBAR_ROW (child))
        continue;

      id = rex_sidebar_row_get_id (REX_SIDEBAR_ROW (child));
      if (g_str_equal (id, REX_SCOPE_OVERVIEW))
        continue;
      else if (g_str_equal (id, REX_SCOPE_ALL))
        rex_sidebar_row_set_count (REX_SIDEBAR_ROW (child), all_count);
      else
        rex_sidebar_row_set_count (REX_SIDEBAR_ROW (child), category_counts[category++]);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->status_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *check;
      const char *id;
      RexStatus status;

      if (!GTK_IS_LIST_BOX_ROW (child))
        continue;

      check = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (child));
      id = g_object_get_data (G_OBJECT (check), "rex-id");

      if (rex_status_from_string (id, &status))
        set_status_count (check, status_counts[status]);
      else
        set_status_count (check, any_status_count);
    }
}

const char *
rex_sidebar_get_selected_title (RexSidebar *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (REX_IS_SIDEBAR (self), NULL);

  row = gtk_list_box_get_selected_row (self->nav_list);

  return row != NULL ? rex_sidebar_row_get_title (REX_SIDEBAR_ROW (row)) : NULL;
}

void
rex_sidebar_focus_selected (RexSidebar *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (REX_IS_SIDEBAR (self));

  row = gtk_list_box_get_selected_row (self->nav_list);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  else
    gtk_widget_child_focus (GTK_WIDGET (self->nav_list), GTK_DIR_TAB_FORWARD);
}

static void
rex_sidebar_dispose (GObject *object)
{
  RexSidebar *self = REX_SIDEBAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), REX_TYPE_SIDEBAR);
  g_clear_object (&self->catalogue);

  G_OBJECT_CLASS (rex_sidebar_parent_class)->dispose (object);
}

static void
rex_sidebar_finalize (GObject *object)
{
  RexSidebar *self = REX_SIDEBAR (object);

  g_free (self->scope);

  G_OBJECT_CLASS (rex_sidebar_parent_class)->finalize (object);
}

static void
rex_sidebar_class_init (RexSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rex_sidebar_dispose;
  object_class->finalize = rex_sidebar_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rex-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, RexSidebar, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, RexSidebar, nav_list);
  gtk_widget_class_bind_template_child (widget_class, RexSidebar, status_list);
  gtk_widget_class_bind_template_callback (widget_class, nav_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, nav_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rex-sidebar");
}

static void
rex_sidebar_init (RexSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->nav_list, header_func, NULL, NULL);
}
