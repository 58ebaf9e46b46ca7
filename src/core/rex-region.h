/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "rex-centre.h"
#include "rex-date.h"
#include "rex-enums.h"
#include "rex-measure.h"

G_BEGIN_DECLS

#define REX_TYPE_REGION (rex_region_get_type ())

G_DECLARE_FINAL_TYPE (RexRegion, rex_region, REX, REGION, GObject)

/* The language of region and centre display names: "kk", "ru" or "en".
 * It is decided once per process from the message locale, the way
 * gettext picks a catalogue; passing a language here overrides that
 * (tests and the app's language switch do), and NULL decides again from
 * the locale as it is now. */
void                rex_region_set_display_language (const char *language);
const char         *rex_region_get_display_language (void);
/* Of a name given in English and in its official Kazakh and Russian
 * forms, the one for the display language (English when a form is
 * missing). Regions and centres use it. */
const char         *rex_display_name                (const char *name_en,
                                                     const char *official_kk,
                                                     const char *official_ru);

const char         *rex_region_get_id               (RexRegion  *self);
/* Older ISO codes of the same unit ("KZ-VOS"). */
const char * const *rex_region_get_aliases          (RexRegion  *self);
RexRegionKind       rex_region_get_kind             (RexRegion  *self);
/* The official name in the display language, or the English name. */
const char         *rex_region_get_name             (RexRegion  *self);
/* The name in the display language without its kind word, for a map
 * label: "Pavlodar" for "Pavlodar Region", "Абай" for "Абай облысы" and
 * for "область Абай", "Павлодарская" for "Павлодарская область".
 * Cities keep their names. Free with g_free(). */
char               *rex_region_dup_short_name       (RexRegion  *self);
const char         *rex_region_get_name_en          (RexRegion  *self);
const char         *rex_region_get_official_name_kk (RexRegion  *self);
const char         *rex_region_get_official_name_ru (RexRegion  *self);
/* Other names in use, in "en", "kk" or "ru"; never NULL for those. */
const char * const *rex_region_get_variants         (RexRegion  *self,
                                                     const char *language);
/* NULL for cities. */
RexCentre          *rex_region_get_centre           (RexRegion  *self);
/* The centre the region had in @division: for the 2018 one, the centre
 * of 7 June 2022 (Taldykorgan for Almaty Region). */
RexCentre          *rex_region_get_centre_in_division (RexRegion  *self,
                                                     RexDivision division);
/* A list of RexCentre. */
GListModel         *rex_region_get_former_centres   (RexRegion  *self);
/* NULL means before 2018 / still exists. */
const RexDate      *rex_region_get_existed_from     (RexRegion  *self);
const RexDate      *rex_region_get_existed_until    (RexRegion  *self);
RexDivision         rex_region_get_divisions        (RexRegion  *self);
gboolean            rex_region_in_division          (RexRegion  *self,
                                                     RexDivision division);
/* Formation, for units created in the period: a list of RexRegion
 * (empty when not formed), the English names of the districts and
 * cities it took, the date (NULL when not formed) and evidence. */
GListModel         *rex_region_get_formed_from      (RexRegion  *self);
const char * const *rex_region_get_formed_took      (RexRegion  *self);
/* The same names translated (context "district name"); free with g_free(),
 * not g_strfreev(): the strings belong to the region or the catalogue. */
const char        **rex_region_dup_formed_took_display (RexRegion *self);
const RexDate      *rex_region_get_formed_date      (RexRegion  *self);
RexEvidence         rex_region_get_formed_evidence  (RexRegion  *self);
/* A list of RexSource. */
GListModel         *rex_region_get_formed_sources   (RexRegion  *self);
RexMeasure         *rex_region_get_area             (RexRegion  *self);
RexMeasure         *rex_region_get_population       (RexRegion  *self);
/* A list of RexSource. */
GListModel         *rex_region_get_sources          (RexRegion  *self);
/* The reforms that name this region, a list of RexReform in programme
 * order. The list is emptied when the catalogue is finalised: regions
 * do not keep reforms alive. */
GListModel         *rex_region_get_reforms          (RexRegion  *self);
/* A list of RexResult with figures for this region, in file order. */
GListModel         *rex_region_get_results          (RexRegion  *self);

G_END_DECLS
