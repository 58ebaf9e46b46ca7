/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rex-core.h"
#include "rex-load-error-dialog.h"

/* What a reader needs first: what kind of failure, not a parser's
 * words. */
static char *
dup_heading (const GError *error)
{
  guint n = rex_dataset_error_get_n_problems (error);

  switch (rex_dataset_error_get_fault (error))
    {
    case REX_DATASET_FAULT_UNREADABLE:
      return g_strdup (_("The file could not be read"));

    case REX_DATASET_FAULT_DAMAGED:
      return g_strdup (_("The file is incomplete or damaged"));

    case REX_DATASET_FAULT_NOT_DATASET:
      return g_strdup (_("The file is not a Reform Explorer dataset"));

    case REX_DATASET_FAULT_INVALID:
    default:
      /* Translators: a dialog's heading when a dataset file has
       * problems in its content; %u is how many (at least 1). */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The file has %u problem",
                                           "The file has %u problems", n), n);
    }
}

/* A file name is one word: hyphens in it become no-break hyphens, so
 * that a name like "reforms-2024.json" is never broken at the end of a
 * line of the body. */
static char *
dup_unbreakable (const char *name)
{
  g_autoptr(GString) text = g_string_new (name);

  g_string_replace (text, "-", "\u2011", 0);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Every problem on a line of its own, without the file name that each
 * message starts with (the body names the file), and escaped: the
 * messages quote the file, which may hold control characters. */
static char *
dup_details (const GError *error,
             const char   *name)
{
  g_autoptr(GString) details = g_string_new (NULL);
  g_autofree char *prefix = g_strconcat (name, ": ", NULL);
  guint n = rex_dataset_error_get_n_problems (error);

  for (guint i = 0; i < n; i++)
    {
      const char *message = rex_dataset_error_get_problem (error, i)->message;
      g_autofree char *escaped = NULL;

      if (g_str_has_prefix (message, prefix))
        message += strlen (prefix);
      escaped = rex_text_escape (message, -1);

      if (i > 0)
        g_string_append_c (details, '\n');
      g_string_append (details, escaped);
    }

  return g_string_free (g_steal_pointer (&details), FALSE);
}

static GtkWidget *
create_details (const char *text)
{
  GtkWidget *expander;
  GtkWidget *scrolled;
  GtkWidget *label;

  label = gtk_label_new (text);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "monospace");
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problems found"),
                                  -1);

  /* A file may have hundreds of problems: the list scrolls instead of
   * growing the dialog past the screen. */
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_set_margin_top (scrolled, 6);

  expander = gtk_expander_new_with_mnemonic (_("_Details"));
  gtk_expander_set_child (GTK_EXPANDER (expander), scrolled);

  return expander;
}

GtkWidget *
rex_load_error_dialog_new (GtkWindow    *parent,
                           GFile        *file,
                           const GError *error)
{
  g_autofree char *name = NULL;
  g_autofree char *shown_name = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *details = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error != NULL, NULL);

  name = g_file_get_basename (file);
  shown_name = dup_unbreakable (name);
  heading = dup_heading (error);
  /* Translators: the body of the dialog when a dataset file does not
   * open; %s is the file's name. Its heading says what is wrong. */
  body = g_strdup_printf (_("“%s” was not opened. The data shown before is still open."), shown_name);
  details = dup_details (error, name);

  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), create_details (details));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_widget_add_css_class (dialog, "load-error");

  return dialog;
}
