/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "rex-core.h"

G_BEGIN_DECLS

#define REX_TYPE_CHRONOLOGY (rex_chronology_get_type ())

/* Every milestone of every reform on one time axis: one row per reform,
 * grouped by category, the years marked and the dates that several
 * reforms share labelled. Each milestone is a mark that takes focus
 * (one Tab stop for the whole chart, arrows between marks), has a
 * tooltip and the accessible label "date — reform — milestone", and
 * activates "win.show-reform" with its reform's id. */
G_DECLARE_FINAL_TYPE (RexChronology, rex_chronology, REX, CHRONOLOGY, GtkWidget)

GtkWidget    *rex_chronology_new           (void);
RexCatalogue *rex_chronology_get_catalogue (RexChronology *self);
void          rex_chronology_set_catalogue (RexChronology *self,
                                            RexCatalogue  *catalogue);
/* The marks, in reading order: by category, reform, then date. */
guint         rex_chronology_get_n_marks   (RexChronology *self);
GtkWidget    *rex_chronology_get_mark      (RexChronology *self,
                                            guint          index);
/* What a mark shows, for tests and for whoever holds a mark. */
RexReform    *rex_chronology_mark_get_reform    (GtkWidget *mark);
RexMilestone *rex_chronology_mark_get_milestone (GtkWidget *mark);

G_END_DECLS
