/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rex-evidence-label.h"
#include "rex-figure-view.h"
#include "rex-format.h"

/* A before → after figure drawn as two bars on the same scale, so that
 * "20,000 → 5,000" reads as a quarter at a glance, with the numbers, the
 * relative change, the evidence and the sources spelled out beside them. */
struct _RexFigureView
{
  GtkWidget  parent_instance;

  RexFigure *figure;

  GtkWidget *box;
};

G_DEFINE_FINAL_TYPE (RexFigureView, rex_figure_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FIGURE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
make_bar (double value,
          double max)
{
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, max > 0 ? max : 1);

  /* The default offsets would colour a bar by how full it is, which means
   * nothing here. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), MAX (value, 0));
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  /* The numbers beside the bar say the same for screen readers. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  return bar;
}

static void
add_row (GtkGrid    *grid,
         int         row,
         const char *caption,
         double      value,
         double      max,
         RexFigure  *figure,
         const char *css_class)
{
  GtkWidget *label = gtk_label_new (caption);
  GtkWidget *bar = make_bar (value, max);
  g_autofree char *text = rex_format_quantity (value, rex_figure_get_unit_for (figure, value));
  GtkWidget *value_label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (bar, css_class);
  gtk_label_set_xalign (GTK_LABEL (value_label), 1);
  /* Worth copying, but Tab should not put a caret in it. */
  gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
  gtk_widget_set_focusable (value_label, FALSE);
  gtk_widget_add_css_class (value_label, "numeric");
  gtk_widget_add_css_class (value_label, css_class);
  gtk_widget_set_name (value_label, css_class);

  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, bar, 1, row, 1, 1);
  gtk_grid_attach (grid, value_label, 2, row, 1, 1);
}

static void
rebuild (RexFigureView *self)
{
  GtkWidget *header, *title, *grid, *footer;
  g_autofree char *change = NULL;
  double before, after, max;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  if (self->figure == NULL)
    return;

  before = rex_figure_get_before (self->figure);
  after = rex_figure_get_after (self->figure);
  max = MAX (fabs (before), fabs (after));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (self->box), header);

  title = gtk_label_new (rex_figure_get_label (self->figure));
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (header), title);

  change = rex_format_change (before, after);
  if (change != NULL)
    {
      GtkWidget *change_label = gtk_label_new (change);

      gtk_widget_add_css_class (change_label, "figure-change");
      gtk_widget_add_css_class (change_label, "numeric");
      gtk_widget_set_valign (change_label, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (change_label, _("Change from before to after"));
      gtk_box_append (GTK_BOX (header), change_label);
    }

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_box_append (GTK_BOX (self->box), grid);
  add_row (GTK_GRID (grid), 0, C_("figure", "Before"), before, max, self->figure, "before");
  add_row (GTK_GRID (grid), 1, C_("figure", "After"), after, max, self->figure, "after");

  footer = rex_evidence_footer_new (rex_figure_get_evidence (self->figure), rex_figure_get_sources (self->figure));
  gtk_box_append (GTK_BOX (self->box), footer);
}

GtkWidget *
rex_figure_view_new (RexFigure *figure)
{
  return g_object_new (REX_TYPE_FIGURE_VIEW, "figure", figure, NULL);
}

RexFigure *
rex_figure_view_get_figure (RexFigureView *self)
{
  g_return_val_if_fail (REX_IS_FIGURE_VIEW (self), NULL);

  return self->figure;
}

char *
rex_figure_view_dup_text (RexFigureView *self)
{
  g_return_val_if_fail (REX_IS_FIGURE_VIEW (self), NULL);

  if (self->figure == NULL)
    return NULL;

  return rex_format_figure (self->figure);
}

static void
rex_figure_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RexFigureView *self = REX_FIGURE_VIEW (object);

  switch (prop_id)
    {
    case PROP_FIGURE:
      g_value_set_object (value, self->figure);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_figure_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RexFigureView *self = REX_FIGURE_VIEW (object);

  switch (prop_id)
    {
    case PROP_FIGURE:
      if (g_set_object (&self->figure, g_value_get_object (value)))
        {
          rebuild (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_figure_view_dispose (GObject *object)
{
  RexFigureView *self = REX_FIGURE_VIEW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->figure);

  G_OBJECT_CLASS (rex_figure_view_parent_class)->dispose (object);
}

static void
rex_figure_view_class_init (RexFigureViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rex_figure_view_get_property;
  object_class->set_property = rex_figure_view_set_property;
  object_class->dispose = rex_figure_view_dispose;

  properties[PROP_FIGURE] =
    g_param_spec_object ("figure", NULL, NULL, REX_TYPE_FIGURE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "figure-view");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rex_figure_view_init (RexFigureView *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
}
