#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A deep link while the app runs: `reform-explorer --region ID` run again
(from a terminal, a link, another app) brings the running window to that
region; an id the dataset does not have fails with the id in the message,
and the window stays as it was.
"""
import os
import re
import sys

sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rexe2e  # noqa: E402

DATA = rexe2e.dataset()
ULYTAU = next(r for r in DATA['regions'] if r['id'] == 'KZ-62')
UNKNOWN = 'KZ-99'
assert not any(r['id'] == UNKNOWN or UNKNOWN in r['aliases'] for r in DATA['regions'])


def region_page_shown(app):
    """Ulytau's page: its official Kazakh name, in the Regions view."""
    tabs = [t.name for t in app.find_all('page tab') if app.selected(t)]
    return tabs == ['Regions'] and app.find('label', ULYTAU['official_names']['kk'])


def test_second_invocation(app):
    app.wait_find('list', 'Reforms to show')

    r = app.invoke('--region', ULYTAU['id'])
    if r.returncode != 0:
        raise rexe2e.Failure(f'--region {ULYTAU["id"]} exited {r.returncode}: {r.stderr}')
    app.wait_for(lambda: region_page_shown(app),
                 message=f'--region {ULYTAU["id"]} should bring the running window to '
                         f'"{ULYTAU["name"]}"')
    if app.proc.poll() is not None:
        raise rexe2e.Failure(f'the running app exited ({app.proc.returncode})')

    r = app.invoke('--region', UNKNOWN)
    if r.returncode != 1 or UNKNOWN not in r.stderr:
        raise rexe2e.Failure(f'--region {UNKNOWN} should exit 1 naming the id on stderr; '
                             f'exited {r.returncode}, stderr {r.stderr!r}')
    # The window says so too, and keeps what it showed.
    app.wait_find('label', re.compile(re.escape(UNKNOWN)))
    if not region_page_shown(app):
        raise rexe2e.Failure(f'the window should still show "{ULYTAU["name"]}"\n' + app.dump())


if __name__ == '__main__':
    rexe2e.run([test_second_invocation], size=(1280, 800))
