/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "rex-preferences-window.h"

struct _RexPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *language_row;
};

G_DEFINE_FINAL_TYPE (RexPreferencesWindow, rex_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* In the order of the row's items. */
static const char * const languages[] = { "", "en", "kk", "ru" };

static gboolean
language_to_row (GValue   *value,
                 GVariant *variant,
                 gpointer  user_data)
{
  const char *language = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (language, languages[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
row_to_language (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (languages))
    return NULL;

  return g_variant_new_string (languages[selected]);
}

static void
rex_preferences_window_dispose (GObject *object)
{
  RexPreferencesWindow *self = REX_PREFERENCES_WINDOW (object);

  if (self->settings != NULL)
    g_settings_unbind (self->language_row, "selected");
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), REX_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (rex_preferences_window_parent_class)->dispose (object);
}

static void
rex_preferences_window_class_init (RexPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rex_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/rex-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RexPreferencesWindow, language_row);
}

static void
rex_preferences_window_init (RexPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind_with_mapping (self->settings, "language",
                                self->language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                language_to_row, row_to_language, NULL, NULL);
}

GtkWidget *
rex_preferences_window_new (GtkWindow *parent)
{
  GtkWidget *self = g_object_new (REX_TYPE_PREFERENCES_WINDOW,
                                  "transient-for", parent,
                                  NULL);

  /* Over a window narrower than the usual width (a phone's), no wider
   * than that window. */
  if (parent != NULL && gtk_widget_get_width (GTK_WIDGET (parent)) > 0)
    {
      int width, height;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   MIN (width, gtk_widget_get_width (GTK_WIDGET (parent))), height);
    }

  return self;
}
