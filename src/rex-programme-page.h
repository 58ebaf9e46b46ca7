/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "rex-core.h"

G_BEGIN_DECLS

#define REX_TYPE_PROGRAMME_PAGE (rex_programme_page_get_type ())

/* The programme as a whole. Its group and status rows activate
 * "win.show-category" and "win.show-status" with the id as target. */
G_DECLARE_FINAL_TYPE (RexProgrammePage, rex_programme_page, REX, PROGRAMME_PAGE, GtkWidget)

RexCatalogue *rex_programme_page_get_catalogue (RexProgrammePage *self);
void          rex_programme_page_set_catalogue (RexProgrammePage *self,
                                                RexCatalogue     *catalogue);
void          rex_programme_page_focus_start   (RexProgrammePage *self);

G_END_DECLS
