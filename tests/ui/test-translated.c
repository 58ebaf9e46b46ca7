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
    "2026 жылғы желтоқсан", "Абай облысы",
    "31 қылмыс құрамы → 44 қылмыс құрамы" },
  { "ru", "ru_RU.UTF-8", "регистрации ПАРТИЙ",
    "Все реформы", "Действует", "Упрощение регистрации политических партий",
    "декабрь 2026 г.", "область Абай",
    /* Russian keeps a number with its unit by a no-break space. */
    "31\u00a0состав преступления → 44\u00a0состава преступления" },
};

static const Expected *expected;

static void
test_sidebar (void)
{
  RexWindow *window = window_test_create_window ();

  window_test_action (window, "win.show-category", "");
  g_assert_nonnull (window_test_find_label (GTK_WIDGET (window), expected->all_reforms));

  window_test_destroy_window (window);
}

/* A source's title stays in its own language; the tag beside it says
 * which, and its tooltip says it in the reader's language. */
static void
test_source_language (void)
{
  RexWindow *window = window_test_create_window ();
  GtkLabel *tag;

  window_test_action (window, "win.show-overview", NULL);
  tag = window_test_find_label (GTK_WIDGET (window), "EN");
  g_assert_nonnull (tag);
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (tag)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (tag)), !=, "In English");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (tag)), ==,
                   g_dpgettext2 (GETTEXT_PACKAGE, "source language", "In English"));

  window_test_destroy_window (window);
}

static void
test_search_in_language (void)
{
  RexWindow *window = window_test_create_window ();
  GtkWidget *entry;
  g_autoptr(GPtrArray) ids = NULL;

  window_test_action (window, "win.search", NULL);
  entry = window_test_find_mapped (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), expected->query);
  g_signal_emit_by_name (entry, "search-changed");
  window_test_wait_for_frame (GTK_WIDGET (window));

  ids = window_test_dup_listed_reforms (window);
  g_assert_cmpuint (ids->len, >=, 1);
  g_assert_cmpstr (g_ptr_array_index (ids, 0), ==, "party-registration-threshold");

  window_test_destroy_window (window);
}

static void
test_detail_in_language (void)
{
  RexWindow *window = window_test_create_window ();

  window_test_action (window, "win.show-reform", "party-registration-threshold");
  g_assert_nonnull (window_test_find_label (GTK_WIDGET (window), expected->reform_title));
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), expected->status_in_force));
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), expected->as_of_date));

  /* Region names are the official ones of the language. */
  window_test_action (window, "win.show-reform", "new-regions");
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), expected->abai));

  /* And the region page speaks the language too. */
  window_test_action (window, "win.show-region", "KZ-10");
  g_assert_true (window_test_shows_text (GTK_WIDGET (window), expected->abai));

  window_test_destroy_window (window);
}

static gboolean
is_cut (GtkLabel *label)
{
  return gtk_label_get_ellipsize (label) != PANGO_ELLIPSIZE_NONE &&
         pango_layout_is_ellipsized (gtk_label_get_layout (label));
}

static void
check_no_cut_titles (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      (gtk_widget_has_css_class (widget, "heading") || gtk_widget_has_css_class (widget, "title-4")) &&
      is_cut (GTK_LABEL (widget)))
    g_error ("“%s” is cut short", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    check_no_cut_titles (c);
}

/* Kazakh and Russian run longer than English: list headings and reform
 * titles still read whole on a phone-sized window and a wide one. */
static void
check_titles_whole (gconstpointer data)
{
  RexWindow *window = window_test_create_window_sized (GPOINTER_TO_INT (data), 700);
  GListModel *categories = rex_catalogue_get_categories (rex_window_get_catalogue (window));

  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(RexCategory) category = g_list_model_get_item (categories, i);

      window_test_action (window, "win.show-category", rex_category_get_id (category));
      g_assert_nonnull (window_test_find_label (GTK_WIDGET (window), rex_category_get_title (category)));
      check_no_cut_titles (GTK_WIDGET (window));
    }

  window_test_destroy_window (window);
}

static void
test_units_agree (void)
{
  RexWindow *window = window_test_create_window ();
  RexReform *reform = rex_catalogue_lookup_reform (rex_window_get_catalogue (window), "jury-trials");
  g_autoptr(RexFigure) figure = g_list_model_get_item (rex_reform_get_figures (reform), 0);
  g_autofree char *text = rex_format_figure (figure);

  g_assert_cmpstr (text, ==, expected->jury_figure);

  window_test_destroy_window (window);
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
  g_test_add_func ("/translated/source-language", test_source_language);
  g_test_add_func ("/translated/search", test_search_in_language);
  g_test_add_func ("/translated/detail", test_detail_in_language);
  g_test_add_func ("/translated/units-agree", test_units_agree);
  g_test_add_data_func ("/translated/titles-whole/360", GINT_TO_POINTER (360), check_titles_whole);
  g_test_add_data_func ("/translated/titles-whole/1280", GINT_TO_POINTER (1280), check_titles_whole);

  return g_test_run ();
}
