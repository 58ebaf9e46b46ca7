/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define REX_TYPE_STAGED_LIST (rex_staged_list_get_type ())

G_DECLARE_FINAL_TYPE (RexStagedList, rex_staged_list, REX, STAGED_LIST, GObject)

RexStagedList *rex_staged_list_new        (GListModel    *model);
GListModel    *rex_staged_list_get_model  (RexStagedList *self);
void           rex_staged_list_set_model  (RexStagedList *self,
                                           GListModel    *model);
void           rex_staged_list_set_widget (RexStagedList *self,
                                           GtkWidget     *widget);
gboolean       rex_staged_list_get_pending (RexStagedList *self);
void           rex_staged_list_flush      (RexStagedList *self);

G_END_DECLS
