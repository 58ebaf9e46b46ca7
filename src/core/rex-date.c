/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rex-date.h"

G_DEFINE_BOXED_TYPE (RexDate, rex_date, rex_date_copy, rex_date_free)

GType
rex_date_precision_get_type (void)
{
  static gsize type_id;
  static const GEnumValue values[] = {
    { REX_DATE_PRECISION_YEAR, "REX_DATE_PRECISION_YEAR", "year" },
    { REX_DATE_PRECISION_MONTH, "REX_DATE_PRECISION_MONTH", "month" },
    { REX_DATE_PRECISION_DAY, "REX_DATE_PRECISION_DAY", "day" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static ("RexDatePrecision", values));

  return type_id;
}

RexDate *
rex_date_copy (const RexDate *date)
{
  return g_memdup2 (date, sizeof *date);
}

void
rex_date_free (RexDate *date)
{
  g_free (date);
}

static gboolean
parse_digits (const char *text,
              guint       n,
              guint      *out)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (guint) (text[i] - '0');
    }

  *out = value;
  return TRUE;
}

gboolean
rex_date_is_valid (const RexDate *date)
{
  if (date == NULL || date->year < 1900 || date->year > 2100)
    return FALSE;

  switch (date->precision)
    {
    case REX_DATE_PRECISION_YEAR:
      return date->month == 0 && date->day == 0;

    case REX_DATE_PRECISION_MONTH:
      return date->month >= 1 && date->month <= 12 && date->day == 0;

    case REX_DATE_PRECISION_DAY:
      return date->month >= 1 && date->month <= 12 &&
             g_date_valid_dmy (date->day, date->month, date->year);

    default:
      return FALSE;
    }
}

/* Only the three ISO 8601 calendar forms the data format allows: no
 * week dates, no times, no signs, no surrounding space. */
gboolean
rex_date_parse (const char *text,
                RexDate    *out)
{
  RexDate date = { 0, };
  guint year, month = 0, day = 0;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL || !parse_digits (text, 4, &year))
    return FALSE;

  if (text[4] == '\0')
    {
      date.precision = REX_DATE_PRECISION_YEAR;
    }
  else if (text[4] == '-' && parse_digits (text + 5, 2, &month))
    {
      if (text[7] == '\0')
        date.precision = REX_DATE_PRECISION_MONTH;
      else if (text[7] == '-' && parse_digits (text + 8, 2, &day) && text[10] == '\0')
        date.precision = REX_DATE_PRECISION_DAY;
      else
        return FALSE;
    }
  else
    {
      return FALSE;
    }

  date.year = (guint16) year;
  date.month = (guint8) month;
  date.day = (guint8) day;

  if (year < 1900 || year > 2100 || !rex_date_is_valid (&date))
    return FALSE;

  *out = date;
  return TRUE;
}

/* Orders by the earliest day each date may mean, and a less precise
 * date before a more precise one on the same start, so that sorting is
 * total and stable. */
int
rex_date_compare (const RexDate *a,
                  const RexDate *b)
{
  if (a == b)
    return 0;
  if (a == NULL)
    return -1;
  if (b == NULL)
    return 1;

  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;
  if (a->precision != b->precision)
    return a->precision < b->precision ? -1 : 1;

  return 0;
}

char *
rex_date_to_iso (const RexDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  switch (date->precision)
    {
    case REX_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%04u", date->year);
    case REX_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%04u-%02u", date->year, date->month);
    case REX_DATE_PRECISION_DAY:
    default:
      return g_strdup_printf ("%04u-%02u-%02u", date->year, date->month, date->day);
    }
}

/* Month names come from our own catalogue rather than glibc: its
 * Kazakh and Russian stand-alone forms are capitalised ("Наурыз",
 * "Март") and its Kazakh date order is not the Kazakh way of writing a
 * date ("2022 жылғы 16 наурыз"). Russian needs the genitive after a
 * day and the nominative on its own, hence two lists. */
static const char *month_in_date[] = {
  NC_("month name in a full date", "January"),
  NC_("month name in a full date", "February"),
  NC_("month name in a full date", "March"),
  NC_("month name in a full date", "April"),
  NC_("month name in a full date", "May"),
  NC_("month name in a full date", "June"),
  NC_("month name in a full date", "July"),
  NC_("month name in a full date", "August"),
  NC_("month name in a full date", "September"),
  NC_("month name in a full date", "October"),
  NC_("month name in a full date", "November"),
  NC_("month name in a full date", "December"),
};

static const char *month_alone[] = {
  NC_("month name with a year only", "January"),
  NC_("month name with a year only", "February"),
  NC_("month name with a year only", "March"),
  NC_("month name with a year only", "April"),
  NC_("month name with a year only", "May"),
  NC_("month name with a year only", "June"),
  NC_("month name with a year only", "July"),
  NC_("month name with a year only", "August"),
  NC_("month name with a year only", "September"),
  NC_("month name with a year only", "October"),
  NC_("month name with a year only", "November"),
  NC_("month name with a year only", "December"),
};

char *
rex_date_format (const RexDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  if (date->precision != REX_DATE_PRECISION_YEAR && (date->month < 1 || date->month > 12))
    return rex_date_to_iso (date);

  switch (date->precision)
    {
    case REX_DATE_PRECISION_YEAR:
      /* Translators: a date known only to the year; %d is the year. */
      return g_strdup_printf (C_("date", "%d"), (int) date->year);

    case REX_DATE_PRECISION_MONTH:
      /* Translators: a date known to the month: %1$s is the month name
       * (from "month name with a year only"), %2$d the year. Reorder with
       * the positional arguments as your language needs. */
      return g_strdup_printf (C_("date", "%1$s %2$d"),
                              g_dpgettext2 (GETTEXT_PACKAGE, "month name with a year only",
                                            month_alone[date->month - 1]),
                              (int) date->year);

    case REX_DATE_PRECISION_DAY:
    default:
      /* Translators: a full date: %1$d is the day, %2$s the month name
       * (from "month name in a full date"), %3$d the year, as in
       * "16 March 2022". Reorder with the positional arguments as your
       * language needs. */
      return g_strdup_printf (C_("date", "%1$d %2$s %3$d"),
                              (int) date->day,
                              g_dpgettext2 (GETTEXT_PACKAGE, "month name in a full date",
                                            month_in_date[date->month - 1]),
                              (int) date->year);
    }
}
