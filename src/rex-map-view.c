/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "rex-evidence-label.h"
#include "rex-format.h"
#include "rex-map-view.h"

/* How long the map waits after the last pan or zoom step before it
 * draws the polygons sharp again; until then it scales the last
 * rendering, which costs next to nothing. */
#define SETTLE_MS      120
#define FADE_MS        250
#define FLY_MS         400
#define ZOOM_STEP      1.5
#define FIT_PADDING    24.0
#define LOCATOR_PADDING 6.0
#define N_TONES        4
/* The smallest map whose legend shows a figure's note unasked: a
 * smaller one keeps it one click away rather than under the legend. */
#define NOTE_MIN_WIDTH  720
#define NOTE_MIN_HEIGHT 720

/* The division shown before and since 8 June 2022, as an index. */
#define LAYER_2018 0
#define LAYER_2022 1

static inline guint
layer_index (RexDivision division)
{
  return division == REX_DIVISION_2018 ? LAYER_2018 : LAYER_2022;
}

/* A label, drawn once with its halo into a small image that frames
 * then paint wherever the label goes: pango's outlines and their halo
 * stroke cost far more than painting the pixels. */
typedef struct
{
  PangoLayout     *layout;
  gboolean         dim;
  /* The layout's logical size in pixels. */
  int              width;
  int              height;
  cairo_surface_t *sprite;
  /* Where the sprite's corner is from the layout's, and for which
   * palette and scale factor it was drawn. */
  int              sprite_x;
  int              sprite_y;
  int              sprite_width;
  int              sprite_height;
  guint            sprite_generation;
  int              sprite_scale;
} Label;

/* One region as drawn in one division. */
typedef struct
{
  RexRegion      *region;
  const RexShape *shape;
  guint           tone;
  /* Formed on 8 June 2022 (drawn so in the 2022 division). */
  gboolean        is_new;
  /* Gave up districts on 8 June 2022 (marked in the 2018 division). */
  gboolean        was_split;
  gboolean        is_city;
  gboolean        has_centre;
  RexPoint        centre;
  /* In the 2018 division, where the centre was before it moved on
   * 8 June 2022, when it did. */
  gboolean        has_moved_centre;
  RexPoint        old_centre;
  char           *old_centre_name;

  /* The short name on one line and, when it has several words, on
   * two; the centre's name, and the old centre's. */
  Label           name;
  Label           wrapped;
  Label           centre_label;
  Label           old_centre_label;
} Item;

/* The affine map from projected km to widget pixels: x' = ox + s x,
 * y' = oy - s y. */
typedef struct
{
  double s;
  double ox;
  double oy;
} Xform;

/* A shape's outline simplified for one zoom: the vertices kept, in
 * projected km, ring after ring, and which vertices every zoom keeps. */
typedef struct
{
  gboolean *fixed;
  double    tolerance;
  GArray   *points;
  GArray   *lengths;
} Simplified;

/* Where a label went: its top left corner as an offset in pixels from a
 * point of the map, so that it follows the map while the view moves. */
typedef struct
{
  Label   *label;
  RexPoint anchor;
  double   dx;
  double   dy;
} Placement;

typedef struct
{
  GPtrArray  *items;
  GHashTable *by_shape;
  GHashTable *by_region;

  /* The polygons rasterised at one viewport: painted as they are while
   * the view is still, scaled and moved while it moves. Every node
   * that paints it holds a reference, so that cairo never has to copy
   * it; a raster that only the layer holds any more is the spare, which
   * the next rasterisation reuses instead of faulting in a new one. */
  cairo_surface_t *raster;
  cairo_surface_t *spare;
  Xform       raster_xf;
  int         raster_width;
  int         raster_height;
  int         raster_scale;
  guint       raster_generation;

  /* The labels placed at one settled viewport, which frames reuse while
   * the view moves. */
  GArray     *placements;
  Xform       placed_xf;
  int         placed_width;
  int         placed_height;
  guint       placed_serial;
} Layer;

typedef struct
{
  GdkRGBA background;
  GdkRGBA foreground;
  GdkRGBA accent;
  GdkRGBA accent_text;
  GdkRGBA tones[N_TONES];
  GdkRGBA city;
  GdkRGBA new_fill;
  GdkRGBA split_fill;
  GdkRGBA border;
  GdkRGBA outer_border;
  GdkRGBA halo;
  GdkRGBA label;
  GdkRGBA dim_label;
  /* A figure's scale, from its lowest value through the middle to its
   * highest, and the regions without one. */
  GdkRGBA ramp[3];
  GdkRGBA no_data;
  GdkRGBA no_data_line;
  gboolean high_contrast;
} Palette;

struct _RexMapView
{
  GtkWidget          parent_instance;

  RexCatalogue      *catalogue;
  RexOutlines       *outlines;
  RexViewport       *viewport;
  RexDivision        division;
  RexRegion         *selected;
  RexRegion         *cursor;
  RexRegion         *hovered;
  gboolean           interactive;

  Layer              layers[2];
  Palette            palette;
  /* Changes whenever what the polygons look like does. */
  guint              generation;
  /* Changes whenever where the labels go may, but the view has not. */
  guint              label_serial;
  /* RexShape → Simplified, for regions and districts. */
  GHashTable        *simplified;
  /* The 2018 division's hatching, one tile of it repeated, and the
   * hatching of the regions a figure has no value for. */
  cairo_pattern_t   *hatch;
  guint              hatch_generation;
  int                hatch_scale;
  cairo_pattern_t   *no_data_hatch;
  guint              no_data_hatch_generation;
  int                no_data_hatch_scale;

  /* The figure the regions are coloured by (see rex-map-mode.h), in its
   * result's division; NULL for the regions themselves. */
  RexResult         *result;
  int                choice;
  double             figure_min;
  double             figure_max;

  gboolean           fitted;
  gboolean           has_pending_view;
  double             pending_zoom;
  double             pending_x;
  double             pending_y;

  /* Motion: while TRUE, the cached rendering is transformed. */
  gboolean           moving;
  guint              settle_id;
  guint              load_id;

  AdwAnimation      *fade;
  int                fade_from;
  double             fade_progress;

  AdwAnimation      *fly;
  double             fly_from_x, fly_from_y, fly_from_scale;
  double             fly_to_x, fly_to_y, fly_to_scale;

  double             pointer_x;
  double             pointer_y;
  gboolean           dragged;
  double             drag_last_x;
  double             drag_last_y;
  double             pinch_scale;
  gboolean           pinching;

  GtkWidget         *legend;
  GtkWidget         *legend_new;
  GtkWidget         *legend_new_label;
  GtkWidget         *legend_districts;
  GtkWidget         *legend_districts_label;
  GtkWidget         *legend_centre;
  GtkWidget         *legend_centre_label;
  GtkWidget         *legend_figure;
  GtkWidget         *legend_figure_title;
  GtkWidget         *legend_figure_result;
  GtkWidget         *legend_scale;
  GtkWidget         *legend_min_label;
  GtkWidget         *legend_max_label;
  GtkWidget         *legend_evidence;
  GtkWidget         *legend_note_expander;
  GtkWidget         *legend_note;
  GtkWidget         *legend_sources;
  /* Until someone opens or closes the note, it follows the room. */
  gboolean           note_touched;
  guint              note_idle_id;
  GtkWidget         *zoom_box;
  GtkWidget         *missing_label;
};

G_DEFINE_FINAL_TYPE (RexMapView, rex_map_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOGUE,
  PROP_OUTLINES,
  PROP_DIVISION,
  PROP_SELECTED_REGION,
  PROP_CURSOR_REGION,
  PROP_INTERACTIVE,
  PROP_ZOOM_LEVEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Items */

static void
label_clear (Label *label)
{
  g_clear_object (&label->layout);
  g_clear_pointer (&label->sprite, cairo_surface_destroy);
}

static void
item_clear_labels (Item *item)
{
  label_clear (&item->name);
  label_clear (&item->wrapped);
  label_clear (&item->centre_label);
  label_clear (&item->old_centre_label);
}

static void
item_free (Item *item)
{
  g_clear_object (&item->region);
  item_clear_labels (item);
  g_free (item->old_centre_name);
  g_free (item);
}

static void
layer_clear (Layer *layer)
{
  g_clear_pointer (&layer->placements, g_array_unref);
  g_clear_pointer (&layer->items, g_ptr_array_unref);
  g_clear_pointer (&layer->by_shape, g_hash_table_unref);
  g_clear_pointer (&layer->by_region, g_hash_table_unref);
  g_clear_pointer (&layer->raster, cairo_surface_destroy);
  g_clear_pointer (&layer->spare, cairo_surface_destroy);
}

static Layer *
shown_layer (RexMapView *self)
{
  return &self->layers[layer_index (self->division)];
}

static Item *
lookup_item (RexMapView *self,
             Layer      *layer,
             RexRegion  *region)
{
  if (layer->by_region == NULL || region == NULL)
    return NULL;

  return g_hash_table_lookup (layer->by_region, region);
}

static gboolean
formed_on_split (RexRegion *region)
{
  const RexDate *formed = rex_region_get_formed_date (region);

  return formed != NULL && formed->year == 2022;
}

static guint64
point_key (const RexPoint *p)
{
  /* Shared borders are identical after simplification, so equal
   * vertices mean neighbours; a metre is fine enough to tell them. */
  gint64 x = (gint64) llround (p->x * 1000.0);
  gint64 y = (gint64) llround (p->y * 1000.0);

  return ((guint64) x << 32) ^ (guint64) (y & 0xffffffff);
}

/* Neighbours get different tones: greedy colouring by area. */
static void
assign_tones (GPtrArray *items)
{
  guint n = items->len;
  g_autofree GHashTable **sets = g_new0 (GHashTable *, n);
  g_autofree gboolean *adjacent = g_new0 (gboolean, n * n);
  g_autofree guint *order = g_new (guint, n);
  g_autofree gboolean *done = g_new0 (gboolean, n);

  for (guint i = 0; i < n; i++)
    {
      const RexShape *shape = ((Item *) g_ptr_array_index (items, i))->shape;

      sets[i] = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint p = 0; p < shape->n_points; p++)
        {
          guint64 *key = g_new (guint64, 1);

          *key = point_key (&shape->points[p]);
          if (!g_hash_table_add (sets[i], key))
            g_free (key);
        }
    }

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        const RexShape *shape = ((Item *) g_ptr_array_index (items, j))->shape;
        guint shared = 0;

        for (guint p = 0; p < shape->n_points && shared < 2; p++)
          {
            guint64 key = point_key (&shape->points[p]);

            if (g_hash_table_contains (sets[i], &key))
              shared++;
          }
        adjacent[i * n + j] = adjacent[j * n + i] = shared >= 2;
      }

  for (guint i = 0; i < n; i++)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, sets[i]);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_free (key);
      g_hash_table_unref (sets[i]);
    }

  for (guint k = 0; k < n; k++)
    {
      guint best = G_MAXUINT;

      for (guint i = 0; i < n; i++)
        if (!done[i] && (best == G_MAXUINT ||
                         ((Item *) g_ptr_array_index (items, i))->shape->area >
                         ((Item *) g_ptr_array_index (items, best))->shape->area))
          best = i;
      done[best] = TRUE;
      order[k] = best;
    }

  memset (done, 0, n * sizeof *done);
  for (guint k = 0; k < n; k++)
    {
      guint i = order[k];
      guint used[N_TONES] = { 0 };
      guint tone = 0;

      for (guint j = 0; j < n; j++)
        if (done[j] && adjacent[i * n + j])
          used[((Item *) g_ptr_array_index (items, j))->tone]++;
      for (guint t = 1; t < N_TONES; t++)
        if (used[t] < used[tone])
          tone = t;
      ((Item *) g_ptr_array_index (items, i))->tone = tone;
      done[i] = TRUE;
    }
}

/* Simplified outlines */

/* Which vertices of every shape of a set (the regions of one division,
 * or the districts) a simplification must keep: where the set of
 * shapes that share a vertex changes, a border between two of them
 * begins or ends. Simplifying only between such vertices gives both
 * sides of a shared border the same points, so neighbours meet
 * exactly, as the full outlines do. */
static void
mark_junctions (GHashTable     *simplified,
                const RexShape **shapes,
                guint            n_shapes)
{
  g_autoptr(GHashTable) owners = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint s = 0; s < n_shapes; s++)
    for (guint p = 0; p < shapes[s]->n_points; p++)
      {
        guint64 key = point_key (&shapes[s]->points[p]);
        gpointer found = NULL, old_key = NULL;
        guint64 mask = 0;

        if (g_hash_table_lookup_extended (owners, &key, &old_key, &found))
          mask = GPOINTER_TO_SIZE (found);
        mask |= (guint64) 1 << (s % 64);
        if (old_key == NULL)
          old_key = g_memdup2 (&key, sizeof key);
        g_hash_table_steal (owners, old_key);
        g_hash_table_insert (owners, old_key, GSIZE_TO_POINTER ((gsize) mask));
      }

  for (guint s = 0; s < n_shapes; s++)
    {
      const RexShape *shape = shapes[s];
      Simplified *simple = g_new0 (Simplified, 1);

      simple->fixed = g_new0 (gboolean, shape->n_points);
      simple->points = g_array_new (FALSE, FALSE, sizeof (RexPoint));
      simple->lengths = g_array_new (FALSE, FALSE, sizeof (guint));

      for (guint r = 0; r < shape->n_rings; r++)
        {
          const RexRing *ring = &shape->rings[r];
          const RexPoint *pts = shape->points + ring->offset;
          gboolean *fixed = simple->fixed + ring->offset;
          guint n = ring->length, n_fixed = 0, lowest = 0, farthest = 0;
          double far = -1;

          for (guint i = 0; i < n; i++)
            {
              guint64 here = point_key (&pts[i]);
              guint64 before = point_key (&pts[(i + n - 1) % n]);
              guint64 after = point_key (&pts[(i + 1) % n]);
              gsize mask = GPOINTER_TO_SIZE (g_hash_table_lookup (owners, &here));

              fixed[i] = mask != GPOINTER_TO_SIZE (g_hash_table_lookup (owners, &before)) ||
                         mask != GPOINTER_TO_SIZE (g_hash_table_lookup (owners, &after));
              n_fixed += fixed[i];
            }
          if (n_fixed >= 2)
            continue;

          /* A ring that shares all of itself or nothing: its lowest
           * point and the one farthest from it, which any ring with
           * the same points picks too. */
          for (guint i = 1; i < n; i++)
            if (pts[i].x < pts[lowest].x || (pts[i].x == pts[lowest].x && pts[i].y < pts[lowest].y))
              lowest = i;
          for (guint i = 0; i < n; i++)
            {
              double d = hypot (pts[i].x - pts[lowest].x, pts[i].y - pts[lowest].y);

              if (d > far)
                {
                  far = d;
                  farthest = i;
                }
            }
          fixed[lowest] = fixed[farthest] = TRUE;
        }

      g_hash_table_insert (simplified, (gpointer) shape, simple);
    }
}

static void
simplified_free (Simplified *simple)
{
  g_free (simple->fixed);
  g_array_unref (simple->points);
  g_array_unref (simple->lengths);
  g_free (simple);
}

static double
segment_distance2 (const RexPoint *p,
                   const RexPoint *a,
                   const RexPoint *b)
{
  double dx = b->x - a->x, dy = b->y - a->y;
  double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? ((p->x - a->x) * dx + (p->y - a->y) * dy) / length2 : 0;
  double x, y;

  t = CLAMP (t, 0, 1);
  x = a->x + t * dx - p->x;
  y = a->y + t * dy - p->y;

  return x * x + y * y;
}

/* Douglas–Peucker between two kept vertices of a ring, indices taken
 * modulo its length. */
static void
simplify_span (const RexPoint *pts,
               guint           n,
               guint           a,
               guint           b,
               double          tolerance2,
               gboolean       *keep)
{
  double worst = tolerance2;
  guint worst_i = 0;

  if (b <= a + 1)
    return;

  for (guint i = a + 1; i < b; i++)
    {
      double d = segment_distance2 (&pts[i % n], &pts[a % n], &pts[b % n]);

      if (d > worst)
        {
          worst = d;
          worst_i = i;
        }
    }
  if (worst_i == 0)
    return;

  keep[worst_i % n] = TRUE;
  simplify_span (pts, n, a, worst_i, tolerance2, keep);
  simplify_span (pts, n, worst_i, b, tolerance2, keep);
}

/* The shape's outline with no vertex more than @tolerance km off it,
 * recomputed only when the tolerance changes: the outlines are fine
 * enough for the closest zoom, so at the whole country most vertices
 * lie within a pixel of a straight line, and cairo's cost grows with
 * the vertices, not with what they look like. */
static const Simplified *
get_simplified (RexMapView     *self,
                const RexShape *shape,
                double          tolerance)
{
  Simplified *simple = g_hash_table_lookup (self->simplified, shape);
  g_autofree gboolean *keep = NULL;

  if (simple == NULL)
    return NULL;
  if (simple->tolerance == tolerance)
    return simple;

  simple->tolerance = tolerance;
  g_array_set_size (simple->points, 0);
  g_array_set_size (simple->lengths, 0);
  keep = g_new (gboolean, shape->n_points);

  for (guint r = 0; r < shape->n_rings; r++)
    {
      const RexRing *ring = &shape->rings[r];
      const RexPoint *pts = shape->points + ring->offset;
      const gboolean *fixed = simple->fixed + ring->offset;
      guint n = ring->length, first = G_MAXUINT, previous = 0, kept = 0;

      memcpy (keep, fixed, n * sizeof *keep);
      for (guint i = 0; i < n; i++)
        if (fixed[i])
          {
            if (first == G_MAXUINT)
              first = i;
            else
              simplify_span (pts, n, previous, i, tolerance * tolerance, keep);
            previous = i;
          }
      if (first == G_MAXUINT)
        continue;
      simplify_span (pts, n, previous, first + n, tolerance * tolerance, keep);

      for (guint i = 0; i < n; i++)
        if (keep[i])
          {
            g_array_append_val (simple->points, pts[i]);
            kept++;
          }
      g_array_append_val (simple->lengths, kept);
    }

  return simple;
}

static void
rebuild_items (RexMapView *self)
{
  static const RexDivision divisions[] = { REX_DIVISION_2018, REX_DIVISION_2022 };
  GListModel *regions;
  guint n;

  for (guint d = 0; d < 2; d++)
    layer_clear (&self->layers[d]);
  g_hash_table_remove_all (self->simplified);

  if (self->catalogue == NULL || self->outlines == NULL)
    return;

  regions = rex_catalogue_get_regions (self->catalogue);
  n = g_list_model_get_n_items (regions);

  for (guint d = 0; d < 2; d++)
    {
      Layer *layer = &self->layers[d];

      layer->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
      layer->by_shape = g_hash_table_new (g_str_hash, g_str_equal);
      layer->by_region = g_hash_table_new (NULL, NULL);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RexRegion) region = g_list_model_get_item (regions, i);
          const RexShape *shape;
          RexCentre *centre;
          Item *item;

          if (!rex_region_in_division (region, divisions[d]))
            continue;
          shape = rex_outlines_lookup_region (self->outlines, divisions[d], region);
          if (shape == NULL)
            continue;

          item = g_new0 (Item, 1);
          item->region = g_object_ref (region);
          item->shape = shape;
          item->is_city = rex_region_get_kind (region) == REX_REGION_KIND_CITY;
          item->is_new = divisions[d] == REX_DIVISION_2022 && formed_on_split (region);

          centre = rex_region_get_centre (region);
          if (centre != NULL)
            {
              item->has_centre = TRUE;
              rex_projection_forward (rex_centre_get_longitude (centre),
                                      rex_centre_get_latitude (centre),
                                      &item->centre.x, &item->centre.y);
            }

          if (divisions[d] == REX_DIVISION_2018)
            {
              GListModel *former = rex_region_get_former_centres (region);

              for (guint f = 0; f < g_list_model_get_n_items (former); f++)
                {
                  g_autoptr(RexCentre) old = g_list_model_get_item (former, f);
                  const RexDate *until = rex_centre_get_until (old);

                  /* Only a move on 8 June 2022 ends the 2018 division. */
                  if (until == NULL || until->year != 2022)
                    continue;
                  item->has_moved_centre = TRUE;
                  item->old_centre_name = g_strdup (rex_centre_get_name (old));
                  rex_projection_forward (rex_centre_get_longitude (old),
                                          rex_centre_get_latitude (old),
                                          &item->old_centre.x, &item->old_centre.y);
                }
            }

          g_ptr_array_add (layer->items, item);
          g_hash_table_insert (layer->by_shape, (gpointer) shape->id, item);
          g_hash_table_insert (layer->by_region, item->region, item);
        }

      assign_tones (layer->items);

      {
        g_autofree const RexShape **shapes = g_new (const RexShape *, layer->items->len);

        for (guint i = 0; i < layer->items->len; i++)
          shapes[i] = ((Item *) g_ptr_array_index (layer->items, i))->shape;
        mark_junctions (self->simplified, shapes, layer->items->len);
      }
    }

  {
    guint n_districts = rex_outlines_get_n_districts (self->outlines);
    g_autofree const RexShape **shapes = g_new (const RexShape *, n_districts);

    for (guint i = 0; i < n_districts; i++)
      shapes[i] = rex_outlines_get_district (self->outlines, i);
    mark_junctions (self->simplified, shapes, n_districts);
  }

  /* The regions of 2018 that districts left, from the districts. */
  for (guint i = 0; i < rex_outlines_get_n_districts (self->outlines); i++)
    {
      const RexShape *district = rex_outlines_get_district (self->outlines, i);
      RexRegion *from = rex_catalogue_lookup_region (self->catalogue, district->from_region);
      Item *item = lookup_item (self, &self->layers[LAYER_2018], from);

      if (item != NULL && g_strcmp0 (district->from_region, district->to_region) != 0)
        item->was_split = TRUE;
    }
}

/* Colours */

static GdkRGBA
mix (const GdkRGBA *a,
     const GdkRGBA *b,
     double         t)
{
  return (GdkRGBA) {
    a->red * (1 - t) + b->red * t,
    a->green * (1 - t) + b->green * t,
    a->blue * (1 - t) + b->blue * t,
    1.0,
  };
}

static GdkRGBA
with_alpha (const GdkRGBA *c,
            double         alpha)
{
  return (GdkRGBA) { c->red, c->green, c->blue, alpha };
}

static void
set_source_alpha (cairo_t       *cr,
                  const GdkRGBA *color,
                  double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, alpha);
}

static void
lookup_color (GtkStyleContext *context,
              const char      *name,
              const char      *fallback,
              GdkRGBA         *out)
{
  if (!gtk_style_context_lookup_color (context, name, out))
    gdk_rgba_parse (out, fallback);
}

static void
update_palette (RexMapView *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  AdwStyleManager *manager = adw_style_manager_get_default ();
  Palette *p = &self->palette;
  GdkRGBA fg, bg;
  gboolean dark;

  p->high_contrast = adw_style_manager_get_high_contrast (manager);
  dark = adw_style_manager_get_dark (manager);

  lookup_color (context, "view_bg_color", dark ? "#1e1e1e" : "#ffffff", &bg);
  lookup_color (context, "accent_bg_color", "#3584e4", &p->accent);
  lookup_color (context, "accent_color", dark ? "#78aeed" : "#1c71d8", &p->accent_text);
  gtk_style_context_get_color (context, &fg);

  /* The theme's foreground is translucent; the map mixes opaque
   * colours, so that what a pixel shows is what get_region_fill()
   * says. */
  bg.alpha = 1.0;
  p->background = bg;
  p->foreground = mix (&bg, &fg, fg.alpha);
  fg = p->foreground;

  if (p->high_contrast)
    {
      static const double hc_tones[N_TONES] = { 0.06, 0.14, 0.22, 0.30 };

      for (guint t = 0; t < N_TONES; t++)
        p->tones[t] = mix (&bg, &fg, hc_tones[t]);
      p->border = fg;
      p->outer_border = fg;
      p->new_fill = mix (&bg, &p->accent, dark ? 0.6 : 0.5);
      p->split_fill = mix (&bg, &p->accent, 0.2);
      p->city = mix (&bg, &fg, 0.45);
      p->halo = bg;
      p->label = fg;
      p->dim_label = fg;
    }
  else
    {
      static const double light_tones[N_TONES] = { 0.05, 0.09, 0.13, 0.17 };
      static const double dark_tones[N_TONES] = { 0.08, 0.13, 0.18, 0.23 };

      for (guint t = 0; t < N_TONES; t++)
        p->tones[t] = mix (&bg, &fg, dark ? dark_tones[t] : light_tones[t]);
      p->border = mix (&bg, &fg, dark ? 0.45 : 0.38);
      p->outer_border = mix (&bg, &fg, dark ? 0.7 : 0.6);
      p->new_fill = mix (&bg, &p->accent, dark ? 0.42 : 0.3);
      p->split_fill = mix (&bg, &p->accent, dark ? 0.12 : 0.08);
      p->city = mix (&bg, &fg, dark ? 0.3 : 0.24);
      p->halo = with_alpha (&bg, 0.85);
      p->label = fg;
      p->dim_label = mix (&bg, &fg, 0.75);
    }

  /* A figure's scale runs from close to the background to far from it:
   * light to dark on a light background, dim to bright on a dark one,
   * so that more is always more ink. One hue family, teal to blue, that
   * neither the accent (selection, new regions) nor the warning colours
   * use; the ends are further apart in high contrast. */
  {
    static const char * const ramps[4][3] = {
      { "#e2f1e4", "#5eaeb5", "#1c4784" },  /* light */
      { "#24403f", "#3e8d97", "#a9e6d3" },  /* dark */
      { "#f0f8ef", "#4896a2", "#0a285a" },  /* light, high contrast */
      { "#193333", "#3a949e", "#d4fff1" },  /* dark, high contrast */
    };
    guint ramp = (dark ? 1 : 0) + (p->high_contrast ? 2 : 0);

    for (guint i = 0; i < 3; i++)
      gdk_rgba_parse (&p->ramp[i], ramps[ramp][i]);
    p->no_data = mix (&bg, &fg, p->high_contrast ? 0.0 : 0.05);
    p->no_data_line = mix (&bg, &fg, p->high_contrast ? 0.75 : dark ? 0.42 : 0.38);
  }

  self->generation++;
}

/* Whether the figure colours the regions of this layer. */
static gboolean
figure_layer (RexMapView *self,
              guint       layer)
{
  return self->interactive && self->result != NULL &&
         layer_index (rex_result_get_division (self->result)) == layer;
}

static GdkRGBA
ramp_colour (const Palette *p,
             double         t)
{
  t = CLAMP (t, 0.0, 1.0);
  if (t < 0.5)
    return mix (&p->ramp[0], &p->ramp[1], t * 2);

  return mix (&p->ramp[1], &p->ramp[2], (t - 0.5) * 2);
}

/* Where @value is on the scale, from 0 to 1; the middle when all the
 * regions with a value have the same. */
static double
figure_position (RexMapView *self,
                 double      value)
{
  if (!(self->figure_max - self->figure_min > 1e-9))
    return 0.5;

  return (value - self->figure_min) / (self->figure_max - self->figure_min);
}

static double
item_figure (RexMapView *self,
             Item       *item)
{
  return rex_result_get_region_figure (self->result, item->region, self->choice);
}

static GdkRGBA
item_fill (RexMapView *self,
           Item       *item,
           guint       layer)
{
  /* A locator shows one region; the rest is background to it. */
  if (!self->interactive)
    return self->palette.tones[item->tone];
  /* A figure colours every unit alike, cities and new regions too; one
   * without a value is neutral and hatched, never the colour of the
   * lowest value. */
  if (figure_layer (self, layer))
    {
      double value = item_figure (self, item);

      if (isnan (value))
        return self->palette.no_data;
      return ramp_colour (&self->palette, figure_position (self, value));
    }
  if (item->is_new)
    return self->palette.new_fill;
  if (item->is_city)
    return self->palette.city;
  if (layer == LAYER_2018 && item->was_split && self->interactive)
    return self->palette.split_fill;

  return self->palette.tones[item->tone];
}

/* Drawing helpers */

static Xform
current_xform (RexMapView *self)
{
  Xform xf;

  rex_viewport_to_widget (self->viewport, 0, 0, &xf.ox, &xf.oy);
  xf.s = rex_viewport_get_scale (self->viewport);

  return xf;
}

static gboolean
xform_equal (const Xform *a,
             const Xform *b)
{
  return fabs (a->s - b->s) < 1e-9 && fabs (a->ox - b->ox) < 0.01 && fabs (a->oy - b->oy) < 0.01;
}

static int
scale_factor (RexMapView *self)
{
  return MAX (1, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
}

/* Half a device pixel, in widget pixels. */
static double
path_tolerance (RexMapView *self)
{
  return 0.5 / scale_factor (self);
}

/* Appends the rings of a shape in widget pixels, simplified to within
 * @tolerance pixels. */
static void
append_shape_path (RexMapView     *self,
                   cairo_t        *cr,
                   const RexShape *shape,
                   const Xform    *xf,
                   double          tolerance)
{
  const Simplified *simple = get_simplified (self, shape, tolerance / xf->s);
  const RexPoint *pts = (const RexPoint *) simple->points->data;
  guint offset = 0;

  for (guint r = 0; r < simple->lengths->len; r++)
    {
      guint length = g_array_index (simple->lengths, guint, r);

      cairo_move_to (cr, xf->ox + xf->s * pts[offset].x, xf->oy - xf->s * pts[offset].y);
      for (guint i = offset + 1; i < offset + length; i++)
        cairo_line_to (cr, xf->ox + xf->s * pts[i].x, xf->oy - xf->s * pts[i].y);
      cairo_close_path (cr);
      offset += length;
    }
}

static gboolean
shape_visible (const RexShape *shape,
               const RexRect  *visible)
{
  return shape->bbox.x < visible->x + visible->width &&
         shape->bbox.x + shape->bbox.width > visible->x &&
         shape->bbox.y < visible->y + visible->height &&
         shape->bbox.y + shape->bbox.height > visible->y;
}

static void
visible_area (const Xform *xf,
              double       width,
              double       height,
              RexRect     *out)
{
  out->x = -xf->ox / xf->s;
  out->width = width / xf->s;
  out->y = (xf->oy - height) / xf->s;
  out->height = height / xf->s;
}

/* The shape's bounding box in widget pixels, grown by @margin and cut
 * to the widget: the least a node that draws the shape must cover. */
static graphene_rect_t
shape_bounds (const RexShape *shape,
              const Xform    *xf,
              double          margin,
              int             width,
              int             height)
{
  double x0 = MAX (0, floor (xf->ox + xf->s * shape->bbox.x - margin));
  double y0 = MAX (0, floor (xf->oy - xf->s * (shape->bbox.y + shape->bbox.height) - margin));
  double x1 = MIN (width, ceil (xf->ox + xf->s * (shape->bbox.x + shape->bbox.width) + margin));
  double y1 = MIN (height, ceil (xf->oy - xf->s * shape->bbox.y + margin));

  return GRAPHENE_RECT_INIT (x0, y0, MAX (0, x1 - x0), MAX (0, y1 - y0));
}

/* Even-odd over every ring, in projected km, as the outlines' own hit
 * test does it, but for one shape. */
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
        if ((p[i].y > y) != (p[j].y > y) &&
            x < (p[j].x - p[i].x) * (y - p[i].y) / (p[j].y - p[i].y) + p[i].x)
          inside = !inside;
    }

  return inside;
}

/* Layer: region fills */
static void
draw_fills (RexMapView    *self,
            cairo_t       *cr,
            guint          layer_no,
            const Xform   *xf,
            const RexRect *visible)
{
  Layer *layer = &self->layers[layer_no];
  double tolerance = path_tolerance (self);

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  for (guint i = 0; i < layer->items->len; i++)
    {
      Item *item = g_ptr_array_index (layer->items, i);
      GdkRGBA fill;

      if (!shape_visible (item->shape, visible))
        continue;
      fill = item_fill (self, item, layer_no);
      append_shape_path (self, cr, item->shape, xf, tolerance);
      gdk_cairo_set_source_rgba (cr, &fill);
      cairo_fill (cr);
    }
}

/* Hatching at a fixed pitch in pixels, whatever the zoom: lines at 45°
 * every 7 px, x + y = 7k, repeat every 7 px both ways, so one tile
 * drawn once and repeated is the same as lines stroked across the
 * widget and clipped, at a fraction of the cost. */
static cairo_pattern_t *
create_hatch (int            scale,
              const GdkRGBA *color,
              double         alpha,
              double         line_width,
              gboolean       rising)
{
  cairo_pattern_t *pattern;
  cairo_surface_t *tile;
  cairo_matrix_t matrix;
  cairo_t *cr;

  tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 7 * scale, 7 * scale);
  cr = cairo_create (tile);
  cairo_scale (cr, scale, scale);
  /* Falling lines mirror the rising ones, x − y = 7k instead. */
  if (!rising)
    {
      cairo_translate (cr, 7, 0);
      cairo_scale (cr, -1, 1);
    }
  set_source_alpha (cr, color, alpha);
  cairo_set_line_width (cr, line_width);
  for (int c = 0; c <= 14; c += 7)
    {
      cairo_move_to (cr, c + 2, -2);
      cairo_line_to (cr, -2, c + 2);
    }
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_matrix_init_scale (&matrix, scale, scale);
  cairo_pattern_set_matrix (pattern, &matrix);
  cairo_surface_destroy (tile);

  return pattern;
}

static cairo_pattern_t *
ensure_hatch (RexMapView *self)
{
  const Palette *p = &self->palette;
  int scale = scale_factor (self);

  if (self->hatch != NULL && self->hatch_generation == self->generation &&
      self->hatch_scale == scale)
    return self->hatch;

  g_clear_pointer (&self->hatch, cairo_pattern_destroy);
  self->hatch = create_hatch (scale, &p->accent, p->high_contrast ? 0.9 : 0.55,
                              p->high_contrast ? 2.0 : 1.5, TRUE);
  self->hatch_generation = self->generation;
  self->hatch_scale = scale;

  return self->hatch;
}

/* "No data": thin neutral lines the other way from the districts'
 * hatching, over a neutral fill, so that a region without a figure
 * never reads as the lowest one. */
static cairo_pattern_t *
ensure_no_data_hatch (RexMapView *self)
{
  const Palette *p = &self->palette;
  int scale = scale_factor (self);

  if (self->no_data_hatch != NULL && self->no_data_hatch_generation == self->generation &&
      self->no_data_hatch_scale == scale)
    return self->no_data_hatch;

  g_clear_pointer (&self->no_data_hatch, cairo_pattern_destroy);
  self->no_data_hatch = create_hatch (scale, &p->no_data_line, 1.0,
                                      p->high_contrast ? 1.5 : 1.0, FALSE);
  self->no_data_hatch_generation = self->generation;
  self->no_data_hatch_scale = scale;

  return self->no_data_hatch;
}

/* Layer: the regions a figure has no value for, hatched. */
static void
draw_no_data (RexMapView    *self,
              cairo_t       *cr,
              guint          layer_no,
              const Xform   *xf,
              const RexRect *visible)
{
  Layer *layer = &self->layers[layer_no];
  double tolerance = path_tolerance (self);

  cairo_save (cr);
  cairo_new_path (cr);
  for (guint i = 0; i < layer->items->len; i++)
    {
      Item *item = g_ptr_array_index (layer->items, i);

      if (shape_visible (item->shape, visible) && isnan (item_figure (self, item)))
        append_shape_path (self, cr, item->shape, xf, tolerance);
    }
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_source (cr, ensure_no_data_hatch (self));
  cairo_fill (cr);
  cairo_restore (cr);
}

/* Layer: the districts that left their region on 8 June 2022, hatched,
 * and the borders of the regions they went on to form, dashed. */
static void
draw_districts (RexMapView    *self,
                cairo_t       *cr,
                const Xform   *xf,
                const RexRect *visible)
{
  Layer *future = &self->layers[LAYER_2022];
  const Palette *p = &self->palette;
  static const double dash[] = { 5.0, 3.0 };
  double tolerance = path_tolerance (self);

  cairo_save (cr);
  cairo_new_path (cr);
  for (guint i = 0; i < rex_outlines_get_n_districts (self->outlines); i++)
    {
      const RexShape *district = rex_outlines_get_district (self->outlines, i);

      if (g_strcmp0 (district->from_region, district->to_region) == 0 ||
          !shape_visible (district, visible))
        continue;
      append_shape_path (self, cr, district, xf, tolerance);
    }
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_set_source (cr, ensure_hatch (self));
  cairo_fill (cr);
  cairo_restore (cr);

  /* Where the new regions' borders would run. */
  cairo_save (cr);
  cairo_set_line_width (cr, 2.0);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  gdk_cairo_set_source_rgba (cr, &p->accent_text);
  for (guint i = 0; future->items != NULL && i < future->items->len; i++)
    {
      Item *item = g_ptr_array_index (future->items, i);

      if (!item->is_new || !shape_visible (item->shape, visible))
        continue;
      append_shape_path (self, cr, item->shape, xf, tolerance);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* Thin borders, drawn straight into the raster's pixels with Wu's
 * antialiased lines: for a line one device pixel wide they give what
 * cairo's stroke gives, but cairo builds and scan-converts a polygon
 * along every pixel of every border, which at the whole country cost
 * most of a frame, while a Wu line touches two pixels a step. */
typedef struct
{
  guint32 *pixels;
  int      stride;
  int      width;
  int      height;
  int      red;
  int      green;
  int      blue;
  double   opacity;
} Canvas;

static inline void
blend_pixel (const Canvas *canvas,
             int           x,
             int           y,
             double        coverage)
{
  guint32 *p;
  int a, r, g, b;

  if (x < 0 || y < 0 || x >= canvas->width || y >= canvas->height)
    return;

  a = (int) (coverage * canvas->opacity * 256);
  p = canvas->pixels + (gsize) y * canvas->stride + x;
  r = (*p >> 16) & 0xff;
  g = (*p >> 8) & 0xff;
  b = *p & 0xff;
  r += ((canvas->red - r) * a) >> 8;
  g += ((canvas->green - g) * a) >> 8;
  b += ((canvas->blue - b) * a) >> 8;
  *p = 0xff000000 | (guint32) r << 16 | (guint32) g << 8 | (guint32) b;
}

/* A line between two points in device pixels, whose pixel (i, j) has
 * its centre at (i + 0.5, j + 0.5). Each step along the major axis
 * splits the line between the two pixels it passes between; the last
 * step is left to the next segment, so that joins are not drawn
 * twice. */
static void
wu_line (const Canvas *canvas,
         double        x0,
         double        y0,
         double        x1,
         double        y1)
{
  gboolean steep = fabs (y1 - y0) > fabs (x1 - x0);
  int major_size = steep ? canvas->height : canvas->width;
  double gradient, t;
  int first, last;

  if (steep)
    {
      double swap;

      swap = x0; x0 = y0; y0 = swap;
      swap = x1; x1 = y1; y1 = swap;
    }
  if (x0 > x1)
    {
      double swap;

      swap = x0; x0 = x1; x1 = swap;
      swap = y0; y0 = y1; y1 = swap;
    }
  if (x1 - x0 < 1e-9)
    return;

  gradient = (y1 - y0) / (x1 - x0);
  first = MAX (0, (int) ceil (x0 - 0.5));
  last = MIN (major_size, (int) ceil (x1 - 0.5));

  for (int i = first; i < last; i++)
    {
      double minor = y0 + gradient * (i + 0.5 - x0) - 0.5;
      int j = (int) floor (minor);

      t = minor - j;
      if (steep)
        {
          blend_pixel (canvas, j, i, 1 - t);
          blend_pixel (canvas, j + 1, i, t);
        }
      else
        {
          blend_pixel (canvas, i, j, 1 - t);
          blend_pixel (canvas, i, j + 1, t);
        }
    }
}

static void
wu_shape (RexMapView     *self,
          const Canvas   *canvas,
          const RexShape *shape,
          const Xform    *xf,
          double          device_scale)
{
  const Simplified *simple = get_simplified (self, shape, path_tolerance (self) / xf->s);
  const RexPoint *pts = (const RexPoint *) simple->points->data;
  double s = xf->s * device_scale, ox = xf->ox * device_scale, oy = xf->oy * device_scale;
  guint offset = 0;

  for (guint r = 0; r < simple->lengths->len; r++)
    {
      guint length = g_array_index (simple->lengths, guint, r);

      for (guint i = 0; i < length; i++)
        {
          const RexPoint *a = &pts[offset + i];
          const RexPoint *b = &pts[offset + (i + 1) % length];

          wu_line (canvas, ox + s * a->x, oy - s * a->y, ox + s * b->x, oy - s * b->y);
        }
      offset += length;
    }
}

/* Layer: borders, one device pixel at every zoom, and the new regions'
 * bold outline. */
static void
draw_borders (RexMapView    *self,
              cairo_t       *cr,
              guint          layer_no,
              const Xform   *xf,
              const RexRect *visible)
{
  Layer *layer = &self->layers[layer_no];
  const Palette *p = &self->palette;
  double tolerance = path_tolerance (self);
  cairo_surface_t *target = cairo_get_target (cr);
  double device_scale;
  Canvas canvas;

  /* Each border between two regions is drawn from both sides, as
   * cairo drew it, which sets the weight of its antialiased pixels. */
  cairo_surface_flush (target);
  cairo_surface_get_device_scale (target, &device_scale, NULL);
  canvas = (Canvas) {
    (guint32 *) cairo_image_surface_get_data (target),
    cairo_image_surface_get_stride (target) / 4,
    cairo_image_surface_get_width (target),
    cairo_image_surface_get_height (target),
    (int) round (p->border.red * 255),
    (int) round (p->border.green * 255),
    (int) round (p->border.blue * 255),
    self->interactive ? 1.0 : 0.75,
  };
  for (guint i = 0; i < layer->items->len; i++)
    {
      Item *item = g_ptr_array_index (layer->items, i);

      if (shape_visible (item->shape, visible))
        wu_shape (self, &canvas, item->shape, xf, device_scale);
    }
  cairo_surface_mark_dirty (target);

  if (!self->interactive || figure_layer (self, layer_no))
    return;

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, 2.5);
  gdk_cairo_set_source_rgba (cr, &p->accent_text);
  for (guint i = 0; i < layer->items->len; i++)
    {
      Item *item = g_ptr_array_index (layer->items, i);

      if (item->is_new && shape_visible (item->shape, visible))
        {
          append_shape_path (self, cr, item->shape, xf, tolerance);
          cairo_stroke (cr);
        }
    }
}

static void
render_polygons (RexMapView  *self,
                 cairo_t     *cr,
                 guint        layer_no,
                 const Xform *xf,
                 double       width,
                 double       height)
{
  RexRect visible;

  visible_area (xf, width, height, &visible);

  cairo_save (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  gdk_cairo_set_source_rgba (cr, &self->palette.background);
  cairo_paint (cr);
  cairo_restore (cr);

  /* Fills without antialiasing, several times faster: the borders,
   * antialiased and drawn over them, cover their stairs. */
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  draw_fills (self, cr, layer_no, xf, &visible);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
  /* A figure is the one story the map tells: what 8 June 2022 changed
   * gives way to it. */
  if (figure_layer (self, layer_no))
    draw_no_data (self, cr, layer_no, xf, &visible);
  else if (layer_no == LAYER_2018 && self->interactive)
    draw_districts (self, cr, xf, &visible);
  draw_borders (self, cr, layer_no, xf, &visible);
}

/* A raster to draw into: the spare, when no node paints it any more
 * (cairo would otherwise copy it for them first) and it has the size,
 * or a new one. Opaque, so that painting it is a plain copy. */
static cairo_surface_t *
take_raster (Layer *layer,
             int    width,
             int    height,
             int    scale)
{
  cairo_surface_t *surface = g_steal_pointer (&layer->spare);

  if (surface != NULL &&
      (cairo_surface_get_reference_count (surface) != 1 ||
       cairo_image_surface_get_width (surface) != width * scale ||
       cairo_image_surface_get_height (surface) != height * scale))
    g_clear_pointer (&surface, cairo_surface_destroy);

  if (surface == NULL)
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width * scale, height * scale);
      cairo_surface_set_device_scale (surface, scale, scale);
    }

  return surface;
}

/* Rasterises the polygons of a layer at the viewport now in force. */
static void
render_raster (RexMapView *self,
               guint       layer_no,
               int         width,
               int         height)
{
  Layer *layer = &self->layers[layer_no];
  Xform xf = current_xform (self);
  int scale = scale_factor (self);
  cairo_surface_t *surface = take_raster (layer, width, height, scale);
  cairo_t *cr = cairo_create (surface);

  render_polygons (self, cr, layer_no, &xf, width, height);
  cairo_destroy (cr);

  g_clear_pointer (&layer->spare, cairo_surface_destroy);
  layer->spare = g_steal_pointer (&layer->raster);
  layer->raster = surface;
  layer->raster_xf = xf;
  layer->raster_width = width;
  layer->raster_height = height;
  layer->raster_scale = scale;
  layer->raster_generation = self->generation;
}

static gboolean
raster_current (RexMapView *self,
                Layer      *layer,
                int         width,
                int         height)
{
  Xform xf = current_xform (self);

  return layer->raster != NULL &&
         layer->raster_generation == self->generation &&
         layer->raster_width == width && layer->raster_height == height &&
         layer->raster_scale == scale_factor (self) &&
         xform_equal (&layer->raster_xf, &xf);
}

static const cairo_user_data_key_t raster_key;

/* Appends a node that paints @surface with its corner at (@x, @y),
 * @k times its size. The node keeps the surface for as long as it may
 * be drawn. */
static void
append_surface (GtkSnapshot           *snapshot,
                const graphene_rect_t *bounds,
                cairo_surface_t       *surface,
                double                 x,
                double                 y,
                double                 k)
{
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, bounds);

  cairo_surface_set_user_data (cairo_get_target (cr), &raster_key,
                               cairo_surface_reference (surface),
                               (cairo_destroy_func_t) cairo_surface_destroy);
  cairo_translate (cr, x, y);
  cairo_scale (cr, k, k);
  cairo_set_source_surface (cr, surface, 0, 0);
  /* Only while the view moves, for a moment. */
  if (k != 1.0)
    cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_FAST);
  cairo_paint (cr);
  cairo_destroy (cr);
}

static void
snapshot_polygons (RexMapView  *self,
                   GtkSnapshot *snapshot,
                   guint        layer_no,
                   int          width,
                   int          height)
{
  Layer *layer = &self->layers[layer_no];
  Xform xf = current_xform (self);
  double k, x, y;

  if (!raster_current (self, layer, width, height) &&
      (!self->moving || layer->raster == NULL || layer->raster_generation != self->generation))
    render_raster (self, layer_no, width, height);

  if (raster_current (self, layer, width, height))
    {
      append_surface (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height), layer->raster, 0, 0, 1);
      return;
    }

  /* Where the raster's top left corner is now, and how much bigger it
   * has grown; what it does not cover shows the map's background. */
  k = xf.s / layer->raster_xf.s;
  x = xf.ox - layer->raster_xf.ox * k;
  y = xf.oy - layer->raster_xf.oy * k;
  gtk_snapshot_append_color (snapshot, &self->palette.background,
                             &GRAPHENE_RECT_INIT (0, 0, width, height));
  append_surface (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height), layer->raster, x, y, k);
}

/* Layer: hover, keyboard cursor and selection, drawn live over the
 * polygons, each in a node no larger than its shape. */
static void
snapshot_highlight (RexMapView  *self,
                    GtkSnapshot *snapshot,
                    guint        layer_no,
                    int          width,
                    int          height)
{
  Layer *layer = &self->layers[layer_no];
  const Palette *p = &self->palette;
  Xform xf = current_xform (self);
  double tolerance = path_tolerance (self);
  Item *selected = lookup_item (self, layer, self->selected);
  Item *hovered = self->interactive ? lookup_item (self, layer, self->hovered) : NULL;
  Item *cursor = NULL;
  graphene_rect_t bounds;
  cairo_t *cr;

  if (self->interactive && gtk_widget_has_visible_focus (GTK_WIDGET (self)))
    cursor = lookup_item (self, layer, self->cursor);

  if (hovered != NULL && hovered != selected)
    {
      bounds = shape_bounds (hovered->shape, &xf, 2, width, height);
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      append_shape_path (self, cr, hovered->shape, &xf, tolerance);
      set_source_alpha (cr, &p->foreground, 0.08);
      cairo_fill_preserve (cr);
      set_source_alpha (cr, &p->foreground, 0.6);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
      cairo_destroy (cr);
    }

  if (selected != NULL)
    {
      bounds = shape_bounds (selected->shape, &xf, 3, width, height);
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      append_shape_path (self, cr, selected->shape, &xf, tolerance);
      if (figure_layer (self, layer_no))
        {
          /* Over a figure the fill is the fact: the selection is only a
           * bolder outline over a halo, and leaves the colour be. */
          gdk_cairo_set_source_rgba (cr, &p->background);
          cairo_set_line_width (cr, 6.0);
          cairo_stroke_preserve (cr);
          gdk_cairo_set_source_rgba (cr, &p->foreground);
          cairo_set_line_width (cr, 3.0);
        }
      else if (self->interactive)
        {
          /* Unlike the new regions' accent outline, the selection is
           * a strong fill with an outline in the text colour over a
           * halo, which shows on any fill. */
          set_source_alpha (cr, &p->accent, 0.6);
          cairo_fill_preserve (cr);
          gdk_cairo_set_source_rgba (cr, &p->background);
          cairo_set_line_width (cr, 5.0);
          cairo_stroke_preserve (cr);
          gdk_cairo_set_source_rgba (cr, &p->foreground);
          cairo_set_line_width (cr, 2.0);
        }
      else
        {
          gdk_cairo_set_source_rgba (cr, &p->accent);
          cairo_fill_preserve (cr);
          gdk_cairo_set_source_rgba (cr, &p->accent_text);
          cairo_set_line_width (cr, 1.0);
        }
      cairo_stroke (cr);
      cairo_destroy (cr);
    }

  if (cursor != NULL)
    {
      static const double dash[] = { 4.0, 3.0 };

      bounds = shape_bounds (cursor->shape, &xf, 2, width, height);
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      append_shape_path (self, cr, cursor->shape, &xf, tolerance);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_set_line_width (cr, 2.0);
      gdk_cairo_set_source_rgba (cr, &p->foreground);
      cairo_stroke (cr);
      cairo_destroy (cr);
    }
}

/* Labels */

static void
label_init (RexMapView *self,
            Label      *label,
            const char *text,
            int         weight,
            double      scale,
            gboolean    dim)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  label->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  pango_attr_list_insert (attrs, pango_attr_weight_new (weight));
  pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  pango_layout_set_attributes (label->layout, attrs);
  pango_layout_set_alignment (label->layout, PANGO_ALIGN_CENTER);
  pango_attr_list_unref (attrs);
  pango_layout_get_pixel_size (label->layout, &label->width, &label->height);
  label->dim = dim;
}

/* The text broken in two lines at the space, or after the hyphen,
 * nearest its middle; NULL when it is one word. */
static char *
split_in_two (const char *text)
{
  glong n = g_utf8_strlen (text, -1);
  glong best_distance = G_MAXLONG;
  const char *best = NULL;
  GString *split;
  glong i = 0;

  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c), i++)
    if ((*c == ' ' || *c == '-') && ABS (2 * i + 1 - n) < best_distance)
      {
        best_distance = ABS (2 * i + 1 - n);
        best = c;
      }
  if (best == NULL)
    return NULL;

  split = g_string_new_len (text, best - text);
  if (*best == '-')
    g_string_append_c (split, '-');
  g_string_append_c (split, '\n');
  g_string_append (split, best + 1);

  return g_string_free (split, FALSE);
}

static void
ensure_layouts (RexMapView *self,
                Item       *item)
{
  g_autofree char *short_name = NULL;
  g_autofree char *two_lines = NULL;

  if (item->name.layout != NULL)
    return;

  /* The map has no room for "Region" after every name; the list, the
   * tooltip and the page say it. */
  short_name = rex_region_dup_short_name (item->region);
  label_init (self, &item->name, short_name,
              item->is_city ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_SEMIBOLD,
              item->is_city ? 0.85 : 0.83, FALSE);

  /* Names of several words ("North Kazakhstan") fit narrow shapes on
   * two lines. */
  two_lines = split_in_two (short_name);
  if (two_lines != NULL)
    label_init (self, &item->wrapped, two_lines,
                item->is_city ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_SEMIBOLD,
                item->is_city ? 0.85 : 0.83, FALSE);

  /* Centres in a smaller, lighter type than regions. */
  if (item->has_centre)
    label_init (self, &item->centre_label,
                rex_centre_get_name (rex_region_get_centre (item->region)),
                PANGO_WEIGHT_NORMAL, 0.74, TRUE);
  if (item->has_moved_centre)
    label_init (self, &item->old_centre_label, item->old_centre_name,
                PANGO_WEIGHT_NORMAL, 0.74, TRUE);
}

static void
drop_layouts (RexMapView *self)
{
  for (guint d = 0; d < 2; d++)
    {
      Layer *layer = &self->layers[d];

      g_clear_pointer (&layer->placements, g_array_unref);
      for (guint i = 0; layer->items != NULL && i < layer->items->len; i++)
        item_clear_labels (g_ptr_array_index (layer->items, i));
    }
  self->label_serial++;
}

static void
draw_layout (cairo_t       *cr,
             PangoLayout   *layout,
             double         x,
             double         y,
             const GdkRGBA *color,
             const GdkRGBA *halo)
{
  cairo_move_to (cr, x, y);
  pango_cairo_layout_path (cr, layout);
  gdk_cairo_set_source_rgba (cr, halo);
  cairo_set_line_width (cr, 3.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);

  cairo_move_to (cr, x, y);
  gdk_cairo_set_source_rgba (cr, color);
  pango_cairo_show_layout (cr, layout);
}

/* Draws the label with its halo into its sprite, unless done already
 * for this palette and scale factor. */
static void
ensure_sprite (RexMapView *self,
               Label      *label)
{
  const Palette *p = &self->palette;
  int scale = scale_factor (self);
  PangoRectangle ink, logical;
  cairo_t *cr;
  int x0, y0, x1, y1;

  if (label->sprite != NULL && label->sprite_generation == self->generation &&
      label->sprite_scale == scale)
    return;

  g_clear_pointer (&label->sprite, cairo_surface_destroy);
  pango_layout_get_pixel_extents (label->layout, &ink, &logical);
  /* The halo reaches 1.5 px beyond the ink. */
  x0 = MIN (ink.x, logical.x) - 3;
  y0 = MIN (ink.y, logical.y) - 3;
  x1 = MAX (ink.x + ink.width, logical.x + logical.width) + 3;
  y1 = MAX (ink.y + ink.height, logical.y + logical.height) + 3;

  label->sprite = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (x1 - x0) * scale,
                                              (y1 - y0) * scale);
  cairo_surface_set_device_scale (label->sprite, scale, scale);
  label->sprite_x = x0;
  label->sprite_y = y0;
  label->sprite_width = x1 - x0;
  label->sprite_height = y1 - y0;
  label->sprite_generation = self->generation;
  label->sprite_scale = scale;

  cr = cairo_create (label->sprite);
  draw_layout (cr, label->layout, -x0, -y0, label->dim ? &p->dim_label : &p->label, &p->halo);
  cairo_destroy (cr);
}

/* Paints a label with its top left corner at (x, y), on whole device
 * pixels so that its sprite is copied, not resampled. */
static void
snapshot_label (RexMapView  *self,
                GtkSnapshot *snapshot,
                Label       *label,
                double       x,
                double       y)
{
  int scale = scale_factor (self);

  ensure_sprite (self, label);
  x = round ((x + label->sprite_x) * scale) / scale;
  y = round ((y + label->sprite_y) * scale) / scale;
  append_surface (snapshot,
                  &GRAPHENE_RECT_INIT (x, y, label->sprite_width, label->sprite_height),
                  label->sprite, x, y, 1);
}

/* Whether the rectangle comes within 2 px of one placed before, other
 * than @own (the dot a name goes beside, or NULL). */
static gboolean
overlaps (GArray                *placed,
          const graphene_rect_t *rect,
          const graphene_rect_t *own)
{
  graphene_rect_t padded;

  graphene_rect_inset_r (rect, -2, -2, &padded);
  for (guint i = 0; i < placed->len; i++)
    {
      const graphene_rect_t *other = &g_array_index (placed, graphene_rect_t, i);

      if ((own == NULL || !graphene_rect_equal (other, own)) &&
          graphene_rect_intersection (other, &padded, NULL))
        return TRUE;
    }

  return FALSE;
}

/* The room a dot takes. */
static graphene_rect_t
dot_rect (double x,
          double y)
{
  return GRAPHENE_RECT_INIT (x - 5, y - 5, 10, 10);
}

static gboolean
inside_widget (const graphene_rect_t *rect,
               int                    width,
               int                    height)
{
  return rect->origin.x >= 2 && rect->origin.y >= 2 &&
         rect->origin.x + rect->size.width <= width - 2 &&
         rect->origin.y + rect->size.height <= height - 2;
}

/* Whether the rectangle lies inside the item's shape and outside the
 * cities (which lie inside regions), tested at its middle and the
 * middles of its edges, pulled in a little: the halo may touch a
 * border, the letters not. */
static gboolean
inside_shape (RexMapView            *self,
              Layer                 *layer,
              Item                  *item,
              const graphene_rect_t *rect)
{
  static const double fx[] = { 0.5, 0.1, 0.9, 0.5, 0.5 };
  static const double fy[] = { 0.5, 0.5, 0.5, 0.15, 0.85 };

  for (guint i = 0; i < G_N_ELEMENTS (fx); i++)
    {
      double x, y;

      rex_viewport_to_map (self->viewport,
                           rect->origin.x + fx[i] * rect->size.width,
                           rect->origin.y + fy[i] * rect->size.height, &x, &y);
      if (!shape_contains (item->shape, x, y))
        return FALSE;
      for (guint c = 0; c < layer->items->len; c++)
        {
          Item *city = g_ptr_array_index (layer->items, c);

          if (city != item && city->is_city && shape_contains (city->shape, x, y))
            return FALSE;
        }
    }

  return TRUE;
}

static void
draw_dot (cairo_t       *cr,
          double         x,
          double         y,
          double         radius,
          gboolean       hollow,
          const Palette *p)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, radius + 1.5, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, &p->background);
  cairo_fill (cr);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  gdk_cairo_set_source_rgba (cr, &p->label);
  if (hollow)
    {
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
  else
    {
      cairo_fill (cr);
    }
}

/* A dashed arrow from where a centre was to where it is. */
static void
draw_move_arrow (cairo_t       *cr,
                 double         x0,
                 double         y0,
                 double         x1,
                 double         y1,
                 const Palette *p)
{
  static const double dash[] = { 4.0, 3.0 };
  double dx = x1 - x0, dy = y1 - y0;
  double length = hypot (dx, dy);
  double ux, uy, tip_x, tip_y;

  if (length < 14)
    return;

  ux = dx / length;
  uy = dy / length;
  /* Stop short of both dots. */
  x0 += ux * 6;
  y0 += uy * 6;
  tip_x = x1 - ux * 7;
  tip_y = y1 - uy * 7;

  cairo_save (cr);
  cairo_set_line_width (cr, 1.75);
  gdk_cairo_set_source_rgba (cr, &p->accent_text);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, tip_x - ux * 5, tip_y - uy * 5);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_move_to (cr, tip_x, tip_y);
  cairo_line_to (cr, tip_x - ux * 8 - uy * 4.5, tip_y - uy * 8 + ux * 4.5);
  cairo_line_to (cr, tip_x - ux * 8 + uy * 4.5, tip_y - uy * 8 - ux * 4.5);
  cairo_close_path (cr);
  cairo_fill (cr);
  cairo_restore (cr);
}

static int
compare_label_priority (gconstpointer a,
                        gconstpointer b)
{
  const Item *ia = *(const Item **) a;
  const Item *ib = *(const Item **) b;

  /* The new regions, then the cities, then by area. */
  if (ia->is_new != ib->is_new)
    return ia->is_new ? -1 : 1;
  if (ia->is_city != ib->is_city)
    return ia->is_city ? -1 : 1;

  return ia->shape->area < ib->shape->area ? 1 : ia->shape->area > ib->shape->area ? -1 : 0;
}

/* Where a point's dot is drawn: a city's at its label point, a
 * region's at its centre. */
static gboolean
dot_point (Item     *item,
           RexPoint *point)
{
  if (item->is_city)
    *point = item->shape->label;
  else if (item->has_centre)
    *point = item->centre;
  else
    return FALSE;

  return TRUE;
}

static void
add_placement (GArray                *placements,
               GArray                *placed,
               Label                 *label,
               const RexPoint        *anchor,
               double                 anchor_x,
               double                 anchor_y,
               const graphene_rect_t *rect)
{
  Placement placement = {
    label, *anchor, rect->origin.x - anchor_x, rect->origin.y - anchor_y,
  };

  g_array_append_val (placements, placement);
  g_array_append_val (placed, *rect);
}

/* Beside a point: right, left, above, below, then the corners. */
static gboolean
place_beside (GArray          *placements,
              GArray          *placed,
              const RexPoint  *anchor,
              double           x,
              double           y,
              double           gap,
              Label           *label,
              int              width,
              int              height)
{
  double w = label->width, h = label->height;
  double diagonal = gap * 0.7;
  const graphene_rect_t rects[] = {
    GRAPHENE_RECT_INIT (x + gap, y - h / 2.0, w, h),
    GRAPHENE_RECT_INIT (x - gap - w, y - h / 2.0, w, h),
    GRAPHENE_RECT_INIT (x - w / 2.0, y - gap - h, w, h),
    GRAPHENE_RECT_INIT (x - w / 2.0, y + gap, w, h),
    GRAPHENE_RECT_INIT (x + diagonal, y - diagonal - h, w, h),
    GRAPHENE_RECT_INIT (x + diagonal, y + diagonal, w, h),
    GRAPHENE_RECT_INIT (x - diagonal - w, y - diagonal - h, w, h),
    GRAPHENE_RECT_INIT (x - diagonal - w, y + diagonal, w, h),
  };

  graphene_rect_t own = dot_rect (x, y);

  for (guint i = 0; i < G_N_ELEMENTS (rects); i++)
    if (inside_widget (&rects[i], width, height) && !overlaps (placed, &rects[i], &own))
      {
        add_placement (placements, placed, label, anchor, x, y, &rects[i]);
        return TRUE;
      }

  return FALSE;
}

/* A region's name at its label point or, when a dot or another name is
 * in the way or the shape is narrow there, moved within the shape, on
 * one line or on two. */
static gboolean
place_region_name (RexMapView *self,
                   Layer      *layer,
                   Item       *item,
                   GArray     *placements,
                   GArray     *placed,
                   int         width,
                   int         height)
{
  Label *candidates[] = { &item->name, &item->wrapped };
  /* In units of half the label's size plus a gap, nearest first. */
  static const double shifts[][2] = {
    { 0, 0 }, { 0, -1 }, { 0, 1 }, { -1, 0 }, { 1, 0 },
    { -1, -1 }, { 1, -1 }, { -1, 1 }, { 1, 1 },
    { 0, -2 }, { 0, 2 }, { -2, 0 }, { 2, 0 },
  };
  double x, y;

  rex_viewport_to_widget (self->viewport, item->shape->label.x, item->shape->label.y, &x, &y);
  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      Label *label = candidates[c];
      double w = label->width, h = label->height;

      if (label->layout == NULL)
        continue;
      for (guint shift = 0; shift < G_N_ELEMENTS (shifts); shift++)
        {
          double dx = shifts[shift][0] * (w / 2.0 + 4);
          double dy = shifts[shift][1] * (h / 2.0 + 4);
          graphene_rect_t rect = GRAPHENE_RECT_INIT (x - w / 2.0 + dx, y - h / 2.0 + dy, w, h);

          if (!inside_widget (&rect, width, height) || overlaps (placed, &rect, NULL) ||
              !inside_shape (self, layer, item, &rect))
            continue;

          add_placement (placements, placed, label, &item->shape->label, x, y, &rect);
          return TRUE;
        }
    }

  return FALSE;
}

/* The selected region's name shows whatever the room: at its label
 * point, or as near it as the widget allows, when any of the shape is
 * in view. */
static void
force_region_name (RexMapView *self,
                   Item       *item,
                   GArray     *placements,
                   GArray     *placed,
                   int         width,
                   int         height)
{
  Label *label = &item->name;
  Xform xf = current_xform (self);
  graphene_rect_t bounds = shape_bounds (item->shape, &xf, 0, width, height);
  graphene_rect_t rect;
  double x, y, px, py;

  if (bounds.size.width <= 0 || bounds.size.height <= 0)
    return;

  rex_viewport_to_widget (self->viewport, item->shape->label.x, item->shape->label.y, &x, &y);
  px = CLAMP (x, bounds.origin.x, bounds.origin.x + bounds.size.width);
  py = CLAMP (y, bounds.origin.y, bounds.origin.y + bounds.size.height);
  if (item->is_city)
    rect = GRAPHENE_RECT_INIT (px + 7, py - label->height / 2.0, label->width, label->height);
  else
    rect = GRAPHENE_RECT_INIT (px - label->width / 2.0, py - label->height / 2.0,
                               label->width, label->height);
  rect.origin.x = CLAMP (rect.origin.x, 2, MAX (2, width - 2 - label->width));
  rect.origin.y = CLAMP (rect.origin.y, 2, MAX (2, height - 2 - label->height));
  add_placement (placements, placed, label, &item->shape->label, x, y, &rect);
}

/* Places the names greedily by importance, at this viewport: the
 * selected region's first, then region names, then centre names
 * beside their dots where room is left. What does not fit is left
 * out. */
static GArray *
place_labels (RexMapView *self,
              guint       layer_no,
              int         width,
              int         height)
{
  Layer *layer = &self->layers[layer_no];
  GArray *placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (graphene_rect_t));
  g_autoptr(GPtrArray) order = NULL;
  Item *selected = lookup_item (self, layer, self->selected);

  /* The copy shares the items: it must not free them. */
  order = g_ptr_array_copy (layer->items, NULL, NULL);
  g_ptr_array_set_free_func (order, NULL);
  g_ptr_array_sort (order, compare_label_priority);
  if (selected != NULL && g_ptr_array_remove (order, selected))
    g_ptr_array_insert (order, 0, selected);

  /* Dots first: they are where they are, and names move around them. */
  for (guint i = 0; i < order->len; i++)
    {
      Item *item = g_ptr_array_index (order, i);
      graphene_rect_t rect;
      RexPoint point;
      double x, y;

      ensure_layouts (self, item);
      if (!dot_point (item, &point))
        continue;
      rex_viewport_to_widget (self->viewport, point.x, point.y, &x, &y);
      rect = dot_rect (x, y);
      g_array_append_val (placed, rect);
      if (item->has_moved_centre)
        {
          rex_viewport_to_widget (self->viewport, item->old_centre.x, item->old_centre.y, &x, &y);
          rect = dot_rect (x, y);
          g_array_append_val (placed, rect);
        }
    }

  /* Region names. */
  for (guint i = 0; i < order->len; i++)
    {
      Item *item = g_ptr_array_index (order, i);
      gboolean done;

      if (item->is_city)
        {
          double x, y;

          rex_viewport_to_widget (self->viewport, item->shape->label.x, item->shape->label.y,
                                  &x, &y);
          done = place_beside (placements, placed, &item->shape->label, x, y, 7, &item->name,
                               width, height);
        }
      else
        {
          done = place_region_name (self, layer, item, placements, placed, width, height);
        }

      if (!done && item == selected)
        force_region_name (self, item, placements, placed, width, height);
    }

  /* Centre names, where room is left. */
  for (guint i = 0; i < order->len; i++)
    {
      Item *item = g_ptr_array_index (order, i);
      double x, y;

      if (item->has_moved_centre)
        {
          rex_viewport_to_widget (self->viewport, item->old_centre.x, item->old_centre.y, &x, &y);
          place_beside (placements, placed, &item->old_centre, x, y, 6, &item->old_centre_label,
                        width, height);
        }
      if (item->centre_label.layout == NULL)
        continue;
      rex_viewport_to_widget (self->viewport, item->centre.x, item->centre.y, &x, &y);
      place_beside (placements, placed, &item->centre, x, y, 6, &item->centre_label,
                    width, height);
    }

  return placements;
}

/* Layer: centres as dots, and the names placed for them and for the
 * regions. While the view moves, the names placed when it last settled
 * move with the map instead of being placed anew. */
static void
snapshot_labels (RexMapView  *self,
                 GtkSnapshot *snapshot,
                 guint        layer_no,
                 int          width,
                 int          height)
{
  Layer *layer = &self->layers[layer_no];
  const Palette *p = &self->palette;
  Xform xf = current_xform (self);
  gboolean current;

  if (!self->interactive)
    return;

  current = layer->placements != NULL && layer->placed_serial == self->label_serial &&
            layer->placed_width == width && layer->placed_height == height &&
            xform_equal (&layer->placed_xf, &xf);
  if (!current && (!self->moving || layer->placements == NULL ||
                   layer->placed_serial != self->label_serial))
    {
      g_clear_pointer (&layer->placements, g_array_unref);
      layer->placements = place_labels (self, layer_no, width, height);
      layer->placed_xf = xf;
      layer->placed_width = width;
      layer->placed_height = height;
      layer->placed_serial = self->label_serial;
    }

  for (guint i = 0; i < layer->items->len; i++)
    {
      Item *item = g_ptr_array_index (layer->items, i);
      RexPoint point;
      double x, y, ox, oy;
      cairo_t *cr;

      if (!dot_point (item, &point))
        continue;
      rex_viewport_to_widget (self->viewport, point.x, point.y, &x, &y);
      if (!item->has_moved_centre)
        {
          if (x < -8 || y < -8 || x > width + 8 || y > height + 8)
            continue;
          cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x - 7, y - 7, 14, 14));
          draw_dot (cr, x, y, item->is_city ? 4.0 : 3.0, FALSE, p);
          cairo_destroy (cr);
          continue;
        }

      rex_viewport_to_widget (self->viewport, item->old_centre.x, item->old_centre.y, &ox, &oy);
      cr = gtk_snapshot_append_cairo (snapshot,
                                      &GRAPHENE_RECT_INIT (MIN (x, ox) - 8, MIN (y, oy) - 8,
                                                           fabs (x - ox) + 16, fabs (y - oy) + 16));
      draw_move_arrow (cr, ox, oy, x, y, p);
      draw_dot (cr, ox, oy, 3.5, FALSE, p);
      draw_dot (cr, x, y, 3.5, TRUE, p);
      cairo_destroy (cr);
    }

  for (guint i = 0; i < layer->placements->len; i++)
    {
      Placement *placement = &g_array_index (layer->placements, Placement, i);
      double x, y;

      rex_viewport_to_widget (self->viewport, placement->anchor.x, placement->anchor.y, &x, &y);
      x += placement->dx;
      y += placement->dy;
      if (x + placement->label->width < 0 || y + placement->label->height < 0 ||
          x > width || y > height)
        continue;
      snapshot_label (self, snapshot, placement->label, x, y);
    }
}

static void
snapshot_scene (RexMapView  *self,
                GtkSnapshot *snapshot,
                guint        layer_no,
                int          width,
                int          height)
{
  if (self->layers[layer_no].items == NULL)
    {
      gtk_snapshot_append_color (snapshot, &self->palette.background,
                                 &GRAPHENE_RECT_INIT (0, 0, width, height));
      return;
    }

  snapshot_polygons (self, snapshot, layer_no, width, height);
  snapshot_highlight (self, snapshot, layer_no, width, height);
  snapshot_labels (self, snapshot, layer_no, width, height);
}

static void update_zoom_actions (RexMapView *self);
static gboolean showing_figure (RexMapView *self);

/* Viewport and motion */

static void
ensure_fitted (RexMapView *self)
{
  RexRect bounds;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->fitted || self->outlines == NULL || width <= 0 || height <= 0)
    return;

  self->fitted = TRUE;
  rex_viewport_set_size (self->viewport, width, height);
  rex_outlines_get_bounds (self->outlines, &bounds);
  rex_viewport_fit (self->viewport, &bounds,
                    self->interactive ? FIT_PADDING : LOCATOR_PADDING);

  if (self->has_pending_view)
    {
      double zoom = CLAMP (self->pending_zoom, 1.0, REX_VIEWPORT_MAX_ZOOM);

      self->has_pending_view = FALSE;
      rex_viewport_set_scale (self->viewport, rex_viewport_get_min_scale (self->viewport) * zoom);
      rex_viewport_centre_on (self->viewport, self->pending_x, self->pending_y);
    }

  update_zoom_actions (self);
}

static gboolean
settle_cb (gpointer user_data)
{
  RexMapView *self = user_data;

  self->settle_id = 0;
  self->moving = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  return G_SOURCE_REMOVE;
}

/* Marks the view as in motion: until it has been still for a moment,
 * frames scale the cached rendering instead of drawing it anew. */
static void
begin_motion (RexMapView *self)
{
  self->moving = TRUE;
  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_id = g_timeout_add (SETTLE_MS, settle_cb, self);
}

static void
update_zoom_actions (RexMapView *self)
{
  double zoom = rex_viewport_get_zoom_level (self->viewport);
  gboolean ready = self->fitted && self->interactive;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.zoom-in",
                                 ready && zoom < REX_VIEWPORT_MAX_ZOOM - 1e-6);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.zoom-out", ready && zoom > 1 + 1e-6);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map.zoom-reset",
                                 ready && (zoom > 1 + 1e-6 || self->fly != NULL));
}

static void
viewport_changed_cb (RexMapView *self)
{
  update_zoom_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM_LEVEL]);
}

static void
fly_value_cb (double   value,
              gpointer user_data)
{
  RexMapView *self = user_data;
  double scale = exp (log (self->fly_from_scale) * (1 - value) + log (self->fly_to_scale) * value);

  begin_motion (self);
  g_object_freeze_notify (G_OBJECT (self));
  rex_viewport_set_scale (self->viewport, scale);
  rex_viewport_centre_on (self->viewport,
                          self->fly_from_x + (self->fly_to_x - self->fly_from_x) * value,
                          self->fly_from_y + (self->fly_to_y - self->fly_from_y) * value);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
fly_done_cb (RexMapView *self)
{
  g_clear_object (&self->fly);
  update_zoom_actions (self);
}

static gboolean
animations_enabled (RexMapView *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled, NULL);

  return enabled && gtk_widget_get_mapped (GTK_WIDGET (self));
}

/* Moves the view to a centre and scale, smoothly unless animations are
 * off. */
static void
fly_to (RexMapView *self,
        double      x,
        double      y,
        double      scale,
        gboolean    animate)
{
  scale = CLAMP (scale, rex_viewport_get_min_scale (self->viewport),
                 rex_viewport_get_max_scale (self->viewport));

  if (self->fly != NULL)
    adw_animation_reset (self->fly);
  g_clear_object (&self->fly);

  if (!animate || !animations_enabled (self))
    {
      rex_viewport_set_scale (self->viewport, scale);
      rex_viewport_centre_on (self->viewport, x, y);
      return;
    }

  self->fly_from_x = rex_viewport_get_centre_x (self->viewport);
  self->fly_from_y = rex_viewport_get_centre_y (self->viewport);
  self->fly_from_scale = rex_viewport_get_scale (self->viewport);
  self->fly_to_x = x;
  self->fly_to_y = y;
  self->fly_to_scale = scale;

  self->fly = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, FLY_MS,
                                       adw_callback_animation_target_new (fly_value_cb, self, NULL));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->fly), ADW_EASE_OUT_CUBIC);
  g_signal_connect_object (self->fly, "done", G_CALLBACK (fly_done_cb), self, G_CONNECT_SWAPPED);
  adw_animation_play (self->fly);
}

static void
zoom_by (RexMapView *self,
         double      factor,
         double      widget_x,
         double      widget_y,
         gboolean    animate)
{
  double mx, my, scale, cx, cy;
  double w = rex_viewport_get_width (self->viewport);
  double h = rex_viewport_get_height (self->viewport);

  if (!self->fitted)
    return;

  /* Keep the map point under (widget_x, widget_y) in place: work out
   * the centre that does so at the new scale. */
  scale = CLAMP (rex_viewport_get_scale (self->viewport) * factor,
                 rex_viewport_get_min_scale (self->viewport),
                 rex_viewport_get_max_scale (self->viewport));
  rex_viewport_to_map (self->viewport, widget_x, widget_y, &mx, &my);
  cx = mx - (widget_x - w / 2) / scale;
  cy = my + (widget_y - h / 2) / scale;

  fly_to (self, cx, cy, scale, animate);
}

/* Selection, cursor and announcements */

static char *
dup_figure_text (RexMapView *self,
                 RexRegion  *region)
{
  return rex_format_region_figure_line (self->result, region, self->choice);
}

static void
update_accessible (RexMapView *self)
{
  const char *label;
  g_autofree char *figure_label = NULL;
  g_autofree char *description = NULL;
  RexRegion *region = self->cursor != NULL ? self->cursor : self->selected;

  if (self->division == REX_DIVISION_2018)
    label = _("Map of the regions of Kazakhstan, 2018 – 7 June 2022");
  else
    label = _("Map of the regions of Kazakhstan, since 8 June 2022");

  if (showing_figure (self))
    {
      g_autofree char *figure = rex_format_result_figure (self->result, self->choice);
      g_autofree char *result = rex_format_result_title (self->result);

      /* Translators: read by a screen reader for the map: the map, the
       * figure its regions are coloured by and the vote, "Map of the
       * regions of Kazakhstan, 2018 – 7 June 2022. Turnout: Referendum on
       * amendments to the Constitution, 5 June 2022". */
      figure_label = g_strdup_printf (_("%s. %s: %s"), label, figure, result);
      label = figure_label;
    }

  if (region != NULL && showing_figure (self))
    {
      g_autofree char *figure = dup_figure_text (self, region);

      /* Translators: read by a screen reader for the map; a region and
       * its figure, "Selected: Almaty. Turnout: 33.3%". */
      description = g_strdup_printf (_("Selected: %s. %s"), rex_region_get_name (region), figure);
    }
  else if (region != NULL)
    {
      /* Translators: read by a screen reader for the map; %s is a region. */
      description = g_strdup_printf (_("Selected: %s"), rex_region_get_name (region));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "",
                                  -1);
}

static void
set_cursor (RexMapView *self,
            RexRegion  *region)
{
  if (!g_set_object (&self->cursor, region))
    return;

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURSOR_REGION]);
}

static void
set_hovered (RexMapView *self,
             RexRegion  *region)
{
  if (g_set_object (&self->hovered, region))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
activate_region (RexMapView *self,
                 RexRegion  *region)
{
  if (region == NULL)
    return;

  set_cursor (self, region);
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.show-region", "s",
                                   rex_region_get_id (region)))
    rex_map_view_set_selected_region (self, region);
}

static Item *
hit_test (RexMapView *self,
          double      x,
          double      y)
{
  Layer *layer = shown_layer (self);
  const char *id;
  double mx, my;

  if (!self->fitted || layer->by_shape == NULL)
    return NULL;

  rex_viewport_to_map (self->viewport, x, y, &mx, &my);
  id = rex_outlines_hit_test (self->outlines, self->division, mx, my);

  return id != NULL ? g_hash_table_lookup (layer->by_shape, id) : NULL;
}

/* Outlines */

static RexOutlines *
dup_bundled_outlines (void)
{
  static GWeakRef shared;
  RexOutlines *outlines = g_weak_ref_get (&shared);
  g_autoptr(GError) error = NULL;

  if (outlines != NULL)
    return outlines;

  outlines = rex_outlines_new_bundled (&error);
  if (outlines == NULL)
    g_critical ("Cannot load the bundled outlines: %s", error->message);
  else
    g_weak_ref_set (&shared, outlines);

  return outlines;
}

static gboolean
load_outlines_cb (gpointer user_data)
{
  RexMapView *self = user_data;
  g_autoptr(RexOutlines) outlines = NULL;

  self->load_id = 0;
  if (self->outlines == NULL && (outlines = dup_bundled_outlines ()) != NULL)
    rex_map_view_set_outlines (self, outlines);

  return G_SOURCE_REMOVE;
}

/* Overlays */

/* Whether the shown division is the figure's. */
static gboolean
showing_figure (RexMapView *self)
{
  return figure_layer (self, layer_index (self->division));
}

static void
update_figure_legend (RexMapView *self)
{
  g_autofree char *title = rex_format_result_figure (self->result, self->choice);
  g_autofree char *result = rex_format_result_title (self->result);
  g_autofree char *min = rex_format_percentage (self->figure_min);
  g_autofree char *max = rex_format_percentage (self->figure_max);
  g_autofree char *links = rex_format_source_links (rex_result_get_regions_sources (self->result));
  const char *note = rex_result_get_regions_note (self->result);
  gboolean one_value = !(self->figure_max - self->figure_min > 1e-9);

  gtk_label_set_label (GTK_LABEL (self->legend_figure_title), title);
  gtk_label_set_label (GTK_LABEL (self->legend_figure_result), result);
  gtk_label_set_label (GTK_LABEL (self->legend_min_label), min);
  gtk_label_set_label (GTK_LABEL (self->legend_max_label), max);
  /* One region with a value, or all alike: one colour, one number. */
  gtk_widget_set_visible (self->legend_max_label, !one_value);
  gtk_widget_queue_draw (self->legend_scale);
  rex_evidence_label_set_evidence (REX_EVIDENCE_LABEL (self->legend_evidence),
                                   rex_result_get_regions_evidence (self->result));

  gtk_label_set_label (GTK_LABEL (self->legend_note), note);
  gtk_widget_set_visible (self->legend_note, note != NULL);
  if (links != NULL)
    {
      /* Translators: %s is a list of links to sources. */
      g_autofree char *markup = g_strdup_printf (_("Source: %s"), links);

      gtk_label_set_markup (GTK_LABEL (self->legend_sources), markup);
    }
  gtk_widget_set_visible (self->legend_sources, links != NULL);
  gtk_widget_set_visible (self->legend_note_expander, note != NULL || links != NULL);
}

static void
update_legend (RexMapView *self)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *text = NULL;
  Layer *after = &self->layers[LAYER_2022];
  Layer *before = &self->layers[LAYER_2018];
  Item *moved = NULL;
  gboolean figure = showing_figure (self);

  gtk_widget_set_visible (self->legend, self->interactive && after->items != NULL);
  gtk_widget_set_visible (self->legend_figure, figure);
  if (figure)
    {
      gtk_widget_set_visible (self->legend_new, FALSE);
      gtk_widget_set_visible (self->legend_districts, FALSE);
      gtk_widget_set_visible (self->legend_centre, FALSE);
      update_figure_legend (self);
      return;
    }
  if (after->items == NULL)
    return;

  for (guint i = 0; i < after->items->len; i++)
    {
      Item *item = g_ptr_array_index (after->items, i);

      if (!item->is_new)
        continue;
      if (names->len > 0)
        /* Translators: between the names in a list of regions. */
        g_string_append (names, _(", "));
      g_string_append (names, rex_region_get_name (item->region));
    }

  /* Translators: the map's legend; %s is a list of region names. */
  text = g_strdup_printf (_("New regions since 8 June 2022: %s"), names->str);
  gtk_label_set_label (GTK_LABEL (self->legend_new_label), text);
  g_free (text);
  /* Translators: the map's legend, before 8 June 2022; %s is a list of region names. */
  text = g_strdup_printf (_("Districts that formed %s on 8 June 2022"), names->str);
  gtk_label_set_label (GTK_LABEL (self->legend_districts_label), text);
  g_free (text);
  text = NULL;

  for (guint i = 0; before->items != NULL && i < before->items->len && moved == NULL; i++)
    if (((Item *) g_ptr_array_index (before->items, i))->has_moved_centre)
      moved = g_ptr_array_index (before->items, i);

  if (moved != NULL)
    /* Translators: the map's legend; a region, its old centre and its new one. */
    text = g_strdup_printf (_("%1$s: centre moved from %2$s to %3$s"),
                            rex_region_get_name (moved->region), moved->old_centre_name,
                            rex_centre_get_name (rex_region_get_centre (moved->region)));
  gtk_label_set_label (GTK_LABEL (self->legend_centre_label), text);

  gtk_widget_set_visible (self->legend_new, self->division == REX_DIVISION_2022 && names->len > 0);
  gtk_widget_set_visible (self->legend_districts,
                          self->division == REX_DIVISION_2018 && names->len > 0);
  gtk_widget_set_visible (self->legend_centre, self->division == REX_DIVISION_2018 && moved != NULL);
}

static void
update_missing (RexMapView *self)
{
  g_autoptr(GPtrArray) missing = rex_map_view_dup_missing (self);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *text = NULL;

  if (missing->len == 0 || !self->interactive || self->outlines == NULL)
    {
      gtk_widget_set_visible (self->missing_label, FALSE);
      return;
    }

  for (guint i = 0; i < missing->len; i++)
    {
      if (i > 0)
        g_string_append (names, _(", "));
      g_string_append (names, rex_region_get_name (g_ptr_array_index (missing, i)));
    }

  /* Translators: over the map, for a dataset opened from a file; %u is
   * how many regions have no outline and %s lists them. */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u region is not drawn: %s",
                                       "%u regions are not drawn: %s", missing->len),
                          missing->len, names->str);
  gtk_label_set_label (GTK_LABEL (self->missing_label), text);
  gtk_widget_set_visible (self->missing_label, TRUE);
}

static void
swatch_draw (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  RexMapView *self = REX_MAP_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (area), REX_TYPE_MAP_VIEW));
  const char *kind = g_object_get_data (G_OBJECT (area), "swatch");
  const Palette *p = &self->palette;

  if (g_str_equal (kind, "scale"))
    {
      cairo_pattern_t *gradient = cairo_pattern_create_linear (0, 0, width, 0);
      gboolean one_value = !(self->figure_max - self->figure_min > 1e-9);

      for (guint i = 0; i <= 8; i++)
        {
          GdkRGBA c = ramp_colour (p, one_value ? 0.5 : i / 8.0);

          cairo_pattern_add_color_stop_rgb (gradient, i / 8.0, c.red, c.green, c.blue);
        }
      cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
      cairo_set_source (cr, gradient);
      cairo_fill_preserve (cr);
      cairo_pattern_destroy (gradient);
      cairo_set_line_width (cr, 1.0);
      gdk_cairo_set_source_rgba (cr, &p->border);
      cairo_stroke (cr);
    }
  else if (g_str_equal (kind, "no-data"))
    {
      cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
      gdk_cairo_set_source_rgba (cr, &p->no_data);
      cairo_fill_preserve (cr);
      cairo_save (cr);
      cairo_clip_preserve (cr);
      /* The map's hatching itself, so that the key matches it. */
      cairo_set_source (cr, ensure_no_data_hatch (self));
      cairo_paint (cr);
      cairo_restore (cr);
      cairo_set_line_width (cr, 1.0);
      gdk_cairo_set_source_rgba (cr, &p->border);
      cairo_stroke (cr);
    }
  else if (g_str_equal (kind, "new"))
    {
      cairo_rectangle (cr, 1.25, 1.25, width - 2.5, height - 2.5);
      gdk_cairo_set_source_rgba (cr, &p->new_fill);
      cairo_fill_preserve (cr);
      gdk_cairo_set_source_rgba (cr, &p->accent_text);
      cairo_set_line_width (cr, 2.5);
      cairo_stroke (cr);
    }
  else if (g_str_equal (kind, "districts"))
    {
      cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
      gdk_cairo_set_source_rgba (cr, &p->split_fill);
      cairo_fill_preserve (cr);
      cairo_save (cr);
      cairo_clip_preserve (cr);
      set_source_alpha (cr, &p->accent, p->high_contrast ? 0.9 : 0.55);
      cairo_set_line_width (cr, 1.5);
      for (double d = -height; d < width; d += 5)
        {
          cairo_move_to (cr, d, height);
          cairo_line_to (cr, d + height, 0);
        }
      cairo_stroke (cr);
      cairo_restore (cr);
      cairo_set_line_width (cr, 1.0);
      gdk_cairo_set_source_rgba (cr, &p->border);
      cairo_stroke (cr);
    }
  else
    {
      draw_move_arrow (cr, 4, height / 2.0, width - 4, height / 2.0, p);
      draw_dot (cr, 4, height / 2.0, 3, FALSE, p);
      draw_dot (cr, width - 4, height / 2.0, 3, TRUE, p);
    }
}

static GtkWidget *
create_legend_row (const char  *kind,
                   int          swatch_width,
                   GtkWidget  **label)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *swatch = gtk_drawing_area_new ();

  g_object_set_data (G_OBJECT (swatch), "swatch", (gpointer) kind);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), swatch_width);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 14);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), swatch_draw, NULL, NULL);
  gtk_widget_set_valign (swatch, GTK_ALIGN_START);
  gtk_widget_set_margin_top (swatch, 2);
  gtk_accessible_update_state (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (row), swatch);

  *label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (*label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (*label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (*label), 34);
  gtk_label_set_width_chars (GTK_LABEL (*label), 12);
  gtk_label_set_xalign (GTK_LABEL (*label), 0);
  gtk_widget_set_hexpand (*label, TRUE);
  gtk_box_append (GTK_BOX (row), *label);

  return row;
}

static GtkWidget *
create_legend_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
note_expanded_cb (RexMapView *self)
{
  /* Set by the room until someone decides. */
  if (self->note_idle_id == 0)
    self->note_touched = TRUE;
}

/* The legend of a figure: what it is, of which vote, its scale with the
 * lowest and highest value, the key for no data, and how well the
 * figures are established, with their note and sources one click
 * away when the map is narrow. */
static void
create_figure_legend (RexMapView *self)
{
  GtkWidget *box, *row, *swatch, *label, *details;

  self->legend_figure = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (self->legend_figure, "figure-legend");

  self->legend_figure_title = create_legend_label ("heading");
  gtk_box_append (GTK_BOX (self->legend_figure), self->legend_figure_title);
  self->legend_figure_result = create_legend_label ("caption");
  gtk_box_append (GTK_BOX (self->legend_figure), self->legend_figure_result);

  swatch = gtk_drawing_area_new ();
  g_object_set_data (G_OBJECT (swatch), "swatch", (gpointer) "scale");
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 180);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), swatch_draw, NULL, NULL);
  gtk_widget_set_margin_top (swatch, 4);
  gtk_accessible_update_state (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  self->legend_scale = swatch;
  gtk_box_append (GTK_BOX (self->legend_figure), swatch);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->legend_min_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->legend_min_label, "numeric");
  gtk_label_set_xalign (GTK_LABEL (self->legend_min_label), 0);
  gtk_widget_set_hexpand (self->legend_min_label, TRUE);
  gtk_box_append (GTK_BOX (box), self->legend_min_label);
  self->legend_max_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->legend_max_label, "numeric");
  gtk_label_set_xalign (GTK_LABEL (self->legend_max_label), 1);
  gtk_box_append (GTK_BOX (box), self->legend_max_label);
  gtk_box_append (GTK_BOX (self->legend_figure), box);

  row = create_legend_row ("no-data", 18, &label);
  /* Translators: the map's legend: regions that have no figure. */
  gtk_label_set_label (GTK_LABEL (label), _("No data"));
  gtk_widget_set_margin_top (row, 2);
  gtk_box_append (GTK_BOX (self->legend_figure), row);

  self->legend_evidence = rex_evidence_label_new (REX_EVIDENCE_VERIFIED);
  gtk_widget_set_halign (self->legend_evidence, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->legend_evidence, 2);
  gtk_box_append (GTK_BOX (self->legend_figure), self->legend_evidence);

  details = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_margin_top (details, 4);
  self->legend_note = create_legend_label ("caption");
  gtk_box_append (GTK_BOX (details), self->legend_note);
  self->legend_sources = create_legend_label ("caption");
  gtk_label_set_wrap_mode (GTK_LABEL (self->legend_sources), PANGO_WRAP_WORD);
  gtk_box_append (GTK_BOX (details), self->legend_sources);

  /* Translators: the map's legend: opens the note on a result's figures
   * by region and their sources. */
  self->legend_note_expander = gtk_expander_new (_("About These Figures"));
  gtk_expander_set_child (GTK_EXPANDER (self->legend_note_expander), details);
  gtk_widget_add_css_class (self->legend_note_expander, "caption");
  g_signal_connect_object (self->legend_note_expander, "notify::expanded",
                           G_CALLBACK (note_expanded_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->legend_figure), self->legend_note_expander);
  gtk_widget_set_visible (self->legend_figure, FALSE);
}

static GtkWidget *
create_zoom_button (const char *icon,
                    const char *action,
                    const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_focus_on_click (button, FALSE);

  return button;
}

static void
create_overlays (RexMapView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  self->missing_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->missing_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->missing_label), 0);
  gtk_widget_set_halign (self->missing_label, GTK_ALIGN_START);
  gtk_widget_set_valign (self->missing_label, GTK_ALIGN_START);
  gtk_widget_set_margin_start (self->missing_label, 12);
  gtk_widget_set_margin_end (self->missing_label, 12);
  gtk_widget_set_margin_top (self->missing_label, 12);
  gtk_widget_add_css_class (self->missing_label, "map-banner");
  gtk_widget_set_visible (self->missing_label, FALSE);
  gtk_widget_set_parent (self->missing_label, widget);

  self->legend = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_halign (self->legend, GTK_ALIGN_START);
  gtk_widget_set_valign (self->legend, GTK_ALIGN_END);
  gtk_widget_set_margin_start (self->legend, 12);
  gtk_widget_set_margin_bottom (self->legend, 12);
  /* Clear of the zoom buttons on the right. */
  gtk_widget_set_margin_end (self->legend, 64);
  gtk_widget_add_css_class (self->legend, "map-legend");
  self->legend_new = create_legend_row ("new", 18, &self->legend_new_label);
  self->legend_districts = create_legend_row ("districts", 18, &self->legend_districts_label);
  self->legend_centre = create_legend_row ("centre", 34, &self->legend_centre_label);
  gtk_box_append (GTK_BOX (self->legend), self->legend_new);
  gtk_box_append (GTK_BOX (self->legend), self->legend_districts);
  gtk_box_append (GTK_BOX (self->legend), self->legend_centre);
  create_figure_legend (self);
  gtk_box_append (GTK_BOX (self->legend), self->legend_figure);
  gtk_widget_set_visible (self->legend, FALSE);
  gtk_widget_set_parent (self->legend, widget);

  self->zoom_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_halign (self->zoom_box, GTK_ALIGN_END);
  gtk_widget_set_valign (self->zoom_box, GTK_ALIGN_END);
  gtk_widget_set_margin_end (self->zoom_box, 12);
  gtk_widget_set_margin_bottom (self->zoom_box, 12);
  gtk_widget_add_css_class (self->zoom_box, "linked");
  gtk_widget_add_css_class (self->zoom_box, "map-zoom");
  gtk_box_append (GTK_BOX (self->zoom_box),
                  create_zoom_button ("list-add-symbolic", "map.zoom-in", _("Zoom In")));
  gtk_box_append (GTK_BOX (self->zoom_box),
                  create_zoom_button ("list-remove-symbolic", "map.zoom-out", _("Zoom Out")));
  gtk_box_append (GTK_BOX (self->zoom_box),
                  create_zoom_button ("zoom-fit-best-symbolic", "map.zoom-reset",
                                      _("Show the Whole Country")));
  gtk_widget_set_parent (self->zoom_box, widget);
}

/* Input */

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           RexMapView               *self)
{
  Item *item;

  self->pointer_x = x;
  self->pointer_y = y;
  if (!self->interactive)
    return;

  item = hit_test (self, x, y);
  set_hovered (self, item != NULL ? item->region : NULL);
}

static void
leave_cb (GtkEventControllerMotion *controller,
          RexMapView               *self)
{
  set_hovered (self, NULL);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            RexMapView      *self)
{
  if (!self->interactive)
    return;

  if (n_press == 2)
    {
      zoom_by (self, 2.0, x, y, TRUE);
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
}

static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             RexMapView      *self)
{
  Item *item;

  if (!self->interactive || n_press != 1 || self->dragged)
    return;

  item = hit_test (self, x, y);
  if (item != NULL)
    activate_region (self, item->region);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               RexMapView     *self)
{
  self->dragged = FALSE;
  self->drag_last_x = 0;
  self->drag_last_y = 0;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                RexMapView     *self)
{
  if (!self->interactive || self->pinching)
    return;

  if (!self->dragged && hypot (dx, dy) < 4)
    return;

  if (!self->dragged)
    {
      self->dragged = TRUE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }

  rex_map_view_pan_by (self, dx - self->drag_last_x, dy - self->drag_last_y);
  self->drag_last_x = dx;
  self->drag_last_y = dy;
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             RexMapView     *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           RexMapView               *self)
{
  if (!self->interactive || !self->fitted)
    return FALSE;

  rex_map_view_zoom_at (self, pow (1.25, -dy), self->pointer_x, self->pointer_y);

  return TRUE;
}

static void
pinch_begin_cb (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                RexMapView       *self)
{
  self->pinching = TRUE;
  self->pinch_scale = 1.0;
}

static void
pinch_end_cb (GtkGesture       *gesture,
              GdkEventSequence *sequence,
              RexMapView       *self)
{
  self->pinching = FALSE;
}

static void
pinch_scale_changed_cb (GtkGestureZoom *gesture,
                        double          scale,
                        RexMapView     *self)
{
  double x, y;

  if (!self->interactive || !self->fitted || scale <= 0)
    return;

  gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y);
  rex_map_view_zoom_at (self, scale / self->pinch_scale, x, y);
  self->pinch_scale = scale;
}

static gboolean
rex_map_view_query_tooltip (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard,
                            GtkTooltip *tooltip)
{
  RexMapView *self = REX_MAP_VIEW (widget);
  Layer *layer = shown_layer (self);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *name = NULL;
  Item *item;
  RexCentre *centre;

  if (!self->interactive)
    return FALSE;

  item = keyboard ? lookup_item (self, layer, self->cursor) : hit_test (self, x, y);
  if (item == NULL)
    return FALSE;

  name = g_markup_escape_text (rex_region_get_name (item->region), -1);
  g_string_append_printf (markup, "<b>%s</b>", name);

  if (showing_figure (self))
    {
      g_autofree char *line = dup_figure_text (self, item->region);
      g_autofree char *escaped = g_markup_escape_text (line, -1);

      g_string_append_printf (markup, "\n%s", escaped);
    }

  centre = rex_region_get_centre_in_division (item->region, self->division);
  if (centre != NULL)
    {
      g_autofree char *line = NULL;
      g_autofree char *escaped = NULL;

      /* Translators: in the map's tooltip, "Centre: Semey". */
      line = g_strdup_printf (_("Centre: %s"), rex_centre_get_name (centre));
      escaped = g_markup_escape_text (line, -1);
      g_string_append_printf (markup, "\n%s", escaped);
    }
  g_string_append_printf (markup, "\n%s", rex_region_kind_get_label (rex_region_get_kind (item->region)));
  if (item->is_new)
    g_string_append_printf (markup, "\n%s", _("Formed on 8 June 2022"));
  else if (item->was_split && self->division == REX_DIVISION_2018)
    g_string_append_printf (markup, "\n%s", _("Gave up districts to new regions on 8 June 2022"));

  gtk_tooltip_set_markup (tooltip, markup->str);

  return TRUE;
}

/* Actions */

static void
move_cursor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RexMapView *self = REX_MAP_VIEW (widget);
  Layer *layer = shown_layer (self);
  const char *direction = g_variant_get_string (parameter, NULL);
  Item *from, *best = NULL;
  double ux = 0, uy = 0, best_score = G_MAXDOUBLE;
  double fx, fy;

  if (layer->items == NULL || layer->items->len == 0)
    return;

  from = lookup_item (self, layer, self->cursor != NULL ? self->cursor : self->selected);
  if (from == NULL)
    {
      /* Start from the region nearest the middle of the view. */
      double w = rex_viewport_get_width (self->viewport);
      double h = rex_viewport_get_height (self->viewport);

      for (guint i = 0; i < layer->items->len; i++)
        {
          Item *item = g_ptr_array_index (layer->items, i);
          double x, y, d;

          rex_viewport_to_widget (self->viewport, item->shape->label.x, item->shape->label.y, &x, &y);
          d = hypot (x - w / 2, y - h / 2);
          if (d < best_score)
            {
              best_score = d;
              best = item;
            }
        }
      set_cursor (self, best->region);
      return;
    }

  if (g_str_equal (direction, "left"))
    ux = -1;
  else if (g_str_equal (direction, "right"))
    ux = 1;
  else if (g_str_equal (direction, "up"))
    uy = -1;
  else if (g_str_equal (direction, "down"))
    uy = 1;
  else
    return;

  /* Right to left, the arrows follow the screen all the same: a map is
   * not text. The nearest label ahead, with sideways distance counting
   * double, wins. */
  rex_viewport_to_widget (self->viewport, from->shape->label.x, from->shape->label.y, &fx, &fy);
  for (guint i = 0; i < layer->items->len; i++)
    {
      Item *item = g_ptr_array_index (layer->items, i);
      double x, y, along, across, score;

      if (item == from)
        continue;
      rex_viewport_to_widget (self->viewport, item->shape->label.x, item->shape->label.y, &x, &y);
      along = (x - fx) * ux + (y - fy) * uy;
      across = fabs ((x - fx) * uy - (y - fy) * ux);
      if (along <= 1e-6)
        continue;
      score = along + 2 * across;
      if (score < best_score)
        {
          best_score = score;
          best = item;
        }
    }

  if (best != NULL)
    {
      set_cursor (self, best->region);
      rex_map_view_reveal_region (self, best->region, TRUE);
    }
}

static void
activate_cursor_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RexMapView *self = REX_MAP_VIEW (widget);

  activate_region (self, self->cursor != NULL ? self->cursor : self->selected);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RexMapView *self = REX_MAP_VIEW (widget);
  double w = rex_viewport_get_width (self->viewport);
  double h = rex_viewport_get_height (self->viewport);

  if (!self->fitted)
    return;

  if (g_str_equal (action_name, "map.zoom-in"))
    zoom_by (self, ZOOM_STEP, w / 2, h / 2, TRUE);
  else if (g_str_equal (action_name, "map.zoom-out"))
    zoom_by (self, 1 / ZOOM_STEP, w / 2, h / 2, TRUE);
  else
    {
      RexRect bounds;

      rex_outlines_get_bounds (self->outlines, &bounds);
      fly_to (self, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2,
              rex_viewport_get_min_scale (self->viewport), TRUE);
    }
}

/* Fade between divisions */

static void
fade_value_cb (double   value,
               gpointer user_data)
{
  RexMapView *self = user_data;

  self->fade_progress = value;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
fade_done_cb (RexMapView *self)
{
  self->fade_from = -1;
  g_clear_object (&self->fade);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* GtkWidget */

static void
rex_map_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  RexMapView *self = REX_MAP_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint shown = layer_index (self->division);

  if (width <= 0 || height <= 0)
    return;

  ensure_fitted (self);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (self->fade_from >= 0 && self->fade != NULL)
    {
      gtk_snapshot_push_cross_fade (snapshot, self->fade_progress);
      snapshot_scene (self, snapshot, self->fade_from, width, height);
      gtk_snapshot_pop (snapshot);
      snapshot_scene (self, snapshot, shown, width, height);
      gtk_snapshot_pop (snapshot);
    }
  else
    {
      snapshot_scene (self, snapshot, shown, width, height);
    }
  gtk_snapshot_pop (snapshot);

  GTK_WIDGET_CLASS (rex_map_view_parent_class)->snapshot (widget, snapshot);
}

/* Opens the figure's note where the map has room for it, closes it on a
 * phone, after the frame that measured the room. */
static gboolean
fit_note_cb (gpointer user_data)
{
  RexMapView *self = user_data;

  gtk_expander_set_expanded (GTK_EXPANDER (self->legend_note_expander),
                             gtk_widget_get_width (GTK_WIDGET (self)) >= NOTE_MIN_WIDTH &&
                             gtk_widget_get_height (GTK_WIDGET (self)) >= NOTE_MIN_HEIGHT);
  self->note_idle_id = 0;

  return G_SOURCE_REMOVE;
}

static void
rex_map_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  RexMapView *self = REX_MAP_VIEW (widget);

  rex_viewport_set_size (self->viewport, width, height);
  ensure_fitted (self);

  if (!self->note_touched && self->note_idle_id == 0 && showing_figure (self) &&
      gtk_expander_get_expanded (GTK_EXPANDER (self->legend_note_expander)) !=
      (width >= NOTE_MIN_WIDTH && height >= NOTE_MIN_HEIGHT))
    self->note_idle_id = g_idle_add (fit_note_cb, self);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
rex_map_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  *minimum = *natural = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }

  /* The map itself would fill any room; ask for a reasonable amount. */
  if (REX_MAP_VIEW (widget)->interactive)
    *natural = MAX (*natural, orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 320);
}

static void
rex_map_view_map (GtkWidget *widget)
{
  RexMapView *self = REX_MAP_VIEW (widget);

  GTK_WIDGET_CLASS (rex_map_view_parent_class)->map (widget);

  /* Not on the startup path: only a map that shows needs outlines, and
   * they load after the frame that first shows it. */
  if (self->outlines == NULL && self->load_id == 0)
    self->load_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, load_outlines_cb, self, NULL);
}

static void
redraw_swatches (GtkWidget *widget)
{
  if (GTK_IS_DRAWING_AREA (widget))
    gtk_widget_queue_draw (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    redraw_swatches (child);
}

static void
rex_map_view_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  RexMapView *self = REX_MAP_VIEW (widget);

  GTK_WIDGET_CLASS (rex_map_view_parent_class)->css_changed (widget, change);

  update_palette (self);
  drop_layouts (self);
  gtk_widget_queue_draw (widget);
  if (self->legend != NULL)
    redraw_swatches (self->legend);
}

static void
style_changed_cb (RexMapView *self)
{
  update_palette (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (self->legend != NULL)
    redraw_swatches (self->legend);
}

static void
rex_map_view_state_flags_changed (GtkWidget     *widget,
                                  GtkStateFlags  previous)
{
  GTK_WIDGET_CLASS (rex_map_view_parent_class)->state_flags_changed (widget, previous);

  /* The keyboard cursor shows only with visible focus. */
  if ((previous ^ gtk_widget_get_state_flags (widget)) & (GTK_STATE_FLAG_FOCUS_VISIBLE |
                                                           GTK_STATE_FLAG_FOCUSED))
    gtk_widget_queue_draw (widget);
}

static gboolean
rex_map_view_focus (GtkWidget        *widget,
                    GtkDirectionType  direction)
{
  RexMapView *self = REX_MAP_VIEW (widget);

  /* Tab reaches the map itself first, then its zoom buttons. */
  if (!gtk_widget_has_focus (widget) && !gtk_widget_get_focus_child (widget) &&
      self->interactive)
    {
      if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_DOWN ||
          direction == GTK_DIR_RIGHT)
        {
          gtk_widget_grab_focus (widget);
          if (self->cursor == NULL && self->selected != NULL)
            set_cursor (self, self->selected);
          return TRUE;
        }
    }
  else if (gtk_widget_has_focus (widget) && direction == GTK_DIR_TAB_BACKWARD)
    {
      return FALSE;
    }

  return GTK_WIDGET_CLASS (rex_map_view_parent_class)->focus (widget, direction);
}

/* GObject */

static void
rex_map_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RexMapView *self = REX_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_CATALOGUE:
      g_value_set_object (value, self->catalogue);
      break;

    case PROP_OUTLINES:
      g_value_set_object (value, self->outlines);
      break;

    case PROP_DIVISION:
      g_value_set_flags (value, self->division);
      break;

    case PROP_SELECTED_REGION:
      g_value_set_object (value, self->selected);
      break;

    case PROP_CURSOR_REGION:
      g_value_set_object (value, self->cursor);
      break;

    case PROP_INTERACTIVE:
      g_value_set_boolean (value, self->interactive);
      break;

    case PROP_ZOOM_LEVEL:
      g_value_set_double (value, rex_map_view_get_zoom_level (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_map_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RexMapView *self = REX_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_CATALOGUE:
      rex_map_view_set_catalogue (self, g_value_get_object (value));
      break;

    case PROP_OUTLINES:
      rex_map_view_set_outlines (self, g_value_get_object (value));
      break;

    case PROP_DIVISION:
      rex_map_view_set_division (self, g_value_get_flags (value));
      break;

    case PROP_SELECTED_REGION:
      rex_map_view_set_selected_region (self, g_value_get_object (value));
      break;

    case PROP_INTERACTIVE:
      rex_map_view_set_interactive (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_map_view_dispose (GObject *object)
{
  RexMapView *self = REX_MAP_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_clear_handle_id (&self->load_id, g_source_remove);
  g_clear_handle_id (&self->note_idle_id, g_source_remove);
  if (self->fly != NULL)
    adw_animation_reset (self->fly);
  g_clear_object (&self->fly);
  if (self->fade != NULL)
    adw_animation_reset (self->fade);
  g_clear_object (&self->fade);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->legend = self->zoom_box = self->missing_label = NULL;

  for (guint d = 0; d < 2; d++)
    layer_clear (&self->layers[d]);
  g_clear_object (&self->selected);
  g_clear_object (&self->cursor);
  g_clear_object (&self->hovered);
  g_clear_object (&self->catalogue);
  g_clear_object (&self->outlines);
  g_clear_object (&self->result);

  G_OBJECT_CLASS (rex_map_view_parent_class)->dispose (object);
}

static void
rex_map_view_finalize (GObject *object)
{
  RexMapView *self = REX_MAP_VIEW (object);

  g_clear_object (&self->viewport);
  g_clear_pointer (&self->simplified, g_hash_table_unref);
  g_clear_pointer (&self->hatch, cairo_pattern_destroy);
  g_clear_pointer (&self->no_data_hatch, cairo_pattern_destroy);

  G_OBJECT_CLASS (rex_map_view_parent_class)->finalize (object);
}

static void
rex_map_view_class_init (RexMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct {
    guint       key;
    const char *direction;
  } arrows[] = {
    { GDK_KEY_Left, "left" }, { GDK_KEY_KP_Left, "left" },
    { GDK_KEY_Right, "right" }, { GDK_KEY_KP_Right, "right" },
    { GDK_KEY_Up, "up" }, { GDK_KEY_KP_Up, "up" },
    { GDK_KEY_Down, "down" }, { GDK_KEY_KP_Down, "down" },
  };

  object_class->get_property = rex_map_view_get_property;
  object_class->set_property = rex_map_view_set_property;
  object_class->dispose = rex_map_view_dispose;
  object_class->finalize = rex_map_view_finalize;

  widget_class->snapshot = rex_map_view_snapshot;
  widget_class->size_allocate = rex_map_view_size_allocate;
  widget_class->measure = rex_map_view_measure;
  widget_class->map = rex_map_view_map;
  widget_class->css_changed = rex_map_view_css_changed;
  widget_class->query_tooltip = rex_map_view_query_tooltip;
  widget_class->state_flags_changed = rex_map_view_state_flags_changed;
  widget_class->focus = rex_map_view_focus;

  properties[PROP_CATALOGUE] =
    g_param_spec_object ("catalogue", NULL, NULL, REX_TYPE_CATALOGUE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTLINES] =
    g_param_spec_object ("outlines", NULL, NULL, REX_TYPE_OUTLINES,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIVISION] =
    g_param_spec_flags ("division", NULL, NULL, REX_TYPE_DIVISION, REX_DIVISION_2022,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_REGION] =
    g_param_spec_object ("selected-region", NULL, NULL, REX_TYPE_REGION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURSOR_REGION] =
    g_param_spec_object ("cursor-region", NULL, NULL, REX_TYPE_REGION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERACTIVE] =
    g_param_spec_boolean ("interactive", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM_LEVEL] =
    g_param_spec_double ("zoom-level", NULL, NULL, 1.0, REX_VIEWPORT_MAX_ZOOM, 1.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "map.move-cursor", "s", move_cursor_action);
  gtk_widget_class_install_action (widget_class, "map.activate-cursor", NULL, activate_cursor_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-reset", NULL, zoom_action);

  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    gtk_widget_class_add_binding_action (widget_class, arrows[i].key, 0,
                                         "map.move-cursor", "s", arrows[i].direction);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "map.activate-cursor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "map.activate-cursor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "map.activate-cursor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "map.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "map.zoom-reset", NULL);

  gtk_widget_class_set_css_name (widget_class, "regionmap");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rex_map_view_init (RexMapView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;
  GtkGesture *gesture;

  self->division = REX_DIVISION_2022;
  self->interactive = TRUE;
  self->fade_from = -1;
  self->viewport = rex_viewport_new ();
  self->simplified = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) simplified_free);
  g_signal_connect_object (self->viewport, "changed",
                           G_CALLBACK (viewport_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (widget, controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "pressed", G_CALLBACK (pressed_cb), self);
  g_signal_connect (gesture, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (widget, controller);

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (pinch_begin_cb), self);
  g_signal_connect (gesture, "end", G_CALLBACK (pinch_end_cb), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (pinch_scale_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));

  create_overlays (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);

  update_palette (self);
  update_accessible (self);
  update_zoom_actions (self);
}

/* Public */

GtkWidget *
rex_map_view_new (void)
{
  return g_object_new (REX_TYPE_MAP_VIEW, NULL);
}

RexCatalogue *
rex_map_view_get_catalogue (RexMapView *self)
{
  g_return_val_if_fail (REX_IS_MAP_VIEW (self), NULL);

  return self->catalogue;
}

static void
data_changed (RexMapView *self)
{
  g_clear_object (&self->hovered);
  if (self->cursor != NULL && lookup_item (self, shown_layer (self), self->cursor) == NULL)
    g_clear_object (&self->cursor);
  rebuild_items (self);
  update_legend (self);
  update_missing (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
rex_map_view_set_catalogue (RexMapView   *self,
                            RexCatalogue *catalogue)
{
  g_return_if_fail (REX_IS_MAP_VIEW (self));
  g_return_if_fail (catalogue == NULL || REX_IS_CATALOGUE (catalogue));

  if (!g_set_object (&self->catalogue, catalogue))
    return;

  /* A figure belongs to the catalogue it came from. */
  g_clear_object (&self->result);
  self->choice = REX_FIGURE_TURNOUT;
  self->generation++;
  update_accessible (self);
  g_clear_object (&self->selected);
  g_clear_object (&self->cursor);
  data_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOGUE]);
}

RexOutlines *
rex_map_view_get_outlines (RexMapView *self)
{
  g_return_val_if_fail (REX_IS_MAP_VIEW (self), NULL);

  return self->outlines;
}

void
rex_map_view_set_outlines (RexMapView  *self,
                           RexOutlines *outlines)
{
  g_return_if_fail (REX_IS_MAP_VIEW (self));
  g_return_if_fail (outlines == NULL || REX_IS_OUTLINES (outlines));

  if (!g_set_object (&self->outlines, outlines))
    return;

  g_clear_handle_id (&self->load_id, g_source_remove);
  self->fitted = FALSE;
  data_changed (self);
  ensure_fitted (self);
  update_zoom_actions (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTLINES]);
}

RexDivision
rex_map_view_get_division (RexMapView *self)
{
  g_return_val_if_fail (REX_IS_MAP_VIEW (self), REX_DIVISION_2022);

  return self->division;
}

void
rex_map_view_set_division (RexMapView  *self,
                           RexDivision  division)
{
  g_return_if_fail (REX_IS_MAP_VIEW (self));
  g_return_if_fail (division == REX_DIVISION_2018 || division == REX_DIVISION_2022);

  if (self->division == division)
    return;

  if (self->fade != NULL)
    adw_animation_reset (self->fade);
  g_clear_object (&self->fade);

  self->fade_from = layer_index (self->division);
  self->division = division;
  set_hovered (self, NULL);
  if (self->cursor != NULL && lookup_item (self, shown_layer (self), self->cursor) == NULL)
    set_cursor (self, NULL);

  if (self->interactive && animations_enabled (self))
    {
      self->fade_progress = 0;
      self->fade = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, FADE_MS,
                                            adw_callback_animation_target_new (fade_value_cb,
                                                                               self, NULL));
      g_signal_connect_object (self->fade, "done", G_CALLBACK (fade_done_cb), self,
                               G_CONNECT_SWAPPED);
      adw_animation_play (self->fade);
    }
  else
    {
      self->fade_from = -1;
    }

  update_legend (self);
  update_missing (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIVISION]);
}

RexRegion *
rex_map_view_get_selected_region (RexMapView *self)
{
  g_return_val_if_fail (REX_IS_MAP_VIEW (self), NULL);

  return self->selected;
}

void
rex_map_view_set_selected_region (RexMapView *self,
                                  RexRegion  *region)
{
  g_return_if_fail (REX_IS_MAP_VIEW (self));
  g_return_if_fail (region == NULL || REX_IS_REGION (region));

  if (!g_set_object (&self->selected, region))
    return;

  /* The selected region's name goes first, and always shows. */
  self->label_serial++;
  if (region != NULL)
    set_cursor (self, region);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_REGION]);
}

void
rex_map_view_reveal_region (RexMapView *self,
                            RexRegion  *region,
                            gboolean    animate)
{
  Item *item;
  RexRect visible, inner;

  g_return_if_fail (REX_IS_MAP_VIEW (self));
  g_return_if_fail (REX_IS_REGION (region));

  item = lookup_item (self, shown_layer (self), region);
  if (item == NULL || !self->fitted)
    return;

  rex_viewport_get_visible_area (self->viewport, &visible);
  inner = (RexRect) { visible.x + visible.width * 0.1, visible.y + visible.height * 0.1,
                      visible.width * 0.8, visible.height * 0.8 };
  if (item->shape->bbox.x >= inner.x && item->shape->bbox.y >= inner.y &&
      item->shape->bbox.x + item->shape->bbox.width <= inner.x + inner.width &&
      item->shape->bbox.y + item->shape->bbox.height <= inner.y + inner.height)
    return;

  fly_to (self, item->shape->label.x, item->shape->label.y,
          rex_viewport_get_scale (self->viewport), animate);
}

RexRegion *
rex_map_view_get_cursor_region (RexMapView *self)
{
  g_return_val_if_fail (REX_IS_MAP_VIEW (self), NULL);

  return self->cursor;
}

gboolean
rex_map_view_get_interactive (RexMapView *self)
{
  g_return_val_if_fail (REX_IS_MAP_VIEW (self), FALSE);

  return self->interactive;
}

void
rex_map_view_set_interactive (RexMapView *self,
                              gboolean    interactive)
{
  g_return_if_fail (REX_IS_MAP_VIEW (self));

  interactive = !!interactive;
  if (self->interactive == interactive)
    return;

  self->interactive = interactive;
  gtk_widget_set_focusable (GTK_WIDGET (self), interactive);
  gtk_widget_set_can_target (GTK_WIDGET (self), interactive);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), interactive);
  gtk_widget_set_visible (self->zoom_box, interactive);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_HIDDEN, !interactive, -1);
  if (interactive)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "locator");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "locator");

  self->fitted = FALSE;
  self->generation++;
  update_legend (self);
  update_missing (self);
  update_zoom_actions (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERACTIVE]);
}

RexViewport *
rex_map_view_get_viewport (RexMapView *self)
{
  g_return_val_if_fail (REX_IS_MAP_VIEW (self), NULL);

  return self->viewport;
}

double
rex_map_view_get_zoom_level (RexMapView *self)
{
  g_return_val_if_fail (REX_IS_MAP_VIEW (self), 1.0);

  return CLAMP (rex_viewport_get_zoom_level (self->viewport), 1.0, REX_VIEWPORT_MAX_ZOOM);
}

void
rex_map_view_restore_view (RexMapView *self,
                           double      zoom_level,
                           double      centre_x,
                           double      centre_y)
{
  g_return_if_fail (REX_IS_MAP_VIEW (self));

  if (!isfinite (zoom_level) || !isfinite (centre_x) || !isfinite (centre_y))
    return;

  self->pending_zoom = zoom_level;
  self->pending_x = centre_x;
  self->pending_y = centre_y;
  self->has_pending_view = TRUE;

  if (self->fitted)
    {
      self->fitted = FALSE;
      ensure_fitted (self);
    }
}

RexRegion *
rex_map_view_region_at (RexMapView *self,
                        double      x,
                        double      y)
{
  Item *item;

  g_return_val_if_fail (REX_IS_MAP_VIEW (self), NULL);

  item = hit_test (self, x, y);

  return item != NULL ? item->region : NULL;
}

void
rex_map_view_lonlat_to_widget (RexMapView *self,
                               double      lon,
                               double      lat,
                               double     *x,
                               double     *y)
{
  double px, py;

  g_return_if_fail (REX_IS_MAP_VIEW (self));

  rex_projection_forward (lon, lat, &px, &py);
  rex_viewport_to_widget (self->viewport, px, py, x, y);
}

gboolean
rex_map_view_get_region_fill (RexMapView  *self,
                              RexDivision  division,
                              RexRegion   *region,
                              GdkRGBA     *fill)
{
  guint layer_no;
  Item *item;

  g_return_val_if_fail (REX_IS_MAP_VIEW (self), FALSE);
  g_return_val_if_fail (division == REX_DIVISION_2018 || division == REX_DIVISION_2022, FALSE);
  g_return_val_if_fail (fill != NULL, FALSE);

  layer_no = layer_index (division);
  item = lookup_item (self, &self->layers[layer_no], region);
  if (item == NULL)
    return FALSE;

  *fill = item_fill (self, item, layer_no);

  return TRUE;
}

GPtrArray *
rex_map_view_dup_missing (RexMapView *self)
{
  g_return_val_if_fail (REX_IS_MAP_VIEW (self), NULL);

  if (self->outlines == NULL || self->catalogue == NULL)
    return g_ptr_array_new_with_free_func (g_object_unref);

  return rex_outlines_dup_missing (self->outlines, self->catalogue, self->division);
}

void
rex_map_view_pan_by (RexMapView *self,
                     double      dx,
                     double      dy)
{
  g_return_if_fail (REX_IS_MAP_VIEW (self));

  begin_motion (self);
  rex_viewport_pan (self->viewport, dx, dy);
}

void
rex_map_view_zoom_at (RexMapView *self,
                      double      factor,
                      double      x,
                      double      y)
{
  g_return_if_fail (REX_IS_MAP_VIEW (self));

  begin_motion (self);
  rex_viewport_zoom_at (self->viewport, factor, x, y);
}

void
rex_map_view_set_figure (RexMapView *self,
                         RexResult  *result,
                         int         choice)
{
  g_return_if_fail (REX_IS_MAP_VIEW (self));
  g_return_if_fail (result == NULL || REX_IS_RESULT (result));
  g_return_if_fail (result == NULL || rex_result_has_region_figure (result, choice));

  if (result == NULL)
    choice = REX_FIGURE_TURNOUT;
  if (self->result == result && self->choice == choice)
    return;

  g_set_object (&self->result, result);
  self->choice = choice;
  self->figure_min = self->figure_max = NAN;
  if (result != NULL)
    rex_result_get_figure_range (result, choice, &self->figure_min, &self->figure_max);

  self->generation++;
  update_legend (self);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

RexResult *
rex_map_view_get_figure_result (RexMapView *self)
{
  g_return_val_if_fail (REX_IS_MAP_VIEW (self), NULL);

  return self->result;
}

int
rex_map_view_get_figure_choice (RexMapView *self)
{
  g_return_val_if_fail (REX_IS_MAP_VIEW (self), REX_FIGURE_TURNOUT);

  return self->choice;
}

double
rex_map_view_get_region_figure (RexMapView *self,
                                RexRegion  *region)
{
  g_return_val_if_fail (REX_IS_MAP_VIEW (self), NAN);
  g_return_val_if_fail (REX_IS_REGION (region), NAN);

  if (!showing_figure (self))
    return NAN;

  return rex_result_get_region_figure (self->result, region, self->choice);
}

gboolean
rex_map_view_get_no_data_fill (RexMapView *self,
                               GdkRGBA    *fill)
{
  g_return_val_if_fail (REX_IS_MAP_VIEW (self), FALSE);
  g_return_val_if_fail (fill != NULL, FALSE);

  *fill = self->palette.no_data;

  return showing_figure (self);
}
