/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rex-chronology.h"
#include "rex-page.h"
#include "rex-programme-page.h"
#include "rex-source-row.h"
#include "rex-status-badge.h"

/* The address itself: when and where it was given, the sentence that
 * frames it, its four groups and how many reforms stand where. */
struct _RexProgrammePage
{
  GtkWidget     parent_instance;

  RexCatalogue *catalogue;

  GtkWidget    *root;
  GtkLabel     *occasion_label;
  GtkLabel     *title_label;
  GtkLabel     *byline_label;
  GtkLabel     *quotation_label;
  GtkLabel     *summary_label;
  GtkWidget    *chronology_section;
  GtkLabel     *chronology_caption;
  RexChronology *chronology;
  GtkListBox   *categories_list;
  GtkLabel     *statuses_heading;
  GtkListBox   *statuses_list;
  GtkWidget    *sources_section;
  GtkListBox   *sources_list;
};

static void rex_programme_page_page_init (RexPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RexProgrammePage, rex_programme_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (REX_TYPE_PAGE, rex_programme_page_page_init))

enum {
  PROP_0,
  PROP_CATALOGUE,
  N_PROPS,

  PROP_TITLE = N_PROPS,
  PROP_SUBTITLE,
  PROP_CAN_COPY,
};

static GParamSpec *properties[N_PROPS];

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
create_count_row (const char *title,
                  const char *subtitle,
                  guint       count,
                  const char *action,
                  const char *target)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *count_text = g_strdup_printf ("%u", count);
  GtkWidget *count_label = gtk_label_new (count_text);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  /* Translators: a count of reforms in a row's accessible description. */
  g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u reform", "%u reforms", count),
                                                  count);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  if (subtitle != NULL)
    {
      g_autofree char *escaped_subtitle = g_markup_escape_text (subtitle, -1);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped_subtitle);
    }

  gtk_widget_add_css_class (count_label, "count");
  gtk_widget_add_css_class (count_label, "numeric");
  gtk_widget_set_valign (count_label, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), count_label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", target);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);

  return row;
}

/* "Every milestone of every reform, 2022–2026", from the years the
 * milestones span. */
static void
update_chronology_caption (RexProgrammePage *self)
{
  GListModel *reforms;
  guint first = G_MAXUINT, last = 0;
  g_autofree char *caption = NULL;

  gtk_widget_set_visible (self->chronology_section,
                          self->catalogue != NULL && rex_catalogue_count_milestones (self->catalogue) > 0);
  if (!gtk_widget_get_visible (self->chronology_section))
    return;

  reforms = rex_catalogue_get_reforms (self->catalogue);
  for (guint i = 0; i < g_list_model_get_n_items (reforms); i++)
    {
      g_autoptr(RexReform) reform = g_list_model_get_item (reforms, i);
      GListModel *milestones = rex_reform_get_milestones (reform);

      for (guint m = 0; m < g_list_model_get_n_items (milestones); m++)
        {
          g_autoptr(RexMilestone) milestone = g_list_model_get_item (milestones, m);
          const RexDate *date = rex_milestone_get_date (milestone);

          first = MIN (first, date->year);
          last = MAX (last, date->year);
        }
    }

  if (first == last)
    /* Translators: under the overview's "Timeline" heading; %d is a
     * year, 2022. */
    caption = g_strdup_printf (_("Every milestone of every reform in %d"), (int) first);
  else
    /* Translators: under the overview's "Timeline" heading; %1$d and
     * %2$d are the first and last years, 2022 and 2026: write the
     * range as your language writes a range of years. */
    caption = g_strdup_printf (_("Every milestone of every reform, %1$d–%2$d"), (int) first, (int) last);
  gtk_label_set_label (self->chronology_caption, caption);
}

static void
update (RexProgrammePage *self)
{
  RexProgramme *programme;
  GListModel *categories;
  GListModel *sources;
  g_autofree char *date = NULL;
  g_autofree char *byline = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *heading = NULL;
  guint n;

  clear_list (self->categories_list);
  clear_list (self->statuses_list);
  clear_list (self->sources_list);
  rex_chronology_set_catalogue (self->chronology, self->catalogue);
  update_chronology_caption (self);

  if (self->catalogue == NULL)
    return;

  programme = rex_catalogue_get_programme (self->catalogue);
  date = rex_date_format (rex_programme_get_date (programme));
  /* Translators: who gave the address and when, "Kassym-Jomart Tokayev, President · 16 March 2022". */
  byline = g_strdup_printf (_("%s · %s"), rex_programme_get_speaker (programme), date);

  gtk_label_set_label (self->occasion_label, rex_programme_get_occasion (programme));
  gtk_label_set_label (self->title_label, rex_programme_get_title (programme));
  gtk_label_set_label (self->byline_label, byline);
  gtk_label_set_label (self->quotation_label, rex_programme_get_quotation (programme));
  gtk_label_set_label (self->summary_label, rex_programme_get_summary (programme));

  categories = rex_catalogue_get_categories (self->catalogue);
  n = g_list_model_get_n_items (categories);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexCategory) category = g_list_model_get_item (categories, i);
      GListModel *reforms = rex_catalogue_get_reforms_in_category (self->catalogue, category);

      gtk_list_box_append (self->categories_list,
                           create_count_row (rex_category_get_title (category),
                                             rex_category_get_summary (category),
                                             g_list_model_get_n_items (reforms),
                                             "win.show-category",
                                             rex_category_get_id (category)));
    }

  as_of = rex_date_format (rex_catalogue_get_as_of (self->catalogue));
  /* Translators: a heading; %s is the date the dataset describes. */
  heading = g_strdup_printf (_("Where They Stand, as of %s"), as_of);
  gtk_label_set_label (self->statuses_heading, heading);

  for (guint i = 0; i < REX_N_STATUSES; i++)
    {
      RexStatus status = rex_status_nth_in_order (i);
      guint count = rex_catalogue_count_reforms_by_status (self->catalogue, status);

      if (count == 0)
        continue;

      gtk_list_box_append (self->statuses_list,
                           create_count_row (rex_status_get_label (status), NULL, count,
                                             "win.show-status",
                                             rex_status_to_string (status)));
    }

  sources = rex_programme_get_sources (programme);
  n = g_list_model_get_n_items (sources);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexSource) source = g_list_model_get_item (sources, i);
      gtk_list_box_append (self->sources_list, rex_source_row_new (source));
    }
  gtk_widget_set_visible (self->sources_section, n > 0);
}

RexCatalogue *
rex_programme_page_get_catalogue (RexProgrammePage *self)
{
  g_return_val_if_fail (REX_IS_PROGRAMME_PAGE (self), NULL);

  return self->catalogue;
}

void
rex_programme_page_set_catalogue (RexProgrammePage *self,
                                  RexCatalogue     *catalogue)
{
  g_return_if_fail (REX_IS_PROGRAMME_PAGE (self));
  g_return_if_fail (catalogue == NULL || REX_IS_CATALOGUE (catalogue));

  if (!g_set_object (&self->catalogue, catalogue))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATALOGUE]);
  g_object_notify (G_OBJECT (self), "subtitle");
}

void
rex_programme_page_focus_start (RexProgrammePage *self)
{
  g_return_if_fail (REX_IS_PROGRAMME_PAGE (self));

  /* The headings take no focus, so that no caret blinks in them as if
   * they could be edited: start at the first row instead. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->root)), 0);
  gtk_widget_child_focus (self->root, GTK_DIR_TAB_FORWARD);
}

static void
focus_start (RexPage *page)
{
  rex_programme_page_focus_start (REX_PROGRAMME_PAGE (page));
}

static void
rex_programme_page_page_init (RexPageInterface *iface)
{
  iface->focus_start = focus_start;
}

static void
rex_programme_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RexProgrammePage *self = REX_PROGRAMME_PAGE (object);

  switch (prop_id)
    {
    case PROP_CATALOGUE:
      g_value_set_object (value, self->catalogue);
      break;

    case PROP_TITLE:
      g_value_set_string (value, _("Overview"));
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->catalogue != NULL
                                 ? rex_programme_get_title (rex_catalogue_get_programme (self->catalogue))
                                 : NULL);
      break;

    case PROP_CAN_COPY:
      g_value_set_boolean (value, FALSE);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_programme_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RexProgrammePage *self = REX_PROGRAMME_PAGE (object);

  switch (prop_id)
    {
    case PROP_CATALOGUE:
      rex_programme_page_set_catalogue (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_programme_page_dispose (GObject *object)
{
  RexProgrammePage *self = REX_PROGRAMME_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), REX_TYPE_PROGRAMME_PAGE);
  g_clear_object (&self->catalogue);

  G_OBJECT_CLASS (rex_programme_page_parent_class)->dispose (object);
}

static void
rex_programme_page_class_init (RexProgrammePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rex_programme_page_get_property;
  object_class->set_property = rex_programme_page_set_property;
  object_class->dispose = rex_programme_page_dispose;

  properties[PROP_CATALOGUE] =
    g_param_spec_object ("catalogue", NULL, NULL, REX_TYPE_CATALOGUE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_TITLE, "title");
  g_object_class_override_property (object_class, PROP_SUBTITLE, "subtitle");
  g_object_class_override_property (object_class, PROP_CAN_COPY, "can-copy");

  g_type_ensure (REX_TYPE_CHRONOLOGY);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rex-programme-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RexProgrammePage, root);
  gtk_widget_class_bind_template_child (widget_class, RexProgrammePage, occasion_label);
  gtk_widget_class_bind_template_child (widget_class, RexProgrammePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, RexProgrammePage, byline_label);
  gtk_widget_class_bind_template_child (widget_class, RexProgrammePage, quotation_label);
  gtk_widget_class_bind_template_child (widget_class, RexProgrammePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RexProgrammePage, chronology_section);
  gtk_widget_class_bind_template_child (widget_class, RexProgrammePage, chronology_caption);
  gtk_widget_class_bind_template_child (widget_class, RexProgrammePage, chronology);
  gtk_widget_class_bind_template_child (widget_class, RexProgrammePage, categories_list);
  gtk_widget_class_bind_template_child (widget_class, RexProgrammePage, statuses_heading);
  gtk_widget_class_bind_template_child (widget_class, RexProgrammePage, statuses_list);
  gtk_widget_class_bind_template_child (widget_class, RexProgrammePage, sources_section);
  gtk_widget_class_bind_template_child (widget_class, RexProgrammePage, sources_list);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "programme-page");
}

static void
rex_programme_page_init (RexProgrammePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
