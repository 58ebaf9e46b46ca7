/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The results of votes on a reform's page, read as a person reads them:
 * the seat chart of the 2023 Mazhilis with its 98 seats, the yes/no bars
 * of the referendums with their turnout, the figures in the interface
 * language, and the copied text.
 *
 *   test-votes [kk|ru]
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "rex-format.h"
#include "rex-page.h"
#include "rex-reform-page.h"
#include "rex-result-view.h"
#include "rex-seat-chart.h"

static RexCatalogue *catalogue;
static const char *language = "en";

static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect (child, type, out);
}

static void
collect_texts (GtkWidget *widget,
               GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_texts (child, out);
}

static GtkWidget *
show_reform (const char *id,
             int         width)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (REX_TYPE_REFORM_PAGE, NULL);

  rex_reform_page_set_reform (REX_REFORM_PAGE (page), rex_catalogue_lookup_reform (catalogue, id));
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 900);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  return window;
}

static RexResultView *
find_view (GPtrArray  *views,
           const char *id)
{
  for (guint i = 0; i < views->len; i++)
    if (g_str_equal (rex_result_get_id (rex_result_view_get_result (views->pdata[i])), id))
      return views->pdata[i];
  return NULL;
}

static void
test_mazhilis (void)
{
  GtkWidget *window = show_reform ("mixed-mazhilis", 1000);
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  g_autoptr(GString) texts = g_string_new (NULL);
  RexResultView *view;
  RexResult *result;
  RexSeatChart *chart;
  GdkRGBA amanat, auyl, none;

  /* The reform lists three votes, shown in its order. */
  collect (window, REX_TYPE_RESULT_VIEW, views);
  g_assert_cmpuint (views->len, ==, 3);
  g_assert_cmpstr (rex_result_get_id (rex_result_view_get_result (views->pdata[0])), ==, "referendum-2022");
  g_assert_cmpstr (rex_result_get_id (rex_result_view_get_result (views->pdata[1])), ==, "mazhilis-2023");
  g_assert_cmpstr (rex_result_get_id (rex_result_view_get_result (views->pdata[2])), ==, "referendum-2026");

  /* One chart, for the election, with a dot per seat of the chamber. */
  view = find_view (views, "mazhilis-2023");
  result = rex_result_view_get_result (view);
  collect (window, REX_TYPE_SEAT_CHART, charts);
  g_assert_cmpuint (charts->len, ==, 1);
  g_assert_true (gtk_widget_is_ancestor (charts->pdata[0], GTK_WIDGET (view)));
  chart = charts->pdata[0];
  g_assert_cmpuint (rex_seat_chart_get_n_seats (chart), ==, 98);
  g_assert_cmpuint (rex_seat_chart_get_n_district_seats (chart), ==, 29);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (chart)), >, 100);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), >, 50);

  /* Each party with seats has a colour of its own; a party without a
   * seat has none. */
  g_assert_true (rex_seat_chart_get_colour (GTK_WIDGET (chart), result,
                                            rex_result_find_choice (result, "amanat"), &amanat));
  g_assert_true (rex_seat_chart_get_colour (GTK_WIDGET (chart), result,
                                            rex_result_find_choice (result, "auyl"), &auyl));
  g_assert_false (gdk_rgba_equal (&amanat, &auyl));
  g_assert_false (rex_seat_chart_get_colour (GTK_WIDGET (chart), result,
                                             rex_result_find_choice (result, "baytaq"), &none));

  /* What the reader sees: the figures as published. */
  collect_texts (GTK_WIDGET (view), texts);
  if (g_str_equal (language, "en"))
    {
      g_assert_nonnull (strstr (texts->str, "Election to the Mazhilis\n"));
      g_assert_nonnull (strstr (texts->str, "54.19%\n"));
      g_assert_nonnull (strstr (texts->str, "62 seats\n"));
      g_assert_nonnull (strstr (texts->str, "40 list · 22 district\n"));
      g_assert_nonnull (strstr (texts->str, "3,431,510 votes · 53.9%\n"));
      g_assert_nonnull (strstr (texts->str, "Partly verified"));
    }
  else if (g_str_equal (language, "ru"))
    {
      g_assert_nonnull (strstr (texts->str, "Выборы депутатов Мажилиса\n"));
      g_assert_nonnull (strstr (texts->str, "54,19\u00a0%\n"));
      g_assert_nonnull (strstr (texts->str, "62 места\n"));
      g_assert_null (strstr (texts->str, "seats"));
    }
  else
    {
      g_assert_nonnull (strstr (texts->str, "Мәжіліс депутаттарының сайлауы\n"));
      g_assert_nonnull (strstr (texts->str, "54,19%\n"));
      g_assert_null (strstr (texts->str, "seats"));
    }
  g_assert_null (strstr (texts->str, "Amanat's"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_referendum (void)
{
  GtkWidget *window = show_reform ("senate-quota", 360);
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  g_autoptr(GPtrArray) bars = g_ptr_array_new ();
  g_autoptr(GString) texts = g_string_new (NULL);
  RexResultView *view;

  collect (window, REX_TYPE_RESULT_VIEW, views);
  view = find_view (views, "referendum-2022");
  g_assert_nonnull (view);
  g_assert_nonnull (find_view (views, "referendum-2026"));

  /* Turnout, yes and no: three bars, each as long as its share. */
  collect (GTK_WIDGET (view), GTK_TYPE_LEVEL_BAR, bars);
  g_assert_cmpuint (bars->len, ==, 3);
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (bars->pdata[0]), 0.6805, 1e-9);
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (bars->pdata[1]), 0.7718, 1e-9);
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (bars->pdata[2]), 0.1866, 1e-9);
  g_assert_true (gtk_widget_has_css_class (bars->pdata[1], "choice-yes"));
  g_assert_true (gtk_widget_has_css_class (bars->pdata[2], "choice-no"));

  collect_texts (GTK_WIDGET (view), texts);
  if (g_str_equal (language, "en"))
    {
      g_assert_nonnull (strstr (texts->str, "77.18%\n"));
      g_assert_nonnull (strstr (texts->str, "6,163,516 votes\n"));
      g_assert_nonnull (strstr (texts->str, "7,985,769 of 11,734,642 registered voters took part\n"));
    }
  else
    {
      g_assert_nonnull (strstr (texts->str, g_str_equal (language, "ru") ? "77,18\u00a0%\n" : "77,18%\n"));
      g_assert_nonnull (strstr (texts->str, "6\u202f163\u202f516"));
      g_assert_null (strstr (texts->str, "votes"));
      g_assert_null (strstr (texts->str, "Turnout"));
    }

  /* No label of the card is cut at a phone's width. */
  for (GtkWidget *w = GTK_WIDGET (view); w; w = NULL)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();

      collect (w, GTK_TYPE_LABEL, labels);
      for (guint i = 0; i < labels->len; i++)
        {
          GtkLabel *label = labels->pdata[i];
          PangoLayout *layout = gtk_label_get_layout (label);

          g_assert_false (pango_layout_is_ellipsized (layout));
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (label)), <=, 360);
        }
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A vote without parties (the akim elections) shows its turnout alone. */
static void
test_turnout_only (void)
{
  GtkWidget *window = show_reform ("akim-independence", 800);
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  g_autoptr(GPtrArray) bars = g_ptr_array_new ();
  RexResultView *view;

  collect (window, REX_TYPE_RESULT_VIEW, views);
  view = find_view (views, "akim-elections-2023");
  g_assert_nonnull (view);
  collect (GTK_WIDGET (view), GTK_TYPE_LEVEL_BAR, bars);
  g_assert_cmpuint (bars->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (gtk_level_bar_get_value (bars->pdata[0]), 0.6279, 1e-9);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Copy as text carries the votes with their references. */
static void
test_copy_text (void)
{
  RexReform *reform = rex_catalogue_lookup_reform (catalogue, "mixed-mazhilis");
  g_autofree char *text = rex_format_citation (reform, rex_catalogue_get_as_of (catalogue));

  if (g_str_equal (language, "en"))
    {
      g_assert_nonnull (strstr (text, "\nVotes:\n"));
      g_assert_nonnull (strstr (text, "- Election to the Mazhilis, 19 March 2023: turnout 54.19%; Amanat 53.9% (62 seats)"));
      g_assert_nonnull (strstr (text, "Yes 77.18%"));
    }
  else
    {
      g_assert_null (strstr (text, "Votes:"));
      g_assert_null (strstr (text, "seats"));
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *locale = NULL;

  if (argc > 1 && g_str_equal (argv[argc - 1], "kk"))
    language = "kk", locale = "kk_KZ.UTF-8";
  else if (argc > 1 && g_str_equal (argv[argc - 1], "ru"))
    language = "ru", locale = "ru_RU.UTF-8";

  if (locale != NULL)
    {
      /* As main.c does, before anything reads the locale. */
      g_setenv ("LANGUAGE", language, TRUE);
      if (setlocale (LC_ALL, locale) == NULL)
        g_error ("The %s locale is not installed (tools/quickstart generates it)", locale);
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("REX_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      argc--;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  if (locale != NULL)
    setlocale (LC_ALL, locale);
  else
    rex_region_set_display_language ("en");

  catalogue = rex_catalogue_new_bundled (NULL);
  g_assert_nonnull (catalogue);

  g_test_add_func ("/votes/mazhilis", test_mazhilis);
  g_test_add_func ("/votes/referendum", test_referendum);
  g_test_add_func ("/votes/turnout-only", test_turnout_only);
  g_test_add_func ("/votes/copy-text", test_copy_text);

  return g_test_run ();
}
