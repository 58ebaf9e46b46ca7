/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  REX_DATE_PRECISION_YEAR,
  REX_DATE_PRECISION_MONTH,
  REX_DATE_PRECISION_DAY,
} RexDatePrecision;

/* A calendar date known to a year, a month or a day. The fields that
 * the precision does not cover are 0. */
typedef struct {
  guint16          year;
  guint8           month;
  guint8           day;
  RexDatePrecision precision;
} RexDate;

#define REX_TYPE_DATE           (rex_date_get_type ())
#define REX_TYPE_DATE_PRECISION (rex_date_precision_get_type ())

GType     rex_date_get_type           (void) G_GNUC_CONST;
GType     rex_date_precision_get_type (void) G_GNUC_CONST;

RexDate  *rex_date_copy               (const RexDate *date);
void      rex_date_free               (RexDate       *date);

gboolean  rex_date_parse              (const char    *text,
                                       RexDate       *out);
gboolean  rex_date_is_valid           (const RexDate *date);
int       rex_date_compare            (const RexDate *a,
                                       const RexDate *b);
char     *rex_date_to_iso             (const RexDate *date);
char     *rex_date_format             (const RexDate *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RexDate, rex_date_free)

G_END_DECLS
