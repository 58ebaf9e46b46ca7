/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rex-loader.h"
#include "rex-reform.h"
#include "rex-region.h"
#include "rex-result.h"

struct _RexReform
{
  GObject        parent_instance;

  char          *id;
  RexCategory   *category;
  char          *title;
  char          *summary;
  char          *explanation;
  char          *rationale;
  char          *status_note;
  RexObjectList *status_sources;
  RexObjectList *milestones;
  RexObjectList *figures;
  RexObjectList *regions;
  RexObjectList *results;
  RexObjectList *sources;
  /* Folded by rex-search.c on first use; set once, atomically. */
  char          *search_text;
  guint          position;
  RexDate        status_as_of;
  RexStatus      status;
  RexEvidence    status_evidence;
  guint          uncertain : 1;
};

G_DEFINE_FINAL_TYPE (RexReform, rex_reform, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CATEGORY,
  PROP_POSITION,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_EXPLANATION,
  PROP_RATIONALE,
  PROP_STATUS,
  PROP_STATUS_AS_OF,
  PROP_STATUS_NOTE,
  PROP_STATUS_EVIDENCE,
  PROP_STATUS_SOURCES,
  PROP_MILESTONES,
  PROP_FIGURES,
  PROP_REGIONS,
  PROP_SOURCES,
  PROP_LAST_MILESTONE_DATE,
  PROP_UNCERTAIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rex_reform_finalize (GObject *object)
{
  RexReform *self = REX_REFORM (object);

  g_free (self->id);
  g_clear_object (&self->category);
  g_free (self->title);
  g_free (self->summary);
  g_free (self->explanation);
  g_free (self->rationale);
  g_free (self->status_note);
  g_clear_object (&self->status_sources);
  g_clear_object (&self->milestones);
  g_clear_object (&self->figures);
  g_clear_object (&self->regions);
  g_clear_object (&self->results);
  g_clear_object (&self->sources);
  g_free (self->search_text);

  G_OBJECT_CLASS (rex_reform_parent_class)->finalize (object);
}

static void
rex_reform_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RexReform *self = REX_REFORM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_CATEGORY:
      g_value_set_object (value, self->category);
      break;
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case PROP_TITLE:
      g_value_set_string (value, rex_reform_get_title (self));
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, rex_reform_get_summary (self));
      break;
    case PROP_EXPLANATION:
      g_value_set_string (value, rex_reform_get_explanation (self));
      break;
    case PROP_RATIONALE:
      g_value_set_string (value, rex_reform_get_rationale (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_STATUS_AS_OF:
      g_value_set_boxed (value, &self->status_as_of);
      break;
    case PROP_STATUS_NOTE:
      g_value_set_string (value, rex_reform_get_status_note (self));
      break;
    case PROP_STATUS_EVIDENCE:
      g_value_set_enum (value, self->status_evidence);
      break;
    case PROP_STATUS_SOURCES:
      g_value_set_object (value, self->status_sources);
      break;
    case PROP_MILESTONES:
      g_value_set_object (value, self->milestones);
      break;
    case PROP_FIGURES:
      g_value_set_object (value, self->figures);
      break;
    case PROP_REGIONS:
      g_value_set_object (value, self->regions);
      break;
    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;
    case PROP_LAST_MILESTONE_DATE:
      g_value_set_boxed (value, rex_reform_get_last_milestone_date (self));
      break;
    case PROP_UNCERTAIN:
      g_value_set_boolean (value, self->uncertain);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_reform_class_init (RexReformClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = rex_reform_finalize;
  object_class->get_property = rex_reform_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_CATEGORY] = g_param_spec_object ("category", NULL, NULL, REX_TYPE_CATEGORY, flags);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_EXPLANATION] = g_param_spec_string ("explanation", NULL, NULL, NULL, flags);
  properties[PROP_RATIONALE] = g_param_spec_string ("rationale", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, REX_TYPE_STATUS, REX_STATUS_UNCLEAR, flags);
  properties[PROP_STATUS_AS_OF] = g_param_spec_boxed ("status-as-of", NULL, NULL, REX_TYPE_DATE, flags);
  properties[PROP_STATUS_NOTE] = g_param_spec_string ("status-note", NULL, NULL, NULL, flags);
  properties[PROP_STATUS_EVIDENCE] =
    g_param_spec_enum ("status-evidence", NULL, NULL, REX_TYPE_EVIDENCE, REX_EVIDENCE_UNCERTAIN, flags);
  properties[PROP_STATUS_SOURCES] =
    g_param_spec_object ("status-sources", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_MILESTONES] = g_param_spec_object ("milestones", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_FIGURES] = g_param_spec_object ("figures", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_REGIONS] = g_param_spec_object ("regions", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_SOURCES] = g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_LAST_MILESTONE_DATE] =
    g_param_spec_boxed ("last-milestone-date", NULL, NULL, REX_TYPE_DATE, flags);
  properties[PROP_UNCERTAIN] = g_param_spec_boolean ("uncertain", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rex_reform_init (RexReform *self)
{
}

#define TRANSLATED(context, field) \
  ((field) != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, context, field) : NULL)

const char *
rex_reform_get_id (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), NULL);
  return self->id;
}

RexCategory *
rex_reform_get_category (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), NULL);
  return self->category;
}

guint
rex_reform_get_position (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), 0);
  return self->position;
}

const char *
rex_reform_get_title (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), NULL);
  return TRANSLATED ("reform title", self->title);
}

const char *
rex_reform_get_summary (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), NULL);
  return TRANSLATED ("reform summary", self->summary);
}

const char *
rex_reform_get_explanation (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), NULL);
  return TRANSLATED ("reform explanation", self->explanation);
}

const char *
rex_reform_get_rationale (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), NULL);
  return TRANSLATED ("reform rationale", self->rationale);
}

RexStatus
rex_reform_get_status (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), REX_STATUS_UNCLEAR);
  return self->status;
}

const RexDate *
rex_reform_get_status_as_of (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), NULL);
  return &self->status_as_of;
}

const char *
rex_reform_get_status_note (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), NULL);
  return TRANSLATED ("status note", self->status_note);
}

RexEvidence
rex_reform_get_status_evidence (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), REX_EVIDENCE_UNCERTAIN);
  return self->status_evidence;
}

GListModel *
rex_reform_get_status_sources (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), NULL);
  return G_LIST_MODEL (self->status_sources);
}

GListModel *
rex_reform_get_milestones (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), NULL);
  return G_LIST_MODEL (self->milestones);
}

GListModel *
rex_reform_get_figures (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), NULL);
  return G_LIST_MODEL (self->figures);
}

GListModel *
rex_reform_get_regions (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), NULL);
  return G_LIST_MODEL (self->regions);
}

GListModel *
rex_reform_get_results (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), NULL);
  return G_LIST_MODEL (self->results);
}

GListModel *
rex_reform_get_sources (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), NULL);
  return G_LIST_MODEL (self->sources);
}

const RexDate *
rex_reform_get_last_milestone_date (RexReform *self)
{
  guint n;

  g_return_val_if_fail (REX_IS_REFORM (self), NULL);

  /* Milestones are validated to be oldest first. */
  n = rex_object_list_get_size (self->milestones);
  if (n == 0)
    return NULL;

  return rex_milestone_get_date (rex_object_list_peek (self->milestones, n - 1));
}

gboolean
rex_reform_is_uncertain (RexReform *self)
{
  g_return_val_if_fail (REX_IS_REFORM (self), FALSE);
  return self->uncertain;
}

const char *
rex_reform_get_title_en (RexReform *self)
{
  return self->title;
}

const char *
rex_reform_get_summary_en (RexReform *self)
{
  return self->summary;
}

const char *
rex_reform_get_search_text (RexReform *self)
{
  char *text;

  g_return_val_if_fail (REX_IS_REFORM (self), NULL);

  text = g_atomic_pointer_get (&self->search_text);
  if G_LIKELY (text != NULL)
    return text;

  /* Two threads may both build it; the loser frees its copy. */
  text = rex_search_build_reform_text (self);
  if (!g_atomic_pointer_compare_and_exchange (&self->search_text, NULL, text))
    {
      g_free (text);
      text = g_atomic_pointer_get (&self->search_text);
    }

  return text;
}

static RexObjectList *
read_list (RexLoader *loader,
           JsonObject *object,
           const char *member,
           GType       item_type,
           gpointer  (*read_item) (RexLoader *, JsonNode *))
{
  JsonArray *array;
  GPtrArray *items = NULL;
  gsize mark;

  if ((array = rex_loader_array (loader, object, member, TRUE)))
    {
      guint n = json_array_get_length (array);

      items = g_ptr_array_new_full (n, g_object_unref);
      mark = rex_loader_push_member (loader, member);
      for (guint i = 0; i < n; i++)
        {
          gsize item_mark = rex_loader_push_index (loader, i);
          gpointer item = read_item (loader, json_array_get_element (array, i));

          if (item != NULL)
            g_ptr_array_add (items, item);
          rex_loader_pop (loader, item_mark);
        }
      rex_loader_pop (loader, mark);
    }

  return rex_object_list_new (item_type, items, TRUE);
}

static void
read_status (RexReform  *self,
             RexLoader  *loader,
             JsonObject *parent)
{
  static const char * const members[] = { "value", "as_of", "note", "evidence", "sources", NULL };
  JsonNode *node;
  JsonObject *object;
  const char *value;
  gsize mark;

  if (!(node = json_object_get_member (parent, "status")))
    {
      /* Translators: a required JSON member (field) is absent; the
       * message follows the member's JSON path. */
      rex_loader_problem (loader, REX_DATASET_ERROR_MISSING_MEMBER, "status", _("missing member"));
      return;
    }

  mark = rex_loader_push_member (loader, "status");
  if ((object = rex_loader_object (loader, node, members)))
    {
      value = rex_loader_string (loader, object, "value", TRUE);
      if (value != NULL && !rex_status_from_string (value, &self->status))
        rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "value",
                            /* Translators: %s is the status as written in the file; the
                             * words in brackets are the values the file may use, so do not
                             * translate them. */
                            _("unknown status “%s” (expected announced, in-progress, enacted, "
                              "in-force, superseded or unclear)"), value);
      rex_loader_date (loader, object, "as_of", TRUE, FALSE, &self->status_as_of);
      self->status_note = rex_loader_dup_string (loader, object, "note", FALSE);
      self->status_evidence = rex_loader_evidence (loader, object, "evidence");
      self->status_sources = rex_loader_sources (loader, object, "sources");
    }
  rex_loader_pop (loader, mark);
}

static RexObjectList *
read_regions (RexLoader  *loader,
              JsonObject *object)
{
  JsonArray *array;
  GPtrArray *items = NULL;
  gsize mark;

  if ((array = rex_loader_array (loader, object, "regions", TRUE)))
    {
      guint n = json_array_get_length (array);

      items = g_ptr_array_new_full (n, g_object_unref);
      mark = rex_loader_push_member (loader, "regions");
      for (guint i = 0; i < n; i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          const char *id = NULL;
          RexRegion *region;
          char index[16];

          g_snprintf (index, sizeof index, "[%u]", i);
          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
            id = json_node_get_string (element);
          if (id == NULL)
            rex_loader_problem (loader, REX_DATASET_ERROR_WRONG_TYPE, index,
                                /* Translators: %s is what was found instead, e.g. “a number”
                                 * (translated separately, context “JSON value found”). */
                                _("expected a region id, found %s"),
                                rex_loader_describe_node (element));
          else if (!(region = g_hash_table_lookup (loader->regions, id)))
            rex_loader_problem (loader, REX_DATASET_ERROR_DANGLING_REFERENCE, index,
                                /* Translators: %s is a region id that no region in the file has. */
                                _("unknown region “%s”"), id);
          else if (g_strcmp0 (rex_region_get_id (region), id) != 0)
            rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, index,
                                /* Translators: the first %s is a former region code as written
                                 * in the file, the second the region's current code. */
                                _("“%s” is an old code of “%s”; use the current one"),
                                id, rex_region_get_id (region));
          else if (g_ptr_array_find (items, region, NULL))
            rex_loader_problem (loader, REX_DATASET_ERROR_DUPLICATE_ID, index,
                                /* Translators: %s is the region id. */
                                _("region “%s” is listed twice"), id);
          else
            g_ptr_array_add (items, g_object_ref (region));
        }
      rex_loader_pop (loader, mark);
    }

  return rex_object_list_new (REX_TYPE_REGION, items, TRUE);
}

/* Format 2: the results that decided or tested the reform. */
static RexObjectList *
read_results (RexLoader  *loader,
              JsonObject *object)
{
  JsonArray *array;
  GPtrArray *items = NULL;
  gsize mark;

  if (loader->format < 2 && json_object_get_member (object, "results") != NULL)
    rex_loader_problem (loader, REX_DATASET_ERROR_UNKNOWN_MEMBER, "results",
                        /* Translators: “results” is a member name and “format” the
                         * dataset's format member; do not translate them. */
                        _("results need format 2 or later"));
  else if ((array = rex_loader_array (loader, object, "results", FALSE)))
    {
      guint n = json_array_get_length (array);

      items = g_ptr_array_new_full (n, g_object_unref);
      mark = rex_loader_push_member (loader, "results");
      for (guint i = 0; i < n; i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          const char *id = NULL;
          RexResult *result;
          char index[16];

          g_snprintf (index, sizeof index, "[%u]", i);
          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
            id = json_node_get_string (element);
          if (id == NULL)
            rex_loader_problem (loader, REX_DATASET_ERROR_WRONG_TYPE, index,
                                /* Translators: %s is what was found instead, e.g. “a number”
                                 * (translated separately, context “JSON value found”). */
                                _("expected a result id, found %s"),
                                rex_loader_describe_node (element));
          else if (loader->results == NULL || !(result = g_hash_table_lookup (loader->results, id)))
            rex_loader_problem (loader, REX_DATASET_ERROR_DANGLING_REFERENCE, index,
                                /* Translators: %s is a result id that no result in the file has. */
                                _("unknown result “%s”"), id);
          else if (g_ptr_array_find (items, result, NULL))
            rex_loader_problem (loader, REX_DATASET_ERROR_DUPLICATE_ID, index,
                                /* Translators: %s is the result id. */
                                _("result “%s” is listed twice"), id);
          else
            g_ptr_array_add (items, g_object_ref (result));
        }
      rex_loader_pop (loader, mark);
    }

  return rex_object_list_new (REX_TYPE_RESULT, items, TRUE);
}

RexReform *
rex_reform_new_from_json (RexLoader *loader,
                          JsonNode  *node,
                          guint      position)
{
  static const char * const members[] = {
    "id", "category", "title", "summary", "explanation", "rationale", "status",
    "milestones", "figures", "regions", "results", "sources", NULL
  };
  RexReform *self;
  JsonObject *object;
  const char *category;
  guint n;

  if (!(object = rex_loader_object (loader, node, members)))
    return NULL;

  self = g_object_new (REX_TYPE_REFORM, NULL);
  self->position = position;
  self->id = g_strdup (rex_loader_id (loader, object, "id", REX_ID_PLAIN));

  category = rex_loader_string (loader, object, "category", TRUE);
  if (category != NULL)
    {
      RexCategory *found = g_hash_table_lookup (loader->categories, category);

      if (found != NULL)
        self->category = g_object_ref (found);
      else
        rex_loader_problem (loader, REX_DATASET_ERROR_DANGLING_REFERENCE, "category",
                            /* Translators: %s is a category id that no category in the file has. */
                            _("unknown category “%s”"), category);
    }

  self->title = rex_loader_dup_string (loader, object, "title", TRUE);
  self->summary = rex_loader_dup_string (loader, object, "summary", TRUE);
  self->explanation = rex_loader_dup_string (loader, object, "explanation", TRUE);
  self->rationale = rex_loader_dup_string (loader, object, "rationale", FALSE);
  read_status (self, loader, object);
  self->milestones = read_list (loader, object, "milestones", REX_TYPE_MILESTONE,
                                (gpointer) rex_milestone_new_from_json);
  self->figures = read_list (loader, object, "figures", REX_TYPE_FIGURE,
                             (gpointer) rex_figure_new_from_json);
  self->regions = read_regions (loader, object);
  self->results = read_results (loader, object);
  self->sources = rex_loader_sources (loader, object, "sources");

  /* The timeline is drawn in file order and the last milestone is taken
   * as the latest, so the order is part of the format. */
  n = rex_object_list_get_size (self->milestones);
  for (guint i = 1; i < n; i++)
    {
      const RexDate *before = rex_milestone_get_date (rex_object_list_peek (self->milestones, i - 1));
      const RexDate *date = rex_milestone_get_date (rex_object_list_peek (self->milestones, i));

      if (rex_date_is_valid (before) && rex_date_is_valid (date) && rex_date_compare (date, before) < 0)
        {
          g_autofree char *member = g_strdup_printf ("milestones[%u].date", i);
          g_autofree char *iso = rex_date_to_iso (date);
          g_autofree char *before_iso = rex_date_to_iso (before);

          rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, member,
                              /* Translators: the first %s is the date of a milestone, the
                               * second that of the milestone before it in the file, both
                               * written as in the file (YYYY, YYYY-MM or YYYY-MM-DD). */
                              _("“%s” comes before the previous milestone (“%s”); "
                                "milestones go oldest first"), iso, before_iso);
        }
    }

  self->uncertain = self->status_evidence == REX_EVIDENCE_UNCERTAIN;
  for (guint i = 0; i < n && !self->uncertain; i++)
    self->uncertain = rex_milestone_get_evidence (rex_object_list_peek (self->milestones, i)) == REX_EVIDENCE_UNCERTAIN;
  n = rex_object_list_get_size (self->figures);
  for (guint i = 0; i < n && !self->uncertain; i++)
    self->uncertain = rex_figure_get_evidence (rex_object_list_peek (self->figures, i)) == REX_EVIDENCE_UNCERTAIN;

  return self;
}
