/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "rex-category.h"
#include "rex-loader.h"

struct _RexCategory
{
  GObject  parent_instance;

  char    *id;
  char    *title;
  char    *summary;
  guint    position;
};

G_DEFINE_FINAL_TYPE (RexCategory, rex_category, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rex_category_finalize (GObject *object)
{
  RexCategory *self = REX_CATEGORY (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->summary);

  G_OBJECT_CLASS (rex_category_parent_class)->finalize (object);
}

static void
rex_category_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RexCategory *self = REX_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, rex_category_get_title (self));
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, rex_category_get_summary (self));
      break;
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_category_class_init (RexCategoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rex_category_finalize;
  object_class->get_property = rex_category_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rex_category_init (RexCategory *self)
{
}

const char *
rex_category_get_id (RexCategory *self)
{
  g_return_val_if_fail (REX_IS_CATEGORY (self), NULL);
  return self->id;
}

const char *
rex_category_get_title (RexCategory *self)
{
  g_return_val_if_fail (REX_IS_CATEGORY (self), NULL);
  return self->title ? g_dpgettext2 (GETTEXT_PACKAGE, "category title", self->title) : NULL;
}

const char *
rex_category_get_summary (RexCategory *self)
{
  g_return_val_if_fail (REX_IS_CATEGORY (self), NULL);
  return self->summary ? g_dpgettext2 (GETTEXT_PACKAGE, "category summary", self->summary) : NULL;
}

const char *
rex_category_get_title_en (RexCategory *self)
{
  return self->title;
}

guint
rex_category_get_position (RexCategory *self)
{
  g_return_val_if_fail (REX_IS_CATEGORY (self), 0);
  return self->position;
}

RexCategory *
rex_category_new_from_json (RexLoader *loader,
                            JsonNode  *node,
                            guint      position)
{
  static const char * const members[] = { "id", "title", "summary", NULL };
  RexCategory *self;
  JsonObject *object;

  if (!(object = rex_loader_object (loader, node, members)))
    return NULL;

  self = g_object_new (REX_TYPE_CATEGORY, NULL);
  self->position = position;
  self->id = g_strdup (rex_loader_id (loader, object, "id", REX_ID_PLAIN));
  self->title = rex_loader_dup_string (loader, object, "title", TRUE);
  self->summary = rex_loader_dup_string (loader, object, "summary", TRUE);

  return self;
}
