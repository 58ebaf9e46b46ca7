/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <rex-core.h>

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
