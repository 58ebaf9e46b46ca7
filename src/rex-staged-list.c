/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "rex-staged-list.h"

/* A list that follows another one a few rows per frame.
 *
 * GtkListView (GTK 4.8) keeps a widget for up to 200 rows from the top of
 * what it shows, visible or not, and builds, binds and measures the
 * widget of every row that changes at once. When a search replaces
 * thousands of rows, that is 200 rows of text shaped in one frame: a
 * stall of hundreds of milliseconds. This list passes the change on in
 * steps instead: at most a few rows near the top per frame, from the
 * top down, so the rows on screen are right first; everything below the
 * rows the list view keeps widgets for changes in one step, as it costs
 * the view almost nothing.
 *
 * Between steps it is an honest list model, only behind its source:
 * "pending" says so, and rex_staged_list_flush() catches up at once. A
 * change that touches few rows is passed on whole, so small lists follow
 * their source at once, as a plain model would. */

/* Rows from the top within which the list view keeps widgets: GTK 4.8
 * keeps 200 and 2 more from the row it is anchored at, here the first. */
#define WINDOW 208
/* Rows of that window given a new item per step: each costs building or
 * binding a row and shaping its text. */
#define ROWS_PER_STEP 4
/* A change of up to this many rows is passed on at once: small lists
 * (the bundled programme has 20 reforms) follow their source at once. */
#define SMALL_CHANGE 32

/* While the list is behind its source (target is set), it holds the
 * first items of target in place, then what is left of the rows it held
 * in the window. It changes one row at a time, so that the list view
 * keeps the widgets of every other row as they are, and it never holds
 * the same item twice, which the list view could not follow. */
struct _RexStagedList
{
  GObject     parent_instance;

  GListModel *model;
  GPtrArray  *items;    /* what this list holds */
  GPtrArray  *target;   /* what the source holds, while this list is behind */
  GHashTable *wanted;   /* the items of target within the window */
  guint       placed;   /* items of target in place at the top */
  GtkWidget  *widget;   /* weak: whose frame clock paces the steps */
  guint       tick_id;
};

static void rex_staged_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RexStagedList, rex_staged_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, rex_staged_list_model_init))

enum {
  PROP_0,
  PROP_MODEL,
  PROP_PENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GListModel */

static GType
rex_staged_list_get_item_type (GListModel *list)
{
  RexStagedList *self = REX_STAGED_LIST (list);

  return self->model != NULL ? g_list_model_get_item_type (self->model) : G_TYPE_OBJECT;
}

static guint
rex_staged_list_get_n_items (GListModel *list)
{
  return REX_STAGED_LIST (list)->items->len;
}

static gpointer
rex_staged_list_get_item (GListModel *list,
                          guint       position)
{
  RexStagedList *self = REX_STAGED_LIST (list);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
rex_staged_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = rex_staged_list_get_item_type;
  iface->get_n_items = rex_staged_list_get_n_items;
  iface->get_item = rex_staged_list_get_item;
}

/* Steps */

/* Holds @items from now on, and says what changed: one range, without
 * what the two lists have in common at either end. */
static void
take_items (RexStagedList *self,
            GPtrArray     *items)
{
  GPtrArray *old = self->items;
  guint start = 0, end_old = old->len, end_new = items->len;

  while (start < end_old && start < end_new &&
         g_ptr_array_index (old, start) == g_ptr_array_index (items, start))
    start++;
  while (end_old > start && end_new > start &&
         g_ptr_array_index (old, end_old - 1) == g_ptr_array_index (items, end_new - 1))
    end_old--, end_new--;

  self->items = items;
  if (end_old > start || end_new > start)
    g_list_model_items_changed (G_LIST_MODEL (self), start, end_old - start, end_new - start);
  g_ptr_array_unref (old);
}

static void
remove_range (RexStagedList *self,
              guint          position,
              guint          n)
{
  if (n == 0)
    return;

  g_ptr_array_remove_range (self->items, position, n);
  g_list_model_items_changed (G_LIST_MODEL (self), position, n, 0);
}

static void
insert (RexStagedList *self,
        guint          position,
        gpointer       item)
{
  g_ptr_array_insert (self->items, position, g_object_ref (item));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
}

static void
set_pending (RexStagedList *self,
             GPtrArray     *target)
{
  gboolean was_pending = self->target != NULL;

  if (self->target != target)
    g_clear_pointer (&self->target, g_ptr_array_unref);
  self->target = target;
  g_clear_pointer (&self->wanted, g_hash_table_unref);
  self->placed = 0;

  if (self->target != NULL)
    {
      self->wanted = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < target->len && i < WINDOW; i++)
        g_hash_table_add (self->wanted, g_ptr_array_index (target, i));

      /* What is held below the window has no widget: it goes at once. */
      if (self->items->len > WINDOW)
        remove_range (self, WINDOW, self->items->len - WINDOW);
    }
  else if (self->tick_id != 0)
    {
      if (self->widget != NULL)
        gtk_widget_remove_tick_callback (self->widget, self->tick_id);
      self->tick_id = 0;
    }

  if (was_pending != (self->target != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
}

/* Changes a few rows towards the source, from the top down; returns
 * whether there is more to do. */
static gboolean
step (RexStagedList *self)
{
  g_autoptr(GPtrArray) target = NULL;
  guint head, budget = ROWS_PER_STEP, p;

  if (self->target == NULL)
    return FALSE;

  /* Whoever hears of a change may make this list catch up at once (and
   * let go of target): look again after each. */
  target = g_ptr_array_ref (self->target);
  head = MIN (target->len, WINDOW);
  p = self->placed;
  while (p < head && budget > 0)
    {
      gpointer want = g_ptr_array_index (target, p);
      guint found;

      if (p < self->items->len && g_ptr_array_index (self->items, p) == want)
        {
          p++;
          continue;
        }

      /* A row the window will not hold goes; one it will hold later
       * stays where it is until its turn. */
      if (p < self->items->len &&
          !g_hash_table_contains (self->wanted, g_ptr_array_index (self->items, p)))
        {
          remove_range (self, p, 1);
        }
      else
        {
          if (g_ptr_array_find (self->items, want, &found))
            remove_range (self, found, 1);
          if (self->target != target)
            break;
          insert (self, p, want);
          p++;
        }
      if (self->target != target)
        break;
      budget--;
    }
  if (self->target != target)
    return self->target != NULL;
  self->placed = p;
  if (p < head)
    return TRUE;

  /* What is left of the old rows goes from the last up, so that no row
   * moves into the window to be built only to go. */
  if (self->items->len > p)
    {
      guint end = MIN (self->items->len, WINDOW);
      guint from = MAX (p, end > 4 * ROWS_PER_STEP ? end - 4 * ROWS_PER_STEP : 0);

      remove_range (self, from, self->items->len - from);
      if (self->target != target)
        return self->target != NULL;
      if (from > p)
        return TRUE;
    }

  /* Then the rest of target, below the window, at once. */
  take_items (self, g_ptr_array_ref (target));
  set_pending (self, NULL);

  return FALSE;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  RexStagedList *self = data;

  if (step (self))
    return G_SOURCE_CONTINUE;

  self->tick_id = 0;
  return G_SOURCE_REMOVE;
}

void
rex_staged_list_flush (RexStagedList *self)
{
  GPtrArray *target;

  g_return_if_fail (REX_IS_STAGED_LIST (self));

  if (self->target == NULL)
    return;

  /* The items first, then the news that they are in place. */
  target = g_ptr_array_ref (self->target);
  take_items (self, target);
  set_pending (self, NULL);
}

static gboolean
can_pace (RexStagedList *self)
{
  return self->widget != NULL && gtk_widget_get_mapped (self->widget);
}

static void
source_items_changed_cb (GListModel    *model,
                         guint          position,
                         guint          removed,
                         guint          added,
                         RexStagedList *self)
{
  GPtrArray *target = g_ptr_array_new_full (g_list_model_get_n_items (model), g_object_unref);
  GPtrArray *old = self->target != NULL ? self->target : self->items;

  for (guint i = 0; i < position; i++)
    g_ptr_array_add (target, g_object_ref (g_ptr_array_index (old, i)));
  for (guint i = 0; i < added; i++)
    g_ptr_array_add (target, g_list_model_get_item (model, position + i));
  for (guint i = position + removed; i < old->len; i++)
    g_ptr_array_add (target, g_object_ref (g_ptr_array_index (old, i)));

  /* A change within one step's worth of rows is passed on whole. */
  if (!can_pace (self) || MIN (position, WINDOW) + MAX (removed, added) <= SMALL_CHANGE)
    {
      set_pending (self, NULL);
      take_items (self, target);
      return;
    }

  set_pending (self, target);
  /* The first step now, for the coming frame; the rest in the next ones. */
  if (step (self) && self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (self->widget, tick_cb, self, NULL);
}

/* Public */

RexStagedList *
rex_staged_list_new (GListModel *model)
{
  return g_object_new (REX_TYPE_STAGED_LIST, "model", model, NULL);
}

GListModel *
rex_staged_list_get_model (RexStagedList *self)
{
  g_return_val_if_fail (REX_IS_STAGED_LIST (self), NULL);

  return self->model;
}

void
rex_staged_list_set_model (RexStagedList *self,
                           GListModel    *model)
{
  guint removed;

  g_return_if_fail (REX_IS_STAGED_LIST (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->model, source_items_changed_cb, self);
      g_clear_object (&self->model);
    }
  set_pending (self, NULL);

  removed = self->items->len;
  g_ptr_array_set_size (self->items, 0);

  if (model != NULL)
    {
      self->model = g_object_ref (model);
      g_signal_connect (model, "items-changed", G_CALLBACK (source_items_changed_cb), self);
      for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
        g_ptr_array_add (self->items, g_list_model_get_item (model, i));
    }

  if (removed > 0 || self->items->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

static void
widget_destroyed_cb (gpointer  data,
                     GObject  *where)
{
  RexStagedList *self = data;

  self->widget = NULL;
  self->tick_id = 0;
  rex_staged_list_flush (self);
}

/* The widget whose frames pace the steps, normally the list view
 * showing this list. Without one, or while it is not mapped, the list
 * follows its source at once. */
void
rex_staged_list_set_widget (RexStagedList *self,
                            GtkWidget     *widget)
{
  g_return_if_fail (REX_IS_STAGED_LIST (self));
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));

  if (self->widget == widget)
    return;

  rex_staged_list_flush (self);
  if (self->widget != NULL)
    g_object_weak_unref (G_OBJECT (self->widget), widget_destroyed_cb, self);
  self->widget = widget;
  if (self->widget != NULL)
    g_object_weak_ref (G_OBJECT (self->widget), widget_destroyed_cb, self);
}

gboolean
rex_staged_list_get_pending (RexStagedList *self)
{
  g_return_val_if_fail (REX_IS_STAGED_LIST (self), FALSE);

  return self->target != NULL;
}

/* GObject */

static void
rex_staged_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RexStagedList *self = REX_STAGED_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_PENDING:
      g_value_set_boolean (value, self->target != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_staged_list_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RexStagedList *self = REX_STAGED_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      rex_staged_list_set_model (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_staged_list_dispose (GObject *object)
{
  RexStagedList *self = REX_STAGED_LIST (object);

  if (self->widget != NULL)
    {
      if (self->tick_id != 0)
        gtk_widget_remove_tick_callback (self->widget, self->tick_id);
      g_object_weak_unref (G_OBJECT (self->widget), widget_destroyed_cb, self);
      self->widget = NULL;
    }
  self->tick_id = 0;
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, source_items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->target, g_ptr_array_unref);
  g_clear_pointer (&self->wanted, g_hash_table_unref);

  G_OBJECT_CLASS (rex_staged_list_parent_class)->dispose (object);
}

static void
rex_staged_list_finalize (GObject *object)
{
  RexStagedList *self = REX_STAGED_LIST (object);

  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (rex_staged_list_parent_class)->finalize (object);
}

static void
rex_staged_list_class_init (RexStagedListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = rex_staged_list_get_property;
  object_class->set_property = rex_staged_list_set_property;
  object_class->dispose = rex_staged_list_dispose;
  object_class->finalize = rex_staged_list_finalize;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PENDING] =
    g_param_spec_boolean ("pending", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rex_staged_list_init (RexStagedList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}
