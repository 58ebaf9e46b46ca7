/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "rex-catalogue.h"
#include "rex-enums.h"
#include "rex-projection.h"

G_BEGIN_DECLS

#define REX_OUTLINES_BUNDLED_PATH "/io/github/reformexplorer/ReformExplorer/data/outlines.json"

#define REX_TYPE_OUTLINES (rex_outlines_get_type ())

/* A closed ring of RexShape.points. The closing point is not repeated:
 * draw points[offset] … points[offset + length - 1] and close the path. */
typedef struct
{
  guint    offset;
  guint    length;
  /* FALSE for the outer ring of a polygon, TRUE for its holes. */
  gboolean hole;
} RexRing;

/* One connected part of a shape: rings[first_ring] is its outer ring,
 * the n_rings - 1 after it are its holes. */
typedef struct
{
  guint first_ring;
  guint n_rings;
} RexPolygon;

/* The outline of one region in one division, or of one district. It
 * belongs to the RexOutlines it came from, and never changes.
 *
 * Outer rings turn counter-clockwise and holes clockwise in projected
 * coordinates (y north), so both the even-odd and the winding fill rule
 * draw holes as holes; after a y flip the turns reverse, which neither
 * rule minds. */
typedef struct
{
  /* A region's ISO 3166-2 code ("KZ-10"), or a district's P-code
   * ("KZ101010"). */
  const char       *id;
  /* REX_DIVISION_2018 or REX_DIVISION_2022; districts are 2022. */
  RexDivision       division;

  const RexPoint   *points;
  guint             n_points;
  const RexRing    *rings;
  guint             n_rings;
  const RexPolygon *polygons;
  guint             n_polygons;

  RexRect           bbox;
  /* In km², holes subtracted, measured on the projected plane (the
   * projection is not equal-area; good for comparisons). */
  double            area;
  /* Where a label has most room: the centre of the largest circle that
   * fits inside the largest polygon (found when the data was made, and
   * checked to be inside on load). */
  RexPoint          label;

  /* Districts only; NULL for regions. Names as in the source (English,
   * Kazakh, Russian), and the region the district belonged to before
   * 8 June 2022 (from) and since (to). */
  const char       *name_en;
  const char       *name_kk;
  const char       *name_ru;
  const char       *from_region;
  const char       *to_region;
} RexShape;

/* A district's name in the display language (see rex_display_name()),
 * or the region id of a region's shape. */
const char *rex_shape_get_name (const RexShape *shape);

/* Region and district outlines, projected once on load. Immutable, so
 * it may be shared between threads. */
G_DECLARE_FINAL_TYPE (RexOutlines, rex_outlines, REX, OUTLINES, GObject)

/* Errors are in the REX_DATASET_ERROR domain, with the file name and the
 * JSON path of the first problem, like the catalogue's. */
RexOutlines    *rex_outlines_new_from_bytes    (GBytes        *bytes,
                                                const char    *display_name,
                                                GError       **error);
RexOutlines    *rex_outlines_new_from_resource (const char    *path,
                                                GError       **error);
/* The outlines compiled into the library. */
RexOutlines    *rex_outlines_new_bundled       (GError       **error);
/* Validate without keeping anything; like rex_catalogue_check(). */
gboolean        rex_outlines_check             (GBytes        *bytes,
                                                const char    *display_name,
                                                GPtrArray    **problems);

const char     *rex_outlines_get_display_name  (RexOutlines   *self);
/* The file's attribution member, or NULL. */
const char     *rex_outlines_get_attribution   (RexOutlines   *self);

/* @division is exactly one of REX_DIVISION_2018 and REX_DIVISION_2022.
 * Shapes are in id order. */
guint           rex_outlines_get_n_shapes      (RexOutlines   *self,
                                                RexDivision    division);
const RexShape *rex_outlines_get_nth_shape     (RexOutlines   *self,
                                                RexDivision    division,
                                                guint          i);
/* By the outline's own id; NULL when absent. */
const RexShape *rex_outlines_get_shape         (RexOutlines   *self,
                                                RexDivision    division,
                                                const char    *region_id);

/* The districts that changed region on 8 June 2022, in id order. */
guint           rex_outlines_get_n_districts   (RexOutlines   *self);
const RexShape *rex_outlines_get_district      (RexOutlines   *self,
                                                guint          i);

/* The bbox of every region of both divisions, in projected km. */
void            rex_outlines_get_bounds        (RexOutlines   *self,
                                                RexRect       *out);

/* The id of the region of @division at the projected point, or NULL.
 * Cheap enough to call on every pointer motion. */
const char     *rex_outlines_hit_test          (RexOutlines   *self,
                                                RexDivision    division,
                                                double         x,
                                                double         y);
/* The index of the district at the projected point, or -1. */
int             rex_outlines_hit_test_district (RexOutlines   *self,
                                                double         x,
                                                double         y);

/* The outline of @region in @division, trying its id and then its
 * aliases; NULL when it has none. */
const RexShape *rex_outlines_lookup_region     (RexOutlines   *self,
                                                RexDivision    division,
                                                RexRegion     *region);
/* Checks outlines and catalogue against each other: every region of
 * the catalogue has an outline in each division it belongs to, every
 * outline belongs to a region of the catalogue in that division (by id
 * or alias), and districts name known regions. Returns TRUE when all
 * agree; otherwise @problems (if not NULL) receives a GError in the
 * REX_DATASET_ERROR domain for each disagreement. */
gboolean        rex_outlines_check_catalogue   (RexOutlines   *self,
                                                RexCatalogue  *catalogue,
                                                GPtrArray    **problems);
/* The RexRegions of @catalogue in @division that have no outline, in
 * catalogue order; an empty array when all are drawn. */
GPtrArray      *rex_outlines_dup_missing       (RexOutlines   *self,
                                                RexCatalogue  *catalogue,
                                                RexDivision    division);

G_END_DECLS
