/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "rex-date.h"
#include "rex-enums.h"

G_BEGIN_DECLS

#define REX_TYPE_MEASURE (rex_measure_get_type ())

/* A sourced quantity of a region: its area (km²) or population (people). */
G_DECLARE_FINAL_TYPE (RexMeasure, rex_measure, REX, MEASURE, GObject)

double         rex_measure_get_value    (RexMeasure *self);
const RexDate *rex_measure_get_as_of    (RexMeasure *self);
RexEvidence    rex_measure_get_evidence (RexMeasure *self);
/* Translated (context "measure note"); NULL when there is none. */
const char    *rex_measure_get_note     (RexMeasure *self);
/* A list of RexSource. */
GListModel    *rex_measure_get_sources  (RexMeasure *self);

G_END_DECLS
