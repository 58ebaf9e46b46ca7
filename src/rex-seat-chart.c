/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "rex-format.h"
#include "rex-seat-chart.h"

/* Seats are laid out on concentric half rings, each ring holding seats in
 * proportion to its length, and then handed out in angle order, left to
 * right, so that each choice takes one wedge of the hemicycle as in a
 * parliament's own diagrams. */

#define INNER_RADIUS 0.38

typedef struct
{
  double x;       /* unit hemicycle: x in [-1, 1], y in [0, 1] upwards */
  double y;
  double angle;
  guint  ring;
} Seat;

struct _RexSeatChart
{
  GtkWidget  parent_instance;

  RexResult *result;
  GArray    *seats;         /* Seat, in the order they are handed out */
  /* For each seat, the choice it went to and whether by district. */
  GArray    *owners;
  GArray    *district;
  double     dot_radius;    /* in unit hemicycle coordinates */
  guint      n_district;
};

G_DEFINE_FINAL_TYPE (RexSeatChart, rex_seat_chart, GTK_TYPE_WIDGET)

/* The GNOME palette: one hue per choice, a lighter shade on dark. */
static const char * const light_palette[] = {
  "#1c71d8", "#26a269", "#e5a50a", "#c64600", "#9141ac", "#865e3c", "#c01c28", "#5e5c64",
};
static const char * const dark_palette[] = {
  "#62a0ea", "#57e389", "#f8e45c", "#ffa348", "#dc8add", "#cdab8f", "#f66151", "#c0bfbc",
};

static int
compare_seats (gconstpointer a,
               gconstpointer b)
{
  const Seat *sa = a, *sb = b;

  /* Left (angle π) first; within a ray, the inner ring first. */
  if (fabs (sa->angle - sb->angle) > 1e-9)
    return sa->angle > sb->angle ? -1 : 1;
  return (int) sa->ring - (int) sb->ring;
}

static void
lay_out (RexSeatChart *self)
{
  guint n = 0, rings, placed = 0;
  double sum = 0;

  g_array_set_size (self->seats, 0);
  g_array_set_size (self->owners, 0);
  g_array_set_size (self->district, 0);
  self->n_district = 0;

  for (guint i = 0; i < rex_result_get_n_choices (self->result); i++)
    {
      const RexChoice *choice = rex_result_get_choice (self->result, i);

      for (gint64 s = 0; s < MAX (choice->list_seats, 0); s++)
        {
          gboolean by_district = FALSE;

          g_array_append_val (self->owners, i);
          g_array_append_val (self->district, by_district);
        }
      for (gint64 s = 0; s < MAX (choice->district_seats, 0); s++)
        {
          gboolean by_district = TRUE;

          g_array_append_val (self->owners, i);
          g_array_append_val (self->district, by_district);
          self->n_district++;
        }
    }
  n = self->owners->len;
  if (n == 0)
    return;

  /* About as many rings as make the dots as large as they can be. */
  rings = CLAMP ((guint) round (sqrt (n / 4.0)), 1, 12);
  if (rings == 1)
    {
      self->dot_radius = MIN (0.35, G_PI / (2.0 * MAX (n, 1)));
    }
  else
    {
      double gap = (1.0 - INNER_RADIUS) / (rings - 1);
      self->dot_radius = gap * 0.42;
    }

  for (guint r = 0; r < rings; r++)
    sum += rings == 1 ? 1 : INNER_RADIUS + (1.0 - INNER_RADIUS) * r / (rings - 1);

  for (guint r = 0; r < rings; r++)
    {
      double radius = rings == 1 ? 1 : INNER_RADIUS + (1.0 - INNER_RADIUS) * r / (rings - 1);
      guint count = r + 1 == rings ? n - placed : (guint) round (n * radius / sum);

      count = MIN (count, n - placed);
      for (guint j = 0; j < count; j++)
        {
          double angle = count == 1 ? G_PI / 2 : G_PI - G_PI * j / (count - 1);
          Seat seat = { radius * cos (angle), radius * sin (angle), angle, r };

          g_array_append_val (self->seats, seat);
        }
      placed += count;
    }
  g_array_sort (self->seats, compare_seats);

  /* A ring with many seats packs its dots tighter than the rings apart. */
  for (guint r = 0; r < rings; r++)
    {
      guint count = 0;
      double radius = rings == 1 ? 1 : INNER_RADIUS + (1.0 - INNER_RADIUS) * r / (rings - 1);

      for (guint i = 0; i < self->seats->len; i++)
        count += g_array_index (self->seats, Seat, i).ring == r;
      if (count > 1)
        self->dot_radius = MIN (self->dot_radius, 0.45 * G_PI * radius / (count - 1));
    }
}

static gboolean
palette_colour (guint    index,
                GdkRGBA *colour)
{
  static GdkRGBA parsed[2][G_N_ELEMENTS (light_palette)];
  static gsize once = 0;
  AdwStyleManager *manager = adw_style_manager_get_default ();

  /* Parsed once, not for every seat of every frame. */
  if (g_once_init_enter (&once))
    {
      for (guint i = 0; i < G_N_ELEMENTS (light_palette); i++)
        {
          gdk_rgba_parse (&parsed[0][i], light_palette[i]);
          gdk_rgba_parse (&parsed[1][i], dark_palette[i]);
        }
      g_once_init_leave (&once, 1);
    }

  *colour = parsed[adw_style_manager_get_dark (manager) ? 1 : 0][index % G_N_ELEMENTS (light_palette)];
  return TRUE;
}

/* The palette index of each choice with seats, in order. */
static int
colour_index (RexResult *result,
              guint      index)
{
  int n = 0;

  for (guint i = 0; i < rex_result_get_n_choices (result); i++)
    {
      const RexChoice *choice = rex_result_get_choice (result, i);
      gboolean has = choice->list_seats > 0 || choice->district_seats > 0;

      if (i == index)
        return has ? n : -1;
      n += has;
    }

  return -1;
}

gboolean
rex_seat_chart_get_colour (GtkWidget *widget,
                           RexResult *result,
                           guint      index,
                           GdkRGBA   *colour)
{
  int n = colour_index (result, index);

  if (n < 0)
    return FALSE;
  return palette_colour ((guint) n, colour);
}

static void
rex_seat_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  RexSeatChart *self = REX_SEAT_CHART (widget);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean high_contrast = adw_style_manager_get_high_contrast (manager);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double scale, cx, cy, r;
  GdkRGBA outline;
  cairo_t *cr;

  if (self->seats->len == 0 || width <= 0 || height <= 0)
    return;

  /* The hemicycle with room for half a dot around it. */
  scale = MIN (width / (2.0 + 2 * self->dot_radius), height / (1.0 + 2 * self->dot_radius));
  cx = width / 2.0;
  cy = height - self->dot_radius * scale - (height - scale * (1.0 + 2 * self->dot_radius)) / 2.0;
  r = self->dot_radius * scale;
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &outline);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, MAX (1.5, r * 0.38));
  for (guint i = 0; i < self->seats->len && i < self->owners->len; i++)
    {
      const Seat *seat = &g_array_index (self->seats, Seat, i);
      guint owner = g_array_index (self->owners, guint, i);
      gboolean by_district = g_array_index (self->district, gboolean, i);
      GdkRGBA colour;
      double x = cx + seat->x * scale, y = cy - seat->y * scale;

      if (!rex_seat_chart_get_colour (widget, self->result, owner, &colour))
        continue;
      gdk_cairo_set_source_rgba (cr, &colour);
      if (by_district)
        {
          /* A ring: the seat is the party's, won in a district. */
          cairo_arc (cr, x, y, r - cairo_get_line_width (cr) / 2, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
      else
        {
          cairo_arc (cr, x, y, r, 0, 2 * G_PI);
          cairo_fill_preserve (cr);
          if (high_contrast)
            {
              double line = cairo_get_line_width (cr);

              gdk_cairo_set_source_rgba (cr, &outline);
              cairo_set_line_width (cr, 1);
              cairo_stroke (cr);
              cairo_set_line_width (cr, line);
            }
          else
            cairo_new_path (cr);
        }
    }
  cairo_destroy (cr);
}

static GtkSizeRequestMode
rex_seat_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
rex_seat_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = 420;
    }
  else
    {
      int width = for_size > 0 ? MIN (for_size, 480) : 420;

      *minimum = *natural = (int) ceil (width * 0.54);
    }
}

static void
on_style_changed (RexSeatChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
rex_seat_chart_dispose (GObject *object)
{
  RexSeatChart *self = REX_SEAT_CHART (object);

  g_clear_object (&self->result);

  G_OBJECT_CLASS (rex_seat_chart_parent_class)->dispose (object);
}

static void
rex_seat_chart_finalize (GObject *object)
{
  RexSeatChart *self = REX_SEAT_CHART (object);

  g_array_unref (self->seats);
  g_array_unref (self->owners);
  g_array_unref (self->district);

  G_OBJECT_CLASS (rex_seat_chart_parent_class)->finalize (object);
}

static void
rex_seat_chart_class_init (RexSeatChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rex_seat_chart_dispose;
  object_class->finalize = rex_seat_chart_finalize;
  widget_class->snapshot = rex_seat_chart_snapshot;
  widget_class->measure = rex_seat_chart_measure;
  widget_class->get_request_mode = rex_seat_chart_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "seat-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rex_seat_chart_init (RexSeatChart *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->seats = g_array_new (FALSE, FALSE, sizeof (Seat));
  self->owners = g_array_new (FALSE, FALSE, sizeof (guint));
  self->district = g_array_new (FALSE, FALSE, sizeof (gboolean));

  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (on_style_changed), self,
                           G_CONNECT_SWAPPED);
}

/* What the picture says, for screen readers: "98 seats: Amanat 62
 * (40 party list, 22 districts), …". */
static char *
describe (RexSeatChart *self)
{
  GString *text = g_string_new (NULL);
  g_autofree char *seats = rex_format_seats (self->owners->len);
  gboolean first = TRUE;

  g_string_append (text, seats);
  g_string_append (text, ": ");
  for (guint i = 0; i < rex_result_get_n_choices (self->result); i++)
    {
      const RexChoice *choice = rex_result_get_choice (self->result, i);
      gint64 list = MAX (choice->list_seats, 0), district = MAX (choice->district_seats, 0);
      g_autofree char *total = NULL, *list_text = NULL, *district_text = NULL;

      if (list + district == 0)
        continue;
      total = rex_format_number ((double) (list + district));
      list_text = rex_format_number ((double) list);
      district_text = rex_format_number ((double) district);
      if (!first)
        g_string_append (text, ", ");
      first = FALSE;
      /* Translators: one choice in a seat chart's description for screen
       * readers: a party, its seats in all, then how many it won on the
       * party list and in single-mandate districts. */
      g_string_append_printf (text, _("%s %s (%s by party list, %s in districts)"),
                              rex_result_get_choice_label (self->result, i),
                              total, list_text, district_text);
    }

  return g_string_free (text, FALSE);
}

GtkWidget *
rex_seat_chart_new (RexResult *result)
{
  RexSeatChart *self;
  g_autofree char *description = NULL;

  g_return_val_if_fail (REX_IS_RESULT (result), NULL);

  self = g_object_new (REX_TYPE_SEAT_CHART, NULL);
  self->result = g_object_ref (result);
  lay_out (self);
  description = describe (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);

  return GTK_WIDGET (self);
}

guint
rex_seat_chart_get_n_seats (RexSeatChart *self)
{
  g_return_val_if_fail (REX_IS_SEAT_CHART (self), 0);
  return self->seats->len;
}

guint
rex_seat_chart_get_n_district_seats (RexSeatChart *self)
{
  g_return_val_if_fail (REX_IS_SEAT_CHART (self), 0);
  return self->n_district;
}
