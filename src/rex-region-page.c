/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "rex-evidence-label.h"
#include "rex-format.h"
#include "rex-page.h"
#include "rex-region-page.h"
#include "rex-source-row.h"
#include "rex-status-badge.h"

struct _RexRegionPage
{
  GtkWidget          parent_instance;

  RexRegion         *region;
  GListModel        *locator_children;

  GtkScrolledWindow *scrolled_window;
  GtkLabel          *kind_label;
  GtkLabel          *title_label;
  GtkLabel          *codes_label;
  GtkWidget         *locator_box;
  GtkListBox        *names_list;
  GtkWidget         *centre_section;
  GtkListBox        *centre_list;
  GtkListBox        *size_list;
  GtkWidget         *formation_section;
  GtkListBox        *formation_list;
  RexEvidenceLabel  *formation_evidence;
  GtkLabel          *formation_sources_label;
  GtkListBox        *reforms_list;
  GtkWidget         *no_reforms_label;
  GtkWidget         *votes_section;
  GtkListBox        *votes_list;
  GtkWidget         *sources_section;
  GtkListBox        *sources_list;
};

static void rex_region_page_page_iface_init (RexPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RexRegionPage, rex_region_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (REX_TYPE_PAGE,
                                                      rex_region_page_page_iface_init))

enum {
  PROP_0,
  PROP_REGION,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_CAN_COPY,
  N_PROPS
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
create_label (const char *text,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
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

/* A row of the boxed lists: what the fact is, small and dim, over the
 * fact itself. The returned box takes further lines (dates, evidence). */
static GtkWidget *
create_fact_row (GtkListBox  *list,
                 const char  *caption,
                 const char  *value,
                 GtkLabel   **value_label)
{
  GtkWidget *row, *box, *value_widget;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_box_append (GTK_BOX (box), create_label (caption, "caption"));
  gtk_widget_add_css_class (gtk_widget_get_first_child (box), "dim-label");

  value_widget = create_label (value, "fact-value");
  if (value_label != NULL)
    {
      /* The caller puts links in it: keep it focusable for them. */
      *value_label = GTK_LABEL (value_widget);
    }
  else
    {
      /* Names and figures are worth copying, but a selectable label
       * that takes focus shows a caret as if it could be edited. */
      gtk_label_set_selectable (GTK_LABEL (value_widget), TRUE);
      gtk_widget_set_focusable (value_widget, FALSE);
    }
  gtk_box_append (GTK_BOX (box), value_widget);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, caption,
                                  -1);
  gtk_list_box_append (list, row);

  return box;
}

static char *
join_strv (const char * const *strv)
{
  /* Translators: the separator between items of a list, as in "Semey, Kurchatov". */
  return g_strjoinv (C_("list separator", ", "), (char **) strv);
}

static void
add_name_row (RexRegionPage      *self,
              const char         *language_label,
              const char         *name,
              const char * const *variants)
{
  GtkWidget *box;

  if (name == NULL)
    return;

  box = create_fact_row (self->names_list, language_label, name, NULL);

  if (variants != NULL && variants[0] != NULL)
    {
      g_autofree char *list = join_strv (variants);
      /* Translators: other names of a region in one language, "Also known as Abay, Abay Region". */
      g_autofree char *text = g_strdup_printf (_("Also known as %s"), list);
      GtkWidget *label = create_label (text, "caption");

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
}

/* Evidence over the source links rather than beside them: side by side,
 * a long evidence label in Russian leaves the links a sliver at 360 px. */
static void
add_evidence_lines (GtkWidget   *box,
                    RexEvidence  evidence,
                    GListModel  *sources)
{
  GtkWidget *evidence_label = rex_evidence_label_new (evidence);
  GtkWidget *links = create_label (NULL, "caption");

  gtk_widget_set_margin_top (evidence_label, 2);
  gtk_box_append (GTK_BOX (box), evidence_label);
  gtk_label_set_wrap_mode (GTK_LABEL (links), PANGO_WRAP_WORD);
  set_links_label (GTK_LABEL (links), sources);
  gtk_box_append (GTK_BOX (box), links);
}

static char *
format_area (double value)
{
  g_autofree char *number = rex_format_number (value);

  /* Translators: an area in square kilometres, "185,476 km²". */
  return g_strdup_printf (_("%s km²"), number);
}

static char *
format_population (double value)
{
  g_autofree char *number = rex_format_number (value);

  /* Translators: a population, "595,676 people"; %s is the number. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person", "%s people",
                                       (gulong) MAX (value, 0)),
                          number);
}

static char *
format_as_of (RexMeasure *measure)
{
  g_autofree char *date = rex_date_format (rex_measure_get_as_of (measure));

  /* Translators: when a figure was true, "as of 1 January 2026". */
  return g_strdup_printf (_("as of %s"), date);
}

static void
add_measure_row (RexRegionPage *self,
                 const char    *caption,
                 const char    *value,
                 RexMeasure    *measure)
{
  GtkWidget *box = create_fact_row (self->size_list, caption, value, NULL);
  g_autofree char *as_of = format_as_of (measure);
  GtkWidget *label = create_label (as_of, "caption");

  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  if (rex_measure_get_note (measure) != NULL)
    {
      label = create_label (rex_measure_get_note (measure), "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  add_evidence_lines (box, rex_measure_get_evidence (measure), rex_measure_get_sources (measure));
}

static char *
dup_codes_text (RexRegion *region)
{
  const char * const *aliases = rex_region_get_aliases (region);
  guint n = aliases != NULL ? g_strv_length ((char **) aliases) : 0;
  /* Translators: small print under a region's name; %s is a code such as "KZ-10". */
  g_autofree char *code = g_strdup_printf (_("ISO 3166-2 code: %s"), rex_region_get_id (region));
  g_autofree char *list = NULL;
  g_autofree char *older = NULL;

  if (n == 0)
    return g_steal_pointer (&code);

  list = join_strv (aliases);
  /* Translators: codes a region had before, "Older code: KZ-ALM". */
  older = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Older code: %s", "Older codes: %s", n),
                           list);
  /* Translators: two facts on one line, "ISO 3166-2 code: KZ-19 · Older code: KZ-ALM". */
  return g_strdup_printf (_("%s · %s"), code, older);
}

static GtkWidget *
create_reform_row (RexReform *reform)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *badge = rex_status_badge_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *title = g_markup_escape_text (rex_reform_get_title (reform), -1);
  g_autofree char *subtitle = g_markup_escape_text (rex_category_get_title (rex_reform_get_category (reform)), -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  rex_status_badge_set_status (REX_STATUS_BADGE (badge), rex_reform_get_status (reform));
  rex_status_badge_set_uncertain (REX_STATUS_BADGE (badge),
                                  rex_reform_get_status_evidence (reform) == REX_EVIDENCE_UNCERTAIN);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-reform");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", rex_reform_get_id (reform));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  rex_status_badge_get_text (REX_STATUS_BADGE (badge)),
                                  -1);

  return row;
}

/* "Turnout: 73.81%" over "Nationwide: 68.05%". */
static void
add_figure_lines (GtkWidget *box,
                  RexResult *result,
                  RexRegion *region,
                  int        choice)
{
  g_autofree char *line = rex_format_region_figure_line (result, region, choice);
  double national = rex_result_get_figure (result, choice);
  GtkWidget *label = create_label (line, "fact-value");

  gtk_widget_set_margin_top (label, 4);
  gtk_box_append (GTK_BOX (box), label);

  if (!isnan (national))
    {
      g_autofree char *value = rex_format_percentage (national);
      /* Translators: under a region's figure in a vote, the figure for
       * the whole country, "Nationwide: 68.05%". */
      g_autofree char *text = g_strdup_printf (_("Nationwide: %s"), value);

      label = create_label (text, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
}

/* A vote with figures for the region: what and when, the region's
 * turnout and shares beside the country's, how well the figures by
 * region are established, and the way to see them on the map. */
static GtkWidget *
create_vote_row (RexResult *result,
                 RexRegion *region)
{
  const RexRegionResult *entry = rex_result_lookup_region (result, region);
  g_autofree char *date = rex_date_format (rex_result_get_date (result));
  g_autofree char *took_part = entry != NULL ? rex_format_took_part (entry->ballots, entry->electorate) : NULL;
  g_autofree char *mode = rex_map_mode_to_string (result, REX_FIGURE_TURNOUT);
  const char *note = rex_result_get_regions_note (result);
  GtkWidget *row, *box, *label, *button;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  label = create_label (rex_result_get_title (result), "heading");
  gtk_box_append (GTK_BOX (box), label);
  label = create_label (date, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  for (int choice = REX_FIGURE_TURNOUT; choice < (int) rex_result_get_n_choices (result); choice++)
    if (!isnan (rex_result_get_region_figure (result, region, choice)))
      add_figure_lines (box, result, region, choice);

  if (took_part != NULL)
    {
      label = create_label (took_part, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_top (label, 4);
      gtk_box_append (GTK_BOX (box), label);
    }

  if (note != NULL)
    {
      label = create_label (note, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_top (label, 4);
      gtk_box_append (GTK_BOX (box), label);
    }

  add_evidence_lines (box, rex_result_get_regions_evidence (result),
                      rex_result_get_regions_sources (result));

  /* The turnout is given wherever a figure by region is; a result
   * without one has no map to show. */
  if (mode != NULL)
    {
      /* Translators: a button under a vote on a region's page: colours
       * the map by the vote's turnout. */
      button = gtk_button_new_with_mnemonic (_("Show Turnout on _Map"));
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_margin_top (button, 6);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.map-mode");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", mode);
      gtk_box_append (GTK_BOX (box), button);
    }

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, rex_result_get_title (result),
                                  -1);

  return row;
}

static void
add_sources (GPtrArray  *array,
             GListModel *sources)
{
  guint n = sources != NULL ? g_list_model_get_n_items (sources) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexSource) source = g_list_model_get_item (sources, i);

      if (!g_ptr_array_find (array, source, NULL))
        g_ptr_array_add (array, g_object_ref (source));
    }
}

/* Every distinct source the page cites, in order of first citation. */
static GPtrArray *
collect_sources (RexRegion *region)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);

  add_sources (array, rex_region_get_sources (region));
  add_sources (array, rex_measure_get_sources (rex_region_get_area (region)));
  add_sources (array, rex_measure_get_sources (rex_region_get_population (region)));
  add_sources (array, rex_region_get_formed_sources (region));
  for (guint i = 0; i < g_list_model_get_n_items (rex_region_get_results (region)); i++)
    {
      g_autoptr(RexResult) result = g_list_model_get_item (rex_region_get_results (region), i);

      add_sources (array, rex_result_get_regions_sources (result));
    }

  return array;
}

static void
update (RexRegionPage *self)
{
  RexRegion *region = self->region;
  RexCentre *centre;
  GListModel *model;
  g_autofree char *codes = NULL;
  g_autofree char *area = NULL;
  g_autofree char *population = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  guint n;

  clear_list (self->names_list);
  clear_list (self->centre_list);
  clear_list (self->size_list);
  clear_list (self->formation_list);
  clear_list (self->reforms_list);
  clear_list (self->votes_list);
  clear_list (self->sources_list);

  if (region == NULL)
    return;

  gtk_label_set_label (self->kind_label, rex_region_kind_get_label (rex_region_get_kind (region)));
  gtk_label_set_label (self->title_label, rex_region_get_name (region));
  codes = dup_codes_text (region);
  gtk_label_set_label (self->codes_label, codes);

  /* Translators: a language, labelling a region's name in it. */
  add_name_row (self, C_("language", "English"), rex_region_get_name_en (region),
                rex_region_get_variants (region, "en"));
  /* Translators: a language, labelling a region's name in it. */
  add_name_row (self, C_("language", "Kazakh"), rex_region_get_official_name_kk (region),
                rex_region_get_variants (region, "kk"));
  /* Translators: a language, labelling a region's name in it. */
  add_name_row (self, C_("language", "Russian"), rex_region_get_official_name_ru (region),
                rex_region_get_variants (region, "ru"));

  centre = rex_region_get_centre (region);
  if (centre != NULL)
    /* Translators: "region fact" captions label a fact on a region's page. */
    create_fact_row (self->centre_list, C_("region fact", "Centre"), rex_centre_get_name (centre), NULL);
  model = rex_region_get_former_centres (region);
  n = model != NULL ? g_list_model_get_n_items (model) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexCentre) former = g_list_model_get_item (model, i);
      GtkWidget *box = create_fact_row (self->centre_list, C_("region fact", "Former centre"),
                                        rex_centre_get_name (former), NULL);

      if (rex_centre_get_until (former) != NULL)
        {
          g_autofree char *date = rex_date_format (rex_centre_get_until (former));
          /* Translators: under a former administrative centre; %s is a date. */
          g_autofree char *text = g_strdup_printf (_("Centre until %s"), date);
          GtkWidget *label = create_label (text, "caption");

          gtk_widget_add_css_class (label, "dim-label");
          gtk_box_append (GTK_BOX (box), label);
        }
    }
  gtk_widget_set_visible (self->centre_section, centre != NULL || n > 0);

  area = format_area (rex_measure_get_value (rex_region_get_area (region)));
  add_measure_row (self, C_("region fact", "Area"), area, rex_region_get_area (region));
  population = format_population (rex_measure_get_value (rex_region_get_population (region)));
  add_measure_row (self, C_("region fact", "Population"), population, rex_region_get_population (region));

  if (rex_region_get_formed_date (region) != NULL)
    {
      g_autofree char *date = rex_date_format (rex_region_get_formed_date (region));
      g_autofree const char **took = rex_region_dup_formed_took_display (region);
      GtkLabel *links_label = NULL;

      /* Translators: the caption of the date a region was formed. */
      create_fact_row (self->formation_list, C_("region", "Formed"), date, NULL);

      model = rex_region_get_formed_from (region);
      if (g_list_model_get_n_items (model) > 0)
        {
          g_autofree char *links = rex_format_region_links (model);

          /* Translators: the caption of the regions a new region was carved out of. */
          create_fact_row (self->formation_list, C_("region fact", "Formerly part of"), NULL, &links_label);
          gtk_label_set_markup (links_label, links);
          g_signal_connect (links_label, "activate-link", G_CALLBACK (rex_page_activate_region_link), self);
        }

      if (took[0] != NULL)
        {
          g_autofree char *list = join_strv (took);

          create_fact_row (self->formation_list, C_("region fact", "Districts and cities it took"), list, NULL);
        }

      rex_evidence_label_set_evidence (self->formation_evidence,
                                       rex_region_get_formed_evidence (region));
      set_links_label (self->formation_sources_label, rex_region_get_formed_sources (region));
    }
  gtk_widget_set_visible (self->formation_section, rex_region_get_formed_date (region) != NULL);

  model = rex_region_get_reforms (region);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexReform) reform = g_list_model_get_item (model, i);
      gtk_list_box_append (self->reforms_list, create_reform_row (reform));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->reforms_list), n > 0);
  gtk_widget_set_visible (self->no_reforms_label, n == 0);

  model = rex_region_get_results (region);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexResult) result = g_list_model_get_item (model, i);

      gtk_list_box_append (self->votes_list, create_vote_row (result, region));
    }
  gtk_widget_set_visible (self->votes_section, n > 0);

  sources = collect_sources (region);
  for (guint i = 0; i < sources->len; i++)
    gtk_list_box_append (self->sources_list, rex_source_row_new (g_ptr_array_index (sources, i)));
  gtk_widget_set_visible (self->sources_section, sources->len > 0);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

static void
append_fact (GString    *out,
             const char *caption,
             const char *value)
{
  /* Translators: a fact in copied text, "Population: 595,676 people". */
  g_string_append_printf (out, _("%s: %s"), caption, value);
}

static void
append_references (GString    *out,
                   GPtrArray  *all,
                   GListModel *sources)
{
  guint n = sources != NULL ? g_list_model_get_n_items (sources) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexSource) source = g_list_model_get_item (sources, i);
      guint index;

      if (g_ptr_array_find (all, source, &index))
        g_string_append_printf (out, " [%u]", index + 1);
    }
}

static void
append_evidence (GString     *out,
                 RexEvidence  evidence)
{
  if (evidence != REX_EVIDENCE_VERIFIED)
    /* Translators: appended to a fact in copied text, e.g. "(Uncertain)". */
    g_string_append_printf (out, _(" (%s)"), rex_evidence_get_label (evidence));
}

static void
append_measure (GString    *out,
                GPtrArray  *sources,
                const char *caption,
                const char *value,
                RexMeasure *measure)
{
  g_autofree char *as_of = format_as_of (measure);
  /* Translators: a figure and its date in copied text, "595,676 people, as of 1 January 2026". */
  g_autofree char *text = g_strdup_printf (_("%s, %s"), value, as_of);

  append_fact (out, caption, text);
  append_evidence (out, rex_measure_get_evidence (measure));
  append_references (out, sources, rex_measure_get_sources (measure));
  g_string_append_c (out, '\n');
}

static char *
dup_copy_text (RexRegion *region)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) sources = collect_sources (region);
  g_autofree char *codes = dup_codes_text (region);
  g_autofree char *area = format_area (rex_measure_get_value (rex_region_get_area (region)));
  g_autofree char *population = format_population (rex_measure_get_value (rex_region_get_population (region)));
  struct {
    const char *caption;
    const char *name;
    const char *language;
  } names[] = {
    { C_("language", "English"), rex_region_get_name_en (region), "en" },
    { C_("language", "Kazakh"), rex_region_get_official_name_kk (region), "kk" },
    { C_("language", "Russian"), rex_region_get_official_name_ru (region), "ru" },
  };
  RexCentre *centre = rex_region_get_centre (region);
  GListModel *model;
  guint n;

  g_string_append_printf (out, "%s\n", rex_region_get_name (region));
  g_string_append_printf (out, "%s\n%s\n\n",
                          rex_region_kind_get_label (rex_region_get_kind (region)), codes);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char * const *variants = rex_region_get_variants (region, names[i].language);

      if (names[i].name == NULL)
        continue;
      append_fact (out, names[i].caption, names[i].name);
      if (variants != NULL && variants[0] != NULL)
        {
          g_autofree char *list = join_strv (variants);
          g_autofree char *text = g_strdup_printf (_("Also known as %s"), list);

          g_string_append_printf (out, " (%s)", text);
        }
      g_string_append_c (out, '\n');
    }

  if (centre != NULL)
    {
      append_fact (out, C_("region fact", "Centre"), rex_centre_get_name (centre));
      g_string_append_c (out, '\n');
    }
  model = rex_region_get_former_centres (region);
  n = model != NULL ? g_list_model_get_n_items (model) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexCentre) former = g_list_model_get_item (model, i);

      append_fact (out, C_("region fact", "Former centre"), rex_centre_get_name (former));
      if (rex_centre_get_until (former) != NULL)
        {
          g_autofree char *date = rex_date_format (rex_centre_get_until (former));
          g_autofree char *text = g_strdup_printf (_("Centre until %s"), date);

          g_string_append_printf (out, " (%s)", text);
        }
      g_string_append_c (out, '\n');
    }

  append_measure (out, sources, C_("region fact", "Area"), area, rex_region_get_area (region));
  append_measure (out, sources, C_("region fact", "Population"), population, rex_region_get_population (region));

  if (rex_region_get_formed_date (region) != NULL)
    {
      g_autofree char *date = rex_date_format (rex_region_get_formed_date (region));
      g_autofree const char **took = rex_region_dup_formed_took_display (region);

      g_string_append_c (out, '\n');
      append_fact (out, C_("region", "Formed"), date);
      append_evidence (out, rex_region_get_formed_evidence (region));
      append_references (out, sources, rex_region_get_formed_sources (region));
      g_string_append_c (out, '\n');

      model = rex_region_get_formed_from (region);
      n = g_list_model_get_n_items (model);
      if (n > 0)
        {
          g_autoptr(GString) list = g_string_new (NULL);

          for (guint i = 0; i < n; i++)
            {
              g_autoptr(RexRegion) part = g_list_model_get_item (model, i);

              if (i > 0)
                g_string_append (list, C_("list separator", ", "));
              g_string_append (list, rex_region_get_name (part));
            }
          append_fact (out, C_("region fact", "Formerly part of"), list->str);
          g_string_append_c (out, '\n');
        }

      if (took[0] != NULL)
        {
          g_autofree char *list = join_strv (took);

          append_fact (out, C_("region fact", "Districts and cities it took"), list);
          g_string_append_c (out, '\n');
        }
    }

  model = rex_region_get_reforms (region);
  n = g_list_model_get_n_items (model);
  if (n > 0)
    {
      g_string_append_printf (out, "\n%s\n", _("Reforms:"));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RexReform) reform = g_list_model_get_item (model, i);

          /* Translators: a reform in copied text, "- Three new regions (In force)". */
          g_string_append_printf (out, _("- %s (%s)"), rex_reform_get_title (reform),
                                  rex_status_get_label (rex_reform_get_status (reform)));
          g_string_append_c (out, '\n');
        }
    }

  model = rex_region_get_results (region);
  n = g_list_model_get_n_items (model);
  if (n > 0)
    {
      /* Translators: a heading in copied text, before the referendums and
       * elections with figures for the region. */
      g_string_append_printf (out, "\n%s\n", _("Votes:"));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RexResult) result = g_list_model_get_item (model, i);
          g_autofree char *title = rex_format_result_title (result);

          g_string_append_printf (out, "- %s\n", title);
          for (int choice = REX_FIGURE_TURNOUT; choice < (int) rex_result_get_n_choices (result); choice++)
            {
              g_autofree char *line = NULL;
              g_autofree char *national = NULL;
              double value = rex_result_get_figure (result, choice);

              if (isnan (rex_result_get_region_figure (result, region, choice)))
                continue;
              line = rex_format_region_figure_line (result, region, choice);
              g_string_append_printf (out, "  %s", line);
              if (!isnan (value))
                {
                  g_autofree char *number = rex_format_percentage (value);

                  national = g_strdup_printf (_("Nationwide: %s"), number);
                  /* Translators: a region's figure and the country's in
                   * copied text, "Turnout: 73.81% (Nationwide: 68.05%)". */
                  g_string_append_printf (out, _(" (%s)"), national);
                }
              append_evidence (out, rex_result_get_regions_evidence (result));
              append_references (out, sources, rex_result_get_regions_sources (result));
              g_string_append_c (out, '\n');
            }
        }
    }

  if (sources->len > 0)
    {
      g_string_append_printf (out, "\n%s\n", _("Sources:"));
      for (guint i = 0; i < sources->len; i++)
        {
          g_autofree char *text = rex_format_source (g_ptr_array_index (sources, i));
          g_string_append_printf (out, "[%u] %s\n", i + 1, text);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
locator_children_changed_cb (RexRegionPage *self)
{
  gtk_widget_set_visible (self->locator_box,
                          g_list_model_get_n_items (self->locator_children) > 0);
}

GtkWidget *
rex_region_page_new (void)
{
  return g_object_new (REX_TYPE_REGION_PAGE, NULL);
}

RexRegion *
rex_region_page_get_region (RexRegionPage *self)
{
  g_return_val_if_fail (REX_IS_REGION_PAGE (self), NULL);

  return self->region;
}

void
rex_region_page_set_region (RexRegionPage *self,
                            RexRegion     *region)
{
  gboolean had_region;

  g_return_if_fail (REX_IS_REGION_PAGE (self));
  g_return_if_fail (region == NULL || REX_IS_REGION (region));

  had_region = self->region != NULL;
  if (!g_set_object (&self->region, region))
    return;

  update (self);

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
  if (had_region != (region != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_COPY]);
  g_object_thaw_notify (G_OBJECT (self));
}

GtkWidget *
rex_region_page_get_locator_slot (RexRegionPage *self)
{
  g_return_val_if_fail (REX_IS_REGION_PAGE (self), NULL);

  return self->locator_box;
}

static char *
rex_region_page_dup_copy_text (RexPage *page)
{
  RexRegionPage *self = REX_REGION_PAGE (page);

  return self->region != NULL ? dup_copy_text (self->region) : NULL;
}

static void
rex_region_page_focus_start (RexPage *page)
{
  RexRegionPage *self = REX_REGION_PAGE (page);

  /* The headings are not focusable, so that no caret blinks in them:
   * start at the first link or row instead. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  gtk_widget_child_focus (GTK_WIDGET (self->scrolled_window), GTK_DIR_TAB_FORWARD);
}

static void
rex_region_page_page_iface_init (RexPageInterface *iface)
{
  iface->dup_copy_text = rex_region_page_dup_copy_text;
  iface->focus_start = rex_region_page_focus_start;
}

static void
rex_region_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RexRegionPage *self = REX_REGION_PAGE (object);

  switch (prop_id)
    {
    case PROP_REGION:
      g_value_set_object (value, self->region);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->region != NULL ? rex_region_get_name (self->region) : NULL);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->region != NULL
                                 ? rex_region_kind_get_label (rex_region_get_kind (self->region))
                                 : NULL);
      break;

    case PROP_CAN_COPY:
      g_value_set_boolean (value, self->region != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_region_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RexRegionPage *self = REX_REGION_PAGE (object);

  switch (prop_id)
    {
    case PROP_REGION:
      rex_region_page_set_region (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_region_page_dispose (GObject *object)
{
  RexRegionPage *self = REX_REGION_PAGE (object);

  if (self->locator_children != NULL)
    g_signal_handlers_disconnect_by_data (self->locator_children, self);
  g_clear_object (&self->locator_children);
  gtk_widget_dispose_template (GTK_WIDGET (self), REX_TYPE_REGION_PAGE);
  g_clear_object (&self->region);

  G_OBJECT_CLASS (rex_region_page_parent_class)->dispose (object);
}

static void
rex_region_page_class_init (RexRegionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rex_region_page_get_property;
  object_class->set_property = rex_region_page_set_property;
  object_class->dispose = rex_region_page_dispose;

  properties[PROP_REGION] =
    g_param_spec_object ("region", NULL, NULL, REX_TYPE_REGION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, PROP_REGION + 1, properties);

  g_object_class_override_property (object_class, PROP_TITLE, "title");
  properties[PROP_TITLE] = g_object_class_find_property (object_class, "title");
  g_object_class_override_property (object_class, PROP_SUBTITLE, "subtitle");
  properties[PROP_SUBTITLE] = g_object_class_find_property (object_class, "subtitle");
  g_object_class_override_property (object_class, PROP_CAN_COPY, "can-copy");
  properties[PROP_CAN_COPY] = g_object_class_find_property (object_class, "can-copy");

  g_type_ensure (REX_TYPE_EVIDENCE_LABEL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rex-region-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, kind_label);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, codes_label);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, locator_box);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, names_list);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, centre_section);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, centre_list);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, size_list);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, formation_section);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, formation_list);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, formation_evidence);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, formation_sources_label);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, reforms_list);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, no_reforms_label);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, votes_section);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, votes_list);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, sources_section);
  gtk_widget_class_bind_template_child (widget_class, RexRegionPage, sources_list);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "region-page");
}

static void
rex_region_page_init (RexRegionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->locator_children = gtk_widget_observe_children (self->locator_box);
  g_signal_connect_swapped (self->locator_children, "items-changed",
                            G_CALLBACK (locator_children_changed_cb), self);
}
