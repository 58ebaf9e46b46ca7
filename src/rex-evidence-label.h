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

G_END_DECLS
