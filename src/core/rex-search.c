/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rex-loader.h"
#include "rex-search.h"
#include "rex-translation.h"

struct _RexQuery
{
  gatomicrefcount   ref_count;
  char            **terms;
};

G_DEFINE_BOXED_TYPE (RexQuery, rex_query, rex_query_ref, rex_query_unref)

static gboolean
is_mark (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
      return TRUE;
    default:
      return FALSE;
    }
}

char *
rex_search_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *stripped;
  gboolean space = TRUE;

  g_return_val_if_fail (text != NULL, NULL);

  /* Casefold before decomposing: folding can produce characters that
   * decompose further, never the reverse. */
  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup ("");

  stripped = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_mark (c))
        continue;

      if (g_unichar_isspace (c))
        {
          if (!space)
            g_string_append_c (stripped, ' ');
          space = TRUE;
          continue;
        }

      g_string_append_unichar (stripped, c);
      space = FALSE;
    }

  if (stripped->len > 0 && stripped->str[stripped->len - 1] == ' ')
    g_string_truncate (stripped, stripped->len - 1);

  return g_string_free (stripped, FALSE);
}

RexQuery *
rex_query_new (const char *text)
{
  g_autofree char *folded = NULL;
  RexQuery *self;

  self = g_new0 (RexQuery, 1);
  g_atomic_ref_count_init (&self->ref_count);

  folded = rex_search_fold (text != NULL ? text : "");
  if (folded[0] == '\0')
    self->terms = g_new0 (char *, 1);
  else
    self->terms = g_strsplit (folded, " ", -1);

  return self;
}

RexQuery *
rex_query_ref (RexQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
rex_query_unref (RexQuery *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_strfreev (self->terms);
      g_free (self);
    }
}

gboolean
rex_query_is_empty (RexQuery *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->terms[0] == NULL;
}

gboolean
rex_query_equal (RexQuery *self,
                 RexQuery *other)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (other != NULL, FALSE);

  return g_strv_equal ((const char * const *) self->terms, (const char * const *) other->terms);
}

/* Whether whatever @self matches, @other matches too: each of @other's
 * terms is part of one of @self's, as when a word typed into the search
 * grows by a letter or the search gains a word. A search can then test
 * only what the shorter one found. */
gboolean
rex_query_implies (RexQuery *self,
                   RexQuery *other)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (other != NULL, FALSE);

  for (guint i = 0; other->terms[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; !found && self->terms[j] != NULL; j++)
        found = strstr (self->terms[j], other->terms[i]) != NULL;
      if (!found)
        return FALSE;
    }

  return TRUE;
}

static gboolean
match_text (RexQuery   *self,
            const char *haystack)
{
  for (guint i = 0; self->terms[i] != NULL; i++)
    if (strstr (haystack, self->terms[i]) == NULL)
      return FALSE;

  return TRUE;
}

gboolean
rex_query_match_reform (RexQuery  *self,
                        RexReform *reform)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (REX_IS_REFORM (reform), FALSE);

  if (self->terms[0] == NULL)
    return TRUE;

  return match_text (self, rex_reform_get_search_text (reform));
}

gboolean
rex_query_match_region (RexQuery  *self,
                        RexRegion *region)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (REX_IS_REGION (region), FALSE);

  if (self->terms[0] == NULL)
    return TRUE;

  return match_text (self, rex_region_get_search_text (region));
}

/* Pieces are separated by white space, which folding makes one space;
 * terms contain none, so a term never matches across two fields. */
static void
add_piece (GString    *text,
           const char *piece)
{
  if (piece == NULL || piece[0] == '\0')
    return;

  g_string_append (text, piece);
  g_string_append_c (text, '\n');
}

/* The English text and its Kazakh and Russian translations, whatever
 * the display language: a search finds a reform in any of the three. */
static void
add_translated (GString    *text,
                const char *context,
                const char *english)
{
  static const char * const languages[] = { "kk", "ru" };

  if (english == NULL)
    return;

  add_piece (text, english);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      const char *translated = rex_translation_lookup (languages[i], context, english);

      if (translated != english)
        add_piece (text, translated);
    }
}

static void
add_strv (GString            *text,
          const char * const *strv)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    add_piece (text, strv[i]);
}

static void
add_region_names (GString   *text,
                  RexRegion *region)
{
  add_piece (text, rex_region_get_name_en (region));
  add_piece (text, rex_region_get_official_name_kk (region));
  add_piece (text, rex_region_get_official_name_ru (region));
  add_strv (text, rex_region_get_variants (region, "en"));
  add_strv (text, rex_region_get_variants (region, "kk"));
  add_strv (text, rex_region_get_variants (region, "ru"));
}

/* Matches the English text as well as the Kazakh and Russian, so a
 * Kazakh user can still find a reform by the English name in the news,
 * and a reader of the English interface by its Russian name. */
char *
rex_search_build_reform_text (RexReform *reform)
{
  g_autoptr(GString) text = g_string_sized_new (512);
  RexCategory *category = rex_reform_get_category (reform);
  GListModel *regions = rex_reform_get_regions (reform);

  add_translated (text, "reform title", rex_reform_get_title_en (reform));
  add_translated (text, "reform summary", rex_reform_get_summary_en (reform));
  if (category != NULL)
    add_translated (text, "category title", rex_category_get_title_en (category));

  for (guint i = 0, n = g_list_model_get_n_items (regions); i < n; i++)
    add_region_names (text, rex_object_list_peek (REX_OBJECT_LIST (regions), i));

  return rex_search_fold (text->str);
}

char *
rex_search_build_region_text (RexRegion *region)
{
  g_autoptr(GString) text = g_string_sized_new (256);
  RexCentre *centre = rex_region_get_centre (region);
  const char * const *aliases = rex_region_get_aliases (region);

  add_piece (text, rex_region_get_id (region));
  add_strv (text, aliases);
  add_region_names (text, region);
  if (centre != NULL)
    {
      add_piece (text, rex_centre_get_name_en (centre));
      add_piece (text, rex_centre_get_official_name_kk (centre));
      add_piece (text, rex_centre_get_official_name_ru (centre));
    }

  return rex_search_fold (text->str);
}
