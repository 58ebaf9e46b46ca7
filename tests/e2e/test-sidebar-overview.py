#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""On a phone-sized window, choosing "Overview" in the sidebar shows the
programme overview, whether the row is clicked or activated with Enter.

The overview is recognised by what a reader sees: the programme's title,
and no reform's title anywhere on screen (on a narrow window only one pane
shows, so a reform's title means a reform page or the list of reforms).
"""
import os
import sys

sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rexe2e  # noqa: E402

DATA = rexe2e.dataset()
PROGRAMME_TITLE = DATA['programme']['title']
REFORM_TITLES = {r['title'] for r in DATA['reforms']}


def titles_shown(app):
    """The programme's and reforms' titles on screen, top to bottom."""
    return app.texts('label', name=lambda n: n == PROGRAMME_TITLE or n in REFORM_TITLES)


def expect_overview(app, how):
    seen = []

    def overview_shown():
        seen[:] = titles_shown(app)
        return PROGRAMME_TITLE in seen and not REFORM_TITLES.intersection(seen)

    try:
        app.wait_for(overview_shown, timeout=5, message='the overview', dump=False)
    except rexe2e.Failure:
        raise rexe2e.Failure(f'{how} "Overview" should show the programme overview '
                             f'("{PROGRAMME_TITLE}") and no reform; on screen instead: '
                             f'{seen[:3]}\n' + app.dump()) from None


def open_sidebar(app):
    app.click(app.wait_find(rexe2e.BUTTON, 'Show Sidebar'))
    return app.wait_find('list item', 'Overview',
                         within=app.wait_find('list', 'Categories'))


def test_click_overview(app):
    row = open_sidebar(app)
    app.click(row)
    expect_overview(app, 'clicking')


def test_enter_on_overview(app):
    row = open_sidebar(app)
    # Opening the sidebar puts the keyboard on its selected row.
    app.wait_for(lambda: app.focused(row), timeout=5,
                 message='the "Overview" row should have the keyboard focus once the sidebar opens')
    app.key('Return')
    expect_overview(app, 'pressing Enter on')


if __name__ == '__main__':
    rexe2e.run([test_click_overview, test_enter_on_overview], size=(360, 700))
