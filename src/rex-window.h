/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "rex-application.h"
#include "rex-core.h"
#include "rex-page.h"
#include "rex-reforms-view.h"
#include "rex-regions-view.h"

G_BEGIN_DECLS

#define REX_TYPE_WINDOW (rex_window_get_type ())

/* The main window: a shell over two views, Reforms and Regions. Every
 * way of moving around (the sidebar, links in pages, the command line,
 * the map, tests) goes through its actions:
 *
 *   win.show-overview, win.show-category(s), win.show-status(s),
 *   win.show-reform(s), win.show-region(s), win.show-view(s)
 *
 * whose functions below also say whether the id was known. */
G_DECLARE_FINAL_TYPE (RexWindow, rex_window, REX, WINDOW, AdwApplicationWindow)

RexWindow      *rex_window_new            (RexApplication *application);
void            rex_window_open_dataset   (RexWindow      *self,
                                           GFile          *file,
                                           const char     *category_id,
                                           const char     *reform_id);
void            rex_window_cancel_loading (RexWindow      *self);
/* Goes back to the dataset that comes with the app. */
void            rex_window_open_bundled   (RexWindow      *self);
/* Shows a dataset already loaded; @file is NULL for the bundled one. */
void            rex_window_show_dataset   (RexWindow      *self,
                                           RexCatalogue   *catalogue,
                                           GFile          *file);
GFile          *rex_window_get_file       (RexWindow      *self);
void            rex_window_show_overview  (RexWindow      *self);
gboolean        rex_window_show_category  (RexWindow      *self,
                                           const char     *category_id);
gboolean        rex_window_show_status    (RexWindow      *self,
                                           const char     *status_id);
gboolean        rex_window_show_reform    (RexWindow      *self,
                                           const char     *reform_id);
gboolean        rex_window_show_region    (RexWindow      *self,
                                           const char     *region_id);
/* "reforms" or "regions". */
gboolean        rex_window_show_view      (RexWindow      *self,
                                           const char     *view);
const char     *rex_window_get_view       (RexWindow      *self);
void            rex_window_show_toast     (RexWindow      *self,
                                           const char     *text);

RexCatalogue   *rex_window_get_catalogue  (RexWindow      *self);
/* TRUE while a dataset file is being loaded. */
gboolean        rex_window_get_busy       (RexWindow      *self);
/* Loads not finished yet, including those overtaken or cancelled whose
 * thread is still winding down. */
guint           rex_window_get_pending_loads (RexWindow   *self);
/* TRUE when the bundled dataset is open. */
gboolean        rex_window_get_bundled    (RexWindow      *self);
/* The reform being read in the Reforms view, or NULL. */
RexReform      *rex_window_get_reform     (RexWindow      *self);
/* The view on screen, as a page: its title, subtitle and copy text. */
RexPage        *rex_window_get_visible_page (RexWindow    *self);
RexReformsView *rex_window_get_reforms_view (RexWindow    *self);
RexRegionsView *rex_window_get_regions_view (RexWindow    *self);

/* rex-window-actions.c: the window's actions, and the one place that
 * decides which of them are enabled. */
void            rex_window_class_add_actions (GtkWidgetClass *widget_class);
void            rex_window_add_map_actions   (RexWindow      *self);
void            rex_window_update_actions    (RexWindow      *self);

G_END_DECLS
