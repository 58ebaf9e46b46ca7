#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The two views, Reforms and Regions: Ctrl+1 and Ctrl+2 on a desktop-sized
window, and the switcher bar at the bottom of a phone-sized one, by mouse.

A view is recognised by what it shows: the Reforms view its sidebar, the
list "Reforms to show"; the Regions view the list "Regions" (on a narrow
window folded away behind "Show Sidebar", so there its welcome page).
"""
import os
import sys

sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import re  # noqa: E402

import rexe2e  # noqa: E402

REFORMS_SIDEBAR = 'Reforms to show'
REGIONS_LIST = 'Regions'
# The map, as a screen reader names it.
REGIONS_MAP = re.compile(r'^Map of the regions of Kazakhstan')


def selected_tab(app):
    tabs = [t for t in app.find_all('page tab') if app.selected(t)]
    return tabs[0].name if len(tabs) == 1 else tabs and [t.name for t in tabs]


def expect_view(app, name, shows, hides, how):
    def shown():
        return (selected_tab(app) == name and app.find(*shows) is not None
                and app.find(*hides) is None)

    app.wait_for(shown,
                 message=f'{how} should show the {name} view: its switcher tab selected, '
                         f'a {shows[0]} "{shows[1]}" on screen and no {hides[0]} "{hides[1]}"')


def test_keys(app):
    app.wait_find('list', REFORMS_SIDEBAR)
    app.key('ctrl+2')
    expect_view(app, 'Regions', ('list', REGIONS_LIST), ('list', REFORMS_SIDEBAR), 'Ctrl+2')
    app.key('ctrl+1')
    expect_view(app, 'Reforms', ('list', REFORMS_SIDEBAR), ('list', REGIONS_LIST), 'Ctrl+1')


@rexe2e.options(size=(360, 700))
def test_switcher_bar(app):
    def bottom_tab(name):
        """The switcher's tab for name in the bottom half of the window:
        narrow, the header has no room for it."""
        height = app.root_size()[1]
        return next((t for t in app.find_all('page tab', name)
                     if (app.shown(t) or (0, 0, 0, 0))[1] > height // 2), None)

    regions = app.wait_for(lambda: bottom_tab('Regions'),
                           message='a "Regions" switcher at the bottom of a narrow window')
    app.click(regions)
    expect_view(app, 'Regions', ('panel', REGIONS_MAP), ('list', REGIONS_LIST),
                'clicking "Regions" at the bottom')
    # The list of regions is one click away, behind the sidebar button.
    app.click(app.wait_find(rexe2e.BUTTON, 'Show Sidebar'))
    app.wait_find('list', REGIONS_LIST)

    app.click(app.wait_for(lambda: bottom_tab('Reforms'),
                           message='a "Reforms" switcher at the bottom'))
    expect_view(app, 'Reforms', ('label', rexe2e.dataset()['programme']['title']),
                ('list', REGIONS_LIST), 'clicking "Reforms" at the bottom')


if __name__ == '__main__':
    rexe2e.run([test_keys, test_switcher_bar], size=(1280, 800))
