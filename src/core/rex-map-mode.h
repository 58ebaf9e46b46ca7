/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "rex-catalogue.h"
#include "rex-result.h"

G_BEGIN_DECLS

/* What the region map colours its regions by: nothing (the regions
 * themselves), or one figure of a result that gives figures by region,
 * in the division of polling day: its turnout, or the share of one
 * choice. A figure is named by a result and a choice index, with
 * REX_FIGURE_TURNOUT for the turnout.
 *
 * Settings and the win.map-mode action write it as a string:
 * "regions", "RESULT-ID:turnout" or "RESULT-ID:share:CHOICE-ID". */

#define REX_MAP_MODE_REGIONS "regions"
#define REX_FIGURE_TURNOUT   (-1)

/* Whether @result gives the figure by region, for at least one region. */
gboolean  rex_result_has_region_figure  (RexResult  *result,
                                         int         choice);
/* The figure for @region as published, or NAN when there is none. */
double    rex_result_get_region_figure  (RexResult  *result,
                                         RexRegion  *region,
                                         int         choice);
/* The figure for the whole country, or NAN. */
double    rex_result_get_figure         (RexResult  *result,
                                         int         choice);
/* The lowest and highest figure of the regions that have one; FALSE
 * when none has. */
gboolean  rex_result_get_figure_range   (RexResult  *result,
                                         int         choice,
                                         double     *min,
                                         double     *max);

/* NULL for a figure that the result does not give by region. */
char     *rex_map_mode_to_string        (RexResult    *result,
                                         int           choice);
/* Reads a mode string against @catalogue: TRUE with @result NULL for
 * "regions", TRUE with a result and a choice for a figure the catalogue
 * gives by region, FALSE for anything else (an unknown result or
 * choice, a figure not given by region, a malformed string). */
gboolean  rex_map_mode_parse            (RexCatalogue *catalogue,
                                         const char   *string,
                                         RexResult   **result,
                                         int          *choice);

G_END_DECLS
