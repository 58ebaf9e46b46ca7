#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Numbers in Kazakh and Russian translations are grouped one way.

    check-numbers.py po/kk.po

Both languages group the thousands of a number with a narrow no-break
space (U+202F), the separator glibc's kk_KZ and ru_RU locales print, so
"20 000" never breaks across lines and a text never mixes "20000" with
"20 000". From 10 000 up, a number in a translation must be written that
way: not run together, not grouped with a plain or an ordinary no-break
space, not with a comma (a decimal comma in these languages). Below
10 000 the rule cannot tell a number from a year, so it is left to the
translator.

A digit string that the English original writes the same way, such as
the bounds of a 64-bit integer in an error message, is a technical value
rather than prose, and is left alone.
"""

import re
import sys

NNBSP = "\u202f"
# A run of digits and the characters that may group them; a trailing
# separator is not part of the number.
NUMBER = re.compile(r"\d(?:[\d \u00a0\u202f\u2009,]*\d)?")
WELL_FORMED = re.compile(r"\d{1,3}(?:\u202f\d{3})+")


def unquote(text):
    """The value of a PO string literal, escapes resolved."""
    return (text.replace('\\"', '"').replace("\\n", "\n").replace("\\t", "\t")
            .replace("\\\\", "\\"))


def read_entries(path):
    """Yields (line, msgid, [msgstr…]) for every translated, non-fuzzy entry."""
    entries = []
    current = None
    field = None
    fuzzy = False

    def finish():
        if current is not None and not fuzzy and current["msgid"]:
            entries.append((current["line"], current["msgid"], current["msgstr"]))

    with open(path, encoding="utf-8") as po:
        for number, line in enumerate(po, 1):
            line = line.rstrip("\n")
            if not line.strip():
                finish()
                current, field, fuzzy = None, None, False
                continue
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
                continue
            if line.startswith("#"):
                continue
            match = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) "(.*)"$', line)
            if match:
                if current is None:
                    current = {"line": number, "msgid": "", "msgstr": []}
                keyword, value = match.groups()
                if keyword == "msgid":
                    field = "msgid"
                    current["msgid"] = unquote(value)
                elif keyword.startswith("msgstr"):
                    field = "msgstr"
                    current["msgstr"].append(unquote(value))
                else:
                    field = None
                continue
            match = re.match(r'^"(.*)"$', line)
            if match and current is not None:
                if field == "msgid":
                    current["msgid"] += unquote(match.group(1))
                elif field == "msgstr":
                    current["msgstr"][-1] += unquote(match.group(1))
    finish()
    return entries


def problems_in(msgid, msgstr):
    for match in NUMBER.finditer(msgstr):
        text = match.group(0)
        # A decimal comma ends the integer part: "77,18" is 77.
        integer = re.split(r",(?!\d{3}(?!\d))", text)[0]
        digits = re.sub(r"\D", "", integer)
        if len(digits) < 5 or int(digits) < 10000:
            continue
        if WELL_FORMED.fullmatch(integer):
            continue
        if re.fullmatch(r"\d+", integer) and integer in msgid:
            continue
        yield integer


def main(argv):
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1].strip(), file=sys.stderr)
        return 2

    failures = 0
    for line, msgid, msgstrs in read_entries(argv[1]):
        for msgstr in msgstrs:
            for number in problems_in(msgid, msgstr):
                shown = number.replace(NNBSP, "<U+202F>").replace("\u00a0", "<U+00A0>")
                print(f"{argv[1]}:{line}: “{shown}” must group its thousands with "
                      f"U+202F (narrow no-break space), e.g. “20{NNBSP}000”")
                failures += 1

    if failures:
        print(f"{failures} badly written number(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
