/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "rex-window.h"

struct _RexWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (RexWindow, rex_window, ADW_TYPE_APPLICATION_WINDOW)

RexWindow *
rex_window_new (RexApplication *application)
{
  return g_object_new (REX_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

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
  GtkApplication *app;

  G_OBJECT_CLASS (rex_window_parent_class)->constructed (object);

  app = gtk_window_get_application (GTK_WINDOW (self));
  self->settings = g_object_ref (rex_application_get_settings (REX_APPLICATION (app)));
  restore_window_state (self);
}

static void
rex_window_dispose (GObject *object)
{
  RexWindow *self = REX_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), REX_TYPE_WINDOW);
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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rex-window.ui");
}

static void
rex_window_init (RexWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

void
rex_window_open_dataset (RexWindow  *self,
                         GFile      *file,
                         const char *category_id,
                         const char *reform_id)
{
  g_return_if_fail (REX_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* Filled in by the browsing UI. */
}

gboolean
rex_window_show_category (RexWindow  *self,
                          const char *category_id)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), FALSE);

  return FALSE;
}

gboolean
rex_window_show_reform (RexWindow  *self,
                        const char *reform_id)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), FALSE);

  return FALSE;
}
