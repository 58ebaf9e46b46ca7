/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The dialog that says why a dataset file did not open: a plain
 * sentence first, the file's name once, and every problem (with its
 * line:column or JSON path) under "Details", selectable for copying. */
GtkWidget *rex_load_error_dialog_new (GtkWindow    *parent,
                                      GFile        *file,
                                      const GError *error);

G_END_DECLS
