/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "window-test-util.h"

void
window_test_iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
give_up_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
window_test_wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gboolean given_up = FALSE;
  gulong handler;
  guint timeout;

  window_test_iterate ();
  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  /* A guard against a display that never paints, not a delay: the loop
   * ends at the first frame. */
  timeout = g_timeout_add_seconds (10, give_up_cb, &given_up);
  while (!painted && !given_up)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  if (!given_up)
    g_source_remove (timeout);
  g_assert_true (painted);
  window_test_iterate ();
}

RexWindow *
window_test_create_window_sized (int width,
                                 int height)
{
  RexWindow *window = rex_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  window_test_wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (rex_window_get_catalogue (window));

  return window;
}

RexWindow *
window_test_create_window (void)
{
  return window_test_create_window_sized (1200, 800);
}

void
window_test_destroy_window (RexWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  window_test_iterate ();
}

/* GTK 4.8 warns when a scrolled list, shown again in the same frame,
 * resizes its scrollbar while it is being allocated and the frame is
 * drawn before the second layout pass ("Trying to snapshot … without a
 * current allocation"); GTK 4.10 lays out again instead. The frame after
 * is right, so this one warning is printed but not fatal; every other
 * warning still fails the test. */
static GLogWriterOutput
log_writer_cb (GLogLevelFlags   log_level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE"))
        message = fields[i].value;
    }

  if ((log_level & G_LOG_LEVEL_WARNING) != 0 && g_strcmp0 (domain, "Gtk") == 0 &&
      message != NULL && g_str_has_prefix (message, "Trying to snapshot ") &&
      g_str_has_suffix (message, " without a current allocation"))
    {
      g_printerr ("# known GTK 4.8 warning, not fatal: %s\n", message);
      return G_LOG_WRITER_HANDLED;
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

void
window_test_init (int    *argc,
                  char ***argv)
{
  g_log_set_writer_func (log_writer_cb, NULL, NULL);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  /* Tests check states, not motion. A sidebar or pane transition still
   * running when a test resizes the window makes libadwaita 1.2 draw a
   * pane before it has been allocated, a warning that fatal-warnings
   * would turn into a random failure under load. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* The app's style sheet, which GtkApplication loads for the app itself:
   * what is measured here is what users see. */
  {
    g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
}

void
window_test_action (RexWindow  *window,
                    const char *action,
                    const char *string_target)
{
  gboolean ok;

  if (string_target != NULL)
    ok = gtk_widget_activate_action (GTK_WIDGET (window), action, "s", string_target);
  else
    ok = gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  g_assert_true (ok);
  window_test_wait_for_frame (GTK_WIDGET (window));
}

static void
collect_texts (GtkWidget *widget,
               GPtrArray *texts)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_texts (c, texts);
}

GPtrArray *
window_test_visible_texts (GtkWidget *root)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  collect_texts (root, texts);

  return texts;
}

gboolean
window_test_shows_text (GtkWidget  *root,
                        const char *text)
{
  g_autoptr(GPtrArray) texts = window_test_visible_texts (root);

  for (guint i = 0; i < texts->len; i++)
    if (strstr (g_ptr_array_index (texts, i), text) != NULL)
      return TRUE;

  return FALSE;
}

GtkLabel *
window_test_find_label (GtkWidget  *root,
                        const char *text)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;

  if (GTK_IS_LABEL (root) && g_str_equal (gtk_label_get_text (GTK_LABEL (root)), text))
    return GTK_LABEL (root);

  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkLabel *found = window_test_find_label (c, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
window_test_find_accessible (GtkWidget  *root,
                             GType       type,
                             const char *label)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    {
      g_autofree char *problem =
        gtk_test_accessible_check_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL, label);

      if (problem == NULL)
        return root;
    }

  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = window_test_find_accessible (c, type, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
window_test_find_mapped (GtkWidget *root,
                         GType      type)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = window_test_find_mapped (c, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkLabel *
first_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return GTK_LABEL (widget);

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkLabel *label = first_label (c);

      if (label != NULL)
        return label;
    }

  return NULL;
}

char *
window_test_dup_selected_row_text (GtkListBox *list)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list);
  GtkLabel *label;

  if (row == NULL)
    return NULL;

  label = first_label (GTK_WIDGET (row));

  return label != NULL ? g_strdup (gtk_label_get_text (label)) : NULL;
}

guint
window_test_count_selected_rows (GtkListBox *list)
{
  g_autoptr(GList) rows = gtk_list_box_get_selected_rows (list);

  return g_list_length (rows);
}

GtkListView *
window_test_find_reform_list (RexWindow *window)
{
  return GTK_LIST_VIEW (window_test_find_mapped (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW));
}

GPtrArray *
window_test_dup_listed_reforms (RexWindow *window)
{
  GtkListView *list = window_test_find_reform_list (window);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  GListModel *model;

  if (list == NULL)
    return ids;

  model = G_LIST_MODEL (gtk_list_view_get_model (list));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RexReform) reform = g_list_model_get_item (model, i);

      g_ptr_array_add (ids, g_strdup (rex_reform_get_id (reform)));
    }

  return ids;
}
