/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libintl.h>
#include <string.h>

#include "rex-translation.h"

/* A compiled gettext catalogue (.mo), read directly. The format is a
 * header of 32-bit words followed by two tables of (length, offset)
 * pairs, the originals sorted bytewise, so a lookup is a binary search.
 * See the "MO Files" chapter of the GNU gettext manual. */
typedef struct
{
  GMappedFile *file;
  const char  *data;
  gsize        size;
  gboolean     swapped;
  guint32      n_strings;
  guint32      originals;
  guint32      translations;
} MoFile;

static guint32
read_word (const MoFile *mo,
           gsize         offset)
{
  guint32 word;

  memcpy (&word, mo->data + offset, sizeof word);

  return mo->swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

/* The string a table entry points at, or NULL when the entry does not
 * fit in the file (a truncated or corrupt catalogue). */
static const char *
entry_string (const MoFile *mo,
              guint32       table,
              guint32       index,
              guint32      *length)
{
  gsize entry = (gsize) table + (gsize) index * 8;
  guint32 len, offset;

  if (entry + 8 > mo->size)
    return NULL;

  len = read_word (mo, entry);
  offset = read_word (mo, entry + 4);
  if ((gsize) offset + len >= mo->size || mo->data[offset + len] != '\0')
    return NULL;

  *length = len;

  return mo->data + offset;
}

static MoFile *
mo_file_open (const char *path)
{
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
  MoFile *mo;
  guint32 magic;

  if (file == NULL || g_mapped_file_get_length (file) < 28)
    return NULL;

  mo = g_new0 (MoFile, 1);
  mo->data = g_mapped_file_get_contents (file);
  mo->size = g_mapped_file_get_length (file);
  memcpy (&magic, mo->data, sizeof magic);
  if (magic == 0x950412de)
    mo->swapped = FALSE;
  else if (GUINT32_SWAP_LE_BE (magic) == 0x950412de)
    mo->swapped = TRUE;
  else
    {
      g_free (mo);
      return NULL;
    }

  mo->file = g_steal_pointer (&file);
  mo->n_strings = read_word (mo, 8);
  mo->originals = read_word (mo, 12);
  mo->translations = read_word (mo, 16);

  return mo;
}

static const char *
mo_file_lookup (const MoFile *mo,
                const char   *key)
{
  guint32 low = 0;
  guint32 high = mo->n_strings;

  while (low < high)
    {
      guint32 middle = low + (high - low) / 2;
      guint32 length;
      const char *original = entry_string (mo, mo->originals, middle, &length);
      int cmp;

      if (original == NULL)
        return NULL;

      cmp = strcmp (key, original);
      if (cmp == 0)
        {
          const char *translation = entry_string (mo, mo->translations, middle, &length);

          /* An empty translation means "not translated". */
          return translation != NULL && length > 0 ? translation : NULL;
        }
      if (cmp < 0)
        high = middle;
      else
        low = middle + 1;
    }

  return NULL;
}

/* Catalogues stay mapped for the life of the process, so the strings
 * returned stay valid; a language without one is remembered as NULL. */
static GMutex catalogues_lock;
static GHashTable *catalogues;

static const MoFile *
get_catalogue (const char *language)
{
  const MoFile *mo;
  gpointer value;

  g_mutex_lock (&catalogues_lock);

  if (catalogues == NULL)
    catalogues = g_hash_table_new (g_str_hash, g_str_equal);

  if (g_hash_table_lookup_extended (catalogues, language, NULL, &value))
    {
      mo = value;
    }
  else
    {
      const char *dir = bindtextdomain (GETTEXT_PACKAGE, NULL);
      g_autofree char *name = g_strconcat (GETTEXT_PACKAGE, ".mo", NULL);
      g_autofree char *path = NULL;

      path = g_build_filename (dir != NULL ? dir : LOCALEDIR, language, "LC_MESSAGES", name, NULL);
      mo = mo_file_open (path);
      g_hash_table_insert (catalogues, g_strdup (language), (gpointer) mo);
    }

  g_mutex_unlock (&catalogues_lock);

  return mo;
}

const char *
rex_translation_lookup (const char *language,
                        const char *context,
                        const char *msgid)
{
  g_autofree char *key = NULL;
  const MoFile *mo;
  const char *translation;

  g_return_val_if_fail (language != NULL, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  if (!(mo = get_catalogue (language)))
    return msgid;

  /* gettext keys a string with a context as "context\004msgid". */
  key = context != NULL ? g_strconcat (context, "\004", msgid, NULL) : g_strdup (msgid);
  translation = mo_file_lookup (mo, key);

  return translation != NULL ? translation : msgid;
}
