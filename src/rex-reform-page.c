/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rex-evidence-label.h"
#include "rex-figure-view.h"
#include "rex-result-view.h"
#include "rex-format.h"
#include "rex-page.h"
#include "rex-reform-page.h"
#include "rex-source-row.h"
#include "rex-status-badge.h"

/* Everything known about one reform: what was promised, where it stands,
 * the figures, the dated steps and the documents behind each of them. */
struct _RexReformPage
{
  GtkWidget          parent_instance;

  RexReform         *reform;
  RexDate           *as_of;
  gboolean           heading_visible;

  GtkWidget         *overlay;
  GtkRevealer       *title_revealer;
  GtkLabel          *sticky_title_label;
  GtkScrolledWindow *scrolled_window;
  GtkLabel          *category_label;
  GtkLabel          *title_label;
  GtkLabel          *summary_label;
  RexStatusBadge    *badge;
  GtkLabel          *status_date_label;
  RexEvidenceLabel  *status_evidence;
  GtkLabel          *status_sources_label;
  GtkLabel          *status_note_label;
  GtkWidget         *uncertain_banner;
  GtkLabel          *explanation_label;
  GtkWidget         *rationale_section;
  GtkLabel          *rationale_label;
  GtkWidget         *figures_section;
  GtkBox            *figures_box;
  GtkWidget         *results_section;
  GtkBox            *results_box;
  GtkWidget         *milestones_section;
  GtkListBox        *milestones_list;
  GtkWidget         *regions_section;
  GtkLabel          *regions_label;
  GtkWidget         *sources_section;
  GtkListBox        *sources_list;
};

static void rex_reform_page_page_iface_init (RexPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RexReformPage, rex_reform_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (REX_TYPE_PAGE,
                                                      rex_reform_page_page_iface_init))

enum {
  PROP_0,
  PROP_REFORM,
  PROP_AS_OF,
  PROP_HEADING_VISIBLE,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_CAN_COPY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else
        gtk_box_remove (GTK_BOX (parent), child);
    }
}

static void
set_optional_label (GtkLabel   *label,
                    const char *text)
{
  gtk_label_set_label (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
set_links_label (GtkLabel   *label,
                 GListModel *sources)
{
  g_autofree char *links = rex_format_source_links (sources);

  if (links != NULL)
    {
      /* Translators: %s is a list of links to sources. */
      g_autofree char *markup = g_strdup_printf (_("Source: %s"), links);
      gtk_label_set_markup (label, markup);
    }

  gtk_widget_set_visible (GTK_WIDGET (label), links != NULL);
}

static GtkWidget *
create_milestone_row (RexMilestone *milestone)
{
  GtkWidget *row, *box, *header, *title, *footer, *sources;
  g_autofree char *date = rex_date_format (rex_milestone_get_date (milestone));
  const char *kind = rex_milestone_kind_get_label (rex_milestone_get_kind (milestone));
  /* Translators: a milestone's heading, "16 March 2022 · Announced". */
  g_autofree char *heading = g_strdup_printf (_("%s · %s"), date, kind);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  header = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_widget_add_css_class (header, "caption-heading");
  gtk_widget_add_css_class (header, "milestone-date");
  gtk_box_append (GTK_BOX (box), header);

  title = gtk_label_new (rex_milestone_get_title (milestone));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (title), TRUE);
  /* Selectable for copying, but Tab goes to the links, not into the text. */
  gtk_widget_set_focusable (title, FALSE);
  gtk_box_append (GTK_BOX (box), title);

  footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (footer, 2);
  gtk_box_append (GTK_BOX (box), footer);
  gtk_box_append (GTK_BOX (footer), rex_evidence_label_new (rex_milestone_get_evidence (milestone)));

  sources = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (sources), 0);
  gtk_label_set_wrap (GTK_LABEL (sources), TRUE);
  gtk_widget_set_hexpand (sources, TRUE);
  gtk_widget_add_css_class (sources, "caption");
  set_links_label (GTK_LABEL (sources), rex_milestone_get_sources (milestone));
  gtk_box_append (GTK_BOX (footer), sources);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  rex_milestone_get_title (milestone),
                                  -1);

  return row;
}

/* The big title is visible while its bottom edge is below the top of the
 * viewport. Its position is taken in the coordinates of the scrolled
 * content, which do not move as the page scrolls, so the answer is right
 * as soon as the adjustment changes, before the next allocation. */
static void
update_heading_visible (RexReformPage *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scrolled_window);
  GtkWidget *content = viewport != NULL ? gtk_widget_get_first_child (viewport) : NULL;
  graphene_rect_t bounds;
  gboolean visible = TRUE;

  if (self->reform != NULL && content != NULL &&
      gtk_widget_compute_bounds (GTK_WIDGET (self->title_label), content, &bounds))
    visible = bounds.origin.y + bounds.size.height > gtk_adjustment_get_value (adjustment);

  gtk_revealer_set_reveal_child (self->title_revealer, !visible);

  if (self->heading_visible == visible)
    return;

  self->heading_visible = visible;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADING_VISIBLE]);
}

static void
update (RexReformPage *self)
{
  RexReform *reform = self->reform;
  g_autofree char *as_of = NULL;
  g_autofree char *status_date = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autofree char *regions = NULL;
  GListModel *model;
  guint n;

  remove_children (GTK_WIDGET (self->figures_box));
  remove_children (GTK_WIDGET (self->results_box));
  remove_children (GTK_WIDGET (self->milestones_list));
  remove_children (GTK_WIDGET (self->sources_list));

  if (reform == NULL)
    return;

  gtk_label_set_label (self->category_label,
                       rex_category_get_title (rex_reform_get_category (reform)));
  gtk_label_set_label (self->title_label, rex_reform_get_title (reform));
  gtk_label_set_label (self->sticky_title_label, rex_reform_get_title (reform));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sticky_title_label), rex_reform_get_title (reform));
  gtk_label_set_label (self->summary_label, rex_reform_get_summary (reform));

  rex_status_badge_set_status (self->badge, rex_reform_get_status (reform));
  rex_status_badge_set_uncertain (self->badge,
                                  rex_reform_get_status_evidence (reform) == REX_EVIDENCE_UNCERTAIN);
  as_of = rex_date_format (rex_reform_get_status_as_of (reform));
  /* Translators: after a status badge, "as of 5 June 2022". */
  status_date = g_strdup_printf (_("as of %s"), as_of);
  gtk_label_set_label (self->status_date_label, status_date);
  rex_evidence_label_set_evidence (self->status_evidence, rex_reform_get_status_evidence (reform));
  set_links_label (self->status_sources_label, rex_reform_get_status_sources (reform));
  set_optional_label (self->status_note_label, rex_reform_get_status_note (reform));
  gtk_widget_set_visible (self->uncertain_banner, rex_reform_is_uncertain (reform));

  gtk_label_set_label (self->explanation_label, rex_reform_get_explanation (reform));

  gtk_label_set_label (self->rationale_label, rex_reform_get_rationale (reform));
  gtk_widget_set_visible (self->rationale_section, rex_reform_get_rationale (reform) != NULL);

  model = rex_reform_get_figures (reform);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexFigure) figure = g_list_model_get_item (model, i);
      gtk_box_append (self->figures_box, rex_figure_view_new (figure));
    }
  gtk_widget_set_visible (self->figures_section, n > 0);

  model = rex_reform_get_results (reform);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexResult) result = g_list_model_get_item (model, i);
      gtk_box_append (self->results_box, rex_result_view_new (result));
    }
  gtk_widget_set_visible (self->results_section, n > 0);

  model = rex_reform_get_milestones (reform);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexMilestone) milestone = g_list_model_get_item (model, i);
      gtk_list_box_append (self->milestones_list, create_milestone_row (milestone));
    }
  gtk_widget_set_visible (self->milestones_section, n > 0);

  model = rex_reform_get_regions (reform);
  n = g_list_model_get_n_items (model);
  regions = rex_format_region_links (model);
  gtk_label_set_markup (self->regions_label, regions);
  gtk_widget_set_visible (self->regions_section, n > 0);

  sources = rex_format_collect_sources (reform);
  for (guint i = 0; i < sources->len; i++)
    gtk_list_box_append (self->sources_list, rex_source_row_new (g_ptr_array_index (sources, i)));
  gtk_widget_set_visible (self->sources_section, sources->len > 0);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

RexReform *
rex_reform_page_get_reform (RexReformPage *self)
{
  g_return_val_if_fail (REX_IS_REFORM_PAGE (self), NULL);

  return self->reform;
}

void
rex_reform_page_set_reform (RexReformPage *self,
                            RexReform     *reform)
{
  gboolean had_reform;

  g_return_if_fail (REX_IS_REFORM_PAGE (self));
  g_return_if_fail (reform == NULL || REX_IS_REFORM (reform));

  had_reform = self->reform != NULL;
  if (!g_set_object (&self->reform, reform))
    return;

  update (self);
  update_heading_visible (self);

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFORM]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
  if (had_reform != (reform != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_COPY]);
  g_object_thaw_notify (G_OBJECT (self));
}

const RexDate *
rex_reform_page_get_as_of (RexReformPage *self)
{
  g_return_val_if_fail (REX_IS_REFORM_PAGE (self), NULL);

  return self->as_of;
}

void
rex_reform_page_set_as_of (RexReformPage *self,
                           const RexDate *as_of)
{
  g_return_if_fail (REX_IS_REFORM_PAGE (self));

  if (self->as_of == as_of ||
      (self->as_of != NULL && as_of != NULL && rex_date_compare (self->as_of, as_of) == 0 &&
       self->as_of->precision == as_of->precision))
    return;

  g_clear_pointer (&self->as_of, rex_date_free);
  self->as_of = as_of != NULL ? rex_date_copy (as_of) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF]);
}

gboolean
rex_reform_page_get_heading_visible (RexReformPage *self)
{
  g_return_val_if_fail (REX_IS_REFORM_PAGE (self), TRUE);

  return self->heading_visible;
}

void
rex_reform_page_focus_start (RexReformPage *self)
{
  g_return_if_fail (REX_IS_REFORM_PAGE (self));

  /* The headings take no focus, so that no caret blinks in them as if
   * they could be edited: start at the first link or row instead. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  gtk_widget_child_focus (GTK_WIDGET (self->scrolled_window), GTK_DIR_TAB_FORWARD);
}

static char *
rex_reform_page_dup_copy_text (RexPage *page)
{
  RexReformPage *self = REX_REFORM_PAGE (page);

  return self->reform != NULL ? rex_format_citation (self->reform, self->as_of) : NULL;
}

static void
rex_reform_page_page_focus_start (RexPage *page)
{
  rex_reform_page_focus_start (REX_REFORM_PAGE (page));
}

static void
rex_reform_page_page_iface_init (RexPageInterface *iface)
{
  iface->dup_copy_text = rex_reform_page_dup_copy_text;
  iface->focus_start = rex_reform_page_page_focus_start;
}

static void
rex_reform_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RexReformPage *self = REX_REFORM_PAGE (object);

  switch (prop_id)
    {
    case PROP_REFORM:
      g_value_set_object (value, self->reform);
      break;

    case PROP_AS_OF:
      g_value_set_boxed (value, self->as_of);
      break;

    case PROP_HEADING_VISIBLE:
      g_value_set_boolean (value, self->heading_visible);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->reform != NULL ? rex_reform_get_title (self->reform) : NULL);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->reform != NULL
                                 ? rex_category_get_title (rex_reform_get_category (self->reform))
                                 : NULL);
      break;

    case PROP_CAN_COPY:
      g_value_set_boolean (value, self->reform != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_reform_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RexReformPage *self = REX_REFORM_PAGE (object);

  switch (prop_id)
    {
    case PROP_REFORM:
      rex_reform_page_set_reform (self, g_value_get_object (value));
      break;

    case PROP_AS_OF:
      rex_reform_page_set_as_of (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_reform_page_dispose (GObject *object)
{
  RexReformPage *self = REX_REFORM_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), REX_TYPE_REFORM_PAGE);
  g_clear_object (&self->reform);
  g_clear_pointer (&self->as_of, rex_date_free);

  G_OBJECT_CLASS (rex_reform_page_parent_class)->dispose (object);
}

static void
rex_reform_page_class_init (RexReformPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rex_reform_page_get_property;
  object_class->set_property = rex_reform_page_set_property;
  object_class->dispose = rex_reform_page_dispose;

  properties[PROP_REFORM] =
    g_param_spec_object ("reform", NULL, NULL, REX_TYPE_REFORM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The date the dataset describes, for the last line of copied text. */
  properties[PROP_AS_OF] =
    g_param_spec_boxed ("as-of", NULL, NULL, REX_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether the big title is scrolled into view; when it is not, a
   * compact title bar shows at the top of the page. */
  properties[PROP_HEADING_VISIBLE] =
    g_param_spec_boolean ("heading-visible", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, PROP_HEADING_VISIBLE + 1, properties);

  g_object_class_override_property (object_class, PROP_TITLE, "title");
  properties[PROP_TITLE] = g_object_class_find_property (object_class, "title");
  g_object_class_override_property (object_class, PROP_SUBTITLE, "subtitle");
  properties[PROP_SUBTITLE] = g_object_class_find_property (object_class, "subtitle");
  g_object_class_override_property (object_class, PROP_CAN_COPY, "can-copy");
  properties[PROP_CAN_COPY] = g_object_class_find_property (object_class, "can-copy");

  g_type_ensure (REX_TYPE_STATUS_BADGE);
  g_type_ensure (REX_TYPE_EVIDENCE_LABEL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rex-reform-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, overlay);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, title_revealer);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, sticky_title_label);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, category_label);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, badge);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, status_date_label);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, status_evidence);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, status_sources_label);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, status_note_label);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, uncertain_banner);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, rationale_section);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, rationale_label);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, figures_section);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, figures_box);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, results_section);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, results_box);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, milestones_section);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, milestones_list);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, regions_section);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, regions_label);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, sources_section);
  gtk_widget_class_bind_template_child (widget_class, RexReformPage, sources_list);
  gtk_widget_class_bind_template_callback_full (widget_class, "regions_label_activate_link_cb",
                                                G_CALLBACK (rex_page_activate_region_link));

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reform-page");
}

static void
rex_reform_page_init (RexReformPage *self)
{
  GtkAdjustment *adjustment;

  self->heading_visible = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  g_signal_connect_object (adjustment, "value-changed",
                           G_CALLBACK (update_heading_visible), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed",
                           G_CALLBACK (update_heading_visible), self, G_CONNECT_SWAPPED);
}
