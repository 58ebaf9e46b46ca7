/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "rex-core.h"

G_BEGIN_DECLS

/* Scopes the sidebar can show; anything else is a category id. */
#define REX_SCOPE_OVERVIEW "#overview"
#define REX_SCOPE_ALL      ""

#define REX_TYPE_SIDEBAR (rex_sidebar_get_type ())

/* The Reforms view's sidebar: where to look (the overview, all reforms or
 * one group) as one selected row, and which status to show as a radio
 * choice that follows the stateful action win.show-status. It never
 * decides what is shown: choosing a row activates win.show-overview or
 * win.show-category, and the window tells it back with set_scope(). */
G_DECLARE_FINAL_TYPE (RexSidebar, rex_sidebar, REX, SIDEBAR, GtkWidget)

void        rex_sidebar_set_catalogue (RexSidebar   *self,
                                       RexCatalogue *catalogue);
const char *rex_sidebar_get_scope     (RexSidebar   *self);
void        rex_sidebar_set_scope     (RexSidebar   *self,
                                       const char   *scope);
/* @category_counts has one entry per category of the catalogue, in its
 * order; @status_counts one per RexStatus. */
void        rex_sidebar_set_counts    (RexSidebar   *self,
                                       guint         all_count,
                                       const guint  *category_counts,
                                       guint         any_status_count,
                                       const guint  *status_counts);
/* The title of the selected row, as a reader sees it. */
const char *rex_sidebar_get_selected_title (RexSidebar *self);
/* Moves keyboard focus to the selected row. */
void        rex_sidebar_focus_selected (RexSidebar  *self);

G_END_DECLS
