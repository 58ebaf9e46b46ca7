/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "rex-reform.h"
#include "rex-region.h"

G_BEGIN_DECLS

/* Folds text for matching: NFKD, combining marks dropped ("ё" → "е",
 * "й" → "и", accents go), case folded, runs of white space made one
 * space and trimmed. */
char     *rex_search_fold         (const char *text);

#define REX_TYPE_QUERY (rex_query_get_type ())

/* A search built from what the user typed: every term must occur in
 * what is matched. An empty query matches everything. */
typedef struct _RexQuery RexQuery;

GType     rex_query_get_type      (void) G_GNUC_CONST;
RexQuery *rex_query_new           (const char *text);
RexQuery *rex_query_ref           (RexQuery   *self);
void      rex_query_unref         (RexQuery   *self);
gboolean  rex_query_is_empty      (RexQuery   *self);
gboolean  rex_query_equal         (RexQuery   *self,
                                   RexQuery   *other);
gboolean  rex_query_implies       (RexQuery   *self,
                                   RexQuery   *other);
/* Title and summary in English and in the interface language, the
 * category title and the names of its regions. */
gboolean  rex_query_match_reform  (RexQuery   *self,
                                   RexReform  *reform);
/* Id, aliases and every name and variant. */
gboolean  rex_query_match_region  (RexQuery   *self,
                                   RexRegion  *region);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RexQuery, rex_query_unref)

G_END_DECLS
