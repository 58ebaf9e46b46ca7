/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "rex-loader.h"
#include "rex-region.h"
#include "rex-result.h"

struct _RexRegion
{
  GObject        parent_instance;

  char          *id;
  char         **aliases;
  char          *name_en;
  char          *official_kk;
  char          *official_ru;
  char         **variants_en;
  char         **variants_kk;
  char         **variants_ru;
  RexCentre     *centre;
  RexObjectList *former_centres;
  RexObjectList *formed_from;     /* unowned: regions of the same catalogue */
  char         **formed_took;
  RexObjectList *formed_sources;
  RexMeasure    *area;
  RexMeasure    *population;
  RexObjectList *sources;
  RexObjectList *reforms;         /* unowned: see rex_region_detach() */
  RexObjectList *results;         /* unowned, likewise */
  char          *search_text;
  RexDate        existed_from;
  RexDate        existed_until;
  RexDate        formed_date;
  RexRegionKind  kind;
  RexDivision    divisions;
  RexEvidence    formed_evidence;
  guint          has_existed_from : 1;
  guint          has_existed_until : 1;
  guint          has_formed : 1;
};

G_DEFINE_FINAL_TYPE (RexRegion, rex_region, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ALIASES,
  PROP_KIND,
  PROP_NAME,
  PROP_NAME_EN,
  PROP_OFFICIAL_NAME_KK,
  PROP_OFFICIAL_NAME_RU,
  PROP_CENTRE,
  PROP_FORMER_CENTRES,
  PROP_EXISTED_FROM,
  PROP_EXISTED_UNTIL,
  PROP_DIVISIONS,
  PROP_FORMED_FROM,
  PROP_FORMED_TOOK,
  PROP_FORMED_DATE,
  PROP_FORMED_EVIDENCE,
  PROP_FORMED_SOURCES,
  PROP_AREA,
  PROP_POPULATION,
  PROP_SOURCES,
  PROP_REFORMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *display_language_override;

/* Decides the display language once, as gettext would pick a catalogue:
 * when LC_MESSAGES is the C locale gettext translates nothing whatever
 * LANGUAGE says, so names stay English; otherwise the first of
 * LANGUAGE, LC_ALL, LC_MESSAGES and LANG that is one of our languages. */
static const char *
detect_display_language (void)
{
  const char *locale = setlocale (LC_MESSAGES, NULL);
  const char * const *names;

  if (locale == NULL || strcmp (locale, "C") == 0 || strcmp (locale, "POSIX") == 0)
    return "en";

  names = g_get_language_names_with_category ("LC_MESSAGES");
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "kk") && (names[i][2] == '\0' || names[i][2] == '_' ||
                                                names[i][2] == '.' || names[i][2] == '@'))
        return "kk";
      if (g_str_has_prefix (names[i], "ru") && (names[i][2] == '\0' || names[i][2] == '_' ||
                                                names[i][2] == '.' || names[i][2] == '@'))
        return "ru";
      if (g_str_has_prefix (names[i], "en") && (names[i][2] == '\0' || names[i][2] == '_' ||
                                                names[i][2] == '.' || names[i][2] == '@'))
        return "en";
    }

  return "en";
}

void
rex_region_set_display_language (const char *language)
{
  /* Decided again, not taken from the first guess: the locale may have
   * changed since (the app's language switch changes it). */
  if (language == NULL)
    display_language_override = detect_display_language ();
  else if (g_str_equal (language, "kk"))
    display_language_override = "kk";
  else if (g_str_equal (language, "ru"))
    display_language_override = "ru";
  else
    display_language_override = "en";
}

const char *
rex_region_get_display_language (void)
{
  static gsize detected;

  if (display_language_override != NULL)
    return display_language_override;

  if (g_once_init_enter (&detected))
    g_once_init_leave (&detected, (gsize) detect_display_language ());

  return (const char *) detected;
}

static void
rex_region_finalize (GObject *object)
{
  RexRegion *self = REX_REGION (object);

  g_free (self->id);
  g_strfreev (self->aliases);
  g_free (self->name_en);
  g_free (self->official_kk);
  g_free (self->official_ru);
  g_strfreev (self->variants_en);
  g_strfreev (self->variants_kk);
  g_strfreev (self->variants_ru);
  g_clear_object (&self->centre);
  g_clear_object (&self->former_centres);
  g_clear_object (&self->formed_from);
  g_strfreev (self->formed_took);
  g_clear_object (&self->formed_sources);
  g_clear_object (&self->area);
  g_clear_object (&self->population);
  g_clear_object (&self->sources);
  g_clear_object (&self->reforms);
  g_clear_object (&self->results);
  g_free (self->search_text);

  G_OBJECT_CLASS (rex_region_parent_class)->finalize (object);
}

static void
rex_region_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RexRegion *self = REX_REGION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_ALIASES:
      g_value_set_boxed (value, self->aliases);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_NAME:
      g_value_set_string (value, rex_region_get_name (self));
      break;
    case PROP_NAME_EN:
      g_value_set_string (value, self->name_en);
      break;
    case PROP_OFFICIAL_NAME_KK:
      g_value_set_string (value, self->official_kk);
      break;
    case PROP_OFFICIAL_NAME_RU:
      g_value_set_string (value, self->official_ru);
      break;
    case PROP_CENTRE:
      g_value_set_object (value, self->centre);
      break;
    case PROP_FORMER_CENTRES:
      g_value_set_object (value, self->former_centres);
      break;
    case PROP_EXISTED_FROM:
      g_value_set_boxed (value, rex_region_get_existed_from (self));
      break;
    case PROP_EXISTED_UNTIL:
      g_value_set_boxed (value, rex_region_get_existed_until (self));
      break;
    case PROP_DIVISIONS:
      g_value_set_flags (value, self->divisions);
      break;
    case PROP_FORMED_FROM:
      g_value_set_object (value, self->formed_from);
      break;
    case PROP_FORMED_TOOK:
      {
        /* The array is shallow; the GValue needs a copy it can free. */
        g_autofree const char **names = rex_region_dup_formed_took_display (self);

        g_value_set_boxed (value, names);
      }
      break;
    case PROP_FORMED_DATE:
      g_value_set_boxed (value, rex_region_get_formed_date (self));
      break;
    case PROP_FORMED_EVIDENCE:
      g_value_set_enum (value, self->formed_evidence);
      break;
    case PROP_FORMED_SOURCES:
      g_value_set_object (value, self->formed_sources);
      break;
    case PROP_AREA:
      g_value_set_object (value, self->area);
      break;
    case PROP_POPULATION:
      g_value_set_object (value, self->population);
      break;
    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;
    case PROP_REFORMS:
      g_value_set_object (value, self->reforms);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_region_class_init (RexRegionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = rex_region_finalize;
  object_class->get_property = rex_region_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_ALIASES] = g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, REX_TYPE_REGION_KIND, REX_REGION_KIND_REGION, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_NAME_EN] = g_param_spec_string ("name-en", NULL, NULL, NULL, flags);
  properties[PROP_OFFICIAL_NAME_KK] = g_param_spec_string ("official-name-kk", NULL, NULL, NULL, flags);
  properties[PROP_OFFICIAL_NAME_RU] = g_param_spec_string ("official-name-ru", NULL, NULL, NULL, flags);
  properties[PROP_CENTRE] = g_param_spec_object ("centre", NULL, NULL, REX_TYPE_CENTRE, flags);
  properties[PROP_FORMER_CENTRES] =
    g_param_spec_object ("former-centres", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_EXISTED_FROM] = g_param_spec_boxed ("existed-from", NULL, NULL, REX_TYPE_DATE, flags);
  properties[PROP_EXISTED_UNTIL] = g_param_spec_boxed ("existed-until", NULL, NULL, REX_TYPE_DATE, flags);
  properties[PROP_DIVISIONS] =
    g_param_spec_flags ("divisions", NULL, NULL, REX_TYPE_DIVISION, 0, flags);
  properties[PROP_FORMED_FROM] = g_param_spec_object ("formed-from", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_FORMED_TOOK] = g_param_spec_boxed ("formed-took", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_FORMED_DATE] = g_param_spec_boxed ("formed-date", NULL, NULL, REX_TYPE_DATE, flags);
  properties[PROP_FORMED_EVIDENCE] =
    g_param_spec_enum ("formed-evidence", NULL, NULL, REX_TYPE_EVIDENCE, REX_EVIDENCE_UNCERTAIN, flags);
  properties[PROP_FORMED_SOURCES] =
    g_param_spec_object ("formed-sources", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_AREA] = g_param_spec_object ("area", NULL, NULL, REX_TYPE_MEASURE, flags);
  properties[PROP_POPULATION] = g_param_spec_object ("population", NULL, NULL, REX_TYPE_MEASURE, flags);
  properties[PROP_SOURCES] = g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_REFORMS] = g_param_spec_object ("reforms", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rex_region_init (RexRegion *self)
{
  self->reforms = rex_object_list_new (REX_TYPE_REFORM, NULL, FALSE);
  self->results = rex_object_list_new (REX_TYPE_RESULT, NULL, FALSE);
  self->formed_from = rex_object_list_new (REX_TYPE_REGION, NULL, FALSE);
}

const char *
rex_region_get_id (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return self->id;
}

const char * const *
rex_region_get_aliases (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return (const char * const *) self->aliases;
}

RexRegionKind
rex_region_get_kind (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), REX_REGION_KIND_REGION);
  return self->kind;
}

const char *
rex_display_name (const char *name_en,
                  const char *official_kk,
                  const char *official_ru)
{
  const char *language = rex_region_get_display_language ();

  if (language[0] == 'k' && official_kk != NULL)
    return official_kk;
  if (language[0] == 'r' && official_ru != NULL)
    return official_ru;
  return name_en;
}

const char *
rex_region_get_name (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);

  return rex_display_name (self->name_en, self->official_kk, self->official_ru);
}

char *
rex_region_dup_short_name (RexRegion *self)
{
  /* The kind word of English, Kazakh and Russian names, with the space
   * that separates it; Russian puts it first when the name is a noun
   * ("область Абай") and last after an adjective. */
  static const char * const suffixes[] = { " Region", " облысы", " область" };
  static const char * const prefixes[] = { "область " };
  const char *name;
  gsize length;

  g_return_val_if_fail (REX_IS_REGION (self), NULL);

  name = rex_region_get_name (self);
  if (self->kind == REX_REGION_KIND_CITY)
    return g_strdup (name);

  length = strlen (name);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (length > strlen (suffixes[i]) && g_str_has_suffix (name, suffixes[i]))
      return g_strndup (name, length - strlen (suffixes[i]));
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (length > strlen (prefixes[i]) && g_str_has_prefix (name, prefixes[i]))
      return g_strdup (name + strlen (prefixes[i]));

  return g_strdup (name);
}

const char *
rex_region_get_name_en (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return self->name_en;
}

const char *
rex_region_get_official_name_kk (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return self->official_kk;
}

const char *
rex_region_get_official_name_ru (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return self->official_ru;
}

const char * const *
rex_region_get_variants (RexRegion  *self,
                         const char *language)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  g_return_val_if_fail (language != NULL, NULL);

  if (g_str_equal (language, "en"))
    return (const char * const *) self->variants_en;
  if (g_str_equal (language, "kk"))
    return (const char * const *) self->variants_kk;
  if (g_str_equal (language, "ru"))
    return (const char * const *) self->variants_ru;

  return NULL;
}

RexCentre *
rex_region_get_centre (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return self->centre;
}

RexCentre *
rex_region_get_centre_in_division (RexRegion   *self,
                                   RexDivision  division)
{
  /* The last day of the 2018 division. */
  const RexDate last_day = { 2022, 6, 7, REX_DATE_PRECISION_DAY };
  RexCentre *centre = NULL;
  const RexDate *centre_until = NULL;

  g_return_val_if_fail (REX_IS_REGION (self), NULL);

  if (division != REX_DIVISION_2018 || self->former_centres == NULL)
    return self->centre;

  /* The centre that was one on the division's last day: the earliest
   * former centre that was still a centre then. */
  for (guint i = 0, n = rex_object_list_get_size (self->former_centres); i < n; i++)
    {
      RexCentre *former = rex_object_list_peek (self->former_centres, i);
      const RexDate *until = rex_centre_get_until (former);

      if (until == NULL || rex_date_compare (until, &last_day) <= 0)
        continue;
      if (centre_until == NULL || rex_date_compare (until, centre_until) < 0)
        centre = former, centre_until = until;
    }

  return centre != NULL ? centre : self->centre;
}

GListModel *
rex_region_get_former_centres (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return G_LIST_MODEL (self->former_centres);
}

const RexDate *
rex_region_get_existed_from (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return self->has_existed_from ? &self->existed_from : NULL;
}

const RexDate *
rex_region_get_existed_until (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return self->has_existed_until ? &self->existed_until : NULL;
}

RexDivision
rex_region_get_divisions (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), 0);
  return self->divisions;
}

gboolean
rex_region_in_division (RexRegion   *self,
                        RexDivision  division)
{
  g_return_val_if_fail (REX_IS_REGION (self), FALSE);
  return (self->divisions & division) != 0;
}

GListModel *
rex_region_get_formed_from (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return G_LIST_MODEL (self->formed_from);
}

const char * const *
rex_region_get_formed_took (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return (const char * const *) self->formed_took;
}

const char **
rex_region_dup_formed_took_display (RexRegion *self)
{
  const char **names;
  guint n;

  g_return_val_if_fail (REX_IS_REGION (self), NULL);

  n = self->formed_took != NULL ? g_strv_length (self->formed_took) : 0;
  names = g_new0 (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    names[i] = g_dpgettext2 (GETTEXT_PACKAGE, "district name", self->formed_took[i]);

  return names;
}

const RexDate *
rex_region_get_formed_date (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return self->has_formed ? &self->formed_date : NULL;
}

RexEvidence
rex_region_get_formed_evidence (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), REX_EVIDENCE_UNCERTAIN);
  return self->formed_evidence;
}

GListModel *
rex_region_get_formed_sources (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return G_LIST_MODEL (self->formed_sources);
}

RexMeasure *
rex_region_get_area (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return self->area;
}

RexMeasure *
rex_region_get_population (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return self->population;
}

GListModel *
rex_region_get_sources (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return G_LIST_MODEL (self->sources);
}

GListModel *
rex_region_get_reforms (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return G_LIST_MODEL (self->reforms);
}

GListModel *
rex_region_get_results (RexRegion *self)
{
  g_return_val_if_fail (REX_IS_REGION (self), NULL);
  return G_LIST_MODEL (self->results);
}

void
rex_region_add_result (RexRegion *self,
                       RexResult *result)
{
  rex_object_list_append_unowned (self->results, result);
}

void
rex_region_add_reform (RexRegion *self,
                       RexReform *reform)
{
  rex_object_list_append_unowned (self->reforms, reform);
}

/* Regions outlive their catalogue when someone holds one; the unowned
 * lists must then be emptied rather than left pointing at freed
 * objects. */
void
rex_region_detach (RexRegion *self)
{
  rex_object_list_clear (self->reforms);
  rex_object_list_clear (self->results);
  rex_object_list_clear (self->formed_from);
}

const char *
rex_region_get_search_text (RexRegion *self)
{
  char *text;

  g_return_val_if_fail (REX_IS_REGION (self), NULL);

  text = g_atomic_pointer_get (&self->search_text);
  if G_LIKELY (text != NULL)
    return text;

  text = rex_search_build_region_text (self);
  if (!g_atomic_pointer_compare_and_exchange (&self->search_text, NULL, text))
    {
      g_free (text);
      text = g_atomic_pointer_get (&self->search_text);
    }

  return text;
}

static JsonObject *
member_object (RexLoader          *loader,
               JsonObject         *parent,
               const char         *member,
               const char * const *members,
               gsize              *mark)
{
  JsonNode *node = json_object_get_member (parent, member);
  JsonObject *object;

  if (node == NULL)
    {
      /* Translators: a required JSON member (field) is absent; the
       * message follows the member's JSON path. */
      rex_loader_problem (loader, REX_DATASET_ERROR_MISSING_MEMBER, member, _("missing member"));
      return NULL;
    }

  *mark = rex_loader_push_member (loader, member);
  object = rex_loader_object (loader, node, members);
  if (object == NULL)
    rex_loader_pop (loader, *mark);

  return object;
}

static RexMeasure *
read_measure (RexLoader  *loader,
              JsonObject *object,
              const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  RexMeasure *measure;
  gsize mark;

  if (node == NULL)
    {
      /* Translators: a required JSON member (field) is absent; the
       * message follows the member's JSON path. */
      rex_loader_problem (loader, REX_DATASET_ERROR_MISSING_MEMBER, member, _("missing member"));
      return NULL;
    }

  mark = rex_loader_push_member (loader, member);
  measure = rex_measure_new_from_json (loader, node);
  rex_loader_pop (loader, mark);

  return measure;
}

static void
read_formed (RexRegion  *self,
             RexLoader  *loader,
             JsonObject *object)
{
  static const char * const members[] = { "date", "from", "took", "evidence", "sources", NULL };
  JsonObject *formed;
  gsize mark;

  if (!json_object_has_member (object, "formed"))
    {
      self->formed_sources = rex_object_list_new (REX_TYPE_SOURCE, NULL, TRUE);
      self->formed_took = g_new0 (char *, 1);
      return;
    }

  if (!(formed = member_object (loader, object, "formed", members, &mark)))
    {
      self->formed_sources = rex_object_list_new (REX_TYPE_SOURCE, NULL, TRUE);
      self->formed_took = g_new0 (char *, 1);
      return;
    }

  self->has_formed = rex_loader_date (loader, formed, "date", TRUE, FALSE, &self->formed_date);
  /* "from" is resolved in rex_region_resolve_json(), once all regions
   * are known; here only its presence is checked. */
  rex_loader_array (loader, formed, "from", TRUE);
  self->formed_took = rex_loader_strv (loader, formed, "took", TRUE);
  self->formed_evidence = rex_loader_evidence (loader, formed, "evidence");
  self->formed_sources = rex_loader_sources (loader, formed, "sources");
  rex_loader_pop (loader, mark);
}

RexRegion *
rex_region_new_from_json (RexLoader *loader,
                          JsonNode  *node)
{
  static const char * const members[] = {
    "id", "aliases", "kind", "name", "official_names", "variants", "centre",
    "former_centres", "existed", "divisions", "formed", "area", "population", "sources", NULL
  };
  static const char * const name_members[] = { "kk", "ru", NULL };
  static const char * const variant_members[] = { "en", "kk", "ru", NULL };
  static const char * const existed_members[] = { "from", "until", NULL };
  RexRegion *self;
  JsonObject *object;
  JsonObject *child;
  JsonArray *array;
  const char *kind;
  gsize mark;

  if (!(object = rex_loader_object (loader, node, members)))
    return NULL;

  self = g_object_new (REX_TYPE_REGION, NULL);
  self->id = g_strdup (rex_loader_id (loader, object, "id", REX_ID_REGION));
  self->aliases = rex_loader_strv (loader, object, "aliases", TRUE);

  kind = rex_loader_string (loader, object, "kind", TRUE);
  if (kind != NULL && !rex_region_kind_from_string (kind, &self->kind))
    rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "kind",
                        /* Translators: %s is the region kind as written in the file;
                         * “region” and “city” are the values the file may use, so do not
                         * translate them. */
                        _("unknown region kind “%s” (expected region or city)"), kind);

  self->name_en = rex_loader_dup_string (loader, object, "name", TRUE);

  if ((child = member_object (loader, object, "official_names", name_members, &mark)))
    {
      self->official_kk = rex_loader_dup_string (loader, child, "kk", TRUE);
      self->official_ru = rex_loader_dup_string (loader, child, "ru", TRUE);
      rex_loader_pop (loader, mark);
    }

  if ((child = member_object (loader, object, "variants", variant_members, &mark)))
    {
      self->variants_en = rex_loader_strv (loader, child, "en", TRUE);
      self->variants_kk = rex_loader_strv (loader, child, "kk", TRUE);
      self->variants_ru = rex_loader_strv (loader, child, "ru", TRUE);
      rex_loader_pop (loader, mark);
    }
  if (self->variants_en == NULL)
    self->variants_en = g_new0 (char *, 1);
  if (self->variants_kk == NULL)
    self->variants_kk = g_new0 (char *, 1);
  if (self->variants_ru == NULL)
    self->variants_ru = g_new0 (char *, 1);

  if (json_object_has_member (object, "centre"))
    {
      mark = rex_loader_push_member (loader, "centre");
      self->centre = rex_centre_new_from_json (loader, json_object_get_member (object, "centre"), FALSE);
      rex_loader_pop (loader, mark);
    }

  {
    GPtrArray *centres = NULL;

    if (json_object_has_member (object, "former_centres") &&
        (array = rex_loader_array (loader, object, "former_centres", TRUE)))
      {
        guint n = json_array_get_length (array);

        centres = g_ptr_array_new_full (n, g_object_unref);
        mark = rex_loader_push_member (loader, "former_centres");
        for (guint i = 0; i < n; i++)
          {
            gsize item_mark = rex_loader_push_index (loader, i);
            RexCentre *centre = rex_centre_new_from_json (loader, json_array_get_element (array, i), TRUE);

            if (centre != NULL)
              g_ptr_array_add (centres, centre);
            rex_loader_pop (loader, item_mark);
          }
        rex_loader_pop (loader, mark);
      }
    self->former_centres = rex_object_list_new (REX_TYPE_CENTRE, centres, TRUE);
  }

  if ((child = member_object (loader, object, "existed", existed_members, &mark)))
    {
      if (!json_object_has_member (child, "from"))
        /* Translators: a required JSON member (field) is absent; the
         * message follows the member's JSON path. */
        rex_loader_problem (loader, REX_DATASET_ERROR_MISSING_MEMBER, "from", _("missing member"));
      else
        self->has_existed_from = rex_loader_date (loader, child, "from", TRUE, TRUE, &self->existed_from);
      if (!json_object_has_member (child, "until"))
        /* Translators: a required JSON member (field) is absent; the
         * message follows the member's JSON path. */
        rex_loader_problem (loader, REX_DATASET_ERROR_MISSING_MEMBER, "until", _("missing member"));
      else
        self->has_existed_until = rex_loader_date (loader, child, "until", TRUE, TRUE, &self->existed_until);
      rex_loader_pop (loader, mark);
    }

  if ((array = rex_loader_array (loader, object, "divisions", TRUE)))
    {
      guint n = json_array_get_length (array);

      mark = rex_loader_push_member (loader, "divisions");
      for (guint i = 0; i < n; i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          RexDivision division;
          char index[16];

          g_snprintf (index, sizeof index, "[%u]", i);
          if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
            rex_loader_problem (loader, REX_DATASET_ERROR_WRONG_TYPE, index,
                                /* Translators: %s is what was found instead, e.g. “a number”
                                 * (translated separately, context “JSON value found”). */
                                _("expected a string, found %s"), rex_loader_describe_node (element));
          else if (!rex_division_from_string (json_node_get_string (element), &division))
            rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, index,
                                /* Translators: %s is the division as written in the file; "2018"
                                 * and "2022" are the values the file may use, keep them as they are. */
                                _("unknown division “%s” (expected \"2018\" or \"2022\")"),
                                json_node_get_string (element));
          else
            self->divisions |= division;
        }
      rex_loader_pop (loader, mark);
    }

  read_formed (self, loader, object);
  self->area = read_measure (loader, object, "area");
  self->population = read_measure (loader, object, "population");
  self->sources = rex_loader_sources (loader, object, "sources");

  return self;
}

void
rex_region_resolve_json (RexRegion *self,
                         RexLoader *loader,
                         JsonNode  *node)
{
  JsonObject *object;
  JsonNode *formed;
  JsonNode *from;
  JsonArray *array;
  gsize mark;

  /* Problems with the shapes were reported in the first pass. */
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;
  object = json_node_get_object (node);
  if (!(formed = json_object_get_member (object, "formed")) || !JSON_NODE_HOLDS_OBJECT (formed))
    return;
  if (!(from = json_object_get_member (json_node_get_object (formed), "from")) ||
      !JSON_NODE_HOLDS_ARRAY (from))
    return;

  array = json_node_get_array (from);
  mark = rex_loader_push_member (loader, "formed");
  rex_loader_push_member (loader, "from");
  for (guint i = 0, n = json_array_get_length (array); i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      RexRegion *region;
      const char *id;
      char index[16];

      g_snprintf (index, sizeof index, "[%u]", i);
      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          rex_loader_problem (loader, REX_DATASET_ERROR_WRONG_TYPE, index,
                              /* Translators: %s is what was found instead, e.g. “a number”
                               * (translated separately, context “JSON value found”). */
                              _("expected a region id, found %s"), rex_loader_describe_node (element));
          continue;
        }

      id = json_node_get_string (element);
      if (!(region = g_hash_table_lookup (loader->regions, id)))
        rex_loader_problem (loader, REX_DATASET_ERROR_DANGLING_REFERENCE, index,
                            /* Translators: %s is a region id that no region in the file has. */
                            _("unknown region “%s”"), id);
      else if (region == self)
        rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, index,
                            /* Translators: a region lists itself among those it was formed from. */
                            _("a region cannot be formed from itself"));
      else
        rex_object_list_append_unowned (self->formed_from, region);
    }
  rex_loader_pop (loader, mark);
}
