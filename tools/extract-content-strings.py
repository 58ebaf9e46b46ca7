#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the translatable content strings of a Reform Explorer dataset as a C stub.

The stub holds one NC_("context", "text") entry per content string, each with a
translator comment, so that xgettext can collect them into po/reform-explorer.pot.

  tools/extract-content-strings.py data/reforms.json --output src/rex-content-strings.h
  tools/extract-content-strings.py data/reforms.json --check src/rex-content-strings.h
"""
import argparse
import json
import sys

STUB = "src/rex-content-strings.h"
REGENERATE = f"tools/extract-content-strings.py data/reforms.json --output {STUB}"

HEADER = """\
/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * {name}: translatable content strings of the dataset.
 *
 * GENERATED FILE, do not edit. Regenerate with
 *   {regenerate}
 * The texts are looked up at run time with g_dpgettext2 (GETTEXT_PACKAGE, context, text).
 */

"""


def c_escape(s):
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7f:
            out.append("\\%03o" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def comment_escape(s):
    return s.replace("*/", "* /")


def region_label(reg):
    """A region as a translator finds it: its English name, id and official names."""
    official = reg.get("official_names", {})
    names = "; ".join(f'{lang} "{official[lang]}"' for lang in ("kk", "ru") if official.get(lang))
    return f'{reg.get("name", "?")} ({reg.get("id", "?")}{"; official names " + names if names else ""})'


# What translators must follow for the names of districts and cities: the
# forms of the 2022 decrees and of the regions' own administrations.
DISTRICT_FORM = ('Use the official name: in Kazakh "<name> ауданы" for a district and '
                 '"<name> қаласы" for a city (e.g. "Абай ауданы", "Семей қаласы"); in Russian '
                 'the adjective form "<name>ский район" for a district and "город <name>" for a '
                 'city (e.g. "Абайский район", "город Семей"), spelt as the akimat spells it.')


def collect(doc):
    """Yield (context, text, translator comment) in document order.

    Every comment names the item the string belongs to, so a translator can
    find it in the app; names also say the official form they must follow.
    """
    prog = doc.get("programme", {})
    prog_label = f'"{prog.get("title", "?")}" (the 16 March 2022 address)'
    for field in ("title", "speaker", "occasion", "quotation", "summary"):
        if prog.get(field):
            yield f"programme {field}", prog[field], f"{field} of the programme {prog_label}"
    for cat in doc.get("categories", []):
        cid = cat.get("id", "")
        for field in ("title", "summary"):
            if cat.get(field):
                about = (f'category "{cid}"' if field == "title"
                         else f'category "{cat.get("title", "?")}" ({cid})')
                yield f"category {field}", cat[field], f"{field} of the {about}"
    for ref in doc.get("reforms", []):
        rid = ref.get("id", "")
        label = f'reform "{ref.get("title", "?")}" ({rid})'
        for field in ("title", "summary", "explanation", "rationale"):
            if ref.get(field):
                about = f'reform "{rid}"' if field == "title" else label
                yield f"reform {field}", ref[field], f"{field} of the {about}"
        note = ref.get("status", {}).get("note")
        if note:
            yield "status note", note, f"note on the status of the {label}"
        for m in ref.get("milestones", []):
            if m.get("title"):
                yield "milestone", m["title"], f'milestone of the {label}, dated {m.get("date", "?")}'
        for f in ref.get("figures", []):
            if f.get("label"):
                yield "figure label", f["label"], f"what a before/after figure of the {label} measures"
            if f.get("unit") and not f.get("unit_one"):
                yield ("figure unit", f["unit"],
                       f'unit of the figure "{f.get("label", "")}" of the {label} (shown after a number)')
    regions = {reg.get("id"): reg for reg in doc.get("regions", [])}
    for reg in doc.get("regions", []):
        gid = reg.get("id", "")
        for key in ("area", "population"):
            note = reg.get(key, {}).get("note")
            if note:
                yield "measure note", note, f"note on the {key} of {region_label(reg)}"
        formed = reg.get("formed", {})
        parents = ", ".join(regions[p].get("name", p) if p in regions else p for p in formed.get("from", []))
        for name in formed.get("took", []):
            yield ("district name", name,
                   f'district or city that {region_label(reg)} took over from {parents or "?"} '
                   f'when it was formed on {formed.get("date", "?")}. {DISTRICT_FORM}')
    for src in doc.get("sources", []):
        if src.get("description"):
            language = src.get("language")
            written = f', written in "{language}"' if language else ""
            yield ("source description", src["description"],
                   f'what the source "{src.get("id", "")}" ({src.get("publisher", "?")}{written}) is: '
                   f"the project's own description, shown where a title would be; the source's "
                   f"language tag follows it")
    for res in doc.get("results", []):
        xid = res.get("id", "")
        if res.get("title"):
            yield "result title", res["title"], f'title of the vote "{xid}" held on {res.get("date", "?")}'
        for ch in res.get("choices", []):
            if not ch.get("label"):
                continue
            if res.get("kind") == "election" and ch.get("id") not in ("against-all", "other-district"):
                comment = (f'party standing in the vote "{xid}"; use the name the party is registered '
                           f'under in this language')
            else:
                comment = f'a choice on the ballot of the vote "{xid}"'
            yield "result choice", ch["label"], comment
        if res.get("note"):
            yield "result note", res["note"], f'note on the figures of the vote "{xid}"'
        note = res.get("by_region", {}).get("note")
        if note:
            yield "result note", note, f'note on the figures by region of the vote "{xid}"'


def collect_plurals(doc):
    """Yield (singular, plural, translator comment) for units with a singular."""
    for ref in doc.get("reforms", []):
        for f in ref.get("figures", []):
            if f.get("unit") and f.get("unit_one"):
                yield f["unit_one"], f["unit"], (f'unit of the figure "{f.get("label", "")}" of the '
                                                 f'reform "{ref.get("title", "?")}" ({ref.get("id", "")}), '
                                                 f'shown after a number it agrees with')


def render(doc):
    lines = [HEADER.format(name=STUB.split("/")[-1], regenerate=REGENERATE),
             "#include <glib/gi18n.h>\n\n",
             "static const char *rex_content_strings[] G_GNUC_UNUSED = {\n"]
    seen = set()
    for context, text, comment in collect(doc):
        if (context, text) in seen:
            continue
        seen.add((context, text))
        lines.append(f"  /* Translators: {comment_escape(comment)} */\n")
        if "%" in text:
            # Content is never a printf format; without this, xgettext takes
            # "70 % of" for a directive and msgfmt --check then rejects
            # correct translations.
            lines.append("  /* xgettext:no-c-format */\n")
        lines.append(f'  NC_("{c_escape(context)}", "{c_escape(text)}"),\n')
    lines.append("};\n")

    # Units agree with their number, so they are plural entries; gettext has
    # no context for those, hence calls in a function that is never run.
    plurals = []
    seen = set()
    for one, other, comment in collect_plurals(doc):
        if (one, other) in seen:
            continue
        seen.add((one, other))
        plurals.append(f"  /* Translators: {comment_escape(comment)} */\n"
                       f'  g_dngettext (GETTEXT_PACKAGE, "{c_escape(one)}", "{c_escape(other)}", 0);\n')
    if plurals:
        lines.append("\nG_GNUC_UNUSED static inline void\n"
                     "rex_content_plural_strings (void)\n"
                     "{\n")
        lines.extend(plurals)
        lines.append("}\n")
    return "".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset", help="the dataset, e.g. data/reforms.json")
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--output", metavar="FILE", help="write the stub to FILE (default: standard output)")
    group.add_argument("--check", metavar="FILE", help="exit 1 if FILE differs from the stub the dataset gives")
    args = ap.parse_args()

    with open(args.dataset, encoding="utf-8") as f:
        stub = render(json.load(f))

    if args.check:
        try:
            with open(args.check, encoding="utf-8") as f:
                current = f.read()
        except OSError as e:
            print(f"{args.check}: {e.strerror}", file=sys.stderr)
            current = None
        if current != stub:
            print(f"{STUB} is stale: run {REGENERATE}", file=sys.stderr)
            return 1
        return 0
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(stub)
    else:
        sys.stdout.write(stub)
    return 0


if __name__ == "__main__":
    sys.exit(main())
