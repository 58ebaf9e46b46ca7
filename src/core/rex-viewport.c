/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "rex-viewport.h"

struct _RexViewport
{
  GObject  parent_instance;

  double   width;
  double   height;
  double   scale;
  double   centre_x;
  double   centre_y;

  /* Set by rex_viewport_fit(); the fit scale follows the size. */
  gboolean fitted;
  RexRect  bounds;
  double   padding;
  double   fit_scale;
};

G_DEFINE_FINAL_TYPE (RexViewport, rex_viewport, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WIDTH,
  PROP_HEIGHT,
  PROP_SCALE,
  PROP_CENTRE_X,
  PROP_CENTRE_Y,
  PROP_MIN_SCALE,
  PROP_MAX_SCALE,
  PROP_ZOOM_LEVEL,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Before a fit, any positive scale goes. */
#define UNFITTED_MIN_SCALE 1e-6
#define UNFITTED_MAX_SCALE 1e6

static double
compute_fit_scale (RexViewport *self,
                   double       width,
                   double       height)
{
  double w = width - 2 * self->padding;
  double h = height - 2 * self->padding;

  /* A widget smaller than its padding still shows the whole country. */
  if (w <= 0 || h <= 0)
    {
      w = width;
      h = height;
    }
  if (w <= 0 || h <= 0 || self->bounds.width <= 0 || self->bounds.height <= 0)
    return 1;

  return MIN (w / self->bounds.width, h / self->bounds.height);
}

double
rex_viewport_get_min_scale (RexViewport *self)
{
  g_return_val_if_fail (REX_IS_VIEWPORT (self), 0);
  return self->fitted ? self->fit_scale : UNFITTED_MIN_SCALE;
}

double
rex_viewport_get_max_scale (RexViewport *self)
{
  g_return_val_if_fail (REX_IS_VIEWPORT (self), 0);
  return self->fitted ? self->fit_scale * REX_VIEWPORT_MAX_ZOOM : UNFITTED_MAX_SCALE;
}

double
rex_viewport_get_zoom_level (RexViewport *self)
{
  g_return_val_if_fail (REX_IS_VIEWPORT (self), 1);
  return self->fitted ? self->scale / self->fit_scale : 1;
}

/* The one place where the view changes: clamps, stores, and tells. */
static void
update (RexViewport *self,
        double       width,
        double       height,
        double       scale,
        double       centre_x,
        double       centre_y)
{
  double old_min = rex_viewport_get_min_scale (self);
  double old_max = rex_viewport_get_max_scale (self);
  double old_zoom = rex_viewport_get_zoom_level (self);
  gboolean changed = FALSE;

  if (!isfinite (scale) || !isfinite (centre_x) || !isfinite (centre_y))
    return;

  g_object_freeze_notify (G_OBJECT (self));

  if (width != self->width)
    {
      self->width = width;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDTH]);
      changed = TRUE;
    }
  if (height != self->height)
    {
      self->height = height;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEIGHT]);
      changed = TRUE;
    }

  if (self->fitted)
    {
      self->fit_scale = compute_fit_scale (self, width, height);
      centre_x = CLAMP (centre_x, self->bounds.x, self->bounds.x + self->bounds.width);
      centre_y = CLAMP (centre_y, self->bounds.y, self->bounds.y + self->bounds.height);
    }
  scale = CLAMP (scale, rex_viewport_get_min_scale (self), rex_viewport_get_max_scale (self));

  if (scale != self->scale)
    {
      self->scale = scale;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
      changed = TRUE;
    }
  if (centre_x != self->centre_x)
    {
      self->centre_x = centre_x;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CENTRE_X]);
      changed = TRUE;
    }
  if (centre_y != self->centre_y)
    {
      self->centre_y = centre_y;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CENTRE_Y]);
      changed = TRUE;
    }
  if (rex_viewport_get_min_scale (self) != old_min)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN_SCALE]);
  if (rex_viewport_get_max_scale (self) != old_max)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SCALE]);
  if (rex_viewport_get_zoom_level (self) != old_zoom)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM_LEVEL]);

  g_object_thaw_notify (G_OBJECT (self));

  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
rex_viewport_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RexViewport *self = REX_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_WIDTH:
      g_value_set_double (value, self->width);
      break;
    case PROP_HEIGHT:
      g_value_set_double (value, self->height);
      break;
    case PROP_SCALE:
      g_value_set_double (value, self->scale);
      break;
    case PROP_CENTRE_X:
      g_value_set_double (value, self->centre_x);
      break;
    case PROP_CENTRE_Y:
      g_value_set_double (value, self->centre_y);
      break;
    case PROP_MIN_SCALE:
      g_value_set_double (value, rex_viewport_get_min_scale (self));
      break;
    case PROP_MAX_SCALE:
      g_value_set_double (value, rex_viewport_get_max_scale (self));
      break;
    case PROP_ZOOM_LEVEL:
      g_value_set_double (value, rex_viewport_get_zoom_level (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_viewport_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RexViewport *self = REX_VIEWPORT (object);

  switch (prop_id)
    {
    case PROP_WIDTH:
      rex_viewport_set_size (self, g_value_get_double (value), self->height);
      break;
    case PROP_HEIGHT:
      rex_viewport_set_size (self, self->width, g_value_get_double (value));
      break;
    case PROP_SCALE:
      rex_viewport_set_scale (self, g_value_get_double (value));
      break;
    case PROP_CENTRE_X:
      rex_viewport_centre_on (self, g_value_get_double (value), self->centre_y);
      break;
    case PROP_CENTRE_Y:
      rex_viewport_centre_on (self, self->centre_x, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_viewport_class_init (RexViewportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = rex_viewport_get_property;
  object_class->set_property = rex_viewport_set_property;

  properties[PROP_WIDTH] = g_param_spec_double ("width", NULL, NULL, 0, G_MAXDOUBLE, 0, rw);
  properties[PROP_HEIGHT] = g_param_spec_double ("height", NULL, NULL, 0, G_MAXDOUBLE, 0, rw);
  properties[PROP_SCALE] = g_param_spec_double ("scale", NULL, NULL, 0, G_MAXDOUBLE, 1, rw);
  properties[PROP_CENTRE_X] = g_param_spec_double ("centre-x", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, rw);
  properties[PROP_CENTRE_Y] = g_param_spec_double ("centre-y", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, rw);
  properties[PROP_MIN_SCALE] = g_param_spec_double ("min-scale", NULL, NULL, 0, G_MAXDOUBLE, 0, ro);
  properties[PROP_MAX_SCALE] = g_param_spec_double ("max-scale", NULL, NULL, 0, G_MAXDOUBLE, 0, ro);
  properties[PROP_ZOOM_LEVEL] = g_param_spec_double ("zoom-level", NULL, NULL, 0, G_MAXDOUBLE, 1, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted once after any change of the view, after the notifications. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rex_viewport_init (RexViewport *self)
{
  self->scale = 1;
}

RexViewport *
rex_viewport_new (void)
{
  return g_object_new (REX_TYPE_VIEWPORT, NULL);
}

double
rex_viewport_get_width (RexViewport *self)
{
  g_return_val_if_fail (REX_IS_VIEWPORT (self), 0);
  return self->width;
}

double
rex_viewport_get_height (RexViewport *self)
{
  g_return_val_if_fail (REX_IS_VIEWPORT (self), 0);
  return self->height;
}

void
rex_viewport_set_size (RexViewport *self,
                       double       width,
                       double       height)
{
  double zoom;

  g_return_if_fail (REX_IS_VIEWPORT (self));
  g_return_if_fail (width >= 0 && height >= 0);

  if (!self->fitted)
    {
      update (self, width, height, self->scale, self->centre_x, self->centre_y);
      return;
    }

  zoom = rex_viewport_get_zoom_level (self);
  update (self, width, height, zoom * compute_fit_scale (self, width, height),
          self->centre_x, self->centre_y);
}

double
rex_viewport_get_scale (RexViewport *self)
{
  g_return_val_if_fail (REX_IS_VIEWPORT (self), 1);
  return self->scale;
}

void
rex_viewport_set_scale (RexViewport *self,
                        double       scale)
{
  g_return_if_fail (REX_IS_VIEWPORT (self));
  g_return_if_fail (scale > 0);

  update (self, self->width, self->height, scale, self->centre_x, self->centre_y);
}

double
rex_viewport_get_centre_x (RexViewport *self)
{
  g_return_val_if_fail (REX_IS_VIEWPORT (self), 0);
  return self->centre_x;
}

double
rex_viewport_get_centre_y (RexViewport *self)
{
  g_return_val_if_fail (REX_IS_VIEWPORT (self), 0);
  return self->centre_y;
}

void
rex_viewport_centre_on (RexViewport *self,
                        double       x,
                        double       y)
{
  g_return_if_fail (REX_IS_VIEWPORT (self));

  update (self, self->width, self->height, self->scale, x, y);
}

void
rex_viewport_fit (RexViewport   *self,
                  const RexRect *bounds,
                  double         padding_px)
{
  g_return_if_fail (REX_IS_VIEWPORT (self));
  g_return_if_fail (bounds != NULL);
  g_return_if_fail (padding_px >= 0);

  self->fitted = TRUE;
  self->bounds = *bounds;
  self->padding = padding_px;
  self->fit_scale = compute_fit_scale (self, self->width, self->height);

  update (self, self->width, self->height, self->fit_scale,
          bounds->x + bounds->width / 2, bounds->y + bounds->height / 2);
}

void
rex_viewport_to_widget (RexViewport *self,
                        double       x,
                        double       y,
                        double      *widget_x,
                        double      *widget_y)
{
  g_return_if_fail (REX_IS_VIEWPORT (self));

  *widget_x = self->width / 2 + (x - self->centre_x) * self->scale;
  *widget_y = self->height / 2 - (y - self->centre_y) * self->scale;
}

void
rex_viewport_to_map (RexViewport *self,
                     double       widget_x,
                     double       widget_y,
                     double      *x,
                     double      *y)
{
  g_return_if_fail (REX_IS_VIEWPORT (self));

  *x = self->centre_x + (widget_x - self->width / 2) / self->scale;
  *y = self->centre_y - (widget_y - self->height / 2) / self->scale;
}

void
rex_viewport_get_visible_area (RexViewport *self,
                               RexRect     *out)
{
  g_return_if_fail (REX_IS_VIEWPORT (self));
  g_return_if_fail (out != NULL);

  out->width = self->width / self->scale;
  out->height = self->height / self->scale;
  out->x = self->centre_x - out->width / 2;
  out->y = self->centre_y - out->height / 2;
}

void
rex_viewport_zoom_at (RexViewport *self,
                      double       factor,
                      double       widget_x,
                      double       widget_y)
{
  double x, y, scale;

  g_return_if_fail (REX_IS_VIEWPORT (self));
  g_return_if_fail (factor > 0);

  rex_viewport_to_map (self, widget_x, widget_y, &x, &y);
  scale = CLAMP (self->scale * factor, rex_viewport_get_min_scale (self),
                 rex_viewport_get_max_scale (self));

  /* The centre that puts (x, y) back under the widget point. */
  update (self, self->width, self->height, scale,
          x - (widget_x - self->width / 2) / scale,
          y + (widget_y - self->height / 2) / scale);
}

void
rex_viewport_pan (RexViewport *self,
                  double       dx,
                  double       dy)
{
  g_return_if_fail (REX_IS_VIEWPORT (self));

  /* Content follows the pointer: dragging right or down shows what lies
   * west or north. */
  update (self, self->width, self->height, self->scale,
          self->centre_x - dx / self->scale,
          self->centre_y + dy / self->scale);
}
