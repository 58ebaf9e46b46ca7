/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rex-loader.h"
#include "rex-source.h"
#include "rex-text.h"

struct _RexSource
{
  GObject  parent_instance;

  char    *id;
  char    *title;
  /* The project's own words for what the document is, in English and
   * translated, where its title is not given. */
  char    *description;
  char    *publisher;
  char    *url;
  char    *language;
  RexDate  date;
  guint    has_date : 1;
};

G_DEFINE_FINAL_TYPE (RexSource, rex_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_PUBLISHER,
  PROP_DATE,
  PROP_URL,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rex_source_finalize (GObject *object)
{
  RexSource *self = REX_SOURCE (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->description);
  g_free (self->publisher);
  g_free (self->url);
  g_free (self->language);

  G_OBJECT_CLASS (rex_source_parent_class)->finalize (object);
}

static void
rex_source_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RexSource *self = REX_SOURCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, rex_source_get_title (self));
      break;
    case PROP_PUBLISHER:
      g_value_set_string (value, self->publisher);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, rex_source_get_date (self));
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_source_class_init (RexSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rex_source_finalize;
  object_class->get_property = rex_source_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, REX_TYPE_DATE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rex_source_init (RexSource *self)
{
}

const char *
rex_source_get_id (RexSource *self)
{
  g_return_val_if_fail (REX_IS_SOURCE (self), NULL);
  return self->id;
}

const char *
rex_source_get_title (RexSource *self)
{
  g_return_val_if_fail (REX_IS_SOURCE (self), NULL);
  if (self->title != NULL)
    return self->title;

  return self->description != NULL
    ? g_dpgettext2 (GETTEXT_PACKAGE, "source description", self->description)
    : NULL;
}

/**
 * rex_source_get_described:
 *
 * Returns: TRUE when the source has the project's description of it
 *   (translated) instead of its own title
 */
gboolean
rex_source_get_described (RexSource *self)
{
  g_return_val_if_fail (REX_IS_SOURCE (self), FALSE);

  return self->title == NULL && self->description != NULL;
}

const char *
rex_source_get_publisher (RexSource *self)
{
  g_return_val_if_fail (REX_IS_SOURCE (self), NULL);
  return self->publisher;
}

const RexDate *
rex_source_get_date (RexSource *self)
{
  g_return_val_if_fail (REX_IS_SOURCE (self), NULL);
  return self->has_date ? &self->date : NULL;
}

const char *
rex_source_get_url (RexSource *self)
{
  g_return_val_if_fail (REX_IS_SOURCE (self), NULL);
  return self->url;
}

const char *
rex_source_get_language (RexSource *self)
{
  g_return_val_if_fail (REX_IS_SOURCE (self), NULL);
  return self->language;
}

char *
rex_source_dup_language_tag (RexSource *self)
{
  g_return_val_if_fail (REX_IS_SOURCE (self), NULL);

  if (self->language == NULL)
    return NULL;

  return g_ascii_strup (self->language, -1);
}

/* An ISO 639-1 code as the data writes it: two lower-case letters.
 * Which codes exist is not checked, so that a source in a language the
 * app has never met still loads; the form is, because the tag shows it
 * as it is written. */
static gboolean
is_language_code (const char *code)
{
  return g_ascii_islower (code[0]) && g_ascii_islower (code[1]) && code[2] == '\0';
}

typedef enum {
  URL_OK,
  URL_NOT_WEB,
  URL_HIDDEN_CHARACTER,
  URL_BACKSLASH,
  URL_USERINFO,
  URL_NO_HOST,
} UrlProblem;

/* Only web addresses whose link text cannot lie about where they lead:
 * the app hands them to the desktop's browser, so file:// or javascript:
 * must not get through, and neither may what makes an address read as
 * another one, such as “https://gov.kz@evil.example/” (the host is
 * evil.example), right-to-left overrides or zero-width characters, or
 * backslashes, which browsers read as slashes. On success @host and
 * @host_len give the host as written. */
static UrlProblem
check_url (const char  *url,
           const char **host,
           gsize       *host_len,
           gunichar    *hidden)
{
  const char *rest, *authority_end, *host_end;

  if (g_str_has_prefix (url, "https://"))
    rest = url + strlen ("https://");
  else if (g_str_has_prefix (url, "http://"))
    rest = url + strlen ("http://");
  else
    return URL_NOT_WEB;

  for (const char *p = url; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (rex_text_unichar_is_hidden (c) && c >= 0x80)
        {
          *hidden = c;
          return URL_HIDDEN_CHARACTER;
        }
      if (c == '\\')
        return URL_BACKSLASH;
      if (c <= ' ' || c == 0x7f || g_unichar_isspace (c))
        return URL_NOT_WEB;
    }

  authority_end = rest + strcspn (rest, "/?#");
  if (memchr (rest, '@', (gsize) (authority_end - rest)) != NULL)
    return URL_USERINFO;

  /* The port, if any, follows the last colon, except in an IPv6 address. */
  host_end = authority_end;
  if (*rest == '[')
    {
      const char *close = memchr (rest, ']', (gsize) (authority_end - rest));

      if (close == NULL)
        return URL_NO_HOST;
      host_end = close + 1;
    }
  else
    {
      for (const char *p = authority_end; p > rest; p--)
        if (p[-1] == ':')
          {
            host_end = p - 1;
            break;
          }
    }
  if (host_end < authority_end)
    {
      if (*host_end != ':')
        return URL_NO_HOST;
      for (const char *p = host_end + 1; p < authority_end; p++)
        if (!g_ascii_isdigit (*p))
          return URL_NO_HOST;
    }

  if (host_end == rest)
    return URL_NO_HOST;
  for (const char *p = rest; p < host_end && *rest != '['; p++)
    if ((guchar) *p < 0x80 && !g_ascii_isalnum (*p) && *p != '-' && *p != '.')
      return URL_NO_HOST;

  *host = rest;
  *host_len = (gsize) (host_end - rest);
  return URL_OK;
}

char *
rex_source_dup_display_host (RexSource *self)
{
  g_autofree char *host = NULL;
  g_autofree char *ascii = NULL;
  const char *start;
  gsize len;
  gunichar hidden;

  g_return_val_if_fail (REX_IS_SOURCE (self), NULL);

  if (self->url == NULL || check_url (self->url, &start, &len, &hidden) != URL_OK)
    return NULL;

  /* The ASCII form, so that a look-alike in another script shows as
   * the xn-- name it really is. */
  host = g_strndup (start, len);
  if (host[0] != '[' && (ascii = g_hostname_to_ascii (host)) != NULL)
    return g_ascii_strdown (ascii, -1);

  return g_ascii_strdown (host, -1);
}

static void
report_url (RexLoader  *loader,
            const char *url,
            UrlProblem  problem,
            gunichar    hidden)
{
  g_autofree char *shown = rex_text_escape (url, -1);

  switch (problem)
    {
    case URL_HIDDEN_CHARACTER:
      {
        g_autofree char *code = g_strdup_printf ("U+%04X", hidden);

        rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "url",
                            /* Translators: the first %s is the address as written in the
                             * file, the second a character code such as U+202E: a
                             * character that cannot be seen but changes how the address
                             * reads, e.g. by reversing it. */
                            _("“%s” contains an invisible formatting character (%s)"),
                            shown, code);
        break;
      }
    case URL_BACKSLASH:
      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "url",
                          /* Translators: %s is the address as written in the file;
                           * browsers read a backslash as a slash. */
                          _("“%s” contains a backslash"), shown);
      break;
    case URL_USERINFO:
      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "url",
                          /* Translators: %s is the address as written in the file, e.g.
                           * https://gov.kz@evil.example/, whose host is evil.example. */
                          _("“%s” has a user name before its host, which hides where it leads"),
                          shown);
      break;
    case URL_NO_HOST:
      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "url",
                          /* Translators: %s is the address as written in the file; the
                           * host is the part that names the web site, e.g. www.akorda.kz. */
                          _("“%s” has no valid host"), shown);
      break;
    case URL_NOT_WEB:
    case URL_OK:
    default:
      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "url",
                          /* Translators: %s is the address as written in the file. */
                          _("“%s” is not an http:// or https:// address"), shown);
      break;
    }
}

RexSource *
rex_source_new_from_json (RexLoader *loader,
                          JsonNode  *node)
{
  static const char * const members[] = {
    "id", "title", "description", "publisher", "date", "url", "language", NULL
  };
  RexSource *self;
  JsonObject *object;
  const char *url, *host, *language;
  gsize host_len;
  gunichar hidden;
  UrlProblem problem;

  if (!(object = rex_loader_object (loader, node, members)))
    return NULL;

  self = g_object_new (REX_TYPE_SOURCE, NULL);
  self->id = g_strdup (rex_loader_id (loader, object, "id", REX_ID_PLAIN));
  /* Its own title, or, when the project describes the document instead,
   * a description; not both. */
  if (json_object_has_member (object, "description"))
    {
      self->description = rex_loader_dup_string (loader, object, "description", TRUE);
      if (json_object_has_member (object, "title"))
        rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "description",
                            /* Translators: “title” and “description” are names of
                             * members in the file and stay as they are. */
                            _("a source has either a “title” or a “description”, not both"));
    }
  else
    {
      self->title = rex_loader_dup_string (loader, object, "title", TRUE);
    }
  self->publisher = rex_loader_dup_string (loader, object, "publisher", TRUE);
  self->has_date = rex_loader_date (loader, object, "date", FALSE, FALSE, &self->date);

  url = rex_loader_string (loader, object, "url", TRUE);
  if (url != NULL && (problem = check_url (url, &host, &host_len, &hidden)) != URL_OK)
    report_url (loader, url, problem, hidden);
  else
    self->url = g_strdup (url);

  language = rex_loader_string (loader, object, "language", FALSE);
  if (language != NULL && !is_language_code (language))
    {
      g_autofree char *shown = rex_text_escape (language, -1);

      rex_loader_problem (loader, REX_DATASET_ERROR_INVALID_VALUE, "language",
                          /* Translators: %s is the value as written in the file;
                           * “en”, “kk” and “ru” are examples of the codes it should
                           * be, and stay as they are. */
                          _("“%s” is not a two-letter language code such as “en”, “kk” or “ru”"),
                          shown);
    }
  else
    {
      self->language = g_strdup (language);
    }

  return self;
}
