/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "rex-loader.h"
#include "rex-programme.h"

struct _RexProgramme
{
  GObject        parent_instance;

  char          *id;
  char          *title;
  char          *speaker;
  char          *occasion;
  char          *quotation;
  char          *summary;
  RexObjectList *sources;
  RexDate        date;
};

G_DEFINE_FINAL_TYPE (RexProgramme, rex_programme, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DATE,
  PROP_SPEAKER,
  PROP_OCCASION,
  PROP_QUOTATION,
  PROP_SUMMARY,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rex_programme_finalize (GObject *object)
{
  RexProgramme *self = REX_PROGRAMME (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->speaker);
  g_free (self->occasion);
  g_free (self->quotation);
  g_free (self->summary);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (rex_programme_parent_class)->finalize (object);
}

static void
rex_programme_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RexProgramme *self = REX_PROGRAMME (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, rex_programme_get_title (self));
      break;
    case PROP_DATE:
      g_value_set_boxed (value, &self->date);
      break;
    case PROP_SPEAKER:
      g_value_set_string (value, rex_programme_get_speaker (self));
      break;
    case PROP_OCCASION:
      g_value_set_string (value, rex_programme_get_occasion (self));
      break;
    case PROP_QUOTATION:
      g_value_set_string (value, rex_programme_get_quotation (self));
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, rex_programme_get_summary (self));
      break;
    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_programme_class_init (RexProgrammeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = rex_programme_finalize;
  object_class->get_property = rex_programme_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, REX_TYPE_DATE, flags);
  properties[PROP_SPEAKER] = g_param_spec_string ("speaker", NULL, NULL, NULL, flags);
  properties[PROP_OCCASION] = g_param_spec_string ("occasion", NULL, NULL, NULL, flags);
  properties[PROP_QUOTATION] = g_param_spec_string ("quotation", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_SOURCES] = g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rex_programme_init (RexProgramme *self)
{
}

const char *
rex_programme_get_id (RexProgramme *self)
{
  g_return_val_if_fail (REX_IS_PROGRAMME (self), NULL);
  return self->id;
}

#define TRANSLATED(context, field) \
  ((field) != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, context, field) : NULL)

const char *
rex_programme_get_title (RexProgramme *self)
{
  g_return_val_if_fail (REX_IS_PROGRAMME (self), NULL);
  return TRANSLATED ("programme title", self->title);
}

const RexDate *
rex_programme_get_date (RexProgramme *self)
{
  g_return_val_if_fail (REX_IS_PROGRAMME (self), NULL);
  return &self->date;
}

const char *
rex_programme_get_speaker (RexProgramme *self)
{
  g_return_val_if_fail (REX_IS_PROGRAMME (self), NULL);
  return TRANSLATED ("programme speaker", self->speaker);
}

const char *
rex_programme_get_occasion (RexProgramme *self)
{
  g_return_val_if_fail (REX_IS_PROGRAMME (self), NULL);
  return TRANSLATED ("programme occasion", self->occasion);
}

const char *
rex_programme_get_quotation (RexProgramme *self)
{
  g_return_val_if_fail (REX_IS_PROGRAMME (self), NULL);
  return TRANSLATED ("programme quotation", self->quotation);
}

const char *
rex_programme_get_summary (RexProgramme *self)
{
  g_return_val_if_fail (REX_IS_PROGRAMME (self), NULL);
  return TRANSLATED ("programme summary", self->summary);
}

GListModel *
rex_programme_get_sources (RexProgramme *self)
{
  g_return_val_if_fail (REX_IS_PROGRAMME (self), NULL);
  return G_LIST_MODEL (self->sources);
}

RexProgramme *
rex_programme_new_from_json (RexLoader *loader,
                             JsonNode  *node)
{
  static const char * const members[] = {
    "id", "title", "date", "speaker", "occasion", "quotation", "summary", "sources", NULL
  };
  RexProgramme *self;
  JsonObject *object;

  if (!(object = rex_loader_object (loader, node, members)))
    return NULL;

  self = g_object_new (REX_TYPE_PROGRAMME, NULL);
  self->id = g_strdup (rex_loader_id (loader, object, "id", REX_ID_PLAIN));
  self->title = rex_loader_dup_string (loader, object, "title", TRUE);
  rex_loader_date (loader, object, "date", TRUE, FALSE, &self->date);
  self->speaker = rex_loader_dup_string (loader, object, "speaker", TRUE);
  self->occasion = rex_loader_dup_string (loader, object, "occasion", TRUE);
  self->quotation = rex_loader_dup_string (loader, object, "quotation", TRUE);
  self->summary = rex_loader_dup_string (loader, object, "summary", TRUE);
  self->sources = rex_loader_sources (loader, object, "sources");

  return self;
}
