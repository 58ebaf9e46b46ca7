/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "window-test-util.h"

void
window_test_iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

gpointer
window_test_child (gpointer    widget,
                   GType       type,
                   const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return object;
}

RexWindow *
window_test_create_window (void)
{
  RexWindow *window = rex_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  window_test_iterate ();
  g_assert_nonnull (rex_window_get_catalogue (window));

  return window;
}

void
window_test_destroy_window (RexWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  window_test_iterate ();
}

void
window_test_init (int    *argc,
                  char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  /* Tests check states, not motion. A sidebar or pane transition still
   * running when a test resizes the window makes libadwaita 1.2 draw a
   * pane before it has been allocated, a warning that fatal-warnings
   * would turn into a random failure under load. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}
