/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The window in Kazakh or Russian, as a person using that language sees
 * it: interface strings, content, region names and dates come from the
 * catalogues, and searching in that language finds the reform.
 *
 *   test-translated kk|ru
 *
 * The language is set up before GTK starts, as it is for the app; a
 * missing locale or catalogue fails rather than falling back to English. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "rex-format.h"
#include "rex-reform-page.h"
#include "rex-sidebar-row.h"
#include "rex-status-badge.h"
#include "rex-window.h"
#include "window-test-util.h"

typedef struct {
  const char *language;
  const char *locale;
  /* What a speaker would type to find party registration. */
  const char *query;
  /* Expected words, straight from the catalogue the translators wrote. */
  const char *all_reforms;
  const char *status_in_force;
  const char *reform_title;
  const char *as_of_date;
  const char *abai;
  /* Units agree with their numbers. */
  const char *jury_figure;
} Expected;

static const Expected languages[] = {
  { "kk", "kk_KZ.UTF-8", "ПАРТИЯЛАРДЫ тіркеу",
    "Барлық реформалар", "Күшінде", "Саяси партияларды тіркеуді жеңілдету",
    "2026 жылғы тамыз", "Абай облысы",
    "14 қылмыс құрамы → 44 қылмыс құрамы" },
  { "ru", "ru_RU.UTF-8", "регистрации ПАРТИЙ",
    "Все реформы", "Действует", "Упрощение регистрации политических партий",
    "август 2026 г.", "область Абай",
    /* Russian keeps a number with its unit by a no-break space. */
    "14\u00a0составов преступлений → 44\u00a0состава преступления" },
};

static const Expected *expected;

static void
test_sidebar (void)
{
  RexWindow *window = window_test_create_window ();
  GtkWidget *list = window_test_child (window, REX_TYPE_WINDOW, "category_list");
  gboolean found = FALSE;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    if (g_str_equal (rex_sidebar_row_get_id (REX_SIDEBAR_ROW (row)), ""))
      {
        g_assert_cmpstr (rex_sidebar_row_get_title (REX_SIDEBAR_ROW (row)), ==, expected->all_reforms);
        found = TRUE;
      }
  g_assert_true (found);

  gtk_window_destroy (GTK_WINDOW (window));
  window_test_iterate ();
}

static void
test_search_in_language (void)
{
  RexWindow *window = window_test_create_window ();
  GtkEditable *entry = window_test_child (window, REX_TYPE_WINDOW, "search_entry");
  GListModel *model = window_test_child (window, REX_TYPE_WINDOW, "selection");
  g_autoptr(RexReform) first = NULL;

  gtk_editable_set_text (entry, expected->query);
  g_signal_emit_by_name (entry, "search-changed");
  window_test_iterate ();

  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpstr (rex_reform_get_id (first), ==, "party-registration-threshold");

  gtk_window_destroy (GTK_WINDOW (window));
  window_test_iterate ();
}

static void
test_detail_in_language (void)
{
  RexWindow *window = window_test_create_window ();
  RexReformPage *page = window_test_child (window, REX_TYPE_WINDOW, "reform_page");
  const char *date;

  g_assert_true (rex_window_show_reform (window, "party-registration-threshold"));
  window_test_iterate ();

  g_assert_cmpstr (gtk_label_get_label (window_test_child (page, REX_TYPE_REFORM_PAGE, "title_label")), ==,
                   expected->reform_title);
  g_assert_cmpstr (rex_status_badge_get_text (window_test_child (page, REX_TYPE_REFORM_PAGE, "badge")), ==,
                   expected->status_in_force);
  date = gtk_label_get_label (window_test_child (page, REX_TYPE_REFORM_PAGE, "status_date_label"));
  if (strstr (date, expected->as_of_date) == NULL)
    g_error ("status date “%s” does not contain “%s”", date, expected->as_of_date);

  /* Region names are the official ones of the language. */
  g_assert_true (rex_window_show_reform (window, "new-regions"));
  window_test_iterate ();
  g_assert_nonnull (strstr (gtk_label_get_label (window_test_child (page, REX_TYPE_REFORM_PAGE, "regions_label")),
                            expected->abai));

  gtk_window_destroy (GTK_WINDOW (window));
  window_test_iterate ();
}

static void
test_units_agree (void)
{
  RexWindow *window = window_test_create_window ();
  RexReform *reform = rex_catalogue_lookup_reform (rex_window_get_catalogue (window), "jury-trials");
  g_autoptr(RexFigure) figure = g_list_model_get_item (rex_reform_get_figures (reform), 0);
  g_autofree char *text = rex_format_figure (figure);

  g_assert_cmpstr (text, ==, expected->jury_figure);

  gtk_window_destroy (GTK_WINDOW (window));
  window_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (argc > 1 && g_str_equal (argv[argc - 1], languages[i].language))
      expected = &languages[i];
  if (expected == NULL)
    g_error ("usage: test-translated kk|ru");

  /* As main.c does, before anything reads the locale. */
  g_setenv ("LANGUAGE", expected->language, TRUE);
  if (setlocale (LC_ALL, expected->locale) == NULL)
    g_error ("The %s locale is not installed (tools/quickstart generates it)", expected->locale);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("REX_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  argc--;
  window_test_init (&argc, &argv);

  /* gtk_test_init resets the locale from the environment; keep ours. */
  setlocale (LC_ALL, expected->locale);

  g_test_add_func ("/translated/sidebar", test_sidebar);
  g_test_add_func ("/translated/search", test_search_in_language);
  g_test_add_func ("/translated/detail", test_detail_in_language);
  g_test_add_func ("/translated/units-agree", test_units_agree);

  return g_test_run ();
}
