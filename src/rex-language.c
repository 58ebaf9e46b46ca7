/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "rex-core.h"
#include "rex-language.h"

static const char * const known_languages[] = { "", "en", "kk", "ru" };

/* Locales to try for each language, so that dates, numbers and plural
 * rules follow the language too. gettext ignores LANGUAGE when messages
 * are in the C locale, hence C.UTF-8 as the last resort. */
static const char * const kk_locales[] = { "kk_KZ.UTF-8", "kk_KZ.utf8", NULL };
static const char * const ru_locales[] = { "ru_RU.UTF-8", "ru_RU.utf8", NULL };
static const char * const en_locales[] = { "en_US.UTF-8", "en_US.utf8", "en_GB.UTF-8", "C.UTF-8", NULL };

static char *current;
static gboolean system_saved;
static char *system_language_env;

/* GLib decides once, at the first string it translates, whether to
 * translate anything at all (its own strings, GTK's, and ours through
 * g_dgettext): not when the locale is neither C nor English and the app
 * has no catalogue for it, so that an untranslated app does not mix
 * languages. Made in C.UTF-8 or German, that decision would keep the
 * app English after a switch to Kazakh or Russian; made in the C
 * locale, it is always yes. The price: a German system shows GTK's few
 * strings in German beside ours in English, until English is chosen. */
void
rex_language_init (void)
{
  g_autofree char *messages = g_strdup (setlocale (LC_MESSAGES, NULL));

  setlocale (LC_MESSAGES, "C");
  g_dgettext (GETTEXT_PACKAGE, "");
  if (messages != NULL)
    setlocale (LC_MESSAGES, messages);
}

gboolean
rex_language_is_known (const char *language)
{
  if (language == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (known_languages); i++)
    if (g_str_equal (language, known_languages[i]))
      return TRUE;

  return FALSE;
}

const char *
rex_language_get_current (void)
{
  return current != NULL ? current : "";
}

/* Whether the locale @name (as setlocale() reports it) is one of
 * @language's, e.g. "kk_KZ.UTF-8" for "kk". */
static gboolean
locale_is_language (const char *name,
                    const char *language)
{
  gsize len = strlen (language);

  return name != NULL && strncmp (name, language, len) == 0 &&
         (name[len] == '\0' || name[len] == '_' || name[len] == '.' || name[len] == '@');
}

static void
set_locale_for (const char *language)
{
  const char * const *candidates;
  const char *messages;

  /* Start from the system's own settings, so that a language chosen
   * before does not linger in any category. */
  setlocale (LC_ALL, "");

  if (*language == '\0')
    return;

  /* The system's locale already speaks it: keep its regional details. */
  if (locale_is_language (setlocale (LC_MESSAGES, NULL), language))
    return;

  if (g_str_equal (language, "kk"))
    candidates = kk_locales;
  else if (g_str_equal (language, "ru"))
    candidates = ru_locales;
  else
    candidates = en_locales;

  for (guint i = 0; candidates[i] != NULL; i++)
    if (setlocale (LC_ALL, candidates[i]) != NULL)
      return;

  /* No such locale on this machine: messages still translate in
   * C.UTF-8, dates and numbers stay the system's. */
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    setlocale (LC_MESSAGES, "C.UTF-8");
}

gboolean
rex_language_apply (const char *language)
{
  const char *localedir;

  if (!rex_language_is_known (language))
    return FALSE;

  if (!system_saved)
    {
      system_language_env = g_strdup (g_getenv ("LANGUAGE"));
      system_saved = TRUE;
    }

  /* LANGUAGE names only the language chosen: a string it lacks falls
   * back to the English original, never to a third language. */
  if (*language != '\0')
    g_setenv ("LANGUAGE", language, TRUE);
  else if (system_language_env != NULL)
    g_setenv ("LANGUAGE", system_language_env, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  set_locale_for (language);

  /* Binding the domain again (textdomain() in particular) tells gettext
   * that its cached lookups are stale. */
  localedir = bindtextdomain (GETTEXT_PACKAGE, NULL);
  if (localedir != NULL)
    {
      g_autofree char *dir = g_strdup (localedir);

      bindtextdomain (GETTEXT_PACKAGE, dir);
    }
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  rex_region_set_display_language (*language != '\0' ? language : NULL);

  g_free (current);
  current = g_strdup (language);

  return TRUE;
}
