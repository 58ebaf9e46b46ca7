#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The sidebar by keyboard alone: F9 hides and shows it, the arrow keys move
through its groups and Enter chooses one, which the list's header then names.
"""
import os
import sys

sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rexe2e  # noqa: E402

DATA = rexe2e.dataset()
GROUP = next(c['title'] for c in DATA['categories'] if c['id'] == 'judiciary')


def focused_row(app, sidebar):
    return next((r for r in app.find_all('list item', within=sidebar) if app.focused(r)), None)


def header_names(app, sidebar):
    """Labels naming GROUP outside the sidebar (the list's header)."""
    in_sidebar = set(app.find_all('label', GROUP, within=sidebar))
    return [a for a in app.find_all('label', GROUP) if a not in in_sidebar]


def test_f9_and_arrows(app):
    sidebar = app.wait_find('list', 'Categories')

    app.key('F9')
    app.wait_gone('list', 'Categories')
    app.key('F9')
    sidebar = app.wait_find('list', 'Categories')
    app.wait_for(lambda: focused_row(app, sidebar), timeout=5,
                 message='F9 should put the keyboard on the sidebar')

    # Down until the group has the focus, as a user watching the screen would.
    for _ in range(len(DATA['categories']) + 3):
        row = focused_row(app, sidebar)
        if row is not None and row.name == GROUP:
            break
        app.key('Down')
        app.wait_for(lambda: focused_row(app, sidebar) not in (None, row), timeout=5,
                     message='Down should move the focus to the next row')
    else:
        raise rexe2e.Failure(f'Down never reached "{GROUP}"\n' + app.dump())

    app.key('Return')
    app.wait_for(lambda: app.selected(app.find('list item', GROUP, within=sidebar)), timeout=5,
                 message=f'Enter should select "{GROUP}"')
    app.wait_for(lambda: header_names(app, sidebar), timeout=5,
                 message=f'the list header should name "{GROUP}"')


if __name__ == '__main__':
    rexe2e.run([test_f9_and_arrows], size=(1280, 800))
