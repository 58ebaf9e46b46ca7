/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define REX_TYPE_APPLICATION (rex_application_get_type ())

G_DECLARE_FINAL_TYPE (RexApplication, rex_application, REX, APPLICATION, AdwApplication)

RexApplication *rex_application_new          (void);
GtkWindow      *rex_application_present_main_window (RexApplication *self);

G_END_DECLS
