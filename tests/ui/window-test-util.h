/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Helpers shared by the window tests. */

#pragma once

#include <adwaita.h>

#include "rex-window.h"

G_BEGIN_DECLS

/* Runs the main context until nothing is pending. */
void       window_test_iterate        (void);
/* A template child of @widget by name; fails the test when absent. */
gpointer   window_test_child          (gpointer    widget,
                                       GType       type,
                                       const char *name);
/* A presented window at 1200×800 with the bundled dataset loaded. */
RexWindow *window_test_create_window  (void);
void       window_test_destroy_window (RexWindow  *window);
/* Sets up a test program: GTK, libadwaita, and no animations. */
void       window_test_init           (int        *argc,
                                       char     ***argv);

G_END_DECLS
