/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "rex-core.h"

G_BEGIN_DECLS

#define REX_TYPE_MAP_VIEW (rex_map_view_get_type ())

/* The map of the regions of one division: a custom widget that draws the
 * outlines of a RexOutlines through a RexViewport (which holds zoom and
 * centre) and handles pointer, touch and keyboard.
 *
 * Selecting a region on the map (click, Enter) activates
 * "win.show-region" with its id, so that everything that shows regions
 * follows; when no such action is reachable, the map selects the region
 * itself. Whoever owns the selection sets it back with
 * rex_map_view_set_selected_region().
 *
 * The outlines load when the map is first mapped (the bundled ones,
 * shared by all maps), unless set before. A map that is not interactive
 * is a locator: the whole country, the selected region highlighted, no
 * labels, no controls and no input. */
G_DECLARE_FINAL_TYPE (RexMapView, rex_map_view, REX, MAP_VIEW, GtkWidget)

GtkWidget    *rex_map_view_new                 (void);

RexCatalogue *rex_map_view_get_catalogue       (RexMapView   *self);
void          rex_map_view_set_catalogue       (RexMapView   *self,
                                                RexCatalogue *catalogue);
/* NULL until loaded. */
RexOutlines  *rex_map_view_get_outlines        (RexMapView   *self);
void          rex_map_view_set_outlines        (RexMapView   *self,
                                                RexOutlines  *outlines);

RexDivision   rex_map_view_get_division        (RexMapView   *self);
/* Cross-fades to the other division, unless animations are off. */
void          rex_map_view_set_division        (RexMapView   *self,
                                                RexDivision   division);

RexRegion    *rex_map_view_get_selected_region (RexMapView   *self);
void          rex_map_view_set_selected_region (RexMapView   *self,
                                                RexRegion    *region);
/* Moves the map so that @region is in view, centring it unless all of
 * it is already well inside; animated unless animations are off. */
void          rex_map_view_reveal_region       (RexMapView   *self,
                                                RexRegion    *region,
                                                gboolean      animate);
/* The keyboard cursor: the region the arrow keys have moved to, which
 * Enter opens. */
RexRegion    *rex_map_view_get_cursor_region   (RexMapView   *self);

gboolean      rex_map_view_get_interactive     (RexMapView   *self);
void          rex_map_view_set_interactive     (RexMapView   *self,
                                                gboolean      interactive);

/* Zoom and centre. The viewport belongs to the map. */
RexViewport  *rex_map_view_get_viewport        (RexMapView   *self);
double        rex_map_view_get_zoom_level      (RexMapView   *self);
/* Restores a zoom level and centre (projected km) saved earlier: they
 * apply once the map has a size, clamped to what the viewport allows. */
void          rex_map_view_restore_view        (RexMapView   *self,
                                                double        zoom_level,
                                                double        centre_x,
                                                double        centre_y);

/* What a drag and a scroll or pinch step do: the view moves at once,
 * drawn from the cached rendering until it has been still for a moment,
 * then sharp. */
void          rex_map_view_pan_by              (RexMapView   *self,
                                                double        dx,
                                                double        dy);
void          rex_map_view_zoom_at             (RexMapView   *self,
                                                double        factor,
                                                double        x,
                                                double        y);

/* The one hit test behind hover, click and tooltip: the region of the
 * shown division under the widget point, or NULL. */
RexRegion    *rex_map_view_region_at           (RexMapView   *self,
                                                double        x,
                                                double        y);
/* Where a longitude/latitude is on the widget. */
void          rex_map_view_lonlat_to_widget    (RexMapView   *self,
                                                double        lon,
                                                double        lat,
                                                double       *x,
                                                double       *y);
/* The opaque colour @region is filled with in @division (before hover
 * and selection are drawn over it). FALSE when it is not drawn. */
gboolean      rex_map_view_get_region_fill     (RexMapView   *self,
                                                RexDivision   division,
                                                RexRegion    *region,
                                                GdkRGBA      *fill);

/* Colours the regions by a figure of @result (see rex-map-mode.h), which
 * must give it by region: on a scale from its lowest value to its
 * highest, with a legend, and regions without a value hatched as having
 * no data. The figure shows while the division shown is the result's;
 * NULL shows the regions themselves. */
void          rex_map_view_set_figure          (RexMapView   *self,
                                                RexResult    *result,
                                                int           choice);
RexResult    *rex_map_view_get_figure_result   (RexMapView   *self);
int           rex_map_view_get_figure_choice   (RexMapView   *self);
/* The value @region is coloured by, or NAN when it has none or no
 * figure is shown. */
double        rex_map_view_get_region_figure   (RexMapView   *self,
                                                RexRegion    *region);
/* The fill of a region without a value (drawn hatched); FALSE when no
 * figure is shown. */
gboolean      rex_map_view_get_no_data_fill    (RexMapView   *self,
                                                GdkRGBA      *fill);
/* The regions of the catalogue that have no outline in the shown
 * division, a new array of RexRegion. */
GPtrArray    *rex_map_view_dup_missing         (RexMapView   *self);

G_END_DECLS
