/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "rex-core.h"

G_BEGIN_DECLS

#define REX_TYPE_STATUS_BADGE (rex_status_badge_get_type ())

G_DECLARE_FINAL_TYPE (RexStatusBadge, rex_status_badge, REX, STATUS_BADGE, GtkWidget)

GtkWidget  *rex_status_badge_new           (void);
RexStatus   rex_status_badge_get_status    (RexStatusBadge *self);
void        rex_status_badge_set_status    (RexStatusBadge *self,
                                            RexStatus       status);
gboolean    rex_status_badge_get_uncertain (RexStatusBadge *self);
void        rex_status_badge_set_uncertain (RexStatusBadge *self,
                                            gboolean        uncertain);
const char *rex_status_badge_get_text      (RexStatusBadge *self);

G_END_DECLS
