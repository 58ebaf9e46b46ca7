/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define REX_TYPE_APPLICATION (rex_application_get_type ())

G_DECLARE_FINAL_TYPE (RexApplication, rex_application, REX, APPLICATION, AdwApplication)

RexApplication *rex_application_new          (void);
GtkWindow      *rex_application_present_main_window (RexApplication *self);
GtkWindow      *rex_application_present_preferences (RexApplication *self);
/* "" (the system's), "en", "kk" or "ru": applied at once, every window
 * built again where it was. FALSE for an unknown language. */
gboolean        rex_application_set_language (RexApplication *self,
                                              const char     *language);
/* Builds a main window again in the language now applied, showing what
 * @window showed, and closes @window. Returns the new window. */
GtkWindow      *rex_application_rebuild_window (GtkWindow    *window);

G_END_DECLS
