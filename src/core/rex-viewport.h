/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "rex-projection.h"

G_BEGIN_DECLS

#define REX_TYPE_VIEWPORT (rex_viewport_get_type ())

/* How far in one can zoom, relative to the whole country. */
#define REX_VIEWPORT_MAX_ZOOM 32.0

/* The view transform of a map widget, without any drawing: which
 * projected point is at the centre of the widget and how many pixels a
 * kilometre takes. Widget coordinates are pixels from the top left, y
 * down; map coordinates are projected km, y up (north).
 *
 * Once fitted to the country, the scale stays between the fit (zoom
 * level 1) and REX_VIEWPORT_MAX_ZOOM times it, and the centre stays
 * over the country, so that it cannot be lost off-screen. Every change
 * notifies the properties concerned, then emits ::changed once. */
G_DECLARE_FINAL_TYPE (RexViewport, rex_viewport, REX, VIEWPORT, GObject)

RexViewport *rex_viewport_new              (void);

double       rex_viewport_get_width        (RexViewport   *self);
double       rex_viewport_get_height       (RexViewport   *self);
/* Keeps the centre and the zoom level: the scale follows the fit. */
void         rex_viewport_set_size         (RexViewport   *self,
                                            double         width,
                                            double         height);

/* Pixels per kilometre. */
double       rex_viewport_get_scale        (RexViewport   *self);
void         rex_viewport_set_scale        (RexViewport   *self,
                                            double         scale);
double       rex_viewport_get_min_scale    (RexViewport   *self);
double       rex_viewport_get_max_scale    (RexViewport   *self);
/* The scale relative to the fit: 1 shows the whole country. 1 before
 * any fit. */
double       rex_viewport_get_zoom_level   (RexViewport   *self);

double       rex_viewport_get_centre_x     (RexViewport   *self);
double       rex_viewport_get_centre_y     (RexViewport   *self);
void         rex_viewport_centre_on        (RexViewport   *self,
                                            double         x,
                                            double         y);

/* Shows all of @bounds (projected km) with @padding_px pixels to spare
 * on each side, and makes that zoom level 1. */
void         rex_viewport_fit              (RexViewport   *self,
                                            const RexRect *bounds,
                                            double         padding_px);

void         rex_viewport_to_widget        (RexViewport   *self,
                                            double         x,
                                            double         y,
                                            double        *widget_x,
                                            double        *widget_y);
void         rex_viewport_to_map           (RexViewport   *self,
                                            double         widget_x,
                                            double         widget_y,
                                            double        *x,
                                            double        *y);
/* The part of the map in view, in projected km, for culling. */
void         rex_viewport_get_visible_area (RexViewport   *self,
                                            RexRect       *out);

/* Multiplies the scale by @factor, keeping the map point under the
 * widget point (@widget_x, @widget_y) where it is (unless the centre
 * would leave the country). */
void         rex_viewport_zoom_at          (RexViewport   *self,
                                            double         factor,
                                            double         widget_x,
                                            double         widget_y);
/* Moves the map content by (@dx, @dy) pixels, as a drag does. */
void         rex_viewport_pan              (RexViewport   *self,
                                            double         dx,
                                            double         dy);

G_END_DECLS
