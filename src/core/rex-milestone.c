/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rex-loader.h"
#include "rex-milestone.h"

struct _RexMilestone
{
  GObject           parent_instance;

  char             *title;
  RexObjectList    *sources;
  RexDate           date;
  RexMilestoneKind  kind;
  RexEvidence       evidence;
};

G_DEFINE_FINAL_TYPE (RexMilestone, rex_milestone, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_KIND,
  PROP_TITLE,
  PROP_EVIDENCE,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rex_milestone_finalize (GObject *object)
{
  RexMilestone *self = REX_MILESTONE (object);

  g_free (self->title);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (rex_milestone_parent_class)->finalize (object);
}

static void
rex_milestone_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RexMilestone *self = REX_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, &self->date);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, rex_milestone_get_title (self));
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
rex_milestone_class_init (RexMilestoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = rex_milestone_finalize;
  object_class->get_property = rex_milestone_get_property;

  properties[PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, REX_TYPE_DATE, flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, REX_TYPE_MILESTONE_KIND, REX_MILESTONE_KIND_EVENT, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_EVIDENCE] =
    g_param_spec_enum ("evidence", NULL, NULL, REX_TYPE_EVIDENCE, REX_EVIDENCE_UNCERTAIN, flags);
  properties[PROP_SOURCES] = g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rex_milestone_init (RexMilestone *self)
{
}

const RexDate *
rex_milestone_get_date (RexMilestone *self)
{
  g_return_val_if_fail (REX_IS_MILESTONE (self), NULL);
  return &self->date;
}

RexMilestoneKind
rex_milestone_get_kind (RexMilestone *self)
{
  g_return_val_if_fail (REX_IS_MILESTONE (self), REX_MILESTONE_KIND_EVENT);
  return self->kind;
}

const char *
rex_milestone_get_title (RexMilestone *self)
{
  g_return_val_if_fail (REX_IS_MILESTONE (self), NULL);
  return self->title ? g_dpgettext2 (GETTEXT_PACKAGE, "milestone", self->title) : NULL;
}

RexEvidence
rex_milestone_get_evidence (RexMilestone *self)
{
  g_return_val_if_fail (REX_IS_MILESTONE (self), REX_EVIDENCE_UNCERTAIN);
  return self->evidence;
}

GListModel *
rex_milestone_get_sources (RexMilestone *self)
{
  g_return_val_if_fail (REX_IS_MILESTONE (self), NULL);
  return G_LIST_MODEL (self->sources);
}

RexMilestone *
rex_milestone_new_from_json (RexLoader *loader,
                             JsonNode  *node)
{
  static const char * const members[] = { "date", "kind", "title", "evidence", "sources", NULL };
  RexMilestone *self;
  JsonObject *object;
  const char *kind;

  if (!(object = rex_loader_object (loader, node, members)))
    return NULL;

  self = g_object_new (REX_TYPE_MILESTONE, NULL);
  rex_loader_date (loader, object, "date", TRUE, FALSE, &self->date);
  kind = rex_loader_string (loader, object, "kind", TRUE);
  if (kind != NULL && !rex_milestone_kind_from_string (kind, &self->kind))
    rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "kind",
                        /* Translators: %s is the milestone kind as written in the file; the
                         * words in brackets are the values the file may use, so do not
                         * translate them. */
                        _("unknown milestone kind “%s” (expected announced, adopted, signed, "
                          "in-force, implemented, superseded or event)"), kind);
  self->title = rex_loader_dup_string (loader, object, "title", TRUE);
  self->evidence = rex_loader_evidence (loader, object, "evidence");
  self->sources = rex_loader_sources (loader, object, "sources");

  return self;
}
