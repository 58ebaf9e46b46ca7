/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "rex-application.h"

G_BEGIN_DECLS

#define REX_TYPE_WINDOW (rex_window_get_type ())

G_DECLARE_FINAL_TYPE (RexWindow, rex_window, REX, WINDOW, AdwApplicationWindow)

RexWindow *rex_window_new            (RexApplication *application);
void       rex_window_open_dataset   (RexWindow      *self,
                                      GFile          *file,
                                      const char     *category_id,
                                      const char     *reform_id);
gboolean   rex_window_show_category  (RexWindow      *self,
                                      const char     *category_id);
gboolean   rex_window_show_reform    (RexWindow      *self,
                                      const char     *reform_id);

G_END_DECLS
