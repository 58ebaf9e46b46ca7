/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <rex-core.h>
#include <rex-json-check.h>

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

/* Every input must either give a catalogue or a GError, never crash,
 * leak or loop; a catalogue is exercised a little so that the lazily
 * built parts (search text, back references) are covered too. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  RexCatalogue *catalogue;

  catalogue = rex_catalogue_new_from_bytes (bytes, "fuzz.json", &error);
  if (catalogue == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "fuzz.json: "));
      g_assert_false (rex_catalogue_check (bytes, "fuzz.json", &problems));
      g_assert_cmpuint (problems->len, >, 0);

      /* A syntax error comes from the strict check, never from json-glib:
       * whatever the check lets through, json-glib must read. */
      if (g_error_matches (problems->pdata[0], REX_DATASET_ERROR, REX_DATASET_ERROR_PARSE))
        {
          GError *syntax = rex_json_check ((const char *) data, size, "fuzz.json");

          g_assert_nonnull (syntax);
          g_error_free (syntax);
        }
      return 0;
    }

  {
    g_autoptr(RexQuery) query = rex_query_new ("а b");
    GListModel *reforms = rex_catalogue_get_reforms (catalogue);
    GListModel *regions = rex_catalogue_get_regions (catalogue);

    for (guint i = 0; i < g_list_model_get_n_items (reforms); i++)
      {
        g_autoptr(RexReform) reform = g_list_model_get_item (reforms, i);

        rex_query_match_reform (query, reform);
        rex_reform_get_last_milestone_date (reform);
      }
    for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
      {
        g_autoptr(RexRegion) region = g_list_model_get_item (regions, i);

        rex_query_match_region (query, region);
        g_list_model_get_n_items (rex_region_get_reforms (region));
      }
  }

  g_object_unref (catalogue);
  return 0;
}
