#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line paths that need no display: --version and --check."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

BINARY = None
DATASET = None


def run(*args):
    env = dict(os.environ)
    # Prove that no display, session bus or installed schema is needed.
    for var in ('DISPLAY', 'WAYLAND_DISPLAY', 'DBUS_SESSION_BUS_ADDRESS', 'GSETTINGS_SCHEMA_DIR'):
        env.pop(var, None)
    env['LC_ALL'] = 'C.UTF-8'
    return subprocess.run([BINARY, *args], capture_output=True, text=True, env=env, timeout=60)


class CommandLine(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, text):
        path = os.path.join(self.tmp.name, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        return path

    def test_version(self):
        r = run('--version')
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stdout, r'^reform-explorer \d+\.\d+\.\d+')

    def test_check_bundled_dataset(self):
        r = run('--check', DATASET)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(r.stdout.startswith('OK'), r.stdout)
        with open(DATASET, encoding='utf-8') as f:
            data = json.load(f)
        self.assertIn(f"{len(data['reforms'])} reforms", r.stdout)

    def test_check_reports_every_problem(self):
        with open(DATASET, encoding='utf-8') as f:
            data = json.load(f)
        data['reforms'][3]['category'] = 'no-such-category'
        data['reforms'][5]['milestones'][0]['date'] = '2022-13-01'
        del data['regions'][2]['kind']
        path = self.write('three-problems.json', json.dumps(data, ensure_ascii=False))
        r = run('--check', path)
        self.assertEqual(r.returncode, 1)
        self.assertEqual(r.stdout, '')
        lines = [l for l in r.stderr.splitlines() if l.strip()]
        self.assertEqual(len(lines), 3, r.stderr)
        self.assertIn('three-problems.json', r.stderr)
        self.assertIn('reforms[3].category', r.stderr)
        self.assertIn('no-such-category', r.stderr)
        self.assertIn('reforms[5].milestones[0].date', r.stderr)
        self.assertIn('2022-13-01', r.stderr)
        self.assertIn('regions[2].kind', r.stderr)

    def test_check_truncated_json(self):
        with open(DATASET, encoding='utf-8') as f:
            text = f.read()
        path = self.write('truncated.json', text[: len(text) // 2])
        r = run('--check', path)
        self.assertEqual(r.returncode, 1)
        self.assertIn('truncated.json', r.stderr)
        self.assertRegex(r.stderr, r'\d+:\d+')

    def test_check_missing_file(self):
        path = os.path.join(self.tmp.name, 'does-not-exist.json')
        r = run('--check', path)
        self.assertEqual(r.returncode, 1)
        self.assertIn('does-not-exist.json', r.stderr)

    def test_check_empty_file(self):
        path = self.write('empty.json', '')
        r = run('--check', path)
        self.assertEqual(r.returncode, 1)
        self.assertIn('empty.json', r.stderr)


if __name__ == '__main__':
    BINARY, DATASET = sys.argv[1], sys.argv[2]
    unittest.main(argv=sys.argv[:1], verbosity=2)
