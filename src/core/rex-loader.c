/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rex-json-check.h"
#include "rex-loader.h"

/* Guard rails, before json-glib sees the data ------------------------- */

/* “name: message”: the file name stays out of the translatable part. */
static void
add_problem (GPtrArray       *problems,
             RexDatasetError  code,
             const char      *display_name,
             const char      *format,
             ...) G_GNUC_PRINTF (4, 5);

static void
add_problem (GPtrArray       *problems,
             RexDatasetError  code,
             const char      *display_name,
             const char      *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (problems, g_error_new (REX_DATASET_ERROR, code, "%s: %s", display_name, message));
}

/* Same verdict and offset as g_utf8_validate_len(), which in GLib 2.74
 * takes a branchy path per byte: about a tenth of the parse time on a
 * large file. A dataset is mostly ASCII, so whole words without a high
 * bit or a NUL are skipped eight bytes at a time, and only the runs in
 * between go to GLib. Each run ends just before an ASCII byte, which
 * always starts a character, so a run never splits a valid character
 * and an invalid one is reported at the same offset as over the whole
 * data. */
static gboolean
utf8_validate (const char  *data,
               gsize        len,
               const char **end)
{
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const char *p = data;
  const char *stop = data + len;

  while (p < stop)
    {
      const char *run_end;

      while (stop - p >= 8)
        {
          guint64 word;

          memcpy (&word, p, sizeof word);
          /* A high bit, or (the usual trick) a zero byte. */
          if ((word & high) != 0 || ((word - ones) & ~word & high) != 0)
            break;
          p += 8;
        }
      if (p == stop)
        break;

      run_end = p + MIN (8, stop - p);
      while (run_end < stop && (guchar) *run_end >= 0x80)
        run_end++;
      if (!g_utf8_validate_len (p, (gsize) (run_end - p), end))
        return FALSE;
      p = run_end;
    }

  return TRUE;
}

gboolean
rex_loader_check_bytes (GBytes     *bytes,
             const char *display_name,
             GPtrArray  *problems)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  const char *end;
  GError *error;

  if (len == 0)
    {
      /* Translators: follows the file name, as in “data.json: the file is empty”. */
      add_problem (problems, REX_DATASET_ERROR_EMPTY, display_name, _("the file is empty"));
      return FALSE;
    }

  if (len > REX_DATASET_MAX_SIZE)
    {
      g_autofree char *size = g_format_size_full (len, G_FORMAT_SIZE_LONG_FORMAT);

      add_problem (problems, REX_DATASET_ERROR_TOO_LARGE, display_name,
                   /* Translators: follows the file name. %s is the size
                    * of the file, e.g. “40.0 MB (41,943,040 bytes)”; %d
                    * is the largest size allowed, in mebibytes (MiB). */
                   _("the file is too large (%s; at most %d MiB)"),
                   size, REX_DATASET_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }

  if (!utf8_validate (data, len, &end))
    {
      add_problem (problems, REX_DATASET_ERROR_INVALID_UTF8, display_name,
                   /* Translators: follows the file name. %zu is the position of the
                    * first bad byte, counted in bytes from the start of the file. */
                   _("invalid UTF-8 at byte offset %zu"), (size_t) (end - data));
      return FALSE;
    }

  /* Strict JSON, and no deeper than json-glib's recursion can take. */
  if ((error = rex_json_check (data, len, display_name)) != NULL)
    {
      g_ptr_array_add (problems, error);
      return FALSE;
    }

  return TRUE;
}

GBytes *
rex_loader_lookup_resource (const char  *path,
                            char       **display_name,
                            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;

  *display_name = g_path_get_basename (path);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    g_set_error (error, REX_DATASET_ERROR, REX_DATASET_ERROR_IO, "%s: %s",
                 *display_name, local_error->message);

  return bytes;
}

/* json-glib names in-memory data "<data>"; name the file instead. */
void
rex_loader_add_parse_problem (GPtrArray  *problems,
                   const char *display_name,
                   GError     *error)
{
  const char *message = error->message;

  if (g_str_has_prefix (message, "<data>:"))
    message += strlen ("<data>:");

  add_problem (problems, REX_DATASET_ERROR_PARSE, display_name, "%s", message);
}

/* Problems with a JSON path ---------------------------------------------- */

void
rex_loader_problem (RexLoader       *loader,
                    RexDatasetError  code,
                    const char      *member,
                    const char      *format,
                    ...)
{
  g_autofree char *message = NULL;
  GString *where;
  GString *path;
  GError *problem;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  where = g_string_new (loader->display_name);
  g_string_append (where, ": ");
  g_string_append_len (where, loader->path->str, loader->path->len);
  if (member != NULL)
    {
      if (loader->path->len > 0 && member[0] != '[')
        g_string_append_c (where, '.');
      g_string_append (where, member);
    }
  if (loader->path->len > 0 || member != NULL)
    g_string_append (where, ": ");
  g_string_append (where, message);

  problem = g_error_new_literal (REX_DATASET_ERROR, code, where->str);
  g_string_free (where, TRUE);

  path = g_string_new_len (loader->path->str, loader->path->len);
  if (member != NULL)
    {
      if (loader->path->len > 0 && member[0] != '[')
        g_string_append_c (path, '.');
      g_string_append (path, member);
    }
  rex_dataset_error_set_path (problem, path->str);
  g_string_free (path, TRUE);

  g_ptr_array_add (loader->problems, problem);
}

guint
rex_loader_n_problems (RexLoader *loader)
{
  return loader->problems->len;
}

gsize
rex_loader_push_member (RexLoader  *loader,
                        const char *member)
{
  gsize mark = loader->path->len;

  if (mark > 0)
    g_string_append_c (loader->path, '.');
  g_string_append (loader->path, member);

  return mark;
}

gsize
rex_loader_push_index (RexLoader *loader,
                       guint      index)
{
  gsize mark = loader->path->len;
  char digits[16];
  guint n = 0;

  /* Called for every array element, so no printf. */
  do
    digits[n++] = (char) ('0' + index % 10);
  while ((index /= 10) > 0);

  g_string_append_c (loader->path, '[');
  while (n > 0)
    g_string_append_c (loader->path, digits[--n]);
  g_string_append_c (loader->path, ']');

  return mark;
}

void
rex_loader_pop (RexLoader *loader,
                gsize      mark)
{
  g_string_truncate (loader->path, mark);
}

const char *
rex_loader_describe_node (JsonNode *node)
{
  /* Only called to report a problem, so translating costs nothing on
   * the way through valid data. */

  if (node == NULL)
    /* Translators: what was found where something else was expected, as
     * in “expected a string, found nothing” (the member is absent). */
    return C_("JSON value found", "nothing");

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      /* Translators: a JSON object, as in “expected a string, found an object”. */
      return C_("JSON value found", "an object");
    case JSON_NODE_ARRAY:
      /* Translators: a JSON array, as in “expected a string, found an array”. */
      return C_("JSON value found", "an array");
    case JSON_NODE_NULL:
      /* Translators: the JSON literal null, as in “expected a string,
       * found null”. It is written so in the file; usually not translated. */
      return C_("JSON value found", "null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          /* Translators: a JSON string, as in “expected a number, found a string”. */
          return C_("JSON value found", "a string");
        case G_TYPE_BOOLEAN:
          /* Translators: JSON true or false, as in “expected a string, found a boolean”. */
          return C_("JSON value found", "a boolean");
        default:
          /* Translators: a JSON number, as in “expected a string, found a number”. */
          return C_("JSON value found", "a number");
        }
    }
}

JsonObject *
rex_loader_object (RexLoader          *loader,
                   JsonNode           *node,
                   const char * const *members)
{
  JsonObjectIter iter;
  JsonObject *object;
  const char *name;
  guint n_known = 0;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_WRONG_TYPE, NULL,
                          /* Translators: %s is what was found instead, e.g. “an array” or
                           * “a string” (translated separately, context “JSON value found”). */
                          _("expected an object, found %s"), rex_loader_describe_node (node));
      return NULL;
    }

  object = json_node_get_object (node);

  /* Unknown members are errors so that a misspelt optional member is
   * not silently ignored. Counting the known members present takes a
   * hash lookup each; only when some member is unknown is it worth
   * comparing every name. */
  for (guint i = 0; members[i] != NULL; i++)
    n_known += json_object_has_member (object, members[i]);
  if (n_known == json_object_get_size (object))
    return object;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, NULL))
    {
      gboolean known = FALSE;

      for (guint i = 0; members[i] != NULL && !known; i++)
        known = strcmp (members[i], name) == 0;

      if (!known)
        /* Translators: a JSON object has a member (field) this version
         * does not know; the message follows the member's JSON path. */
        rex_loader_problem (loader, REX_DATASET_ERROR_UNKNOWN_MEMBER, name, _("unknown member"));
    }

  return object;
}

/* Returns the member, or NULL after reporting it missing when required. */
static JsonNode *
get_member (RexLoader  *loader,
            JsonObject *object,
            const char *member,
            gboolean    required)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL && required)
    /* Translators: a required JSON member (field) is absent; the
     * message follows the member's JSON path. */
    rex_loader_problem (loader, REX_DATASET_ERROR_MISSING_MEMBER, member, _("missing member"));

  return node;
}

JsonArray *
rex_loader_array (RexLoader  *loader,
                  JsonObject *object,
                  const char *member,
                  gboolean    required)
{
  JsonNode *node = get_member (loader, object, member, required);

  if (node == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_WRONG_TYPE, member,
                          /* Translators: %s is what was found instead, e.g. “an object” or
                           * “a string” (translated separately, context “JSON value found”). */
                          _("expected an array, found %s"), rex_loader_describe_node (node));
      return NULL;
    }

  return json_node_get_array (node);
}

static const char *
node_string (RexLoader  *loader,
             JsonNode   *node,
             const char *member,
             gboolean    allow_empty)
{
  const char *str;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_WRONG_TYPE, member,
                          /* Translators: %s is what was found instead, e.g. “a number” or
                           * “null” (translated separately, context “JSON value found”). */
                          _("expected a string, found %s"), rex_loader_describe_node (node));
      return NULL;
    }

  str = json_node_get_string (node);
  if (strlen (str) > REX_DATASET_MAX_STRING)
    {
      size_t len = strlen (str);

      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, member,
                          /* Translators: %zu is the length of the string in bytes, %d the
                           * largest length allowed, in bytes too. */
                          g_dngettext (GETTEXT_PACKAGE, "string too long (%zu byte; at most %d)",
                                       "string too long (%zu bytes; at most %d)", len),
                          len, REX_DATASET_MAX_STRING);
      return NULL;
    }
  if (!allow_empty && str[0] == '\0')
    {
      /* Translators: a JSON string that must not be empty is. */
      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, member, _("empty string"));
      return NULL;
    }

  return str;
}

const char *
rex_loader_string (RexLoader  *loader,
                   JsonObject *object,
                   const char *member,
                   gboolean    required)
{
  JsonNode *node = get_member (loader, object, member, required);

  if (node == NULL)
    return NULL;

  return node_string (loader, node, member, FALSE);
}

char *
rex_loader_dup_string (RexLoader  *loader,
                       JsonObject *object,
                       const char *member,
                       gboolean    required)
{
  return g_strdup (rex_loader_string (loader, object, member, required));
}

static gboolean
id_is_valid (const char *id,
             RexIdKind   kind)
{
  if (kind == REX_ID_REGION)
    {
      /* ISO 3166-2: two letters, a hyphen, one to three letters or digits. */
      gsize len = strlen (id);

      if (len < 4 || len > 6 || !g_ascii_isupper (id[0]) || !g_ascii_isupper (id[1]) || id[2] != '-')
        return FALSE;
      for (const char *p = id + 3; *p != '\0'; p++)
        if (!g_ascii_isupper (*p) && !g_ascii_isdigit (*p))
          return FALSE;
      return TRUE;
    }

  if (id[0] == '\0' || id[0] == '-' || strlen (id) > 128)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

const char *
rex_loader_id (RexLoader  *loader,
               JsonObject *object,
               const char *member,
               RexIdKind   kind)
{
  const char *id = rex_loader_string (loader, object, member, TRUE);

  if (id != NULL && !id_is_valid (id, kind))
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, member,
                          kind == REX_ID_REGION
                            /* Translators: %s is the region id as written in
                             * the file; KZ-10 is an example code, keep it. */
                            ? _("“%s” is not an ISO 3166-2 code such as KZ-10")
                            /* Translators: %s is the id as written in the file. */
                            : _("“%s” is not an id (expected lower-case letters, digits and -)"),
                          id);
      return NULL;
    }

  return id;
}

gboolean
rex_loader_date (RexLoader  *loader,
                 JsonObject *object,
                 const char *member,
                 gboolean    required,
                 gboolean    nullable,
                 RexDate    *out)
{
  JsonNode *node = get_member (loader, object, member, required);
  const char *text;

  if (node == NULL)
    return FALSE;
  if (nullable && JSON_NODE_HOLDS_NULL (node))
    return FALSE;
  if (!(text = node_string (loader, node, member, TRUE)))
    return FALSE;

  if (!rex_date_parse (text, out))
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, member,
                          /* Translators: %s is the text found where a date was expected.
                           * YYYY, YYYY-MM and YYYY-MM-DD are the formats the file must use
                           * (year, month, day), so keep them as they are. */
                          _("“%s” is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"), text);
      return FALSE;
    }

  return TRUE;
}

RexEvidence
rex_loader_evidence (RexLoader  *loader,
                     JsonObject *object,
                     const char *member)
{
  RexEvidence evidence = REX_EVIDENCE_UNCERTAIN;
  const char *text = rex_loader_string (loader, object, member, TRUE);

  if (text != NULL && !rex_evidence_from_string (text, &evidence))
    rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, member,
                        /* Translators: %s is the evidence level as written in the file;
                         * “verified”, “partial” and “uncertain” are the values the file may
                         * use, so do not translate them. */
                        _("unknown evidence “%s” (expected verified, partial or uncertain)"), text);

  return evidence;
}

double
rex_loader_number (RexLoader  *loader,
                   JsonObject *object,
                   const char *member,
                   double      min,
                   double      max)
{
  JsonNode *node = get_member (loader, object, member, TRUE);
  double value;

  if (node == NULL)
    return 0;

  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_WRONG_TYPE, member,
                          /* Translators: %s is what was found instead, e.g. “a string” or
                           * “null” (translated separately, context “JSON value found”). */
                          _("expected a number, found %s"), rex_loader_describe_node (node));
      return 0;
    }

  value = json_node_get_double (node);
  if (!isfinite (value) || value < min || value > max)
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, member,
                          /* Translators: the first %g is the number found, the second and
                           * third the smallest and largest numbers allowed. */
                          _("%g is out of range (%g to %g)"), value, min, max);
      return 0;
    }

  return value;
}

gint64
rex_loader_count (RexLoader  *loader,
                  JsonObject *object,
                  const char *member,
                  gboolean    required)
{
  JsonNode *node = get_member (loader, object, member, required);
  gint64 value;

  if (node == NULL)
    return -1;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_WRONG_TYPE, member,
                          /* Translators: %s is what was found instead, e.g. “a string” or
                           * “null” (translated separately, context “JSON value found”). */
                          _("expected an integer, found %s"), rex_loader_describe_node (node));
      return -1;
    }

  value = json_node_get_int (node);
  if (value < 0 || value > REX_DATASET_MAX_COUNT)
    {
      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, member,
                          /* Translators: the first number is the one found, the second
                           * the largest allowed; counts (of votes, seats, voters) cannot
                           * be negative. */
                          _("%lld is out of range (0 to %lld)"),
                          (long long) value, (long long) REX_DATASET_MAX_COUNT);
      return -1;
    }

  return value;
}

double
rex_loader_percent (RexLoader  *loader,
                    JsonObject *object,
                    const char *member,
                    gboolean    required)
{
  if (json_object_get_member (object, member) == NULL)
    {
      if (required)
        get_member (loader, object, member, TRUE);
      return NAN;
    }

  return rex_loader_number (loader, object, member, 0, 100);
}

char **
rex_loader_strv (RexLoader  *loader,
                 JsonObject *object,
                 const char *member,
                 gboolean    required)
{
  JsonArray *array = rex_loader_array (loader, object, member, required);
  GPtrArray *strv;
  gsize mark;
  guint n;

  if (array == NULL)
    return g_new0 (char *, 1);

  n = json_array_get_length (array);
  strv = g_ptr_array_new_full (n + 1, NULL);
  mark = rex_loader_push_member (loader, member);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *str;

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING &&
          (str = json_node_get_string (element))[0] != '\0' && strlen (str) <= REX_DATASET_MAX_STRING)
        {
          g_ptr_array_add (strv, g_strdup (str));
        }
      else
        {
          gsize item_mark = rex_loader_push_index (loader, i);

          node_string (loader, element, NULL, FALSE);
          rex_loader_pop (loader, item_mark);
        }
    }
  rex_loader_pop (loader, mark);
  g_ptr_array_add (strv, NULL);

  return (char **) g_ptr_array_free (strv, FALSE);
}

RexObjectList *
rex_loader_sources (RexLoader  *loader,
                    JsonObject *object,
                    const char *member)
{
  JsonArray *array = rex_loader_array (loader, object, member, TRUE);
  GPtrArray *items = NULL;
  gsize mark;
  guint n;

  if (array == NULL || (n = json_array_get_length (array)) == 0)
    return rex_object_list_new (REX_TYPE_SOURCE, NULL, TRUE);

  items = g_ptr_array_new_full (n, g_object_unref);
  mark = rex_loader_push_member (loader, member);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      RexSource *source = NULL;

      /* The common case first, without building a path. */
      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING &&
          (source = g_hash_table_lookup (loader->sources, json_node_get_string (element))))
        {
          g_ptr_array_add (items, g_object_ref (source));
        }
      else
        {
          gsize item_mark = rex_loader_push_index (loader, i);
          const char *id = node_string (loader, element, NULL, FALSE);

          if (id != NULL)
            rex_loader_problem (loader, REX_DATASET_ERROR_DANGLING_REFERENCE, NULL,
                                /* Translators: %s is a source id that no source in the
                                 * file has. */
                                _("unknown source “%s”"), id);
          rex_loader_pop (loader, item_mark);
        }
    }
  rex_loader_pop (loader, mark);

  return rex_object_list_new (REX_TYPE_SOURCE, items, TRUE);
}
