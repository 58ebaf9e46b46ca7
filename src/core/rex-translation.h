/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The translation of @msgid (in @context, or none when NULL) in the
 * catalogue of @language ("kk", "ru"), whatever language the process
 * displays. Search uses it to match every language at once, which
 * gettext cannot do: it answers in the display language only.
 *
 * The catalogue is read from where GETTEXT_PACKAGE is bound
 * (bindtextdomain()); the result is @msgid itself when there is no
 * catalogue or no translation. Safe to call from any thread. */
const char *rex_translation_lookup (const char *language,
                                    const char *context,
                                    const char *msgid);

G_END_DECLS
