/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "rex-load-error-dialog.h"
#include "rex-sidebar.h"
#include "rex-window.h"

struct _RexWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  RexCatalogue         *catalogue;
  GFile                *file;        /* NULL for the bundled dataset */
  /* The load in progress: only the newest one counts. */
  GCancellable         *load_cancellable;
  GFile                *loading_file;
  /* Loads whose result has not come back yet, overtaken ones included. */
  guint                 pending_loads;
  guint                 loading_timeout_id;
  /* The binding of the sidebar button to the visible view's sidebar. */
  GBinding             *sidebar_binding;
  /* Set while the window restores what it showed last time. */
  guint                 restoring;
  guint                 update_header_id;
  char                 *sort_order;

  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *back_button;
  GtkWidget            *sidebar_button;
  GtkWidget            *copy_button;
  GtkWidget            *switcher_bar;
  GtkRevealer          *loading_revealer;
  GtkLabel             *loading_label;
  GtkWidget            *search_button;
  AdwViewStack         *view_stack;
  RexReformsView       *reforms_view;
  GtkWidget            *regions_box;
  RexRegionsView       *regions_view;   /* NULL until first needed */
  char                 *pending_region_id;
};

G_DEFINE_FINAL_TYPE (RexWindow, rex_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STATUS_FILTER,
  PROP_SORT_ORDER,
  PROP_MAP_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
rex_window_show_toast (RexWindow  *self,
                       const char *text)
{
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_if_fail (REX_IS_WINDOW (self));

  /* libadwaita 1.2 reads toast titles as markup; ids come from outside. */
  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  /* The newest news goes first: a toast about an id just asked for must
   * not wait behind an older one. */
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The header follows the view on screen */

static void
update_header (RexWindow *self)
{
  RexPage *page = rex_window_get_visible_page (self);
  AdwViewStackPage *stack_page;
  g_autofree char *file_name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *window_title = NULL;
  gboolean can_go_back;

  if (page == NULL)
    return;

  /* Pages carry their own titles in full, where they can wrap: a title
   * cut short in the header would hide what it means. Narrow, the
   * switcher bar below names the view, so the header does not: at 360 px
   * with minimise and maximise buttons, Kazakh's "Реформалар" has no room
   * there, and a view name cut short says less than none. */
  stack_page = adw_view_stack_get_page (self->view_stack,
                                        adw_view_stack_get_visible_child (self->view_stack));
  if (self->file != NULL)
    file_name = g_file_get_basename (self->file);
  adw_view_switcher_title_set_title (self->switcher_title,
                                     adw_view_switcher_title_get_title_visible (self->switcher_title)
                                     ? NULL : adw_view_stack_page_get_title (stack_page));
  adw_view_switcher_title_set_subtitle (self->switcher_title, file_name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->switcher_title),
                               self->file != NULL ? g_file_peek_path (self->file) : NULL);

  /* The window's own title, which window lists and screen readers
   * announce, says what is on screen. */
  title = rex_page_dup_title (page);
  if (title != NULL && file_name != NULL)
    /* Translators: the window title: what is shown, the dataset file, the app. */
    window_title = g_strdup_printf (_("%s — %s — Reform Explorer"), title, file_name);
  else if (title != NULL || file_name != NULL)
    /* Translators: the window title: what is shown (or the dataset file), the app. */
    window_title = g_strdup_printf (_("%s — Reform Explorer"), title != NULL ? title : file_name);
  else
    window_title = g_strdup (_("Reform Explorer"));
  gtk_window_set_title (GTK_WINDOW (self), window_title);

  rex_window_update_actions (self);

  /* A phone-sized header has room for four buttons: show only those that
   * apply to what is on screen. */
  can_go_back = gtk_widget_is_sensitive (self->back_button);
  gtk_widget_set_visible (self->back_button, can_go_back);
  gtk_widget_set_visible (self->sidebar_button, !can_go_back);
  gtk_widget_set_visible (self->search_button, page == REX_PAGE (self->reforms_view) && !can_go_back);
  gtk_widget_set_visible (self->copy_button, rex_page_get_can_copy (page));
  /* The switcher moves to the bottom when the header has no room for it.
   * GTK 4.8's revealer allocates a negative height when it has no
   * transition to run, so the bar is shown rather than revealed. */
  gtk_widget_set_visible (self->switcher_bar,
                          adw_view_switcher_title_get_title_visible (self->switcher_title));
}

static gboolean
update_header_idle_cb (gpointer data)
{
  RexWindow *self = data;

  self->update_header_id = 0;
  update_header (self);

  return G_SOURCE_REMOVE;
}

static void
page_changed_cb (RexWindow *self)
{
  if (self->view_stack == NULL)
    return;

  rex_window_update_actions (self);

  /* Panes fold and unfold while the window is being allocated; changing
   * which header buttons show at that moment would resize the header in
   * the middle of a frame. Do it right after. */
  if (self->update_header_id == 0)
    self->update_header_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_header_idle_cb, self, NULL);
}

static void
save_navigation (RexWindow *self)
{
  RexReform *reform = rex_reforms_view_get_reform (self->reforms_view);
  RexRegion *region = self->regions_view != NULL ? rex_regions_view_get_region (self->regions_view) : NULL;
  const char *scope = rex_reforms_view_get_scope (self->reforms_view);

  /* What another dataset was showing means nothing for the bundled one,
   * which is what opens next time. */
  if (self->restoring > 0 || self->file != NULL || self->catalogue == NULL)
    return;

  g_settings_set_string (self->settings, "last-view", rex_window_get_view (self));
  g_settings_set_string (self->settings, "last-category",
                         g_str_equal (scope, REX_SCOPE_OVERVIEW) ? "" : scope);
  g_settings_set_string (self->settings, "last-reform",
                         reform != NULL ? rex_reform_get_id (reform) : "");
  /* A view not built yet still shows what it showed last time. */
  if (self->regions_view != NULL)
    g_settings_set_string (self->settings, "last-region",
                           region != NULL ? rex_region_get_id (region) : "");
}

static void
connect_view (RexWindow *self,
              GObject   *view)
{
  static const char * const signals[] = {
    "notify::title", "notify::subtitle", "notify::can-copy", "notify::can-go-back",
  };

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_signal_connect_object (view, signals[i], G_CALLBACK (page_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
map_mode_changed_cb (RexWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAP_MODE]);
}

/* The Regions view, built the first time it is asked for: the map and
 * its region pages are not on the first frame, which they would slow. */
static RexRegionsView *
ensure_regions_view (RexWindow *self)
{
  g_autofree char *region_id = NULL;

  if (self->regions_view != NULL || self->regions_box == NULL)
    return self->regions_view;

  self->regions_view = g_object_new (REX_TYPE_REGIONS_VIEW,
                                     "hexpand", TRUE,
                                     "vexpand", TRUE,
                                     NULL);
  gtk_box_append (GTK_BOX (self->regions_box), GTK_WIDGET (self->regions_view));
  connect_view (self, G_OBJECT (self->regions_view));
  g_signal_connect_object (self->regions_view, "notify::region",
                           G_CALLBACK (save_navigation), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->regions_view, "notify::map-mode",
                           G_CALLBACK (map_mode_changed_cb), self, G_CONNECT_SWAPPED);

  region_id = g_steal_pointer (&self->pending_region_id);
  if (self->catalogue != NULL)
    {
      self->restoring++;
      rex_regions_view_set_catalogue (self->regions_view, self->catalogue);
      if (region_id != NULL)
        rex_regions_view_show_region (self->regions_view, region_id);
      self->restoring--;
    }

  return self->regions_view;
}

static void
visible_view_changed_cb (RexWindow *self)
{
  GObject *view;

  /* Also called while the template is built, before it is bound. */
  if (self->view_stack == NULL || self->sidebar_button == NULL)
    return;

  view = G_OBJECT (adw_view_stack_get_visible_child (self->view_stack));
  if (view == G_OBJECT (self->regions_box))
    view = G_OBJECT (ensure_regions_view (self));

  g_clear_pointer (&self->sidebar_binding, g_binding_unbind);
  if (view != NULL)
    self->sidebar_binding = g_object_bind_property (view, "sidebar-visible",
                                                    self->sidebar_button, "active",
                                                    G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  update_header (self);
  save_navigation (self);
}

static void
reforms_status_changed_cb (RexWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_FILTER]);
}

/* The dataset */


static void
set_catalogue (RexWindow    *self,
               RexCatalogue *catalogue,
               GFile        *file)
{
  g_set_object (&self->catalogue, catalogue);
  g_set_object (&self->file, file);

  self->restoring++;
  rex_reforms_view_set_catalogue (self->reforms_view, catalogue);
  g_clear_pointer (&self->pending_region_id, g_free);
  if (self->regions_view != NULL)
    rex_regions_view_set_catalogue (self->regions_view, catalogue);
  self->restoring--;

  update_header (self);
}

/* Shows what the settings remember, silently skipping what the dataset
 * no longer has. */
static void
restore_navigation (RexWindow *self)
{
  g_autofree char *view = g_settings_get_string (self->settings, "last-view");
  g_autofree char *category_id = g_settings_get_string (self->settings, "last-category");
  g_autofree char *reform_id = g_settings_get_string (self->settings, "last-reform");
  g_autofree char *region_id = g_settings_get_string (self->settings, "last-region");

  self->restoring++;
  if (*category_id != '\0' || *reform_id != '\0')
    rex_reforms_view_show_category (self->reforms_view, category_id);
  if (*reform_id != '\0')
    rex_reforms_view_show_reform (self->reforms_view, reform_id);
  if (*region_id != '\0')
    {
      if (g_str_equal (view, "regions"))
        rex_regions_view_show_region (ensure_regions_view (self), region_id);
      else
        self->pending_region_id = g_steal_pointer (&region_id);
    }
  adw_view_stack_set_visible_child_name (self->view_stack, view);
  self->restoring--;
}

typedef struct
{
  RexWindow    *self;
  GFile        *file;
  GCancellable *cancellable;
  char         *category_id;
  char         *reform_id;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->file);
  g_clear_object (&data->cancellable);
  g_free (data->category_id);
  g_free (data->reform_id);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadData, load_data_free)

static void
show_load_error (RexWindow    *self,
                 GFile        *file,
                 const GError *error)
{
  gtk_window_present (GTK_WINDOW (rex_load_error_dialog_new (GTK_WINDOW (self), file, error)));
}

static void
end_loading (RexWindow *self)
{
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->loading_file);
  g_clear_handle_id (&self->loading_timeout_id, g_source_remove);
  gtk_revealer_set_reveal_child (self->loading_revealer, FALSE);
  rex_window_update_actions (self);
}

static void
catalogue_loaded_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(LoadData) data = user_data;
  g_autoptr(RexCatalogue) catalogue = NULL;
  g_autoptr(GError) error = NULL;
  RexWindow *self = data->self;

  catalogue = rex_catalogue_new_from_file_finish (result, &error);
  self->pending_loads--;

  /* A load that was cancelled, or overtaken by a newer one, shows
   * nothing: the file the user chose last is the one that counts. */
  if (g_cancellable_is_cancelled (data->cancellable) ||
      data->cancellable != self->load_cancellable)
    return;

  end_loading (self);

  if (catalogue == NULL)
    {
      show_load_error (self, data->file, error);
      return;
    }

  set_catalogue (self, catalogue, data->file);

  if (data->category_id != NULL)
    rex_window_show_category (self, data->category_id);
  if (data->reform_id != NULL)
    rex_window_show_reform (self, data->reform_id);
}

static gboolean
show_loading_cb (gpointer user_data)
{
  RexWindow *self = user_data;
  g_autofree char *name = g_file_get_basename (self->loading_file);
  /* Translators: shown while a dataset file loads; %s is its name. */
  g_autofree char *text = g_strdup_printf (_("Opening “%s”…"), name);

  self->loading_timeout_id = 0;
  gtk_label_set_label (self->loading_label, text);
  gtk_revealer_set_reveal_child (self->loading_revealer, TRUE);

  return G_SOURCE_REMOVE;
}

/**
 * rex_window_cancel_loading:
 *
 * Stops loading the dataset file being opened, if any; the data on
 * screen stays.
 */
void
rex_window_cancel_loading (RexWindow *self)
{
  g_return_if_fail (REX_IS_WINDOW (self));

  if (self->load_cancellable == NULL)
    return;

  g_cancellable_cancel (self->load_cancellable);
  end_loading (self);
}

/* Window state */

static void
restore_window_state (RexWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  /* A settings file edited by hand or left by a crash may say anything;
   * keep the window within what it can be. */
  width = CLAMP (width, 360, 16384);
  height = CLAMP (height, 294, 16384);

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (RexWindow *self)
{
  int width, height;

  /* The default size is the unmaximised size, which is what should come back
   * when the user unmaximises the window after a restart. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
rex_window_close_request (GtkWindow *window)
{
  save_window_state (REX_WINDOW (window));

  return GTK_WINDOW_CLASS (rex_window_parent_class)->close_request (window);
}

static void
set_sort_order (RexWindow  *self,
                const char *order)
{
  if (g_strcmp0 (self->sort_order, order) == 0)
    return;

  g_free (self->sort_order);
  self->sort_order = g_strdup (order);
  rex_reforms_view_set_sort_order (self->reforms_view, order);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_ORDER]);
}

static void
rex_window_constructed (GObject *object)
{
  RexWindow *self = REX_WINDOW (object);
  g_autoptr(RexCatalogue) catalogue = NULL;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (rex_window_parent_class)->constructed (object);

  /* Not the application's instance: "application" is not a construct
   * property, so it is not set yet here. Both share one backend. */
  self->settings = g_settings_new (APPLICATION_ID);
  restore_window_state (self);

  /* A property rather than a settings action, so that the stateful
   * win.sort-order goes away with the window. */
  g_settings_bind (self->settings, "sort-order", self, "sort-order", G_SETTINGS_BIND_DEFAULT);

  catalogue = rex_catalogue_new_bundled (&error);
  if (catalogue == NULL)
    {
      /* Only a broken build gets here; say so rather than show nothing. */
      g_critical ("Could not load the bundled dataset: %s", error->message);
      return;
    }

  set_catalogue (self, catalogue, NULL);
  restore_navigation (self);
}

static void
rex_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RexWindow *self = REX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STATUS_FILTER:
      g_value_set_string (value, rex_reforms_view_get_status (self->reforms_view));
      break;

    case PROP_SORT_ORDER:
      g_value_set_string (value, self->sort_order);
      break;

    case PROP_MAP_MODE:
      /* Not worth building the Regions view for: until it is, the map
       * will show what it showed last time. */
      if (self->regions_view != NULL)
        g_value_set_string (value, rex_regions_view_get_map_mode (self->regions_view));
      else
        g_value_take_string (value, g_settings_get_string (self->settings, "map-mode"));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RexWindow *self = REX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STATUS_FILTER:
      rex_window_show_status (self, g_value_get_string (value));
      break;

    case PROP_SORT_ORDER:
      set_sort_order (self, g_value_get_string (value));
      break;

    case PROP_MAP_MODE:
      if (ensure_regions_view (self) != NULL &&
          !rex_regions_view_set_map_mode (self->regions_view, g_value_get_string (value)))
        g_debug ("No map mode “%s” in this dataset", g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_window_dispose (GObject *object)
{
  RexWindow *self = REX_WINDOW (object);

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->loading_file);
  g_clear_handle_id (&self->loading_timeout_id, g_source_remove);
  g_clear_pointer (&self->sidebar_binding, g_binding_unbind);
  g_clear_handle_id (&self->update_header_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), REX_TYPE_WINDOW);

  self->regions_view = NULL;
  g_clear_pointer (&self->pending_region_id, g_free);
  g_clear_object (&self->catalogue);
  g_clear_object (&self->file);
  if (self->settings != NULL)
    g_settings_unbind (self, "sort-order");
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rex_window_parent_class)->dispose (object);
}

static void
rex_window_finalize (GObject *object)
{
  RexWindow *self = REX_WINDOW (object);

  g_free (self->sort_order);

  G_OBJECT_CLASS (rex_window_parent_class)->finalize (object);
}

static void
rex_window_class_init (RexWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = rex_window_constructed;
  object_class->get_property = rex_window_get_property;
  object_class->set_property = rex_window_set_property;
  object_class->dispose = rex_window_dispose;
  object_class->finalize = rex_window_finalize;
  window_class->close_request = rex_window_close_request;

  /* Backs the stateful action win.show-status, so that every radio
   * choice bound to it shows the filter in use. */
  properties[PROP_STATUS_FILTER] =
    g_param_spec_string ("status-filter", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Backs win.sort-order: "programme", "status" or "date". */
  properties[PROP_SORT_ORDER] =
    g_param_spec_string ("sort-order", NULL, NULL, "programme",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Backs win.map-mode: what the region map colours by, "regions" or a
   * result's figure (see rex-map-mode.h). */
  properties[PROP_MAP_MODE] =
    g_param_spec_string ("map-mode", NULL, NULL, REX_MAP_MODE_REGIONS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (REX_TYPE_REFORMS_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rex-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RexWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, copy_button);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, loading_revealer);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, reforms_view);
  gtk_widget_class_bind_template_child (widget_class, RexWindow, regions_box);
  gtk_widget_class_bind_template_callback (widget_class, visible_view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);

  rex_window_class_add_actions (widget_class);
}

static void
rex_window_init (RexWindow *self)
{
  self->sort_order = g_strdup ("programme");

  gtk_widget_init_template (GTK_WIDGET (self));
  rex_window_add_map_actions (self);

  g_object_bind_property (self->reforms_view, "search-mode",
                          self->search_button, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  connect_view (self, G_OBJECT (self->reforms_view));
  g_signal_connect_object (self->reforms_view, "notify::status",
                           G_CALLBACK (reforms_status_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reforms_view, "notify::scope",
                           G_CALLBACK (save_navigation), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reforms_view, "notify::reform",
                           G_CALLBACK (save_navigation), self, G_CONNECT_SWAPPED);

  visible_view_changed_cb (self);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

RexWindow *
rex_window_new (RexApplication *application)
{
  return g_object_new (REX_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * rex_window_open_dataset:
 * @category_id: (nullable): the category to show once loaded
 * @reform_id: (nullable): the reform to show once loaded
 *
 * Loads @file in the background. The data on screen stays until the new
 * dataset has loaded whole; if it cannot be, a dialog says why and the
 * old data stays.
 */
void
rex_window_open_dataset (RexWindow  *self,
                         GFile      *file,
                         const char *category_id,
                         const char *reform_id)
{
  LoadData *data;

  g_return_if_fail (REX_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* The newest request wins: the one before it is stopped. */
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  g_set_object (&self->loading_file, file);

  data = g_new0 (LoadData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  data->cancellable = g_object_ref (self->load_cancellable);
  data->category_id = g_strdup (category_id);
  data->reform_id = g_strdup (reform_id);

  /* Most files open at once; say something only when one takes longer. */
  g_clear_handle_id (&self->loading_timeout_id, g_source_remove);
  self->loading_timeout_id = g_timeout_add (300, show_loading_cb, self);

  rex_window_update_actions (self);
  self->pending_loads++;
  rex_catalogue_new_from_file_async (file, data->cancellable, catalogue_loaded_cb, data);
}

void
rex_window_open_bundled (RexWindow *self)
{
  g_autoptr(RexCatalogue) catalogue = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (REX_IS_WINDOW (self));

  catalogue = rex_catalogue_new_bundled (&error);
  if (catalogue == NULL)
    {
      rex_window_show_toast (self, error->message);
      return;
    }

  set_catalogue (self, catalogue, NULL);
}

/**
 * rex_window_show_dataset:
 * @file: (nullable): where @catalogue was read from, or NULL for the
 *   bundled dataset
 *
 * Shows a dataset already loaded, as another window shows it (the
 * language switch builds a new window over the same data).
 */
void
rex_window_show_dataset (RexWindow    *self,
                         RexCatalogue *catalogue,
                         GFile        *file)
{
  g_return_if_fail (REX_IS_WINDOW (self));
  g_return_if_fail (REX_IS_CATALOGUE (catalogue));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  set_catalogue (self, catalogue, file);
}

/* The dataset file shown, or NULL for the bundled dataset. */
GFile *
rex_window_get_file (RexWindow *self)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), NULL);

  return self->file;
}

void
rex_window_show_overview (RexWindow *self)
{
  g_return_if_fail (REX_IS_WINDOW (self));

  rex_reforms_view_show_overview (self->reforms_view);
  adw_view_stack_set_visible_child_name (self->view_stack, "reforms");
}

gboolean
rex_window_show_category (RexWindow  *self,
                          const char *category_id)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (category_id != NULL, FALSE);

  if (!rex_reforms_view_show_category (self->reforms_view, category_id))
    {
      /* Translators: a notification; %s is an id given on the command line. */
      {
      g_autofree char *text = g_strdup_printf (_("There is no category “%s” in this dataset"), category_id);

      rex_window_show_toast (self, text);
    }
      return FALSE;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, "reforms");

  return TRUE;
}

gboolean
rex_window_show_status (RexWindow  *self,
                        const char *status_id)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (status_id != NULL, FALSE);

  if (!rex_reforms_view_show_status (self->reforms_view, status_id))
    {
      /* Translators: a notification; %s is a status id from a link. */
      {
      g_autofree char *text = g_strdup_printf (_("There is no status “%s”"), status_id);

      rex_window_show_toast (self, text);
    }
      return FALSE;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, "reforms");

  return TRUE;
}

gboolean
rex_window_show_reform (RexWindow  *self,
                        const char *reform_id)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (reform_id != NULL, FALSE);

  if (!rex_reforms_view_show_reform (self->reforms_view, reform_id))
    {
      /* Translators: a notification; %s is an id given on the command line. */
      {
      g_autofree char *text = g_strdup_printf (_("There is no reform “%s” in this dataset"), reform_id);

      rex_window_show_toast (self, text);
    }
      return FALSE;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, "reforms");

  return TRUE;
}

gboolean
rex_window_show_region (RexWindow  *self,
                        const char *region_id)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (region_id != NULL, FALSE);

  if (!rex_regions_view_show_region (ensure_regions_view (self), region_id))
    {
      /* Translators: a notification; %s is an id given on the command line. */
      {
      g_autofree char *text = g_strdup_printf (_("There is no region “%s” in this dataset"), region_id);

      rex_window_show_toast (self, text);
    }
      return FALSE;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, "regions");

  return TRUE;
}

gboolean
rex_window_show_view (RexWindow  *self,
                      const char *view)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (view != NULL, FALSE);

  if (!g_str_equal (view, "reforms") && !g_str_equal (view, "regions"))
    {
      /* Translators: a notification; %s is a view name from a link. */
      {
      g_autofree char *text = g_strdup_printf (_("There is no view “%s”"), view);

      rex_window_show_toast (self, text);
    }
      return FALSE;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, view);

  return TRUE;
}

const char *
rex_window_get_view (RexWindow *self)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

RexCatalogue *
rex_window_get_catalogue (RexWindow *self)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), NULL);

  return self->catalogue;
}

gboolean
rex_window_get_busy (RexWindow *self)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), FALSE);

  return self->load_cancellable != NULL;
}

guint
rex_window_get_pending_loads (RexWindow *self)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), 0);

  return self->pending_loads;
}

gboolean
rex_window_get_bundled (RexWindow *self)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), FALSE);

  return self->file == NULL;
}

RexReform *
rex_window_get_reform (RexWindow *self)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), NULL);

  return rex_reforms_view_get_reform (self->reforms_view);
}

RexPage *
rex_window_get_visible_page (RexWindow *self)
{
  GtkWidget *child;

  g_return_val_if_fail (REX_IS_WINDOW (self), NULL);

  /* NULL while the template is built or disposed. */
  if (self->view_stack == NULL)
    return NULL;

  child = adw_view_stack_get_visible_child (self->view_stack);
  if (child == self->regions_box)
    return REX_PAGE (ensure_regions_view (self));

  return child != NULL ? REX_PAGE (child) : NULL;
}

RexReformsView *
rex_window_get_reforms_view (RexWindow *self)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), NULL);

  return self->reforms_view;
}

RexRegionsView *
rex_window_get_regions_view (RexWindow *self)
{
  g_return_val_if_fail (REX_IS_WINDOW (self), NULL);

  return ensure_regions_view (self);
}
