/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "rex-source-row.h"

/* A cited document: its title, publisher and date; activating the row
 * opens it with the desktop's handler for web addresses. */
struct _RexSourceRow
{
  AdwActionRow  parent_instance;

  RexSource    *source;
};

G_DEFINE_FINAL_TYPE (RexSourceRow, rex_source_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the language tag says, in words, for its tooltip and for screen
 * readers, which would otherwise spell out "K K". */
static char *
dup_language_description (const char *code,
                          const char *tag)
{
  if (g_str_equal (code, "en"))
    return g_strdup (C_("source language", "In English"));
  if (g_str_equal (code, "kk"))
    return g_strdup (C_("source language", "In Kazakh"));
  if (g_str_equal (code, "ru"))
    return g_strdup (C_("source language", "In Russian"));
  if (g_str_equal (code, "de"))
    return g_strdup (C_("source language", "In German"));
  if (g_str_equal (code, "cs"))
    return g_strdup (C_("source language", "In Czech"));

  /* Translators: the tooltip of a source's language tag for a language
   * the app has no name for; %s is the tag itself, an ISO 639-1 code in
   * capitals such as “UZ”. */
  return g_strdup_printf (_("Written in the language with code %s"), tag);
}

static void
activated_cb (RexSourceRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->source != NULL)
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                  rex_source_get_url (self->source), GDK_CURRENT_TIME);
}

static void
rex_source_row_constructed (GObject *object)
{
  RexSourceRow *self = REX_SOURCE_ROW (object);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = NULL;
  /* Translators: the accessible description of a source row. */
  g_autofree char *description = NULL;
  g_autofree char *host = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *tag = NULL;

  G_OBJECT_CLASS (rex_source_row_parent_class)->constructed (object);

  g_return_if_fail (self->source != NULL);

  /* Rows take Pango markup, and titles of web pages contain "&". */
  title = g_markup_escape_text (rex_source_get_title (self->source), -1);

  if (rex_source_get_date (self->source) != NULL)
    {
      g_autofree char *date = rex_date_format (rex_source_get_date (self->source));
      /* Translators: a source's publisher and publication date. */
      subtitle = g_strdup_printf (_("%s, %s"), rex_source_get_publisher (self->source), date);
    }
  else
    {
      subtitle = g_strdup (rex_source_get_publisher (self->source));
    }
  escaped = g_markup_escape_text (subtitle, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), escaped);
  /* The host the address really leads to, so that a link cannot pass
   * itself off as another site. */
  host = rex_source_dup_display_host (self->source);
  /* Translators: a source link's tooltip; %s is a web site, e.g. "akorda.kz". */
  tooltip = g_strdup_printf (_("Opens %s"), host != NULL ? host : rex_source_get_url (self->source));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  /* Translators: %s is a web address. */
  description = g_strdup_printf (_("Opens %s"), rex_source_get_url (self->source));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  /* The title stays in the document's own language, so the row says
   * which one that is before the reader opens it. */
  tag = rex_source_dup_language_tag (self->source);
  if (tag != NULL)
    {
      GtkWidget *label = gtk_label_new (tag);
      g_autofree char *tag_tooltip = NULL;

      gtk_widget_add_css_class (label, "source-language");
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      tag_tooltip = dup_language_description (rex_source_get_language (self->source), tag);
      gtk_widget_set_tooltip_text (label, tag_tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tag_tooltip,
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (self), label);
    }
}

GtkWidget *
rex_source_row_new (RexSource *source)
{
  g_return_val_if_fail (REX_IS_SOURCE (source), NULL);

  return g_object_new (REX_TYPE_SOURCE_ROW, "source", source, NULL);
}

RexSource *
rex_source_row_get_source (RexSourceRow *self)
{
  g_return_val_if_fail (REX_IS_SOURCE_ROW (self), NULL);

  return self->source;
}

static void
rex_source_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RexSourceRow *self = REX_SOURCE_ROW (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_source_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RexSourceRow *self = REX_SOURCE_ROW (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      self->source = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_source_row_dispose (GObject *object)
{
  RexSourceRow *self = REX_SOURCE_ROW (object);

  g_clear_object (&self->source);

  G_OBJECT_CLASS (rex_source_row_parent_class)->dispose (object);
}

static void
rex_source_row_class_init (RexSourceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = rex_source_row_constructed;
  object_class->get_property = rex_source_row_get_property;
  object_class->set_property = rex_source_row_set_property;
  object_class->dispose = rex_source_row_dispose;

  properties[PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL, REX_TYPE_SOURCE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rex_source_row_init (RexSourceRow *self)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("adw-external-link-symbolic");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), icon);
  g_signal_connect (self, "activated", G_CALLBACK (activated_cb), NULL);
}
