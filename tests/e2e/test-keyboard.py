#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The sidebar by keyboard alone: F9 hides and shows it and puts the keyboard
on it; each row the arrow keys reach is shown at once, the list's heading
naming it; Enter then moves the keyboard into the list.
"""
import os
import sys

sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rexe2e  # noqa: E402

DATA = rexe2e.dataset()
GROUP = next(c['title'] for c in DATA['categories'] if c['id'] == 'judiciary')
SIDEBAR = 'Reforms to show'


def focused_row(app, sidebar):
    return next((r for r in app.find_all('list item', within=sidebar) if app.focused(r)), None)


def heading_names(app, sidebar, name):
    """Labels saying name outside the sidebar (the list's heading)."""
    in_sidebar = set(app.find_all('label', name, within=sidebar))
    return [a for a in app.find_all('label', name) if a not in in_sidebar]


def test_f9_and_arrows(app):
    app.wait_find('list', SIDEBAR)

    app.key('F9')
    app.wait_gone('list', SIDEBAR)
    app.key('F9')
    sidebar = app.wait_find('list', SIDEBAR)
    app.wait_for(lambda: focused_row(app, sidebar),
                 message='F9 should put the keyboard on the sidebar')

    # Down until the group has the focus, as a user watching the screen
    # would; every row reached shows its list at once, without Enter.
    for _ in range(len(DATA['categories']) + 3):
        row = focused_row(app, sidebar)
        if row is not None and row.name == GROUP:
            break
        app.key('Down')
        row = app.wait_for(lambda: (lambda r: r if r not in (None, row) else None)(
                               focused_row(app, sidebar)),
                           message='Down should move the focus to the next row')
        app.wait_for(lambda: app.find('list', row.name) and heading_names(app, sidebar, row.name),
                     message=f'reaching "{row.name}" should show its list at once, '
                                        'the heading naming it')
    else:
        raise rexe2e.Failure(f'Down never reached "{GROUP}"\n' + app.dump())

    if not app.selected(row):
        raise rexe2e.Failure(f'the focused row "{GROUP}" should be the chosen one\n' + app.dump())
    n = sum(1 for r in DATA['reforms'] if r['category'] == 'judiciary')
    app.wait_find('label', f'{n} reforms')

    app.key('Return')
    reforms = app.wait_find('list', GROUP)
    app.wait_for(lambda: app.focused_within(reforms),
                 message=f'Enter should move the keyboard into the list "{GROUP}"')


if __name__ == '__main__':
    rexe2e.run([test_f9_and_arrows], size=(1280, 800))
