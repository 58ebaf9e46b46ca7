/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "rex-date.h"

G_BEGIN_DECLS

#define REX_TYPE_SOURCE (rex_source_get_type ())

G_DECLARE_FINAL_TYPE (RexSource, rex_source, REX, SOURCE, GObject)

const char    *rex_source_get_id        (RexSource *self);
/* Title and publisher are in the document's own language: not translated.
 * A source the data describes instead of giving its title has that
 * description, translated, as its title. */
const char    *rex_source_get_title     (RexSource *self);
gboolean       rex_source_get_described (RexSource *self);
const char    *rex_source_get_publisher (RexSource *self);
/* NULL when the source has no date. */
const RexDate *rex_source_get_date      (RexSource *self);
const char    *rex_source_get_url       (RexSource *self);
/* The ISO 639-1 code of the language the document is written in, e.g.
 * "kk"; NULL when the data does not say. */
const char    *rex_source_get_language  (RexSource *self);
/* The same code as the app shows it beside the title, e.g. "KK". */
char          *rex_source_dup_language_tag (RexSource *self);
/* The host the address really leads to, in lower case and in its ASCII
 * (xn--) form, e.g. "www.akorda.kz", for showing beside a link; NULL if
 * the source has no address. */
char          *rex_source_dup_display_host (RexSource *self);

G_END_DECLS
