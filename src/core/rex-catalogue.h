/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "rex-category.h"
#include "rex-date.h"
#include "rex-enums.h"
#include "rex-programme.h"
#include "rex-reform.h"
#include "rex-region.h"
#include "rex-result.h"
#include "rex-source.h"

G_BEGIN_DECLS

#define REX_DATASET_ERROR (rex_dataset_error_quark ())

typedef enum {
  REX_DATASET_ERROR_IO,
  REX_DATASET_ERROR_EMPTY,
  REX_DATASET_ERROR_TOO_LARGE,
  REX_DATASET_ERROR_INVALID_UTF8,
  REX_DATASET_ERROR_PARSE,
  REX_DATASET_ERROR_TOO_DEEP,
  REX_DATASET_ERROR_MISSING_MEMBER,
  REX_DATASET_ERROR_WRONG_TYPE,
  REX_DATASET_ERROR_UNKNOWN_MEMBER,
  REX_DATASET_ERROR_INVALID_VALUE,
  REX_DATASET_ERROR_DUPLICATE_ID,
  REX_DATASET_ERROR_DANGLING_REFERENCE,
  REX_DATASET_ERROR_UNSUPPORTED_FORMAT,
  REX_DATASET_ERROR_DUPLICATE_MEMBER,
  REX_DATASET_ERROR_NOT_REGULAR_FILE,
} RexDatasetError;

/* Guard rails applied before the JSON parser sees the data: at most
 * REX_DATASET_MAX_SIZE bytes are ever read, from a regular file only. */
#define REX_DATASET_MAX_SIZE   (32 * 1024 * 1024)
#define REX_DATASET_MAX_DEPTH  64
#define REX_DATASET_MAX_STRING (64 * 1024)
/* The largest count (of voters, votes, seats) a dataset may give. */
#define REX_DATASET_MAX_COUNT  G_GINT64_CONSTANT (10000000000)

#define REX_CATALOGUE_BUNDLED_PATH "/io/github/reformexplorer/ReformExplorer/data/reforms.json"

#define REX_TYPE_DATASET_ERROR (rex_dataset_error_get_type ())
#define REX_TYPE_CATALOGUE     (rex_catalogue_get_type ())

GQuark rex_dataset_error_quark    (void);
GType  rex_dataset_error_get_type (void) G_GNUC_CONST;

/* What went wrong with a dataset, in the words a reader needs first. */
typedef enum {
  REX_DATASET_FAULT_UNREADABLE,   /* the file could not be read at all */
  REX_DATASET_FAULT_DAMAGED,      /* empty, cut short, not UTF-8, not JSON */
  REX_DATASET_FAULT_NOT_DATASET,  /* JSON, but not a dataset this version reads */
  REX_DATASET_FAULT_INVALID,      /* a dataset with problems in its content */
} RexDatasetFault;

/* A failed load returns one GError; these give every problem behind it,
 * in the order found (an error that was the only problem is its own
 * list of one). */
guint           rex_dataset_error_get_n_problems (const GError *error);
const GError   *rex_dataset_error_get_problem    (const GError *error,
                                                  guint         index);
/* Where in the JSON tree a problem was found, e.g. "reforms[0].colour",
 * "" for the root; NULL for problems found before the tree was built
 * (reading, UTF-8, syntax), whose message gives line:column instead. */
const char     *rex_dataset_error_get_path       (const GError *error);
RexDatasetFault rex_dataset_error_get_fault      (const GError *error);

/* An immutable, fully validated dataset. A catalogue is only ever
 * returned whole: any problem in the data fails the constructor. */
G_DECLARE_FINAL_TYPE (RexCatalogue, rex_catalogue, REX, CATALOGUE, GObject)

RexCatalogue  *rex_catalogue_new_from_bytes       (GBytes              *bytes,
                                                   const char          *display_name,
                                                   GError             **error);
RexCatalogue  *rex_catalogue_new_from_file        (GFile               *file,
                                                   GCancellable        *cancellable,
                                                   GError             **error);
void           rex_catalogue_new_from_file_async  (GFile               *file,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
RexCatalogue  *rex_catalogue_new_from_file_finish (GAsyncResult        *result,
                                                   GError             **error);
RexCatalogue  *rex_catalogue_new_from_resource    (const char          *path,
                                                   GError             **error);
/* The dataset compiled into the library. */
RexCatalogue  *rex_catalogue_new_bundled          (GError             **error);

/* Validate without keeping anything. Returns TRUE when the data is
 * valid; otherwise @problems (if not NULL) receives every problem found,
 * as GErrors in the REX_DATASET_ERROR domain. */
gboolean       rex_catalogue_check                (GBytes              *bytes,
                                                   const char          *display_name,
                                                   GPtrArray          **problems);
/* For `reform-explorer --check`: appends "OK: …" or one line per problem,
 * with control and invisible formatting characters escaped (see
 * rex_text_escape()) so that the file cannot control the terminal. */
gboolean       rex_catalogue_check_file           (GFile               *file,
                                                   GString             *report);

const char    *rex_catalogue_get_display_name     (RexCatalogue        *self);
RexProgramme  *rex_catalogue_get_programme        (RexCatalogue        *self);
const RexDate *rex_catalogue_get_as_of            (RexCatalogue        *self);
/* Lists of RexCategory, RexReform, RexRegion and RexSource, in file order. */
GListModel    *rex_catalogue_get_categories       (RexCatalogue        *self);
GListModel    *rex_catalogue_get_reforms          (RexCatalogue        *self);
GListModel    *rex_catalogue_get_regions          (RexCatalogue        *self);
GListModel    *rex_catalogue_get_sources          (RexCatalogue        *self);
/* A list of RexResult (format 2), in file order; empty for format 1. */
GListModel    *rex_catalogue_get_results          (RexCatalogue        *self);
RexResult     *rex_catalogue_lookup_result        (RexCatalogue        *self,
                                                   const char          *id);
RexReform     *rex_catalogue_lookup_reform        (RexCatalogue        *self,
                                                   const char          *id);
RexCategory   *rex_catalogue_lookup_category      (RexCatalogue        *self,
                                                   const char          *id);
/* By current id or by alias. */
RexRegion     *rex_catalogue_lookup_region        (RexCatalogue        *self,
                                                   const char          *id);
RexSource     *rex_catalogue_lookup_source        (RexCatalogue        *self,
                                                   const char          *id);
/* The reforms of a category, a list of RexReform in programme order. */
GListModel    *rex_catalogue_get_reforms_in_category (RexCatalogue     *self,
                                                   RexCategory         *category);
guint          rex_catalogue_count_reforms_by_status (RexCatalogue     *self,
                                                   RexStatus            status);
guint          rex_catalogue_count_milestones     (RexCatalogue        *self);

G_END_DECLS
