/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The baseline for startup figures (tools/bench-startup): the least a
 * libadwaita app can show, an empty AdwApplicationWindow with a header
 * bar, started the way the app is. What the app takes beyond this is
 * what its own code costs. */

#include <adwaita.h>

static void
activated_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  /* The app's default size. NON_UNIQUE: each run is a process of its own, like each run of the
   * app under the benchmark. */
  app = adw_application_new ("io.github.reformexplorer.MinimalWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activated_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
