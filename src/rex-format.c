/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "rex-format.h"

/* The locale's thousands separator, but never one a line can break at:
 * a figure split over two lines reads as two numbers. glibc gives the
 * narrow no-break space (U+202F) for Kazakh and Russian; a plain space,
 * should a locale give one, becomes a no-break space (U+00A0). The C
 * locale has no separator at all, and it is what tests and minimal
 * systems run in, so fall back to the English comma there. */
static const char *
get_thousands_separator (const struct lconv *lc)
{
  if (lc->thousands_sep == NULL || lc->thousands_sep[0] == '\0')
    return ",";
  if (g_str_equal (lc->thousands_sep, " "))
    return "\u00a0";

  return lc->thousands_sep;
}

/* Figures are counts of people and seats, so thousands must be grouped
 * ("20,000"), with at most two decimals, and those only when they count. */
char *
rex_format_number (double value)
{
  struct lconv *lc = localeconv ();
  const char *sep = get_thousands_separator (lc);
  const char *point = (lc->decimal_point && *lc->decimal_point) ? lc->decimal_point : ".";
  g_autoptr(GString) out = g_string_new (NULL);
  /* "%.2f" of the largest double has 309 digits before the point. */
  char digits[G_ASCII_DTOSTR_BUF_SIZE + 320];
  char *decimals, *end;
  gsize len;

  if (isnan (value))
    return g_strdup ("—");
  if (isinf (value))
    return g_strdup (value > 0 ? "∞" : "−∞");

  /* Round once, to the decimals shown, so that a carry reaches the
   * whole part: 4.996 is "5", never "4." or "4.100". The C locale's
   * point, whatever the user's locale. */
  g_ascii_formatd (digits, sizeof digits, "%.2f", fabs (value));
  decimals = strchr (digits, '.');
  g_assert (decimals != NULL);
  *decimals++ = '\0';
  for (end = decimals + strlen (decimals); end > decimals && end[-1] == '0'; end--)
    end[-1] = '\0';
  len = strlen (digits);

  /* No "−0": a value that rounds to zero has no sign. */
  if (value < 0 && !(g_str_equal (digits, "0") && decimals[0] == '\0'))
    g_string_append (out, "−");

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, sep);
      g_string_append_c (out, digits[i]);
    }

  if (decimals[0] != '\0')
    {
      g_string_append (out, point);
      g_string_append (out, decimals);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
rex_format_quantity (double      value,
                     const char *unit)
{
  g_autofree char *number = rex_format_number (value);

  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&number);

  if (g_str_equal (unit, "%"))
    /* Translators: a percentage, e.g. "7%"; use your language's spacing. */
    return g_strdup_printf (_("%s%%"), number);

  /* Translators: a quantity, "20,000 members": the number, then the unit. */
  return g_strdup_printf (C_("quantity", "%s %s"), number, unit);
}

char *
rex_format_percentage (double value)
{
  return rex_format_quantity (value, "%");
}

char *
rex_format_votes (gint64 votes)
{
  g_autofree char *number = rex_format_number ((double) votes);

  /* Translators: a number of votes; %s is the number, already formatted. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s vote", "%s votes",
                                       (gulong) CLAMP (votes, 0, G_MAXLONG)),
                          number);
}

char *
rex_format_seats (gint64 seats)
{
  g_autofree char *number = rex_format_number ((double) seats);

  /* Translators: a number of seats; %s is the number, already formatted. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s seat", "%s seats",
                                       (gulong) CLAMP (seats, 0, G_MAXLONG)),
                          number);
}

char *
rex_format_took_part (gint64 ballots,
                      gint64 electorate)
{
  g_autofree char *took_part = NULL;
  g_autofree char *registered = NULL;

  if (ballots < 0 || electorate <= 0)
    return NULL;

  took_part = rex_format_number ((double) ballots);
  registered = rex_format_number ((double) electorate);
  /* Translators: "373,057 of 1,129,117 registered voters took part". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s of %s registered voter took part",
                                       "%s of %s registered voters took part",
                                       (gulong) MIN (electorate, G_MAXLONG)),
                          took_part, registered);
}

char *
rex_format_result_figure (RexResult *result,
                          int        choice)
{
  g_return_val_if_fail (REX_IS_RESULT (result), NULL);

  if (choice < 0 || (guint) choice >= rex_result_get_n_choices (result))
    /* Translators: a figure of a vote: the share of voters who took part. */
    return g_strdup (C_("result figure", "Turnout"));

  /* Translators: a figure of a vote, the share of the votes for one
   * choice; %s is the choice, "Yes" or a party's name. */
  return g_strdup_printf (C_("result figure", "Share of “%s”"),
                          rex_result_get_choice_label (result, choice));
}

char *
rex_format_result_title (RexResult *result)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (REX_IS_RESULT (result), NULL);

  date = rex_date_format (rex_result_get_date (result));
  /* Translators: a vote and its polling day, "Referendum on amendments
   * to the Constitution, 5 June 2022". */
  return g_strdup_printf (C_("result", "%s, %s"), rex_result_get_title (result), date);
}

char *
rex_format_region_figure (RexResult *result,
                          RexRegion *region,
                          int        choice)
{
  double value = rex_result_get_region_figure (result, region, choice);

  if (isnan (value))
    /* Translators: in place of a region's figure, which the data lacks. */
    return g_strdup (_("No data"));

  return rex_format_percentage (value);
}

char *
rex_format_region_figure_line (RexResult *result,
                               RexRegion *region,
                               int        choice)
{
  g_autofree char *figure = rex_format_result_figure (result, choice);
  g_autofree char *value = rex_format_region_figure (result, region, choice);

  /* Translators: a region's figure, "Turnout: 73.81%". */
  return g_strdup_printf (C_("region figure", "%s: %s"), figure, value);
}

char *
rex_format_result_figure_day (RexResult *result,
                              int        choice)
{
  g_autofree char *figure = rex_format_result_figure (result, choice);
  g_autofree char *date = rex_date_format (rex_result_get_date (result));

  /* Translators: a figure of a vote and its polling day, "Turnout,
   * 5 June 2022". */
  return g_strdup_printf (C_("result figure", "%s, %s"), figure, date);
}

char *
rex_format_change (double before,
                   double after)
{
  double change;
  g_autofree char *number = NULL;

  if (before == 0 || before == after)
    return NULL;

  change = round ((after - before) / fabs (before) * 100.0);
  /* Nothing to show for a change too small to see in whole percent, or
   * too large to be a number at all (from a tiny “before”). */
  if (change == 0 || !isfinite (change))
    return NULL;
  number = rex_format_number (fabs (change));

  if (change < 0)
    /* Translators: a relative decrease, e.g. "−75%". */
    return g_strdup_printf (_("−%s%%"), number);
  else
    /* Translators: a relative increase, e.g. "+50%". */
    return g_strdup_printf (_("+%s%%"), number);
}

/* "Election to the Mazhilis, 19 March 2023: turnout 54.19%; Amanat
 * 53.9% (62 seats), …" */
char *
rex_format_result (RexResult *result)
{
  g_autofree char *title = NULL;
  GString *out;
  double turnout;

  g_return_val_if_fail (REX_IS_RESULT (result), NULL);

  title = rex_format_result_title (result);
  out = g_string_new (title);
  g_string_append_c (out, ':');

  turnout = rex_result_get_turnout (result);
  if (!isnan (turnout))
    {
      g_autofree char *value = rex_format_percentage (turnout);

      /* Translators: in copied text, "turnout 68.05%". */
      g_string_append_printf (out, _(" turnout %s"), value);
    }

  for (guint i = 0; i < rex_result_get_n_choices (result); i++)
    {
      const RexChoice *choice = rex_result_get_choice (result, i);
      g_autofree char *value = NULL;

      if (!isnan (choice->share))
        value = rex_format_percentage (choice->share);
      else if (choice->votes >= 0)
        value = rex_format_votes (choice->votes);

      g_string_append (out, i == 0 && isnan (turnout) ? " " : "; ");
      g_string_append (out, rex_result_get_choice_label (result, i));
      if (value != NULL)
        g_string_append_printf (out, " %s", value);
      if (choice->list_seats >= 0 || choice->district_seats >= 0)
        {
          g_autofree char *seats = rex_format_seats (MAX (choice->list_seats, 0) +
                                                     MAX (choice->district_seats, 0));

          g_string_append_printf (out, " (%s)", seats);
        }
    }

  return g_string_free (out, FALSE);
}

char *
rex_format_figure (RexFigure *figure)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_return_val_if_fail (REX_IS_FIGURE (figure), NULL);

  before = rex_format_quantity (rex_figure_get_before (figure),
                                rex_figure_get_unit_for (figure, rex_figure_get_before (figure)));
  after = rex_format_quantity (rex_figure_get_after (figure),
                               rex_figure_get_unit_for (figure, rex_figure_get_after (figure)));

  /* Translators: a figure before and after a reform, "20,000 members → 5,000 members". */
  return g_strdup_printf (_("%s → %s"), before, after);
}

static void
add_sources (GPtrArray  *array,
             GListModel *sources)
{
  guint n;

  if (sources == NULL)
    return;

  n = g_list_model_get_n_items (sources);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexSource) source = g_list_model_get_item (sources, i);

      if (!g_ptr_array_find (array, source, NULL))
        g_ptr_array_add (array, g_object_ref (source));
    }
}

GPtrArray *
rex_format_collect_sources (RexReform *reform)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *milestones;
  GListModel *figures;
  GListModel *results;

  g_return_val_if_fail (REX_IS_REFORM (reform), array);

  add_sources (array, rex_reform_get_sources (reform));
  add_sources (array, rex_reform_get_status_sources (reform));

  milestones = rex_reform_get_milestones (reform);
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(RexMilestone) milestone = g_list_model_get_item (milestones, i);
      add_sources (array, rex_milestone_get_sources (milestone));
    }

  figures = rex_reform_get_figures (reform);
  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(RexFigure) figure = g_list_model_get_item (figures, i);
      add_sources (array, rex_figure_get_sources (figure));
    }

  results = rex_reform_get_results (reform);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(RexResult) result = g_list_model_get_item (results, i);
      add_sources (array, rex_result_get_sources (result));
    }

  return array;
}

char *
rex_format_source (RexSource *source)
{
  const RexDate *date;
  g_autofree char *date_text = NULL;
  g_autofree char *tag = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (REX_IS_SOURCE (source), NULL);

  /* The title is in the document's own language; the tag says which. */
  tag = rex_source_dup_language_tag (source);
  if (tag != NULL)
    /* Translators: a cited document's title followed by the language it
     * is written in, as a capitalised ISO 639-1 code such as “KK”. */
    title = g_strdup_printf (C_("source with language", "%s [%s]"),
                             rex_source_get_title (source), tag);
  else
    title = g_strdup (rex_source_get_title (source));

  date = rex_source_get_date (source);
  if (date == NULL)
    /* Translators: a citation: source title, publisher, address. */
    return g_strdup_printf (_("%s. %s. %s"),
                            title,
                            rex_source_get_publisher (source),
                            rex_source_get_url (source));

  date_text = rex_date_format (date);
  /* Translators: a citation: source title, publisher, date, address. */
  return g_strdup_printf (_("%s. %s, %s. %s"),
                          title,
                          rex_source_get_publisher (source),
                          date_text,
                          rex_source_get_url (source));
}

char *
rex_format_region_links (GListModel *regions)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (regions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexRegion) region = g_list_model_get_item (regions, i);
      g_autofree char *link = g_markup_printf_escaped ("<a href=\"" REX_REGION_LINK_SCHEME "%s\">"
                                                       "<span allow_breaks=\"false\">%s</span></a>",
                                                       rex_region_get_id (region),
                                                       rex_region_get_name (region));

      if (i > 0)
        g_string_append (out, C_("list separator", ", "));
      g_string_append (out, link);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
rex_format_source_links (GListModel *sources)
{
  g_autoptr(GString) out = NULL;
  guint n;

  if (sources == NULL || (n = g_list_model_get_n_items (sources)) == 0)
    return NULL;

  out = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexSource) source = g_list_model_get_item (sources, i);
      g_autofree char *host = rex_source_dup_display_host (source);
      g_autofree char *title = NULL;
      g_autofree char *link = NULL;

      /* The tooltip names the page and the host it really is on. */
      if (host != NULL)
        /* Translators: a source link's tooltip: the page's title, then its web site. */
        title = g_strdup_printf (_("%s (%s)"), rex_source_get_title (source), host);
      else
        title = g_strdup (rex_source_get_title (source));
      link = g_markup_printf_escaped ("<a href=\"%s\" title=\"%s\">%s</a>",
                                      rex_source_get_url (source), title,
                                      rex_source_get_publisher (source));
      if (i > 0)
        /* Translators: the separator between source links. */
        g_string_append (out, C_("list separator", ", "));
      g_string_append (out, link);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
append_references (GString    *out,
                   GPtrArray  *all,
                   GListModel *sources)
{
  guint n = g_list_model_get_n_items (sources);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RexSource) source = g_list_model_get_item (sources, i);
      guint index;

      if (g_ptr_array_find (all, source, &index))
        g_string_append_printf (out, " [%u]", index + 1);
    }
}

static void
append_evidence (GString     *out,
                 RexEvidence  evidence)
{
  if (evidence == REX_EVIDENCE_VERIFIED)
    return;

  /* Translators: appended to a fact in copied text, e.g. "(Uncertain)". */
  g_string_append_printf (out, _(" (%s)"), rex_evidence_get_label (evidence));
}

char *
rex_format_citation (RexReform     *reform,
                     const RexDate *as_of)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) sources = NULL;
  g_autofree char *status_date = NULL;
  GListModel *model;
  guint n;

  g_return_val_if_fail (REX_IS_REFORM (reform), NULL);

  sources = rex_format_collect_sources (reform);
  status_date = rex_date_format (rex_reform_get_status_as_of (reform));

  g_string_append_printf (out, "%s\n", rex_reform_get_title (reform));
  g_string_append_printf (out, "%s\n\n", rex_reform_get_summary (reform));

  /* Translators: in copied text, "Status: In force (as of 5 June 2022)". */
  g_string_append_printf (out, _("Status: %s (as of %s)"),
                          rex_status_get_label (rex_reform_get_status (reform)),
                          status_date);
  append_evidence (out, rex_reform_get_status_evidence (reform));
  append_references (out, sources, rex_reform_get_status_sources (reform));
  g_string_append_c (out, '\n');
  if (rex_reform_get_status_note (reform) != NULL)
    g_string_append_printf (out, "%s\n", rex_reform_get_status_note (reform));

  model = rex_reform_get_figures (reform);
  n = g_list_model_get_n_items (model);
  if (n > 0)
    {
      g_string_append_printf (out, "\n%s\n", _("Before and after:"));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RexFigure) figure = g_list_model_get_item (model, i);
          g_autofree char *values = rex_format_figure (figure);

          g_string_append_printf (out, "- %s: %s", rex_figure_get_label (figure), values);
          append_evidence (out, rex_figure_get_evidence (figure));
          append_references (out, sources, rex_figure_get_sources (figure));
          g_string_append_c (out, '\n');
        }
    }

  model = rex_reform_get_results (reform);
  n = g_list_model_get_n_items (model);
  if (n > 0)
    {
      g_string_append_printf (out, "\n%s\n", _("Votes:"));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RexResult) result = g_list_model_get_item (model, i);
          g_autofree char *text = rex_format_result (result);

          g_string_append_printf (out, "- %s", text);
          append_evidence (out, rex_result_get_evidence (result));
          append_references (out, sources, rex_result_get_sources (result));
          g_string_append_c (out, '\n');
        }
    }

  model = rex_reform_get_milestones (reform);
  n = g_list_model_get_n_items (model);
  if (n > 0)
    {
      g_string_append_printf (out, "\n%s\n", _("Milestones:"));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RexMilestone) milestone = g_list_model_get_item (model, i);
          g_autofree char *date = rex_date_format (rex_milestone_get_date (milestone));

          /* Translators: a milestone in copied text: date, kind, what happened. */
          g_string_append_printf (out, _("- %s, %s: %s"), date,
                                  rex_milestone_kind_get_label (rex_milestone_get_kind (milestone)),
                                  rex_milestone_get_title (milestone));
          append_evidence (out, rex_milestone_get_evidence (milestone));
          append_references (out, sources, rex_milestone_get_sources (milestone));
          g_string_append_c (out, '\n');
        }
    }

  if (sources->len > 0)
    {
      g_string_append_printf (out, "\n%s\n", _("Sources:"));
      for (guint i = 0; i < sources->len; i++)
        {
          g_autofree char *text = rex_format_source (g_ptr_array_index (sources, i));
          g_string_append_printf (out, "[%u] %s\n", i + 1, text);
        }
    }

  if (as_of != NULL)
    {
      g_autofree char *date = rex_date_format (as_of);

      g_string_append_c (out, '\n');
      /* Translators: the last line of copied text; %s is a date. */
      g_string_append_printf (out, _("Reform Explorer dataset as of %s."), date);
      g_string_append_c (out, '\n');
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
