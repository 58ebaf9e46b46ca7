/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rex-application.h"

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
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = rex_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
