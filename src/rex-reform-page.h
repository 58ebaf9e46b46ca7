/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "rex-core.h"

G_BEGIN_DECLS

#define REX_TYPE_REFORM_PAGE (rex_reform_page_get_type ())

G_DECLARE_FINAL_TYPE (RexReformPage, rex_reform_page, REX, REFORM_PAGE, GtkWidget)

RexReform *rex_reform_page_get_reform  (RexReformPage *self);
void       rex_reform_page_set_reform  (RexReformPage *self,
                                        RexReform     *reform);
/* Moves keyboard focus to the start of the page. */
void       rex_reform_page_focus_start (RexReformPage *self);

G_END_DECLS
