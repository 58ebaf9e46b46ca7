/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The region, reform and programme pages on their own, each in a plain
 * GtkWindow with a stand-in "win" action group, read the way a person
 * reads them: through the labels that are on screen, the rows and links
 * they can activate, and the pages' public properties.
 *
 *   test-pages [kk|ru]
 *
 * Without an argument the pages are checked in English; with one, the
 * region page is checked in that language, set up as the app sets it up. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "rex-format.h"
#include "rex-page.h"
#include "rex-programme-page.h"
#include "rex-reform-page.h"
#include "rex-region-page.h"

static RexCatalogue *catalogue;
static const char *language = "en";

/* What the stand-in window actions were last activated with. */
typedef struct {
  char  *action;
  char  *target;
  guint  count;
} Activations;

static void
activations_clear (Activations *activations)
{
  g_clear_pointer (&activations->action, g_free);
  g_clear_pointer (&activations->target, g_free);
  activations->count = 0;
}

static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
action_activated_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  Activations *activations = user_data;

  g_free (activations->action);
  g_free (activations->target);
  activations->action = g_strdup (g_action_get_name (G_ACTION (action)));
  activations->target = g_variant_dup_string (parameter, NULL);
  activations->count++;
}

/* A window holding @page alone, with "win.show-*" actions that record
 * what they are activated with, drawn at @width × @height. */
static GtkWidget *
create_window (GtkWidget   *page,
               int          width,
               int          height,
               Activations *activations)
{
  static const char * const names[] = { "show-region", "show-reform", "show-category", "show-status",
                                        "map-mode" };
  GtkWidget *window = gtk_window_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new (names[i], G_VARIANT_TYPE_STRING);

      g_signal_connect (action, "activate", G_CALLBACK (action_activated_cb), activations);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (group));

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  iterate ();

  return window;
}

static void
destroy_window (GtkWidget *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

static void
redraw (GtkWidget *window)
{
  iterate ();
  gtk_widget_queue_draw (window);
  gtk_test_widget_wait_for_draw (window);
  iterate ();
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *texts)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

/* The text of every label a person can see under @widget, in order. */
static GPtrArray *
visible_texts (GtkWidget *widget)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  collect_labels (widget, texts);
  return texts;
}

static guint
count_text (GPtrArray  *texts,
            const char *text)
{
  guint count = 0;

  for (guint i = 0; i < texts->len; i++)
    if (g_str_equal (g_ptr_array_index (texts, i), text))
      count++;

  return count;
}

static void
assert_shows (GPtrArray  *texts,
              const char *text)
{
  if (count_text (texts, text) == 0)
    {
      g_autofree char *all = NULL;

      g_ptr_array_add (texts, NULL);
      all = g_strjoinv ("”, “", (char **) texts->pdata);
      g_ptr_array_remove_index (texts, texts->len - 1);
      g_error ("“%s” is not on screen; these are: “%s”", text, all);
    }
}

static void
assert_shows_containing (GPtrArray  *texts,
                         const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (strstr (g_ptr_array_index (texts, i), text) != NULL)
      return;

  g_error ("no label on screen contains “%s”", text);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 gboolean (*match) (GtkWidget *, gconstpointer),
                 gconstpointer data)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_scrolled_window (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_SCROLLED_WINDOW (widget);
}

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* Labels with links take focus so that Tab can reach them. */
static gboolean
is_link_label_with_text (GtkWidget     *widget,
                         gconstpointer  text)
{
  return is_label_with_text (widget, text) && gtk_widget_get_focusable (widget) &&
         !gtk_label_get_selectable (GTK_LABEL (widget));
}

static gboolean
is_row_showing (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LIST_BOX_ROW (widget) &&
         gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget)) &&
         find_descendant (widget, is_label_with_text, text) != NULL;
}

/* Activates the first link of the label showing @text, as Enter does
 * once Tab has reached it. */
static void
activate_link_showing (GtkWidget  *page,
                       const char *text)
{
  GtkWidget *label = find_descendant (page, is_link_label_with_text, text);

  g_assert_nonnull (label);
  g_assert_true (gtk_widget_grab_focus (label));
  g_signal_emit_by_name (label, "activate-current-link");
  iterate ();
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  GHashTable *counts = user_data;
  const char *name = g_param_spec_get_name (pspec);

  g_hash_table_insert (counts, (gpointer) name,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, name)) + 1));
}

static guint
notify_count (GHashTable *counts,
              const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
}

static void
assert_no_caret_labels (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_label_get_selectable (GTK_LABEL (widget)) &&
      gtk_widget_get_focusable (widget))
    g_error ("the label “%s” is selectable and focusable: Tab would put a caret in it",
             gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    assert_no_caret_labels (child);
}

static GtkAdjustment *
get_vadjustment (GtkWidget *page)
{
  GtkWidget *scrolled = find_descendant (page, is_scrolled_window, NULL);

  g_assert_nonnull (scrolled);
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
}

static GtkWidget *
create_region_page (const char *id)
{
  GtkWidget *page = rex_region_page_new ();
  RexRegion *region = rex_catalogue_lookup_region (catalogue, id);

  g_assert_nonnull (region);
  rex_region_page_set_region (REX_REGION_PAGE (page), region);

  return page;
}

static void
test_region_abai (void)
{
  Activations activations = { 0 };
  GtkWidget *page = create_region_page ("KZ-10");
  GtkWidget *window = create_window (page, 800, 700, &activations);
  g_autoptr(GPtrArray) texts = visible_texts (page);

  g_assert_cmpuint (count_text (texts, "Abai Region"), >=, 2);   /* the title, the English name */
  assert_shows (texts, "Region");
  assert_shows (texts, "Абай облысы");
  assert_shows (texts, "область Абай");
  assert_shows (texts, "Also known as Abay, Abay Region");
  assert_shows (texts, "Also known as Абайская область");
  assert_shows_containing (texts, "KZ-10");
  assert_shows (texts, "Semey");
  assert_shows (texts, "8 June 2022");
  assert_shows (texts, "East Kazakhstan Region");
  assert_shows_containing (texts, "Abai District");
  assert_shows_containing (texts, "City of Kurchatov");
  assert_shows (texts, "185,476 km²");
  assert_shows (texts, "as of 2023");
  assert_shows (texts, "610,189 people");
  assert_shows (texts, "as of 1 January 2023");
  assert_shows (texts, "Verified");
  assert_shows (texts, "Partly verified");
  assert_shows_containing (texts, "Kazinform");

  /* The unit it was formed from is a link to it. */
  activate_link_showing (page, "East Kazakhstan Region");
  g_assert_cmpuint (activations.count, ==, 1);
  g_assert_cmpstr (activations.action, ==, "show-region");
  g_assert_cmpstr (activations.target, ==, "KZ-63");

  destroy_window (window);
  activations_clear (&activations);
}

static void
test_region_former_centre (void)
{
  Activations activations = { 0 };
  GtkWidget *page = create_region_page ("KZ-19");
  GtkWidget *window = create_window (page, 360, 700, &activations);
  g_autoptr(GPtrArray) texts = visible_texts (page);

  assert_shows (texts, "Almaty Region");
  assert_shows (texts, "Konaev");
  assert_shows (texts, "Taldykorgan");
  assert_shows (texts, "Centre until 8 June 2022");
  assert_shows_containing (texts, "KZ-ALM");
  /* Not formed in the period: no formation to show. */
  g_assert_cmpuint (count_text (texts, "Formerly part of"), ==, 0);

  destroy_window (window);
}

static void
test_region_reforms (void)
{
  Activations activations = { 0 };
  GtkWidget *page = create_region_page ("KZ-10");
  GtkWidget *window = create_window (page, 800, 700, &activations);
  GListModel *reforms = rex_region_get_reforms (rex_region_page_get_region (REX_REGION_PAGE (page)));
  g_autoptr(RexReform) reform = g_list_model_get_item (reforms, 0);
  g_autoptr(GPtrArray) texts = visible_texts (page);
  GtkWidget *row;

  g_assert_nonnull (reform);
  assert_shows (texts, rex_reform_get_title (reform));
  assert_shows (texts, rex_status_get_label (rex_reform_get_status (reform)));
  g_assert_cmpuint (count_text (texts, "No reform of the programme names this region."), ==, 0);

  row = find_descendant (page, is_row_showing, rex_reform_get_title (reform));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_is_sensitive (row));
  gtk_widget_activate (row);
  iterate ();
  g_assert_cmpuint (activations.count, ==, 1);
  g_assert_cmpstr (activations.action, ==, "show-reform");
  g_assert_cmpstr (activations.target, ==, rex_reform_get_id (reform));

  /* A region no reform names says so. */
  rex_region_page_set_region (REX_REGION_PAGE (page), rex_catalogue_lookup_region (catalogue, "KZ-11"));
  redraw (window);
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = visible_texts (page);
  assert_shows (texts, "No reform of the programme names this region.");
  g_assert_cmpuint (count_text (texts, rex_reform_get_title (reform)), ==, 0);

  destroy_window (window);
  activations_clear (&activations);
}

static void
test_region_page_properties (void)
{
  Activations activations = { 0 };
  GtkWidget *page = rex_region_page_new ();
  GtkWidget *window = create_window (page, 800, 700, &activations);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *text = NULL;

  g_assert_true (REX_IS_PAGE (page));
  g_assert_false (rex_page_get_can_copy (REX_PAGE (page)));
  g_assert_null (rex_page_dup_copy_text (REX_PAGE (page)));
  g_signal_connect (page, "notify", G_CALLBACK (count_notify_cb), counts);

  rex_region_page_set_region (REX_REGION_PAGE (page), rex_catalogue_lookup_region (catalogue, "KZ-10"));
  title = rex_page_dup_title (REX_PAGE (page));
  subtitle = rex_page_dup_subtitle (REX_PAGE (page));
  g_assert_cmpstr (title, ==, "Abai Region");
  g_assert_cmpstr (subtitle, ==, "Region");
  g_assert_true (rex_page_get_can_copy (REX_PAGE (page)));
  g_assert_cmpuint (notify_count (counts, "region"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "title"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "subtitle"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "can-copy"), ==, 1);

  text = rex_page_dup_copy_text (REX_PAGE (page));
  g_assert_nonnull (strstr (text, "Abai Region"));
  g_assert_nonnull (strstr (text, "Абай облысы"));
  g_assert_nonnull (strstr (text, "Population: 610,189 people, as of 1 January 2023"));
  g_assert_nonnull (strstr (text, "Formerly part of: East Kazakhstan Region"));
  g_assert_nonnull (strstr (text, "Sources:"));
  g_assert_nonnull (strstr (text, "https://"));

  /* The same region again changes nothing. */
  rex_region_page_set_region (REX_REGION_PAGE (page), rex_catalogue_lookup_region (catalogue, "KZ-10"));
  g_assert_cmpuint (notify_count (counts, "title"), ==, 1);

  /* Another region: a new title; copying still applies. */
  rex_region_page_set_region (REX_REGION_PAGE (page), rex_catalogue_lookup_region (catalogue, "KZ-75"));
  g_clear_pointer (&subtitle, g_free);
  subtitle = rex_page_dup_subtitle (REX_PAGE (page));
  g_assert_cmpstr (subtitle, ==, "City of republican significance");
  g_assert_cmpuint (notify_count (counts, "title"), ==, 2);
  g_assert_cmpuint (notify_count (counts, "subtitle"), ==, 2);
  g_assert_cmpuint (notify_count (counts, "can-copy"), ==, 1);
  redraw (window);

  rex_region_page_set_region (REX_REGION_PAGE (page), NULL);
  g_assert_false (rex_page_get_can_copy (REX_PAGE (page)));
  g_assert_cmpuint (notify_count (counts, "can-copy"), ==, 2);

  destroy_window (window);
}

static void
test_region_locator_slot (void)
{
  Activations activations = { 0 };
  GtkWidget *page = create_region_page ("KZ-10");
  GtkWidget *window = create_window (page, 800, 700, &activations);
  GtkWidget *slot = rex_region_page_get_locator_slot (REX_REGION_PAGE (page));
  GtkWidget *map = gtk_label_new ("A locator map");

  g_assert_true (GTK_IS_BOX (slot));
  g_assert_false (gtk_widget_get_visible (slot));

  gtk_box_append (GTK_BOX (slot), map);
  redraw (window);
  g_assert_true (gtk_widget_get_mapped (map));

  gtk_box_remove (GTK_BOX (slot), map);
  g_assert_false (gtk_widget_get_visible (slot));

  destroy_window (window);
}

static void
test_region_no_caret (void)
{
  GListModel *regions = rex_catalogue_get_regions (catalogue);
  GtkWidget *page = rex_region_page_new ();
  Activations activations = { 0 };
  GtkWidget *window = create_window (page, 360, 700, &activations);

  /* Every region shows without a warning, at the narrowest width. */
  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(RexRegion) region = g_list_model_get_item (regions, i);

      rex_region_page_set_region (REX_REGION_PAGE (page), region);
      redraw (window);
      assert_no_caret_labels (page);
    }

  destroy_window (window);
}

static GtkWidget *
create_reform_page (const char *id)
{
  GtkWidget *page = g_object_new (REX_TYPE_REFORM_PAGE, NULL);
  RexReform *reform = rex_catalogue_lookup_reform (catalogue, id);

  g_assert_nonnull (reform);
  rex_reform_page_set_reform (REX_REFORM_PAGE (page), reform);

  return page;
}

static void
test_reform_page_properties (void)
{
  Activations activations = { 0 };
  GtkWidget *page = g_object_new (REX_TYPE_REFORM_PAGE, NULL);
  GtkWidget *window = create_window (page, 800, 700, &activations);
  RexReform *reform = rex_catalogue_lookup_reform (catalogue, "party-registration-threshold");
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *text = NULL;

  g_assert_true (REX_IS_PAGE (page));
  g_assert_false (rex_page_get_can_copy (REX_PAGE (page)));
  g_signal_connect (page, "notify", G_CALLBACK (count_notify_cb), counts);

  rex_reform_page_set_reform (REX_REFORM_PAGE (page), reform);
  rex_reform_page_set_as_of (REX_REFORM_PAGE (page), rex_catalogue_get_as_of (catalogue));
  title = rex_page_dup_title (REX_PAGE (page));
  subtitle = rex_page_dup_subtitle (REX_PAGE (page));
  g_assert_cmpstr (title, ==, rex_reform_get_title (reform));
  g_assert_cmpstr (subtitle, ==, rex_category_get_title (rex_reform_get_category (reform)));
  g_assert_true (rex_page_get_can_copy (REX_PAGE (page)));
  g_assert_cmpuint (notify_count (counts, "title"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "subtitle"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "can-copy"), ==, 1);
  g_assert_cmpuint (notify_count (counts, "as-of"), ==, 1);

  /* Copy as text is the citation, dated by the dataset. */
  text = rex_page_dup_copy_text (REX_PAGE (page));
  g_assert_true (g_str_has_prefix (text, rex_reform_get_title (reform)));
  g_assert_nonnull (strstr (text, "20,000 members → 5,000 members"));
  g_assert_nonnull (strstr (text, "Reform Explorer dataset as of"));

  rex_reform_page_set_reform (REX_REFORM_PAGE (page), rex_catalogue_lookup_reform (catalogue, "new-regions"));
  g_assert_cmpuint (notify_count (counts, "title"), ==, 2);
  g_assert_cmpuint (notify_count (counts, "can-copy"), ==, 1);
  redraw (window);

  rex_reform_page_set_reform (REX_REFORM_PAGE (page), NULL);
  g_assert_false (rex_page_get_can_copy (REX_PAGE (page)));
  g_assert_cmpuint (notify_count (counts, "can-copy"), ==, 2);

  destroy_window (window);
}

static void
test_reform_region_links (void)
{
  Activations activations = { 0 };
  GtkWidget *page = create_reform_page ("new-regions");
  GtkWidget *window = create_window (page, 360, 700, &activations);
  g_autoptr(GPtrArray) texts = visible_texts (page);

  assert_shows_containing (texts, "Abai Region, ");

  /* The first region of the line is Abai; Enter on it shows it. */
  activate_link_showing (page, "Abai Region, ");
  g_assert_cmpuint (activations.count, ==, 1);
  g_assert_cmpstr (activations.action, ==, "show-region");
  g_assert_cmpstr (activations.target, ==, "KZ-10");

  destroy_window (window);
  activations_clear (&activations);
}

static void
heading_notify_cb (GObject    *object,
                   GParamSpec *pspec,
                   gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_reform_sticky_title (void)
{
  Activations activations = { 0 };
  GtkWidget *page = create_reform_page ("party-registration-threshold");
  GtkWidget *window = create_window (page, 800, 500, &activations);
  GtkAdjustment *adjustment = get_vadjustment (page);
  const char *title = rex_reform_get_title (rex_reform_page_get_reform (REX_REFORM_PAGE (page)));
  g_autoptr(GPtrArray) texts = visible_texts (page);
  gboolean visible = FALSE;
  guint notified = 0;

  g_signal_connect (page, "notify::heading-visible", G_CALLBACK (heading_notify_cb), &notified);

  /* At the top, the title shows once: as the page's heading. */
  g_object_get (page, "heading-visible", &visible, NULL);
  g_assert_true (visible);
  g_assert_cmpuint (count_text (texts, title), ==, 1);

  /* At the bottom, the heading has scrolled away and the bar shows it. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment), >, 300);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  redraw (window);
  g_assert_false (rex_reform_page_get_heading_visible (REX_REFORM_PAGE (page)));
  g_assert_cmpuint (notified, ==, 1);
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = visible_texts (page);
  g_assert_cmpuint (count_text (texts, title), ==, 2);

  /* Back at the top, the bar goes away. */
  gtk_adjustment_set_value (adjustment, 0);
  redraw (window);
  g_assert_true (rex_reform_page_get_heading_visible (REX_REFORM_PAGE (page)));
  g_assert_cmpuint (notified, ==, 2);
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = visible_texts (page);
  g_assert_cmpuint (count_text (texts, title), ==, 1);

  destroy_window (window);
}

static void
test_reform_no_caret (void)
{
  GListModel *reforms = rex_catalogue_get_reforms (catalogue);
  GtkWidget *page = g_object_new (REX_TYPE_REFORM_PAGE, NULL);
  Activations activations = { 0 };
  GtkWidget *window = create_window (page, 800, 700, &activations);

  for (guint i = 0; i < g_list_model_get_n_items (reforms); i++)
    {
      g_autoptr(RexReform) reform = g_list_model_get_item (reforms, i);

      rex_reform_page_set_reform (REX_REFORM_PAGE (page), reform);
      redraw (window);
      assert_no_caret_labels (page);
    }

  /* Moving to the start of the page lands on something that is not text. */
  rex_page_focus_start (REX_PAGE (page));
  g_assert_false (GTK_IS_LABEL (gtk_root_get_focus (GTK_ROOT (window))) &&
                  gtk_label_get_selectable (GTK_LABEL (gtk_root_get_focus (GTK_ROOT (window)))));

  destroy_window (window);
}

static void
test_programme_no_caret (void)
{
  GtkWidget *page = g_object_new (REX_TYPE_PROGRAMME_PAGE, "catalogue", catalogue, NULL);
  Activations activations = { 0 };
  GtkWidget *window = create_window (page, 800, 700, &activations);

  assert_no_caret_labels (page);

  destroy_window (window);
}

/* The region page as a Kazakh or Russian reader sees it. */
static void
test_region_translated (void)
{
  Activations activations = { 0 };
  GtkWidget *page = create_region_page ("KZ-10");
  GtkWidget *window = create_window (page, 360, 700, &activations);
  RexRegion *region = rex_region_page_get_region (REX_REGION_PAGE (page));
  const char *official = g_str_equal (language, "kk") ? rex_region_get_official_name_kk (region)
                                                      : rex_region_get_official_name_ru (region);
  g_autoptr(GPtrArray) texts = visible_texts (page);
  g_autofree char *title = rex_page_dup_title (REX_PAGE (page));
  g_autofree char *formed = rex_date_format (rex_region_get_formed_date (region));
  g_autofree const char **took = rex_region_dup_formed_took_display (region);
  static const char * const headings[] = { "Names", "Administrative Centre", "Area and Population",
                                           "Formation", "Reforms", "Sources" };

  /* The title is the official name in the language, and all three
   * names are there. */
  g_assert_cmpstr (title, ==, official);
  g_assert_cmpuint (count_text (texts, official), >=, 2);
  assert_shows (texts, rex_region_get_name_en (region));
  assert_shows (texts, rex_region_get_official_name_kk (region));
  assert_shows (texts, rex_region_get_official_name_ru (region));
  assert_shows (texts, rex_centre_get_name (rex_region_get_centre (region)));
  assert_shows (texts, formed);
  assert_shows_containing (texts, took[0]);

  /* The interface around them is translated, not English. */
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      g_assert_cmpstr (_(headings[i]), !=, headings[i]);
      assert_shows (texts, _(headings[i]));
    }
  g_assert_cmpstr (g_dpgettext2 (GETTEXT_PACKAGE, "language", "Kazakh"), !=, "Kazakh");
  assert_shows (texts, g_dpgettext2 (GETTEXT_PACKAGE, "language", "Kazakh"));
  g_assert_cmpuint (count_text (texts, "Population"), ==, 0);
  g_assert_cmpuint (count_text (texts, "Formerly part of"), ==, 0);

  destroy_window (window);
}

static GtkButton *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return GTK_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Almaty's votes, in every language: the 2022 referendum's turnout and
 * shares in the city beside the country's, with their evidence, and the
 * 2026 one's turnout; a button shows a vote's turnout on the map. A
 * region without figures has no such section. */
static void
test_region_votes (void)
{
  Activations activations = { 0 };
  GtkWidget *page = create_region_page ("KZ-75");
  GtkWidget *window = create_window (page, 360, 700, &activations);
  RexResult *referendum = rex_catalogue_lookup_result (catalogue, "referendum-2022");
  RexResult *constitution = rex_catalogue_lookup_result (catalogue, "referendum-2026");
  RexRegion *almaty = rex_catalogue_lookup_region (catalogue, "KZ-75");
  int yes = rex_result_find_choice (referendum, "yes");
  g_autoptr(GPtrArray) texts = visible_texts (page);
  g_autofree char *turnout = rex_format_region_figure_line (referendum, almaty, REX_FIGURE_TURNOUT);
  g_autofree char *share = rex_format_region_figure_line (referendum, almaty, yes);
  g_autofree char *turnout_2026 = rex_format_region_figure_line (constitution, almaty, REX_FIGURE_TURNOUT);
  g_autofree char *national_value = rex_format_percentage (68.05);
  g_autofree char *national = g_strdup_printf (_("Nationwide: %s"), national_value);
  g_autofree char *date = rex_date_format (rex_result_get_date (referendum));
  g_autofree char *copied = rex_page_dup_copy_text (REX_PAGE (page));
  GtkButton *button;

  assert_shows (texts, _("Votes"));
  assert_shows (texts, rex_result_get_title (referendum));
  assert_shows (texts, rex_result_get_title (constitution));
  assert_shows (texts, date);
  assert_shows (texts, turnout);
  assert_shows (texts, share);
  assert_shows (texts, turnout_2026);
  assert_shows (texts, national);
  assert_shows (texts, rex_result_get_regions_note (referendum));
  assert_shows (texts, rex_evidence_get_label (REX_EVIDENCE_PARTIAL));
  g_assert_nonnull (strstr (copied, turnout));
  g_assert_nonnull (strstr (copied, national));

  if (!g_str_equal (language, "en"))
    {
      /* Translated, numbers and all: "33,3 %", not "33.3%". */
      g_assert_cmpstr (_("Votes"), !=, "Votes");
      g_assert_cmpstr (_("Nationwide: %s"), !=, "Nationwide: %s");
      g_assert_cmpstr (g_dpgettext2 (GETTEXT_PACKAGE, "result figure", "Turnout"), !=, "Turnout");
      g_assert_cmpuint (count_text (texts, "Turnout: 33.3%"), ==, 0);
      g_assert_cmpuint (count_text (texts, "Show Turnout on Map"), ==, 0);
    }
  else
    {
      assert_shows (texts, "Turnout: 33.3%");
      assert_shows (texts, "Nationwide: 68.05%");
      assert_shows (texts, "Share of “Yes”: 65.22%");
      assert_shows (texts, "373,057 of 1,129,117 registered voters took part");
    }

  /* The first vote's button colours the map by its turnout. */
  button = find_button (page, _("Show Turnout on _Map"));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  iterate ();
  g_assert_cmpuint (activations.count, ==, 1);
  g_assert_cmpstr (activations.action, ==, "map-mode");
  g_assert_cmpstr (activations.target, ==, "referendum-2022:turnout");

  /* The 2026 referendum has no figure for Ulytau; the 2022 one was
   * before it existed. */
  rex_region_page_set_region (REX_REGION_PAGE (page), rex_catalogue_lookup_region (catalogue, "KZ-62"));
  redraw (window);
  g_clear_pointer (&texts, g_ptr_array_unref);
  texts = visible_texts (page);
  g_assert_cmpuint (count_text (texts, _("Votes")), ==, 0);
  /* The reforms that concern it are still listed. */
  assert_shows (texts, _("Reforms"));

  activations_clear (&activations);
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  const char *locale = NULL;
  int ret;

  if (argc > 1 && g_str_equal (argv[argc - 1], "kk"))
    language = "kk", locale = "kk_KZ.UTF-8";
  else if (argc > 1 && g_str_equal (argv[argc - 1], "ru"))
    language = "ru", locale = "ru_RU.UTF-8";

  if (locale != NULL)
    {
      /* As main.c does, before anything reads the locale. */
      g_setenv ("LANGUAGE", language, TRUE);
      if (setlocale (LC_ALL, locale) == NULL)
        g_error ("The %s locale is not installed (tools/quickstart generates it)", locale);
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("REX_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      argc--;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Tests check states, not motion. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  if (locale != NULL)
    {
      /* gtk_test_init resets the locale from the environment; keep ours. */
      setlocale (LC_ALL, locale);
    }
  else
    {
      rex_region_set_display_language ("en");
    }

  catalogue = rex_catalogue_new_bundled (NULL);
  g_assert_nonnull (catalogue);

  if (locale != NULL)
    {
      g_test_add_func ("/pages/region/translated", test_region_translated);
      g_test_add_func ("/pages/region/votes", test_region_votes);
    }
  else
    {
      g_test_add_func ("/pages/region/abai", test_region_abai);
      g_test_add_func ("/pages/region/votes", test_region_votes);
      g_test_add_func ("/pages/region/former-centre", test_region_former_centre);
      g_test_add_func ("/pages/region/reforms", test_region_reforms);
      g_test_add_func ("/pages/region/properties", test_region_page_properties);
      g_test_add_func ("/pages/region/locator-slot", test_region_locator_slot);
      g_test_add_func ("/pages/region/no-caret", test_region_no_caret);
      g_test_add_func ("/pages/reform/properties", test_reform_page_properties);
      g_test_add_func ("/pages/reform/region-links", test_reform_region_links);
      g_test_add_func ("/pages/reform/sticky-title", test_reform_sticky_title);
      g_test_add_func ("/pages/reform/no-caret", test_reform_no_caret);
      g_test_add_func ("/pages/programme/no-caret", test_programme_no_caret);
    }

  ret = g_test_run ();
  g_clear_object (&catalogue);

  return ret;
}
