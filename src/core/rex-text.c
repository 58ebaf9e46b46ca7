/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "rex-text.h"

gboolean
rex_text_unichar_is_hidden (gunichar c)
{
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
    return TRUE;

  /* Format characters (Cf) include every bidirectional control
   * (U+200E/F, U+202A–E, U+2066–9), the zero-width ones (U+200B–D,
   * U+2060, U+FEFF) and the soft hyphen; separators move text to a line
   * of its own. Ordinary spaces and no-break spaces stay. */
  switch (g_unichar_type (c))
    {
    case G_UNICODE_FORMAT:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return TRUE;
    default:
      return FALSE;
    }
}

char *
rex_text_escape (const char *text,
                 gssize      len)
{
  const char *p, *end;
  GString *out;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  if (len < 0)
    len = (gssize) strlen (text);

  out = g_string_sized_new ((gsize) len + 1);
  p = text;
  end = text + len;
  while (p < end)
    {
      guchar byte = (guchar) *p;
      gunichar c;

      if (byte < 0x80)
        {
          if (byte < 0x20 || byte == 0x7f)
            g_string_append_printf (out, "\\x%02x", byte);
          else
            g_string_append_c (out, (char) byte);
          p++;
          continue;
        }

      c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8 (a file name in another encoding, say): show the byte. */
          g_string_append_printf (out, "\\x%02x", byte);
          p++;
          continue;
        }

      if (rex_text_unichar_is_hidden (c))
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }

  return g_string_free (out, FALSE);
}
