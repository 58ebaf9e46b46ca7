/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define REX_TYPE_PAGE (rex_page_get_type ())

/* What a page of the window says about itself, so that the shell can show
 * it in its header and enable its actions without knowing which page it
 * is. Every implementation has three read-only properties:
 *
 * - "title" (string, nullable): what the page shows, in a few words;
 * - "subtitle" (string, nullable): a second line, e.g. a count or a group;
 * - "can-copy" (boolean): whether win.copy-text applies to it.
 *
 * Pages notify them whenever their content changes. */
G_DECLARE_INTERFACE (RexPage, rex_page, REX, PAGE, GtkWidget)

struct _RexPageInterface
{
  GTypeInterface parent_iface;

  /* The text "Copy as Text" puts on the clipboard; NULL when can-copy is
   * FALSE. */
  char *(*dup_copy_text) (RexPage *self);
  /* Moves keyboard focus to the start of the page's content. */
  void  (*focus_start)   (RexPage *self);
};

char     *rex_page_dup_title     (RexPage *self);
char     *rex_page_dup_subtitle  (RexPage *self);
gboolean  rex_page_get_can_copy  (RexPage *self);
char     *rex_page_dup_copy_text (RexPage *self);
void      rex_page_focus_start   (RexPage *self);

/* An "activate-link" handler for labels with rex_format_region_links()
 * markup: it opens the region through win.show-region. */
gboolean  rex_page_activate_region_link (GtkLabel   *label,
                                         const char *uri,
                                         gpointer    user_data);

G_END_DECLS
