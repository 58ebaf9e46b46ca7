/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The language the app speaks, chosen in Preferences or with --language:
 * "" for the system's, or "en", "kk" or "ru". It applies to this process
 * only; windows built afterwards speak it. */
gboolean    rex_language_is_known    (const char *language);
/* Call first thing in main(), after setlocale() and before anything is
 * translated, so that switching language later works whatever the
 * system's locale. */
void        rex_language_init        (void);
/* Sets LANGUAGE and the locale of the process, rebinds the text domain
 * and sets the language of region names. Strings already on screen
 * stay as they are: build the windows again. Returns FALSE for a
 * language that is not known, changing nothing. */
gboolean    rex_language_apply       (const char *language);
/* The choice applied last, "" before any. */
const char *rex_language_get_current (void);

G_END_DECLS
