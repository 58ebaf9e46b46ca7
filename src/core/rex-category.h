/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define REX_TYPE_CATEGORY (rex_category_get_type ())

G_DECLARE_FINAL_TYPE (RexCategory, rex_category, REX, CATEGORY, GObject)

const char *rex_category_get_id       (RexCategory *self);
/* Translated (context "category title" / "category summary"). */
const char *rex_category_get_title    (RexCategory *self);
const char *rex_category_get_summary  (RexCategory *self);
/* Zero-based position in programme order. */
guint       rex_category_get_position (RexCategory *self);

G_END_DECLS
