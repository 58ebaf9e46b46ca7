/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "rex-format.h"
#include "rex-page.h"

G_DEFINE_INTERFACE (RexPage, rex_page, GTK_TYPE_WIDGET)

static void
rex_page_default_init (RexPageInterface *iface)
{
  g_object_interface_install_property (iface,
                                       g_param_spec_string ("title", NULL, NULL, NULL,
                                                            G_PARAM_READABLE |
                                                            G_PARAM_STATIC_STRINGS));
  g_object_interface_install_property (iface,
                                       g_param_spec_string ("subtitle", NULL, NULL, NULL,
                                                            G_PARAM_READABLE |
                                                            G_PARAM_STATIC_STRINGS));
  g_object_interface_install_property (iface,
                                       g_param_spec_boolean ("can-copy", NULL, NULL, FALSE,
                                                             G_PARAM_READABLE |
                                                             G_PARAM_STATIC_STRINGS));
}

char *
rex_page_dup_title (RexPage *self)
{
  char *title = NULL;

  g_return_val_if_fail (REX_IS_PAGE (self), NULL);

  g_object_get (self, "title", &title, NULL);

  return title;
}

char *
rex_page_dup_subtitle (RexPage *self)
{
  char *subtitle = NULL;

  g_return_val_if_fail (REX_IS_PAGE (self), NULL);

  g_object_get (self, "subtitle", &subtitle, NULL);

  return subtitle;
}

gboolean
rex_page_get_can_copy (RexPage *self)
{
  gboolean can_copy = FALSE;

  g_return_val_if_fail (REX_IS_PAGE (self), FALSE);

  g_object_get (self, "can-copy", &can_copy, NULL);

  return can_copy;
}

char *
rex_page_dup_copy_text (RexPage *self)
{
  RexPageInterface *iface;

  g_return_val_if_fail (REX_IS_PAGE (self), NULL);

  iface = REX_PAGE_GET_IFACE (self);
  if (iface->dup_copy_text == NULL || !rex_page_get_can_copy (self))
    return NULL;

  return iface->dup_copy_text (self);
}

void
rex_page_focus_start (RexPage *self)
{
  RexPageInterface *iface;

  g_return_if_fail (REX_IS_PAGE (self));

  iface = REX_PAGE_GET_IFACE (self);
  if (iface->focus_start != NULL)
    iface->focus_start (self);
  else
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

gboolean
rex_page_activate_region_link (GtkLabel   *label,
                               const char *uri,
                               gpointer    user_data)
{
  if (!g_str_has_prefix (uri, REX_REGION_LINK_SCHEME))
    return FALSE;

  gtk_widget_activate_action (GTK_WIDGET (label), "win.show-region", "s",
                              uri + strlen (REX_REGION_LINK_SCHEME));
  return TRUE;
}
