/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "rex-application.h"
#include "rex-core.h"

G_BEGIN_DECLS

#define REX_TYPE_WINDOW (rex_window_get_type ())

G_DECLARE_FINAL_TYPE (RexWindow, rex_window, REX, WINDOW, AdwApplicationWindow)

RexWindow    *rex_window_new            (RexApplication *application);
void          rex_window_open_dataset   (RexWindow      *self,
                                         GFile          *file,
                                         const char     *category_id,
                                         const char     *reform_id);
gboolean      rex_window_show_category  (RexWindow      *self,
                                         const char     *category_id);
gboolean      rex_window_show_reform    (RexWindow      *self,
                                         const char     *reform_id);

/* For tests and for code that needs the data on screen. */
RexCatalogue *rex_window_get_catalogue  (RexWindow      *self);
/* TRUE while a dataset file is being loaded. */
gboolean      rex_window_get_busy       (RexWindow      *self);
/* The reform in the detail pane, or NULL for the programme overview. */
RexReform    *rex_window_get_reform     (RexWindow      *self);
/* The citation that "Copy as Text" puts on the clipboard, or NULL. */
char         *rex_window_dup_citation   (RexWindow      *self);

G_END_DECLS
