/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "rex-core.h"

G_BEGIN_DECLS

#define REX_TYPE_REFORM_ROW (rex_reform_row_get_type ())

G_DECLARE_FINAL_TYPE (RexReformRow, rex_reform_row, REX, REFORM_ROW, GtkWidget)

GtkWidget *rex_reform_row_new        (void);
RexReform *rex_reform_row_get_reform (RexReformRow *self);
/* Whether the row shows the date of the reform's latest milestone. */
void       rex_reform_row_set_show_date (RexReformRow *self,
                                         gboolean      show_date);
void       rex_reform_row_set_reform (RexReformRow *self,
                                      RexReform    *reform);

G_END_DECLS
