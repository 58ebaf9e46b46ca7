/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "rex-core.h"

G_BEGIN_DECLS

#define REX_TYPE_SEAT_CHART (rex_seat_chart_get_type ())

G_DECLARE_FINAL_TYPE (RexSeatChart, rex_seat_chart, REX, SEAT_CHART, GtkWidget)

/* An election's seats as a hemicycle of dots, one per seat, grouped by
 * choice from left to right: a filled dot for a seat won on the party
 * list, a ring for one won in a single-mandate district. */
GtkWidget *rex_seat_chart_new        (RexResult *result);

/* The colour the chart gives choice @index of @result, for legends;
 * FALSE when the choice has no seat. */
gboolean   rex_seat_chart_get_colour (GtkWidget *widget,
                                      RexResult *result,
                                      guint      index,
                                      GdkRGBA   *colour);

/* How many dots the chart draws, and how many of them are rings. */
guint      rex_seat_chart_get_n_seats          (RexSeatChart *self);
guint      rex_seat_chart_get_n_district_seats (RexSeatChart *self);

G_END_DECLS
