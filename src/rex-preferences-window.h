/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define REX_TYPE_PREFERENCES_WINDOW (rex_preferences_window_get_type ())

/* Preferences: the app's language. The row writes the "language"
 * setting; the application applies it (see rex_application_set_language). */
G_DECLARE_FINAL_TYPE (RexPreferencesWindow, rex_preferences_window, REX, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *rex_preferences_window_new (GtkWindow *parent);

G_END_DECLS
