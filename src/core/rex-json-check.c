/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rex-json-check.h"
#include "rex-text.h"

/* json-glib 1.6 reads more than JSON: comments, strings in single
 * quotes and hexadecimal numbers pass, a repeated member silently
 * replaces the first, integers beyond 64 bits wrap around, \u0000 cuts
 * a string short and a lone surrogate escape decodes into invalid
 * UTF-8. It also parses recursively, so deep enough nesting overflows
 * the stack whatever hides it. This scanner accepts exactly the JSON of
 * RFC 8259, in one pass over the bytes with nothing built but a stack of
 * open arrays and objects, so json-glib only ever sees data it reads the
 * way the standard does, and a person gets the line, column and JSON
 * path of the first mistake. */

/* Objects up to this many members are checked for repeated names by
 * comparing with each earlier one, which is cheaper than hashing for the
 * handful of members a dataset's objects have; larger ones get a hash
 * table so that a huge object cannot make the check quadratic. */
#define SMALL_OBJECT 16

#define ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGH G_GUINT64_CONSTANT (0x8080808080808080)

typedef struct
{
  const char *name;
  gsize       len;
  const char *where;
} Member;

typedef struct
{
  gboolean    is_object;
  /* Arrays: the element being read. */
  guint       index;
  /* Objects: the member being read, for the path; NULL between members. */
  const char *name;
  gsize       name_len;
  /* Objects: where their names start in Scanner.members, or, once they
   * have many members, a set of names instead. */
  guint       first_member;
  GHashTable *names;
} Frame;

typedef struct
{
  const char *data;
  const char *end;
  const char *display_name;
  Frame       frames[REX_DATASET_MAX_DEPTH];
  guint       depth;
  GArray     *members;
  GPtrArray  *decoded;
  GError     *error;
} Scanner;

typedef enum {
  EXPECT_VALUE,
  EXPECT_NAME,
  EXPECT_COLON,
  EXPECT_COMMA_OR_BRACE,
  EXPECT_COMMA_OR_BRACKET,
  EXPECT_END,
} Expect;

static inline gboolean
is_space (char c)
{
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

static inline const char *
skip_space (const char *p,
            const char *end)
{
  while (p < end && is_space (*p))
    p++;
  return p;
}

/* What a mistaken token is made of, to quote all of “0x1F” or “NaN”. */
static inline gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '.' || c == '+' || c == '-' || c == '_';
}

static inline gboolean
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static void
locate (const char *data,
        const char *where,
        guint      *line,
        guint      *column)
{
  const char *line_start = data;
  const char *p = data;
  guint n = 1;

  while ((p = memchr (p, '\n', (gsize) (where - p))) != NULL)
    {
      n++;
      line_start = ++p;
    }

  *line = n;
  *column = (guint) g_utf8_strlen (line_start, where - line_start) + 1;
}

static void
append_path (Scanner *s,
             GString *path)
{
  for (guint i = 0; i < s->depth; i++)
    {
      Frame *f = &s->frames[i];

      if (!f->is_object)
        {
          g_string_append_printf (path, "[%u]", f->index);
          continue;
        }
      if (f->name == NULL)
        break;
      if (path->len > 0)
        g_string_append_c (path, '.');
      g_string_append_len (path, f->name, (gssize) f->name_len);
    }
}

static void
fail (Scanner         *s,
      RexDatasetError  code,
      const char      *where,
      const char      *format,
      ...) G_GNUC_PRINTF (4, 5);

static void
fail (Scanner         *s,
      RexDatasetError  code,
      const char      *where,
      const char      *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GString) raw_path = g_string_new (NULL);
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  locate (s->data, where, &line, &column);
  append_path (s, raw_path);
  path = rex_text_escape (raw_path->str, (gssize) raw_path->len);

  if (path[0] != '\0')
    s->error = g_error_new (REX_DATASET_ERROR, code, "%s: %u:%u: %s: %s",
                            s->display_name, line, column, path, message);
  else
    s->error = g_error_new (REX_DATASET_ERROR, code, "%s: %u:%u: %s",
                            s->display_name, line, column, message);
}

/* The token at @p as it should be quoted in a message: a run of word
 * characters, or else one character; escaped, and cut when long. */
static char *
describe_token (const char *p,
                const char *end,
                gsize       max)
{
  const char *q = p;
  g_autofree char *text = NULL;

  if (is_word_char (*p))
    {
      while (q < end && is_word_char (*q) && (gsize) (q - p) < max)
        q++;
    }
  else
    {
      q = MIN (g_utf8_next_char (p), end);
    }

  text = rex_text_escape (p, q - p);
  if (q < end && is_word_char (*p) && is_word_char (*q))
    return g_strconcat (text, "…", NULL);

  return g_steal_pointer (&text);
}

static void
fail_unexpected (Scanner    *s,
                 const char *p,
                 Expect      expect)
{
  g_autofree char *token = NULL;

  if (p == s->end)
    {
      /* Translators: the JSON text stops before it is complete. */
      fail (s, REX_DATASET_ERROR_PARSE, p, "%s", _("unexpected end of the file"));
      return;
    }
  if (*p == '/')
    {
      /* Translators: // and slash-star comments; JSON has none. */
      fail (s, REX_DATASET_ERROR_PARSE, p, "%s", _("comments are not allowed in JSON"));
      return;
    }
  if (*p == '\'')
    {
      fail (s, REX_DATASET_ERROR_PARSE, p, "%s",
            /* Translators: 'text' instead of "text". */
            _("strings must be in double quotes, not single quotes"));
      return;
    }

  token = describe_token (p, s->end, 32);
  switch (expect)
    {
    case EXPECT_VALUE:
      fail (s, REX_DATASET_ERROR_PARSE, p,
            /* Translators: %s is what the file has, e.g. “NaN” or “]”. A JSON value
             * is a string, number, object, array, true, false or null. */
            _("unexpected “%s” (expected a JSON value)"), token);
      break;
    case EXPECT_NAME:
      fail (s, REX_DATASET_ERROR_PARSE, p,
            /* Translators: %s is what the file has where the name of a member
             * (field) of a JSON object should be, e.g. “}” or “title”. */
            _("unexpected “%s” (expected a member name in double quotes)"), token);
      break;
    case EXPECT_COLON:
      fail (s, REX_DATASET_ERROR_PARSE, p,
            /* Translators: %s is what the file has after the name of a member
             * instead of a colon. */
            _("unexpected “%s” (expected “:”)"), token);
      break;
    case EXPECT_COMMA_OR_BRACE:
      fail (s, REX_DATASET_ERROR_PARSE, p,
            /* Translators: %s is what the file has after a member of an object
             * instead of a comma or the closing brace. */
            _("unexpected “%s” (expected “,” or “}”)"), token);
      break;
    case EXPECT_COMMA_OR_BRACKET:
      fail (s, REX_DATASET_ERROR_PARSE, p,
            /* Translators: %s is what the file has after an element of an array
             * instead of a comma or the closing bracket. */
            _("unexpected “%s” (expected “,” or “]”)"), token);
      break;
    case EXPECT_END:
    default:
      fail (s, REX_DATASET_ERROR_PARSE, p,
            /* Translators: %s is what follows the complete JSON text. */
            _("unexpected “%s” after the end of the JSON data"), token);
      break;
    }
}

static int
read_hex4 (const char *p,
           const char *end)
{
  int value = 0;

  if (end - p < 4)
    return -1;

  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

/* @p is at a backslash inside a string; returns what follows the escape. */
static const char *
scan_escape (Scanner    *s,
             const char *p)
{
  const char *end = s->end;
  int unit, low;

  if (end - p < 2)
    return p + 1;

  switch (p[1])
    {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
      return p + 2;
    case 'u':
      break;
    default:
      {
        const char *next = MIN (g_utf8_next_char (p + 1), end);
        g_autofree char *escape = rex_text_escape (p, next - p);

        fail (s, REX_DATASET_ERROR_PARSE, p,
              /* Translators: %s is a backslash and what follows it in a string,
               * e.g. “\x” or “\'”; only \" \\ \/ \b \f \n \r \t and \uXXXX exist. */
              _("invalid escape “%s” in a string"), escape);
        return NULL;
      }
    }

  if ((unit = read_hex4 (p + 2, end)) < 0)
    {
      const char *q = p + 2;
      g_autofree char *escape = NULL;

      while (q < end && q < p + 6 && g_ascii_isxdigit (*q))
        q++;
      escape = rex_text_escape (p, q - p);

      fail (s, REX_DATASET_ERROR_PARSE, p,
            _("invalid escape “%s” in a string"), escape);
      return NULL;
    }

  if (unit == 0)
    {
      fail (s, REX_DATASET_ERROR_INVALID_VALUE, p, "%s",
            /* Translators: \u0000 is the JSON escape of the NUL character; keep it. */
            _("\\u0000 (the NUL character) is not allowed in a string"));
      return NULL;
    }

  if (unit >= 0xd800 && unit <= 0xdbff && end - p >= 12 && p[6] == '\\' && p[7] == 'u' &&
      (low = read_hex4 (p + 8, end)) >= 0xdc00 && low <= 0xdfff)
    return p + 12;

  if (unit >= 0xd800 && unit <= 0xdfff)
    {
      g_autofree char *escape = g_strndup (p, 6);

      fail (s, REX_DATASET_ERROR_INVALID_VALUE, p,
            /* Translators: %s is an escape such as \ud800: half of a pair that
             * encodes one character, found without its other half. */
            _("unpaired surrogate “%s” in a string"), escape);
      return NULL;
    }

  return p + 6;
}

/* @p is at the opening quote; returns what follows the closing one. */
static const char *
scan_string (Scanner    *s,
             const char *p,
             gboolean   *escaped)
{
  const char *start = p;
  const char *end = s->end;

  p++;
  for (;;)
    {
      guchar c;

      /* Most of a dataset is text: skip eight bytes at a time while none
       * of them is a quote, a backslash or a control character. */
      while (end - p >= 8)
        {
          guint64 word, quote, backslash;

          memcpy (&word, p, sizeof word);
          quote = word ^ G_GUINT64_CONSTANT (0x2222222222222222);
          backslash = word ^ G_GUINT64_CONSTANT (0x5c5c5c5c5c5c5c5c);
          if ((((word - 0x20 * ONES) & ~word) |
               ((quote - ONES) & ~quote) |
               ((backslash - ONES) & ~backslash)) & HIGH)
            break;
          p += 8;
        }

      if (p >= end)
        {
          fail (s, REX_DATASET_ERROR_PARSE, start, "%s",
                /* Translators: a string opened with " is never closed. */
                _("string not closed before the end of the file"));
          return NULL;
        }

      c = (guchar) *p;
      if (c == '"')
        return p + 1;

      if (c == '\\')
        {
          if (!(p = scan_escape (s, p)))
            return NULL;
          if (escaped != NULL)
            *escaped = TRUE;
          continue;
        }

      if (c < 0x20)
        {
          g_autofree char *escape = rex_text_escape (p, 1);

          fail (s, REX_DATASET_ERROR_PARSE, p,
                /* Translators: %s is the character, shown as an escape such as
                 * \x0a (a line break); in JSON it must be written \n, \t, \u001b… */
                _("control character %s in a string (it must be written as an escape)"),
                escape);
          return NULL;
        }

      p++;
    }
}

/* The contents of a string already checked by scan_string(), escapes
 * resolved; @p is at the opening quote and @end past the closing one. */
static char *
decode_string (const char *p,
               const char *end)
{
  GString *out = g_string_sized_new ((gsize) (end - p));

  for (p++, end--; p < end; )
    {
      gunichar c;

      if (*p != '\\')
        {
          g_string_append_c (out, *p++);
          continue;
        }

      switch (p[1])
        {
        case 'b': g_string_append_c (out, '\b'); p += 2; continue;
        case 'f': g_string_append_c (out, '\f'); p += 2; continue;
        case 'n': g_string_append_c (out, '\n'); p += 2; continue;
        case 'r': g_string_append_c (out, '\r'); p += 2; continue;
        case 't': g_string_append_c (out, '\t'); p += 2; continue;
        case 'u': break;
        default: g_string_append_c (out, p[1]); p += 2; continue;
        }

      c = (gunichar) read_hex4 (p + 2, end);
      p += 6;
      if (c >= 0xd800 && c <= 0xdbff)
        {
          c = 0x10000 + ((c - 0xd800) << 10) + ((gunichar) read_hex4 (p + 2, end) - 0xdc00);
          p += 6;
        }
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* @p is at a minus sign or a digit, or at a + or . that starts a
 * mistaken number. */
static const char *
scan_number (Scanner    *s,
             const char *p)
{
  static const char max_int[] = "9223372036854775807";
  static const char min_int[] = "9223372036854775808";
  const char *end = s->end;
  const char *start = p;
  const char *digits;
  gboolean negative = FALSE;
  gboolean integer = TRUE;
  gsize n_digits;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  digits = p;
  if (p < end && *p == '0')
    p++;
  else if (p < end && *p >= '1' && *p <= '9')
    while (p < end && is_digit (*p))
      p++;
  else
    goto bad;
  n_digits = (gsize) (p - digits);

  if (p < end && *p == '.')
    {
      integer = FALSE;
      if (++p == end || !is_digit (*p))
        goto bad;
      while (p < end && is_digit (*p))
        p++;
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      integer = FALSE;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p == end || !is_digit (*p))
        goto bad;
      while (p < end && is_digit (*p))
        p++;
    }

  /* “012”, “0x1F”, “1.2.3”, “1e5e5” */
  if (p < end && is_word_char (*p))
    goto bad;

  /* json-glib keeps integers as gint64 and wraps any larger one. */
  if (integer &&
      (n_digits > 19 ||
       (n_digits == 19 && memcmp (digits, negative ? min_int : max_int, 19) > 0)))
    {
      g_autofree char *number = describe_token (start, end, 40);

      fail (s, REX_DATASET_ERROR_INVALID_VALUE, start,
            /* Translators: %s is the integer as written in the file; the range is
             * that of 64-bit integers. */
            _("integer %s is out of range (−9223372036854775808 to 9223372036854775807)"),
            number);
      return NULL;
    }

  return p;

bad:
  {
    g_autofree char *token = describe_token (start, end, 32);

    fail (s, REX_DATASET_ERROR_PARSE, start,
          /* Translators: %s is the text found, e.g. “0x1F”, “+1”, “012” or
           * “NaN”. Keep the examples of valid numbers as they are. */
          _("“%s” is not a JSON number (write decimal numbers such as 12, -0.5 or 1e6)"),
          token);
    return NULL;
  }
}

static const char *
scan_literal (Scanner    *s,
              const char *p)
{
  static const char * const literals[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize n = strlen (literals[i]);

      if ((gsize) (s->end - p) >= n && memcmp (p, literals[i], n) == 0 &&
          (p + n == s->end || !is_word_char (p[n])))
        return p + n;
    }

  fail_unexpected (s, p, EXPECT_VALUE);
  return NULL;
}

/* Records a member name of the innermost object, or fails if the object
 * already has one of that name. */
static gboolean
add_member (Scanner    *s,
            Frame      *f,
            const char *name,
            gsize       len,
            const char *where)
{
  const char *first = NULL;

  if (f->names != NULL)
    {
      char *key = g_strndup (name, len);

      if (!(first = g_hash_table_lookup (f->names, key)))
        g_hash_table_insert (f->names, key, (gpointer) where);
      else
        g_free (key);
    }
  else
    {
      guint n = s->members->len - f->first_member;
      /* An empty GArray may have no storage at all. */
      Member *members = n > 0 ? &g_array_index (s->members, Member, f->first_member) : NULL;
      Member member = { name, len, where };

      for (guint i = 0; i < n && first == NULL; i++)
        if (members[i].len == len && memcmp (members[i].name, name, len) == 0)
          first = members[i].where;

      if (first == NULL && n < SMALL_OBJECT)
        {
          g_array_append_val (s->members, member);
        }
      else if (first == NULL)
        {
          f->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          for (guint i = 0; i < n; i++)
            g_hash_table_insert (f->names, g_strndup (members[i].name, members[i].len),
                                 (gpointer) members[i].where);
          g_hash_table_insert (f->names, g_strndup (name, len), (gpointer) where);
          g_array_set_size (s->members, f->first_member);
        }
    }

  if (first != NULL)
    {
      guint line, column;

      locate (s->data, first, &line, &column);
      fail (s, REX_DATASET_ERROR_DUPLICATE_MEMBER, where,
            /* Translators: a JSON object has two members (fields) of the same
             * name; the message follows the member's JSON path. %u:%u is the
             * line and column of the first one. */
            _("repeated member (the first is at %u:%u)"), line, column);
      return FALSE;
    }

  return TRUE;
}

GError *
rex_json_check (const char *data,
                gsize       len,
                const char *display_name)
{
  Scanner s = { .data = data, .end = data + len, .display_name = display_name };
  const char *end = data + len;
  const char *p = data;
  Frame *f = NULL;

  s.members = g_array_new (FALSE, FALSE, sizeof (Member));
  s.decoded = g_ptr_array_new_with_free_func (g_free);

value:
  p = skip_space (p, end);
  if (p == end)
    {
      fail_unexpected (&s, p, EXPECT_VALUE);
      goto done;
    }
  switch (*p)
    {
    case '{':
    case '[':
      if (s.depth == REX_DATASET_MAX_DEPTH)
        {
          fail (&s, REX_DATASET_ERROR_TOO_DEEP, p,
                /* Translators: %d is the deepest nesting of JSON arrays and
                 * objects allowed. */
                _("nested more than %d levels deep"), REX_DATASET_MAX_DEPTH);
          goto done;
        }
      f = &s.frames[s.depth++];
      *f = (Frame) { .is_object = *p == '{', .first_member = s.members->len };
      p = skip_space (p + 1, end);
      if (p < end && *p == (f->is_object ? '}' : ']'))
        {
          p++;
          goto close;
        }
      if (f->is_object)
        goto member;
      goto value;

    case '"':
      if (!(p = scan_string (&s, p, NULL)))
        goto done;
      goto next;

    case '-': case '+': case '.':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      if (!(p = scan_number (&s, p)))
        goto done;
      goto next;

    case 't': case 'f': case 'n':
      if (!(p = scan_literal (&s, p)))
        goto done;
      goto next;

    default:
      fail_unexpected (&s, p, EXPECT_VALUE);
      goto done;
    }

member:
  /* At the first non-space after “{” or “,” in an object. */
  if (p == end || *p != '"')
    {
      fail_unexpected (&s, p, EXPECT_NAME);
      goto done;
    }
  else
    {
      const char *start = p;
      gboolean escaped = FALSE;

      if (!(p = scan_string (&s, p, &escaped)))
        goto done;
      if (escaped)
        {
          char *name = decode_string (start, p);

          g_ptr_array_add (s.decoded, name);
          f->name = name;
          f->name_len = strlen (name);
        }
      else
        {
          f->name = start + 1;
          f->name_len = (gsize) (p - start - 2);
        }
      if (!add_member (&s, f, f->name, f->name_len, start))
        goto done;
    }
  p = skip_space (p, end);
  if (p == end || *p != ':')
    {
      fail_unexpected (&s, p, EXPECT_COLON);
      goto done;
    }
  p++;
  goto value;

next:
  /* Just past a complete value. */
  p = skip_space (p, end);
  if (s.depth == 0)
    {
      if (p != end)
        fail_unexpected (&s, p, EXPECT_END);
      goto done;
    }
  f = &s.frames[s.depth - 1];
  if (p < end && *p == ',')
    {
      p = skip_space (p + 1, end);
      if (f->is_object)
        {
          f->name = NULL;
          goto member;
        }
      f->index++;
      goto value;
    }
  if (p < end && *p == (f->is_object ? '}' : ']'))
    {
      p++;
      goto close;
    }
  fail_unexpected (&s, p, f->is_object ? EXPECT_COMMA_OR_BRACE : EXPECT_COMMA_OR_BRACKET);
  goto done;

close:
  /* Just past the closing bracket of the innermost array or object. */
  f = &s.frames[--s.depth];
  g_clear_pointer (&f->names, g_hash_table_unref);
  g_array_set_size (s.members, f->first_member);
  goto next;

done:
  for (guint i = 0; i < s.depth; i++)
    g_clear_pointer (&s.frames[i].names, g_hash_table_unref);
  g_array_unref (s.members);
  g_ptr_array_unref (s.decoded);

  return s.error;
}
