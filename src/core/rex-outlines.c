/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "rex-data-resources.h"
#include "rex-loader.h"
#include "rex-outlines.h"
#include "rex-projection.h"

/* The problem messages of this file are not marked for translation yet:
 * outline files are made by developers with tools/make-outlines, and
 * the messages people see about a dataset come from the catalogue. */

enum {
  LAYER_2018,
  LAYER_2022,
  LAYER_DISTRICTS,
  N_LAYERS
};

static const char * const layer_names[N_LAYERS] = {
  [LAYER_2018] = "regions-2018",
  [LAYER_2022] = "regions-2022",
  [LAYER_DISTRICTS] = "districts",
};

/* RexShape comes first, so that a RexShape pointer handed out is also a
 * Shape pointer. The offsets locate the shape's parts in the shared
 * arrays while they may still move. */
typedef struct
{
  RexShape shape;
  guint    first_point;
  guint    first_ring;
  guint    first_polygon;
  /* Its index in the file, for messages. */
  guint    file_index;
} Shape;

struct _RexOutlines
{
  GObject       parent_instance;

  char         *display_name;
  char         *attribution;
  GStringChunk *strings;
  /* All shapes' points, rings and polygons, one array each. */
  GArray       *points;
  GArray       *rings;
  GArray       *polygons;
  /* Of Shape, by layer, in id order. */
  GArray       *layers[N_LAYERS];
  /* id → Shape, by layer. */
  GHashTable   *tables[N_LAYERS];
  RexRect       bounds;
};

G_DEFINE_FINAL_TYPE (RexOutlines, rex_outlines, G_TYPE_OBJECT)

static void
rex_outlines_finalize (GObject *object)
{
  RexOutlines *self = REX_OUTLINES (object);

  for (guint i = 0; i < N_LAYERS; i++)
    {
      g_clear_pointer (&self->tables[i], g_hash_table_unref);
      g_clear_pointer (&self->layers[i], g_array_unref);
    }
  g_clear_pointer (&self->points, g_array_unref);
  g_clear_pointer (&self->rings, g_array_unref);
  g_clear_pointer (&self->polygons, g_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_free (self->display_name);
  g_free (self->attribution);

  G_OBJECT_CLASS (rex_outlines_parent_class)->finalize (object);
}

static void
rex_outlines_class_init (RexOutlinesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rex_outlines_finalize;
}

static void
rex_outlines_init (RexOutlines *self)
{
  self->strings = g_string_chunk_new (1024);
  self->points = g_array_new (FALSE, FALSE, sizeof (RexPoint));
  self->rings = g_array_new (FALSE, FALSE, sizeof (RexRing));
  self->polygons = g_array_new (FALSE, FALSE, sizeof (RexPolygon));
  for (guint i = 0; i < N_LAYERS; i++)
    {
      self->layers[i] = g_array_new (FALSE, TRUE, sizeof (Shape));
      self->tables[i] = g_hash_table_new (g_str_hash, g_str_equal);
    }
}

/* Geometry --------------------------------------------------------------- */

/* Twice the signed area; positive when the ring turns counter-clockwise
 * with y pointing north. */
static double
ring_area2 (const RexPoint *p,
            guint           n)
{
  double sum = 0;

  for (guint i = 0, j = n - 1; i < n; j = i++)
    sum += (p[j].x - p[i].x) * (p[j].y + p[i].y);

  return sum;
}

static void
reverse_points (RexPoint *p,
                guint     n)
{
  for (guint i = 0, j = n - 1; i < j; i++, j--)
    {
      RexPoint t = p[i];

      p[i] = p[j];
      p[j] = t;
    }
}

/* Even-odd rule over every ring: holes and separate parts need no
 * special case. */
static gboolean
shape_contains (const RexShape *shape,
                double          x,
                double          y)
{
  gboolean inside = FALSE;

  if (x < shape->bbox.x || x > shape->bbox.x + shape->bbox.width ||
      y < shape->bbox.y || y > shape->bbox.y + shape->bbox.height)
    return FALSE;

  for (guint r = 0; r < shape->n_rings; r++)
    {
      const RexPoint *p = shape->points + shape->rings[r].offset;
      guint n = shape->rings[r].length;

      for (guint i = 0, j = n - 1; i < n; j = i++)
        {
          if ((p[i].y > y) != (p[j].y > y) &&
              x < (p[j].x - p[i].x) * (y - p[i].y) / (p[j].y - p[i].y) + p[i].x)
            inside = !inside;
        }
    }

  return inside;
}

/* Orients the rings, and measures the shape, once its points are final. */
static void
finish_shape (Shape *s)
{
  RexShape *shape = &s->shape;
  RexPoint *points = (RexPoint *) shape->points;
  double min_x = INFINITY, min_y = INFINITY, max_x = -INFINITY, max_y = -INFINITY;
  double area2 = 0;

  for (guint r = 0; r < shape->n_rings; r++)
    {
      const RexRing *ring = &shape->rings[r];
      double a = ring_area2 (points + ring->offset, ring->length);

      if ((a < 0) != ring->hole)
        {
          reverse_points (points + ring->offset, ring->length);
          a = -a;
        }
      area2 += a;
    }

  for (guint i = 0; i < shape->n_points; i++)
    {
      min_x = MIN (min_x, points[i].x);
      min_y = MIN (min_y, points[i].y);
      max_x = MAX (max_x, points[i].x);
      max_y = MAX (max_y, points[i].y);
    }

  shape->area = area2 / 2;
  shape->bbox = (RexRect) { min_x, min_y, max_x - min_x, max_y - min_y };
}

/* Reading ------------------------------------------------------------------ */

typedef struct
{
  RexLoader    loader;
  RexOutlines *self;
  gboolean     quantised;
  double       scale[2];
  double       translate[2];
  /* The arcs, projected: arc i is arc_points[arc_offsets[i]] up to
   * arc_offsets[i + 1]. */
  GArray      *arc_points;
  GArray      *arc_offsets;
  /* id → 1 + the index where it was first used, by layer. */
  GHashTable  *seen[N_LAYERS];
} Reader;

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

/* An array of (at least) two numbers, as TopoJSON positions and
 * transforms are. */
static gboolean
read_pair (RexLoader  *loader,
           JsonNode   *node,
           const char *member,
           double     *a,
           double     *b)
{
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (array = json_node_get_array (node)) < 2 ||
      !node_is_number (json_array_get_element (array, 0)) ||
      !node_is_number (json_array_get_element (array, 1)))
    {
      rex_loader_problem (loader, node == NULL ? REX_DATASET_ERROR_MISSING_MEMBER
                                               : REX_DATASET_ERROR_WRONG_TYPE,
                          member, "expected an array of two numbers, found %s",
                          rex_loader_describe_node (node));
      return FALSE;
    }

  *a = json_array_get_double_element (array, 0);
  *b = json_array_get_double_element (array, 1);
  return TRUE;
}

static gboolean
check_lon_lat (RexLoader  *loader,
               const char *member,
               double      lon,
               double      lat)
{
  if (!isfinite (lon) || lon < -180 || lon > 180)
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, member,
                          "longitude %g is out of range (-180 to 180)", lon);
      return FALSE;
    }
  if (!isfinite (lat) || lat < -90 || lat > 90)
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, member,
                          "latitude %g is out of range (-90 to 90)", lat);
      return FALSE;
    }

  return TRUE;
}

static void
read_transform (Reader     *reader,
                JsonObject *root)
{
  static const char * const members[] = { "scale", "translate", NULL };
  RexLoader *loader = &reader->loader;
  JsonNode *node = json_object_get_member (root, "transform");
  JsonObject *transform;
  gsize mark;

  /* Without a transform, arcs hold plain longitudes and latitudes. */
  if (node == NULL)
    return;

  reader->quantised = TRUE;
  mark = rex_loader_push_member (loader, "transform");
  if ((transform = rex_loader_object (loader, node, members)) &&
      read_pair (loader, json_object_get_member (transform, "scale"), "scale",
                 &reader->scale[0], &reader->scale[1]) &&
      read_pair (loader, json_object_get_member (transform, "translate"), "translate",
                 &reader->translate[0], &reader->translate[1]))
    {
      if (!isfinite (reader->scale[0]) || !isfinite (reader->scale[1]) ||
          reader->scale[0] <= 0 || reader->scale[1] <= 0)
        rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "scale",
                            "scale must be two positive numbers, found %g, %g",
                            reader->scale[0], reader->scale[1]);
      if (!isfinite (reader->translate[0]) || !isfinite (reader->translate[1]))
        rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "translate",
                            "translate must be two finite numbers");
    }
  rex_loader_pop (loader, mark);
}

/* json-glib builds a node for every number, and the arcs are most of
 * the file: parsing them as a tree takes most of the load time. So a
 * well-formed "arcs" member of the top-level object is read straight
 * from the bytes by the scanner below, and json-glib parses a copy of
 * the file in which that member's value is blanked out to []. Anything
 * the scanner does not expect makes it give up, and the whole file goes
 * through json-glib instead, which reports problems exactly. */

/* Raw positions, before the transform: arc i is raw[offsets[i]] up to
 * raw[offsets[i + 1]], two numbers a position. */
typedef struct
{
  GArray *raw;
  GArray *offsets;
} RawArcs;

static const char *
skip_space (const char *p,
            const char *end)
{
  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
    p++;
  return p;
}

/* Past the string starting at the quote *p, or NULL. */
static const char *
skip_string (const char *p,
             const char *end)
{
  for (p++; p < end; p++)
    {
      if (*p == '\\')
        p++;
      else if (*p == '"')
        return p + 1;
    }

  return NULL;
}

static gboolean
is_delimiter (char c)
{
  return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/* Past the value starting at p (an array, object, string or literal),
 * or NULL. The depth was checked by the guard rails. */
static const char *
skip_value (const char *p,
            const char *end)
{
  guint depth = 0;

  if (p < end && *p == '"')
    return skip_string (p, end);

  if (p < end && *p != '[' && *p != '{')
    {
      while (p < end && !is_delimiter (*p))
        p++;
      return p;
    }

  while (p < end)
    {
      if (*p == '"')
        {
          if (!(p = skip_string (p, end)))
            return NULL;
          continue;
        }
      if (*p == '[' || *p == '{')
        depth++;
      else if ((*p == ']' || *p == '}') && --depth == 0)
        return p + 1;
      p++;
    }

  return NULL;
}

/* Where the value of the top-level member "arcs" starts and ends. */
static gboolean
find_arcs (const char  *data,
           gsize        len,
           const char **start,
           const char **stop)
{
  const char *end = data + len;
  const char *p = skip_space (data, end);

  if (p == end || *p != '{')
    return FALSE;
  p++;

  for (;;)
    {
      const char *key, *after_key;

      p = skip_space (p, end);
      if (p == end || *p != '"')
        return FALSE;
      key = p;
      if (!(after_key = skip_string (p, end)))
        return FALSE;
      p = skip_space (after_key, end);
      if (p == end || *p != ':')
        return FALSE;
      p = skip_space (p + 1, end);
      if (p == end)
        return FALSE;

      if (after_key - key == 6 && memcmp (key, "\"arcs\"", 6) == 0)
        {
          *start = p;
          *stop = skip_value (p, end);
          return *stop != NULL && *p == '[';
        }

      if (!(p = skip_value (p, end)))
        return FALSE;
      p = skip_space (p, end);
      if (p == end || *p != ',')
        return FALSE;
      p++;
    }
}

/* An integer as TopoJSON quantised positions have, or NULL. */
static const char *
scan_integer (const char *p,
              const char *end,
              double     *out)
{
  gboolean negative = FALSE;
  gint64 value = 0;
  guint digits = 0;

  if (p < end && *p == '-')
    {
      negative = TRUE;
      p++;
    }
  for (; p < end && g_ascii_isdigit (*p); p++, digits++)
    {
      if (digits == 15)
        return NULL;
      value = value * 10 + (*p - '0');
    }
  if (digits == 0 || (p < end && (*p == '.' || *p == 'e' || *p == 'E')))
    return NULL;

  *out = (double) (negative ? -value : value);
  return p;
}

static gboolean
scan_arcs (const char *p,
           const char *end,
           RawArcs    *arcs)
{
  p = skip_space (p, end);
  if (p == end || *p++ != '[')
    return FALSE;

  p = skip_space (p, end);
  if (p < end && *p == ']')
    return TRUE;

  for (;;)
    {
      /* One arc: [[x, y], …] */
      p = skip_space (p, end);
      if (p == end || *p++ != '[')
        return FALSE;
      g_array_append_val (arcs->offsets, arcs->raw->len);

      for (;;)
        {
          double pair[2];

          p = skip_space (p, end);
          if (p == end || *p++ != '[')
            return FALSE;
          for (guint k = 0; ; k++)
            {
              double value;

              p = skip_space (p, end);
              if (!(p = scan_integer (p, end, &value)))
                return FALSE;
              if (k < 2)
                pair[k] = value;
              p = skip_space (p, end);
              if (p == end)
                return FALSE;
              if (*p == ']')
                {
                  p++;
                  if (k < 1)
                    return FALSE;
                  break;
                }
              if (*p++ != ',')
                return FALSE;
            }
          g_array_append_vals (arcs->raw, pair, 2);

          p = skip_space (p, end);
          if (p == end)
            return FALSE;
          if (*p == ']')
            {
              p++;
              break;
            }
          if (*p++ != ',')
            return FALSE;
        }

      p = skip_space (p, end);
      if (p == end)
        return FALSE;
      if (*p == ']')
        return skip_space (p + 1, end) == end;
      if (*p++ != ',')
        return FALSE;
    }
}

/* The slow path: arcs from json-glib's tree, with a problem for each
 * arc that is not an array of positions (and the positions up to the
 * first bad one kept). */
static void
collect_arcs (Reader     *reader,
              JsonObject *root,
              RawArcs    *arcs)
{
  RexLoader *loader = &reader->loader;
  JsonArray *array = rex_loader_array (loader, root, "arcs", TRUE);
  gsize mark;

  if (array == NULL)
    return;

  mark = rex_loader_push_member (loader, "arcs");
  for (guint i = 0, n = json_array_get_length (array); i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize arc_mark = rex_loader_push_index (loader, i);

      g_array_append_val (arcs->offsets, arcs->raw->len);
      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          rex_loader_problem (loader, REX_DATASET_ERROR_WRONG_TYPE, NULL,
                              "expected an array, found %s", rex_loader_describe_node (node));
        }
      else
        {
          JsonArray *arc = json_node_get_array (node);

          for (guint j = 0, m = json_array_get_length (arc); j < m; j++)
            {
              gsize position_mark = rex_loader_push_index (loader, j);
              double pair[2];
              gboolean ok;

              ok = read_pair (loader, json_array_get_element (arc, j), NULL, &pair[0], &pair[1]);
              rex_loader_pop (loader, position_mark);
              if (!ok)
                break;
              g_array_append_vals (arcs->raw, pair, 2);
            }
        }
      rex_loader_pop (loader, arc_mark);
    }
  rex_loader_pop (loader, mark);
}

/* Dequantises, checks and projects every arc. Reports at most one bad
 * position per arc, so that a broken file gives a readable list. */
static void
decode_arcs (Reader  *reader,
             RawArcs *arcs)
{
  RexLoader *loader = &reader->loader;
  const double *raw = (const double *) (gpointer) arcs->raw->data;
  guint n = arcs->offsets->len;
  gsize mark;

  g_array_append_val (arcs->offsets, arcs->raw->len);
  g_array_set_size (reader->arc_points, arcs->raw->len / 2);
  g_array_set_size (reader->arc_points, 0);

  mark = rex_loader_push_member (loader, "arcs");
  for (guint i = 0; i < n; i++)
    {
      guint first = g_array_index (arcs->offsets, guint, i) / 2;
      guint length = g_array_index (arcs->offsets, guint, i + 1) / 2 - first;
      double x = 0, y = 0;

      g_array_append_val (reader->arc_offsets, reader->arc_points->len);
      if (length < 2)
        {
          gsize arc_mark = rex_loader_push_index (loader, i);

          rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, NULL,
                              "an arc needs at least 2 positions, found %u", length);
          rex_loader_pop (loader, arc_mark);
          continue;
        }

      for (guint j = 0; j < length; j++)
        {
          const double *position = raw + 2 * (first + j);
          double lon, lat;
          RexPoint p;

          /* Quantised arcs are delta-encoded. */
          if (reader->quantised)
            {
              x += position[0];
              y += position[1];
              lon = x * reader->scale[0] + reader->translate[0];
              lat = y * reader->scale[1] + reader->translate[1];
            }
          else
            {
              lon = position[0];
              lat = position[1];
            }

          if (G_UNLIKELY (!isfinite (lon) || lon < -180 || lon > 180 ||
                          !isfinite (lat) || lat < -90 || lat > 90))
            {
              gsize arc_mark = rex_loader_push_index (loader, i);

              rex_loader_push_index (loader, j);
              check_lon_lat (loader, NULL, lon, lat);
              rex_loader_pop (loader, arc_mark);
              break;
            }

          rex_projection_forward (lon, lat, &p.x, &p.y);
          g_array_append_val (reader->arc_points, p);
        }
    }
  g_array_append_val (reader->arc_offsets, reader->arc_points->len);
  rex_loader_pop (loader, mark);
}

static gboolean
same_point (const RexPoint *a,
            const RexPoint *b)
{
  return a->x == b->x && a->y == b->y;
}

/* Joins the arcs a ring names into its points; the loader's path is the
 * ring's. Returns FALSE after reporting a problem. */
static gboolean
read_ring (Reader   *reader,
           Shape    *shape,
           JsonNode *node,
           gboolean  hole)
{
  RexLoader *loader = &reader->loader;
  GArray *points = reader->self->points;
  guint n_arcs = reader->arc_offsets->len - 1;
  const RexPoint *arc_points = (const RexPoint *) (gpointer) reader->arc_points->data;
  const guint *offsets = (const guint *) (gpointer) reader->arc_offsets->data;
  guint start = points->len;
  RexRing ring;
  JsonArray *indices;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_WRONG_TYPE, NULL,
                          "expected an array of arc indices, found %s",
                          rex_loader_describe_node (node));
      return FALSE;
    }

  indices = json_node_get_array (node);
  n = json_array_get_length (indices);
  for (guint k = 0; k < n; k++)
    {
      JsonNode *element = json_array_get_element (indices, k);
      gint64 index;
      guint arc, first, length;
      gboolean reversed;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_INT64)
        {
          gsize mark = rex_loader_push_index (loader, k);

          rex_loader_problem (loader, REX_DATASET_ERROR_WRONG_TYPE, NULL,
                              "expected an arc index, found %s", rex_loader_describe_node (element));
          rex_loader_pop (loader, mark);
          return FALSE;
        }

      /* A negative index ~i is arc i backwards. */
      index = json_node_get_int (element);
      reversed = index < 0;
      if (reversed)
        index = ~index;
      if (index >= n_arcs)
        {
          gsize mark = rex_loader_push_index (loader, k);

          rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, NULL,
                              "arc index %" G_GINT64_FORMAT " is out of range (the file has %u arcs)",
                              json_node_get_int (element), n_arcs);
          rex_loader_pop (loader, mark);
          return FALSE;
        }

      arc = (guint) index;
      first = offsets[arc];
      length = offsets[arc + 1] - offsets[arc];
      if (length == 0)
        return FALSE;   /* reported with the arc */

      /* Each arc starts where the one before it ends; that point is
       * kept once. */
      for (guint j = 0; j < length; j++)
        {
          const RexPoint *p = &arc_points[first + (reversed ? length - 1 - j : j)];

          if (j == 0 && points->len > start)
            {
              if (!same_point (p, &g_array_index (points, RexPoint, points->len - 1)))
                {
                  gsize mark = rex_loader_push_index (loader, k);

                  rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, NULL,
                                      "arc %" G_GINT64_FORMAT " does not start where the one before it ends",
                                      json_node_get_int (element));
                  rex_loader_pop (loader, mark);
                  return FALSE;
                }
              continue;
            }
          g_array_append_val (points, *p);
        }
    }

  if (points->len - start < 4)
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, NULL,
                          "a ring needs at least 4 positions, found %u", points->len - start);
      return FALSE;
    }
  if (!same_point (&g_array_index (points, RexPoint, start),
                   &g_array_index (points, RexPoint, points->len - 1)))
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, NULL,
                          "the ring is not closed (its last position is not its first)");
      return FALSE;
    }

  /* Stored open: the closing point is implied. */
  g_array_set_size (points, points->len - 1);
  ring.offset = start - shape->first_point;
  ring.length = points->len - start;
  ring.hole = hole;
  g_array_append_val (reader->self->rings, ring);
  shape->shape.n_rings++;

  return TRUE;
}

/* A polygon: its outer ring, then its holes. */
static gboolean
read_polygon (Reader   *reader,
              Shape    *shape,
              JsonNode *node)
{
  RexLoader *loader = &reader->loader;
  RexPolygon polygon;
  JsonArray *rings;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node) ||
      (n = json_array_get_length (rings = json_node_get_array (node))) == 0)
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_WRONG_TYPE, NULL,
                          "expected a non-empty array of rings, found %s",
                          JSON_NODE_HOLDS_ARRAY (node) ? "an empty array" : rex_loader_describe_node (node));
      return FALSE;
    }

  polygon.first_ring = reader->self->rings->len - shape->first_ring;
  polygon.n_rings = n;
  for (guint r = 0; r < n; r++)
    {
      gsize mark = rex_loader_push_index (loader, r);
      gboolean ok = read_ring (reader, shape, json_array_get_element (rings, r), r > 0);

      rex_loader_pop (loader, mark);
      if (!ok)
        return FALSE;
    }

  g_array_append_val (reader->self->polygons, polygon);
  shape->shape.n_polygons++;
  return TRUE;
}

static gboolean
read_geometry_arcs (Reader     *reader,
                    Shape      *shape,
                    JsonObject *object,
                    gboolean    multi)
{
  RexLoader *loader = &reader->loader;
  JsonArray *array = rex_loader_array (loader, object, "arcs", TRUE);
  gboolean ok = TRUE;
  gsize mark;
  guint n;

  if (array == NULL)
    return FALSE;

  n = json_array_get_length (array);
  if (n == 0)
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "arcs", "the outline is empty");
      return FALSE;
    }

  mark = rex_loader_push_member (loader, "arcs");
  if (!multi)
    {
      ok = read_polygon (reader, shape, json_object_get_member (object, "arcs"));
    }
  else
    {
      for (guint i = 0; i < n && ok; i++)
        {
          gsize polygon_mark = rex_loader_push_index (loader, i);

          ok = read_polygon (reader, shape, json_array_get_element (array, i));
          rex_loader_pop (loader, polygon_mark);
        }
    }
  rex_loader_pop (loader, mark);

  return ok;
}

static gboolean
district_id_is_valid (const char *id)
{
  gsize len = strlen (id);

  if (len < 3 || len > 18 || !g_ascii_isupper (id[0]) || !g_ascii_isupper (id[1]))
    return FALSE;
  for (const char *p = id + 2; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  return TRUE;
}

static const char *
intern (Reader     *reader,
        const char *str)
{
  return str != NULL ? g_string_chunk_insert_const (reader->self->strings, str) : NULL;
}

static void
read_properties (Reader     *reader,
                 Shape      *shape,
                 JsonObject *geometry,
                 guint       layer,
                 RexPoint   *label)
{
  static const char * const region_members[] = { "label", NULL };
  static const char * const district_members[] = {
    "label", "name_en", "name_kk", "name_ru", "from", "to", NULL
  };
  RexLoader *loader = &reader->loader;
  JsonNode *node = json_object_get_member (geometry, "properties");
  JsonObject *properties;
  double lon, lat;
  gsize mark;

  if (node == NULL)
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_MISSING_MEMBER, "properties", "missing member");
      return;
    }

  mark = rex_loader_push_member (loader, "properties");
  properties = rex_loader_object (loader, node,
                                  layer == LAYER_DISTRICTS ? district_members : region_members);
  if (properties != NULL)
    {
      if (read_pair (loader, json_object_get_member (properties, "label"), "label", &lon, &lat) &&
          check_lon_lat (loader, "label", lon, lat))
        rex_projection_forward (lon, lat, &label->x, &label->y);

      if (layer == LAYER_DISTRICTS)
        {
          RexShape *s = &shape->shape;

          s->name_en = intern (reader, rex_loader_string (loader, properties, "name_en", TRUE));
          s->name_kk = intern (reader, rex_loader_string (loader, properties, "name_kk", TRUE));
          s->name_ru = intern (reader, rex_loader_string (loader, properties, "name_ru", TRUE));
          s->from_region = intern (reader, rex_loader_id (loader, properties, "from", REX_ID_REGION));
          s->to_region = intern (reader, rex_loader_id (loader, properties, "to", REX_ID_REGION));
        }
    }
  rex_loader_pop (loader, mark);
}

static void
read_geometry (Reader   *reader,
               JsonNode *node,
               guint     layer,
               guint     index)
{
  static const char * const members[] = { "type", "id", "arcs", "properties", NULL };
  RexLoader *loader = &reader->loader;
  RexOutlines *self = reader->self;
  guint problems_before = rex_loader_n_problems (loader);
  Shape shape = { { NULL, }, };
  RexPoint label = { NAN, NAN };
  JsonObject *object;
  const char *type, *id;
  gboolean multi = FALSE;
  guint first_use;

  if (!(object = rex_loader_object (loader, node, members)))
    return;

  if ((type = rex_loader_string (loader, object, "type", TRUE)))
    {
      multi = g_str_equal (type, "MultiPolygon");
      if (!multi && !g_str_equal (type, "Polygon"))
        {
          rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "type",
                              "“%s” is not an area (expected Polygon or MultiPolygon)", type);
          return;
        }
    }

  if (layer == LAYER_DISTRICTS)
    {
      id = rex_loader_string (loader, object, "id", TRUE);
      if (id != NULL && !district_id_is_valid (id))
        {
          rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "id",
                              "“%s” is not a district P-code such as KZ101010", id);
          id = NULL;
        }
    }
  else
    {
      id = rex_loader_id (loader, object, "id", REX_ID_REGION);
    }

  if (id != NULL && (first_use = GPOINTER_TO_UINT (g_hash_table_lookup (reader->seen[layer], id))))
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_DUPLICATE_ID, "id",
                          "duplicate id “%s” (first used at objects.%s.geometries[%u])",
                          id, layer_names[layer], first_use - 1);
      id = NULL;
    }
  else if (id != NULL)
    {
      g_hash_table_insert (reader->seen[layer], (gpointer) id, GUINT_TO_POINTER (index + 1));
    }

  shape.shape.id = intern (reader, id);
  shape.shape.division = layer == LAYER_2018 ? REX_DIVISION_2018 : REX_DIVISION_2022;
  shape.first_point = self->points->len;
  shape.first_ring = self->rings->len;
  shape.first_polygon = self->polygons->len;
  shape.file_index = index;

  read_properties (reader, &shape, object, layer, &label);
  if (!read_geometry_arcs (reader, &shape, object, multi))
    return;
  shape.shape.n_points = self->points->len - shape.first_point;

  if (rex_loader_n_problems (loader) > problems_before)
    return;

  shape.shape.label = label;
  g_array_append_val (self->layers[layer], shape);
}

static void
read_collection (Reader     *reader,
                 JsonObject *objects,
                 guint       layer,
                 gboolean    required)
{
  static const char * const members[] = { "type", "geometries", NULL };
  RexLoader *loader = &reader->loader;
  JsonNode *node = json_object_get_member (objects, layer_names[layer]);
  JsonObject *collection;
  JsonArray *geometries;
  const char *type;
  gsize mark;

  if (node == NULL)
    {
      if (required)
        rex_loader_problem (loader, REX_DATASET_ERROR_MISSING_MEMBER, layer_names[layer],
                            "missing member");
      return;
    }

  mark = rex_loader_push_member (loader, layer_names[layer]);
  if ((collection = rex_loader_object (loader, node, members)))
    {
      if ((type = rex_loader_string (loader, collection, "type", TRUE)) &&
          !g_str_equal (type, "GeometryCollection"))
        rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "type",
                            "“%s” is not a GeometryCollection", type);

      if ((geometries = rex_loader_array (loader, collection, "geometries", TRUE)))
        {
          gsize geometries_mark = rex_loader_push_member (loader, "geometries");

          for (guint i = 0, n = json_array_get_length (geometries); i < n; i++)
            {
              gsize item_mark = rex_loader_push_index (loader, i);

              read_geometry (reader, json_array_get_element (geometries, i), layer, i);
              rex_loader_pop (loader, item_mark);
            }
          rex_loader_pop (loader, geometries_mark);
        }
    }
  rex_loader_pop (loader, mark);
}

static int
compare_shapes (gconstpointer a,
                gconstpointer b)
{
  return strcmp (((const Shape *) a)->shape.id, ((const Shape *) b)->shape.id);
}

/* Once nothing moves any more: points the shapes at their parts, orients
 * and measures them, checks the label points and builds the id tables. */
static void
finish (Reader *reader)
{
  RexOutlines *self = reader->self;
  RexLoader *loader = &reader->loader;
  RexPoint *points = (RexPoint *) (gpointer) self->points->data;
  RexRing *rings = (RexRing *) (gpointer) self->rings->data;
  RexPolygon *polygons = (RexPolygon *) (gpointer) self->polygons->data;
  double min_x = INFINITY, min_y = INFINITY, max_x = -INFINITY, max_y = -INFINITY;

  for (guint layer = 0; layer < N_LAYERS; layer++)
    {
      GArray *shapes = self->layers[layer];

      for (guint i = 0; i < shapes->len; i++)
        {
          Shape *s = &g_array_index (shapes, Shape, i);

          s->shape.points = points + s->first_point;
          s->shape.rings = rings + s->first_ring;
          s->shape.polygons = polygons + s->first_polygon;
          finish_shape (s);

          /* Only a label point inside the outline is any use. */
          if (!shape_contains (&s->shape, s->shape.label.x, s->shape.label.y))
            {
              gsize mark = rex_loader_push_member (loader, "objects");

              rex_loader_push_member (loader, layer_names[layer]);
              rex_loader_push_member (loader, "geometries");
              rex_loader_push_index (loader, s->file_index);
              rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "properties.label",
                                  "the label point of “%s” is outside its outline", s->shape.id);
              rex_loader_pop (loader, mark);
            }

          if (layer != LAYER_DISTRICTS)
            {
              min_x = MIN (min_x, s->shape.bbox.x);
              min_y = MIN (min_y, s->shape.bbox.y);
              max_x = MAX (max_x, s->shape.bbox.x + s->shape.bbox.width);
              max_y = MAX (max_y, s->shape.bbox.y + s->shape.bbox.height);
            }
        }

      g_array_sort (shapes, compare_shapes);
      for (guint i = 0; i < shapes->len; i++)
        {
          Shape *s = &g_array_index (shapes, Shape, i);

          g_hash_table_insert (self->tables[layer], (gpointer) s->shape.id, s);
        }
    }

  if (min_x <= max_x)
    self->bounds = (RexRect) { min_x, min_y, max_x - min_x, max_y - min_y };
}

static RexOutlines *
build (GBytes     *bytes,
       const char *display_name,
       GPtrArray  *problems)
{
  static const char * const members[] = {
    "type", "attribution", "bbox", "transform", "objects", "arcs", NULL
  };
  static const char * const object_members[] = {
    "regions-2018", "regions-2022", "districts", NULL
  };
  g_autoptr(RexOutlines) self = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) path = g_string_sized_new (64);
  g_autoptr(GArray) arc_points = NULL;
  g_autoptr(GArray) arc_offsets = NULL;
  Reader reader = { { display_name, path, problems, NULL, NULL, NULL }, };
  RexLoader *loader = &reader.loader;
  JsonNode *root_node;
  JsonObject *root, *objects;
  const char *type;
  gsize len;
  const char *data;
  const char *arcs_start, *arcs_stop;
  g_autofree char *copy = NULL;
  g_autoptr(GArray) raw_values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw_offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  RawArcs raw = { raw_values, raw_offsets };
  gboolean scanned = FALSE;

  if (!rex_loader_check_bytes (bytes, display_name, problems))
    return NULL;

  data = g_bytes_get_data (bytes, &len);
  if (find_arcs (data, len, &arcs_start, &arcs_stop) &&
      scan_arcs (arcs_start, arcs_stop, &raw))
    {
      /* Blank the arcs out in a copy, keeping line breaks so that
       * json-glib's line numbers stay right. */
      copy = g_memdup2 (data, len);
      for (char *c = copy + (arcs_start - data) + 2; c < copy + (arcs_stop - data); c++)
        if (*c != '\n')
          *c = ' ';
      copy[arcs_start - data + 1] = ']';
      data = copy;
      scanned = TRUE;
    }
  else
    {
      g_array_set_size (raw.raw, 0);
      g_array_set_size (raw.offsets, 0);
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) len, &error))
    {
      rex_loader_add_parse_problem (problems, display_name, error);
      return NULL;
    }

  root_node = json_parser_get_root (parser);
  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    {
      rex_loader_object (loader, root_node, members);
      return NULL;
    }

  /* Nothing else can be trusted in a file of another kind, and its
   * members would only be reported as unknown. */
  if (!(type = rex_loader_string (loader, json_node_get_object (root_node), "type", TRUE)))
    return NULL;
  if (!g_str_equal (type, "Topology"))
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_UNSUPPORTED_FORMAT, "type",
                          "“%s” is not supported (expected a TopoJSON Topology)", type);
      return NULL;
    }
  if (!(root = rex_loader_object (loader, root_node, members)))
    return NULL;

  self = g_object_new (REX_TYPE_OUTLINES, NULL);
  self->display_name = g_strdup (display_name);
  if (json_object_has_member (root, "attribution"))
    self->attribution = rex_loader_dup_string (loader, root, "attribution", TRUE);

  reader.self = self;
  reader.arc_points = arc_points = g_array_new (FALSE, FALSE, sizeof (RexPoint));
  reader.arc_offsets = arc_offsets = g_array_new (FALSE, FALSE, sizeof (guint));

  read_transform (&reader, root);
  if (rex_loader_n_problems (loader) > 0)
    return NULL;
  if (!scanned)
    collect_arcs (&reader, root, &raw);
  decode_arcs (&reader, &raw);
  /* Outlines made of broken arcs would only repeat the problem. */
  if (rex_loader_n_problems (loader) > 0)
    return NULL;

  if (!json_object_has_member (root, "objects"))
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_MISSING_MEMBER, "objects", "missing member");
    }
  else
    {
      gsize mark = rex_loader_push_member (loader, "objects");

      for (guint layer = 0; layer < N_LAYERS; layer++)
        reader.seen[layer] = g_hash_table_new (g_str_hash, g_str_equal);
      if ((objects = rex_loader_object (loader, json_object_get_member (root, "objects"),
                                        object_members)))
        {
          read_collection (&reader, objects, LAYER_2022, TRUE);
          read_collection (&reader, objects, LAYER_2018, TRUE);
          read_collection (&reader, objects, LAYER_DISTRICTS, FALSE);
        }
      for (guint layer = 0; layer < N_LAYERS; layer++)
        g_hash_table_unref (reader.seen[layer]);
      rex_loader_pop (loader, mark);
    }

  if (rex_loader_n_problems (loader) > 0)
    return NULL;

  finish (&reader);
  if (rex_loader_n_problems (loader) > 0)
    return NULL;

  return g_steal_pointer (&self);
}

static RexOutlines *
build_or_error (GBytes      *bytes,
                const char  *display_name,
                GError     **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  RexOutlines *self;

  self = build (bytes, display_name, problems);
  if (self != NULL)
    return self;

  g_assert (problems->len > 0);

  if (problems->len == 1)
    {
      g_propagate_error (error, g_ptr_array_steal_index (problems, 0));
    }
  else
    {
      GError *first = g_ptr_array_index (problems, 0);

      g_set_error (error, REX_DATASET_ERROR, first->code, "%s (and %u more problem%s)",
                   first->message, problems->len - 1, problems->len > 2 ? "s" : "");
    }

  return NULL;
}

/* Public constructors ----------------------------------------------------- */

RexOutlines *
rex_outlines_new_from_bytes (GBytes      *bytes,
                             const char  *display_name,
                             GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return build_or_error (bytes, display_name != NULL ? display_name : "outlines", error);
}

RexOutlines *
rex_outlines_new_from_resource (const char  *path,
                                GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A static library drops object files nothing refers to, and with
   * them the constructor that registers the bundled resource. */
  g_assert (rex_data_get_resource () != NULL);

  bytes = rex_loader_lookup_resource (path, &display_name, error);
  if (bytes == NULL)
    return NULL;

  return build_or_error (bytes, display_name, error);
}

RexOutlines *
rex_outlines_new_bundled (GError **error)
{
  return rex_outlines_new_from_resource (REX_OUTLINES_BUNDLED_PATH, error);
}

gboolean
rex_outlines_check (GBytes      *bytes,
                    const char  *display_name,
                    GPtrArray  **problems)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(RexOutlines) self = NULL;

  g_return_val_if_fail (bytes != NULL, FALSE);

  self = build (bytes, display_name != NULL ? display_name : "outlines", found);
  if (problems != NULL)
    *problems = g_steal_pointer (&found);

  return self != NULL;
}

/* Getters ----------------------------------------------------------------- */

const char *
rex_shape_get_name (const RexShape *shape)
{
  g_return_val_if_fail (shape != NULL, NULL);

  if (shape->name_en == NULL)
    return shape->id;

  return rex_display_name (shape->name_en, shape->name_kk, shape->name_ru);
}

static int
layer_of (RexDivision division)
{
  switch ((int) division)
    {
    case REX_DIVISION_2018:
      return LAYER_2018;
    case REX_DIVISION_2022:
      return LAYER_2022;
    default:
      return -1;
    }
}

const char *
rex_outlines_get_display_name (RexOutlines *self)
{
  g_return_val_if_fail (REX_IS_OUTLINES (self), NULL);
  return self->display_name;
}

const char *
rex_outlines_get_attribution (RexOutlines *self)
{
  g_return_val_if_fail (REX_IS_OUTLINES (self), NULL);
  return self->attribution;
}

guint
rex_outlines_get_n_shapes (RexOutlines *self,
                           RexDivision  division)
{
  int layer = layer_of (division);

  g_return_val_if_fail (REX_IS_OUTLINES (self), 0);
  g_return_val_if_fail (layer >= 0, 0);

  return self->layers[layer]->len;
}

const RexShape *
rex_outlines_get_nth_shape (RexOutlines *self,
                            RexDivision  division,
                            guint        i)
{
  int layer = layer_of (division);

  g_return_val_if_fail (REX_IS_OUTLINES (self), NULL);
  g_return_val_if_fail (layer >= 0, NULL);
  g_return_val_if_fail (i < self->layers[layer]->len, NULL);

  return &g_array_index (self->layers[layer], Shape, i).shape;
}

const RexShape *
rex_outlines_get_shape (RexOutlines *self,
                        RexDivision  division,
                        const char  *region_id)
{
  int layer = layer_of (division);
  Shape *shape;

  g_return_val_if_fail (REX_IS_OUTLINES (self), NULL);
  g_return_val_if_fail (layer >= 0, NULL);

  if (region_id == NULL || !(shape = g_hash_table_lookup (self->tables[layer], region_id)))
    return NULL;

  return &shape->shape;
}

guint
rex_outlines_get_n_districts (RexOutlines *self)
{
  g_return_val_if_fail (REX_IS_OUTLINES (self), 0);
  return self->layers[LAYER_DISTRICTS]->len;
}

const RexShape *
rex_outlines_get_district (RexOutlines *self,
                           guint        i)
{
  g_return_val_if_fail (REX_IS_OUTLINES (self), NULL);
  g_return_val_if_fail (i < self->layers[LAYER_DISTRICTS]->len, NULL);

  return &g_array_index (self->layers[LAYER_DISTRICTS], Shape, i).shape;
}

void
rex_outlines_get_bounds (RexOutlines *self,
                         RexRect     *out)
{
  g_return_if_fail (REX_IS_OUTLINES (self));
  g_return_if_fail (out != NULL);

  *out = self->bounds;
}

/* Hit testing --------------------------------------------------------------- */

static int
hit_test_layer (GArray *shapes,
                double  x,
                double  y)
{
  for (guint i = 0; i < shapes->len; i++)
    if (shape_contains (&g_array_index (shapes, Shape, i).shape, x, y))
      return (int) i;

  return -1;
}

const char *
rex_outlines_hit_test (RexOutlines *self,
                       RexDivision  division,
                       double       x,
                       double       y)
{
  int layer = layer_of (division);
  int i;

  g_return_val_if_fail (REX_IS_OUTLINES (self), NULL);
  g_return_val_if_fail (layer >= 0, NULL);

  if ((i = hit_test_layer (self->layers[layer], x, y)) < 0)
    return NULL;

  return g_array_index (self->layers[layer], Shape, i).shape.id;
}

int
rex_outlines_hit_test_district (RexOutlines *self,
                                double       x,
                                double       y)
{
  g_return_val_if_fail (REX_IS_OUTLINES (self), -1);

  return hit_test_layer (self->layers[LAYER_DISTRICTS], x, y);
}

/* Agreement with a catalogue --------------------------------------------- */

static const char *
division_name (RexDivision division)
{
  return division == REX_DIVISION_2018 ? "2018" : "2022";
}

const RexShape *
rex_outlines_lookup_region (RexOutlines *self,
                            RexDivision  division,
                            RexRegion   *region)
{
  const char * const *aliases;
  const RexShape *shape;

  g_return_val_if_fail (REX_IS_OUTLINES (self), NULL);
  g_return_val_if_fail (REX_IS_REGION (region), NULL);
  g_return_val_if_fail (layer_of (division) >= 0, NULL);

  if ((shape = rex_outlines_get_shape (self, division, rex_region_get_id (region))))
    return shape;

  aliases = rex_region_get_aliases (region);
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    if ((shape = rex_outlines_get_shape (self, division, aliases[i])))
      return shape;

  return NULL;
}

static void
check_reference (RexOutlines  *self,
                 RexCatalogue *catalogue,
                 GPtrArray    *problems,
                 const char   *where,
                 const char   *id,
                 RexDivision   division)
{
  RexRegion *region = rex_catalogue_lookup_region (catalogue, id);

  if (region == NULL)
    g_ptr_array_add (problems,
                     g_error_new (REX_DATASET_ERROR, REX_DATASET_ERROR_DANGLING_REFERENCE,
                                  "%s: %s: region “%s” is not in %s",
                                  self->display_name, where, id,
                                  rex_catalogue_get_display_name (catalogue)));
  else if (!rex_region_in_division (region, division))
    g_ptr_array_add (problems,
                     g_error_new (REX_DATASET_ERROR, REX_DATASET_ERROR_INVALID_VALUE,
                                  "%s: %s: region “%s” is not in the %s division of %s",
                                  self->display_name, where, id, division_name (division),
                                  rex_catalogue_get_display_name (catalogue)));
}

gboolean
rex_outlines_check_catalogue (RexOutlines   *self,
                              RexCatalogue  *catalogue,
                              GPtrArray    **problems)
{
  static const RexDivision divisions[] = { REX_DIVISION_2018, REX_DIVISION_2022 };
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  GListModel *regions;

  g_return_val_if_fail (REX_IS_OUTLINES (self), FALSE);
  g_return_val_if_fail (REX_IS_CATALOGUE (catalogue), FALSE);

  regions = rex_catalogue_get_regions (catalogue);
  for (guint i = 0, n = g_list_model_get_n_items (regions); i < n; i++)
    {
      g_autoptr(RexRegion) region = g_list_model_get_item (regions, i);

      for (guint d = 0; d < G_N_ELEMENTS (divisions); d++)
        if (rex_region_in_division (region, divisions[d]) &&
            rex_outlines_lookup_region (self, divisions[d], region) == NULL)
          g_ptr_array_add (found,
                           g_error_new (REX_DATASET_ERROR, REX_DATASET_ERROR_MISSING_MEMBER,
                                        "%s: regions[%u]: “%s” has no outline in the %s division in %s",
                                        rex_catalogue_get_display_name (catalogue), i,
                                        rex_region_get_id (region), division_name (divisions[d]),
                                        self->display_name));
    }

  for (guint d = 0; d < G_N_ELEMENTS (divisions); d++)
    {
      int layer = layer_of (divisions[d]);
      GArray *shapes = self->layers[layer];

      for (guint i = 0; i < shapes->len; i++)
        {
          const Shape *s = &g_array_index (shapes, Shape, i);
          g_autofree char *where = g_strdup_printf ("objects.%s.geometries[%u].id",
                                                    layer_names[layer], s->file_index);

          check_reference (self, catalogue, found, where, s->shape.id, divisions[d]);
        }
    }

  for (guint i = 0; i < self->layers[LAYER_DISTRICTS]->len; i++)
    {
      const Shape *s = &g_array_index (self->layers[LAYER_DISTRICTS], Shape, i);
      g_autofree char *from = g_strdup_printf ("objects.districts.geometries[%u].properties.from",
                                               s->file_index);
      g_autofree char *to = g_strdup_printf ("objects.districts.geometries[%u].properties.to",
                                             s->file_index);

      check_reference (self, catalogue, found, from, s->shape.from_region, REX_DIVISION_2018);
      check_reference (self, catalogue, found, to, s->shape.to_region, REX_DIVISION_2022);
    }

  if (problems != NULL)
    *problems = g_ptr_array_ref (found);

  return found->len == 0;
}

GPtrArray *
rex_outlines_dup_missing (RexOutlines  *self,
                          RexCatalogue *catalogue,
                          RexDivision   division)
{
  GPtrArray *missing;
  GListModel *regions;

  g_return_val_if_fail (REX_IS_OUTLINES (self), NULL);
  g_return_val_if_fail (REX_IS_CATALOGUE (catalogue), NULL);
  g_return_val_if_fail (layer_of (division) >= 0, NULL);

  missing = g_ptr_array_new_with_free_func (g_object_unref);
  regions = rex_catalogue_get_regions (catalogue);
  for (guint i = 0, n = g_list_model_get_n_items (regions); i < n; i++)
    {
      RexRegion *region = g_list_model_get_item (regions, i);

      if (rex_region_in_division (region, division) &&
          rex_outlines_lookup_region (self, division, region) == NULL)
        g_ptr_array_add (missing, region);
      else
        g_object_unref (region);
    }

  return missing;
}
