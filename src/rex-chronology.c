/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rex-chronology.h"

/* The chronology is one row per reform, so that each reform's arc reads
 * from left to right, with the rows grouped under their category. A
 * shared date stays one vertical line through all rows; a date several
 * reforms share gets a label above the chart.
 *
 * Only the marks, a caption per category, a label per year and per
 * shared date and the legend are widgets: a few dozen labels whatever
 * the size of the dataset, and no text for the marks until a tooltip
 * shows. The layout is arithmetic over the marks' dates; it runs again
 * only when the width changes. */

#define MARK_SIZE      12   /* a mark's box */
#define ROW_PITCH      16   /* from one reform's row to the next */
#define LANE_GAP       12   /* above each category but the first */
#define CAPTION_GAP     4   /* between a category's caption and its rows */
#define PAD_X           8   /* so that marks at either end stay whole */
#define MIN_MARK_GAP    9   /* marks of one row may overlap a little, not hide */
#define KEY_ROWS_MAX    8
#define KEY_LABEL_GAP   8
#define KEY_ROW_GAP     2
#define AXIS_GAP        4
#define LEGEND_GAP     14
#define LEGEND_SPACING 16   /* between the legend's entries */
#define CLOSE_DAYS     10   /* shared dates this close share a label */

/* The shapes say the kind without colour; colour only repeats it. */
typedef enum {
  SHAPE_RING,       /* announced */
  SHAPE_DIAMOND,    /* adopted */
  SHAPE_SQUARE,     /* signed */
  SHAPE_DOT,        /* in force */
  SHAPE_TARGET,     /* implemented */
  SHAPE_CROSS,      /* superseded */
  SHAPE_BAR,        /* event */
  SHAPE_SPAN,       /* legend only: a date known to the month or year */
} Shape;

static const char * const kind_classes[] = {
  "announced", "adopted", "signed", "in-force", "implemented", "superseded", "event",
};

static Shape
shape_for_kind (RexMilestoneKind kind)
{
  return (Shape) kind;
}

/* Days since 1 January of year 1. */
static double
day_number (guint year,
            guint month,
            guint day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

/* ------------------------------------------------------------------ */
/* A mark                                                              */

#define REX_TYPE_CHRONOLOGY_MARK (rex_chronology_mark_get_type ())
G_DECLARE_FINAL_TYPE (RexChronologyMark, rex_chronology_mark, REX, CHRONOLOGY_MARK, GtkWidget)

struct _RexChronologyMark
{
  GtkWidget     parent_instance;

  RexReform    *reform;
  RexMilestone *milestone;
  Shape         shape;

  /* Where the date falls, in days: the middle of the day, month or
   * year it is known to, and the whole of that period. */
  double        time;
  double        start;
  double        end;

  guint         row;
  guint         index_in_row;
  double        x;          /* the centre, after the row's marks are spread */
};

G_DEFINE_FINAL_TYPE (RexChronologyMark, rex_chronology_mark, GTK_TYPE_WIDGET)

enum {
  MARK_ACTIVATE,
  N_MARK_SIGNALS
};

static guint mark_signals[N_MARK_SIGNALS];

static void
rex_chronology_mark_activate (RexChronologyMark *self)
{
  if (self->reform != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-reform", "s",
                                rex_reform_get_id (self->reform));
}

static void
mark_released_cb (GtkGestureClick   *gesture,
                  int                n_press,
                  double             x,
                  double             y,
                  RexChronologyMark *self)
{
  if (n_press == 1)
    g_signal_emit (self, mark_signals[MARK_ACTIVATE], 0);
}

static void
append_circle (GtkSnapshot   *snapshot,
               float          cx,
               float          cy,
               float          r,
               const GdkRGBA *color)
{
  GskRoundedRect clip;

  gsk_rounded_rect_init_from_rect (&clip, &GRAPHENE_RECT_INIT (cx - r, cy - r, 2 * r, 2 * r), r);
  gtk_snapshot_push_rounded_clip (snapshot, &clip);
  gtk_snapshot_append_color (snapshot, color, &clip.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
append_ring (GtkSnapshot   *snapshot,
             float          cx,
             float          cy,
             float          r,
             float          width,
             const GdkRGBA *color)
{
  GskRoundedRect outline;
  const float widths[4] = { width, width, width, width };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };

  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (cx - r, cy - r, 2 * r, 2 * r), r);
  gtk_snapshot_append_border (snapshot, &outline, widths, colors);
}

static void
snapshot_shape (GtkSnapshot   *snapshot,
                Shape          shape,
                float          cx,
                float          cy,
                const GdkRGBA *color)
{
  switch (shape)
    {
    case SHAPE_RING:
      append_ring (snapshot, cx, cy, 4.5f, 2.f, color);
      break;

    case SHAPE_DIAMOND:
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (cx, cy));
      gtk_snapshot_rotate (snapshot, 45.f);
      gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (-3.75f, -3.75f, 7.5f, 7.5f));
      gtk_snapshot_restore (snapshot);
      break;

    case SHAPE_SQUARE:
      gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (cx - 4.f, cy - 4.f, 8.f, 8.f));
      break;

    case SHAPE_DOT:
      append_circle (snapshot, cx, cy, 5.f, color);
      break;

    case SHAPE_TARGET:
      append_ring (snapshot, cx, cy, 5.5f, 1.5f, color);
      append_circle (snapshot, cx, cy, 2.5f, color);
      break;

    case SHAPE_CROSS:
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (cx, cy));
      gtk_snapshot_rotate (snapshot, 45.f);
      gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (-5.5f, -1.f, 11.f, 2.f));
      gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (-1.f, -5.5f, 2.f, 11.f));
      gtk_snapshot_restore (snapshot);
      break;

    case SHAPE_BAR:
      {
        GskRoundedRect bar;

        gsk_rounded_rect_init_from_rect (&bar, &GRAPHENE_RECT_INIT (cx - 2.f, cy - 6.f, 4.f, 12.f), 2.f);
        gtk_snapshot_push_rounded_clip (snapshot, &bar);
        gtk_snapshot_append_color (snapshot, color, &bar.bounds);
        gtk_snapshot_pop (snapshot);
      }
      break;

    case SHAPE_SPAN:
    default:
      {
        GskRoundedRect span;
        GdkRGBA faint = *color;

        faint.alpha *= 0.35f;
        gsk_rounded_rect_init_from_rect (&span, &GRAPHENE_RECT_INIT (cx - 8.f, cy - 2.f, 16.f, 4.f), 2.f);
        gtk_snapshot_push_rounded_clip (snapshot, &span);
        gtk_snapshot_append_color (snapshot, &faint, &span.bounds);
        gtk_snapshot_pop (snapshot);
        append_circle (snapshot, cx, cy, 3.f, color);
      }
      break;
    }
}

static void
rex_chronology_mark_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  RexChronologyMark *self = REX_CHRONOLOGY_MARK (widget);
  float cx = gtk_widget_get_width (widget) / 2.f;
  float cy = gtk_widget_get_height (widget) / 2.f;
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (gtk_widget_get_state_flags (widget) & (GTK_STATE_FLAG_PRELIGHT | GTK_STATE_FLAG_ACTIVE))
    {
      GdkRGBA halo = color;

      halo.alpha *= 0.22f;
      append_circle (snapshot, cx, cy, 9.f, &halo);
    }

  snapshot_shape (snapshot, self->shape, cx, cy, &color);
}

static void
rex_chronology_mark_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  *minimum = *natural = REX_CHRONOLOGY_MARK (widget)->shape == SHAPE_SPAN &&
                        orientation == GTK_ORIENTATION_HORIZONTAL ? 2 * MARK_SIZE : MARK_SIZE;
}

static void
rex_chronology_mark_dispose (GObject *object)
{
  RexChronologyMark *self = REX_CHRONOLOGY_MARK (object);

  g_clear_object (&self->reform);
  g_clear_object (&self->milestone);

  G_OBJECT_CLASS (rex_chronology_mark_parent_class)->dispose (object);
}

static void
rex_chronology_mark_class_init (RexChronologyMarkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rex_chronology_mark_dispose;
  widget_class->snapshot = rex_chronology_mark_snapshot;
  widget_class->measure = rex_chronology_mark_measure;

  mark_signals[MARK_ACTIVATE] =
    g_signal_new_class_handler ("activate", G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                G_CALLBACK (rex_chronology_mark_activate),
                                NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, mark_signals[MARK_ACTIVATE]);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_ISO_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Space, 0, "activate", NULL);

  gtk_widget_class_set_css_name (widget_class, "mark");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
rex_chronology_mark_init (RexChronologyMark *self)
{
}

/* A mark for the legend: the shape only, for no milestone. */
static GtkWidget *
create_legend_mark (Shape       shape,
                    const char *css_class)
{
  RexChronologyMark *mark = g_object_new (REX_TYPE_CHRONOLOGY_MARK, NULL);

  mark->shape = shape;
  gtk_widget_add_css_class (GTK_WIDGET (mark), css_class);
  gtk_widget_set_valign (GTK_WIDGET (mark), GTK_ALIGN_CENTER);
  gtk_accessible_update_state (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  return GTK_WIDGET (mark);
}

static void
set_period (RexChronologyMark *mark,
            const RexDate     *date)
{
  switch (date->precision)
    {
    case REX_DATE_PRECISION_DAY:
      mark->start = day_number (date->year, date->month, date->day);
      mark->end = mark->start + 1;
      break;

    case REX_DATE_PRECISION_MONTH:
      mark->start = day_number (date->year, date->month, 1);
      mark->end = mark->start + g_date_get_days_in_month ((GDateMonth) date->month, (GDateYear) date->year);
      break;

    case REX_DATE_PRECISION_YEAR:
    default:
      mark->start = day_number (date->year, 1, 1);
      mark->end = day_number (date->year + 1, 1, 1);
      break;
    }

  /* A date known to the month or the year stands in the middle of it:
   * the least wrong place, and its span is drawn behind it. */
  mark->time = (mark->start + mark->end) / 2;
}

static GtkWidget *
create_mark (RexReform    *reform,
             RexMilestone *milestone)
{
  RexChronologyMark *mark = g_object_new (REX_TYPE_CHRONOLOGY_MARK, NULL);
  RexMilestoneKind kind = rex_milestone_get_kind (milestone);
  const RexDate *date = rex_milestone_get_date (milestone);
  g_autofree char *date_text = rex_date_format (date);
  g_autofree char *label = NULL;
  g_autofree char *tooltip = NULL;
  GtkGesture *click;

  mark->reform = g_object_ref (reform);
  mark->milestone = g_object_ref (milestone);
  mark->shape = shape_for_kind (kind);
  set_period (mark, date);

  /* Translators: a milestone on the overview's chronology, for screen
   * readers: %1$s is its date ("5 June 2022"), %2$s the reform's title,
   * %3$s what happened. */
  label = g_strdup_printf (C_("chronology mark", "%1$s — %2$s — %3$s"),
                           date_text, rex_reform_get_title (reform),
                           rex_milestone_get_title (milestone));
  /* Translators: a milestone's tooltip on the overview's chronology:
   * %1$s is its date, %2$s its kind ("Adopted"), %3$s the reform's
   * title, %4$s what happened. */
  tooltip = g_markup_printf_escaped (C_("chronology mark", "<b>%1$s</b> · %2$s\n%3$s\n%4$s"),
                                     date_text, rex_milestone_kind_get_label (kind),
                                     rex_reform_get_title (reform),
                                     rex_milestone_get_title (milestone));

  gtk_widget_add_css_class (GTK_WIDGET (mark), kind_classes[kind]);
  gtk_widget_set_focusable (GTK_WIDGET (mark), TRUE);
  gtk_widget_set_tooltip_markup (GTK_WIDGET (mark), tooltip);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (mark), "pointer");
  gtk_accessible_update_property (GTK_ACCESSIBLE (mark),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, rex_milestone_kind_get_label (kind),
                                  -1);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "released", G_CALLBACK (mark_released_cb), mark, 0);
  gtk_widget_add_controller (GTK_WIDGET (mark), GTK_EVENT_CONTROLLER (click));

  return GTK_WIDGET (mark);
}

RexReform *
rex_chronology_mark_get_reform (GtkWidget *mark)
{
  g_return_val_if_fail (REX_IS_CHRONOLOGY_MARK (mark), NULL);

  return REX_CHRONOLOGY_MARK (mark)->reform;
}

RexMilestone *
rex_chronology_mark_get_milestone (GtkWidget *mark)
{
  g_return_val_if_fail (REX_IS_CHRONOLOGY_MARK (mark), NULL);

  return REX_CHRONOLOGY_MARK (mark)->milestone;
}

/* ------------------------------------------------------------------ */
/* The chronology                                                      */

typedef struct {
  RexReform *reform;
  GPtrArray *marks;         /* RexChronologyMark, oldest first */
  double     y;             /* the row's centre line */
} Row;

typedef struct {
  GtkWidget *caption;
  guint      first_row;
  guint      n_rows;
  double     y;             /* top of the caption */
  double     caption_height;
} Lane;

typedef struct {
  GtkWidget *label;
  double     time;          /* the first of its dates */
  double     last_time;     /* the last, for dates close together */
  guint      count;         /* milestones of different reforms on them */
  /* Placement, per width */
  gboolean   shown;
  guint      row;
  double     x;             /* the label's left edge */
  double     width;
  double     height;
} KeyDate;

struct _RexChronology
{
  GtkWidget     parent_instance;

  RexCatalogue *catalogue;

  GPtrArray    *marks;      /* in reading order */
  GArray       *rows;       /* Row */
  GArray       *lanes;      /* Lane */
  GArray       *key_dates;  /* KeyDate */
  GArray       *guides;     /* double: every shared date */
  GPtrArray    *year_labels;
  GPtrArray    *legend;     /* GtkWidget: an entry of the legend */
  GArray       *legend_places; /* graphene_point_t: where each goes */
  GtkWidget    *current;    /* the mark Tab comes back to */

  guint         first_year;
  guint         n_years;
  double        as_of;
  double        range_start;
  double        range_end;

  /* The layout for layout_width; recomputed when the width changes. */
  int           layout_width;
  int           height;
  double        key_rows_height[KEY_ROWS_MAX];
  double        chart_top;
  double        chart_bottom;
  double        years_top;
  double        legend_top;
};

G_DEFINE_FINAL_TYPE (RexChronology, rex_chronology, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOGUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static double
time_to_x (RexChronology *self,
           int            width,
           double         time)
{
  double fraction = (time - self->range_start) / (self->range_end - self->range_start);
  double x = PAD_X + fraction * MAX (width - 2 * PAD_X, 1);

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    x = width - x;

  return x;
}

static void
clear_children (RexChronology *self)
{
  GtkWidget *child;

  self->current = NULL;
  g_ptr_array_set_size (self->marks, 0);
  g_ptr_array_set_size (self->year_labels, 0);
  for (guint i = 0; i < self->rows->len; i++)
    g_ptr_array_unref (g_array_index (self->rows, Row, i).marks);
  g_array_set_size (self->rows, 0);
  g_array_set_size (self->lanes, 0);
  g_array_set_size (self->key_dates, 0);
  g_array_set_size (self->guides, 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_ptr_array_set_size (self->legend, 0);
  self->layout_width = -1;
}

static GtkWidget *
create_text (RexChronology *self,
             const char    *text,
             const char    *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, css_class);
  gtk_widget_set_parent (label, GTK_WIDGET (self));

  return label;
}

static void
add_legend_entry (RexChronology *self,
                  Shape          shape,
                  const char    *css_class,
                  const char    *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), create_legend_mark (shape, css_class));
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (box, "legend");
  gtk_widget_set_parent (box, GTK_WIDGET (self));
  g_ptr_array_add (self->legend, box);
}

/* What the shapes mean, under the chart. */
static void
create_legend (RexChronology *self)
{
  for (guint k = 0; k < G_N_ELEMENTS (kind_classes); k++)
    add_legend_entry (self, shape_for_kind (k), kind_classes[k], rex_milestone_kind_get_label (k));
  add_legend_entry (self, SHAPE_SPAN, "span", _("Date known to the month or year"));
}

static int
compare_days (const void *a,
              const void *b)
{
  guint da = GPOINTER_TO_UINT (*(gpointer *) a), db = GPOINTER_TO_UINT (*(gpointer *) b);

  return da < db ? -1 : da > db;
}

static char *
format_day (guint julian)
{
  GDate date;
  RexDate rex_date = { 0, };

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  rex_date.year = g_date_get_year (&date);
  rex_date.month = g_date_get_month (&date);
  rex_date.day = g_date_get_day (&date);
  rex_date.precision = REX_DATE_PRECISION_DAY;

  return rex_date_format (&rex_date);
}

/* Dates shared by the milestones of two reforms or more: the days the
 * programme moved as a whole (a referendum, a package of laws, a new
 * Constitution). */
static void
collect_key_dates (RexChronology *self)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autofree gpointer *days = NULL;
  guint n_days;

  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = &g_array_index (self->rows, Row, r);
      double previous = -1;

      for (guint i = 0; i < row->marks->len; i++)
        {
          RexChronologyMark *mark = g_ptr_array_index (row->marks, i);
          const RexDate *date = rex_milestone_get_date (mark->milestone);
          guint day = (guint) mark->start;

          /* Once per reform and day. */
          if (date->precision != REX_DATE_PRECISION_DAY || mark->start == previous)
            continue;
          previous = mark->start;
          g_hash_table_insert (counts, GUINT_TO_POINTER (day),
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (day))) + 1));
        }
    }

  days = g_hash_table_get_keys_as_array (counts, &n_days);
  qsort (days, n_days, sizeof (gpointer), compare_days);

  for (guint i = 0; i < n_days; i++)
    {
      KeyDate key_date = { 0, };
      g_autofree char *text = NULL;
      guint day = GPOINTER_TO_UINT (days[i]);
      double guide = day + 0.5;

      if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, days[i])) < 2)
        continue;
      g_array_append_val (self->guides, guide);

      /* Dates a few days apart share one line on any screen: they share
       * a label too, one date a line. */
      if (self->key_dates->len > 0)
        {
          KeyDate *last = &g_array_index (self->key_dates, KeyDate, self->key_dates->len - 1);

          if (guide - last->last_time <= CLOSE_DAYS)
            {
              g_autofree char *date_text = format_day (day);
              const char *previous = gtk_label_get_label (GTK_LABEL (last->label));
              g_autofree char *joined = g_strconcat (previous, "\n", date_text, NULL);

              gtk_label_set_label (GTK_LABEL (last->label), joined);
              last->last_time = guide;
              last->count += GPOINTER_TO_UINT (g_hash_table_lookup (counts, days[i]));
              continue;
            }
        }

      text = format_day (day);
      key_date.time = key_date.last_time = guide;
      key_date.count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, days[i]));
      key_date.label = create_text (self, text, "key-date");
      g_array_append_val (self->key_dates, key_date);
    }

}

static int
compare_marks_by_time (gconstpointer a,
                       gconstpointer b)
{
  RexChronologyMark *ma = *(RexChronologyMark **) a, *mb = *(RexChronologyMark **) b;

  return ma->time < mb->time ? -1 : ma->time > mb->time;
}

static void
rebuild (RexChronology *self)
{
  GListModel *categories;
  guint min_year = G_MAXUINT, max_year = 0;

  clear_children (self);

  if (self->catalogue == NULL)
    return;

  /* The key dates' labels come first, so that a screen reader meets
   * them before the marks; then each category's caption and marks. */
  categories = rex_catalogue_get_categories (self->catalogue);
  for (guint c = 0; c < g_list_model_get_n_items (categories); c++)
    {
      g_autoptr(RexCategory) category = g_list_model_get_item (categories, c);
      GListModel *reforms = rex_catalogue_get_reforms_in_category (self->catalogue, category);
      Lane lane = { NULL, self->rows->len, 0, 0, 0 };

      for (guint i = 0; i < g_list_model_get_n_items (reforms); i++)
        {
          g_autoptr(RexReform) reform = g_list_model_get_item (reforms, i);
          GListModel *milestones = rex_reform_get_milestones (reform);
          guint n = g_list_model_get_n_items (milestones);
          Row row = { reform, NULL, 0 };

          if (n == 0)
            continue;

          row.marks = g_ptr_array_new ();
          for (guint m = 0; m < n; m++)
            {
              g_autoptr(RexMilestone) milestone = g_list_model_get_item (milestones, m);
              GtkWidget *mark = create_mark (reform, milestone);
              const RexDate *date = rex_milestone_get_date (milestone);

              REX_CHRONOLOGY_MARK (mark)->row = self->rows->len;
              g_ptr_array_add (row.marks, mark);
              min_year = MIN (min_year, date->year);
              max_year = MAX (max_year, date->year);
            }
          /* Milestones come oldest first; a stable sort keeps it so
           * for a dataset that does not. */
          g_ptr_array_sort (row.marks, compare_marks_by_time);
          for (guint m = 0; m < row.marks->len; m++)
            REX_CHRONOLOGY_MARK (g_ptr_array_index (row.marks, m))->index_in_row = m;

          g_array_append_val (self->rows, row);
          lane.n_rows++;
        }

      if (lane.n_rows == 0)
        continue;

      lane.caption = gtk_label_new (rex_category_get_title (category));
      g_object_ref_sink (lane.caption);
      g_array_append_val (self->lanes, lane);
    }

  if (self->rows->len == 0)
    return;

  /* The years the milestones cover, and the date the data describes if
   * it is later. */
  {
    const RexDate *as_of = rex_catalogue_get_as_of (self->catalogue);
    RexChronologyMark probe = { 0, };

    set_period (&probe, as_of);
    self->as_of = probe.end;
    max_year = MAX (max_year, as_of->year);
  }
  self->first_year = min_year;
  self->n_years = max_year - min_year + 1;
  self->range_start = day_number (min_year, 1, 1);
  self->range_end = day_number (max_year + 1, 1, 1);

  collect_key_dates (self);

  for (guint l = 0; l < self->lanes->len; l++)
    {
      Lane *lane = &g_array_index (self->lanes, Lane, l);

      gtk_widget_set_parent (lane->caption, GTK_WIDGET (self));
      g_object_unref (lane->caption);
      gtk_label_set_wrap (GTK_LABEL (lane->caption), TRUE);
      gtk_label_set_xalign (GTK_LABEL (lane->caption), 0);
      gtk_widget_add_css_class (lane->caption, "lane-caption");

      for (guint r = lane->first_row; r < lane->first_row + lane->n_rows; r++)
        {
          Row *row = &g_array_index (self->rows, Row, r);

          for (guint m = 0; m < row->marks->len; m++)
            {
              GtkWidget *mark = g_ptr_array_index (row->marks, m);

              gtk_widget_set_parent (mark, GTK_WIDGET (self));
              g_ptr_array_add (self->marks, mark);
            }
        }
    }

  for (guint y = 0; y < self->n_years; y++)
    {
      RexDate year = { (guint16) (self->first_year + y), 0, 0, REX_DATE_PRECISION_YEAR };
      g_autofree char *text = rex_date_format (&year);
      GtkWidget *label = create_text (self, text, "year");

      gtk_widget_add_css_class (label, "numeric");
      gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      g_ptr_array_add (self->year_labels, label);
    }

  create_legend (self);
}

/* ------------------------------------------------------------------ */
/* Layout                                                              */

static int
measure_height (GtkWidget *widget,
                int        width)
{
  int height;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
  return height;
}

/* Whether a label over [start, start + width) in @row can go there:
 * clear of the labels in its row, its line running down past no label
 * below it, and no line from a label above running through it. Rows
 * count down from the top. */
static gboolean
key_place_free (RexChronology *self,
                KeyDate       *key,
                guint          row,
                double         start,
                double         width,
                double         guide)
{
  for (guint i = 0; i < self->key_dates->len; i++)
    {
      KeyDate *other = &g_array_index (self->key_dates, KeyDate, i);
      double other_guide;

      if (other == key || !other->shown)
        continue;

      other_guide = time_to_x (self, self->layout_width, other->time);

      if (other->row == row &&
          start < other->x + other->width + KEY_LABEL_GAP && other->x < start + width + KEY_LABEL_GAP)
        return FALSE;
      if (other->row < row && other_guide > start - 3 && other_guide < start + width + 3)
        return FALSE;
      if (other->row > row && guide > other->x - 3 && guide < other->x + other->width + 3)
        return FALSE;
    }

  return TRUE;
}

/* Places @key as a flag on its line, in the highest row where it fits:
 * flying right from the line in the chart's first half, left in the
 * second, or the other way when the edge is too close. */
static gboolean
place_key_date (RexChronology *self,
                KeyDate       *key,
                double         width)
{
  int total = self->layout_width;
  double guide = time_to_x (self, total, key->time);
  gboolean left = guide > total / 2.0;
  double starts[2];

  starts[0] = left ? guide + 1 - width : guide - 1;
  starts[1] = left ? guide - 1 : guide + 1 - width;

  for (guint row = 0; row < KEY_ROWS_MAX; row++)
    for (guint c = 0; c < G_N_ELEMENTS (starts); c++)
      {
        double start = starts[c];

        if (start < 0 || start + width > total ||
            !key_place_free (self, key, row, start, width, guide))
          continue;

        key->shown = TRUE;
        key->row = row;
        key->x = start;
        key->width = width;
        gtk_label_set_xalign (GTK_LABEL (key->label), start < guide - 2 ? 1.f : 0.f);
        return TRUE;
      }

  return FALSE;
}

static int
compare_key_dates_from_edges (gconstpointer a,
                              gconstpointer b,
                              gpointer      user_data)
{
  RexChronology *self = user_data;
  const KeyDate *ka = a, *kb = b;
  double middle = (self->range_start + self->range_end) / 2;
  double da = ABS (ka->time - middle), db = ABS (kb->time - middle);

  /* From either end towards the middle, so that the flags step down
   * into the chart like stairs, and nearer dates take lower steps. */
  return da > db ? -1 : da < db;
}

static void
layout_key_dates (RexChronology *self)
{
  g_array_sort_with_data (self->key_dates, compare_key_dates_from_edges, self);

  for (guint r = 0; r < KEY_ROWS_MAX; r++)
    self->key_rows_height[r] = 0;
  for (guint i = 0; i < self->key_dates->len; i++)
    g_array_index (self->key_dates, KeyDate, i).shown = FALSE;

  for (guint i = 0; i < self->key_dates->len; i++)
    {
      KeyDate *key = &g_array_index (self->key_dates, KeyDate, i);
      int natural;

      gtk_widget_measure (key->label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      if (place_key_date (self, key, natural))
        {
          key->height = measure_height (key->label, (int) key->width);
          self->key_rows_height[key->row] = MAX (self->key_rows_height[key->row], key->height);
        }
    }
}

/* Spreads a row's marks so that none hides another, as little as
 * possible away from their dates and within the chart. */
static void
spread_row (RexChronology *self,
            Row           *row,
            int            width)
{
  double left = MARK_SIZE / 2.0, right = width - MARK_SIZE / 2.0;
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  guint n = row->marks->len;

  for (guint i = 0; i < n; i++)
    {
      RexChronologyMark *mark = g_ptr_array_index (row->marks, i);
      double x = time_to_x (self, width, mark->time);

      if (rtl)
        x = width - x;
      if (i > 0)
        x = MAX (x, REX_CHRONOLOGY_MARK (g_ptr_array_index (row->marks, i - 1))->x + MIN_MARK_GAP);
      mark->x = MAX (x, left);
    }
  for (guint i = n; i-- > 0;)
    {
      RexChronologyMark *mark = g_ptr_array_index (row->marks, i);

      if (i + 1 < n)
        mark->x = MIN (mark->x, REX_CHRONOLOGY_MARK (g_ptr_array_index (row->marks, i + 1))->x - MIN_MARK_GAP);
      mark->x = MIN (mark->x, right);
    }
  if (rtl)
    for (guint i = 0; i < n; i++)
      REX_CHRONOLOGY_MARK (g_ptr_array_index (row->marks, i))->x =
        width - REX_CHRONOLOGY_MARK (g_ptr_array_index (row->marks, i))->x;
}

/* Entries left to right, on as many lines as the width needs; returns
 * the height. */
static double
layout_legend (RexChronology *self,
               int            width)
{
  double x = 0, y = 0, line_height = 0;

  g_array_set_size (self->legend_places, self->legend->len);
  for (guint i = 0; i < self->legend->len; i++)
    {
      GtkWidget *entry = g_ptr_array_index (self->legend, i);
      graphene_point_t *place = &g_array_index (self->legend_places, graphene_point_t, i);
      int entry_width, entry_height;

      gtk_widget_measure (entry, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &entry_width, NULL, NULL);
      entry_width = MIN (entry_width, width);
      entry_height = measure_height (entry, entry_width);

      if (x > 0 && x + entry_width > width)
        {
          x = 0;
          y += line_height + 4;
          line_height = 0;
        }
      place->x = x;
      place->y = y;
      x += entry_width + LEGEND_SPACING;
      line_height = MAX (line_height, entry_height);
    }

  return y + line_height;
}

static void
ensure_layout (RexChronology *self,
               int            width)
{
  double y = 0;

  if (self->layout_width == width)
    return;
  self->layout_width = width;

  if (self->rows->len == 0)
    {
      self->height = 0;
      return;
    }

  layout_key_dates (self);
  for (guint r = KEY_ROWS_MAX; r-- > 0;)
    if (self->key_rows_height[r] > 0)
      y += self->key_rows_height[r] + KEY_ROW_GAP;
  y += AXIS_GAP;
  self->chart_top = y;

  for (guint l = 0; l < self->lanes->len; l++)
    {
      Lane *lane = &g_array_index (self->lanes, Lane, l);

      if (l > 0)
        y += LANE_GAP;
      lane->y = y;
      lane->caption_height = measure_height (lane->caption, width);
      y += lane->caption_height + CAPTION_GAP;

      for (guint r = lane->first_row; r < lane->first_row + lane->n_rows; r++)
        {
          Row *row = &g_array_index (self->rows, Row, r);

          row->y = y + ROW_PITCH / 2.0;
          y += ROW_PITCH;
          spread_row (self, row, width);
        }
    }

  y += AXIS_GAP;
  self->chart_bottom = y;
  self->years_top = y + AXIS_GAP;
  y = self->years_top;
  if (self->year_labels->len > 0)
    y += measure_height (g_ptr_array_index (self->year_labels, 0), -1);

  y += LEGEND_GAP;
  self->legend_top = y;
  self->height = (int) ceil (y + layout_legend (self, width));
}

/* The key dates' rows, from the top; an empty row takes no room. */
static void
get_key_row_bottoms (RexChronology *self,
                     double         bottoms[KEY_ROWS_MAX])
{
  double y = 0;

  for (guint r = 0; r < KEY_ROWS_MAX; r++)
    {
      if (self->key_rows_height[r] > 0)
        y += self->key_rows_height[r] + (r > 0 ? KEY_ROW_GAP : 0);
      bottoms[r] = y;
    }
}

static void
rex_chronology_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  RexChronology *self = REX_CHRONOLOGY (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int legend_min = 0;

      for (guint i = 0; i < self->legend->len; i++)
        {
          int entry_min;

          gtk_widget_measure (g_ptr_array_index (self->legend, i), GTK_ORIENTATION_HORIZONTAL, -1,
                              &entry_min, NULL, NULL, NULL);
          legend_min = MAX (legend_min, entry_min);
        }
      *minimum = MAX (200, legend_min);
      *natural = MAX (*minimum, 720);
    }
  else
    {
      ensure_layout (self, for_size < 0 ? 720 : for_size);
      *minimum = *natural = self->height;
    }
}

static GtkSizeRequestMode
rex_chronology_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
allocate_at (GtkWidget *child,
             double     x,
             double     y,
             int        width,
             int        height)
{
  gtk_widget_size_allocate (child,
                            &(GtkAllocation) { (int) round (x), (int) round (y), width, height },
                            -1);
}

static void
rex_chronology_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  RexChronology *self = REX_CHRONOLOGY (widget);
  double key_row_bottom[KEY_ROWS_MAX];

  ensure_layout (self, width);
  if (self->rows->len == 0)
    return;

  get_key_row_bottoms (self, key_row_bottom);
  for (guint i = 0; i < self->key_dates->len; i++)
    {
      KeyDate *key = &g_array_index (self->key_dates, KeyDate, i);

      gtk_widget_set_child_visible (key->label, key->shown);
      if (key->shown)
        allocate_at (key->label, key->x, key_row_bottom[key->row] - key->height,
                     (int) key->width, (int) key->height);
    }

  for (guint l = 0; l < self->lanes->len; l++)
    {
      Lane *lane = &g_array_index (self->lanes, Lane, l);

      allocate_at (lane->caption, 0, lane->y, width, (int) lane->caption_height);
    }

  for (guint i = 0; i < self->marks->len; i++)
    {
      RexChronologyMark *mark = g_ptr_array_index (self->marks, i);
      Row *row = &g_array_index (self->rows, Row, mark->row);

      allocate_at (GTK_WIDGET (mark), mark->x - MARK_SIZE / 2.0, row->y - MARK_SIZE / 2.0,
                   MARK_SIZE, MARK_SIZE);
    }

  /* Each year's label in the middle of its year, unless it is wider. */
  for (guint i = 0; i < self->year_labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (self->year_labels, i);
      double start = time_to_x (self, width, day_number (self->first_year + i, 1, 1));
      double end = time_to_x (self, width, day_number (self->first_year + i + 1, 1, 1));
      int label_width, label_height;

      gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &label_width, NULL, NULL);
      gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, -1, NULL, &label_height, NULL, NULL);
      gtk_widget_set_child_visible (label, label_width <= ABS (end - start));
      allocate_at (label, (start + end - label_width) / 2, self->years_top, label_width, label_height);
    }

  for (guint i = 0; i < self->legend->len; i++)
    {
      GtkWidget *entry = g_ptr_array_index (self->legend, i);
      graphene_point_t *place = &g_array_index (self->legend_places, graphene_point_t, i);
      int entry_width;

      gtk_widget_measure (entry, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &entry_width, NULL, NULL);
      entry_width = MIN (entry_width, width);
      allocate_at (entry, place->x, self->legend_top + place->y, entry_width,
                   measure_height (entry, entry_width));
    }
}

/* ------------------------------------------------------------------ */
/* Drawing                                                             */

static GdkRGBA
with_alpha (const GdkRGBA *color,
            float          alpha)
{
  GdkRGBA result = *color;

  result.alpha *= alpha;
  return result;
}

static void
append_hline (GtkSnapshot   *snapshot,
              double         x1,
              double         x2,
              double         y,
              double         thickness,
              const GdkRGBA *color)
{
  if (x2 < x1)
    {
      double t = x1;
      x1 = x2;
      x2 = t;
    }
  gtk_snapshot_append_color (snapshot, color,
                             &GRAPHENE_RECT_INIT (x1, y - thickness / 2, x2 - x1, thickness));
}

static void
append_vline (GtkSnapshot   *snapshot,
              double         x,
              double         y1,
              double         y2,
              const GdkRGBA *color)
{
  gtk_snapshot_append_color (snapshot, color,
                             &GRAPHENE_RECT_INIT (floor (x), y1, 1, y2 - y1));
}

static void
rex_chronology_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  RexChronology *self = REX_CHRONOLOGY (widget);
  int width = gtk_widget_get_width (widget);
  gboolean hc = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  GtkStyleContext *context;
  GdkRGBA fg, accent, band, rule, arc, rest, guide, span;

  if (self->rows->len == 0)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (widget);
  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = fg;
  G_GNUC_END_IGNORE_DEPRECATIONS

  band = with_alpha (&fg, hc ? 0.09f : 0.035f);
  rule = with_alpha (&fg, hc ? 0.5f : 0.14f);
  arc = with_alpha (&fg, hc ? 0.7f : 0.3f);
  rest = with_alpha (&fg, hc ? 0.35f : 0.12f);
  guide = with_alpha (&accent, hc ? 0.9f : 0.45f);
  span = with_alpha (&fg, hc ? 0.45f : 0.2f);

  /* Every other year shaded, years divided by a rule. */
  for (guint i = 0; i < self->n_years; i++)
    {
      double start = time_to_x (self, width, day_number (self->first_year + i, 1, 1));
      double end = time_to_x (self, width, day_number (self->first_year + i + 1, 1, 1));

      if (i % 2 == 1)
        gtk_snapshot_append_color (snapshot, &band,
                                   &GRAPHENE_RECT_INIT (MIN (start, end), self->chart_top,
                                                        ABS (end - start), self->chart_bottom - self->chart_top));
      append_vline (snapshot, start, self->chart_top, self->years_top, &rule);
      if (i + 1 == self->n_years)
        append_vline (snapshot, end - 1, self->chart_top, self->years_top, &rule);
    }
  append_hline (snapshot, 0, width, self->chart_bottom, 1, &rule);

  /* The shared dates: from their label, or the chart's top, down. */
  {
    double key_row_bottom[KEY_ROWS_MAX];

    get_key_row_bottoms (self, key_row_bottom);

    for (guint g = 0; g < self->guides->len; g++)
      {
        double time = g_array_index (self->guides, double, g);
        double top = self->chart_top;

        for (guint i = 0; i < self->key_dates->len; i++)
          {
            KeyDate *key = &g_array_index (self->key_dates, KeyDate, i);

            if (key->shown && time >= key->time && time <= key->last_time)
              top = key_row_bottom[key->row];
          }

        append_vline (snapshot, time_to_x (self, width, time), top, self->chart_bottom, &guide);
      }
  }

  /* Each reform's arc from its first milestone to its last, and faintly
   * on to the date the data describes while the reform still stands. */
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = &g_array_index (self->rows, Row, r);
      RexChronologyMark *first = g_ptr_array_index (row->marks, 0);
      RexChronologyMark *last = g_ptr_array_index (row->marks, row->marks->len - 1);

      if (rex_reform_get_status (row->reform) != REX_STATUS_SUPERSEDED && last->time < self->as_of)
        append_hline (snapshot, last->x, time_to_x (self, width, self->as_of), row->y, 2, &rest);
      if (row->marks->len > 1)
        append_hline (snapshot, first->x, last->x, row->y, 2, &arc);

      /* A date known only to its month or year shows the whole of it. */
      for (guint m = 0; m < row->marks->len; m++)
        {
          RexChronologyMark *mark = g_ptr_array_index (row->marks, m);

          if (mark->end - mark->start > 1.5)
            {
              double x1 = time_to_x (self, width, mark->start);
              double x2 = time_to_x (self, width, mark->end);
              GskRoundedRect bar;

              gsk_rounded_rect_init_from_rect (&bar,
                                               &GRAPHENE_RECT_INIT (MIN (x1, x2), row->y - 3, MAX (ABS (x2 - x1), 6), 6),
                                               3);
              gtk_snapshot_push_rounded_clip (snapshot, &bar);
              gtk_snapshot_append_color (snapshot, &span, &bar.bounds);
              gtk_snapshot_pop (snapshot);
            }
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}

/* ------------------------------------------------------------------ */
/* Keyboard                                                            */

static RexChronologyMark *
focused_mark (RexChronology *self)
{
  GtkWidget *child = gtk_widget_get_focus_child (GTK_WIDGET (self));

  return REX_IS_CHRONOLOGY_MARK (child) ? REX_CHRONOLOGY_MARK (child) : NULL;
}

/* The whole chart is one Tab stop: Tab enters at the mark last visited
 * (or the first) and leaves at once; the arrows move between marks. */
static gboolean
rex_chronology_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  RexChronology *self = REX_CHRONOLOGY (widget);
  GtkWidget *target;

  if (self->marks->len == 0)
    return FALSE;

  if (gtk_widget_get_focus_child (widget) != NULL)
    return direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD;

  target = self->current != NULL ? self->current : g_ptr_array_index (self->marks, 0);
  return gtk_widget_grab_focus (target);
}

static void
rex_chronology_set_focus_child (GtkWidget *widget,
                                GtkWidget *child)
{
  RexChronology *self = REX_CHRONOLOGY (widget);

  GTK_WIDGET_CLASS (rex_chronology_parent_class)->set_focus_child (widget, child);

  if (REX_IS_CHRONOLOGY_MARK (child))
    self->current = child;
}

static gboolean
move_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  RexChronology *self = REX_CHRONOLOGY (widget);
  RexChronologyMark *mark = focused_mark (self);
  Row *row;
  int dx, dy;
  GtkWidget *target = NULL;

  if (mark == NULL)
    return FALSE;

  g_variant_get (args, "(ii)", &dx, &dy);
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL && ABS (dx) == 1)
    dx = -dx;

  if (dy != 0)
    {
      int r = (int) mark->row + dy;
      double best_distance = G_MAXDOUBLE;

      if (r < 0 || r >= (int) self->rows->len)
        return TRUE;

      row = &g_array_index (self->rows, Row, r);
      for (guint i = 0; i < row->marks->len; i++)
        {
          RexChronologyMark *other = g_ptr_array_index (row->marks, i);

          if (ABS (other->x - mark->x) < best_distance)
            target = GTK_WIDGET (other), best_distance = ABS (other->x - mark->x);
        }
    }
  else
    {
      int i = (int) mark->index_in_row + dx;

      row = &g_array_index (self->rows, Row, mark->row);
      i = CLAMP (i, 0, (int) row->marks->len - 1);
      target = g_ptr_array_index (row->marks, i);
    }

  if (target != NULL)
    gtk_widget_grab_focus (target);

  return TRUE;
}

/* ------------------------------------------------------------------ */

GtkWidget *
rex_chronology_new (void)
{
  return g_object_new (REX_TYPE_CHRONOLOGY, NULL);
}

RexCatalogue *
rex_chronology_get_catalogue (RexChronology *self)
{
  g_return_val_if_fail (REX_IS_CHRONOLOGY (self), NULL);

  return self->catalogue;
}

void
rex_chronology_set_catalogue (RexChronology *self,
                              RexCatalogue  *catalogue)
{
  g_return_if_fail (REX_IS_CHRONOLOGY (self));
  g_return_if_fail (catalogue == NULL || REX_IS_CATALOGUE (catalogue));

  if (!g_set_object (&self->catalogue, catalogue))
    return;

  rebuild (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOGUE]);
}

guint
rex_chronology_get_n_marks (RexChronology *self)
{
  g_return_val_if_fail (REX_IS_CHRONOLOGY (self), 0);

  return self->marks->len;
}

GtkWidget *
rex_chronology_get_mark (RexChronology *self,
                         guint          index)
{
  g_return_val_if_fail (REX_IS_CHRONOLOGY (self), NULL);
  g_return_val_if_fail (index < self->marks->len, NULL);

  return g_ptr_array_index (self->marks, index);
}

static void
rex_chronology_direction_changed (GtkWidget        *widget,
                                  GtkTextDirection  previous)
{
  REX_CHRONOLOGY (widget)->layout_width = -1;
  gtk_widget_queue_resize (widget);
}

static void
rex_chronology_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RexChronology *self = REX_CHRONOLOGY (object);

  switch (prop_id)
    {
    case PROP_CATALOGUE:
      g_value_set_object (value, self->catalogue);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_chronology_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RexChronology *self = REX_CHRONOLOGY (object);

  switch (prop_id)
    {
    case PROP_CATALOGUE:
      rex_chronology_set_catalogue (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_chronology_dispose (GObject *object)
{
  RexChronology *self = REX_CHRONOLOGY (object);

  clear_children (self);
  g_clear_object (&self->catalogue);

  G_OBJECT_CLASS (rex_chronology_parent_class)->dispose (object);
}

static void
rex_chronology_finalize (GObject *object)
{
  RexChronology *self = REX_CHRONOLOGY (object);

  g_ptr_array_unref (self->marks);
  g_ptr_array_unref (self->legend);
  g_array_unref (self->legend_places);
  g_ptr_array_unref (self->year_labels);
  g_array_unref (self->rows);
  g_array_unref (self->lanes);
  g_array_unref (self->key_dates);
  g_array_unref (self->guides);

  G_OBJECT_CLASS (rex_chronology_parent_class)->finalize (object);
}

static void
rex_chronology_class_init (RexChronologyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rex_chronology_get_property;
  object_class->set_property = rex_chronology_set_property;
  object_class->dispose = rex_chronology_dispose;
  object_class->finalize = rex_chronology_finalize;

  widget_class->measure = rex_chronology_measure;
  widget_class->get_request_mode = rex_chronology_get_request_mode;
  widget_class->size_allocate = rex_chronology_size_allocate;
  widget_class->snapshot = rex_chronology_snapshot;
  widget_class->focus = rex_chronology_focus;
  widget_class->set_focus_child = rex_chronology_set_focus_child;
  widget_class->direction_changed = rex_chronology_direction_changed;

  properties[PROP_CATALOGUE] =
    g_param_spec_object ("catalogue", NULL, NULL, REX_TYPE_CATALOGUE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, 0, move_cb, "(ii)", -1, 0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Left, 0, move_cb, "(ii)", -1, 0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, 0, move_cb, "(ii)", 1, 0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Right, 0, move_cb, "(ii)", 1, 0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, 0, move_cb, "(ii)", 0, -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Up, 0, move_cb, "(ii)", 0, -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, 0, move_cb, "(ii)", 0, 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Down, 0, move_cb, "(ii)", 0, 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Home, 0, move_cb, "(ii)", -10000, 0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_End, 0, move_cb, "(ii)", 10000, 0);

  gtk_widget_class_set_css_name (widget_class, "chronology");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rex_chronology_init (RexChronology *self)
{
  self->marks = g_ptr_array_new ();
  self->legend = g_ptr_array_new ();
  self->legend_places = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));
  self->year_labels = g_ptr_array_new ();
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  self->lanes = g_array_new (FALSE, TRUE, sizeof (Lane));
  self->key_dates = g_array_new (FALSE, TRUE, sizeof (KeyDate));
  self->guides = g_array_new (FALSE, FALSE, sizeof (double));
  self->layout_width = -1;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chronology of milestones"),
                                  -1);
}
