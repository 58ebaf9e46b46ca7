/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "rex-format.h"
#include "rex-reform-row.h"
#include "rex-status-badge.h"

/* One reform in the list: title, the promise in one line, its status and,
 * when it has one, the first before → after figure. */
struct _RexReformRow
{
  GtkWidget       parent_instance;

  RexReform      *reform;

  GtkWidget      *root;
  GtkLabel       *title_label;
  GtkLabel       *summary_label;
  GtkLabel       *figure_label;
  GtkLabel       *date_label;
  RexStatusBadge *badge;
  gboolean        show_date;
};

G_DEFINE_FINAL_TYPE (RexReformRow, rex_reform_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REFORM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_date (RexReformRow *self)
{
  const RexDate *date = NULL;

  if (self->reform != NULL && self->show_date)
    date = rex_reform_get_last_milestone_date (self->reform);

  if (date != NULL)
    {
      g_autofree char *formatted = rex_date_format (date);
      /* Translators: in the list sorted by latest milestone, "Latest: 1 July 2026". */
      g_autofree char *text = g_strdup_printf (_("Latest: %s"), formatted);

      gtk_label_set_label (self->date_label, text);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->date_label), date != NULL);
}

static void
update (RexReformRow *self)
{
  update_date (self);

  GListModel *figures;
  g_autoptr(RexFigure) figure = NULL;

  if (self->reform == NULL)
    {
      gtk_label_set_label (self->title_label, NULL);
      gtk_label_set_label (self->summary_label, NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->figure_label), FALSE);
      return;
    }

  gtk_label_set_label (self->title_label, rex_reform_get_title (self->reform));
  gtk_label_set_label (self->summary_label, rex_reform_get_summary (self->reform));
  rex_status_badge_set_status (self->badge, rex_reform_get_status (self->reform));
  rex_status_badge_set_uncertain (self->badge, rex_reform_is_uncertain (self->reform));

  figures = rex_reform_get_figures (self->reform);
  if (g_list_model_get_n_items (figures) > 0)
    figure = g_list_model_get_item (figures, 0);

  if (figure != NULL)
    {
      g_autofree char *before = rex_format_number (rex_figure_get_before (figure));
      g_autofree char *after = rex_format_quantity (rex_figure_get_after (figure),
                                                    rex_figure_get_unit_for (figure,
                                                                             rex_figure_get_after (figure)));
      /* Translators: a list row's figure, "20,000 → 5,000 members". */
      g_autofree char *text = g_strdup_printf (_("%s → %s"), before, after);

      gtk_label_set_label (self->figure_label, text);
      /* The tooltip comes from figure_query_tooltip_cb: setting a tooltip's
       * text asks the display where the pointer is, a round trip for each
       * row bound, hundreds at each change of a long list. The description
       * is what setting the tooltip would give assistive technologies. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->figure_label),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      rex_figure_get_label (figure),
                                      -1);
      gtk_widget_set_visible (GTK_WIDGET (self->figure_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->figure_label), FALSE);
    }
}

static gboolean
figure_query_tooltip_cb (GtkWidget    *label,
                         int           x,
                         int           y,
                         gboolean      keyboard_mode,
                         GtkTooltip   *tooltip,
                         RexReformRow *self)
{
  GListModel *figures;
  g_autoptr(RexFigure) figure = NULL;

  if (self->reform == NULL)
    return FALSE;

  figures = rex_reform_get_figures (self->reform);
  if (g_list_model_get_n_items (figures) == 0)
    return FALSE;

  figure = g_list_model_get_item (figures, 0);
  gtk_tooltip_set_text (tooltip, rex_figure_get_label (figure));

  return TRUE;
}

/* The widest natural width of a row in this list so far. */
static GQuark widest_quark;

static void
rex_reform_row_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  RexReformRow *self = REX_REFORM_ROW (widget);
  GtkWidget *list;

  gtk_widget_measure (self->root, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);

  /* A list is as wide as its widest row; were that the widest of the
   * rows it holds now, a search that changes them would change its width,
   * and every row would be measured and its text shaped again at the new
   * width. Rows ask for the widest width seen in their list instead, so
   * that the list only ever widens, and seldom. */
  if (orientation != GTK_ORIENTATION_HORIZONTAL ||
      (list = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_VIEW)) == NULL)
    return;

  *natural = MAX (*natural, GPOINTER_TO_INT (g_object_get_qdata (G_OBJECT (list), widest_quark)));
  g_object_set_qdata (G_OBJECT (list), widest_quark, GINT_TO_POINTER (*natural));
}

/* The title and the summary wrap, so the height depends on the width:
 * without this, GTK would take the row for one of constant size, measure
 * its height once at its natural width, and a title that wraps to one
 * more line at the width the list gives would overlap the next row. */
static GtkSizeRequestMode
rex_reform_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
rex_reform_row_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  gtk_widget_allocate (REX_REFORM_ROW (widget)->root, width, height, baseline, NULL);
}

GtkWidget *
rex_reform_row_new (void)
{
  return g_object_new (REX_TYPE_REFORM_ROW, NULL);
}

void
rex_reform_row_set_show_date (RexReformRow *self,
                              gboolean      show_date)
{
  g_return_if_fail (REX_IS_REFORM_ROW (self));

  show_date = !!show_date;
  if (self->show_date == show_date)
    return;

  self->show_date = show_date;
  update_date (self);
}

RexReform *
rex_reform_row_get_reform (RexReformRow *self)
{
  g_return_val_if_fail (REX_IS_REFORM_ROW (self), NULL);

  return self->reform;
}

void
rex_reform_row_set_reform (RexReformRow *self,
                           RexReform    *reform)
{
  g_return_if_fail (REX_IS_REFORM_ROW (self));
  g_return_if_fail (reform == NULL || REX_IS_REFORM (reform));

  if (!g_set_object (&self->reform, reform))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFORM]);
}

static void
rex_reform_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RexReformRow *self = REX_REFORM_ROW (object);

  switch (prop_id)
    {
    case PROP_REFORM:
      g_value_set_object (value, self->reform);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_reform_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RexReformRow *self = REX_REFORM_ROW (object);

  switch (prop_id)
    {
    case PROP_REFORM:
      rex_reform_row_set_reform (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_reform_row_dispose (GObject *object)
{
  RexReformRow *self = REX_REFORM_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), REX_TYPE_REFORM_ROW);
  g_clear_object (&self->reform);

  G_OBJECT_CLASS (rex_reform_row_parent_class)->dispose (object);
}

static void
rex_reform_row_class_init (RexReformRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rex_reform_row_get_property;
  object_class->set_property = rex_reform_row_set_property;
  object_class->dispose = rex_reform_row_dispose;

  properties[PROP_REFORM] =
    g_param_spec_object ("reform", NULL, NULL, REX_TYPE_REFORM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (REX_TYPE_STATUS_BADGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rex-reform-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RexReformRow, root);
  gtk_widget_class_bind_template_child (widget_class, RexReformRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, RexReformRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RexReformRow, figure_label);
  gtk_widget_class_bind_template_child (widget_class, RexReformRow, date_label);
  gtk_widget_class_bind_template_child (widget_class, RexReformRow, badge);
  widget_class->measure = rex_reform_row_measure;
  widget_class->get_request_mode = rex_reform_row_get_request_mode;
  widget_class->size_allocate = rex_reform_row_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "reform-row");
  widest_quark = g_quark_from_static_string ("rex-reform-row-widest");
}

static void
rex_reform_row_init (RexReformRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->figure_label), TRUE);
  g_signal_connect (self->figure_label, "query-tooltip",
                    G_CALLBACK (figure_query_tooltip_cb), self);
}
