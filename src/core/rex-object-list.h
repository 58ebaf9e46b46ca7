/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define REX_TYPE_OBJECT_LIST (rex_object_list_get_type ())

/* A fixed list over an array: lighter than GListStore, which keeps a
 * GSequence node per item, and able to hold its items without owning
 * them, which back references (region → reforms) need to avoid cycles. */
G_DECLARE_FINAL_TYPE (RexObjectList, rex_object_list, REX, OBJECT_LIST, GObject)

/* Takes @items (may be NULL for an empty list). When @owned, the list
 * unrefs the items when it goes; otherwise whoever owns them must call
 * rex_object_list_clear() before they go. */
RexObjectList *rex_object_list_new      (GType          item_type,
                                         GPtrArray     *items,
                                         gboolean       owned);
/* Unowned item @position, for code inside the library that loops. */
gpointer       rex_object_list_peek     (RexObjectList *self,
                                         guint          position);
guint          rex_object_list_get_size (RexObjectList *self);
void           rex_object_list_append_unowned (RexObjectList *self,
                                         gpointer       item);
void           rex_object_list_clear    (RexObjectList *self);

G_END_DECLS
