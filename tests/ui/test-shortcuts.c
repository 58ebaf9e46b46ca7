/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The shortcuts window in the language given:
 *
 *   test-shortcuts en|kk|ru
 *
 * It lists no key whose caption GTK leaves in English under that
 * language when the shortcut can be shown another way. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

static const char *language = "en";

static GtkWindow *
load_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/reformexplorer/ReformExplorer/gtk/help-overlay.ui");
  GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (window));
  return g_object_ref_sink (window);
}

static void
collect_label_texts (GtkWidget *widget,
                     GPtrArray *texts)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_label_texts (child, texts);
}

/* GTK's Kazakh catalogue keeps the caption of the Back media key in
 * English ("Back"); the same action has Alt+← listed, whose arrow needs
 * no words, so the list leaves the media key out. */
static void
test_no_untranslatable_captions (void)
{
  g_autoptr(GtkWindow) window = load_shortcuts_window ();
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  gtk_window_present (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  collect_label_texts (GTK_WIDGET (window), texts);
  for (guint i = 0; i < texts->len; i++)
    g_assert_cmpstr (g_ptr_array_index (texts, i), !=, "Back");

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
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("REX_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      argc--;
    }

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

  g_test_add_func ("/shortcuts/no-untranslatable-captions", test_no_untranslatable_captions);

  return g_test_run ();
}
