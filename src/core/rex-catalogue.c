/* SPDX-License-Identifier: GPL-3.0-or-later */
/* open() flags and fstat() are POSIX, not C11. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rex-catalogue.h"
#include "rex-data-resources.h"
#include "rex-json-check.h"
#include "rex-loader.h"
#include "rex-text.h"

struct _RexCatalogue
{
  GObject        parent_instance;

  char          *display_name;
  RexProgramme  *programme;
  RexObjectList *sources;
  RexObjectList *categories;
  RexObjectList *reforms;
  RexObjectList *regions;
  RexObjectList *results;
  /* One list of reforms per category, by category position. */
  GPtrArray     *category_reforms;
  GHashTable    *source_table;
  GHashTable    *category_table;
  GHashTable    *reform_table;
  GHashTable    *region_table;
  GHashTable    *result_table;
  guint          status_counts[REX_N_STATUSES];
  guint          n_milestones;
  RexDate        as_of;
};

G_DEFINE_FINAL_TYPE (RexCatalogue, rex_catalogue, G_TYPE_OBJECT)

/* Dataset errors carry what a single message cannot: where in the JSON
 * tree a problem is, and, for a load that failed with several problems,
 * all of them, so that a dialog can list every one. */
typedef struct
{
  char      *path;
  GPtrArray *problems;
} RexDatasetErrorPrivate;

static void
rex_dataset_error_private_init (RexDatasetErrorPrivate *priv)
{
}

static void
rex_dataset_error_private_copy (const RexDatasetErrorPrivate *src,
                                RexDatasetErrorPrivate       *dest)
{
  dest->path = g_strdup (src->path);
  dest->problems = src->problems != NULL ? g_ptr_array_ref (src->problems) : NULL;
}

static void
rex_dataset_error_private_clear (RexDatasetErrorPrivate *priv)
{
  g_clear_pointer (&priv->path, g_free);
  g_clear_pointer (&priv->problems, g_ptr_array_unref);
}

G_DEFINE_EXTENDED_ERROR (RexDatasetError, rex_dataset_error)

void
rex_dataset_error_set_path (GError     *error,
                            const char *path)
{
  RexDatasetErrorPrivate *priv = rex_dataset_error_get_private (error);

  g_return_if_fail (priv != NULL);

  g_free (priv->path);
  priv->path = g_strdup (path);
}

const char *
rex_dataset_error_get_path (const GError *error)
{
  RexDatasetErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, NULL);

  priv = rex_dataset_error_get_private (error);

  return priv != NULL ? priv->path : NULL;
}

guint
rex_dataset_error_get_n_problems (const GError *error)
{
  RexDatasetErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, 0);

  priv = rex_dataset_error_get_private (error);
  if (priv != NULL && priv->problems != NULL)
    return priv->problems->len;

  return 1;
}

const GError *
rex_dataset_error_get_problem (const GError *error,
                               guint         index)
{
  RexDatasetErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, NULL);
  g_return_val_if_fail (index < rex_dataset_error_get_n_problems (error), NULL);

  priv = rex_dataset_error_get_private (error);
  if (priv != NULL && priv->problems != NULL)
    return g_ptr_array_index (priv->problems, index);

  return error;
}

static gboolean
is_not_a_dataset (const GError *problem)
{
  const char *path = rex_dataset_error_get_path (problem);

  if (g_error_matches (problem, REX_DATASET_ERROR, REX_DATASET_ERROR_UNSUPPORTED_FORMAT) ||
      g_error_matches (problem, REX_DATASET_ERROR, REX_DATASET_ERROR_TOO_LARGE))
    return TRUE;

  /* The root is not an object, or it does not declare the format: not
   * a damaged dataset but something else altogether. */
  return path != NULL && (path[0] == '\0' || g_str_equal (path, "format"));
}

RexDatasetFault
rex_dataset_error_get_fault (const GError *error)
{
  guint n;

  g_return_val_if_fail (error != NULL, REX_DATASET_FAULT_INVALID);

  if (error->domain != REX_DATASET_ERROR)
    return REX_DATASET_FAULT_UNREADABLE;

  n = rex_dataset_error_get_n_problems (error);
  for (guint i = 0; i < n; i++)
    if (is_not_a_dataset (rex_dataset_error_get_problem (error, i)))
      return REX_DATASET_FAULT_NOT_DATASET;

  switch ((RexDatasetError) error->code)
    {
    case REX_DATASET_ERROR_IO:
    case REX_DATASET_ERROR_NOT_REGULAR_FILE:
      return REX_DATASET_FAULT_UNREADABLE;

    case REX_DATASET_ERROR_EMPTY:
    case REX_DATASET_ERROR_INVALID_UTF8:
    case REX_DATASET_ERROR_PARSE:
    case REX_DATASET_ERROR_TOO_DEEP:
      return REX_DATASET_FAULT_DAMAGED;

    case REX_DATASET_ERROR_TOO_LARGE:
    case REX_DATASET_ERROR_UNSUPPORTED_FORMAT:
      return REX_DATASET_FAULT_NOT_DATASET;

    case REX_DATASET_ERROR_MISSING_MEMBER:
    case REX_DATASET_ERROR_WRONG_TYPE:
    case REX_DATASET_ERROR_UNKNOWN_MEMBER:
    case REX_DATASET_ERROR_INVALID_VALUE:
    case REX_DATASET_ERROR_DUPLICATE_ID:
    case REX_DATASET_ERROR_DANGLING_REFERENCE:
    case REX_DATASET_ERROR_DUPLICATE_MEMBER:
    default:
      return REX_DATASET_FAULT_INVALID;
    }
}

enum {
  PROP_0,
  PROP_DISPLAY_NAME,
  PROP_PROGRAMME,
  PROP_AS_OF,
  PROP_CATEGORIES,
  PROP_REFORMS,
  PROP_REGIONS,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GType
rex_dataset_error_get_type (void)
{
  static gsize type_id;
  static const GEnumValue values[] = {
    { REX_DATASET_ERROR_IO, "REX_DATASET_ERROR_IO", "io" },
    { REX_DATASET_ERROR_EMPTY, "REX_DATASET_ERROR_EMPTY", "empty" },
    { REX_DATASET_ERROR_TOO_LARGE, "REX_DATASET_ERROR_TOO_LARGE", "too-large" },
    { REX_DATASET_ERROR_INVALID_UTF8, "REX_DATASET_ERROR_INVALID_UTF8", "invalid-utf8" },
    { REX_DATASET_ERROR_PARSE, "REX_DATASET_ERROR_PARSE", "parse" },
    { REX_DATASET_ERROR_TOO_DEEP, "REX_DATASET_ERROR_TOO_DEEP", "too-deep" },
    { REX_DATASET_ERROR_MISSING_MEMBER, "REX_DATASET_ERROR_MISSING_MEMBER", "missing-member" },
    { REX_DATASET_ERROR_WRONG_TYPE, "REX_DATASET_ERROR_WRONG_TYPE", "wrong-type" },
    { REX_DATASET_ERROR_UNKNOWN_MEMBER, "REX_DATASET_ERROR_UNKNOWN_MEMBER", "unknown-member" },
    { REX_DATASET_ERROR_INVALID_VALUE, "REX_DATASET_ERROR_INVALID_VALUE", "invalid-value" },
    { REX_DATASET_ERROR_DUPLICATE_ID, "REX_DATASET_ERROR_DUPLICATE_ID", "duplicate-id" },
    { REX_DATASET_ERROR_DANGLING_REFERENCE, "REX_DATASET_ERROR_DANGLING_REFERENCE", "dangling-reference" },
    { REX_DATASET_ERROR_UNSUPPORTED_FORMAT, "REX_DATASET_ERROR_UNSUPPORTED_FORMAT", "unsupported-format" },
    { REX_DATASET_ERROR_DUPLICATE_MEMBER, "REX_DATASET_ERROR_DUPLICATE_MEMBER", "duplicate-member" },
    { REX_DATASET_ERROR_NOT_REGULAR_FILE, "REX_DATASET_ERROR_NOT_REGULAR_FILE", "not-regular-file" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static ("RexDatasetError", values));

  return type_id;
}

static void
rex_catalogue_dispose (GObject *object)
{
  RexCatalogue *self = REX_CATALOGUE (object);

  /* Regions may be held by others after the catalogue goes: empty their
   * unowned back references first. */
  if (self->regions != NULL)
    {
      for (guint i = 0, n = rex_object_list_get_size (self->regions); i < n; i++)
        rex_region_detach (rex_object_list_peek (self->regions, i));
    }
  if (self->results != NULL)
    {
      for (guint i = 0, n = rex_object_list_get_size (self->results); i < n; i++)
        rex_result_detach (rex_object_list_peek (self->results, i));
    }

  G_OBJECT_CLASS (rex_catalogue_parent_class)->dispose (object);
}

static void
rex_catalogue_finalize (GObject *object)
{
  RexCatalogue *self = REX_CATALOGUE (object);

  g_clear_pointer (&self->source_table, g_hash_table_unref);
  g_clear_pointer (&self->category_table, g_hash_table_unref);
  g_clear_pointer (&self->reform_table, g_hash_table_unref);
  g_clear_pointer (&self->region_table, g_hash_table_unref);
  g_clear_pointer (&self->result_table, g_hash_table_unref);
  g_clear_pointer (&self->category_reforms, g_ptr_array_unref);
  g_clear_object (&self->programme);
  g_clear_object (&self->reforms);
  g_clear_object (&self->regions);
  g_clear_object (&self->results);
  g_clear_object (&self->categories);
  g_clear_object (&self->sources);
  g_free (self->display_name);

  G_OBJECT_CLASS (rex_catalogue_parent_class)->finalize (object);
}

static void
rex_catalogue_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RexCatalogue *self = REX_CATALOGUE (object);

  switch (prop_id)
    {
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;
    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;
    case PROP_AS_OF:
      g_value_set_boxed (value, &self->as_of);
      break;
    case PROP_CATEGORIES:
      g_value_set_object (value, self->categories);
      break;
    case PROP_REFORMS:
      g_value_set_object (value, self->reforms);
      break;
    case PROP_REGIONS:
      g_value_set_object (value, self->regions);
      break;
    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_catalogue_class_init (RexCatalogueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = rex_catalogue_dispose;
  object_class->finalize = rex_catalogue_finalize;
  object_class->get_property = rex_catalogue_get_property;

  properties[PROP_DISPLAY_NAME] = g_param_spec_string ("display-name", NULL, NULL, NULL, flags);
  properties[PROP_PROGRAMME] = g_param_spec_object ("programme", NULL, NULL, REX_TYPE_PROGRAMME, flags);
  properties[PROP_AS_OF] = g_param_spec_boxed ("as-of", NULL, NULL, REX_TYPE_DATE, flags);
  properties[PROP_CATEGORIES] = g_param_spec_object ("categories", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_REFORMS] = g_param_spec_object ("reforms", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_REGIONS] = g_param_spec_object ("regions", NULL, NULL, G_TYPE_LIST_MODEL, flags);
  properties[PROP_SOURCES] = g_param_spec_object ("sources", NULL, NULL, G_TYPE_LIST_MODEL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rex_catalogue_init (RexCatalogue *self)
{
}

/* Problems outside the JSON tree ------------------------------------------ */

/* “name: message”: the file name stays out of the translatable part. */
static GError *
problem_new_valist (RexDatasetError  code,
                    const char      *display_name,
                    const char      *format,
                    va_list          args) G_GNUC_PRINTF (3, 0);

static GError *
problem_new_valist (RexDatasetError  code,
                    const char      *display_name,
                    const char      *format,
                    va_list          args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  return g_error_new (REX_DATASET_ERROR, code, "%s: %s", display_name, message);
}

static GError *
problem_new (RexDatasetError  code,
             const char      *display_name,
             const char      *format,
             ...) G_GNUC_PRINTF (3, 4);

static GError *
problem_new (RexDatasetError  code,
             const char      *display_name,
             const char      *format,
             ...)
{
  GError *problem;
  va_list args;

  va_start (args, format);
  problem = problem_new_valist (code, display_name, format, args);
  va_end (args);

  return problem;
}

/* Building -------------------------------------------------------------- */

/* Finds where @id was first used among @items, for duplicate messages. */
static char *
describe_first_use (const char *array_name,
                    GPtrArray  *items,
                    const char *id)
{
  for (guint i = 0; i < items->len; i++)
    {
      GObject *item = g_ptr_array_index (items, i);

      if (REX_IS_REGION (item))
        {
          const char * const *aliases = rex_region_get_aliases (REX_REGION (item));

          if (g_strcmp0 (rex_region_get_id (REX_REGION (item)), id) == 0)
            return g_strdup_printf ("%s[%u]", array_name, i);
          for (guint j = 0; aliases != NULL && aliases[j] != NULL; j++)
            if (g_str_equal (aliases[j], id))
              return g_strdup_printf ("%s[%u].aliases[%u]", array_name, i, j);
        }
      else
        {
          g_autofree char *item_id = NULL;

          g_object_get (item, "id", &item_id, NULL);
          if (g_strcmp0 (item_id, id) == 0)
            return g_strdup_printf ("%s[%u]", array_name, i);
        }
    }

  return g_strdup (array_name);
}

typedef gpointer (*ReadItemFunc) (RexLoader *loader,
                                  JsonNode  *node,
                                  guint      position);
typedef const char *(*GetIdFunc) (gpointer item);

static gpointer
read_source (RexLoader *loader,
             JsonNode  *node,
             guint      position)
{
  return rex_source_new_from_json (loader, node);
}

static gpointer
read_region (RexLoader *loader,
             JsonNode  *node,
             guint      position)
{
  return rex_region_new_from_json (loader, node);
}

static gpointer
read_result (RexLoader *loader,
             JsonNode  *node,
             guint      position)
{
  return rex_result_new_from_json (loader, node);
}

static gboolean
register_id (RexLoader  *loader,
             GHashTable *table,
             const char *array_name,
             GPtrArray  *items,
             const char *id,
             const char *member,
             gpointer    item)
{
  if (id == NULL)
    return FALSE;

  if (g_hash_table_contains (table, id))
    {
      g_autofree char *first = describe_first_use (array_name, items, id);

      rex_loader_problem (loader, REX_DATASET_ERROR_DUPLICATE_ID, member,
                          /* Translators: the first %s is the id, the second the JSON path
                           * where it was first used, e.g. “regions[0].aliases[1]”. */
                          _("duplicate id “%s” (first used at %s)"), id, first);
      return FALSE;
    }

  g_hash_table_insert (table, (gpointer) id, item);
  return TRUE;
}

/* Building an item is bound by memory latency, not by computation: the
 * tree json-glib has just built is several times the size of the file,
 * far larger than any cache, and an item's nodes are read once each. So
 * a large array is split into consecutive ranges built on as many
 * threads as there are processors, each with a loader of its own, and
 * the results are merged in order afterwards. Items only read the id
 * tables of kinds that are complete by then, so the threads share
 * nothing they write. */
#define PARALLEL_MIN_ITEMS 1024
#define MAX_PARTS 4

typedef struct
{
  RexLoader     loader;
  JsonArray    *array;
  const char   *name;
  ReadItemFunc  read_item;
  guint         start;
  guint         end;
  /* Shared by all parts, indexed by item; each part writes its range. */
  gpointer     *items;
  /* How many problems the part had found after each item, so that they
   * can be interleaved with the id problems in file order. */
  guint        *problems_after;
} ReadPart;

static gpointer
read_part (gpointer data)
{
  ReadPart *part = data;

  for (guint i = part->start; i < part->end; i++)
    {
      gsize mark = rex_loader_push_member (&part->loader, part->name);

      rex_loader_push_index (&part->loader, i);
      part->items[i] = part->read_item (&part->loader, json_array_get_element (part->array, i), i);
      part->problems_after[i] = part->loader.problems->len;
      rex_loader_pop (&part->loader, mark);
    }

  return NULL;
}

/* Reads a top-level array of objects into a list and an id table. */
static RexObjectList *
read_array (RexLoader    *loader,
            JsonObject   *root,
            const char   *name,
            GType         item_type,
            ReadItemFunc  read_item,
            GetIdFunc     get_id,
            GHashTable   *table)
{
  JsonArray *array = rex_loader_array (loader, root, name, TRUE);
  ReadPart parts[MAX_PARTS];
  GThread *threads[MAX_PARTS] = { NULL, };
  g_autofree gpointer *built = NULL;
  g_autofree guint *problems_after = NULL;
  GPtrArray *items;
  guint n, n_parts = 1, part = 0, problem = 0;

  if (array == NULL)
    return rex_object_list_new (item_type, NULL, TRUE);

  n = json_array_get_length (array);
  built = g_new (gpointer, n);
  problems_after = g_new (guint, n);
  if (n >= PARALLEL_MIN_ITEMS)
    n_parts = CLAMP ((guint) g_get_num_processors (), 1, MAX_PARTS);

  for (guint p = 0; p < n_parts; p++)
    {
      parts[p] = (ReadPart) {
        .loader = *loader,
        .array = array,
        .name = name,
        .read_item = read_item,
        .start = (guint) ((guint64) n * p / n_parts),
        .end = (guint) ((guint64) n * (p + 1) / n_parts),
        .items = built,
        .problems_after = problems_after,
      };
      parts[p].loader.path = g_string_new_len (loader->path->str, (gssize) loader->path->len);
      parts[p].loader.problems = g_ptr_array_new ();
    }

  /* The first range on this thread; the others on threads of their own,
   * or here too when no thread can be had. */
  for (guint p = 1; p < n_parts; p++)
    threads[p] = g_thread_try_new ("rex-read", read_part, &parts[p], NULL);
  read_part (&parts[0]);
  for (guint p = 1; p < n_parts; p++)
    {
      if (threads[p] != NULL)
        g_thread_join (threads[p]);
      else
        read_part (&parts[p]);
    }

  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      gpointer item = built[i];
      gsize mark;

      while (i == parts[part].end)
        {
          part++;
          problem = 0;
        }
      for (; problem < problems_after[i]; problem++)
        g_ptr_array_add (loader->problems, g_ptr_array_index (parts[part].loader.problems, problem));
      if (item == NULL)
        continue;

      mark = rex_loader_push_member (loader, name);
      rex_loader_push_index (loader, i);
      register_id (loader, table, name, items, get_id (item), "id", item);

      if (REX_IS_REGION (item))
        {
          const char * const *aliases = rex_region_get_aliases (item);

          for (guint j = 0; aliases[j] != NULL; j++)
            {
              g_autofree char *member = g_strdup_printf ("aliases[%u]", j);

              register_id (loader, table, name, items, aliases[j], member, item);
            }
        }

      g_ptr_array_add (items, item);
      rex_loader_pop (loader, mark);
    }

  for (guint p = 0; p < n_parts; p++)
    {
      g_string_free (parts[p].loader.path, TRUE);
      g_ptr_array_unref (parts[p].loader.problems);
    }

  return rex_object_list_new (item_type, items, TRUE);
}

static void
read_format (RexLoader  *loader,
             JsonObject *root)
{
  JsonNode *node = json_object_get_member (root, "format");

  if (node == NULL)
    {
      /* Translators: a required JSON member (field) is absent; the
       * message follows the member's JSON path. */
      rex_loader_problem (loader, REX_DATASET_ERROR_MISSING_MEMBER, "format", _("missing member"));
      return;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_WRONG_TYPE, "format",
                          /* Translators: %s is what was found instead, e.g. “a string” or
                           * “null” (translated separately, context “JSON value found”). */
                          _("expected an integer, found %s"), rex_loader_describe_node (node));
      return;
    }

  loader->format = json_node_get_int (node);
  if (loader->format < 1 || loader->format > 2)
    rex_loader_problem (loader, REX_DATASET_ERROR_UNSUPPORTED_FORMAT, "format",
                        /* Translators: %lld is the format version the file declares; this
                         * version of the app reads formats 1 and 2. */
                        _("format %lld is not supported (this version reads formats 1 and 2)"),
                        (long long) loader->format);
}

static gpointer
unref_in_thread (gpointer data)
{
  g_object_unref (data);
  return NULL;
}

/* Freeing json-glib's tree of a large document takes about as long as
 * building the model from it (one allocation per node); nobody waits
 * for it, so it happens on a thread of its own. */
static void
release_parser (JsonParser *parser,
                gsize       size)
{
  GThread *thread = NULL;

  if (size > 1024 * 1024)
    thread = g_thread_try_new ("rex-json-free", unref_in_thread, parser, NULL);

  if (thread != NULL)
    g_thread_unref (thread);
  else
    g_object_unref (parser);
}

static RexCatalogue *
build (GBytes     *bytes,
       const char *display_name,
       GPtrArray  *problems)
{
  static const char * const members[] = {
    "format", "as_of", "programme", "sources", "categories", "reforms", "regions",
    "results", NULL
  };
  g_autoptr(RexCatalogue) self = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) path = g_string_sized_new (64);
  RexLoader loader = { display_name, path, problems, NULL, NULL, NULL, NULL, 0 };
  JsonObject *root;
  JsonArray *array;
  JsonNode *node;
  gsize len;
  const char *data;

  if (!rex_loader_check_bytes (bytes, display_name, problems))
    return NULL;

  data = g_bytes_get_data (bytes, &len);
  /* Not the immutable parser: sealing walks the whole tree once more,
   * and the tree is thrown away as soon as the model is built. */
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) len, &error))
    {
      rex_loader_add_parse_problem (problems, display_name, error);
      return NULL;
    }

  self = g_object_new (REX_TYPE_CATALOGUE, NULL);
  self->display_name = g_strdup (display_name);
  self->source_table = g_hash_table_new (g_str_hash, g_str_equal);
  self->category_table = g_hash_table_new (g_str_hash, g_str_equal);
  self->reform_table = g_hash_table_new (g_str_hash, g_str_equal);
  self->region_table = g_hash_table_new (g_str_hash, g_str_equal);
  self->result_table = g_hash_table_new (g_str_hash, g_str_equal);
  loader.sources = self->source_table;
  loader.categories = self->category_table;
  loader.regions = self->region_table;

  if (!(root = rex_loader_object (&loader, json_parser_get_root (parser), members)))
    return NULL;

  /* Nothing else can be trusted in a format this version does not know. */
  read_format (&loader, root);
  if (rex_loader_n_problems (&loader) > 0)
    return NULL;

  rex_loader_date (&loader, root, "as_of", TRUE, FALSE, &self->as_of);

  /* Referenced kinds first, whatever the order of the members. */
  self->sources = read_array (&loader, root, "sources", REX_TYPE_SOURCE, read_source,
                              (GetIdFunc) rex_source_get_id, self->source_table);
  self->categories = read_array (&loader, root, "categories", REX_TYPE_CATEGORY,
                                 (ReadItemFunc) rex_category_new_from_json,
                                 (GetIdFunc) rex_category_get_id, self->category_table);
  self->regions = read_array (&loader, root, "regions", REX_TYPE_REGION, read_region,
                              (GetIdFunc) rex_region_get_id, self->region_table);

  if ((array = rex_loader_array (&loader, root, "regions", FALSE)) &&
      json_array_get_length (array) == rex_object_list_get_size (self->regions))
    {
      for (guint i = 0, n = json_array_get_length (array); i < n; i++)
        {
          gsize mark = rex_loader_push_member (&loader, "regions");

          rex_loader_push_index (&loader, i);
          rex_region_resolve_json (rex_object_list_peek (self->regions, i), &loader,
                                   json_array_get_element (array, i));
          rex_loader_pop (&loader, mark);
        }
    }

  /* Results refer to regions and sources; reforms refer to results. */
  if (json_object_get_member (root, "results") == NULL)
    self->results = rex_object_list_new (REX_TYPE_RESULT, NULL, TRUE);
  else if (loader.format < 2)
    {
      self->results = rex_object_list_new (REX_TYPE_RESULT, NULL, TRUE);
      rex_loader_problem (&loader, REX_DATASET_ERROR_UNKNOWN_MEMBER, "results",
                          /* Translators: “results” is a member name and “format” the
                           * dataset's format member; do not translate them. */
                          _("results need format 2 or later"));
    }
  else
    self->results = read_array (&loader, root, "results", REX_TYPE_RESULT, read_result,
                                (GetIdFunc) rex_result_get_id, self->result_table);
  loader.results = self->result_table;

  if (!(node = json_object_get_member (root, "programme")))
    {
      /* Translators: a required JSON member (field) is absent; the
       * message follows the member's JSON path. */
      rex_loader_problem (&loader, REX_DATASET_ERROR_MISSING_MEMBER, "programme", _("missing member"));
    }
  else
    {
      gsize mark = rex_loader_push_member (&loader, "programme");

      self->programme = rex_programme_new_from_json (&loader, node);
      rex_loader_pop (&loader, mark);
    }

  self->reforms = read_array (&loader, root, "reforms", REX_TYPE_REFORM,
                              (ReadItemFunc) rex_reform_new_from_json,
                              (GetIdFunc) rex_reform_get_id, self->reform_table);

  if (rex_loader_n_problems (&loader) > 0)
    {
      /* Regions hold nothing unowned yet except formed_from; empty it
       * before the regions go. */
      for (guint i = 0, n = rex_object_list_get_size (self->regions); i < n; i++)
        rex_region_detach (rex_object_list_peek (self->regions, i));
      return NULL;
    }

  /* Derived data, now that everything is known to be valid. */
  self->category_reforms = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0, n = rex_object_list_get_size (self->categories); i < n; i++)
    g_ptr_array_add (self->category_reforms, g_ptr_array_new_with_free_func (g_object_unref));

  for (guint i = 0, n = rex_object_list_get_size (self->reforms); i < n; i++)
    {
      RexReform *reform = rex_object_list_peek (self->reforms, i);
      RexCategory *category = rex_reform_get_category (reform);
      RexObjectList *regions = REX_OBJECT_LIST (rex_reform_get_regions (reform));
      RexObjectList *results;

      g_ptr_array_add (g_ptr_array_index (self->category_reforms, rex_category_get_position (category)),
                       g_object_ref (reform));
      self->status_counts[rex_reform_get_status (reform)]++;
      self->n_milestones += g_list_model_get_n_items (rex_reform_get_milestones (reform));

      for (guint j = 0, m = rex_object_list_get_size (regions); j < m; j++)
        rex_region_add_reform (rex_object_list_peek (regions, j), reform);

      results = REX_OBJECT_LIST (rex_reform_get_results (reform));
      for (guint j = 0, m = rex_object_list_get_size (results); j < m; j++)
        rex_result_add_reform (rex_object_list_peek (results, j), reform);
    }

  for (guint i = 0, n = rex_object_list_get_size (self->results); i < n; i++)
    {
      RexResult *result = rex_object_list_peek (self->results, i);

      for (guint j = 0, m = rex_result_get_n_region_results (result); j < m; j++)
        rex_region_add_result (rex_result_get_region_result (result, j)->region, result);
    }

  for (guint i = 0; i < self->category_reforms->len; i++)
    {
      GPtrArray *items = g_ptr_array_index (self->category_reforms, i);

      g_ptr_array_set_free_func (items, NULL);
      self->category_reforms->pdata[i] = rex_object_list_new (REX_TYPE_REFORM, items, TRUE);
    }

  release_parser (g_steal_pointer (&parser), len);

  return g_steal_pointer (&self);
}

static RexCatalogue *
build_or_error (GBytes      *bytes,
                const char  *display_name,
                GError     **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  RexCatalogue *self;

  self = build (bytes, display_name, problems);
  if (self != NULL)
    return self;

  g_assert (problems->len > 0);

  if (problems->len == 1)
    {
      g_propagate_error (error, g_ptr_array_steal_index (problems, 0));
    }
  else
    {
      GError *first = g_ptr_array_index (problems, 0);
      guint more = problems->len - 1;

      GError *summary;

      summary = g_error_new (REX_DATASET_ERROR, first->code,
                             /* Translators: %s is the first problem found, a complete message
                              * such as “data.json: reforms[0].summary: missing member”; %u is
                              * how many more problems the file has. */
                             g_dngettext (GETTEXT_PACKAGE, "%s (and %u more problem)",
                                          "%s (and %u more problems)", more),
                             first->message, more);
      rex_dataset_error_set_path (summary, rex_dataset_error_get_path (first));
      rex_dataset_error_get_private (summary)->problems = g_ptr_array_ref (problems);
      g_propagate_error (error, summary);
    }

  return NULL;
}

/* Public constructors --------------------------------------------------- */

RexCatalogue *
rex_catalogue_new_from_bytes (GBytes      *bytes,
                              const char  *display_name,
                              GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return build_or_error (bytes, display_name != NULL ? display_name : "dataset", error);
}

static GError *
too_large_problem (const char *display_name,
                   goffset     size)
{
  g_autofree char *text = NULL;

  if (size <= REX_DATASET_MAX_SIZE)
    /* Translators: follows the file name; the file grew while it was
     * read, or its size is unknown. %d is the largest size allowed, in
     * mebibytes (MiB). */
    return problem_new (REX_DATASET_ERROR_TOO_LARGE, display_name,
                        _("the file is larger than %d MiB"),
                        REX_DATASET_MAX_SIZE / (1024 * 1024));

  text = g_format_size_full ((guint64) size, G_FORMAT_SIZE_LONG_FORMAT);
  return problem_new (REX_DATASET_ERROR_TOO_LARGE, display_name,
                      /* Translators: follows the file name. %s is the size
                       * of the file, e.g. “40.0 MB (41,943,040 bytes)”; %d
                       * is the largest size allowed, in mebibytes (MiB). */
                      _("the file is too large (%s; at most %d MiB)"),
                      text, REX_DATASET_MAX_SIZE / (1024 * 1024));
}

static GError *
not_regular_problem (const char *display_name)
{
  return problem_new (REX_DATASET_ERROR_NOT_REGULAR_FILE, display_name, "%s",
                      /* Translators: follows the file name. A directory, a device
                       * such as /dev/zero or a named pipe was given instead of a file. */
                      _("not a regular file (a directory, device or pipe cannot be opened as a dataset)"));
}

static GError *
io_problem (const char *display_name,
            const char *message)
{
  return g_error_new (REX_DATASET_ERROR, REX_DATASET_ERROR_IO, "%s: %s", display_name, message);
}

/* Reads to the end, but never more than one byte past the largest size
 * allowed, whatever the file claimed: it may grow while it is read, and
 * files such as those in /proc say they are empty. */
static GBytes *
read_bounded (int            fd,
              GInputStream  *stream,
              goffset        size_hint,
              const char    *display_name,
              GCancellable  *cancellable,
              GError       **error)
{
  const gsize limit = (gsize) REX_DATASET_MAX_SIZE + 1;
  gsize allocated = size_hint > 0 ? MIN ((gsize) size_hint + 1, limit) : 64 * 1024;
  g_autofree char *buffer = g_malloc (allocated);
  gsize len = 0;

  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      gssize n;

      if (len == allocated)
        {
          if (allocated == limit)
            break;
          allocated = MIN (allocated * 2, limit);
          buffer = g_realloc (buffer, allocated);
        }

      if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
        {
          g_propagate_error (error, io_problem (display_name, local_error->message));
          return NULL;
        }

      if (stream != NULL)
        {
          n = g_input_stream_read (stream, buffer + len, allocated - len, cancellable, &local_error);
          if (n < 0)
            {
              g_propagate_error (error, io_problem (display_name, local_error->message));
              return NULL;
            }
        }
      else
        {
          n = read (fd, buffer + len, allocated - len);
          if (n < 0 && errno == EINTR)
            continue;
          if (n < 0)
            {
              g_propagate_error (error, io_problem (display_name, g_strerror (errno)));
              return NULL;
            }
        }

      if (n == 0)
        break;
      len += (gsize) n;
    }

  if (len > REX_DATASET_MAX_SIZE)
    {
      g_propagate_error (error, too_large_problem (display_name, size_hint));
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&buffer), len);
}

/* A local file is opened without blocking, because opening a named pipe
 * that nobody writes to would otherwise wait forever, and its type is
 * checked on the open descriptor, so that it cannot be swapped for
 * something else between a check and the open. */
static GBytes *
load_local_file (const char    *path,
                 const char    *display_name,
                 GCancellable  *cancellable,
                 GError       **error)
{
  struct stat st;
  GBytes *bytes;
  int fd;

  do
    fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  while (fd < 0 && errno == EINTR);

  if (fd < 0)
    {
      int saved_errno = errno;

      g_propagate_error (error, io_problem (display_name, g_strerror (saved_errno)));
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      g_close (fd, NULL);
      g_propagate_error (error, io_problem (display_name, g_strerror (saved_errno)));
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_close (fd, NULL);
      g_propagate_error (error, not_regular_problem (display_name));
      return NULL;
    }

  if (st.st_size > REX_DATASET_MAX_SIZE)
    {
      g_close (fd, NULL);
      g_propagate_error (error, too_large_problem (display_name, st.st_size));
      return NULL;
    }

  /* O_NONBLOCK changes nothing for a regular file, so it can stay. */
  bytes = read_bounded (fd, NULL, st.st_size, display_name, cancellable, error);
  g_close (fd, NULL);

  return bytes;
}

/* Files without a local path (GVfs, resources): the type is checked
 * before the file is opened, and again on the stream when the backend
 * can tell. */
static GBytes *
load_remote_file (GFile         *file,
                  const char    *display_name,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInfo) stream_info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  goffset size;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_propagate_error (error, io_problem (display_name, local_error->message));
      return NULL;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_propagate_error (error, not_regular_problem (display_name));
      return NULL;
    }

  size = g_file_info_get_size (info);
  if (size > REX_DATASET_MAX_SIZE)
    {
      g_propagate_error (error, too_large_problem (display_name, size));
      return NULL;
    }

  if (!(stream = g_file_read (file, cancellable, &local_error)))
    {
      g_propagate_error (error, io_problem (display_name, local_error->message));
      return NULL;
    }

  stream_info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                                cancellable, NULL);
  if (stream_info != NULL &&
      g_file_info_has_attribute (stream_info, G_FILE_ATTRIBUTE_STANDARD_TYPE) &&
      g_file_info_get_file_type (stream_info) != G_FILE_TYPE_REGULAR)
    {
      g_propagate_error (error, not_regular_problem (display_name));
      return NULL;
    }

  return read_bounded (-1, G_INPUT_STREAM (stream), size, display_name, cancellable, error);
}

static GBytes *
load_file (GFile         *file,
           const char    *display_name,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *path = g_file_get_path (file);

  if (path != NULL)
    return load_local_file (path, display_name, cancellable, error);

  return load_remote_file (file, display_name, cancellable, error);
}

RexCatalogue *
rex_catalogue_new_from_file (GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_file_get_basename (file);
  if (!(bytes = load_file (file, display_name, cancellable, error)))
    return NULL;

  return build_or_error (bytes, display_name, error);
}

/* Search folds every reform's text the first time it runs: some 200 ms
 * for 10,000 reforms. Done here, on the loader's thread, the first
 * keystroke in the search entry finds it made instead of stalling the
 * main loop. The text does not depend on the interface language (it holds
 * all three), so it stays valid when the language changes. */
static void
prepare_search (RexCatalogue *self,
                GCancellable *cancellable)
{
  guint n_regions = g_list_model_get_n_items (G_LIST_MODEL (self->regions));
  guint n_reforms = g_list_model_get_n_items (G_LIST_MODEL (self->reforms));

  for (guint i = 0; i < n_regions; i++)
    rex_region_get_search_text (rex_object_list_peek (self->regions, i));

  for (guint i = 0; i < n_reforms; i++)
    {
      if ((i & 1023) == 0 && g_cancellable_is_cancelled (cancellable))
        return;
      rex_reform_get_search_text (rex_object_list_peek (self->reforms, i));
    }
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  RexCatalogue *self;

  self = rex_catalogue_new_from_file (task_data, cancellable, &error);
  if (self == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  prepare_search (self, cancellable);
  g_task_return_pointer (task, self, g_object_unref);
}

void
rex_catalogue_new_from_file_async (GFile               *file,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rex_catalogue_new_from_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_in_thread);
}

RexCatalogue *
rex_catalogue_new_from_file_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rex_catalogue_new_from_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* A static library drops object files nothing refers to, and with them
 * the constructor that registers the bundled resource; referring to it
 * here keeps it. */
static void
ensure_bundled_resource (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      GResource *resource = rex_data_get_resource ();

      g_assert (resource != NULL);
      g_once_init_leave (&registered, 1);
    }
}

RexCatalogue *
rex_catalogue_new_from_resource (const char  *path,
                                 GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ensure_bundled_resource ();

  bytes = rex_loader_lookup_resource (path, &display_name, error);
  if (bytes == NULL)
    return NULL;

  return build_or_error (bytes, display_name, error);
}

RexCatalogue *
rex_catalogue_new_bundled (GError **error)
{
  return rex_catalogue_new_from_resource (REX_CATALOGUE_BUNDLED_PATH, error);
}

gboolean
rex_catalogue_check (GBytes      *bytes,
                     const char  *display_name,
                     GPtrArray  **problems)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(RexCatalogue) self = NULL;

  g_return_val_if_fail (bytes != NULL, FALSE);

  self = build (bytes, display_name != NULL ? display_name : "dataset", found);
  if (problems != NULL)
    *problems = g_steal_pointer (&found);

  return self != NULL;
}

/* The report goes to a terminal, and the messages quote the file:
 * control characters in it could move the cursor, set the window title
 * or forge a line of their own, so each message is escaped and ends
 * its own line. */
static void
append_report_line (GString    *report,
                    const char *message)
{
  g_autofree char *escaped = rex_text_escape (message, -1);

  g_string_append (report, escaped);
  g_string_append_c (report, '\n');
}

gboolean
rex_catalogue_check_file (GFile   *file,
                          GString *report)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(RexCatalogue) self = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  display_name = g_file_get_basename (file);
  if (!(bytes = load_file (file, display_name, NULL, &error)))
    {
      append_report_line (report, error->message);
      return FALSE;
    }

  if (!(self = build (bytes, display_name, problems)))
    {
      for (guint i = 0; i < problems->len; i++)
        append_report_line (report, ((GError *) g_ptr_array_index (problems, i))->message);
      return FALSE;
    }

  g_string_append_printf (report, "OK: %u reforms in %u categories, %u regions, %u sources, %u milestones",
                          rex_object_list_get_size (self->reforms),
                          rex_object_list_get_size (self->categories),
                          rex_object_list_get_size (self->regions),
                          rex_object_list_get_size (self->sources),
                          self->n_milestones);
  if (rex_object_list_get_size (self->results) > 0)
    g_string_append_printf (report, ", %u results", rex_object_list_get_size (self->results));
  g_string_append_c (report, '\n');
  return TRUE;
}

/* Getters ---------------------------------------------------------------- */

const char *
rex_catalogue_get_display_name (RexCatalogue *self)
{
  g_return_val_if_fail (REX_IS_CATALOGUE (self), NULL);
  return self->display_name;
}

RexProgramme *
rex_catalogue_get_programme (RexCatalogue *self)
{
  g_return_val_if_fail (REX_IS_CATALOGUE (self), NULL);
  return self->programme;
}

const RexDate *
rex_catalogue_get_as_of (RexCatalogue *self)
{
  g_return_val_if_fail (REX_IS_CATALOGUE (self), NULL);
  return &self->as_of;
}

GListModel *
rex_catalogue_get_categories (RexCatalogue *self)
{
  g_return_val_if_fail (REX_IS_CATALOGUE (self), NULL);
  return G_LIST_MODEL (self->categories);
}

GListModel *
rex_catalogue_get_reforms (RexCatalogue *self)
{
  g_return_val_if_fail (REX_IS_CATALOGUE (self), NULL);
  return G_LIST_MODEL (self->reforms);
}

GListModel *
rex_catalogue_get_regions (RexCatalogue *self)
{
  g_return_val_if_fail (REX_IS_CATALOGUE (self), NULL);
  return G_LIST_MODEL (self->regions);
}

GListModel *
rex_catalogue_get_results (RexCatalogue *self)
{
  g_return_val_if_fail (REX_IS_CATALOGUE (self), NULL);
  return G_LIST_MODEL (self->results);
}

RexResult *
rex_catalogue_lookup_result (RexCatalogue *self,
                             const char   *id)
{
  g_return_val_if_fail (REX_IS_CATALOGUE (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->result_table, id) : NULL;
}

GListModel *
rex_catalogue_get_sources (RexCatalogue *self)
{
  g_return_val_if_fail (REX_IS_CATALOGUE (self), NULL);
  return G_LIST_MODEL (self->sources);
}

RexReform *
rex_catalogue_lookup_reform (RexCatalogue *self,
                             const char   *id)
{
  g_return_val_if_fail (REX_IS_CATALOGUE (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->reform_table, id) : NULL;
}

RexCategory *
rex_catalogue_lookup_category (RexCatalogue *self,
                               const char   *id)
{
  g_return_val_if_fail (REX_IS_CATALOGUE (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->category_table, id) : NULL;
}

RexRegion *
rex_catalogue_lookup_region (RexCatalogue *self,
                             const char   *id)
{
  g_return_val_if_fail (REX_IS_CATALOGUE (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->region_table, id) : NULL;
}

RexSource *
rex_catalogue_lookup_source (RexCatalogue *self,
                             const char   *id)
{
  g_return_val_if_fail (REX_IS_CATALOGUE (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->source_table, id) : NULL;
}

GListModel *
rex_catalogue_get_reforms_in_category (RexCatalogue *self,
                                       RexCategory  *category)
{
  guint position;

  g_return_val_if_fail (REX_IS_CATALOGUE (self), NULL);
  g_return_val_if_fail (REX_IS_CATEGORY (category), NULL);

  position = rex_category_get_position (category);
  g_return_val_if_fail (position < self->category_reforms->len, NULL);
  g_return_val_if_fail (rex_object_list_peek (self->categories, position) == category, NULL);

  return g_ptr_array_index (self->category_reforms, position);
}

guint
rex_catalogue_count_reforms_by_status (RexCatalogue *self,
                                       RexStatus     status)
{
  g_return_val_if_fail (REX_IS_CATALOGUE (self), 0);
  g_return_val_if_fail ((guint) status < REX_N_STATUSES, 0);

  return self->status_counts[status];
}

guint
rex_catalogue_count_milestones (RexCatalogue *self)
{
  g_return_val_if_fail (REX_IS_CATALOGUE (self), 0);
  return self->n_milestones;
}
