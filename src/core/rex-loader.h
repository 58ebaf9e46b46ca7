/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Internal to rex-core: how the catalogue builds the model. Each class
 * reads its own JSON object with these helpers, so its struct stays
 * private to its file, and every problem is collected with the JSON
 * path where it was found instead of stopping at the first. */

#include <json-glib/json-glib.h>

#include "rex-catalogue.h"
#include "rex-centre.h"
#include "rex-figure.h"
#include "rex-measure.h"
#include "rex-milestone.h"
#include "rex-object-list.h"
#include "rex-result.h"

G_BEGIN_DECLS

typedef struct
{
  const char *display_name;
  /* The JSON path of the node being read, e.g. "reforms[3].status". */
  GString    *path;
  GPtrArray  *problems;

  /* id → object; region aliases share the region table. Keys belong
   * to the objects. */
  GHashTable *sources;
  GHashTable *categories;
  GHashTable *regions;
  /* Filled once the results have been read, before the reforms. */
  GHashTable *results;
  /* The format version the file declares. */
  gint64      format;
} RexLoader;

typedef enum {
  REX_ID_PLAIN,
  REX_ID_REGION,
} RexIdKind;

/* Guard rails applied to raw bytes before the JSON parser sees them:
 * size, UTF-8, nesting depth. Returns FALSE after adding a problem. */
gboolean     rex_loader_check_bytes    (GBytes          *bytes,
                                        const char      *display_name,
                                        GPtrArray       *problems);
/* A json-glib parse error as a problem that names the file. */
/* The bytes of a resource of the library, or NULL and a
 * REX_DATASET_ERROR_IO naming it; @display_name gets its base name. */
GBytes      *rex_loader_lookup_resource (const char  *path,
                                         char       **display_name,
                                         GError     **error);
void         rex_loader_add_parse_problem (GPtrArray    *problems,
                                        const char      *display_name,
                                        GError          *error);

void         rex_loader_problem        (RexLoader       *loader,
                                        RexDatasetError  code,
                                        const char      *member,
                                        const char      *format,
                                        ...) G_GNUC_PRINTF (4, 5);
gsize        rex_loader_push_member    (RexLoader       *loader,
                                        const char      *member);
gsize        rex_loader_push_index     (RexLoader       *loader,
                                        guint            index);
void         rex_loader_pop            (RexLoader       *loader,
                                        gsize            mark);

/* Checks that @node is an object whose members are all in @members
 * (NULL-terminated); reports each unknown one. */
JsonObject  *rex_loader_object         (RexLoader          *loader,
                                        JsonNode           *node,
                                        const char * const *members);
JsonArray   *rex_loader_array          (RexLoader       *loader,
                                        JsonObject      *object,
                                        const char      *member,
                                        gboolean         required);
/* The string, or NULL after reporting a problem (or when optional and
 * absent). Required strings must not be empty. */
const char  *rex_loader_string         (RexLoader       *loader,
                                        JsonObject      *object,
                                        const char      *member,
                                        gboolean         required);
char        *rex_loader_dup_string     (RexLoader       *loader,
                                        JsonObject      *object,
                                        const char      *member,
                                        gboolean         required);
const char  *rex_loader_id             (RexLoader       *loader,
                                        JsonObject      *object,
                                        const char      *member,
                                        RexIdKind        kind);
/* Returns TRUE when a date was read into @out. A JSON null is accepted
 * only if @nullable, and then returns FALSE without a problem. */
gboolean     rex_loader_date           (RexLoader       *loader,
                                        JsonObject      *object,
                                        const char      *member,
                                        gboolean         required,
                                        gboolean         nullable,
                                        RexDate         *out);
RexEvidence  rex_loader_evidence       (RexLoader       *loader,
                                        JsonObject      *object,
                                        const char      *member);
double       rex_loader_number         (RexLoader       *loader,
                                        JsonObject      *object,
                                        const char      *member,
                                        double           min,
                                        double           max);
/* A count (votes, seats, voters): an integer from 0 to
 * REX_DATASET_MAX_COUNT. Returns -1 when absent or after reporting a
 * problem. */
gint64       rex_loader_count          (RexLoader       *loader,
                                        JsonObject      *object,
                                        const char      *member,
                                        gboolean         required);
/* A percentage from 0 to 100; NAN when absent or after a problem. */
double       rex_loader_percent        (RexLoader       *loader,
                                        JsonObject      *object,
                                        const char      *member,
                                        gboolean         required);
/* An array of strings; NULL-terminated, never NULL itself. */
char       **rex_loader_strv           (RexLoader       *loader,
                                        JsonObject      *object,
                                        const char      *member,
                                        gboolean         required);
/* Resolves an array of source ids to a list of RexSource. */
RexObjectList *rex_loader_sources      (RexLoader       *loader,
                                        JsonObject      *object,
                                        const char      *member);
/* What a value is, for messages: "a string", "null", "an object",
 * translated; call it only to report a problem. */
const char  *rex_loader_describe_node  (JsonNode        *node);
/* Records where in the JSON tree @error was found. */
void         rex_dataset_error_set_path (GError         *error,
                                        const char      *path);
/* How many problems have been found so far. */
guint        rex_loader_n_problems     (RexLoader       *loader);

/* Constructors used by the catalogue; the loader's path points at the
 * node being read when they are called. */
RexSource    *rex_source_new_from_json    (RexLoader *loader, JsonNode *node);
RexCategory  *rex_category_new_from_json  (RexLoader *loader, JsonNode *node, guint position);
RexProgramme *rex_programme_new_from_json (RexLoader *loader, JsonNode *node);
RexMilestone *rex_milestone_new_from_json (RexLoader *loader, JsonNode *node);
RexFigure    *rex_figure_new_from_json    (RexLoader *loader, JsonNode *node);
RexMeasure   *rex_measure_new_from_json   (RexLoader *loader, JsonNode *node);
RexCentre    *rex_centre_new_from_json    (RexLoader *loader, JsonNode *node, gboolean former);
RexReform    *rex_reform_new_from_json    (RexLoader *loader, JsonNode *node, guint position);
RexRegion    *rex_region_new_from_json    (RexLoader *loader, JsonNode *node);
RexResult    *rex_result_new_from_json    (RexLoader *loader, JsonNode *node);
/* Second pass, once every region is known: formed.from references. */
void          rex_region_resolve_json     (RexRegion *self, RexLoader *loader, JsonNode *node);

/* Back references, set once the catalogue is complete and cleared when
 * it goes, so that no reference cycle exists. */
void          rex_region_add_reform       (RexRegion *self, RexReform *reform);
void          rex_region_add_result       (RexRegion *self, RexResult *result);
void          rex_region_detach           (RexRegion *self);
void          rex_result_add_reform       (RexResult *self, RexReform *reform);
void          rex_result_detach           (RexResult *self);

/* The English originals, for searching in both languages. */
const char   *rex_reform_get_title_en     (RexReform *self);
const char   *rex_reform_get_summary_en   (RexReform *self);
const char   *rex_category_get_title_en   (RexCategory *self);

/* The folded search text, computed on first use and kept. */
const char   *rex_reform_get_search_text  (RexReform *self);
const char   *rex_region_get_search_text  (RexRegion *self);
char         *rex_search_build_reform_text (RexReform *reform);
char         *rex_search_build_region_text (RexRegion *region);

G_END_DECLS
