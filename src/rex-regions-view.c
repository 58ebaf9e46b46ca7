/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "rex-format.h"
#include "rex-map-view.h"
#include "rex-page.h"
#include "rex-region-page.h"
#include "rex-regions-view.h"

struct _RexRegionsView
{
  GtkWidget       parent_instance;

  RexCatalogue   *catalogue;
  RexDivision     division;
  RexRegion      *region;
  guint           updating;
  gboolean        disposed;

  /* What the map colours by (see rex-map-mode.h): a result's figure,
   * or nothing; and the mode as a string, which settings kept and the
   * catalogue may not have yet. */
  RexResult      *result;
  int             choice;
  char           *map_mode;

  GSettings      *settings;
  guint           save_view_id;

  AdwFlap        *flap;
  GtkLabel       *list_title_label;
  GtkLabel       *list_subtitle_label;
  GtkListBox     *region_list;
  AdwLeaflet     *leaflet;
  GtkWidget      *map_box;
  RexMapView     *map_view;
  GtkToggleButton *before_button;
  GtkToggleButton *after_button;
  GtkWidget      *map_toolbar;
  guint           toolbar_idle_id;
  GtkMenuButton  *mode_button;
  GtkWidget      *division_switch;
  GtkLabel       *mode_label;
  RexMapView     *locator;
  GtkStack       *page_stack;
  RexRegionPage  *region_page;
};

static void rex_regions_view_page_init (RexPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RexRegionsView, rex_regions_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (REX_TYPE_PAGE, rex_regions_view_page_init))

enum {
  PROP_0,
  PROP_REGION,
  PROP_DIVISION,
  PROP_CAN_GO_BACK,
  PROP_SIDEBAR_VISIBLE,
  PROP_MAP_MODE,
  N_PROPS,

  PROP_TITLE = N_PROPS,
  PROP_SUBTITLE,
  PROP_CAN_COPY,
};

static GParamSpec *properties[N_PROPS];

static void
notify_page (RexRegionsView *self)
{
  /* Children notify as they are torn down; nobody is listening for
   * what that means. */
  if (self->disposed)
    return;

  g_object_notify (G_OBJECT (self), "title");
  g_object_notify (G_OBJECT (self), "subtitle");
  g_object_notify (G_OBJECT (self), "can-copy");
}

static gboolean
page_visible (RexRegionsView *self)
{
  if (self->region == NULL)
    return FALSE;

  return !adw_leaflet_get_folded (self->leaflet) ||
         g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "page") == 0;
}

/* The list */

static const char *
division_label (RexDivision division)
{
  if (division == REX_DIVISION_2018)
    return _("2018 – 7 June 2022");

  return _("Since 8 June 2022");
}

static int
compare_regions (gconstpointer a,
                 gconstpointer b)
{
  RexRegion *ra = *(RexRegion **) a;
  RexRegion *rb = *(RexRegion **) b;

  /* Regions first, then the cities of republican significance, each
   * group in the alphabetical order of the display language. */
  if (rex_region_get_kind (ra) != rex_region_get_kind (rb))
    return (int) rex_region_get_kind (ra) - (int) rex_region_get_kind (rb);

  return g_utf8_collate (rex_region_get_name (ra), rex_region_get_name (rb));
}

static GtkWidget *
create_region_row (RexRegionsView *self,
                   RexRegion      *region)
{
  GtkWidget *row, *box, *labels, *name, *detail;
  RexCentre *centre = rex_region_get_centre_in_division (region, self->division);
  g_autofree char *subtitle = NULL;
  g_autofree char *description = NULL;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (box), labels);

  name = gtk_label_new (rex_region_get_name (region));
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (labels), name);

  if (centre != NULL)
    /* Translators: under a region's name in the region list, "Centre: Semey". */
    subtitle = g_strdup_printf (_("Centre: %s"), rex_centre_get_name (centre));
  else
    subtitle = g_strdup (rex_region_kind_get_label (rex_region_get_kind (region)));

  detail = gtk_label_new (subtitle);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (labels), detail);

  if (rex_region_get_formed_date (region) != NULL)
    {
      GtkWidget *badge = gtk_label_new (C_("region badge", "New"));

      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (badge, "new-region-badge");
      gtk_widget_set_tooltip_text (badge, _("Formed on 8 June 2022"));
      gtk_box_append (GTK_BOX (box), badge);
    }

  /* The figure the map is coloured by, as the map's legend writes it. */
  if (self->result != NULL)
    {
      double value = rex_result_get_region_figure (self->result, region, self->choice);
      g_autofree char *text = rex_format_region_figure (self->result, region, self->choice);
      g_autofree char *line = rex_format_region_figure_line (self->result, region, self->choice);
      GtkWidget *figure = gtk_label_new (text);

      gtk_widget_set_valign (figure, GTK_ALIGN_CENTER);
      gtk_label_set_xalign (GTK_LABEL (figure), 1);
      gtk_widget_add_css_class (figure, "region-figure");
      gtk_widget_add_css_class (figure, "numeric");
      if (isnan (value))
        {
          gtk_widget_add_css_class (figure, "dim-label");
          gtk_widget_add_css_class (figure, "caption");
        }
      gtk_box_append (GTK_BOX (box), figure);
      /* Translators: a region in the region list, read by a screen
       * reader: its centre, then its figure, "Centre: Kokshetau. Turnout:
       * 73.81%". */
      description = g_strdup_printf (_("%s. %s"), subtitle, line);
    }

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "rex-region", g_object_ref (region), g_object_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, rex_region_get_name (region),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : subtitle,
                                  -1);

  return row;
}

static GtkListBoxRow *
find_row (RexRegionsView *self,
          RexRegion      *region)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->region_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_object_get_data (G_OBJECT (child), "rex-region") == region)
      return GTK_LIST_BOX_ROW (child);

  return NULL;
}

static void
sync_list_selection (RexRegionsView *self)
{
  GtkListBoxRow *row = self->region != NULL ? find_row (self, self->region) : NULL;

  self->updating++;
  if (row == NULL)
    gtk_list_box_unselect_all (self->region_list);
  else if (row != gtk_list_box_get_selected_row (self->region_list))
    gtk_list_box_select_row (self->region_list, row);
  self->updating--;
}

static void
rebuild_list (RexRegionsView *self)
{
  g_autoptr(GPtrArray) regions = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *child;
  GListModel *model;
  guint n;
  g_autofree char *subtitle = NULL;

  self->updating++;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->region_list))) != NULL)
    gtk_list_box_remove (self->region_list, child);
  self->updating--;

  if (self->catalogue == NULL)
    return;

  model = rex_catalogue_get_regions (self->catalogue);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexRegion) region = g_list_model_get_item (model, i);

      if (rex_region_in_division (region, self->division))
        g_ptr_array_add (regions, g_steal_pointer (&region));
    }
  g_ptr_array_sort (regions, compare_regions);

  for (guint i = 0; i < regions->len; i++)
    gtk_list_box_append (self->region_list, create_region_row (self, g_ptr_array_index (regions, i)));

  gtk_label_set_label (self->list_title_label, division_label (self->division));
  /* Translators: under the region list's heading. */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unit", "%u units", regions->len),
                              regions->len);
  if (self->result != NULL)
    {
      g_autofree char *units = g_steal_pointer (&subtitle);
      g_autofree char *figure = rex_format_result_figure_day (self->result, self->choice);

      /* Translators: under the region list's heading when the map shows
       * a figure: "17 units · Turnout, 5 June 2022". */
      subtitle = g_strdup_printf (C_("region list", "%s · %s"), units, figure);
    }
  gtk_label_set_label (self->list_subtitle_label, subtitle);

  sync_list_selection (self);
}

static void
row_selected_cb (RexRegionsView *self,
                 GtkListBoxRow  *row)
{
  RexRegion *region;

  if (row == NULL || self->updating > 0)
    return;

  /* The arrow keys show each region beside the list when there is room;
   * on a narrow window Enter opens it. */
  region = g_object_get_data (G_OBJECT (row), "rex-region");
  if (!adw_flap_get_folded (self->flap) && !adw_leaflet_get_folded (self->leaflet))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-region", "s",
                                rex_region_get_id (region));
}

static void
row_activated_cb (RexRegionsView *self,
                  GtkListBoxRow  *row)
{
  RexRegion *region = g_object_get_data (G_OBJECT (row), "rex-region");

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-region", "s",
                              rex_region_get_id (region));
  rex_regions_view_enter_content (self);
}

/* On a phone the menu of what the map shows goes above the division
 * switch: side by side, both would wrap into a crowded line. */
static gboolean
update_toolbar_cb (gpointer user_data)
{
  RexRegionsView *self = user_data;

  GtkOrientation orientation = GTK_ORIENTATION_VERTICAL;
  int menu, division, room;

  self->toolbar_idle_id = 0;

  /* Side by side only where both fit on one line at their natural width:
   * not on a phone, and not when the map shares a wide window with the
   * region list and a region's page (they would run into each other). */
  if (!adw_flap_get_folded (self->flap))
    {
      gtk_widget_measure (GTK_WIDGET (self->mode_button), GTK_ORIENTATION_HORIZONTAL, -1,
                          NULL, &menu, NULL, NULL);
      /* The switch's labels wrap, so its natural width is not the width
       * it takes on one line: lay the longer one out unwrapped. */
      division = 0;
      for (GtkWidget *button = gtk_widget_get_first_child (self->division_switch);
           button != NULL;
           button = gtk_widget_get_next_sibling (button))
        {
          GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));
          g_autoptr(PangoLayout) layout = NULL;
          int text_width;

          if (!GTK_IS_LABEL (label))
            continue;
          layout = gtk_widget_create_pango_layout (label, gtk_label_get_text (GTK_LABEL (label)));
          pango_layout_get_pixel_size (layout, &text_width, NULL);
          /* The buttons are as wide as each other; 32 px of padding. */
          division = MAX (division, 2 * (text_width + 32));
        }
      room = gtk_widget_get_width (self->map_box) - 16;
      if (room <= 0 || menu + 8 + division <= room)
        orientation = GTK_ORIENTATION_HORIZONTAL;
    }
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (self->map_toolbar)) != orientation)
    gtk_orientable_set_orientation (GTK_ORIENTABLE (self->map_toolbar), orientation);

  return G_SOURCE_REMOVE;
}

/* The map's width changed: see whether its toolbar still fits on one line. */
static void
map_resized_cb (GtkDrawingArea *probe,
                int             width,
                int             height,
                RexRegionsView *self)
{
  if (self->disposed)
    return;
  if (self->toolbar_idle_id == 0)
    self->toolbar_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_toolbar_cb, self, NULL);
}

static void
layout_changed_cb (RexRegionsView *self)
{
  if (self->disposed)
    return;

  /* Panes fold while the window is allocated: not in the middle of it. */
  if (self->toolbar_idle_id == 0)
    self->toolbar_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_toolbar_cb, self, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR_VISIBLE]);
  notify_page (self);
}

static const char * const page_properties[] = {
  "notify::title", "notify::subtitle", "notify::can-copy",
};

static void
page_property_changed_cb (RexRegionsView *self)
{
  notify_page (self);
}

/* The map */

static void
sync_division_buttons (RexRegionsView *self)
{
  self->updating++;
  gtk_toggle_button_set_active (self->division == REX_DIVISION_2018
                                ? self->before_button : self->after_button, TRUE);
  self->updating--;
}

static void
division_toggled_cb (RexRegionsView  *self,
                     GtkToggleButton *button)
{
  if (self->updating > 0 || !gtk_toggle_button_get_active (button))
    return;

  rex_regions_view_set_division (self, button == self->before_button
                                       ? REX_DIVISION_2018 : REX_DIVISION_2022);
}

static void
map_selection_changed_cb (RexRegionsView *self)
{
  RexRegion *region = rex_map_view_get_selected_region (self->map_view);

  /* A map without a window to ask selects on its own; follow it. */
  if (self->updating == 0 && region != NULL && region != self->region)
    rex_regions_view_show_region (self, rex_region_get_id (region));
}

static void
update_locator (RexRegionsView *self)
{
  RexDivision division = self->division;

  if (self->region == NULL)
    return;

  if (!rex_region_in_division (self->region, division))
    division = division == REX_DIVISION_2022 ? REX_DIVISION_2018 : REX_DIVISION_2022;
  rex_map_view_set_division (self->locator, division);
  rex_map_view_set_selected_region (self->locator, self->region);
}

/* What the map shows */

static void
update_mode_button (RexRegionsView *self)
{
  g_autofree char *text = NULL;

  if (self->result != NULL)
    text = rex_format_result_figure_day (self->result, self->choice);
  else
    /* Translators: a button above the map that opens a menu of results
     * (turnouts, shares of "Yes") to colour the regions by. */
    text = g_strdup (_("Colour by Result"));

  gtk_label_set_label (self->mode_label, text);
}

static GMenuItem *
create_mode_item (const char *label,
                  RexResult  *result,
                  int         choice)
{
  g_autofree char *mode = rex_map_mode_to_string (result, choice);
  GMenuItem *item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, "win.map-mode", g_variant_new_string (mode));

  return item;
}

/* One section for the plain map, then one for each result with figures
 * by region: its turnout and the shares of the choices that have them. */
static void
rebuild_mode_menu (RexRegionsView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) plain = g_menu_new ();
  g_autoptr(GMenuItem) regions_item = NULL;
  GListModel *results = self->catalogue != NULL ? rex_catalogue_get_results (self->catalogue) : NULL;
  guint n = results != NULL ? g_list_model_get_n_items (results) : 0;
  guint n_figures = 0;

  /* Translators: in the menu of what the map colours its regions by:
   * nothing, only the regions. */
  regions_item = create_mode_item (_("Regions Only"), NULL, REX_FIGURE_TURNOUT);
  g_menu_append_item (plain, regions_item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (plain));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexResult) result = g_list_model_get_item (results, i);
      g_autoptr(GMenu) section = g_menu_new ();
      g_autofree char *title = NULL;

      if (!rex_result_has_regions (result))
        continue;

      for (int choice = REX_FIGURE_TURNOUT; choice < (int) rex_result_get_n_choices (result); choice++)
        {
          g_autofree char *label = NULL;
          g_autoptr(GMenuItem) item = NULL;

          if (!rex_result_has_region_figure (result, choice))
            continue;
          label = rex_format_result_figure (result, choice);
          item = create_mode_item (label, result, choice);
          g_menu_append_item (section, item);
          n_figures++;
        }

      if (g_menu_model_get_n_items (G_MENU_MODEL (section)) == 0)
        continue;
      title = rex_format_result_title (result);
      g_menu_append_section (menu, title, G_MENU_MODEL (section));
    }

  gtk_menu_button_set_menu_model (self->mode_button, G_MENU_MODEL (menu));
  /* A dataset without figures by region has nothing to choose from. */
  gtk_widget_set_visible (GTK_WIDGET (self->mode_button), n_figures > 0);
}

/* Shows @result's figure (NULL: the regions), in its division. Saved
 * when someone chose it, not when a dataset without it falls back. */
static void
apply_map_mode (RexRegionsView *self,
                RexResult      *result,
                int             choice,
                gboolean        save)
{
  g_autofree char *mode = NULL;
  gboolean changed;

  if (result == NULL)
    choice = REX_FIGURE_TURNOUT;
  mode = rex_map_mode_to_string (result, choice);
  changed = g_strcmp0 (mode, self->map_mode) != 0;

  g_set_object (&self->result, result);
  self->choice = choice;
  g_free (self->map_mode);
  self->map_mode = g_steal_pointer (&mode);

  /* The figures are by the units of polling day. */
  if (result != NULL)
    rex_regions_view_set_division (self, rex_result_get_division (result));
  rex_map_view_set_figure (self->map_view, result, choice);
  rebuild_list (self);
  update_mode_button (self);

  if (save && self->settings != NULL)
    g_settings_set_string (self->settings, "map-mode", self->map_mode);
  if (changed)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAP_MODE]);
      notify_page (self);
    }
}

static gboolean
save_view_cb (gpointer user_data)
{
  RexRegionsView *self = user_data;
  RexViewport *viewport = rex_map_view_get_viewport (self->map_view);

  self->save_view_id = 0;
  g_settings_set_double (self->settings, "map-zoom", rex_map_view_get_zoom_level (self->map_view));
  g_settings_set (self->settings, "map-centre", "(dd)",
                  rex_viewport_get_centre_x (viewport), rex_viewport_get_centre_y (viewport));

  return G_SOURCE_REMOVE;
}

static void
viewport_changed_cb (RexRegionsView *self)
{
  /* Saved once the view has been still for a moment, not on every
   * frame of a pan. */
  if (rex_map_view_get_outlines (self->map_view) == NULL)
    return;
  g_clear_handle_id (&self->save_view_id, g_source_remove);
  self->save_view_id = g_timeout_add (500, save_view_cb, self);
}

static void
restore_map (RexRegionsView *self)
{
  g_autofree char *division = g_settings_get_string (self->settings, "map-division");
  RexDivision value = REX_DIVISION_2022;
  double zoom, x, y;

  /* The schema limits what can be written, but a keyfile edited by hand
   * or from another version may say anything. */
  if (!rex_division_from_string (division, &value) ||
      (value != REX_DIVISION_2018 && value != REX_DIVISION_2022))
    value = REX_DIVISION_2022;
  rex_regions_view_set_division (self, value);

  /* Checked against the dataset once there is one. */
  g_free (self->map_mode);
  self->map_mode = g_settings_get_string (self->settings, "map-mode");

  zoom = g_settings_get_double (self->settings, "map-zoom");
  g_settings_get (self->settings, "map-centre", "(dd)", &x, &y);
  if (zoom > 1.0)
    rex_map_view_restore_view (self->map_view, CLAMP (zoom, 1.0, REX_VIEWPORT_MAX_ZOOM), x, y);
}

/* Public */

void
rex_regions_view_set_catalogue (RexRegionsView *self,
                                RexCatalogue   *catalogue)
{
  g_return_if_fail (REX_IS_REGIONS_VIEW (self));
  g_return_if_fail (REX_IS_CATALOGUE (catalogue));

  g_set_object (&self->catalogue, catalogue);
  g_clear_object (&self->region);
  rex_region_page_set_region (self->region_page, NULL);
  rex_map_view_set_catalogue (self->map_view, catalogue);
  rex_map_view_set_catalogue (self->locator, catalogue);
  gtk_stack_set_visible_child_name (self->page_stack, "none");
  adw_leaflet_set_visible_child_name (self->leaflet, "map");

  /* What the map showed, if this dataset has it; the plain map if not,
   * or if the setting says something no dataset could. */
  {
    g_autofree char *wanted = g_strdup (self->map_mode);
    RexResult *result = NULL;
    int choice = REX_FIGURE_TURNOUT;

    g_clear_object (&self->result);
    if (!rex_map_mode_parse (catalogue, wanted, &result, &choice))
      result = NULL;
    rebuild_mode_menu (self);
    apply_map_mode (self, result, choice, FALSE);
  }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);
  notify_page (self);
}

gboolean
rex_regions_view_show_region (RexRegionsView *self,
                              const char     *region_id)
{
  RexRegion *region = NULL;

  g_return_val_if_fail (REX_IS_REGIONS_VIEW (self), FALSE);
  g_return_val_if_fail (region_id != NULL, FALSE);

  if (self->catalogue != NULL)
    region = rex_catalogue_lookup_region (self->catalogue, region_id);
  if (region == NULL)
    return FALSE;

  /* A unit that the division on screen does not have is shown in the
   * one that has it, so that list, page and map agree. */
  if (!rex_region_in_division (region, self->division))
    rex_regions_view_set_division (self, self->division == REX_DIVISION_2022
                                         ? REX_DIVISION_2018 : REX_DIVISION_2022);

  if (g_set_object (&self->region, region))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);

  rex_region_page_set_region (self->region_page, region);
  self->updating++;
  rex_map_view_set_selected_region (self->map_view, region);
  self->updating--;
  rex_map_view_reveal_region (self->map_view, region, TRUE);
  update_locator (self);
  gtk_stack_set_visible_child_name (self->page_stack, "region");
  adw_leaflet_set_visible_child_name (self->leaflet, "page");
  sync_list_selection (self);
  notify_page (self);

  return TRUE;
}

RexRegion *
rex_regions_view_get_region (RexRegionsView *self)
{
  g_return_val_if_fail (REX_IS_REGIONS_VIEW (self), NULL);

  return self->region;
}

RexDivision
rex_regions_view_get_division (RexRegionsView *self)
{
  g_return_val_if_fail (REX_IS_REGIONS_VIEW (self), REX_DIVISION_2022);

  return self->division;
}

void
rex_regions_view_set_division (RexRegionsView *self,
                               RexDivision     division)
{
  g_return_if_fail (REX_IS_REGIONS_VIEW (self));
  g_return_if_fail (division == REX_DIVISION_2018 || division == REX_DIVISION_2022);

  if (self->division == division)
    return;

  /* A figure is only drawn in its result's division: showing the other
   * one shows the regions. */
  if (self->result != NULL && rex_result_get_division (self->result) != division)
    apply_map_mode (self, NULL, REX_FIGURE_TURNOUT, TRUE);

  self->division = division;
  rebuild_list (self);
  rex_map_view_set_division (self->map_view, division);
  sync_division_buttons (self);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "map-division",
                           division == REX_DIVISION_2018 ? "2018" : "2022");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIVISION]);
  notify_page (self);
}

gboolean
rex_regions_view_get_can_go_back (RexRegionsView *self)
{
  g_return_val_if_fail (REX_IS_REGIONS_VIEW (self), FALSE);

  return adw_leaflet_get_folded (self->leaflet) &&
         g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "page") == 0;
}

gboolean
rex_regions_view_go_back (RexRegionsView *self)
{
  g_return_val_if_fail (REX_IS_REGIONS_VIEW (self), FALSE);

  if (rex_regions_view_get_can_go_back (self))
    {
      adw_leaflet_set_visible_child_name (self->leaflet, "map");
      return TRUE;
    }

  if (adw_flap_get_folded (self->flap) && !adw_flap_get_reveal_flap (self->flap))
    {
      adw_flap_set_reveal_flap (self->flap, TRUE);
      gtk_widget_child_focus (GTK_WIDGET (self->region_list), GTK_DIR_TAB_FORWARD);
      return TRUE;
    }

  return FALSE;
}

void
rex_regions_view_toggle_sidebar (RexRegionsView *self)
{
  gboolean reveal;

  g_return_if_fail (REX_IS_REGIONS_VIEW (self));

  reveal = !adw_flap_get_reveal_flap (self->flap);
  adw_flap_set_reveal_flap (self->flap, reveal);
  if (reveal)
    {
      GtkListBoxRow *row = gtk_list_box_get_selected_row (self->region_list);

      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
      else
        gtk_widget_child_focus (GTK_WIDGET (self->region_list), GTK_DIR_TAB_FORWARD);
    }
}

void
rex_regions_view_enter_content (RexRegionsView *self)
{
  g_return_if_fail (REX_IS_REGIONS_VIEW (self));

  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);

  if (self->region != NULL)
    rex_page_focus_start (REX_PAGE (self->region_page));
}

const char *
rex_regions_view_get_map_mode (RexRegionsView *self)
{
  g_return_val_if_fail (REX_IS_REGIONS_VIEW (self), NULL);

  return self->map_mode;
}

gboolean
rex_regions_view_set_map_mode (RexRegionsView *self,
                               const char     *mode)
{
  RexResult *result = NULL;
  int choice = REX_FIGURE_TURNOUT;

  g_return_val_if_fail (REX_IS_REGIONS_VIEW (self), FALSE);

  if (!rex_map_mode_parse (self->catalogue, mode, &result, &choice))
    return FALSE;

  apply_map_mode (self, result, choice, TRUE);
  /* Asked for from a region's page on a phone: show the map it changed. */
  if (rex_regions_view_get_can_go_back (self))
    adw_leaflet_set_visible_child_name (self->leaflet, "map");

  return TRUE;
}

RexMapView *
rex_regions_view_get_map_view (RexRegionsView *self)
{
  g_return_val_if_fail (REX_IS_REGIONS_VIEW (self), NULL);

  return self->map_view;
}

RexMapView *
rex_regions_view_get_locator (RexRegionsView *self)
{
  g_return_val_if_fail (REX_IS_REGIONS_VIEW (self), NULL);

  return self->locator;
}

/* RexPage */

static char *
rex_regions_view_dup_copy_text (RexPage *page)
{
  RexRegionsView *self = REX_REGIONS_VIEW (page);

  return page_visible (self) ? rex_page_dup_copy_text (REX_PAGE (self->region_page)) : NULL;
}

static void
rex_regions_view_focus_start (RexPage *page)
{
  rex_regions_view_enter_content (REX_REGIONS_VIEW (page));
}

static void
rex_regions_view_page_init (RexPageInterface *iface)
{
  iface->dup_copy_text = rex_regions_view_dup_copy_text;
  iface->focus_start = rex_regions_view_focus_start;
}

/* GObject */

static void
rex_regions_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RexRegionsView *self = REX_REGIONS_VIEW (object);

  switch (prop_id)
    {
    case PROP_REGION:
      g_value_set_object (value, self->region);
      break;

    case PROP_DIVISION:
      g_value_set_flags (value, self->division);
      break;

    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, rex_regions_view_get_can_go_back (self));
      break;

    case PROP_SIDEBAR_VISIBLE:
      g_value_set_boolean (value, adw_flap_get_reveal_flap (self->flap));
      break;

    case PROP_MAP_MODE:
      g_value_set_string (value, self->map_mode);
      break;

    case PROP_TITLE:
      if (page_visible (self))
        g_value_take_string (value, rex_page_dup_title (REX_PAGE (self->region_page)));
      else
        g_value_set_string (value, _("Regions"));
      break;

    case PROP_SUBTITLE:
      if (page_visible (self))
        g_value_take_string (value, rex_page_dup_subtitle (REX_PAGE (self->region_page)));
      else
        g_value_set_string (value, division_label (self->division));
      break;

    case PROP_CAN_COPY:
      g_value_set_boolean (value, page_visible (self) &&
                                  rex_page_get_can_copy (REX_PAGE (self->region_page)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_regions_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RexRegionsView *self = REX_REGIONS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DIVISION:
      rex_regions_view_set_division (self, g_value_get_flags (value));
      break;

    case PROP_SIDEBAR_VISIBLE:
      adw_flap_set_reveal_flap (self->flap, g_value_get_boolean (value));
      break;

    case PROP_MAP_MODE:
      rex_regions_view_set_map_mode (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_regions_view_dispose (GObject *object)
{
  RexRegionsView *self = REX_REGIONS_VIEW (object);

  if (self->save_view_id != 0)
    {
      g_clear_handle_id (&self->save_view_id, g_source_remove);
      save_view_cb (self);
    }
  self->disposed = TRUE;
  g_clear_handle_id (&self->toolbar_idle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), REX_TYPE_REGIONS_VIEW);
  g_clear_object (&self->settings);
  g_clear_object (&self->region);
  g_clear_object (&self->result);
  g_clear_object (&self->catalogue);

  G_OBJECT_CLASS (rex_regions_view_parent_class)->dispose (object);
}

static void
rex_regions_view_finalize (GObject *object)
{
  RexRegionsView *self = REX_REGIONS_VIEW (object);

  g_free (self->map_mode);

  G_OBJECT_CLASS (rex_regions_view_parent_class)->finalize (object);
}

static void
rex_regions_view_class_init (RexRegionsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rex_regions_view_get_property;
  object_class->set_property = rex_regions_view_set_property;
  object_class->dispose = rex_regions_view_dispose;
  object_class->finalize = rex_regions_view_finalize;

  properties[PROP_REGION] =
    g_param_spec_object ("region", NULL, NULL, REX_TYPE_REGION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIVISION] =
    g_param_spec_flags ("division", NULL, NULL, REX_TYPE_DIVISION, REX_DIVISION_2022,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDEBAR_VISIBLE] =
    g_param_spec_boolean ("sidebar-visible", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* What the map colours by, as rex-map-mode.h writes it; a mode the
   * dataset does not have is ignored. */
  properties[PROP_MAP_MODE] =
    g_param_spec_string ("map-mode", NULL, NULL, REX_MAP_MODE_REGIONS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_TITLE, "title");
  g_object_class_override_property (object_class, PROP_SUBTITLE, "subtitle");
  g_object_class_override_property (object_class, PROP_CAN_COPY, "can-copy");

  g_type_ensure (REX_TYPE_REGION_PAGE);
  g_type_ensure (REX_TYPE_MAP_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rex-regions-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RexRegionsView, flap);
  gtk_widget_class_bind_template_child (widget_class, RexRegionsView, list_title_label);
  gtk_widget_class_bind_template_child (widget_class, RexRegionsView, list_subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RexRegionsView, region_list);
  gtk_widget_class_bind_template_child (widget_class, RexRegionsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RexRegionsView, map_box);
  gtk_widget_class_bind_template_child (widget_class, RexRegionsView, map_view);
  gtk_widget_class_bind_template_child (widget_class, RexRegionsView, before_button);
  gtk_widget_class_bind_template_child (widget_class, RexRegionsView, after_button);
  gtk_widget_class_bind_template_child (widget_class, RexRegionsView, map_toolbar);
  gtk_widget_class_bind_template_child (widget_class, RexRegionsView, division_switch);
  gtk_widget_class_bind_template_child (widget_class, RexRegionsView, mode_button);
  gtk_widget_class_bind_template_child (widget_class, RexRegionsView, mode_label);
  gtk_widget_class_bind_template_child (widget_class, RexRegionsView, page_stack);
  gtk_widget_class_bind_template_child (widget_class, RexRegionsView, region_page);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, layout_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, division_toggled_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rex_regions_view_init (RexRegionsView *self)
{
  self->division = REX_DIVISION_2022;
  self->choice = REX_FIGURE_TURNOUT;
  self->map_mode = g_strdup (REX_MAP_MODE_REGIONS);

  gtk_widget_init_template (GTK_WIDGET (self));
  update_mode_button (self);
  rebuild_mode_menu (self);

  /* GTK 4.8 tells no widget of a change of its width but a drawing
   * area: an empty one across the map's pane reports it. */
  {
    GtkWidget *probe = gtk_drawing_area_new ();

    gtk_widget_set_hexpand (probe, TRUE);
    gtk_widget_set_can_target (probe, FALSE);
    gtk_accessible_update_state (GTK_ACCESSIBLE (probe), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
    g_signal_connect (probe, "resize", G_CALLBACK (map_resized_cb), self);
    gtk_box_append (GTK_BOX (self->map_box), probe);
  }

  for (guint i = 0; i < G_N_ELEMENTS (page_properties); i++)
    g_signal_connect_object (self->region_page, page_properties[i],
                             G_CALLBACK (page_property_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->map_view, "notify::selected-region",
                           G_CALLBACK (map_selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (rex_map_view_get_viewport (self->map_view), "changed",
                           G_CALLBACK (viewport_changed_cb), self, G_CONNECT_SWAPPED);

  /* The page's locator: the whole country, the region picked out. */
  self->locator = REX_MAP_VIEW (rex_map_view_new ());
  rex_map_view_set_interactive (self->locator, FALSE);
  gtk_widget_set_size_request (GTK_WIDGET (self->locator), -1, 170);
  gtk_box_append (GTK_BOX (rex_region_page_get_locator_slot (self->region_page)),
                  GTK_WIDGET (self->locator));

  self->settings = g_settings_new (APPLICATION_ID);
  restore_map (self);
}
