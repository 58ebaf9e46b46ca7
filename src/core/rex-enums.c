/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rex-enums.h"

/* One table per enum serves the GType, the JSON ids and the labels, so
 * the three cannot drift apart. The labels are marked with N_() and
 * translated on use: the app binds the text domain after these tables
 * are initialised. */

static const GEnumValue status_values[] = {
  { REX_STATUS_ANNOUNCED, "REX_STATUS_ANNOUNCED", "announced" },
  { REX_STATUS_IN_PROGRESS, "REX_STATUS_IN_PROGRESS", "in-progress" },
  { REX_STATUS_ENACTED, "REX_STATUS_ENACTED", "enacted" },
  { REX_STATUS_IN_FORCE, "REX_STATUS_IN_FORCE", "in-force" },
  { REX_STATUS_SUPERSEDED, "REX_STATUS_SUPERSEDED", "superseded" },
  { REX_STATUS_UNCLEAR, "REX_STATUS_UNCLEAR", "unclear" },
  { 0, NULL, NULL }
};

static const char * const status_labels[] = {
  N_("Announced"),
  N_("In progress"),
  N_("Enacted"),
  N_("In force"),
  N_("Superseded"),
  N_("Unclear"),
};

static const GEnumValue evidence_values[] = {
  { REX_EVIDENCE_VERIFIED, "REX_EVIDENCE_VERIFIED", "verified" },
  { REX_EVIDENCE_PARTIAL, "REX_EVIDENCE_PARTIAL", "partial" },
  { REX_EVIDENCE_UNCERTAIN, "REX_EVIDENCE_UNCERTAIN", "uncertain" },
  { 0, NULL, NULL }
};

static const char * const evidence_labels[] = {
  N_("Verified"),
  N_("Partly verified"),
  N_("Uncertain"),
};

static const GEnumValue milestone_kind_values[] = {
  { REX_MILESTONE_KIND_ANNOUNCED, "REX_MILESTONE_KIND_ANNOUNCED", "announced" },
  { REX_MILESTONE_KIND_ADOPTED, "REX_MILESTONE_KIND_ADOPTED", "adopted" },
  { REX_MILESTONE_KIND_SIGNED, "REX_MILESTONE_KIND_SIGNED", "signed" },
  { REX_MILESTONE_KIND_IN_FORCE, "REX_MILESTONE_KIND_IN_FORCE", "in-force" },
  { REX_MILESTONE_KIND_IMPLEMENTED, "REX_MILESTONE_KIND_IMPLEMENTED", "implemented" },
  { REX_MILESTONE_KIND_SUPERSEDED, "REX_MILESTONE_KIND_SUPERSEDED", "superseded" },
  { REX_MILESTONE_KIND_EVENT, "REX_MILESTONE_KIND_EVENT", "event" },
  { 0, NULL, NULL }
};

static const char * const milestone_kind_labels[] = {
  /* Translators: kinds of milestone in a reform's timeline */
  NC_("milestone kind", "Announced"),
  NC_("milestone kind", "Adopted"),
  NC_("milestone kind", "Signed"),
  NC_("milestone kind", "In force"),
  NC_("milestone kind", "Implemented"),
  NC_("milestone kind", "Superseded"),
  NC_("milestone kind", "Event"),
};

static const GEnumValue region_kind_values[] = {
  { REX_REGION_KIND_REGION, "REX_REGION_KIND_REGION", "region" },
  { REX_REGION_KIND_CITY, "REX_REGION_KIND_CITY", "city" },
  { 0, NULL, NULL }
};

static const char * const region_kind_labels[] = {
  N_("Region"),
  N_("City of republican significance"),
};

static const GFlagsValue division_values[] = {
  { REX_DIVISION_NONE, "REX_DIVISION_NONE", "none" },
  { REX_DIVISION_2018, "REX_DIVISION_2018", "2018" },
  { REX_DIVISION_2022, "REX_DIVISION_2022", "2022" },
  { 0, NULL, NULL }
};

#define DEFINE_ENUM_TYPE(func, Name, values)                            \
GType                                                                   \
func (void)                                                             \
{                                                                       \
  static gsize type_id;                                                 \
                                                                        \
  if (g_once_init_enter (&type_id))                                     \
    g_once_init_leave (&type_id, g_enum_register_static (Name, values)); \
                                                                        \
  return type_id;                                                       \
}

DEFINE_ENUM_TYPE (rex_status_get_type, "RexStatus", status_values)
DEFINE_ENUM_TYPE (rex_evidence_get_type, "RexEvidence", evidence_values)
DEFINE_ENUM_TYPE (rex_milestone_kind_get_type, "RexMilestoneKind", milestone_kind_values)
DEFINE_ENUM_TYPE (rex_region_kind_get_type, "RexRegionKind", region_kind_values)

GType
rex_division_get_type (void)
{
  static gsize type_id;

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_flags_register_static ("RexDivision", division_values));

  return type_id;
}

static gboolean
lookup_nick (const GEnumValue *values,
             const char       *str,
             int              *out)
{
  if (str == NULL)
    return FALSE;

  for (guint i = 0; values[i].value_nick != NULL; i++)
    {
      if (strcmp (values[i].value_nick, str) == 0)
        {
          *out = values[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

#define DEFINE_ENUM_STRINGS(prefix, Type, values, labels, N)            \
gboolean                                                                \
prefix##_from_string (const char *str,                                  \
                      Type       *out)                                  \
{                                                                       \
  int value;                                                            \
                                                                        \
  if (!lookup_nick (values, str, &value))                               \
    return FALSE;                                                       \
  if (out != NULL)                                                      \
    *out = (Type) value;                                                \
  return TRUE;                                                          \
}                                                                       \
                                                                        \
const char *                                                            \
prefix##_to_string (Type value)                                         \
{                                                                       \
  g_return_val_if_fail ((guint) value < N, NULL);                       \
  return values[value].value_nick;                                      \
}

DEFINE_ENUM_STRINGS (rex_status, RexStatus, status_values, status_labels, REX_N_STATUSES)
DEFINE_ENUM_STRINGS (rex_evidence, RexEvidence, evidence_values, evidence_labels, G_N_ELEMENTS (evidence_labels))
DEFINE_ENUM_STRINGS (rex_milestone_kind, RexMilestoneKind, milestone_kind_values, milestone_kind_labels, G_N_ELEMENTS (milestone_kind_labels))
DEFINE_ENUM_STRINGS (rex_region_kind, RexRegionKind, region_kind_values, region_kind_labels, G_N_ELEMENTS (region_kind_labels))

const char *
rex_status_get_label (RexStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (status_labels), NULL);
  return _(status_labels[status]);
}

static const RexStatus status_order[REX_N_STATUSES] = {
  REX_STATUS_IN_FORCE,
  REX_STATUS_ENACTED,
  REX_STATUS_IN_PROGRESS,
  REX_STATUS_ANNOUNCED,
  REX_STATUS_SUPERSEDED,
  REX_STATUS_UNCLEAR,
};

RexStatus
rex_status_nth_in_order (guint n)
{
  g_return_val_if_fail (n < REX_N_STATUSES, REX_STATUS_UNCLEAR);
  return status_order[n];
}

guint
rex_status_get_rank (RexStatus status)
{
  for (guint i = 0; i < REX_N_STATUSES; i++)
    if (status_order[i] == status)
      return i;

  g_return_val_if_reached (REX_N_STATUSES);
}

const char *
rex_evidence_get_label (RexEvidence evidence)
{
  g_return_val_if_fail ((guint) evidence < G_N_ELEMENTS (evidence_labels), NULL);
  return _(evidence_labels[evidence]);
}

const char *
rex_milestone_kind_get_label (RexMilestoneKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (milestone_kind_labels), NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "milestone kind", milestone_kind_labels[kind]);
}

const char *
rex_region_kind_get_label (RexRegionKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (region_kind_labels), NULL);
  return _(region_kind_labels[kind]);
}

gboolean
rex_division_from_string (const char  *str,
                          RexDivision *out)
{
  RexDivision value;

  if (g_strcmp0 (str, "2018") == 0)
    value = REX_DIVISION_2018;
  else if (g_strcmp0 (str, "2022") == 0)
    value = REX_DIVISION_2022;
  else
    return FALSE;

  if (out != NULL)
    *out = value;
  return TRUE;
}
