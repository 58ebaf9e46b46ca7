#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Started in Kazakh, the window speaks Kazakh: the sidebar's "Overview" row
carries the name po/kk.po gives it, and no English name is left."""
import os
import sys

sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rexe2e  # noqa: E402

OVERVIEW_KK = rexe2e.translation('kk', 'Overview')
ALL_KK = rexe2e.translation('kk', 'All reforms')


@rexe2e.options(lang='kk')
def test_kazakh_sidebar(app):
    sidebar = app.wait_find('list', rexe2e.translation('kk', 'Categories'))
    app.wait_find('list item', OVERVIEW_KK, within=sidebar)
    app.wait_find('list item', ALL_KK, within=sidebar)
    if app.find('list item', 'Overview') or app.find('list item', 'All reforms'):
        raise rexe2e.Failure('English sidebar rows in a Kazakh session\n' + app.dump())


if __name__ == '__main__':
    rexe2e.run([test_kazakh_sidebar], size=(1280, 800))
