/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define REX_TYPE_SIDEBAR_ROW (rex_sidebar_row_get_type ())

G_DECLARE_FINAL_TYPE (RexSidebarRow, rex_sidebar_row, REX, SIDEBAR_ROW, GtkListBoxRow)

/* @id names what the row selects (a category or status id; "" for all). */
GtkWidget  *rex_sidebar_row_new       (const char    *id,
                                       const char    *title,
                                       const char    *icon_name);
const char *rex_sidebar_row_get_id    (RexSidebarRow *self);
const char *rex_sidebar_row_get_title (RexSidebarRow *self);
guint       rex_sidebar_row_get_count (RexSidebarRow *self);
void        rex_sidebar_row_set_count (RexSidebarRow *self,
                                       guint          count);
/* For rows that lead to a page rather than to a list of reforms. */
void        rex_sidebar_row_set_show_count (RexSidebarRow *self,
                                            gboolean       show_count);

G_END_DECLS
