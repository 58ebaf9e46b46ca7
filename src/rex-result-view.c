/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rex-evidence-label.h"
#include "rex-map-mode.h"
#include "rex-format.h"
#include "rex-result-view.h"
#include "rex-seat-chart.h"

struct _RexResultView
{
  GtkWidget  parent_instance;

  RexResult *result;
  GtkWidget *box;
};

G_DEFINE_FINAL_TYPE (RexResultView, rex_result_view, GTK_TYPE_WIDGET)

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
make_value (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  /* Worth copying, but Tab should not put a caret in it. */
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_focusable (label, FALSE);
  gtk_widget_add_css_class (label, "numeric");

  return label;
}

static GtkWidget *
make_bar (double fraction,
          const char *css_class)
{
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);

  /* The default offsets would colour a bar by how full it is. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), CLAMP (fraction, 0, 1));
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_add_css_class (bar, css_class);
  /* The numbers beside the bar say the same for screen readers. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  return bar;
}

/* A caption above a bar and its value, the bar below across the width:
 * this reads the same at 360 px as at 1280. */
static void
add_bar_row (GtkBox     *box,
             const char *caption,
             const char *value,
             const char *detail,
             double      fraction,
             const char *css_class)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *caption_label = make_label (caption, NULL);
  GtkWidget *value_label = make_value (value);

  gtk_widget_set_hexpand (caption_label, TRUE);
  gtk_box_append (GTK_BOX (top), caption_label);
  gtk_widget_add_css_class (value_label, "heading");
  gtk_widget_set_name (value_label, css_class);
  gtk_box_append (GTK_BOX (top), value_label);
  gtk_box_append (GTK_BOX (row), top);
  if (!isnan (fraction))
    gtk_box_append (GTK_BOX (row), make_bar (fraction, css_class));
  if (detail != NULL)
    {
      GtkWidget *detail_label = make_label (detail, "caption");

      gtk_widget_add_css_class (detail_label, "dim-label");
      gtk_box_append (GTK_BOX (row), detail_label);
    }
  gtk_box_append (box, row);
}

static void
add_turnout (RexResultView *self,
             GtkBox        *box)
{
  RexResult *result = self->result;
  double turnout = rex_result_get_turnout (result);
  gint64 electorate = rex_result_get_electorate (result);
  gint64 ballots = rex_result_get_ballots (result);
  g_autofree char *value = NULL;
  g_autofree char *detail = NULL;

  if (isnan (turnout) && electorate < 0)
    return;

  if (!isnan (turnout))
    value = rex_format_percentage (turnout);
  else
    value = g_strdup ("—");

  detail = rex_format_took_part (ballots, electorate);
  if (detail == NULL && electorate >= 0)
    {
      g_autofree char *registered = rex_format_number ((double) electorate);

      /* Translators: under the turnout of a vote; %s is a number. */
      detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s registered voter", "%s registered voters",
                                             (gulong) MIN (electorate, G_MAXULONG)),
                                registered);
    }

  add_bar_row (box, _("Turnout"), value, detail, isnan (turnout) ? NAN : turnout / 100.0, "turnout");
}

static void
add_referendum (RexResultView *self,
                GtkBox        *box)
{
  RexResult *result = self->result;
  gint64 ballots = rex_result_get_ballots (result);
  gint64 invalid = rex_result_get_invalid (result);

  add_turnout (self, box);

  for (guint i = 0; i < rex_result_get_n_choices (result); i++)
    {
      const RexChoice *choice = rex_result_get_choice (result, i);
      g_autofree char *value = NULL;
      g_autofree char *detail = NULL;
      const char *css_class = "choice";
      double fraction = NAN;

      if (g_strcmp0 (choice->id, "yes") == 0)
        css_class = "choice-yes";
      else if (g_strcmp0 (choice->id, "no") == 0)
        css_class = "choice-no";

      /* A share as published; failing that the bar still has the votes
       * to go by, but no percentage is made up for the text. */
      if (!isnan (choice->share))
        {
          value = rex_format_percentage (choice->share);
          fraction = choice->share / 100.0;
        }
      if (choice->votes >= 0)
        {
          g_autofree char *votes = rex_format_votes (choice->votes);

          if (value == NULL)
            value = g_steal_pointer (&votes);
          else
            detail = g_steal_pointer (&votes);
          if (isnan (fraction) && ballots > 0)
            fraction = (double) choice->votes / (double) ballots;
        }
      if (value == NULL)
        value = g_strdup ("—");

      add_bar_row (box, rex_result_get_choice_label (result, i), value, detail, fraction, css_class);
    }

  if (invalid >= 0)
    {
      g_autofree char *number = rex_format_number ((double) invalid);
      /* Translators: under a referendum's bars; %s is a number. */
      g_autofree char *text = g_strdup_printf (_("Invalid ballots: %s"), number);
      GtkWidget *label = make_label (text, "caption");

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (box, label);
    }
}

static GtkWidget *
make_swatch (RexResult *result,
             guint      index,
             GtkWidget *chart)
{
  GtkWidget *swatch = gtk_drawing_area_new ();
  GdkRGBA colour;

  gtk_widget_set_size_request (swatch, 14, 14);
  gtk_widget_set_valign (swatch, GTK_ALIGN_START);
  gtk_widget_set_margin_top (swatch, 3);
  gtk_widget_add_css_class (swatch, "seat-swatch");
  if (!rex_seat_chart_get_colour (chart, result, index, &colour))
    gtk_widget_add_css_class (swatch, "no-seats");
  gtk_accessible_update_state (GTK_ACCESSIBLE (swatch), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  return swatch;
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  RexResultView *self = user_data;
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "choice"));
  GdkRGBA colour;

  if (!rex_seat_chart_get_colour (GTK_WIDGET (area), self->result, index, &colour))
    {
      GdkRGBA fg;

      gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
      fg.alpha *= 0.4;
      gdk_cairo_set_source_rgba (cr, &fg);
      cairo_set_line_width (cr, 1);
      cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0 - 1, 0, 2 * G_PI);
      cairo_stroke (cr);
      return;
    }
  gdk_cairo_set_source_rgba (cr, &colour);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
add_election (RexResultView *self,
              GtkBox        *box)
{
  RexResult *result = self->result;
  GtkWidget *chart = NULL;
  GtkWidget *list;

  add_turnout (self, box);

  if (rex_result_has_seats (result))
    {
      GtkWidget *key;

      chart = rex_seat_chart_new (result);
      gtk_widget_set_halign (chart, GTK_ALIGN_CENTER);
      gtk_widget_set_margin_top (chart, 6);
      gtk_box_append (box, chart);

      key = make_label (_("Filled dots: seats won by party list. Rings: seats won in single-mandate districts."),
                        "caption");
      gtk_widget_add_css_class (key, "dim-label");
      gtk_label_set_justify (GTK_LABEL (key), GTK_JUSTIFY_CENTER);
      gtk_label_set_xalign (GTK_LABEL (key), 0.5);
      gtk_box_append (box, key);
    }

  if (rex_result_get_n_choices (result) == 0)
    return;

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Results by party"), -1);
  gtk_box_append (box, list);

  for (guint i = 0; i < rex_result_get_n_choices (result); i++)
    {
      const RexChoice *choice = rex_result_get_choice (result, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
      GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *swatch = make_swatch (result, i, chart ? chart : GTK_WIDGET (self));
      GString *detail = g_string_new (NULL);
      gint64 list_seats = MAX (choice->list_seats, 0), district_seats = MAX (choice->district_seats, 0);

      g_object_set_data (G_OBJECT (swatch), "choice", GUINT_TO_POINTER (i));
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, self, NULL);
      gtk_box_append (GTK_BOX (row), swatch);

      gtk_widget_set_hexpand (text, TRUE);
      gtk_box_append (GTK_BOX (text), make_label (rex_result_get_choice_label (result, i), NULL));
      if (choice->votes >= 0)
        {
          g_autofree char *votes = rex_format_votes (choice->votes);
          g_string_append (detail, votes);
        }
      if (!isnan (choice->share))
        {
          g_autofree char *share = rex_format_percentage (choice->share);

          if (detail->len > 0)
            g_string_append (detail, " · ");
          g_string_append (detail, share);
        }
      if (detail->len > 0)
        {
          GtkWidget *label = make_label (detail->str, "caption");

          gtk_widget_add_css_class (label, "dim-label");
          gtk_box_append (GTK_BOX (text), label);
        }
      g_string_free (detail, TRUE);
      gtk_box_append (GTK_BOX (row), text);

      if (choice->list_seats >= 0 || choice->district_seats >= 0)
        {
          g_autofree char *seats = rex_format_seats (list_seats + district_seats);
          GtkWidget *seats_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
          GtkWidget *value = make_value (seats);

          gtk_widget_add_css_class (value, "heading");
          gtk_box_append (GTK_BOX (seats_box), value);
          if (list_seats + district_seats > 0)
            {
              g_autofree char *list_text = rex_format_number ((double) list_seats);
              g_autofree char *district_text = rex_format_number ((double) district_seats);
              /* Translators: under a party's seats: seats won by party list,
               * then in single-mandate districts, e.g. "40 list · 22 district". */
              g_autofree char *split = g_strdup_printf (_("%s list · %s district"), list_text, district_text);
              GtkWidget *split_label = make_value (split);

              gtk_widget_add_css_class (split_label, "caption");
              gtk_widget_add_css_class (split_label, "dim-label");
              gtk_box_append (GTK_BOX (seats_box), split_label);
            }
          gtk_box_append (GTK_BOX (row), seats_box);
        }

      gtk_box_append (GTK_BOX (list), row);
    }
}

/* The map of polling day, coloured by the turnout: where the reader
 * sees which regions voted more. */
static void
show_on_map_cb (GtkButton     *button,
                RexResultView *self)
{
  g_autofree char *mode = rex_map_mode_to_string (self->result, REX_FIGURE_TURNOUT);

  if (mode == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.map-mode", "s", mode);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-view", "s", "regions");
}

static void
rebuild (RexResultView *self)
{
  RexResult *result = self->result;
  GtkWidget *header, *body, *footer;
  g_autofree char *date = NULL;
  const char *note;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  if (result == NULL)
    return;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_box_append (GTK_BOX (header), make_label (rex_result_get_title (result), "heading"));
  date = rex_date_format (rex_result_get_date (result));
  {
    GtkWidget *date_label = make_label (date, "dim-label");

    gtk_widget_add_css_class (date_label, "caption");
    gtk_box_append (GTK_BOX (header), date_label);
  }
  gtk_box_append (GTK_BOX (self->box), header);

  body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (self->box), body);
  if (rex_result_get_kind (result) == REX_RESULT_REFERENDUM)
    add_referendum (self, GTK_BOX (body));
  else
    add_election (self, GTK_BOX (body));

  if ((note = rex_result_get_note (result)) != NULL)
    {
      GtkWidget *label = make_label (note, "caption");

      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_focusable (label, FALSE);
      gtk_box_append (GTK_BOX (self->box), label);
    }

  if (rex_result_has_region_figure (result, REX_FIGURE_TURNOUT))
    {
      /* Translators: a button under a vote's chart on a reform's page:
       * opens the region map coloured by the vote's turnout. */
      GtkWidget *button = gtk_button_new_with_mnemonic (_("Turnout by _Region"));

      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (button, _("Show the turnout of each region on the map"));
      g_signal_connect (button, "clicked", G_CALLBACK (show_on_map_cb), self);
      gtk_box_append (GTK_BOX (self->box), button);
    }

  footer = rex_evidence_footer_new (rex_result_get_evidence (result), rex_result_get_sources (result));
  gtk_box_append (GTK_BOX (self->box), footer);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  rex_result_get_title (result), -1);
}

GtkWidget *
rex_result_view_new (RexResult *result)
{
  RexResultView *self;

  g_return_val_if_fail (REX_IS_RESULT (result), NULL);

  self = g_object_new (REX_TYPE_RESULT_VIEW, NULL);
  self->result = g_object_ref (result);
  rebuild (self);

  return GTK_WIDGET (self);
}

RexResult *
rex_result_view_get_result (RexResultView *self)
{
  g_return_val_if_fail (REX_IS_RESULT_VIEW (self), NULL);
  return self->result;
}

static void
rex_result_view_dispose (GObject *object)
{
  RexResultView *self = REX_RESULT_VIEW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->result);

  G_OBJECT_CLASS (rex_result_view_parent_class)->dispose (object);
}

static void
rex_result_view_class_init (RexResultViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rex_result_view_dispose;

  gtk_widget_class_set_css_name (widget_class, "result-view");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rex_result_view_init (RexResultView *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
}
