#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line paths that need no display: --version, --check and
--language (which --check's report follows)."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

BINARY = None
DATASET = None
APPLICATION_ID = None
SCHEMA_DIR = None


def run(*args, extra_env=None):
    env = dict(os.environ)
    # Prove that no display, session bus or installed schema is needed.
    for var in ('DISPLAY', 'WAYLAND_DISPLAY', 'DBUS_SESSION_BUS_ADDRESS', 'GSETTINGS_SCHEMA_DIR',
                'LANGUAGE', 'LANG'):
        env.pop(var, None)
    env['LC_ALL'] = 'C.UTF-8'
    env.update(extra_env or {})
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


class Language(unittest.TestCase):
    """--language kk|ru|en for one run; the catalogues come from the build
    tree (REX_LOCALEDIR, set by meson)."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        with open(DATASET, encoding='utf-8') as f:
            data = json.load(f)
        data['reforms'][0]['colour'] = 'red'
        data['reforms'][1]['category'] = 'no-such-category'
        self.path = os.path.join(self.tmp.name, 'two-problems.json')
        with open(self.path, 'w', encoding='utf-8') as f:
            json.dump(data, f, ensure_ascii=False)

    def tearDown(self):
        self.tmp.cleanup()

    def test_unknown_language(self):
        for value in ('de', 'KK', '', 'kk_KZ'):
            r = run('--language', value, '--check', DATASET)
            self.assertEqual(r.returncode, 1, value)
            self.assertEqual(r.stdout, '')
            self.assertIn(f'Unknown language “{value}”: use en, kk or ru', r.stderr)

    def test_unknown_language_is_escaped(self):
        r = run('--language', 'x\x1b]0;owned\x07', '--version')
        self.assertEqual(r.returncode, 1)
        self.assertNotIn('\x1b', r.stderr)

    def test_check_in_each_language(self):
        expected = {
            'kk': 'белгісіз өріс',
            'ru': 'неизвестное поле',
            'en': 'unknown member',
        }
        for language, words in expected.items():
            # From a Russian system too: the option wins over the locale.
            for system in ({}, {'LC_ALL': 'ru_RU.UTF-8'}):
                r = run('--language', language, '--check', self.path, extra_env=system)
                self.assertEqual(r.returncode, 1, r.stderr)
                lines = [l for l in r.stderr.splitlines() if l.strip()]
                self.assertEqual(len(lines), 2, r.stderr)
                self.assertIn('reforms[0].colour: ' + words, r.stderr)
                self.assertIn('no-such-category', r.stderr)

    def test_option_is_for_one_run(self):
        """The saved setting applies when no option is given, the option
        wins over it, and the option leaves it as it was."""
        config = os.path.join(self.tmp.name, 'config')
        env = {
            'GSETTINGS_BACKEND': 'keyfile',
            'GSETTINGS_SCHEMA_DIR': SCHEMA_DIR,
            'XDG_CONFIG_HOME': config,
        }
        full_env = dict(os.environ, **env)
        subprocess.run(['gsettings', 'set', APPLICATION_ID, 'language', 'ru'],
                       check=True, env=full_env)

        r = run('--check', self.path, extra_env=env)
        self.assertIn('неизвестное поле', r.stderr)
        r = run('--language', 'kk', '--check', self.path, extra_env=env)
        self.assertIn('белгісіз өріс', r.stderr)

        saved = subprocess.run(['gsettings', 'get', APPLICATION_ID, 'language'],
                               check=True, env=full_env, capture_output=True, text=True)
        self.assertEqual(saved.stdout.strip(), "'ru'")


if __name__ == '__main__':
    BINARY, DATASET = sys.argv[1], sys.argv[2]
    APPLICATION_ID, SCHEMA_DIR = sys.argv[3], sys.argv[4]
    unittest.main(argv=sys.argv[:1], verbosity=2)
