#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A second invocation hands its deep link to the running window.

Runs the real binary twice on the test's session bus and display: the first
stays up, the second (--reform ID) must return at once, make the first show
that reform (seen through the settings it saves), and fail with a message
for an unknown id. Settings go through the keyfile backend in a temporary
folder, so both processes and this script read the same ones.
"""
import configparser
import os
import subprocess
import sys
import tempfile
import time
import unittest

BINARY = None
APP_ID = None


def name_has_owner(env):
    r = subprocess.run(['gdbus', 'call', '--session', '--dest', 'org.freedesktop.DBus',
                        '--object-path', '/org/freedesktop/DBus',
                        '--method', 'org.freedesktop.DBus.NameHasOwner', APP_ID],
                       capture_output=True, text=True, env=env)
    return 'true' in r.stdout


def wait_for(condition, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


class SecondInvocation(unittest.TestCase):
    def setUp(self):
        if not os.environ.get('DBUS_SESSION_BUS_ADDRESS') or not os.environ.get('DISPLAY'):
            self.fail('needs a session bus and a display: run under xvfb-run dbus-run-session')
        self.tmp = tempfile.TemporaryDirectory()
        self.env = dict(os.environ, XDG_CONFIG_HOME=self.tmp.name, GSETTINGS_BACKEND='keyfile',
                        LC_ALL='C.UTF-8')
        self.env.pop('LANGUAGE', None)
        self.keyfile = os.path.join(self.tmp.name, 'glib-2.0', 'settings', 'keyfile')
        self.primary = subprocess.Popen([BINARY], env=self.env)
        self.assertTrue(wait_for(lambda: name_has_owner(self.env)), 'the app did not take its name')

    def tearDown(self):
        path = '/' + APP_ID.replace('.', '/')
        subprocess.run(['gdbus', 'call', '--session', '--dest', APP_ID, '--object-path', path,
                        '--method', 'org.gtk.Actions.Activate', 'quit', '[]', '{}'],
                       capture_output=True, env=self.env)
        try:
            self.assertEqual(self.primary.wait(timeout=20), 0)
        finally:
            if self.primary.poll() is None:
                self.primary.kill()
            self.tmp.cleanup()

    def setting(self, key):
        config = configparser.ConfigParser(interpolation=None)
        config.read(self.keyfile)
        section = APP_ID.replace('.', '/')
        return config.get(section, key, fallback=None)

    def last_reform(self):
        return self.setting('last-reform')

    def test_deep_link_reaches_running_window(self):
        r = subprocess.run([BINARY, '--reform', 'jury-trials'], capture_output=True, text=True,
                           env=self.env, timeout=30)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(wait_for(lambda: self.last_reform() == "'jury-trials'"),
                        f'the running window did not show the reform (last-reform={self.last_reform()})')

    def test_region_deep_link(self):
        # An older code is an alias of the current one: KZ-KAR was
        # Karaganda's letter code.
        r = subprocess.run([BINARY, '--region', 'KZ-KAR'], capture_output=True, text=True,
                           env=self.env, timeout=30)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(wait_for(lambda: self.setting('last-region') == "'KZ-35'"),
                        f'the running window did not show Karaganda (last-region={self.setting("last-region")})')
        r = subprocess.run([BINARY, '--region', 'KZ-62'], capture_output=True, text=True,
                           env=self.env, timeout=30)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(wait_for(lambda: self.setting('last-region') == "'KZ-62'"
                                 and self.setting('last-view') == "'regions'"),
                        f'the running window did not show Ulytau (last-region={self.setting("last-region")}, '
                        f'last-view={self.setting("last-view")})')
        r = subprocess.run([BINARY, '--region', 'KZ-NOWHERE'], capture_output=True, text=True,
                           env=self.env, timeout=30)
        self.assertEqual(r.returncode, 1)
        self.assertIn('KZ-NOWHERE', r.stderr)

    def test_unknown_id_is_reported(self):
        r = subprocess.run([BINARY, '--reform', 'no-such-reform'], capture_output=True, text=True,
                           env=self.env, timeout=30)
        self.assertEqual(r.returncode, 1)
        self.assertIn('no-such-reform', r.stderr)
        r = subprocess.run([BINARY, '--category', 'no-such-group'], capture_output=True, text=True,
                           env=self.env, timeout=30)
        self.assertEqual(r.returncode, 1)
        self.assertIn('no-such-group', r.stderr)


if __name__ == '__main__':
    BINARY, APP_ID = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1], verbosity=2)
