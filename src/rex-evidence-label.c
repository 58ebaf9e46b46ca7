/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "rex-evidence-label.h"
#include "rex-format.h"

/* How well a fact is sourced, next to the fact. "Uncertain" stands out
 * with a warning icon and colour; the other levels stay quiet. */
struct _RexEvidenceLabel
{
  GtkWidget    parent_instance;

  GtkWidget   *icon;
  GtkWidget   *label;

  RexEvidence  evidence;
};

G_DEFINE_FINAL_TYPE (RexEvidenceLabel, rex_evidence_label, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
get_description (RexEvidence evidence)
{
  switch (evidence)
    {
    case REX_EVIDENCE_VERIFIED:
      return _("Stated in a cited source");
    case REX_EVIDENCE_PARTIAL:
      return _("The gist is sourced; a detail such as an exact date is inferred");
    case REX_EVIDENCE_UNCERTAIN:
    default:
      return _("No source was found for this; treat it with care");
    }
}

static void
update (RexEvidenceLabel *self)
{
  static const char * const icons[] = {
    "emblem-ok-symbolic",
    "dialog-information-symbolic",
    "dialog-warning-symbolic",
  };

  for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self), rex_evidence_to_string (i));
  gtk_widget_add_css_class (GTK_WIDGET (self), rex_evidence_to_string (self->evidence));

  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), icons[self->evidence]);
  gtk_label_set_label (GTK_LABEL (self->label), rex_evidence_get_label (self->evidence));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), get_description (self->evidence));
}

GtkWidget *
rex_evidence_label_new (RexEvidence evidence)
{
  return g_object_new (REX_TYPE_EVIDENCE_LABEL, "evidence", evidence, NULL);
}

RexEvidence
rex_evidence_label_get_evidence (RexEvidenceLabel *self)
{
  g_return_val_if_fail (REX_IS_EVIDENCE_LABEL (self), REX_EVIDENCE_UNCERTAIN);

  return self->evidence;
}

void
rex_evidence_label_set_evidence (RexEvidenceLabel *self,
                                 RexEvidence       evidence)
{
  g_return_if_fail (REX_IS_EVIDENCE_LABEL (self));
  g_return_if_fail (evidence <= REX_EVIDENCE_UNCERTAIN);

  if (self->evidence == evidence)
    return;

  self->evidence = evidence;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVIDENCE]);
}

static void
rex_evidence_label_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RexEvidenceLabel *self = REX_EVIDENCE_LABEL (object);

  switch (prop_id)
    {
    case PROP_EVIDENCE:
      g_value_set_enum (value, self->evidence);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_evidence_label_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RexEvidenceLabel *self = REX_EVIDENCE_LABEL (object);

  switch (prop_id)
    {
    case PROP_EVIDENCE:
      rex_evidence_label_set_evidence (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rex_evidence_label_dispose (GObject *object)
{
  RexEvidenceLabel *self = REX_EVIDENCE_LABEL (object);

  g_clear_pointer (&self->icon, gtk_widget_unparent);
  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (rex_evidence_label_parent_class)->dispose (object);
}

static void
rex_evidence_label_class_init (RexEvidenceLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rex_evidence_label_get_property;
  object_class->set_property = rex_evidence_label_set_property;
  object_class->dispose = rex_evidence_label_dispose;

  properties[PROP_EVIDENCE] =
    g_param_spec_enum ("evidence", NULL, NULL,
                       REX_TYPE_EVIDENCE, REX_EVIDENCE_VERIFIED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "evidence-label");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
rex_evidence_label_init (RexEvidenceLabel *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);

  self->icon = gtk_image_new ();
  gtk_widget_set_parent (self->icon, GTK_WIDGET (self));
  self->label = gtk_label_new (NULL);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  update (self);
}

GtkWidget *
rex_evidence_footer_new (RexEvidence  evidence,
                         GListModel  *sources)
{
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *links = sources ? rex_format_source_links (sources) : NULL;

  gtk_box_append (GTK_BOX (footer), rex_evidence_label_new (evidence));
  if (links != NULL)
    {
      GtkWidget *label = gtk_label_new (NULL);
      /* Translators: %s is a list of links to sources. */
      g_autofree char *markup = g_strdup_printf (_("Source: %s"), links);

      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (footer), label);
    }

  return footer;
}
