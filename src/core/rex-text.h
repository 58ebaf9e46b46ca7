/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A copy of @text (@len bytes, or up to the NUL if @len is -1) that is
 * valid UTF-8 and safe to print on a terminal or show in a label: control
 * characters (C0, DEL, C1), invisible formatting characters (bidirectional
 * overrides and isolates, zero-width characters, U+FEFF), line and
 * paragraph separators and invalid bytes are replaced by visible escapes
 * such as \x1b or \u202e. Other text, Kazakh and Russian included, is
 * copied unchanged. */
char     *rex_text_escape          (const char *text,
                                    gssize      len);

/* Whether @c must not appear in text shown to people unescaped: the
 * characters rex_text_escape() replaces. */
gboolean  rex_text_unichar_is_hidden (gunichar  c);

G_END_DECLS
