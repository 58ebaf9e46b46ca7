/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  REX_STATUS_ANNOUNCED,
  REX_STATUS_IN_PROGRESS,
  REX_STATUS_ENACTED,
  REX_STATUS_IN_FORCE,
  REX_STATUS_SUPERSEDED,
  REX_STATUS_UNCLEAR,
} RexStatus;

#define REX_N_STATUSES (REX_STATUS_UNCLEAR + 1)

typedef enum {
  REX_EVIDENCE_VERIFIED,
  REX_EVIDENCE_PARTIAL,
  REX_EVIDENCE_UNCERTAIN,
} RexEvidence;

typedef enum {
  REX_MILESTONE_KIND_ANNOUNCED,
  REX_MILESTONE_KIND_ADOPTED,
  REX_MILESTONE_KIND_SIGNED,
  REX_MILESTONE_KIND_IN_FORCE,
  REX_MILESTONE_KIND_IMPLEMENTED,
  REX_MILESTONE_KIND_SUPERSEDED,
  REX_MILESTONE_KIND_EVENT,
} RexMilestoneKind;

typedef enum {
  REX_REGION_KIND_REGION,
  REX_REGION_KIND_CITY,
} RexRegionKind;

typedef enum /*< flags >*/ {
  REX_DIVISION_NONE = 0,
  REX_DIVISION_2018 = 1 << 0,
  REX_DIVISION_2022 = 1 << 1,
} RexDivision;

#define REX_TYPE_STATUS         (rex_status_get_type ())
#define REX_TYPE_EVIDENCE       (rex_evidence_get_type ())
#define REX_TYPE_MILESTONE_KIND (rex_milestone_kind_get_type ())
#define REX_TYPE_REGION_KIND    (rex_region_kind_get_type ())
#define REX_TYPE_DIVISION       (rex_division_get_type ())

GType        rex_status_get_type            (void) G_GNUC_CONST;
GType        rex_evidence_get_type          (void) G_GNUC_CONST;
GType        rex_milestone_kind_get_type    (void) G_GNUC_CONST;
GType        rex_region_kind_get_type       (void) G_GNUC_CONST;
GType        rex_division_get_type          (void) G_GNUC_CONST;

/* The *_from_string functions take the JSON id ("in-force") and return
 * FALSE when it is not one; *_to_string returns that id. */
gboolean     rex_status_from_string         (const char       *str,
                                             RexStatus        *out);
const char  *rex_status_to_string           (RexStatus         status);
const char  *rex_status_get_label           (RexStatus         status);
/* Statuses are listed in one order everywhere (sidebar, overview, sorting):
 * what is done first, what did not last at the end. */
RexStatus    rex_status_nth_in_order        (guint             n);
guint        rex_status_get_rank            (RexStatus         status);

gboolean     rex_evidence_from_string       (const char       *str,
                                             RexEvidence      *out);
const char  *rex_evidence_to_string         (RexEvidence       evidence);
const char  *rex_evidence_get_label         (RexEvidence       evidence);

gboolean     rex_milestone_kind_from_string (const char       *str,
                                             RexMilestoneKind *out);
const char  *rex_milestone_kind_to_string   (RexMilestoneKind  kind);
const char  *rex_milestone_kind_get_label   (RexMilestoneKind  kind);

gboolean     rex_region_kind_from_string    (const char       *str,
                                             RexRegionKind    *out);
const char  *rex_region_kind_to_string      (RexRegionKind     kind);
const char  *rex_region_kind_get_label      (RexRegionKind     kind);

gboolean     rex_division_from_string       (const char       *str,
                                             RexDivision      *out);

G_END_DECLS
