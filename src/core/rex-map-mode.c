/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "rex-map-mode.h"

static gboolean
valid_choice (RexResult *result,
              int        choice)
{
  return choice == REX_FIGURE_TURNOUT ||
         (choice >= 0 && (guint) choice < rex_result_get_n_choices (result));
}

static double
entry_figure (const RexRegionResult *entry,
              int                    choice)
{
  return choice == REX_FIGURE_TURNOUT ? entry->turnout : entry->shares[choice];
}

gboolean
rex_result_has_region_figure (RexResult *result,
                              int        choice)
{
  double min, max;

  return rex_result_get_figure_range (result, choice, &min, &max);
}

double
rex_result_get_region_figure (RexResult *result,
                              RexRegion *region,
                              int        choice)
{
  const RexRegionResult *entry;

  g_return_val_if_fail (REX_IS_RESULT (result), NAN);
  g_return_val_if_fail (REX_IS_REGION (region), NAN);

  if (!valid_choice (result, choice) || !rex_result_has_regions (result))
    return NAN;

  entry = rex_result_lookup_region (result, region);

  return entry != NULL ? entry_figure (entry, choice) : NAN;
}

double
rex_result_get_figure (RexResult *result,
                       int        choice)
{
  g_return_val_if_fail (REX_IS_RESULT (result), NAN);

  if (choice == REX_FIGURE_TURNOUT)
    return rex_result_get_turnout (result);
  if (!valid_choice (result, choice))
    return NAN;

  return rex_result_get_choice (result, choice)->share;
}

gboolean
rex_result_get_figure_range (RexResult *result,
                             int        choice,
                             double    *min,
                             double    *max)
{
  gboolean found = FALSE;

  g_return_val_if_fail (REX_IS_RESULT (result), FALSE);
  g_return_val_if_fail (min != NULL && max != NULL, FALSE);

  *min = *max = NAN;
  if (!valid_choice (result, choice) || !rex_result_has_regions (result))
    return FALSE;

  for (guint i = 0; i < rex_result_get_n_region_results (result); i++)
    {
      double value = entry_figure (rex_result_get_region_result (result, i), choice);

      if (isnan (value))
        continue;
      *min = found ? MIN (*min, value) : value;
      *max = found ? MAX (*max, value) : value;
      found = TRUE;
    }

  return found;
}

char *
rex_map_mode_to_string (RexResult *result,
                        int        choice)
{
  if (result == NULL)
    return g_strdup (REX_MAP_MODE_REGIONS);

  g_return_val_if_fail (REX_IS_RESULT (result), NULL);

  if (!rex_result_has_region_figure (result, choice))
    return NULL;
  if (choice == REX_FIGURE_TURNOUT)
    return g_strconcat (rex_result_get_id (result), ":turnout", NULL);

  return g_strconcat (rex_result_get_id (result), ":share:",
                      rex_result_get_choice (result, choice)->id, NULL);
}

gboolean
rex_map_mode_parse (RexCatalogue  *catalogue,
                    const char    *string,
                    RexResult    **result,
                    int           *choice)
{
  g_auto(GStrv) parts = NULL;
  RexResult *found;
  int index;

  g_return_val_if_fail (catalogue == NULL || REX_IS_CATALOGUE (catalogue), FALSE);
  g_return_val_if_fail (result != NULL && choice != NULL, FALSE);

  *result = NULL;
  *choice = REX_FIGURE_TURNOUT;

  if (string == NULL)
    return FALSE;
  if (g_str_equal (string, REX_MAP_MODE_REGIONS))
    return TRUE;
  if (catalogue == NULL)
    return FALSE;

  /* Ids are ASCII letters, digits and "-", so ":" cannot be part of one. */
  parts = g_strsplit (string, ":", 4);
  if (parts[0] == NULL || parts[1] == NULL)
    return FALSE;
  if ((found = rex_catalogue_lookup_result (catalogue, parts[0])) == NULL)
    return FALSE;

  if (g_str_equal (parts[1], "turnout") && parts[2] == NULL)
    index = REX_FIGURE_TURNOUT;
  else if (g_str_equal (parts[1], "share") && parts[2] != NULL && parts[3] == NULL)
    {
      /* Not found is -1, which is not the turnout here. */
      if ((index = rex_result_find_choice (found, parts[2])) < 0)
        return FALSE;
    }
  else
    return FALSE;

  if (!rex_result_has_region_figure (found, index))
    return FALSE;

  *result = found;
  *choice = index;

  return TRUE;
}
