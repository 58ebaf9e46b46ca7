/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "rex-shortcuts-window.h"

struct _RexShortcutsWindow
{
  AdwWindow  parent_instance;
};

G_DEFINE_FINAL_TYPE (RexShortcutsWindow, rex_shortcuts_window, ADW_TYPE_WINDOW)

/* One line of the list: a group heading when @group is set, otherwise
 * what a shortcut does and its keys, in GTK's accelerator syntax,
 * alternatives separated by spaces. Every key the app binds is here (a
 * test checks it); keys on the keypad count as the keys they repeat. */
typedef struct
{
  const char *group;
  const char *title;
  const char *keys;
} Entry;

static const Entry entries[] = {
  { NC_("shortcut window", "General"), NULL, NULL },
  { NULL, NC_("shortcut window", "Open Dataset"), "<Control>o" },
  { NULL, NC_("shortcut window", "Show Main Menu"), "F10" },
  { NULL, NC_("shortcut window", "Preferences"), "<Control>comma" },
  { NULL, NC_("shortcut window", "Keyboard Shortcuts"), "<Control>question" },
  { NULL, NC_("shortcut window", "Close Window"), "<Control>w" },
  { NULL, NC_("shortcut window", "Quit"), "<Control>q" },

  { NC_("shortcut window", "Views"), NULL, NULL },
  { NULL, NC_("shortcut window", "Reforms"), "<Control>1" },
  { NULL, NC_("shortcut window", "Regions"), "<Control>2" },

  { NC_("shortcut window", "Browsing"), NULL, NULL },
  { NULL, NC_("shortcut window", "Search Reforms"), "<Control>f" },
  { NULL, NC_("shortcut window", "Open the First Result"), "Return" },
  { NULL, NC_("shortcut window", "Stop Searching"), "Escape" },
  { NULL, NC_("shortcut window", "Show or Hide the Sidebar"), "F9" },
  { NULL, NC_("shortcut window", "Programme Overview"), "<Alt>Home" },
  { NULL, NC_("shortcut window", "Go Back (Narrow Window)"), "<Alt>Left Back" },
  { NULL, NC_("shortcut window", "Move Between Sidebar, List and Page"), "Tab <Shift>Tab" },
  { NULL, NC_("shortcut window", "Read the Selected Reform"), "Return" },

  { NC_("shortcut window", "Map"), NULL, NULL },
  { NULL, NC_("shortcut window", "Move to the Nearest Region"), "Left Right Up Down" },
  { NULL, NC_("shortcut window", "Open the Region"), "Return space" },
  { NULL, NC_("shortcut window", "Zoom In"), "plus" },
  { NULL, NC_("shortcut window", "Zoom Out"), "minus" },
  { NULL, NC_("shortcut window", "Whole Country"), "0" },

  { NC_("shortcut window", "Reform or Region"), NULL, NULL },
  { NULL, NC_("shortcut window", "Copy as Text"), "<Control><Shift>c" },
};

/* The caption of one key, in the reader's language; NULL for a key this
 * list has no caption for. Words are the app's own, not GTK's, whose
 * catalogues leave several in English. */
static char *
dup_key_caption (guint keyval)
{
  gunichar c;

  switch (keyval)
    {
    case GDK_KEY_Return:
      /* Translators: the Enter key, as printed on keyboards where you are. */
      return g_strdup (C_("keyboard key", "Enter"));
    case GDK_KEY_Escape:
      /* Translators: the Escape key, as printed on keyboards where you are. */
      return g_strdup (C_("keyboard key", "Esc"));
    case GDK_KEY_Tab:
      /* Translators: the Tab key, as printed on keyboards where you are. */
      return g_strdup (C_("keyboard key", "Tab"));
    case GDK_KEY_Home:
      /* Translators: the Home key, as printed on keyboards where you are. */
      return g_strdup (C_("keyboard key", "Home"));
    case GDK_KEY_space:
      /* Translators: the space bar. */
      return g_strdup (C_("keyboard key", "Space"));
    case GDK_KEY_Back:
      /* Translators: the Back key of some keyboards and mice, which goes
       * back as a browser's Back button does. */
      return g_strdup (C_("keyboard key", "Back"));
    case GDK_KEY_Left:
      return g_strdup ("←");
    case GDK_KEY_Right:
      return g_strdup ("→");
    case GDK_KEY_Up:
      return g_strdup ("↑");
    case GDK_KEY_Down:
      return g_strdup ("↓");
    case GDK_KEY_minus:
      /* A minus sign reads better on a key cap than a hyphen. */
      return g_strdup ("−");
    default:
      break;
    }

  if (keyval >= GDK_KEY_F1 && keyval <= GDK_KEY_F35)
    return g_strdup_printf ("F%u", keyval - GDK_KEY_F1 + 1);

  c = gdk_keyval_to_unicode (keyval);
  if (c != 0 && g_unichar_isgraph (c))
    {
      char buffer[7] = { 0 };

      g_unichar_to_utf8 (g_unichar_toupper (c), buffer);
      return g_strdup (buffer);
    }

  return NULL;
}

/* The captions of a combination's modifiers and key, in the order they
 * are pressed; NULL if the accelerator does not parse or a key has no
 * caption. */
static GStrv
dup_captions (const char *accelerator)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *key = NULL;
  GdkModifierType modifiers;
  guint keyval;

  if (!gtk_accelerator_parse (accelerator, &keyval, &modifiers))
    return NULL;

  if (modifiers & GDK_CONTROL_MASK)
    /* Translators: the Control key, as printed on keyboards where you are. */
    g_strv_builder_add (builder, C_("keyboard key", "Ctrl"));
  if (modifiers & GDK_ALT_MASK)
    /* Translators: the Alt key, as printed on keyboards where you are. */
    g_strv_builder_add (builder, C_("keyboard key", "Alt"));
  if (modifiers & GDK_SHIFT_MASK)
    /* Translators: the Shift key, as printed on keyboards where you are. */
    g_strv_builder_add (builder, C_("keyboard key", "Shift"));

  key = dup_key_caption (keyval);
  if (key == NULL)
    return NULL;
  g_strv_builder_add (builder, key);

  return g_strv_builder_end (builder);
}

/**
 * rex_shortcuts_dup_caption:
 * @accelerator: one key combination, e.g. "<Control>o"
 *
 * Returns: (nullable): the combination as the list shows it, in words,
 *   e.g. "Ctrl+O"; NULL for a key the list has no caption for
 */
char *
rex_shortcuts_dup_caption (const char *accelerator)
{
  g_auto(GStrv) captions = dup_captions (accelerator);

  return captions != NULL ? g_strjoinv ("+", captions) : NULL;
}

/**
 * rex_shortcuts_window_lists:
 *
 * Whether the list shows this key combination. A key on the keypad
 * counts as the key it repeats, and "=" as "+", which is the same key
 * unshifted on most layouts.
 */
gboolean
rex_shortcuts_window_lists (guint           keyval,
                            GdkModifierType modifiers)
{
  switch (keyval)
    {
    case GDK_KEY_KP_Left: keyval = GDK_KEY_Left; break;
    case GDK_KEY_KP_Right: keyval = GDK_KEY_Right; break;
    case GDK_KEY_KP_Up: keyval = GDK_KEY_Up; break;
    case GDK_KEY_KP_Down: keyval = GDK_KEY_Down; break;
    case GDK_KEY_KP_Enter: keyval = GDK_KEY_Return; break;
    case GDK_KEY_KP_Add: keyval = GDK_KEY_plus; break;
    case GDK_KEY_equal: keyval = GDK_KEY_plus; break;
    case GDK_KEY_KP_Subtract: keyval = GDK_KEY_minus; break;
    case GDK_KEY_KP_0: keyval = GDK_KEY_0; break;
    default: break;
    }

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_auto(GStrv) keys = NULL;

      if (entries[i].keys == NULL)
        continue;

      keys = g_strsplit (entries[i].keys, " ", -1);
      for (guint j = 0; keys[j] != NULL; j++)
        {
          GdkModifierType listed_modifiers;
          guint listed_keyval;

          if (gtk_accelerator_parse (keys[j], &listed_keyval, &listed_modifiers) &&
              listed_keyval == keyval && listed_modifiers == modifiers)
            return TRUE;
        }
    }

  return FALSE;
}

static GtkWidget *
key_cap_new (const char *caption)
{
  GtkWidget *label = gtk_label_new (caption);

  gtk_widget_add_css_class (label, "key-cap");
  return label;
}

/* The keys of one shortcut: each combination's key caps joined by "+",
 * alternatives side by side. */
static GtkWidget *
keys_new (const char *keys,
          GString    *spoken)
{
  g_auto(GStrv) alternatives = g_strsplit (keys, " ", -1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);

  for (guint i = 0; alternatives[i] != NULL; i++)
    {
      g_auto(GStrv) captions = dup_captions (alternatives[i]);
      GtkWidget *combination = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);
      g_autofree char *joined = NULL;

      if (captions == NULL)
        {
          g_critical ("No caption for the key “%s”", alternatives[i]);
          continue;
        }

      for (guint j = 0; captions[j] != NULL; j++)
        {
          if (j > 0)
            {
              GtkWidget *plus = gtk_label_new ("+");

              gtk_widget_add_css_class (plus, "dim-label");
              gtk_box_append (GTK_BOX (combination), plus);
            }
          gtk_box_append (GTK_BOX (combination), key_cap_new (captions[j]));
        }
      gtk_box_append (GTK_BOX (box), combination);

      joined = g_strjoinv ("+", captions);
      if (spoken->len > 0)
        {
          /* Translators: two keys that do the same, as a screen reader
           * says them, e.g. "Alt+← or Back". */
          g_autofree char *both = g_strdup_printf (C_("shortcut window", "%s or %s"),
                                                   spoken->str, joined);

          g_string_assign (spoken, both);
        }
      else
        {
          g_string_assign (spoken, joined);
        }
    }

  return box;
}

static GtkWidget *
shortcut_row_new (const Entry *entry)
{
  g_autofree char *title = g_markup_escape_text (g_dpgettext2 (GETTEXT_PACKAGE, "shortcut window",
                                                               entry->title), -1);
  g_autoptr(GString) spoken = g_string_new (NULL);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *keys = keys_new (entry->keys, spoken);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), keys);
  /* Key caps are pictures of keys to the eye; a screen reader says them
   * as words. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken->str,
                                  -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (keys), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  return row;
}

static void
rex_shortcuts_window_class_init (RexShortcutsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
rex_shortcuts_window_init (RexShortcutsWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *group = NULL;

  gtk_window_set_title (GTK_WINDOW (self), C_("shortcut window", "Keyboard Shortcuts"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  /* A phone's screen: the rows wrap their titles instead. */
  gtk_widget_set_size_request (GTK_WIDGET (self), 360, 294);
  gtk_widget_add_css_class (GTK_WIDGET (self), "shortcuts");

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      if (entries[i].group != NULL)
        {
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, g_dpgettext2 (GETTEXT_PACKAGE, "shortcut window",
                                                                entries[i].group));
          adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);
        }
      else
        {
          g_assert (group != NULL);
          adw_preferences_group_add (group, shortcut_row_new (&entries[i]));
        }
    }
}

GtkWidget *
rex_shortcuts_window_new (GtkWindow *parent)
{
  GtkWidget *self = g_object_new (REX_TYPE_SHORTCUTS_WINDOW,
                                  "transient-for", parent,
                                  NULL);

  /* Over a window narrower than the list's usual width (a phone's), no
   * wider than that window. */
  if (parent != NULL && gtk_widget_get_width (GTK_WIDGET (parent)) > 0)
    {
      int width, height;

      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   MIN (width, gtk_widget_get_width (GTK_WIDGET (parent))),
                                   MIN (height, gtk_widget_get_height (GTK_WIDGET (parent))));
    }

  return self;
}
