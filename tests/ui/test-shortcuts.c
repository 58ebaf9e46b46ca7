/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The shortcuts window in the language given:
 *
 *   test-shortcuts en|kk|ru
 *
 * Every shortcut shows its keys, the window fits a phone's 360 px, and
 * in Kazakh and Russian nothing in it is English but the names printed
 * on the keys themselves. That every key the app binds is listed is
 * tested with the application (tests/app/test-application.c). */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "rex-shortcuts-window.h"

static const char *language = "en";

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkWindow *
present_shortcuts_window (int width)
{
  GtkWindow *window = GTK_WINDOW (rex_shortcuts_window_new (NULL));

  gtk_window_set_default_size (window, width, 700);
  gtk_window_present (window);
  for (int i = 0; i < 5; i++)
    {
      g_usleep (10000);
      iterate ();
    }

  return window;
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (labels, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (ADW_IS_ACTION_ROW (widget))
    g_ptr_array_add (rows, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static guint
count_key_caps (GtkWidget *widget)
{
  guint n = gtk_widget_has_css_class (widget, "key-cap") ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_key_caps (child);

  return n;
}

static void
test_every_shortcut_has_keys (void)
{
  GtkWindow *window = present_shortcuts_window (560);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (window), rows);
  g_assert_cmpuint (rows->len, >=, 20);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (count_key_caps (row) == 0)
        g_error ("“%s” shows no key", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
    }

  gtk_window_destroy (window);
}

/* The captions the list gives in words, in the language under test. */
static void
test_captions (void)
{
  g_autofree char *copy = rex_shortcuts_dup_caption ("<Control><Shift>c");
  g_autofree char *back = rex_shortcuts_dup_caption ("<Alt>Left");
  g_autofree char *escape = rex_shortcuts_dup_caption ("Escape");
  g_autofree char *enter = rex_shortcuts_dup_caption ("Return");
  g_autofree char *media_back = rex_shortcuts_dup_caption ("Back");
  g_autofree char *zoom_out = rex_shortcuts_dup_caption ("minus");

  g_assert_cmpstr (copy, ==, "Ctrl+Shift+C");
  g_assert_cmpstr (back, ==, "Alt+←");
  g_assert_cmpstr (escape, ==, "Esc");
  g_assert_cmpstr (zoom_out, ==, "−");
  if (g_str_equal (language, "kk"))
    {
      g_assert_cmpstr (enter, ==, "Enter");
      g_assert_cmpstr (media_back, ==, "Артқа");
    }
  else if (g_str_equal (language, "ru"))
    {
      g_assert_cmpstr (enter, ==, "Ввод");
      g_assert_cmpstr (media_back, ==, "Назад");
    }
  else
    {
      g_assert_cmpstr (enter, ==, "Enter");
      g_assert_cmpstr (media_back, ==, "Back");
    }
}

/* Names printed on keyboards in Kazakhstan and Russia as they are in
 * English; anything else in Latin letters is English left behind. */
static gboolean
is_key_name (const char *text)
{
  static const char * const names[] = { "Ctrl", "Alt", "Shift", "Tab", "Esc", "Enter", "Home", NULL };

  if (g_strv_contains (names, text))
    return TRUE;
  /* A letter key, or a function key. */
  if (g_utf8_strlen (text, -1) == 1)
    return TRUE;
  return text[0] == 'F' && g_ascii_isdigit (text[1]);
}

static gboolean
has_latin_letters (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isalpha (*p))
      return TRUE;

  return FALSE;
}

static void
test_translated (void)
{
  GtkWindow *window = present_shortcuts_window (560);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GString) english = g_string_new (NULL);

  if (g_str_equal (language, "en"))
    {
      g_test_skip ("English is the source language");
      gtk_window_destroy (window);
      return;
    }

  g_assert_cmpstr (gtk_window_get_title (window), !=, "Keyboard Shortcuts");

  collect_labels (GTK_WIDGET (window), labels);
  g_assert_cmpuint (labels->len, >, 40);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));

      if (has_latin_letters (text) && !is_key_name (text))
        g_string_append_printf (english, " “%s”", text);
    }
  if (english->len > 0)
    g_error ("English in the %s shortcuts window:%s", language, english->str);

  gtk_window_destroy (window);
}

/* A phone: the window is no wider than its screen, and every label has
 * the room its text needs (test-cutoff checks the same in depth). */
static void
test_fits_360 (void)
{
  GtkWindow *window = present_shortcuts_window (360);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  int minimum;

  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  collect_labels (GTK_WIDGET (window), labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      int text_width;

      pango_layout_get_pixel_size (gtk_label_get_layout (label), &text_width, NULL);
      g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
      if (text_width > gtk_widget_get_width (GTK_WIDGET (label)))
        g_error ("“%s” needs %d px and has %d", gtk_label_get_text (label),
                 text_width, gtk_widget_get_width (GTK_WIDGET (label)));
    }

  gtk_window_destroy (window);
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
      argc--;
    }
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("REX_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  if (locale != NULL)
    {
      /* gtk_test_init resets the locale from the environment; keep ours. */
      setlocale (LC_ALL, locale);
      /* A silent fallback to English would pass for the wrong reason. */
      g_assert_cmpstr (C_("shortcut window", "Reforms"), !=, "Reforms");
    }
  else
    {
      g_unsetenv ("LANGUAGE");
      setlocale (LC_ALL, "C.UTF-8");
    }

  g_test_add_func ("/shortcuts/every-shortcut-has-keys", test_every_shortcut_has_keys);
  g_test_add_func ("/shortcuts/captions", test_captions);
  g_test_add_func ("/shortcuts/translated", test_translated);
  g_test_add_func ("/shortcuts/fits-360", test_fits_360);

  return g_test_run ();
}
