/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "rex-sidebar-row.h"

/* A sidebar entry: a title and how many reforms it holds. */
struct _RexSidebarRow
{
  GtkListBoxRow  parent_instance;

  char          *id;
  guint          count;
  gboolean       show_count;

  GtkWidget     *title_label;
  GtkWidget     *count_label;
};

G_DEFINE_FINAL_TYPE (RexSidebarRow, rex_sidebar_row, GTK_TYPE_LIST_BOX_ROW)

static void
update_accessible (RexSidebarRow *self)
{
  if (!self->show_count)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gtk_label_get_label (GTK_LABEL (self->title_label)),
                                      -1);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  /* Translators: a sidebar row's accessible description, "5 reforms". */
  g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u reform", "%u reforms",
                                                               self->count),
                                                  self->count);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_label (GTK_LABEL (self->title_label)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

GtkWidget *
rex_sidebar_row_new (const char *id,
                     const char *title,
                     const char *icon_name)
{
  RexSidebarRow *self = g_object_new (REX_TYPE_SIDEBAR_ROW, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);

  self->id = g_strdup (id);
  self->show_count = TRUE;

  if (icon_name != NULL)
    gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_name));

  self->title_label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (self->title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->title_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (self->title_label, TRUE);
  gtk_box_append (GTK_BOX (box), self->title_label);

  self->count_label = gtk_label_new (NULL);
  gtk_widget_set_valign (self->count_label, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->count_label, "count");
  gtk_widget_add_css_class (self->count_label, "numeric");
  gtk_box_append (GTK_BOX (box), self->count_label);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  rex_sidebar_row_set_count (self, 0);
  update_accessible (self);

  return GTK_WIDGET (self);
}

const char *
rex_sidebar_row_get_id (RexSidebarRow *self)
{
  g_return_val_if_fail (REX_IS_SIDEBAR_ROW (self), NULL);

  return self->id;
}

const char *
rex_sidebar_row_get_title (RexSidebarRow *self)
{
  g_return_val_if_fail (REX_IS_SIDEBAR_ROW (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->title_label));
}

guint
rex_sidebar_row_get_count (RexSidebarRow *self)
{
  g_return_val_if_fail (REX_IS_SIDEBAR_ROW (self), 0);

  return self->count;
}

void
rex_sidebar_row_set_count (RexSidebarRow *self,
                           guint          count)
{
  g_autofree char *text = NULL;

  g_return_if_fail (REX_IS_SIDEBAR_ROW (self));

  self->count = count;
  text = g_strdup_printf ("%u", count);
  gtk_label_set_label (GTK_LABEL (self->count_label), text);
  update_accessible (self);
}

void
rex_sidebar_row_set_show_count (RexSidebarRow *self,
                                gboolean       show_count)
{
  g_return_if_fail (REX_IS_SIDEBAR_ROW (self));

  self->show_count = !!show_count;
  gtk_widget_set_visible (self->count_label, self->show_count);
  update_accessible (self);
}

static void
rex_sidebar_row_finalize (GObject *object)
{
  RexSidebarRow *self = REX_SIDEBAR_ROW (object);

  g_free (self->id);

  G_OBJECT_CLASS (rex_sidebar_row_parent_class)->finalize (object);
}

static void
rex_sidebar_row_class_init (RexSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rex_sidebar_row_finalize;
}

static void
rex_sidebar_row_init (RexSidebarRow *self)
{
}
