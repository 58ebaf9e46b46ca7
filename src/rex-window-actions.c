/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "rex-shortcuts-window.h"
#include "rex-window.h"

/* Navigation: every way to reach a page ends here. */

static void
show_overview_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RexWindow *self = REX_WINDOW (widget);

  rex_window_show_overview (self);
}

static void
show_category_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  rex_window_show_category (REX_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_reform_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  rex_window_show_reform (REX_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_region_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  rex_window_show_region (REX_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  rex_window_show_view (REX_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* Moving within the window */

static gboolean
in_regions (RexWindow *self)
{
  return g_strcmp0 (rex_window_get_view (self), "regions") == 0;
}

static void
enter_content_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RexWindow *self = REX_WINDOW (widget);

  if (in_regions (self))
    rex_regions_view_enter_content (rex_window_get_regions_view (self));
  else
    rex_reforms_view_enter_content (rex_window_get_reforms_view (self));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RexWindow *self = REX_WINDOW (widget);

  if (in_regions (self))
    rex_regions_view_go_back (rex_window_get_regions_view (self));
  else
    rex_reforms_view_go_back (rex_window_get_reforms_view (self));
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RexWindow *self = REX_WINDOW (widget);

  if (in_regions (self))
    rex_regions_view_toggle_sidebar (rex_window_get_regions_view (self));
  else
    rex_reforms_view_toggle_sidebar (rex_window_get_reforms_view (self));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RexWindow *self = REX_WINDOW (widget);

  rex_window_show_view (self, "reforms");
  rex_reforms_view_start_search (rex_window_get_reforms_view (self));
}

static void
copy_text_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RexWindow *self = REX_WINDOW (widget);
  g_autofree char *text = rex_page_dup_copy_text (rex_window_get_visible_page (self));

  if (text == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  rex_window_show_toast (self, _("Copied to clipboard"));
}

/* In the window's action map rather than installed on the class, as
 * GtkApplicationWindow's own win.show-help-overlay was: such actions are
 * exported on the session bus, so tools (tools/screenshot) reach them,
 * and the application gives them their accelerator. */
static void
show_shortcuts_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (rex_shortcuts_window_new (GTK_WINDOW (user_data))));
}

static const GActionEntry window_entries[] = {
  { "show-shortcuts", show_shortcuts_activated },
};

void
rex_window_add_map_actions (RexWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), window_entries,
                                   G_N_ELEMENTS (window_entries), self);
}

/* Files */

static void
open_response_cb (RexWindow            *self,
                  int                   response,
                  GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        rex_window_open_dataset (self, file, NULL, NULL);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (native));
  g_object_unref (native);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RexWindow *self = REX_WINDOW (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) json_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  native = gtk_file_chooser_native_new (_("Open Dataset"),
                                        GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_filter_set_name (json_filter, _("Reform datasets (JSON)"));
  gtk_file_filter_add_mime_type (json_filter, "application/json");
  gtk_file_filter_add_suffix (json_filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), json_filter);

  gtk_file_filter_set_name (all_filter, _("All files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all_filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (native), json_filter);

  g_signal_connect_object (native, "response", G_CALLBACK (open_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
cancel_open_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  rex_window_cancel_loading (REX_WINDOW (widget));
}

static void
open_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  rex_window_open_bundled (REX_WINDOW (widget));
}

/**
 * rex_window_update_actions:
 *
 * The one place that decides which window actions apply to what is on
 * screen. Call it whenever that changes.
 */
void
rex_window_update_actions (RexWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  RexPage *page = rex_window_get_visible_page (self);
  gboolean regions = in_regions (self);
  gboolean can_go_back;

  if (regions)
    can_go_back = rex_regions_view_get_can_go_back (rex_window_get_regions_view (self));
  else
    can_go_back = rex_reforms_view_get_can_go_back (rex_window_get_reforms_view (self));

  gtk_widget_action_set_enabled (widget, "win.copy-text",
                                 page != NULL && rex_page_get_can_copy (page));
  gtk_widget_action_set_enabled (widget, "win.back", can_go_back);
  gtk_widget_action_set_enabled (widget, "win.cancel-open", rex_window_get_busy (self));
  gtk_widget_action_set_enabled (widget, "win.open-bundled", !rex_window_get_bundled (self));
}

void
rex_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-overview", NULL, show_overview_action);
  gtk_widget_class_install_action (widget_class, "win.show-category", "s", show_category_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-status", "status-filter");
  gtk_widget_class_install_property_action (widget_class, "win.sort-order", "sort-order");
  gtk_widget_class_install_property_action (widget_class, "win.map-mode", "map-mode");
  gtk_widget_class_install_action (widget_class, "win.show-reform", "s", show_reform_action);
  gtk_widget_class_install_action (widget_class, "win.show-region", "s", show_region_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.enter-content", NULL, enter_content_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.copy-text", NULL, copy_text_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-open", NULL, cancel_open_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, open_bundled_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK,
                                       "win.show-view", "s", "reforms");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK,
                                       "win.show-view", "s", "regions");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-sidebar", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-text", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_ALT_MASK,
                                       "win.show-overview", NULL);
}
