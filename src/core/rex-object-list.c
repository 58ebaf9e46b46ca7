/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "rex-object-list.h"

struct _RexObjectList
{
  GObject    parent_instance;

  GType      item_type;
  GPtrArray *items;
  guint      owned : 1;
};

static GType
rex_object_list_get_item_type (GListModel *model)
{
  return REX_OBJECT_LIST (model)->item_type;
}

static guint
rex_object_list_get_n_items (GListModel *model)
{
  RexObjectList *self = REX_OBJECT_LIST (model);

  return self->items != NULL ? self->items->len : 0;
}

static gpointer
rex_object_list_get_item (GListModel *model,
                          guint       position)
{
  RexObjectList *self = REX_OBJECT_LIST (model);

  if (self->items == NULL || position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = rex_object_list_get_item_type;
  iface->get_n_items = rex_object_list_get_n_items;
  iface->get_item = rex_object_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (RexObjectList, rex_object_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
rex_object_list_finalize (GObject *object)
{
  RexObjectList *self = REX_OBJECT_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (rex_object_list_parent_class)->finalize (object);
}

static void
rex_object_list_class_init (RexObjectListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rex_object_list_finalize;
}

static void
rex_object_list_init (RexObjectList *self)
{
}

RexObjectList *
rex_object_list_new (GType      item_type,
                     GPtrArray *items,
                     gboolean   owned)
{
  RexObjectList *self;

  self = g_object_new (REX_TYPE_OBJECT_LIST, NULL);
  self->item_type = item_type;
  self->owned = !!owned;
  if (items != NULL && items->len > 0)
    {
      self->items = items;
      if (owned)
        g_ptr_array_set_free_func (items, g_object_unref);
    }
  else if (items != NULL)
    {
      g_ptr_array_unref (items);
    }

  return self;
}

gpointer
rex_object_list_peek (RexObjectList *self,
                      guint          position)
{
  g_return_val_if_fail (REX_IS_OBJECT_LIST (self), NULL);

  if (self->items == NULL || position >= self->items->len)
    return NULL;

  return g_ptr_array_index (self->items, position);
}

guint
rex_object_list_get_size (RexObjectList *self)
{
  g_return_val_if_fail (REX_IS_OBJECT_LIST (self), 0);

  return self->items != NULL ? self->items->len : 0;
}

/* Only used while a catalogue is being built, before anyone can watch
 * the list, so no items-changed. */
void
rex_object_list_append_unowned (RexObjectList *self,
                                gpointer       item)
{
  g_return_if_fail (REX_IS_OBJECT_LIST (self));
  g_return_if_fail (!self->owned);

  if (self->items == NULL)
    self->items = g_ptr_array_new ();
  g_ptr_array_add (self->items, item);
}

void
rex_object_list_clear (RexObjectList *self)
{
  guint n;

  g_return_if_fail (REX_IS_OBJECT_LIST (self));

  n = self->items != NULL ? self->items->len : 0;
  if (n == 0)
    return;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, n, 0);
}
