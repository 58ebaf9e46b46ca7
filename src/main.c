/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "rex-application.h"
#include "rex-language.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RexApplication) app = NULL;
  const char *localedir;

  /* REX_LOCALEDIR lets an uninstalled build use the catalogues of its own
   * build tree (tools/screenshot does). */
  localedir = g_getenv ("REX_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  /* The locale is the app's to set from here on: the language chosen in
   * Preferences or with --language changes it (rex-language.c) before
   * GTK starts, and GTK must not set it back from the environment. */
  gtk_disable_setlocale ();
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  rex_language_init ();

  app = rex_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
