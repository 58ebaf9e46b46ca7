#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Smoke test on a desktop-sized window: search as you type, open the first
result with Enter, and leave the search with Escape.

At this size the list and the page sit side by side, so a reform's title
shows twice once it is open: in the list and as the page's heading.
"""
import os
import re
import sys

sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rexe2e  # noqa: E402

DATA = rexe2e.dataset()
JURY = next(r['title'] for r in DATA['reforms'] if re.search('jury', r['title'], re.I))
ALL = len(DATA['reforms'])
COUNT = re.compile(r'^(\d+) reforms?$')
# The list is named after what it shows: the search starts from all reforms.
LIST = 'All reforms'


def rows(app, reforms):
    """The rows of the list of reforms a user can see, each as its labels."""
    return [app.texts('label', within=row) for row in app.find_all('list item', within=reforms)]


def counts(app):
    """The numbers in "N reforms" labels on screen (the list's heading)."""
    return [int(m.group(1)) for m in map(COUNT.match, app.texts('label', COUNT))]


def reform_page_title(app, reforms):
    """JURY's title shown outside the list, i.e. as the page's heading."""
    in_list = set(app.find_all('label', JURY, within=reforms))
    return [a for a in app.find_all('label', JURY) if a not in in_list]


def test_search_jury(app):
    app.wait_find('list', 'Reforms to show')

    app.key('ctrl+f')
    entry = app.wait_find('entry', 'Search reforms')
    app.wait_for(lambda: app.focused(entry),
                 message='Ctrl+F should put the keyboard in the search entry')
    reforms = app.wait_find('list', LIST)
    app.wait_for(lambda: ALL in counts(app) and len(rows(app, reforms)) > 1,
                 message=f'Ctrl+F should show the list of all {ALL} reforms')

    app.type('jury')

    def narrowed():
        shown = rows(app, reforms)
        # The heading's count is of the whole list; these few rows all fit.
        return any(JURY in r for r in shown) and len(shown) in counts(app) and len(shown) < ALL

    app.wait_for(narrowed, message=f'typing "jury" should narrow the list, with a row for '
                                   f'"{JURY}" and the heading counting the rows')

    app.key('Return')
    app.wait_for(lambda: reform_page_title(app, reforms),
                 message=f'Enter should open "{JURY}"')

    # Alt+Left goes back only where there is somewhere to go back to: with
    # the list and the page side by side there is not. Escape then ends the
    # search; once that shows, Alt+Left has been handled too (X delivers
    # keys in order), so the page must still be there.
    app.key('alt+Left')
    app.key('Escape')
    app.wait_gone('entry', 'Search reforms')
    app.wait_for(lambda: ALL in counts(app) and len(rows(app, reforms)) > 1,
                 message=f'after Escape the list should hold all {ALL} reforms again')
    if not reform_page_title(app, reforms):
        raise rexe2e.Failure(f'"{JURY}" should stay open after Alt+Left and Escape\n'
                             + app.dump())


if __name__ == '__main__':
    rexe2e.run([test_search_jury], size=(1280, 800))
