/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <rex-core.h>

/* The bundled outlines against the bundled dataset, what is known about
 * the map (centres, areas), and malformed outline files. */

static RexOutlines *outlines;
static RexCatalogue *catalogue;

static const RexDivision divisions[] = { REX_DIVISION_2018, REX_DIVISION_2022 };

static const char *
hit (RexDivision division,
     double      lon,
     double      lat)
{
  double x, y;

  rex_projection_forward (lon, lat, &x, &y);
  return rex_outlines_hit_test (outlines, division, x, y);
}

static void
test_counts (void)
{
  g_assert_cmpuint (rex_outlines_get_n_shapes (outlines, REX_DIVISION_2022), ==, 20);
  g_assert_cmpuint (rex_outlines_get_n_shapes (outlines, REX_DIVISION_2018), ==, 17);
  g_assert_nonnull (rex_outlines_get_shape (outlines, REX_DIVISION_2022, "KZ-10"));
  g_assert_null (rex_outlines_get_shape (outlines, REX_DIVISION_2018, "KZ-10"));
  g_assert_null (rex_outlines_get_shape (outlines, REX_DIVISION_2022, "KZ-VOS"));
  g_assert_null (rex_outlines_get_shape (outlines, REX_DIVISION_2022, NULL));
  g_assert_cmpstr (rex_outlines_get_display_name (outlines), ==, "outlines.json");
  g_assert_true (g_str_has_prefix (rex_outlines_get_attribution (outlines), "Boundaries: geokz"));

  for (guint d = 0; d < G_N_ELEMENTS (divisions); d++)
    for (guint i = 0; i < rex_outlines_get_n_shapes (outlines, divisions[d]); i++)
      {
        const RexShape *shape = rex_outlines_get_nth_shape (outlines, divisions[d], i);

        g_assert_true (shape == rex_outlines_get_shape (outlines, divisions[d], shape->id));
        g_assert_true (shape->division == divisions[d]);
        g_assert_null (shape->name_en);
        g_assert_cmpstr (rex_shape_get_name (shape), ==, shape->id);
        if (i > 0)
          g_assert_cmpstr (rex_outlines_get_nth_shape (outlines, divisions[d], i - 1)->id, <, shape->id);
      }
}

static void
test_catalogue (void)
{
  g_autoptr(GPtrArray) problems = NULL;

  if (!rex_outlines_check_catalogue (outlines, catalogue, &problems))
    for (guint i = 0; i < problems->len; i++)
      g_test_message ("%s", ((GError *) problems->pdata[i])->message);
  g_assert_cmpuint (problems->len, ==, 0);

  for (guint d = 0; d < G_N_ELEMENTS (divisions); d++)
    {
      g_autoptr(GPtrArray) missing = rex_outlines_dup_missing (outlines, catalogue, divisions[d]);

      g_assert_cmpuint (missing->len, ==, 0);
    }
}

static void
test_districts (void)
{
  guint n = rex_outlines_get_n_districts (outlines);
  guint per_region[3] = { 0, };

  g_assert_cmpuint (n, ==, 27);
  for (guint i = 0; i < n; i++)
    {
      const RexShape *district = rex_outlines_get_district (outlines, i);
      const char *to = district->to_region;

      g_assert_nonnull (district->name_en);
      g_assert_nonnull (district->name_kk);
      g_assert_nonnull (district->name_ru);
      g_assert_cmpuint (district->area, >, 10);

      /* The source mixes Latin look-alikes into a few Cyrillic names. */
      for (const char *p = district->name_ru; *p; p++)
        g_assert_false (g_ascii_isalpha (*p));
      for (const char *p = district->name_kk; *p; p++)
        g_assert_false (g_ascii_isalpha (*p));

      if (g_str_equal (to, "KZ-10"))
        {
          g_assert_cmpstr (district->from_region, ==, "KZ-63");
          per_region[0]++;
        }
      else if (g_str_equal (to, "KZ-33"))
        {
          g_assert_cmpstr (district->from_region, ==, "KZ-19");
          per_region[1]++;
        }
      else
        {
          g_assert_cmpstr (to, ==, "KZ-62");
          g_assert_cmpstr (district->from_region, ==, "KZ-35");
          per_region[2]++;
        }

      /* A district lies inside its new region, and inside its old one
       * in the 2018 division. */
      g_assert_cmpstr (rex_outlines_hit_test (outlines, REX_DIVISION_2022, district->label.x,
                                              district->label.y), ==, to);
      g_assert_cmpstr (rex_outlines_hit_test (outlines, REX_DIVISION_2018, district->label.x,
                                              district->label.y), ==, district->from_region);
      g_assert_cmpint (rex_outlines_hit_test_district (outlines, district->label.x, district->label.y), ==, i);
    }

  g_assert_cmpuint (per_region[0], ==, 12);
  g_assert_cmpuint (per_region[1], ==, 10);
  g_assert_cmpuint (per_region[2], ==, 5);

  /* Names fixed by tools/make-outlines (quirk 5 of the source). */
  for (guint i = 0; i < n; i++)
    {
      const RexShape *district = rex_outlines_get_district (outlines, i);

      if (g_str_equal (district->id, "KZ101010"))
        g_assert_cmpstr (district->name_en, ==, "Zhanasemey");
      if (g_str_equal (district->id, "KZ331000"))
        {
          g_assert_cmpstr (district->name_kk, ==, "Талдықорған");
          g_assert_cmpstr (district->name_ru, ==, "Талдыкорган");
        }
    }
}

/* Each administrative centre falls inside its own region in the
 * division where it was the centre. */
static void
test_centres (void)
{
  static const RexDate last_2018 = { 2022, 6, 7, REX_DATE_PRECISION_DAY };
  static const RexDate first_2018 = { 2018, 6, 19, REX_DATE_PRECISION_DAY };
  static const struct {
    const char *region;
    const char *in_2022;
    const char *in_2018;
  } moved[] = {
    { "KZ-10", "KZ-10", "KZ-63" },   /* Semey */
    { "KZ-62", "KZ-62", "KZ-35" },   /* Zhezkazgan */
    { "KZ-33", "KZ-33", "KZ-19" },   /* Taldykorgan */
    { "KZ-19", "KZ-19", "KZ-19" },   /* Konaev */
  };
  /* Cities have no centre in the dataset; their centres from the
   * geokz admin centres (cnt1_2022). */
  static const struct {
    const char *id;
    double      lat, lon;
  } cities[] = {
    { "KZ-71", 51.1658, 71.4576 },   /* Astana */
    { "KZ-75", 43.1771, 76.9745 },   /* Almaty */
    { "KZ-79", 42.3353, 69.6028 },   /* Shymkent */
  };
  GListModel *regions = rex_catalogue_get_regions (catalogue);
  guint checked = 0;

  for (guint i = 0; i < G_N_ELEMENTS (moved); i++)
    {
      RexCentre *centre = rex_region_get_centre (rex_catalogue_lookup_region (catalogue, moved[i].region));
      double lon = rex_centre_get_longitude (centre), lat = rex_centre_get_latitude (centre);

      g_assert_cmpstr (hit (REX_DIVISION_2022, lon, lat), ==, moved[i].in_2022);
      g_assert_cmpstr (hit (REX_DIVISION_2018, lon, lat), ==, moved[i].in_2018);
    }

  for (guint i = 0; i < G_N_ELEMENTS (cities); i++)
    for (guint d = 0; d < G_N_ELEMENTS (divisions); d++)
      g_assert_cmpstr (hit (divisions[d], cities[i].lon, cities[i].lat), ==, cities[i].id);

  for (guint i = 0, n = g_list_model_get_n_items (regions); i < n; i++)
    {
      g_autoptr(RexRegion) region = g_list_model_get_item (regions, i);
      RexCentre *centre = rex_region_get_centre (region);
      GListModel *former = rex_region_get_former_centres (region);
      gboolean moved_in_2022 = FALSE;

      for (guint j = 0, m = g_list_model_get_n_items (former); j < m; j++)
        {
          g_autoptr(RexCentre) old = g_list_model_get_item (former, j);
          const RexDate *until = rex_centre_get_until (old);

          /* A centre until 8 June 2022 was the centre in the 2018 map;
           * one replaced before 19 June 2018 predates it. */
          if (rex_date_compare (until, &last_2018) > 0 && rex_date_compare (until, &first_2018) > 0)
            {
              moved_in_2022 = TRUE;
              g_assert_cmpstr (hit (REX_DIVISION_2018, rex_centre_get_longitude (old),
                                    rex_centre_get_latitude (old)), ==, rex_region_get_id (region));
              checked++;
            }
        }

      if (centre == NULL)
        continue;

      g_assert_true (rex_region_in_division (region, REX_DIVISION_2022));
      g_assert_cmpstr (hit (REX_DIVISION_2022, rex_centre_get_longitude (centre),
                            rex_centre_get_latitude (centre)), ==, rex_region_get_id (region));
      checked++;

      if (rex_region_in_division (region, REX_DIVISION_2018) && !moved_in_2022)
        {
          g_assert_cmpstr (hit (REX_DIVISION_2018, rex_centre_get_longitude (centre),
                                rex_centre_get_latitude (centre)), ==, rex_region_get_id (region));
          checked++;
        }
    }

  /* 17 current centres, 13 of them centres in 2018 too, and Taldykorgan. */
  g_assert_cmpuint (checked, ==, 17 + 13 + 1);
}

static double
area_of (RexDivision  division,
         const char  *id)
{
  const RexShape *shape = rex_outlines_get_shape (outlines, division, id);

  g_assert_nonnull (shape);
  return shape->area;
}

static void
test_areas (void)
{
  static const struct {
    const char *old_region;
    const char *new_region;
  } splits[] = {
    { "KZ-63", "KZ-10" },
    { "KZ-19", "KZ-33" },
    { "KZ-35", "KZ-62" },
  };
  /* Not touched in 2022 (Astana grew into Akmola, and Zhambyl and
   * Turkestan differ by a few km² between the source files). */
  static const char * const unchanged[] = {
    "KZ-15", "KZ-23", "KZ-27", "KZ-39", "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-75", "KZ-79",
  };
  double sums[2] = { 0, 0 };

  for (guint i = 0; i < G_N_ELEMENTS (splits); i++)
    {
      double before = area_of (REX_DIVISION_2018, splits[i].old_region);
      double after = area_of (REX_DIVISION_2022, splits[i].old_region) +
                     area_of (REX_DIVISION_2022, splits[i].new_region);

      g_test_message ("%s: %.0f km² = %.0f km² + %.0f km²", splits[i].old_region, before,
                      area_of (REX_DIVISION_2022, splits[i].old_region),
                      area_of (REX_DIVISION_2022, splits[i].new_region));
      g_assert_cmpfloat (fabs (after - before) / before, <, 0.005);
    }

  for (guint i = 0; i < G_N_ELEMENTS (unchanged); i++)
    g_assert_cmpfloat_with_epsilon (area_of (REX_DIVISION_2018, unchanged[i]),
                                    area_of (REX_DIVISION_2022, unchanged[i]), 1e-6);

  for (guint d = 0; d < G_N_ELEMENTS (divisions); d++)
    for (guint i = 0; i < rex_outlines_get_n_shapes (outlines, divisions[d]); i++)
      sums[d] += rex_outlines_get_nth_shape (outlines, divisions[d], i)->area;

  /* Kazakhstan is about 2.72 million km². */
  g_assert_cmpfloat (fabs (sums[0] - sums[1]) / sums[0], <, 0.001);
  g_assert_cmpfloat (sums[1], >, 2.65e6);
  g_assert_cmpfloat (sums[1], <, 2.80e6);

  /* Close to the dataset's own figures for the new regions. */
  g_assert_cmpfloat (fabs (area_of (REX_DIVISION_2022, "KZ-10") - 185476) / 185476, <, 0.02);
  g_assert_cmpfloat (fabs (area_of (REX_DIVISION_2022, "KZ-62") - 188936.6) / 188936.6, <, 0.02);
}

static void
test_structure (void)
{
  RexRect bounds;

  rex_outlines_get_bounds (outlines, &bounds);
  g_assert_cmpfloat (bounds.width, >, 2500);
  g_assert_cmpfloat (bounds.width, <, 3500);
  g_assert_cmpfloat (bounds.height, >, 1500);
  g_assert_cmpfloat (bounds.height, <, 2000);

  for (guint d = 0; d < 3; d++)
    {
      guint n = d < 2 ? rex_outlines_get_n_shapes (outlines, divisions[d])
                      : rex_outlines_get_n_districts (outlines);

      for (guint i = 0; i < n; i++)
        {
          const RexShape *shape = d < 2 ? rex_outlines_get_nth_shape (outlines, divisions[d], i)
                                        : rex_outlines_get_district (outlines, i);
          guint ring = 0, points = 0;
          double area = 0;

          g_assert_cmpuint (shape->n_polygons, >=, 1);
          for (guint p = 0; p < shape->n_polygons; p++)
            {
              const RexPolygon *polygon = &shape->polygons[p];

              /* Polygons are consecutive runs of rings, outer first. */
              g_assert_cmpuint (polygon->first_ring, ==, ring);
              for (guint r = 0; r < polygon->n_rings; r++, ring++)
                {
                  const RexRing *rr = &shape->rings[ring];
                  const RexPoint *pt = shape->points + rr->offset;
                  double a = 0;

                  g_assert_cmpint (rr->hole, ==, r > 0);
                  g_assert_cmpuint (rr->offset, ==, points);
                  g_assert_cmpuint (rr->length, >=, 3);
                  points += rr->length;
                  /* Stored open: the last point is not the first again. */
                  g_assert_false (pt[0].x == pt[rr->length - 1].x && pt[0].y == pt[rr->length - 1].y);

                  for (guint k = 0, j = rr->length - 1; k < rr->length; j = k++)
                    {
                      a += (pt[j].x - pt[k].x) * (pt[j].y + pt[k].y) / 2;
                      g_assert_cmpfloat (pt[k].x, >=, shape->bbox.x);
                      g_assert_cmpfloat (pt[k].y, >=, shape->bbox.y);
                      g_assert_cmpfloat (pt[k].x, <=, shape->bbox.x + shape->bbox.width + 1e-9);
                      g_assert_cmpfloat (pt[k].y, <=, shape->bbox.y + shape->bbox.height + 1e-9);
                    }
                  /* Outer rings counter-clockwise, holes clockwise. */
                  g_assert_cmpfloat (a, !=, 0);
                  g_assert_cmpint (a > 0, ==, !rr->hole);
                  area += a;
                }
            }
          g_assert_cmpuint (ring, ==, shape->n_rings);
          g_assert_cmpuint (points, ==, shape->n_points);
          g_assert_cmpfloat_with_epsilon (area, shape->area, 1e-6 * shape->area);

          if (d < 2)
            {
              g_assert_cmpfloat (shape->bbox.x, >=, bounds.x);
              g_assert_cmpfloat (shape->bbox.x + shape->bbox.width, <=, bounds.x + bounds.width + 1e-9);
              /* The label is inside, and the hit test finds the shape. */
              g_assert_cmpstr (rex_outlines_hit_test (outlines, divisions[d], shape->label.x,
                                                      shape->label.y), ==, shape->id);
            }
        }
    }
}

static void
test_hit_test (void)
{
  double x, y;

  g_assert_cmpstr (hit (REX_DIVISION_2022, 76.9, 43.25), ==, "KZ-75");
  g_assert_cmpstr (hit (REX_DIVISION_2022, 51.9245, 47.1053), ==, "KZ-23");   /* Atyrau */
  g_assert_cmpstr (hit (REX_DIVISION_2022, 57.2125, 50.2796), ==, "KZ-15");   /* Aktobe */
  g_assert_cmpstr (hit (REX_DIVISION_2022, 82.6119, 49.9565), ==, "KZ-63");   /* Oskemen */
  g_assert_cmpstr (hit (REX_DIVISION_2022, 74.5, 46.5), ==, "KZ-35");         /* Balkhash lake shore */
  g_assert_cmpstr (hit (REX_DIVISION_2018, 67.7060, 47.8009), ==, "KZ-35");
  /* In the Caspian, in Uzbekistan, and far away. */
  g_assert_null (hit (REX_DIVISION_2022, 50, 42));
  g_assert_null (hit (REX_DIVISION_2018, 50, 42));
  g_assert_null (hit (REX_DIVISION_2022, 58, 44));
  g_assert_null (hit (REX_DIVISION_2022, 100, 10));
  g_assert_null (hit (REX_DIVISION_2022, 67, 48 + 30));

  /* Semey city is a district of its own. */
  rex_projection_forward (80.2323, 50.4172, &x, &y);
  g_assert_cmpint (rex_outlines_hit_test_district (outlines, x, y), >=, 0);
  g_assert_cmpstr (rex_outlines_get_district (outlines, rex_outlines_hit_test_district (outlines, x, y))->id,
                   ==, "KZ101000");
  rex_projection_forward (71.4576, 51.1658, &x, &y);
  g_assert_cmpint (rex_outlines_hit_test_district (outlines, x, y), ==, -1);
}

/* The scanner that reads the arcs of a well-formed file, and json-glib
 * that reads any other, give the same outlines. */
static void
test_slow_path (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (REX_OUTLINES_BUNDLED_PATH, 0, NULL);
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GBytes) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RexOutlines) slow = NULL;
  const char *arcs = g_strrstr (text->str, "\"arcs\":[");
  gsize at;

  /* A fraction in the first position makes the scanner give up. */
  g_assert_nonnull (arcs);
  at = (gsize) (strchr (arcs + strlen ("\"arcs\":[[["), ',') - text->str);
  g_string_insert (text, (gssize) at, ".0");
  changed = g_bytes_new (text->str, text->len);

  slow = rex_outlines_new_from_bytes (changed, "slow.json", &error);
  g_assert_no_error (error);

  for (guint d = 0; d < G_N_ELEMENTS (divisions); d++)
    {
      g_assert_cmpuint (rex_outlines_get_n_shapes (slow, divisions[d]), ==,
                        rex_outlines_get_n_shapes (outlines, divisions[d]));
      for (guint i = 0; i < rex_outlines_get_n_shapes (slow, divisions[d]); i++)
        {
          const RexShape *a = rex_outlines_get_nth_shape (outlines, divisions[d], i);
          const RexShape *b = rex_outlines_get_nth_shape (slow, divisions[d], i);

          g_assert_cmpstr (a->id, ==, b->id);
          g_assert_cmpuint (a->n_points, ==, b->n_points);
          g_assert_cmpmem (a->points, a->n_points * sizeof (RexPoint), b->points, b->n_points * sizeof (RexPoint));
          g_assert_cmpfloat (a->area, ==, b->area);
        }
    }
}

/* A small valid file for the cases below to break: a one-degree square,
 * KZ-10 in 2022 and KZ-63 in 2018. */
#define SQUARE_ARC "[[0,0],[1000,0],[0,1000],[-1000,0],[0,-1000]]"
#define GEOMETRY(id, arcs, label) \
  "{\"type\":\"Polygon\",\"id\":\"" id "\",\"arcs\":" arcs ",\"properties\":{\"label\":" label "}}"
#define TOPOLOGY(translate, geometries_2022, arcs) \
  "{\"type\":\"Topology\",\"transform\":{\"scale\":[0.001,0.001],\"translate\":" translate "},\n" \
  "\"objects\":{\"regions-2022\":{\"type\":\"GeometryCollection\",\"geometries\":[" geometries_2022 "]},\n" \
  "\"regions-2018\":{\"type\":\"GeometryCollection\",\"geometries\":[" \
  GEOMETRY ("KZ-63", "[[0]]", "[60.5,45.5]") "]}},\n" \
  "\"arcs\":[" arcs "]}\n"
#define SIMPLE(geometries_2022) TOPOLOGY ("[60,45]", geometries_2022, SQUARE_ARC)

static const char valid[] = SIMPLE (GEOMETRY ("KZ-10", "[[0]]", "[60.5,45.5]"));

typedef struct {
  const char      *name;
  const char      *json;
  RexDatasetError  code;
  const char      *expected;
} Case;

static const Case cases[] = {
  { "not-json", "{\"type\": \"Topology\",", REX_DATASET_ERROR_PARSE, ":" },
  { "empty", "", REX_DATASET_ERROR_EMPTY, "the file is empty" },
  { "root-array", "[1, 2]", REX_DATASET_ERROR_WRONG_TYPE, "expected an object, found an array" },
  { "not-topology", "{\"type\":\"FeatureCollection\",\"features\":[]}",
    REX_DATASET_ERROR_UNSUPPORTED_FORMAT, "type: “FeatureCollection” is not supported" },
  { "bad-transform",
    "{\"type\":\"Topology\",\"transform\":{\"scale\":[0,0.001],\"translate\":[60,45]},\"objects\":{},\"arcs\":[]}",
    REX_DATASET_ERROR_INVALID_VALUE, "transform.scale: scale must be two positive numbers" },
  { "transform-type",
    "{\"type\":\"Topology\",\"transform\":{\"scale\":\"big\",\"translate\":[60,45]},\"objects\":{},\"arcs\":[]}",
    REX_DATASET_ERROR_WRONG_TYPE, "transform.scale: expected an array of two numbers, found a string" },
  { "arc-index", SIMPLE (GEOMETRY ("KZ-10", "[[0,5]]", "[60.5,45.5]")),
    REX_DATASET_ERROR_INVALID_VALUE,
    "objects.regions-2022.geometries[0].arcs[0][1]: arc index 5 is out of range (the file has 1 arcs)" },
  { "arc-index-negative", SIMPLE (GEOMETRY ("KZ-10", "[[-3]]", "[60.5,45.5]")),
    REX_DATASET_ERROR_INVALID_VALUE, "objects.regions-2022.geometries[0].arcs[0][0]: arc index -3 is out of range" },
  { "arc-index-type", SIMPLE (GEOMETRY ("KZ-10", "[[\"0\"]]", "[60.5,45.5]")),
    REX_DATASET_ERROR_WRONG_TYPE, "objects.regions-2022.geometries[0].arcs[0][0]: expected an arc index, found a string" },
  { "multipolygon-index",
    SIMPLE ("{\"type\":\"MultiPolygon\",\"id\":\"KZ-10\",\"arcs\":[[[0]],[[0],[7]]],\"properties\":{\"label\":[60.5,45.5]}}"),
    REX_DATASET_ERROR_INVALID_VALUE, "objects.regions-2022.geometries[0].arcs[1][1][0]: arc index 7 is out of range" },
  { "unclosed", TOPOLOGY ("[60,45]", GEOMETRY ("KZ-10", "[[0]]", "[60.5,45.5]"),
                          "[[0,0],[1000,0],[0,1000],[-1000,0]]"),
    REX_DATASET_ERROR_INVALID_VALUE, "objects.regions-2022.geometries[0].arcs[0]: the ring is not closed" },
  { "short-ring", TOPOLOGY ("[60,45]", GEOMETRY ("KZ-10", "[[0]]", "[60.5,45.5]"),
                            "[[0,0],[1000,0],[-1000,0]]"),
    REX_DATASET_ERROR_INVALID_VALUE,
    "objects.regions-2022.geometries[0].arcs[0]: a ring needs at least 4 positions, found 3" },
  { "arcs-apart", TOPOLOGY ("[60,45]", GEOMETRY ("KZ-10", "[[0,1]]", "[60.5,45.5]"),
                            "[[0,0],[1000,0],[0,1000]],[[0,0],[-1000,0],[0,-1000]]"),
    REX_DATASET_ERROR_INVALID_VALUE,
    "objects.regions-2022.geometries[0].arcs[0][1]: arc 1 does not start where the one before it ends" },
  { "short-arc", TOPOLOGY ("[60,45]", GEOMETRY ("KZ-10", "[[0]]", "[60.5,45.5]"), "[[0,0]]"),
    REX_DATASET_ERROR_INVALID_VALUE, "arcs[0]: an arc needs at least 2 positions, found 1" },
  { "latitude", TOPOLOGY ("[60,95]", GEOMETRY ("KZ-10", "[[0]]", "[60.5,45.5]"), SQUARE_ARC),
    REX_DATASET_ERROR_INVALID_VALUE, "arcs[0][0]: latitude 95 is out of range (-90 to 90)" },
  { "longitude", TOPOLOGY ("[179.5,45]", GEOMETRY ("KZ-10", "[[0]]", "[60.5,45.5]"), SQUARE_ARC),
    REX_DATASET_ERROR_INVALID_VALUE, "arcs[0][1]: longitude 180.5 is out of range (-180 to 180)" },
  { "not-a-number", TOPOLOGY ("[60,45]", GEOMETRY ("KZ-10", "[[0]]", "[60.5,45.5]"),
                              "[[0,0],[1000,0],[0,1000],[-1000,null],[0,-1000]]"),
    REX_DATASET_ERROR_WRONG_TYPE, "arcs[0][3]: expected an array of two numbers" },
  { "duplicate-id", SIMPLE (GEOMETRY ("KZ-10", "[[0]]", "[60.5,45.5]") ","
                            GEOMETRY ("KZ-10", "[[0]]", "[60.5,45.5]")),
    REX_DATASET_ERROR_DUPLICATE_ID,
    "objects.regions-2022.geometries[1].id: duplicate id “KZ-10” (first used at objects.regions-2022.geometries[0])" },
  { "bad-id", SIMPLE (GEOMETRY ("Abai", "[[0]]", "[60.5,45.5]")),
    REX_DATASET_ERROR_INVALID_VALUE, "objects.regions-2022.geometries[0].id: “Abai” is not an ISO 3166-2 code" },
  { "label-outside", SIMPLE (GEOMETRY ("KZ-10", "[[0]]", "[62,45.5]")),
    REX_DATASET_ERROR_INVALID_VALUE,
    "objects.regions-2022.geometries[0].properties.label: the label point of “KZ-10” is outside its outline" },
  { "point", SIMPLE ("{\"type\":\"Point\",\"id\":\"KZ-10\",\"arcs\":[],\"properties\":{\"label\":[60.5,45.5]}}"),
    REX_DATASET_ERROR_INVALID_VALUE, "objects.regions-2022.geometries[0].type: “Point” is not an area" },
  { "unknown-member", SIMPLE ("{\"type\":\"Polygon\",\"id\":\"KZ-10\",\"arcs\":[[0]],\"colour\":1,"
                              "\"properties\":{\"label\":[60.5,45.5]}}"),
    REX_DATASET_ERROR_UNKNOWN_MEMBER, "objects.regions-2022.geometries[0].colour: unknown member" },
  { "missing-label", SIMPLE ("{\"type\":\"Polygon\",\"id\":\"KZ-10\",\"arcs\":[[0]],\"properties\":{}}"),
    REX_DATASET_ERROR_MISSING_MEMBER, "objects.regions-2022.geometries[0].properties.label" },
  { "missing-layer",
    "{\"type\":\"Topology\",\"objects\":{\"regions-2022\":{\"type\":\"GeometryCollection\",\"geometries\":[]}},\"arcs\":[]}",
    REX_DATASET_ERROR_MISSING_MEMBER, "objects.regions-2018: missing member" },
  { "district-from",
    "{\"type\":\"Topology\",\"transform\":{\"scale\":[0.001,0.001],\"translate\":[60,45]},\"objects\":{"
    "\"regions-2022\":{\"type\":\"GeometryCollection\",\"geometries\":[]},"
    "\"regions-2018\":{\"type\":\"GeometryCollection\",\"geometries\":[]},"
    "\"districts\":{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Polygon\",\"id\":\"KZ101010\","
    "\"arcs\":[[0]],\"properties\":{\"label\":[60.5,45.5],\"name_en\":\"A\",\"name_kk\":\"А\",\"name_ru\":\"А\","
    "\"from\":\"East\",\"to\":\"KZ-10\"}}]}},\"arcs\":[" SQUARE_ARC "]}",
    REX_DATASET_ERROR_INVALID_VALUE, "objects.districts.geometries[0].properties.from: “East” is not an ISO 3166-2 code" },
};

static void
test_valid (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (valid, strlen (valid));
  g_autoptr(GError) error = NULL;
  g_autoptr(RexOutlines) small = rex_outlines_new_from_bytes (bytes, "square.json", &error);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  const RexShape *shape;
  double x0, y0, x1, y1;

  g_assert_no_error (error);
  shape = rex_outlines_get_shape (small, REX_DIVISION_2022, "KZ-10");
  g_assert_nonnull (shape);
  g_assert_cmpuint (shape->n_points, ==, 4);
  g_assert_cmpuint (shape->n_rings, ==, 1);
  /* Parallels are arcs around the pole: the south-east corner, nearer
   * the central meridian, is the lowest. */
  rex_projection_forward (61, 45, &x0, &y0);
  rex_projection_forward (60, 45, &x1, &y1);
  g_assert_cmpfloat (y0, <, y1);
  /* A degree by a degree at 45°N: about 79 km by 111 km. */
  g_assert_cmpfloat (shape->area, >, 0.98 * 78.8 * 111.1);
  g_assert_cmpfloat (shape->area, <, 1.02 * 78.8 * 111.1);
  g_assert_cmpfloat (shape->bbox.y, ==, y0);

  /* Against the bundled catalogue: everything else is missing. */
  g_assert_false (rex_outlines_check_catalogue (small, catalogue, &problems));
  g_assert_cmpuint (problems->len, ==, 19 + 16);
  g_assert_error ((GError *) problems->pdata[0], REX_DATASET_ERROR, REX_DATASET_ERROR_MISSING_MEMBER);
  g_assert_cmpstr (((GError *) problems->pdata[0])->message, ==,
                   "reforms.json: regions[1]: “KZ-11” has no outline in the 2018 division in square.json");
  missing = rex_outlines_dup_missing (small, catalogue, REX_DIVISION_2022);
  g_assert_cmpuint (missing->len, ==, 19);
  g_assert_false (g_ptr_array_find (missing, rex_catalogue_lookup_region (catalogue, "KZ-10"), NULL));
  g_clear_pointer (&missing, g_ptr_array_unref);
  missing = rex_outlines_dup_missing (small, catalogue, REX_DIVISION_2018);
  g_assert_cmpuint (missing->len, ==, 16);
}

/* The arcs scanner finds the top-level "arcs" wherever it is, and is not
 * misled by strings; a file it cannot read goes to json-glib. Either way
 * the outlines are the same. */
static void
test_member_order (void)
{
  static const char * const variants[] = {
    "{\"arcs\": [" SQUARE_ARC "], \"bbox\": [60, 45, 61, 46], \"attribution\": \"\\\"arcs\\\": [\",\n"
    " \"type\": \"Topology\", \"transform\": {\"scale\": [0.001, 0.001], \"translate\": [60, 45]},\n"
    " \"objects\": {\"regions-2022\": {\"type\": \"GeometryCollection\", \"geometries\": ["
    GEOMETRY ("KZ-10", "[[0]]", "[60.5,45.5]") "]},\n"
    " \"regions-2018\": {\"type\": \"GeometryCollection\", \"geometries\": []}}}",
    /* Positions with a third number, and a fraction: json-glib's turn. */
    TOPOLOGY ("[60,45]", GEOMETRY ("KZ-10", "[[0]]", "[60.5,45.5]"),
              "[[0,0,7],[1000,0],[0,1000.0],[-1000,0],[0,-1000]]"),
  };
  g_autoptr(GBytes) reference_bytes = g_bytes_new_static (valid, strlen (valid));
  g_autoptr(RexOutlines) reference = rex_outlines_new_from_bytes (reference_bytes, "square.json", NULL);
  const RexShape *expected = rex_outlines_get_shape (reference, REX_DIVISION_2022, "KZ-10");

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (variants[i], strlen (variants[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(RexOutlines) loaded = rex_outlines_new_from_bytes (bytes, "variant.json", &error);
      const RexShape *shape;

      g_assert_no_error (error);
      shape = rex_outlines_get_shape (loaded, REX_DIVISION_2022, "KZ-10");
      g_assert_cmpmem (shape->points, shape->n_points * sizeof (RexPoint),
                       expected->points, expected->n_points * sizeof (RexPoint));
    }
}

static void
test_unknown_region (void)
{
  static const char json[] = SIMPLE (GEOMETRY ("KZ-99", "[[0]]", "[60.5,45.5]") ","
                                     GEOMETRY ("KZ-VOS", "[[0]]", "[60.5,45.5]"));
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(RexOutlines) small = rex_outlines_new_from_bytes (bytes, "unknown.json", &error);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  gboolean found = FALSE;

  g_assert_no_error (error);
  g_assert_false (rex_outlines_check_catalogue (small, catalogue, &problems));
  for (guint i = 0; i < problems->len; i++)
    {
      GError *problem = problems->pdata[i];

      if (g_error_matches (problem, REX_DATASET_ERROR, REX_DATASET_ERROR_DANGLING_REFERENCE))
        {
          g_assert_cmpstr (problem->message, ==, "unknown.json: objects.regions-2022.geometries[0].id: "
                                                 "region “KZ-99” is not in reforms.json");
          found = TRUE;
        }
    }
  g_assert_true (found);

  /* An alias counts: East Kazakhstan is drawn by its old code. */
  missing = rex_outlines_dup_missing (small, catalogue, REX_DIVISION_2022);
  g_assert_false (g_ptr_array_find (missing, rex_catalogue_lookup_region (catalogue, "KZ-63"), NULL));
  g_assert_nonnull (rex_outlines_lookup_region (small, REX_DIVISION_2022,
                                                rex_catalogue_lookup_region (catalogue, "KZ-63")));
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (c->json, strlen (c->json));
  g_autofree char *display_name = g_strconcat (c->name, ".json", NULL);
  g_autofree char *prefix = g_strconcat (display_name, ": ", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  RexOutlines *result;

  result = rex_outlines_new_from_bytes (bytes, display_name, &error);
  g_assert_null (result);
  g_assert_error (error, REX_DATASET_ERROR, (int) c->code);
  if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, c->expected) == NULL)
    g_error ("%s: unexpected message “%s” (wanted “%s”)", c->name, error->message, c->expected);

  g_assert_false (rex_outlines_check (bytes, display_name, &problems));
  g_assert_cmpuint (problems->len, >=, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  rex_region_set_display_language ("en");

  catalogue = rex_catalogue_new_bundled (&error);
  g_assert_no_error (error);
  outlines = rex_outlines_new_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/outlines/counts", test_counts);
  g_test_add_func ("/outlines/catalogue", test_catalogue);
  g_test_add_func ("/outlines/districts", test_districts);
  g_test_add_func ("/outlines/centres", test_centres);
  g_test_add_func ("/outlines/areas", test_areas);
  g_test_add_func ("/outlines/structure", test_structure);
  g_test_add_func ("/outlines/hit-test", test_hit_test);
  g_test_add_func ("/outlines/slow-path", test_slow_path);
  g_test_add_func ("/outlines/valid", test_valid);
  g_test_add_func ("/outlines/member-order", test_member_order);
  g_test_add_func ("/outlines/unknown-region", test_unknown_region);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strconcat ("/outlines/malformed/", cases[i].name, NULL);

      g_test_add_data_func (path, &cases[i], test_case);
    }

  status = g_test_run ();

  g_assert_finalize_object (outlines);
  g_assert_finalize_object (catalogue);

  return status;
}
