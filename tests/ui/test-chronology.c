/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The overview's chronology, on the programme page in a plain GtkWindow
 * with a stand-in "win" action group: one mark per milestone, each with
 * its accessible label, activating the reform it belongs to, reachable
 * with one Tab stop, and inside the chart at a phone's width. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rex-chronology.h"
#include "rex-programme-page.h"

static RexCatalogue *catalogue;

typedef struct {
  char  *target;
  guint  count;
} Activations;

static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
show_reform_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  Activations *activations = user_data;

  g_free (activations->target);
  activations->target = g_variant_dup_string (parameter, NULL);
  activations->count++;
}

static GtkWidget *
create_window (GtkWidget   *page,
               int          width,
               Activations *activations)
{
  GtkWidget *window = gtk_window_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  static const char * const names[] = { "show-reform", "show-category", "show-status" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new (names[i], G_VARIANT_TYPE_STRING);

      if (i == 0)
        g_signal_connect (action, "activate", G_CALLBACK (show_reform_cb), activations);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (group));

  gtk_window_set_default_size (GTK_WINDOW (window), width, 900);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  iterate ();

  return window;
}

static GtkWidget *
find_chronology (GtkWidget *widget)
{
  if (REX_IS_CHRONOLOGY (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_chronology (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static char *
expected_label (GtkWidget *mark)
{
  RexMilestone *milestone = rex_chronology_mark_get_milestone (mark);
  g_autofree char *date = rex_date_format (rex_milestone_get_date (milestone));

  return g_strdup_printf ("%s — %s — %s", date,
                          rex_reform_get_title (rex_chronology_mark_get_reform (mark)),
                          rex_milestone_get_title (milestone));
}

/* Every milestone of the catalogue is a mark, shown, with its label. */
static void
test_marks (void)
{
  Activations activations = { 0 };
  GtkWidget *page = g_object_new (REX_TYPE_PROGRAMME_PAGE, "catalogue", catalogue, NULL);
  GtkWidget *window = create_window (page, 1000, &activations);
  RexChronology *chronology = REX_CHRONOLOGY (find_chronology (page));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint n;

  g_assert_nonnull (chronology);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chronology)));
  n = rex_chronology_get_n_marks (chronology);
  g_assert_cmpuint (n, ==, rex_catalogue_count_milestones (catalogue));
  g_assert_cmpuint (n, >, 0);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *mark = rex_chronology_get_mark (chronology, i);
      g_autofree char *label = expected_label (mark);
      g_autofree char *problem =
        gtk_test_accessible_check_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL, label);

      g_assert_null (problem);
      g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_ROLE_BUTTON));
      g_assert_true (gtk_widget_get_mapped (mark));
      g_assert_true (gtk_widget_get_focusable (mark));
      g_assert_nonnull (gtk_widget_get_tooltip_text (mark));
      /* One mark per milestone, none twice. */
      g_assert_false (g_hash_table_contains (seen, rex_chronology_mark_get_milestone (mark)));
      g_hash_table_add (seen, rex_chronology_mark_get_milestone (mark));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_free (activations.target);
}

/* A click or Enter on a mark opens its reform. */
static void
test_activate (void)
{
  Activations activations = { 0 };
  GtkWidget *page = g_object_new (REX_TYPE_PROGRAMME_PAGE, "catalogue", catalogue, NULL);
  GtkWidget *window = create_window (page, 1000, &activations);
  RexChronology *chronology = REX_CHRONOLOGY (find_chronology (page));
  guint n = rex_chronology_get_n_marks (chronology);
  GtkWidget *mark = rex_chronology_get_mark (chronology, n - 1);

  g_assert_true (gtk_widget_activate (mark));
  iterate ();
  g_assert_cmpuint (activations.count, ==, 1);
  g_assert_cmpstr (activations.target, ==, rex_reform_get_id (rex_chronology_mark_get_reform (mark)));

  mark = rex_chronology_get_mark (chronology, 0);
  g_assert_true (gtk_widget_activate (mark));
  iterate ();
  g_assert_cmpuint (activations.count, ==, 2);
  g_assert_cmpstr (activations.target, ==, rex_reform_get_id (rex_chronology_mark_get_reform (mark)));

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_free (activations.target);
}

/* The chart is one Tab stop, entered at the mark last visited. */
static void
test_focus (void)
{
  Activations activations = { 0 };
  GtkWidget *page = g_object_new (REX_TYPE_PROGRAMME_PAGE, "catalogue", catalogue, NULL);
  GtkWidget *window = create_window (page, 1000, &activations);
  GtkWidget *chronology = find_chronology (page);
  GtkWidget *third = rex_chronology_get_mark (REX_CHRONOLOGY (chronology), 2);

  g_assert_true (gtk_widget_child_focus (chronology, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 rex_chronology_get_mark (REX_CHRONOLOGY (chronology), 0));
  g_assert_false (gtk_widget_child_focus (chronology, GTK_DIR_TAB_FORWARD));

  gtk_widget_grab_focus (third);
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  g_assert_true (gtk_widget_child_focus (chronology, GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == third);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_free (activations.target);
}

/* At a phone's width every mark is still inside the chart. */
static void
test_narrow (void)
{
  Activations activations = { 0 };
  GtkWidget *page = g_object_new (REX_TYPE_PROGRAMME_PAGE, "catalogue", catalogue, NULL);
  GtkWidget *window = create_window (page, 360, &activations);
  GtkWidget *chronology = find_chronology (page);
  guint n = rex_chronology_get_n_marks (REX_CHRONOLOGY (chronology));
  int width = gtk_widget_get_width (chronology);

  g_assert_cmpint (width, >, 200);
  g_assert_cmpint (width, <, 360);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *mark = rex_chronology_get_mark (REX_CHRONOLOGY (chronology), i);
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (mark, chronology, &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, width);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_free (activations.target);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  rex_region_set_display_language ("en");

  catalogue = rex_catalogue_new_bundled (NULL);
  g_assert_nonnull (catalogue);

  g_test_add_func ("/chronology/marks", test_marks);
  g_test_add_func ("/chronology/activate", test_activate);
  g_test_add_func ("/chronology/focus", test_focus);
  g_test_add_func ("/chronology/narrow", test_narrow);

  ret = g_test_run ();
  g_clear_object (&catalogue);

  return ret;
}
