/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The map projection: Lambert conformal conic on the WGS 84 ellipsoid,
 * standard parallels 45°N and 51°N, central meridian 67°E, origin at
 * 48°N. Conformal, so shapes look right across the whole country; not
 * equal-area (areas are within about 1.5 % across Kazakhstan).
 *
 * Projected coordinates are kilometres from the origin, x east and y
 * NORTH: a widget flips y to draw. */

/* A point in projected kilometres: y points north. */
typedef struct
{
  double x;
  double y;
} RexPoint;

/* An axis-aligned rectangle in projected kilometres; (x, y) is the
 * south-west corner, since y points north. */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} RexRect;

#define REX_PROJECTION_CENTRAL_MERIDIAN 67.0
#define REX_PROJECTION_ORIGIN_LATITUDE  48.0

/* Longitude and latitude in degrees. */
void     rex_projection_forward (double  lon,
                                 double  lat,
                                 double *x,
                                 double *y);
/* Returns FALSE when (x, y) is not the image of any point (beyond the
 * cone's cut or a pole), leaving @lon and @lat unset. */
gboolean rex_projection_inverse (double  x,
                                 double  y,
                                 double *lon,
                                 double *lat);

G_END_DECLS
