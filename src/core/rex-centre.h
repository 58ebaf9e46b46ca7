/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "rex-date.h"

G_BEGIN_DECLS

#define REX_TYPE_CENTRE (rex_centre_get_type ())

/* The administrative centre of a region, current or former. */
G_DECLARE_FINAL_TYPE (RexCentre, rex_centre, REX, CENTRE, GObject)

/* The official name for the interface language (see
 * rex_region_get_name()), else the English one. */
const char    *rex_centre_get_name             (RexCentre *self);
const char    *rex_centre_get_name_en          (RexCentre *self);
const char    *rex_centre_get_official_name_kk (RexCentre *self);
const char    *rex_centre_get_official_name_ru (RexCentre *self);
double         rex_centre_get_latitude         (RexCentre *self);
double         rex_centre_get_longitude        (RexCentre *self);
/* For a former centre, when it stopped being one; NULL for a current one. */
const RexDate *rex_centre_get_until            (RexCentre *self);

G_END_DECLS
