/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "rex-core.h"

G_BEGIN_DECLS

#define REX_TYPE_EVIDENCE_LABEL (rex_evidence_label_get_type ())

G_DECLARE_FINAL_TYPE (RexEvidenceLabel, rex_evidence_label, REX, EVIDENCE_LABEL, GtkWidget)

GtkWidget   *rex_evidence_label_new          (RexEvidence       evidence);
RexEvidence  rex_evidence_label_get_evidence (RexEvidenceLabel *self);
void         rex_evidence_label_set_evidence (RexEvidenceLabel *self,
                                              RexEvidence       evidence);

/* A line under a figure: its evidence, then "Source: " and a link to
 * each of @sources (a list of RexSource; none when empty or NULL). */
GtkWidget   *rex_evidence_footer_new         (RexEvidence       evidence,
                                              GListModel       *sources);

G_END_DECLS
