/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "rex-category.h"
#include "rex-date.h"
#include "rex-enums.h"

G_BEGIN_DECLS

#define REX_TYPE_REFORM (rex_reform_get_type ())

G_DECLARE_FINAL_TYPE (RexReform, rex_reform, REX, REFORM, GObject)

const char    *rex_reform_get_id                (RexReform *self);
RexCategory   *rex_reform_get_category          (RexReform *self);
/* Zero-based position in programme order, across all categories. */
guint          rex_reform_get_position          (RexReform *self);
/* Translated ("reform title", "reform summary", "reform explanation",
 * "reform rationale", "status note"). */
const char    *rex_reform_get_title             (RexReform *self);
const char    *rex_reform_get_summary           (RexReform *self);
const char    *rex_reform_get_explanation       (RexReform *self);
/* NULL when the dataset gives no rationale. */
const char    *rex_reform_get_rationale         (RexReform *self);
RexStatus      rex_reform_get_status            (RexReform *self);
const RexDate *rex_reform_get_status_as_of      (RexReform *self);
/* NULL when there is no note. */
const char    *rex_reform_get_status_note       (RexReform *self);
RexEvidence    rex_reform_get_status_evidence   (RexReform *self);
/* A list of RexSource. */
GListModel    *rex_reform_get_status_sources    (RexReform *self);
/* A list of RexMilestone, oldest first. */
GListModel    *rex_reform_get_milestones        (RexReform *self);
/* A list of RexFigure. */
GListModel    *rex_reform_get_figures           (RexReform *self);
/* A list of RexRegion. */
GListModel    *rex_reform_get_regions           (RexReform *self);
/* A list of RexResult: the votes that decided or tested the reform. */
GListModel    *rex_reform_get_results  (RexReform *self);
/* A list of RexSource. */
GListModel    *rex_reform_get_sources           (RexReform *self);
/* NULL when the reform has no milestones. */
const RexDate *rex_reform_get_last_milestone_date (RexReform *self);
/* TRUE when any fact of the reform (status, milestone, figure) has
 * evidence "uncertain". */
gboolean       rex_reform_is_uncertain          (RexReform *self);

G_END_DECLS
