/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rex-centre.h"
#include "rex-loader.h"
#include "rex-region.h"

struct _RexCentre
{
  GObject  parent_instance;

  char    *name_en;
  char    *official_kk;
  char    *official_ru;
  double   latitude;
  double   longitude;
  RexDate  until;
  guint    has_until : 1;
};

G_DEFINE_FINAL_TYPE (RexCentre, rex_centre, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_NAME_EN,
  PROP_OFFICIAL_NAME_KK,
  PROP_OFFICIAL_NAME_RU,
  PROP_LATITUDE,
  PROP_LONGITUDE,
  PROP_UNTIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rex_centre_finalize (GObject *object)
{
  RexCentre *self = REX_CENTRE (object);

  g_free (self->name_en);
  g_free (self->official_kk);
  g_free (self->official_ru);

  G_OBJECT_CLASS (rex_centre_parent_class)->finalize (object);
}

static void
rex_centre_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RexCentre *self = REX_CENTRE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, rex_centre_get_name (self));
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
    case PROP_LATITUDE:
      g_value_set_double (value, self->latitude);
      break;
    case PROP_LONGITUDE:
      g_value_set_double (value, self->longitude);
      break;
    case PROP_UNTIL:
      g_value_set_boxed (value, rex_centre_get_until (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_centre_class_init (RexCentreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = rex_centre_finalize;
  object_class->get_property = rex_centre_get_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_NAME_EN] = g_param_spec_string ("name-en", NULL, NULL, NULL, flags);
  properties[PROP_OFFICIAL_NAME_KK] = g_param_spec_string ("official-name-kk", NULL, NULL, NULL, flags);
  properties[PROP_OFFICIAL_NAME_RU] = g_param_spec_string ("official-name-ru", NULL, NULL, NULL, flags);
  properties[PROP_LATITUDE] = g_param_spec_double ("latitude", NULL, NULL, -90, 90, 0, flags);
  properties[PROP_LONGITUDE] = g_param_spec_double ("longitude", NULL, NULL, -180, 180, 0, flags);
  properties[PROP_UNTIL] = g_param_spec_boxed ("until", NULL, NULL, REX_TYPE_DATE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rex_centre_init (RexCentre *self)
{
}

const char *
rex_centre_get_name (RexCentre *self)
{
  g_return_val_if_fail (REX_IS_CENTRE (self), NULL);

  return rex_display_name (self->name_en, self->official_kk, self->official_ru);
}

const char *
rex_centre_get_name_en (RexCentre *self)
{
  g_return_val_if_fail (REX_IS_CENTRE (self), NULL);
  return self->name_en;
}

const char *
rex_centre_get_official_name_kk (RexCentre *self)
{
  g_return_val_if_fail (REX_IS_CENTRE (self), NULL);
  return self->official_kk;
}

const char *
rex_centre_get_official_name_ru (RexCentre *self)
{
  g_return_val_if_fail (REX_IS_CENTRE (self), NULL);
  return self->official_ru;
}

double
rex_centre_get_latitude (RexCentre *self)
{
  g_return_val_if_fail (REX_IS_CENTRE (self), 0);
  return self->latitude;
}

double
rex_centre_get_longitude (RexCentre *self)
{
  g_return_val_if_fail (REX_IS_CENTRE (self), 0);
  return self->longitude;
}

const RexDate *
rex_centre_get_until (RexCentre *self)
{
  g_return_val_if_fail (REX_IS_CENTRE (self), NULL);
  return self->has_until ? &self->until : NULL;
}

RexCentre *
rex_centre_new_from_json (RexLoader *loader,
                          JsonNode  *node,
                          gboolean   former)
{
  static const char * const members[] = { "name", "official_names", "lat", "lon", NULL };
  static const char * const former_members[] = { "name", "official_names", "lat", "lon", "until", NULL };
  static const char * const name_members[] = { "kk", "ru", NULL };
  RexCentre *self;
  JsonObject *object;
  JsonObject *names;
  JsonNode *names_node;
  gsize mark;

  if (!(object = rex_loader_object (loader, node, former ? former_members : members)))
    return NULL;

  self = g_object_new (REX_TYPE_CENTRE, NULL);
  self->name_en = rex_loader_dup_string (loader, object, "name", TRUE);

  names_node = json_object_get_member (object, "official_names");
  if (names_node == NULL)
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_MISSING_MEMBER, "official_names",
                          /* Translators: a required JSON member (field) is absent; the
                           * message follows the member's JSON path. */
                          _("missing member"));
    }
  else
    {
      mark = rex_loader_push_member (loader, "official_names");
      if ((names = rex_loader_object (loader, names_node, name_members)))
        {
          self->official_kk = rex_loader_dup_string (loader, names, "kk", TRUE);
          self->official_ru = rex_loader_dup_string (loader, names, "ru", TRUE);
        }
      rex_loader_pop (loader, mark);
    }

  self->latitude = rex_loader_number (loader, object, "lat", -90, 90);
  self->longitude = rex_loader_number (loader, object, "lon", -180, 180);
  if (former)
    self->has_until = rex_loader_date (loader, object, "until", TRUE, FALSE, &self->until);

  return self;
}
