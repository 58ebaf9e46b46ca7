/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "rex-core.h"

G_BEGIN_DECLS

#define REX_TYPE_FIGURE_VIEW (rex_figure_view_get_type ())

G_DECLARE_FINAL_TYPE (RexFigureView, rex_figure_view, REX, FIGURE_VIEW, GtkWidget)

GtkWidget *rex_figure_view_new        (RexFigure     *figure);
RexFigure *rex_figure_view_get_figure (RexFigureView *self);
/* The comparison as one line of text, "20,000 members → 5,000 members". */
char      *rex_figure_view_dup_text   (RexFigureView *self);

G_END_DECLS
