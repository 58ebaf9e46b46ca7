/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "rex-loader.h"
#include "rex-reform.h"
#include "rex-result.h"

/* A published turnout may be rounded, and may count ballots issued
 * rather than cast; more than this many points away from the counts is
 * a mistake in the data. */
#define TURNOUT_TOLERANCE 0.6

struct _RexResult
{
  GObject        parent_instance;

  char          *id;
  char          *title;
  char          *note;
  RexDate        date;
  RexResultKind  kind;
  RexEvidence    evidence;
  gint64         electorate;
  gint64         ballots;
  gint64         invalid;
  gint64         seats;
  double         turnout;
  RexObjectList *sources;

  /* RexChoice, with their strings owned here. */
  GArray        *choices;

  gboolean       has_regions;
  RexDivision    division;
  RexEvidence    regions_evidence;
  RexObjectList *regions_sources;
  char          *regions_note;
  /* RexRegionResult, each owning its region and its arrays. */
  GArray        *region_results;

  RexObjectList *reforms;          /* unowned: see rex_result_detach() */
};

G_DEFINE_FINAL_TYPE (RexResult, rex_result, G_TYPE_OBJECT)

static void
rex_result_finalize (GObject *object)
{
  RexResult *self = REX_RESULT (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->note);
  g_clear_object (&self->sources);
  for (guint i = 0; self->choices && i < self->choices->len; i++)
    {
      RexChoice *choice = &g_array_index (self->choices, RexChoice, i);

      g_free ((char *) choice->id);
      g_free ((char *) choice->label);
    }
  g_clear_pointer (&self->choices, g_array_unref);
  g_clear_object (&self->regions_sources);
  g_free (self->regions_note);
  for (guint i = 0; self->region_results && i < self->region_results->len; i++)
    {
      RexRegionResult *entry = &g_array_index (self->region_results, RexRegionResult, i);

      g_clear_object (&entry->region);
      g_free ((gpointer) entry->votes);
      g_free ((gpointer) entry->shares);
    }
  g_clear_pointer (&self->region_results, g_array_unref);
  g_clear_object (&self->reforms);

  G_OBJECT_CLASS (rex_result_parent_class)->finalize (object);
}

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rex_result_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RexResult *self = REX_RESULT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, rex_result_get_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_result_class_init (RexResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = rex_result_finalize;
  object_class->get_property = rex_result_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rex_result_init (RexResult *self)
{
  self->electorate = self->ballots = self->invalid = self->seats = -1;
  self->turnout = NAN;
  self->choices = g_array_new (FALSE, TRUE, sizeof (RexChoice));
  self->region_results = g_array_new (FALSE, TRUE, sizeof (RexRegionResult));
  self->reforms = rex_object_list_new (REX_TYPE_REFORM, NULL, FALSE);
}

const char *
rex_result_get_id (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), NULL);
  return self->id;
}

RexResultKind
rex_result_get_kind (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), REX_RESULT_REFERENDUM);
  return self->kind;
}

const RexDate *
rex_result_get_date (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), NULL);
  return &self->date;
}

const char *
rex_result_get_title (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), NULL);
  return self->title ? g_dpgettext2 (GETTEXT_PACKAGE, "result title", self->title) : NULL;
}

const char *
rex_result_get_note (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), NULL);
  return self->note ? g_dpgettext2 (GETTEXT_PACKAGE, "result note", self->note) : NULL;
}

gint64
rex_result_get_electorate (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), -1);
  return self->electorate;
}

gint64
rex_result_get_ballots (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), -1);
  return self->ballots;
}

double
rex_result_get_turnout (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), NAN);
  return self->turnout;
}

gint64
rex_result_get_invalid (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), -1);
  return self->invalid;
}

gint64
rex_result_get_seats (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), -1);
  return self->seats;
}

RexEvidence
rex_result_get_evidence (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), REX_EVIDENCE_UNCERTAIN);
  return self->evidence;
}

GListModel *
rex_result_get_sources (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), NULL);
  return G_LIST_MODEL (self->sources);
}

guint
rex_result_get_n_choices (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), 0);
  return self->choices->len;
}

const RexChoice *
rex_result_get_choice (RexResult *self,
                       guint      index)
{
  g_return_val_if_fail (REX_IS_RESULT (self), NULL);
  g_return_val_if_fail (index < self->choices->len, NULL);
  return &g_array_index (self->choices, RexChoice, index);
}

const char *
rex_result_get_choice_label (RexResult *self,
                             guint      index)
{
  const RexChoice *choice = rex_result_get_choice (self, index);

  return choice ? g_dpgettext2 (GETTEXT_PACKAGE, "result choice", choice->label) : NULL;
}

int
rex_result_find_choice (RexResult  *self,
                        const char *id)
{
  g_return_val_if_fail (REX_IS_RESULT (self), -1);

  for (guint i = 0; i < self->choices->len; i++)
    if (g_strcmp0 (g_array_index (self->choices, RexChoice, i).id, id) == 0)
      return (int) i;

  return -1;
}

gboolean
rex_result_has_seats (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), FALSE);

  for (guint i = 0; i < self->choices->len; i++)
    {
      const RexChoice *choice = &g_array_index (self->choices, RexChoice, i);

      if (choice->list_seats >= 0 || choice->district_seats >= 0)
        return TRUE;
    }

  return FALSE;
}

gboolean
rex_result_has_regions (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), FALSE);
  return self->has_regions;
}

RexDivision
rex_result_get_division (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), 0);
  return self->division;
}

RexEvidence
rex_result_get_regions_evidence (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), REX_EVIDENCE_UNCERTAIN);
  return self->regions_evidence;
}

GListModel *
rex_result_get_regions_sources (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), NULL);
  return self->regions_sources ? G_LIST_MODEL (self->regions_sources) : NULL;
}

const char *
rex_result_get_regions_note (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), NULL);
  return self->regions_note ? g_dpgettext2 (GETTEXT_PACKAGE, "result note", self->regions_note) : NULL;
}

guint
rex_result_get_n_region_results (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), 0);
  return self->region_results->len;
}

const RexRegionResult *
rex_result_get_region_result (RexResult *self,
                              guint      index)
{
  g_return_val_if_fail (REX_IS_RESULT (self), NULL);
  g_return_val_if_fail (index < self->region_results->len, NULL);
  return &g_array_index (self->region_results, RexRegionResult, index);
}

const RexRegionResult *
rex_result_lookup_region (RexResult *self,
                          RexRegion *region)
{
  g_return_val_if_fail (REX_IS_RESULT (self), NULL);

  for (guint i = 0; i < self->region_results->len; i++)
    {
      const RexRegionResult *entry = &g_array_index (self->region_results, RexRegionResult, i);

      if (entry->region == region)
        return entry;
    }

  return NULL;
}

GListModel *
rex_result_get_reforms (RexResult *self)
{
  g_return_val_if_fail (REX_IS_RESULT (self), NULL);
  return G_LIST_MODEL (self->reforms);
}

void
rex_result_add_reform (RexResult *self,
                       RexReform *reform)
{
  rex_object_list_append_unowned (self->reforms, reform);
}

/* Reforms hold their results; the back references must be emptied
 * before the reforms go, whoever still holds a result. */
void
rex_result_detach (RexResult *self)
{
  rex_object_list_clear (self->reforms);
}

const char *
rex_result_kind_to_string (RexResultKind kind)
{
  switch (kind)
    {
    case REX_RESULT_REFERENDUM:
      return "referendum";
    case REX_RESULT_ELECTION:
      return "election";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Reading ----------------------------------------------------------------- */

static void
check_turnout (RexLoader  *loader,
               const char *member,
               gint64      electorate,
               gint64      ballots,
               double      turnout)
{
  double computed;

  if (electorate < 0 || ballots < 0)
    return;

  if (ballots > electorate)
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "ballots",
                          /* Translators: both numbers are counts of people; “electorate”
                           * is the member that gives the registered voters, do not
                           * translate it. */
                          _("%lld voters took part, more than the %lld in the electorate"),
                          (long long) ballots, (long long) electorate);
      return;
    }

  if (isnan (turnout) || electorate == 0)
    return;

  computed = 100.0 * (double) ballots / (double) electorate;
  if (fabs (computed - turnout) > TURNOUT_TOLERANCE)
    rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, member,
                        /* Translators: the first number is the turnout the file gives,
                         * the second the turnout its own counts give (ballots divided
                         * by the electorate); both are percentages. */
                        _("turnout %.2f %% does not match the counts, which give %.2f %%"),
                        turnout, computed);
}

static gboolean
read_choice (RexLoader  *loader,
             JsonNode   *node,
             RexChoice  *choice)
{
  static const char * const members[] = {
    "id", "label", "votes", "share", "list_seats", "district_seats", NULL
  };
  JsonObject *object;
  const char *id;

  if (!(object = rex_loader_object (loader, node, members)))
    return FALSE;

  id = rex_loader_id (loader, object, "id", REX_ID_PLAIN);
  choice->id = g_strdup (id);
  choice->label = rex_loader_dup_string (loader, object, "label", TRUE);
  choice->votes = rex_loader_count (loader, object, "votes", FALSE);
  choice->share = rex_loader_percent (loader, object, "share", FALSE);
  choice->list_seats = rex_loader_count (loader, object, "list_seats", FALSE);
  choice->district_seats = rex_loader_count (loader, object, "district_seats", FALSE);

  return id != NULL && choice->label != NULL;
}

static void
read_choices (RexLoader  *loader,
              RexResult  *self,
              JsonObject *object)
{
  JsonArray *array = rex_loader_array (loader, object, "choices", TRUE);
  gint64 votes = 0, list_seats = 0, district_seats = 0;
  gboolean all_votes = TRUE, any_seats = FALSE;
  gsize mark;
  guint n;

  if (array == NULL)
    return;

  n = json_array_get_length (array);
  /* An election may be given by its turnout alone (no party stood in
   * most local ones); a referendum has its answers. */
  if (n == 0 && self->kind == REX_RESULT_REFERENDUM)
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "choices",
                          /* Translators: a referendum's list of choices (its answers,
                           * such as yes and no) is empty. */
                          _("a referendum needs at least one choice"));
      return;
    }

  mark = rex_loader_push_member (loader, "choices");
  for (guint i = 0; i < n; i++)
    {
      gsize item_mark = rex_loader_push_index (loader, i);
      RexChoice choice = { NULL, NULL, -1, NAN, -1, -1 };

      if (read_choice (loader, json_array_get_element (array, i), &choice))
        {
          if (rex_result_find_choice (self, choice.id) >= 0)
            {
              rex_loader_problem (loader, REX_DATASET_ERROR_DUPLICATE_ID, "id",
                                  /* Translators: %s is a choice's id, given twice in
                                   * one result. */
                                  _("duplicate choice “%s”"), choice.id);
              g_free ((char *) choice.id);
              g_free ((char *) choice.label);
            }
          else
            {
              g_array_append_val (self->choices, choice);
              if (choice.votes >= 0)
                votes += choice.votes;
              else
                all_votes = FALSE;
              if (choice.list_seats >= 0 || choice.district_seats >= 0)
                any_seats = TRUE;
              list_seats += MAX (choice.list_seats, 0);
              district_seats += MAX (choice.district_seats, 0);
            }
        }
      else
        {
          g_free ((char *) choice.id);
          g_free ((char *) choice.label);
        }
      rex_loader_pop (loader, item_mark);
    }
  rex_loader_pop (loader, mark);

  if (all_votes && self->ballots >= 0 && votes > self->ballots)
    rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "choices",
                        /* Translators: both numbers are counts of votes; “ballots” is the
                         * member that gives how many voted, do not translate it. */
                        _("the choices have %lld votes in all, more than the %lld ballots"),
                        (long long) votes, (long long) self->ballots);

  if (any_seats && self->seats >= 0 && list_seats + district_seats != self->seats)
    rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "choices",
                        /* Translators: the first number is the sum of the seats the
                         * choices won, the second how many seats the result says were
                         * filled (its “seats” member, do not translate it). */
                        _("the choices have %lld seats in all, but seats is %lld"),
                        (long long) (list_seats + district_seats), (long long) self->seats);
}

/* "votes": {"yes": 1, …} or "shares": {"yes": 77.2, …}, keyed by choice. */
static void
read_by_choice (RexLoader  *loader,
                RexResult  *self,
                JsonObject *object,
                const char *member,
                gint64     *votes,
                double     *shares)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonObject *by_choice;
  GList *names;
  gsize mark;

  if (node == NULL)
    return;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_WRONG_TYPE, member,
                          /* Translators: %s is what was found instead, e.g. “an array” or
                           * “a string” (translated separately, context “JSON value found”). */
                          _("expected an object, found %s"), rex_loader_describe_node (node));
      return;
    }

  by_choice = json_node_get_object (node);
  names = json_object_get_members (by_choice);
  mark = rex_loader_push_member (loader, member);
  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;
      int index = rex_result_find_choice (self, name);

      if (index < 0)
        {
          rex_loader_problem (loader, REX_DATASET_ERROR_DANGLING_REFERENCE, name,
                              /* Translators: %s is a member name that should be the id of
                               * one of the result's choices. */
                              _("unknown choice “%s”"), name);
          continue;
        }

      if (votes != NULL)
        votes[index] = rex_loader_count (loader, by_choice, name, TRUE);
      else
        shares[index] = rex_loader_percent (loader, by_choice, name, TRUE);
    }
  rex_loader_pop (loader, mark);
  g_list_free (names);
}

static void
read_region_entry (RexLoader  *loader,
                   RexResult  *self,
                   JsonNode   *node,
                   GHashTable *seen)
{
  static const char * const members[] = {
    "region", "electorate", "ballots", "turnout", "votes", "shares", NULL
  };
  guint n_choices = self->choices->len;
  RexRegionResult entry = { NULL, };
  gint64 *entry_votes;
  double *entry_shares;
  JsonObject *object;
  const char *id;
  RexRegion *region;
  gint64 votes = 0;
  gboolean all_votes = TRUE;

  if (!(object = rex_loader_object (loader, node, members)))
    return;

  entry.electorate = rex_loader_count (loader, object, "electorate", FALSE);
  entry.ballots = rex_loader_count (loader, object, "ballots", FALSE);
  entry.turnout = rex_loader_percent (loader, object, "turnout", FALSE);
  entry.votes = entry_votes = g_new (gint64, MAX (n_choices, 1));
  entry.shares = entry_shares = g_new (double, MAX (n_choices, 1));
  for (guint i = 0; i < n_choices; i++)
    {
      entry_votes[i] = -1;
      entry_shares[i] = NAN;
    }
  read_by_choice (loader, self, object, "votes", entry_votes, NULL);
  read_by_choice (loader, self, object, "shares", NULL, entry_shares);
  check_turnout (loader, "turnout", entry.electorate, entry.ballots, entry.turnout);

  for (guint i = 0; i < n_choices; i++)
    {
      if (entry.votes[i] >= 0)
        votes += entry.votes[i];
      else
        all_votes = FALSE;
    }
  if (n_choices > 0 && all_votes && entry.ballots >= 0 && votes > entry.ballots)
    rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "votes",
                        /* Translators: both numbers are counts of votes; “ballots” is the
                         * member that gives how many voted, do not translate it. */
                        _("the choices have %lld votes in all, more than the %lld ballots"),
                        (long long) votes, (long long) entry.ballots);

  if ((id = rex_loader_id (loader, object, "region", REX_ID_REGION)) != NULL)
    {
      if (!(region = g_hash_table_lookup (loader->regions, id)))
        {
          rex_loader_problem (loader, REX_DATASET_ERROR_DANGLING_REFERENCE, "region",
                              /* Translators: %s is a region id that no region in the file
                               * has. */
                              _("unknown region “%s”"), id);
        }
      else if (!rex_region_in_division (region, self->division))
        {
          rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "region",
                              /* Translators: the first %s is a region id, the second a
                               * division as written in the file (“2018” or “2022”). */
                              _("region “%s” is not in the %s division"), id,
                              self->division == REX_DIVISION_2018 ? "2018" : "2022");
        }
      else if (g_hash_table_contains (seen, region))
        {
          rex_loader_problem (loader, REX_DATASET_ERROR_DUPLICATE_ID, "region",
                              /* Translators: %s is a region id (or one of its older
                               * codes) given twice in one result. */
                              _("region “%s” is given twice"), id);
        }
      else
        {
          g_hash_table_add (seen, region);
          entry.region = g_object_ref (region);
          g_array_append_val (self->region_results, entry);
          return;
        }
    }

  g_free (entry_votes);
  g_free (entry_shares);
}

static void
read_by_region (RexLoader  *loader,
                RexResult  *self,
                JsonObject *parent)
{
  static const char * const members[] = {
    "division", "evidence", "sources", "note", "regions", NULL
  };
  JsonNode *node = json_object_get_member (parent, "by_region");
  g_autoptr(GHashTable) seen = NULL;
  JsonObject *object;
  JsonArray *array;
  const char *division;
  gsize mark;

  if (node == NULL)
    return;

  mark = rex_loader_push_member (loader, "by_region");
  if (!(object = rex_loader_object (loader, node, members)))
    {
      rex_loader_pop (loader, mark);
      return;
    }

  if ((division = rex_loader_string (loader, object, "division", TRUE)) &&
      !rex_division_from_string (division, &self->division))
    rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "division",
                        /* Translators: %s is the division as written in the file; “2018”
                         * and “2022” are the values it may have. */
                        _("unknown division “%s” (expected 2018 or 2022)"), division);

  self->regions_evidence = rex_loader_evidence (loader, object, "evidence");
  self->regions_sources = rex_loader_sources (loader, object, "sources");
  self->regions_note = rex_loader_dup_string (loader, object, "note", FALSE);
  self->has_regions = TRUE;

  seen = g_hash_table_new (NULL, NULL);
  if (self->division != 0 && (array = rex_loader_array (loader, object, "regions", TRUE)))
    {
      gsize array_mark = rex_loader_push_member (loader, "regions");

      for (guint i = 0, n = json_array_get_length (array); i < n; i++)
        {
          gsize item_mark = rex_loader_push_index (loader, i);

          read_region_entry (loader, self, json_array_get_element (array, i), seen);
          rex_loader_pop (loader, item_mark);
        }
      rex_loader_pop (loader, array_mark);
    }

  rex_loader_pop (loader, mark);
}

RexResult *
rex_result_new_from_json (RexLoader *loader,
                          JsonNode  *node)
{
  static const char * const members[] = {
    "id", "kind", "date", "title", "electorate", "ballots", "turnout", "invalid", "seats",
    "choices", "note", "evidence", "sources", "by_region", NULL
  };
  RexResult *self;
  JsonObject *object;
  const char *kind;

  if (!(object = rex_loader_object (loader, node, members)))
    return NULL;

  self = g_object_new (REX_TYPE_RESULT, NULL);
  self->id = g_strdup (rex_loader_id (loader, object, "id", REX_ID_PLAIN));
  if ((kind = rex_loader_string (loader, object, "kind", TRUE)))
    {
      if (g_str_equal (kind, "referendum"))
        self->kind = REX_RESULT_REFERENDUM;
      else if (g_str_equal (kind, "election"))
        self->kind = REX_RESULT_ELECTION;
      else
        rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "kind",
                            /* Translators: %s is the kind as written in the file;
                             * “referendum” and “election” are the values it may have, so
                             * do not translate them. */
                            _("unknown kind “%s” (expected referendum or election)"), kind);
    }
  rex_loader_date (loader, object, "date", TRUE, FALSE, &self->date);
  self->title = rex_loader_dup_string (loader, object, "title", TRUE);
  self->electorate = rex_loader_count (loader, object, "electorate", FALSE);
  self->ballots = rex_loader_count (loader, object, "ballots", FALSE);
  self->turnout = rex_loader_percent (loader, object, "turnout", FALSE);
  self->invalid = rex_loader_count (loader, object, "invalid", FALSE);
  self->seats = rex_loader_count (loader, object, "seats", FALSE);
  check_turnout (loader, "turnout", self->electorate, self->ballots, self->turnout);
  if (self->invalid >= 0 && self->ballots >= 0 && self->invalid > self->ballots)
    rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "invalid",
                        /* Translators: both numbers are counts of ballots; “ballots” is
                         * the member that gives how many voted, do not translate it. */
                        _("%lld invalid ballots, more than the %lld ballots"),
                        (long long) self->invalid, (long long) self->ballots);
  read_choices (loader, self, object);
  self->note = rex_loader_dup_string (loader, object, "note", FALSE);
  self->evidence = rex_loader_evidence (loader, object, "evidence");
  self->sources = rex_loader_sources (loader, object, "sources");
  read_by_region (loader, self, object);

  return self;
}
