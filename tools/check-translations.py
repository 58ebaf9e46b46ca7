#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Translation checks run by `meson test`.

  potfiles      every source file with translatable strings is listed in
                po/POTFILES.in, and every listed file exists
  po LANG       po/LANG.po is complete: no untranslated or fuzzy message, no
                format errors (msgfmt --check), and not stale against the
                sources (every msgid of a freshly extracted template is in it)
"""
import os
import re
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# What counts as translatable, per kind of file.
# Only calls on string literals count: g_dpgettext2 (GETTEXT_PACKAGE, ctx, text)
# on data read at run time has nothing for xgettext to extract.
C_MARKS = re.compile(r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|ngettext|g_dngettext)\s*\(\s*'
                     r'(?:"|(?:GETTEXT_PACKAGE|NULL)\s*,\s*")')
UI_MARKS = re.compile(r'translatable="yes"')
DATA_MARKS = re.compile(r'^(Name|GenericName|Comment|Keywords)=|<(summary|description|name|caption|p|li)\b',
                        re.M)

XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments', '--sort-by-file',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
]


def potfiles():
    with open(os.path.join(TOP, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        return [l.strip() for l in f if l.strip() and not l.startswith('#')]


def candidates():
    for d in ('src', 'ui', 'data'):
        for root, dirs, files in os.walk(os.path.join(TOP, d)):
            dirs[:] = [x for x in dirs if x not in ('screenshots', 'icons')]
            for name in files:
                path = os.path.join(root, name)
                rel = os.path.relpath(path, TOP)
                if name.endswith(('.c', '.h')):
                    pattern = C_MARKS
                elif name.endswith('.ui'):
                    pattern = UI_MARKS
                elif name.endswith(('.desktop.in.in', '.metainfo.xml.in.in', '.gschema.xml.in')):
                    pattern = DATA_MARKS
                else:
                    continue
                with open(path, encoding='utf-8') as f:
                    if pattern.search(f.read()):
                        yield rel


def check_potfiles():
    listed = potfiles()
    problems = []
    for rel in listed:
        if not os.path.exists(os.path.join(TOP, rel)):
            problems.append(f'po/POTFILES.in lists {rel}, which does not exist')
    for rel in sorted(set(candidates()) - set(listed)):
        problems.append(f'{rel} has translatable strings but is not in po/POTFILES.in')
    return problems


def check_po(lang):
    po = os.path.join(TOP, 'po', lang + '.po')
    problems = []
    if not os.path.exists(po):
        return [f'po/{lang}.po does not exist but po/LINGUAS lists {lang}']

    result = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po],
                            capture_output=True, text=True, env=dict(os.environ, LC_ALL='C'))
    if result.returncode != 0:
        problems.append(f'po/{lang}.po: msgfmt --check failed:\n{result.stderr.strip()}')
    stats = result.stderr
    for kind in ('fuzzy', 'untranslated'):
        m = re.search(r'(\d+) ' + kind, stats)
        if m and int(m.group(1)) > 0:
            problems.append(f'po/{lang}.po: {m.group(1)} {kind} message(s) ({stats.strip()})')

    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'fresh.pot')
        subprocess.run(['xgettext', '--files-from=po/POTFILES.in', '--directory=.',
                        '--output=' + pot, '--package-name=reform-explorer'] + XGETTEXT_ARGS,
                       cwd=TOP, check=True, capture_output=True)
        cmp = subprocess.run(['msgcmp', po, pot], capture_output=True, text=True,
                             env=dict(os.environ, LC_ALL='C'))
        if cmp.returncode != 0:
            lines = [l for l in cmp.stderr.splitlines() if 'this message' in l or 'msgcmp:' in l]
            problems.append(f'po/{lang}.po is stale against the sources; run '
                            f'`meson compile -C _build reform-explorer-update-po` and translate '
                            f'the new strings:\n' + '\n'.join(lines[:20]))
    return problems


def main(argv):
    if len(argv) >= 2 and argv[1] == 'potfiles':
        problems = check_potfiles()
    elif len(argv) == 3 and argv[1] == 'po':
        problems = check_po(argv[2])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for p in problems:
        print(p, file=sys.stderr)
    if not problems:
        print('OK')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
