/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "rex-core.h"

G_BEGIN_DECLS

#define REX_TYPE_SOURCE_ROW (rex_source_row_get_type ())

G_DECLARE_FINAL_TYPE (RexSourceRow, rex_source_row, REX, SOURCE_ROW, AdwActionRow)

GtkWidget *rex_source_row_new        (RexSource    *source);
RexSource *rex_source_row_get_source (RexSourceRow *self);

G_END_DECLS
