/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "rex-date.h"
#include "rex-enums.h"

G_BEGIN_DECLS

#define REX_TYPE_MILESTONE (rex_milestone_get_type ())

G_DECLARE_FINAL_TYPE (RexMilestone, rex_milestone, REX, MILESTONE, GObject)

const RexDate    *rex_milestone_get_date     (RexMilestone *self);
RexMilestoneKind  rex_milestone_get_kind     (RexMilestone *self);
/* Translated (context "milestone"). */
const char       *rex_milestone_get_title    (RexMilestone *self);
RexEvidence       rex_milestone_get_evidence (RexMilestone *self);
/* A list of RexSource. */
GListModel       *rex_milestone_get_sources  (RexMilestone *self);

G_END_DECLS
