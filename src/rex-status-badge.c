/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "rex-status-badge.h"

/* A pill with the status as text. Colour only repeats what the text says,
 * and an uncertain status also gets a warning icon, so the badge reads
 * the same without colour (high contrast, colour blindness). */
struct _RexStatusBadge
{
  GtkWidget  parent_instance;

  GtkWidget *icon;
  GtkWidget *label;

  RexStatus  status;
  gboolean   uncertain;
};

G_DEFINE_FINAL_TYPE (RexStatusBadge, rex_status_badge, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATUS,
  PROP_UNCERTAIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (RexStatusBadge *self)
{
  const char *label = rex_status_get_label (self->status);
  gboolean show_icon = self->uncertain || self->status == REX_STATUS_UNCLEAR;

  for (guint i = 0; i < REX_N_STATUSES; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self), rex_status_to_string (i));
  gtk_widget_add_css_class (GTK_WIDGET (self), rex_status_to_string (self->status));

  gtk_label_set_label (GTK_LABEL (self->label), label);
  gtk_widget_set_visible (self->icon, show_icon);

  if (self->uncertain)
    {
      /* Translators: a status badge's accessible name, e.g. "In force, uncertain". */
      g_autofree char *text = g_strdup_printf (_("%s, uncertain"), label);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                                   _("Some facts about this reform could not be verified"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                      -1);
    }
  else
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }
}

GtkWidget *
rex_status_badge_new (void)
{
  return g_object_new (REX_TYPE_STATUS_BADGE, NULL);
}

RexStatus
rex_status_badge_get_status (RexStatusBadge *self)
{
  g_return_val_if_fail (REX_IS_STATUS_BADGE (self), REX_STATUS_UNCLEAR);

  return self->status;
}

void
rex_status_badge_set_status (RexStatusBadge *self,
                             RexStatus       status)
{
  g_return_if_fail (REX_IS_STATUS_BADGE (self));

  if (self->status == status)
    return;

  self->status = status;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gboolean
rex_status_badge_get_uncertain (RexStatusBadge *self)
{
  g_return_val_if_fail (REX_IS_STATUS_BADGE (self), FALSE);

  return self->uncertain;
}

void
rex_status_badge_set_uncertain (RexStatusBadge *self,
                                gboolean        uncertain)
{
  g_return_if_fail (REX_IS_STATUS_BADGE (self));

  uncertain = !!uncertain;
  if (self->uncertain == uncertain)
    return;

  self->uncertain = uncertain;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNCERTAIN]);
}

const char *
rex_status_badge_get_text (RexStatusBadge *self)
{
  g_return_val_if_fail (REX_IS_STATUS_BADGE (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->label));
}

static void
rex_status_badge_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RexStatusBadge *self = REX_STATUS_BADGE (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_UNCERTAIN:
      g_value_set_boolean (value, self->uncertain);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_status_badge_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RexStatusBadge *self = REX_STATUS_BADGE (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      rex_status_badge_set_status (self, g_value_get_enum (value));
      break;

    case PROP_UNCERTAIN:
      rex_status_badge_set_uncertain (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_status_badge_dispose (GObject *object)
{
  RexStatusBadge *self = REX_STATUS_BADGE (object);

  g_clear_pointer (&self->icon, gtk_widget_unparent);
  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (rex_status_badge_parent_class)->dispose (object);
}

static void
rex_status_badge_class_init (RexStatusBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rex_status_badge_get_property;
  object_class->set_property = rex_status_badge_set_property;
  object_class->dispose = rex_status_badge_dispose;

  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       REX_TYPE_STATUS, REX_STATUS_ANNOUNCED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNCERTAIN] =
    g_param_spec_boolean ("uncertain", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "status-badge");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
}

static void
rex_status_badge_init (RexStatusBadge *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);

  self->icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_parent (self->icon, GTK_WIDGET (self));

  self->label = gtk_label_new (NULL);
  gtk_label_set_single_line_mode (GTK_LABEL (self->label), TRUE);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  update (self);
}
