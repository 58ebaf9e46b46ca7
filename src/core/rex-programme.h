/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "rex-date.h"

G_BEGIN_DECLS

#define REX_TYPE_PROGRAMME (rex_programme_get_type ())

G_DECLARE_FINAL_TYPE (RexProgramme, rex_programme, REX, PROGRAMME, GObject)

const char    *rex_programme_get_id        (RexProgramme *self);
/* The strings below are translated ("programme title" etc.). */
const char    *rex_programme_get_title     (RexProgramme *self);
const RexDate *rex_programme_get_date      (RexProgramme *self);
const char    *rex_programme_get_speaker   (RexProgramme *self);
const char    *rex_programme_get_occasion  (RexProgramme *self);
const char    *rex_programme_get_quotation (RexProgramme *self);
const char    *rex_programme_get_summary   (RexProgramme *self);
/* A list of RexSource. */
GListModel    *rex_programme_get_sources   (RexProgramme *self);

G_END_DECLS
