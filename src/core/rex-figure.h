/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "rex-enums.h"

G_BEGIN_DECLS

#define REX_TYPE_FIGURE (rex_figure_get_type ())

G_DECLARE_FINAL_TYPE (RexFigure, rex_figure, REX, FIGURE, GObject)

/* Translated (contexts "figure label" and "figure unit"). */
const char  *rex_figure_get_label    (RexFigure *self);
double       rex_figure_get_before   (RexFigure *self);
double       rex_figure_get_after    (RexFigure *self);
/* The plural form, translated as a whole. */
const char  *rex_figure_get_unit     (RexFigure *self);
/* The form that agrees with @value in the interface language, when the
 * dataset gives a singular ("unit_one"); otherwise as get_unit. */
const char  *rex_figure_get_unit_for (RexFigure *self,
                                      double     value);
RexEvidence  rex_figure_get_evidence (RexFigure *self);
/* A list of RexSource. */
GListModel  *rex_figure_get_sources  (RexFigure *self);

G_END_DECLS
