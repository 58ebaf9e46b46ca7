/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rex-figure.h"
#include "rex-loader.h"

struct _RexFigure
{
  GObject        parent_instance;

  char          *label;
  char          *unit;
  char          *unit_one;
  RexObjectList *sources;
  double         before;
  double         after;
  RexEvidence    evidence;
};

G_DEFINE_FINAL_TYPE (RexFigure, rex_figure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_BEFORE,
  PROP_AFTER,
  PROP_UNIT,
  PROP_EVIDENCE,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rex_figure_finalize (GObject *object)
{
  RexFigure *self = REX_FIGURE (object);

  g_free (self->label);
  g_free (self->unit);
  g_free (self->unit_one);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (rex_figure_parent_class)->finalize (object);
}

static void
rex_figure_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RexFigure *self = REX_FIGURE (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, rex_figure_get_label (self));
      break;
    case PROP_BEFORE:
      g_value_set_double (value, self->before);
      break;
    case PROP_AFTER:
      g_value_set_double (value, self->after);
      break;
    case PROP_UNIT:
      g_value_set_string (value, rex_figure_get_unit (self));
      break;
    case PROP_EVIDENCE:
      g_value_set_enum (value, self->evidence);
      break;
    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_figure_class_init (RexFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = rex_figure_finalize;
  object_class->get_property = rex_figure_get_property;

  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_BEFORE] = g_param_spec_double ("before", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_AFTER] = g_param_spec_double ("after", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, NULL, flags);
  properties[PROP_EVIDENCE] =
    g_param_spec_enum ("evidence", NULL, NULL, REX_TYPE_EVIDENCE, REX_EVIDENCE_UNCERTAIN, flags);
  properties[PROP_SOURCES] = g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rex_figure_init (RexFigure *self)
{
}

const char *
rex_figure_get_label (RexFigure *self)
{
  g_return_val_if_fail (REX_IS_FIGURE (self), NULL);
  return self->label ? g_dpgettext2 (GETTEXT_PACKAGE, "figure label", self->label) : NULL;
}

double
rex_figure_get_before (RexFigure *self)
{
  g_return_val_if_fail (REX_IS_FIGURE (self), 0);
  return self->before;
}

double
rex_figure_get_after (RexFigure *self)
{
  g_return_val_if_fail (REX_IS_FIGURE (self), 0);
  return self->after;
}

const char *
rex_figure_get_unit (RexFigure *self)
{
  g_return_val_if_fail (REX_IS_FIGURE (self), NULL);

  if (self->unit == NULL)
    return NULL;
  /* A unit with a singular is translated as a plural entry; the form for
   * "many" is what the unit is called on its own. */
  if (self->unit_one != NULL)
    return g_dngettext (GETTEXT_PACKAGE, self->unit_one, self->unit, 0);

  return g_dpgettext2 (GETTEXT_PACKAGE, "figure unit", self->unit);
}

const char *
rex_figure_get_unit_for (RexFigure *self,
                         double     value)
{
  double magnitude = fabs (value);
  gulong n;

  g_return_val_if_fail (REX_IS_FIGURE (self), NULL);

  if (self->unit_one == NULL)
    return rex_figure_get_unit (self);

  /* gettext's plural rules only know whole numbers. A fraction takes the
   * form that 2 takes in both English and Russian ("1.5 members",
   * "1,5 члена"), so it is counted as 2. G_MAXULONG rounds up to 2^64
   * as a double, and converting 2^64 to gulong is undefined, so the
   * bound is 2^64 itself, excluded. */
  if (magnitude != floor (magnitude) || magnitude >= 0x1p64)
    n = 2;
  else
    n = (gulong) magnitude;

  return g_dngettext (GETTEXT_PACKAGE, self->unit_one, self->unit, n);
}

RexEvidence
rex_figure_get_evidence (RexFigure *self)
{
  g_return_val_if_fail (REX_IS_FIGURE (self), REX_EVIDENCE_UNCERTAIN);
  return self->evidence;
}

GListModel *
rex_figure_get_sources (RexFigure *self)
{
  g_return_val_if_fail (REX_IS_FIGURE (self), NULL);
  return G_LIST_MODEL (self->sources);
}

RexFigure *
rex_figure_new_from_json (RexLoader *loader,
                          JsonNode  *node)
{
  static const char * const members[] = {
    "label", "before", "after", "unit", "unit_one", "evidence", "sources", NULL
  };
  RexFigure *self;
  JsonObject *object;
  if (!(object = rex_loader_object (loader, node, members)))
    return NULL;

  self = g_object_new (REX_TYPE_FIGURE, NULL);
  self->label = rex_loader_dup_string (loader, object, "label", TRUE);
  self->before = rex_loader_number (loader, object, "before", -1e15, 1e15);
  self->after = rex_loader_number (loader, object, "after", -1e15, 1e15);
  self->unit = rex_loader_dup_string (loader, object, "unit", TRUE);
  self->unit_one = rex_loader_dup_string (loader, object, "unit_one", FALSE);
  self->evidence = rex_loader_evidence (loader, object, "evidence");
  self->sources = rex_loader_sources (loader, object, "sources");

  return self;
}
