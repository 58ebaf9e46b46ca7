/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define REX_TYPE_SHORTCUTS_WINDOW (rex_shortcuts_window_get_type ())

/* The keyboard shortcuts, in groups: what each does and its keys, drawn
 * as key caps with names the app translates itself. GTK 4.8's
 * GtkShortcutsWindow is not used: it cannot be narrower than about
 * 500 px, and GTK's own catalogues leave several key names in English
 * (Escape, Return, Back under Kazakh). */
G_DECLARE_FINAL_TYPE (RexShortcutsWindow, rex_shortcuts_window, REX, SHORTCUTS_WINDOW, AdwWindow)

GtkWidget *rex_shortcuts_window_new   (GtkWindow       *parent);

gboolean   rex_shortcuts_window_lists (guint            keyval,
                                       GdkModifierType  modifiers);

char      *rex_shortcuts_dup_caption  (const char      *accelerator);

G_END_DECLS
