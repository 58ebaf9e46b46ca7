/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "rex-loader.h"
#include "rex-measure.h"

struct _RexMeasure
{
  GObject        parent_instance;

  char          *note;
  RexObjectList *sources;
  double         value;
  RexDate        as_of;
  RexEvidence    evidence;
};

G_DEFINE_FINAL_TYPE (RexMeasure, rex_measure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_AS_OF,
  PROP_EVIDENCE,
  PROP_NOTE,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rex_measure_finalize (GObject *object)
{
  RexMeasure *self = REX_MEASURE (object);

  g_free (self->note);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (rex_measure_parent_class)->finalize (object);
}

static void
rex_measure_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RexMeasure *self = REX_MEASURE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_AS_OF:
      g_value_set_boxed (value, &self->as_of);
      break;
    case PROP_EVIDENCE:
      g_value_set_enum (value, self->evidence);
      break;
    case PROP_NOTE:
      g_value_set_string (value, rex_measure_get_note (self));
      break;
    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_measure_class_init (RexMeasureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = rex_measure_finalize;
  object_class->get_property = rex_measure_get_property;

  properties[PROP_VALUE] = g_param_spec_double ("value", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  properties[PROP_AS_OF] = g_param_spec_boxed ("as-of", NULL, NULL, REX_TYPE_DATE, flags);
  properties[PROP_EVIDENCE] =
    g_param_spec_enum ("evidence", NULL, NULL, REX_TYPE_EVIDENCE, REX_EVIDENCE_UNCERTAIN, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_SOURCES] = g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rex_measure_init (RexMeasure *self)
{
}

double
rex_measure_get_value (RexMeasure *self)
{
  g_return_val_if_fail (REX_IS_MEASURE (self), 0);
  return self->value;
}

const RexDate *
rex_measure_get_as_of (RexMeasure *self)
{
  g_return_val_if_fail (REX_IS_MEASURE (self), NULL);
  return &self->as_of;
}

RexEvidence
rex_measure_get_evidence (RexMeasure *self)
{
  g_return_val_if_fail (REX_IS_MEASURE (self), REX_EVIDENCE_UNCERTAIN);
  return self->evidence;
}

const char *
rex_measure_get_note (RexMeasure *self)
{
  g_return_val_if_fail (REX_IS_MEASURE (self), NULL);
  return self->note ? g_dpgettext2 (GETTEXT_PACKAGE, "measure note", self->note) : NULL;
}

GListModel *
rex_measure_get_sources (RexMeasure *self)
{
  g_return_val_if_fail (REX_IS_MEASURE (self), NULL);
  return G_LIST_MODEL (self->sources);
}

RexMeasure *
rex_measure_new_from_json (RexLoader *loader,
                           JsonNode  *node)
{
  static const char * const members[] = { "value", "as_of", "evidence", "sources", "note", NULL };
  RexMeasure *self;
  JsonObject *object;

  if (!(object = rex_loader_object (loader, node, members)))
    return NULL;

  self = g_object_new (REX_TYPE_MEASURE, NULL);
  /* Areas and populations are non-negative and well below 10¹². */
  self->value = rex_loader_number (loader, object, "value", 0, 1e12);
  rex_loader_date (loader, object, "as_of", TRUE, FALSE, &self->as_of);
  self->evidence = rex_loader_evidence (loader, object, "evidence");
  self->sources = rex_loader_sources (loader, object, "sources");
  self->note = rex_loader_dup_string (loader, object, "note", FALSE);

  return self;
}
