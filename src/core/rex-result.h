/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "rex-date.h"
#include "rex-enums.h"
#include "rex-region.h"

G_BEGIN_DECLS

/* The outcome of a vote: a referendum (choices are yes and no) or an
 * election (choices are parties, "against all", self-nominated
 * candidates). Counts that the data does not give are -1, shares and
 * turnouts NAN. */

typedef enum {
  REX_RESULT_REFERENDUM,
  REX_RESULT_ELECTION,
} RexResultKind;

/* One choice on the ballot. */
typedef struct
{
  const char *id;
  const char *label;            /* English; see rex_result_get_choice_label() */
  gint64      votes;
  double      share;            /* % as published */
  gint64      list_seats;
  gint64      district_seats;
} RexChoice;

/* One region's figures; @votes and @shares are indexed like the
 * result's choices. */
typedef struct
{
  RexRegion    *region;
  gint64        electorate;
  gint64        ballots;
  double        turnout;
  const gint64 *votes;
  const double *shares;
} RexRegionResult;

#define REX_TYPE_RESULT (rex_result_get_type ())

G_DECLARE_FINAL_TYPE (RexResult, rex_result, REX, RESULT, GObject)

const char     *rex_result_get_id             (RexResult *self);
RexResultKind   rex_result_get_kind           (RexResult *self);
const RexDate  *rex_result_get_date           (RexResult *self);
/* Translated (context "result title"). */
const char     *rex_result_get_title          (RexResult *self);
/* Translated (context "result note"), or NULL. */
const char     *rex_result_get_note           (RexResult *self);
gint64          rex_result_get_electorate     (RexResult *self);
gint64          rex_result_get_ballots        (RexResult *self);
double          rex_result_get_turnout        (RexResult *self);
gint64          rex_result_get_invalid        (RexResult *self);
gint64          rex_result_get_seats          (RexResult *self);
RexEvidence     rex_result_get_evidence       (RexResult *self);
GListModel     *rex_result_get_sources        (RexResult *self);

guint           rex_result_get_n_choices      (RexResult *self);
const RexChoice *rex_result_get_choice        (RexResult *self,
                                               guint      index);
/* Translated: "Yes", a party's official name (context "result choice"). */
const char     *rex_result_get_choice_label   (RexResult *self,
                                               guint      index);
/* The index of the choice with @id, or -1. */
int             rex_result_find_choice        (RexResult  *self,
                                               const char *id);
/* Whether any choice has seats. */
gboolean        rex_result_has_seats          (RexResult *self);

/* Results by region, in the division of polling day. */
gboolean        rex_result_has_regions        (RexResult *self);
RexDivision     rex_result_get_division       (RexResult *self);
RexEvidence     rex_result_get_regions_evidence (RexResult *self);
GListModel     *rex_result_get_regions_sources  (RexResult *self);
const char     *rex_result_get_regions_note   (RexResult *self);
guint           rex_result_get_n_region_results (RexResult *self);
const RexRegionResult *rex_result_get_region_result (RexResult *self,
                                                     guint      index);
/* By region (not by alias); NULL when the result has no figures for it. */
const RexRegionResult *rex_result_lookup_region (RexResult *self,
                                                 RexRegion *region);

/* The reforms that list this result, a list of RexReform. */
GListModel     *rex_result_get_reforms        (RexResult *self);

const char     *rex_result_kind_to_string     (RexResultKind kind);

G_END_DECLS
