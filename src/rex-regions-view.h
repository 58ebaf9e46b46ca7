/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "rex-core.h"
#include "rex-map-view.h"

G_BEGIN_DECLS

#define REX_TYPE_REGIONS_VIEW (rex_regions_view_get_type ())

/* The Regions view: the list of first-level units of one division beside
 * the page of the selected one. Map, list and page share one selection,
 * which only show_region() changes. Implements RexPage. */
G_DECLARE_FINAL_TYPE (RexRegionsView, rex_regions_view, REX, REGIONS_VIEW, GtkWidget)

void        rex_regions_view_set_catalogue  (RexRegionsView *self,
                                             RexCatalogue   *catalogue);
/* By current id or alias. FALSE when the dataset has no such region. */
gboolean    rex_regions_view_show_region    (RexRegionsView *self,
                                             const char     *region_id);
RexRegion  *rex_regions_view_get_region     (RexRegionsView *self);
RexDivision rex_regions_view_get_division   (RexRegionsView *self);
void        rex_regions_view_set_division   (RexRegionsView *self,
                                             RexDivision     division);
/* What the map colours the regions by: "regions" or a figure of a
 * result (see rex-map-mode.h), which also shows the result's division.
 * FALSE, and nothing changes, for a mode the dataset does not have. */
const char *rex_regions_view_get_map_mode   (RexRegionsView *self);
gboolean    rex_regions_view_set_map_mode   (RexRegionsView *self,
                                             const char     *mode);
gboolean    rex_regions_view_get_can_go_back (RexRegionsView *self);
gboolean    rex_regions_view_go_back        (RexRegionsView *self);
void        rex_regions_view_toggle_sidebar (RexRegionsView *self);
void        rex_regions_view_enter_content  (RexRegionsView *self);
/* The map beside the list, and the page's locator. */
RexMapView *rex_regions_view_get_map_view   (RexRegionsView *self);
RexMapView *rex_regions_view_get_locator    (RexRegionsView *self);

G_END_DECLS
