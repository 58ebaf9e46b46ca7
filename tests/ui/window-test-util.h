/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Helpers shared by the window tests. They drive the window through its
 * public actions and read back what a user would see: mapped labels,
 * list rows, the selected row of a list found by its accessible name.
 * No test reaches into a template child. */

#pragma once

#include <adwaita.h>

#include "rex-window.h"

G_BEGIN_DECLS

/* Runs the main context until nothing is pending. */
void        window_test_iterate          (void);
/* Waits until @widget's frame clock has painted a frame, so that a
 * resize or a new page has been laid out. */
void        window_test_wait_for_frame   (GtkWidget  *widget);
/* A presented window at @width × @height with the bundled dataset. */
RexWindow  *window_test_create_window_sized (int      width,
                                          int         height);
/* The same at 1200 × 800. */
RexWindow  *window_test_create_window    (void);
void        window_test_destroy_window   (RexWindow  *window);
/* Sets up a test program: GTK, libadwaita, and no animations. */
void        window_test_init             (int        *argc,
                                          char     ***argv);
/* Activates a window action; fails the test when it is disabled. */
void        window_test_action           (RexWindow  *window,
                                          const char *action,
                                          const char *string_target);

/* What is on screen */

/* The texts of every label that is mapped, in widget order. */
GPtrArray  *window_test_visible_texts    (GtkWidget  *root);
/* Whether a mapped label's text contains @text. */
gboolean    window_test_shows_text       (GtkWidget  *root,
                                          const char *text);
/* The mapped label whose text is exactly @text, or NULL. */
GtkLabel   *window_test_find_label       (GtkWidget  *root,
                                          const char *text);
/* A mapped widget of @type whose accessible label is @label, or NULL. */
GtkWidget  *window_test_find_accessible  (GtkWidget  *root,
                                          GType       type,
                                          const char *label);
/* The first mapped widget of @type, or NULL. */
GtkWidget  *window_test_find_mapped      (GtkWidget  *root,
                                          GType       type);
/* The text of the first label in the selected row of @list, or NULL. */
char       *window_test_dup_selected_row_text (GtkListBox *list);
/* The number of rows of @list that are selected. */
guint       window_test_count_selected_rows (GtkListBox *list);
/* The ids of the reforms that the visible list of reforms holds, in
 * order. */
GPtrArray  *window_test_dup_listed_reforms (RexWindow *window);
/* The visible list of reforms. */
GtkListView *window_test_find_reform_list (RexWindow *window);

G_END_DECLS
