/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "rex-core.h"

G_BEGIN_DECLS

#define REX_TYPE_REGION_PAGE (rex_region_page_get_type ())

/* Everything known about one region: its names, centre, size, how it was
 * formed, the reforms that concern it and the votes with figures for it.
 * Implements RexPage. Links on the page activate "win.show-region" and
 * "win.show-reform" with the id as target, and a vote's button
 * "win.map-mode" with the mode that shows its turnout. */
G_DECLARE_FINAL_TYPE (RexRegionPage, rex_region_page, REX, REGION_PAGE, GtkWidget)

GtkWidget *rex_region_page_new              (void);
RexRegion *rex_region_page_get_region       (RexRegionPage *self);
void       rex_region_page_set_region       (RexRegionPage *self,
                                             RexRegion     *region);
/* An empty box near the top of the page for a small locator map. It is
 * hidden while it has no child; append one and it shows. */
GtkWidget *rex_region_page_get_locator_slot (RexRegionPage *self);

G_END_DECLS
