/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "rex-core.h"

G_BEGIN_DECLS

#define REX_TYPE_RESULT_VIEW (rex_result_view_get_type ())

G_DECLARE_FINAL_TYPE (RexResultView, rex_result_view, REX, RESULT_VIEW, GtkWidget)

/* A vote's result as a card: yes/no bars with the turnout for a
 * referendum, a seat chart and a table of parties for an election, with
 * the note, the evidence and the sources like every figure. */
GtkWidget *rex_result_view_new      (RexResult     *result);
RexResult *rex_result_view_get_result (RexResultView *self);

G_END_DECLS
