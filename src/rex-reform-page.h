/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "rex-core.h"

G_BEGIN_DECLS

#define REX_TYPE_REFORM_PAGE (rex_reform_page_get_type ())

/* One reform. Implements RexPage: its copy text is the reform's citation.
 * The names in its regions line activate "win.show-region" with the
 * region's id as target. */
G_DECLARE_FINAL_TYPE (RexReformPage, rex_reform_page, REX, REFORM_PAGE, GtkWidget)

RexReform     *rex_reform_page_get_reform          (RexReformPage *self);
void           rex_reform_page_set_reform          (RexReformPage *self,
                                                    RexReform     *reform);
/* The date the dataset describes ("as-of"), which ends the copied
 * citation; NULL leaves that line out. */
const RexDate *rex_reform_page_get_as_of           (RexReformPage *self);
void           rex_reform_page_set_as_of           (RexReformPage *self,
                                                    const RexDate *as_of);
/* Whether the page's big title is scrolled into view ("heading-visible");
 * while it is not, a compact title bar shows at the top of the page. */
gboolean       rex_reform_page_get_heading_visible (RexReformPage *self);
/* Moves keyboard focus to the start of the page. */
void           rex_reform_page_focus_start         (RexReformPage *self);

G_END_DECLS
