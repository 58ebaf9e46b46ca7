/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Internal to rex-core: strict JSON syntax, checked before json-glib
 * parses the data. */

#include "rex-catalogue.h"

G_BEGIN_DECLS

/* Checks that @data (@len bytes of valid UTF-8) is exactly one JSON
 * text as RFC 8259 defines it, nested at most REX_DATASET_MAX_DEPTH
 * deep, with no repeated member in any object, no \u0000 or unpaired
 * surrogate escape in any string and no integer beyond 64 bits.
 * Returns NULL when it is, or the first problem found as a
 * REX_DATASET_ERROR whose message reads
 * "DISPLAY-NAME: LINE:COLUMN: JSON-PATH: what is wrong". */
GError *rex_json_check (const char *data,
                        gsize       len,
                        const char *display_name);

G_END_DECLS
