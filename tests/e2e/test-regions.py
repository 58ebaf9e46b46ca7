#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regions and reforms lead to each other, by mouse on a desktop-sized
window: a region from the list of regions, a reform from the region's page,
a region again from the reform page's regions line.

A region page is recognised by the region's names from the dataset (its
English title and official Kazakh name); a reform page by the reform's
title outside the list of reforms. Pages longer than the window are
scrolled with the mouse wheel, as a reader would.
"""
import os
import sys

sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rexe2e  # noqa: E402

DATA = rexe2e.dataset()
REGIONS = {r['id']: r for r in DATA['regions']}
ULYTAU = REGIONS['KZ-62']
# The reform that names Ulytau, and the region its regions line starts with.
REFORM = next(r for r in DATA['reforms'] if ULYTAU['id'] in (r.get('regions') or []))
FIRST_REGION = REGIONS[REFORM['regions'][0]]


def ancestor(acc, role):
    while acc is not None and acc.getRoleName() != role:
        acc = acc.parent
    return acc


def in_row(acc):
    """Whether acc is part of a row of a list (rather than a page's heading)."""
    return ancestor(acc, 'list item') is not None


def expect_region_page(app, region, how):
    """The page of region: its title and its official Kazakh name on screen."""
    kk = region['official_names']['kk']

    def shown():
        # The title, not the row of the list of regions beside the page.
        titles = [a for a in app.find_all('label', region['name']) if not in_row(a)]
        return app.find('label', kk) if titles else None

    return app.wait_for(shown,
                        message=f'{how} should show the page of "{region["name"]}", '
                                f'with its Kazakh name "{kk}"')


def selected_tab(app):
    return [t.name for t in app.find_all('page tab') if app.selected(t)]


def test_region_reform_region(app):
    app.click(app.wait_find('page tab', 'Regions'))
    regions = app.wait_find('list', 'Regions')
    app.click(app.wait_find('list item', ULYTAU['name'], within=regions))
    kk_name = expect_region_page(app, ULYTAU, f'clicking "{ULYTAU["name"]}"')

    # The region page lists the reforms that concern it, below the fold.
    page = ancestor(kk_name, 'scroll pane')
    concern = app.wait_for(lambda: app.find('list', 'Reforms that concern this region',
                                            within=page, showing=False),
                           message='a list of the reforms that concern the region')
    row = app.scroll_to(lambda: app.find('list item', REFORM['title'], within=concern,
                                         showing=False), over=page)
    app.click(row)

    # The Reforms view, with the reform's page beside the list it is in.
    def reform_page_title():
        if selected_tab(app) != ['Reforms']:
            return None
        return next((a for a in app.find_all('label', REFORM['title']) if not in_row(a)), None)

    title = app.wait_for(reform_page_title,
                         message=f'clicking "{REFORM["title"]}" on the region page should '
                                 f'show its page in the Reforms view')

    # The reform page's regions line: one link per region, the first first.
    line = ', '.join(REGIONS[r]['name'] for r in REFORM['regions'])
    page = ancestor(title, 'scroll pane')
    label = app.scroll_to(lambda: app.find('label', line, within=page, showing=False), over=page)
    # A link has no accessible of its own in GTK 4.8: click the first
    # letters of the line, which are the first region's name.
    app.click(label, at=(6, 8))
    expect_region_page(app, FIRST_REGION, f'clicking "{FIRST_REGION["name"]}" in the regions line')
    if selected_tab(app) != ['Regions']:
        raise rexe2e.Failure('a region link should lead to the Regions view\n' + app.dump())


if __name__ == '__main__':
    rexe2e.run([test_region_reform_region], size=(1280, 800))
