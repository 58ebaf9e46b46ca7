/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rex-loader.h"
#include "rex-source.h"

struct _RexSource
{
  GObject  parent_instance;

  char    *id;
  char    *title;
  char    *publisher;
  char    *url;
  RexDate  date;
  guint    has_date : 1;
};

G_DEFINE_FINAL_TYPE (RexSource, rex_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_PUBLISHER,
  PROP_DATE,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rex_source_finalize (GObject *object)
{
  RexSource *self = REX_SOURCE (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->publisher);
  g_free (self->url);

  G_OBJECT_CLASS (rex_source_parent_class)->finalize (object);
}

static void
rex_source_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RexSource *self = REX_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_PUBLISHER:
      g_value_set_string (value, self->publisher);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, rex_source_get_date (self));
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_source_class_init (RexSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rex_source_finalize;
  object_class->get_property = rex_source_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, REX_TYPE_DATE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rex_source_init (RexSource *self)
{
}

const char *
rex_source_get_id (RexSource *self)
{
  g_return_val_if_fail (REX_IS_SOURCE (self), NULL);
  return self->id;
}

const char *
rex_source_get_title (RexSource *self)
{
  g_return_val_if_fail (REX_IS_SOURCE (self), NULL);
  return self->title;
}

const char *
rex_source_get_publisher (RexSource *self)
{
  g_return_val_if_fail (REX_IS_SOURCE (self), NULL);
  return self->publisher;
}

const RexDate *
rex_source_get_date (RexSource *self)
{
  g_return_val_if_fail (REX_IS_SOURCE (self), NULL);
  return self->has_date ? &self->date : NULL;
}

const char *
rex_source_get_url (RexSource *self)
{
  g_return_val_if_fail (REX_IS_SOURCE (self), NULL);
  return self->url;
}

/* Only web addresses: the app hands them to the desktop's browser, so
 * file:// or javascript: addresses must not get through. */
static gboolean
url_is_valid (const char *url)
{
  const char *rest;

  if (g_str_has_prefix (url, "https://"))
    rest = url + strlen ("https://");
  else if (g_str_has_prefix (url, "http://"))
    rest = url + strlen ("http://");
  else
    return FALSE;

  if (*rest == '\0' || *rest == '/')
    return FALSE;

  for (const char *p = url; *p != '\0'; p++)
    {
      if ((guchar) *p <= ' ' || *p == 0x7f)
        return FALSE;
    }

  return TRUE;
}

RexSource *
rex_source_new_from_json (RexLoader *loader,
                          JsonNode  *node)
{
  static const char * const members[] = { "id", "title", "publisher", "date", "url", NULL };
  RexSource *self;
  JsonObject *object;
  const char *url;

  if (!(object = rex_loader_object (loader, node, members)))
    return NULL;

  self = g_object_new (REX_TYPE_SOURCE, NULL);
  self->id = g_strdup (rex_loader_id (loader, object, "id", REX_ID_PLAIN));
  self->title = rex_loader_dup_string (loader, object, "title", TRUE);
  self->publisher = rex_loader_dup_string (loader, object, "publisher", TRUE);
  self->has_date = rex_loader_date (loader, object, "date", FALSE, FALSE, &self->date);

  url = rex_loader_string (loader, object, "url", TRUE);
  if (url != NULL && !url_is_valid (url))
    rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "url",
                        /* Translators: %s is the address as written in the file. */
                        _("“%s” is not an http:// or https:// address"), url);
  else
    self->url = g_strdup (url);

  return self;
}
