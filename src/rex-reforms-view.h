/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "rex-core.h"

G_BEGIN_DECLS

#define REX_TYPE_REFORMS_VIEW (rex_reforms_view_get_type ())

/* The Reforms view: the sidebar, the programme overview, and the list of
 * reforms beside the reform being read. It implements RexPage for the
 * part that is on screen. The window's actions call the show_*()
 * functions; nothing else changes what it shows. */
G_DECLARE_FINAL_TYPE (RexReformsView, rex_reforms_view, REX, REFORMS_VIEW, GtkWidget)

void          rex_reforms_view_set_catalogue (RexReformsView *self,
                                              RexCatalogue   *catalogue);
void          rex_reforms_view_show_overview (RexReformsView *self);
/* "" for all reforms. FALSE when the dataset has no such category. */
gboolean      rex_reforms_view_show_category (RexReformsView *self,
                                              const char     *category_id);
/* "" for any status. */
gboolean      rex_reforms_view_show_status   (RexReformsView *self,
                                              const char     *status_id);
gboolean      rex_reforms_view_show_reform   (RexReformsView *self,
                                              const char     *reform_id);
/* REX_SCOPE_OVERVIEW, REX_SCOPE_ALL or a category id. */
const char   *rex_reforms_view_get_scope     (RexReformsView *self);
/* The status id of the filter, "" for any. */
const char   *rex_reforms_view_get_status    (RexReformsView *self);
/* The reform being read, or NULL. */
RexReform    *rex_reforms_view_get_reform    (RexReformsView *self);
/* "programme", "status" or "date". */
void          rex_reforms_view_set_sort_order (RexReformsView *self,
                                               const char     *order);
void          rex_reforms_view_start_search  (RexReformsView *self);
/* Back one step of a narrow layout: detail → list → sidebar. FALSE when
 * there is nowhere to go back to. */
gboolean      rex_reforms_view_go_back       (RexReformsView *self);
gboolean      rex_reforms_view_get_can_go_back (RexReformsView *self);
/* Closes a sidebar that covers the content and moves focus into it. */
void          rex_reforms_view_enter_content (RexReformsView *self);
void          rex_reforms_view_toggle_sidebar (RexReformsView *self);

G_END_DECLS
