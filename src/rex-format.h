/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "rex-core.h"

G_BEGIN_DECLS

/* Text helpers shared by the widgets and the "copy as text" action. They
 * read the model only, so they need no display. */

/* Grouped in thousands with the locale's no-break separator, at most two
 * decimals, no "−0"; "—" for NaN and "∞" for infinities. */
char       *rex_format_number          (double      value);
char       *rex_format_quantity        (double      value,
                                        const char *unit);
/* "+50%" or "−75%", or NULL when there is nothing to show: no before,
 * a change of less than half a percent, or one too large to be finite. */
char       *rex_format_change          (double      before,
                                        double      after);
char       *rex_format_figure          (RexFigure  *figure);
/* A vote on one line: title, date, turnout, each choice's share (or
 * votes) and seats. */
char       *rex_format_result          (RexResult  *result);
/* "6,163,516 votes", "62 seats", agreeing with the number. */
char       *rex_format_votes           (gint64      votes);
char       *rex_format_seats           (gint64      seats);
/* "7,985,769 of 11,734,642 registered voters took part", or NULL
 * when either count is missing. */
char       *rex_format_took_part       (gint64      ballots,
                                        gint64      electorate);
/* "68.05%", as published, in the language's way. */
char       *rex_format_percentage      (double      value);
/* What a figure of a result is (see rex-map-mode.h): "Turnout" or
 * "Share of “Yes”". */
char       *rex_format_result_figure   (RexResult  *result,
                                        int         choice);
/* A result's title and polling day: "Referendum on amendments to the
 * Constitution, 5 June 2022". */
char       *rex_format_result_title    (RexResult  *result);
/* A region's figure as published, "73.81%", or "No data". */
char       *rex_format_region_figure   (RexResult  *result,
                                        RexRegion  *region,
                                        int         choice);
/* The same with what the figure is: "Turnout: 73.81%". */
char       *rex_format_region_figure_line (RexResult *result,
                                           RexRegion *region,
                                           int        choice);
/* A figure and its polling day, short: "Turnout, 5 June 2022". */
char       *rex_format_result_figure_day (RexResult *result,
                                          int        choice);
/* Every distinct source the reform cites (its own, its status', its
 * milestones' and its figures'), in order of first citation. */
GPtrArray  *rex_format_collect_sources (RexReform  *reform);
char       *rex_format_source          (RexSource  *source);
/* Pango markup: region names linking to each region's page (see
 * rex_page_activate_region_link); a line breaks between names, never
 * inside one. */
char       *rex_format_region_links    (GListModel *regions);
/* The scheme of those links. */
#define REX_REGION_LINK_SCHEME "rex-region:"
/* Pango markup: each source's publisher as a link to it, or NULL when
 * @sources is empty. */
char       *rex_format_source_links    (GListModel *sources);
char       *rex_format_citation        (RexReform  *reform,
                                        const RexDate *as_of);

G_END_DECLS
