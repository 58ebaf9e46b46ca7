#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check a Reform Explorer dataset against data/README.md: members, ids,
dates, evidence levels, enumerations and cross-references."""
import json
import re
import sys

DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
REGION_ID = re.compile(r"^KZ-\d{2}$")
EVIDENCE = {"verified", "partial", "uncertain"}
STATUS = {"announced", "in-progress", "enacted", "in-force", "superseded", "unclear"}
KINDS = {"announced", "adopted", "signed", "in-force", "implemented", "superseded", "event"}
errors = []


def err(path, msg):
    errors.append(f"{path}: {msg}")


def members(path, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(path, "not an object")
        return False
    for k in required:
        if k not in obj:
            err(path, f"missing member '{k}'")
    for k in obj:
        if k not in required and k not in optional:
            err(path, f"unknown member '{k}'")
    return True


def text(path, v):
    if not isinstance(v, str) or not v.strip():
        err(path, "expected a non-empty string")


def date(path, v, nullable=False):
    if v is None and nullable:
        return
    if not isinstance(v, str) or not DATE.match(v):
        err(path, f"bad date {v!r}")


def num(path, v):
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        err(path, f"expected a number, got {v!r}")


def main(argv):
    doc = json.load(open(argv[1], encoding="utf-8"))
    members("top", doc, ["format", "as_of", "programme", "sources", "categories", "reforms", "regions"])
    if doc.get("format") != 1:
        err("format", "must be 1")
    date("as_of", doc.get("as_of"))

    source_ids = set()
    urls = set()
    for i, s in enumerate(doc.get("sources", [])):
        p = f"sources[{i}]"
        members(p, s, ["id", "title", "publisher", "url"], ["date"])
        if not ID.match(str(s.get("id"))) or s.get("id") in source_ids:
            err(p, f"bad or duplicate id {s.get('id')!r}")
        source_ids.add(s.get("id"))
        text(p + ".title", s.get("title"))
        text(p + ".publisher", s.get("publisher"))
        if "date" in s:
            date(p + ".date", s["date"])
        u = s.get("url", "")
        if not re.match(r"^https?://", u) or u in urls:
            err(p, f"bad or duplicate url {u!r}")
        urls.add(u)

    def refs(path, v, allow_empty=False):
        if not isinstance(v, list) or (not v and not allow_empty):
            err(path, "expected a non-empty array of source ids")
            return
        for r in v:
            if r not in source_ids:
                err(path, f"unknown source {r!r}")
            used.add(r)

    def evidence(path, v):
        if v not in EVIDENCE:
            err(path, f"bad evidence {v!r}")

    used = set()
    prog = doc.get("programme", {})
    members("programme", prog, ["id", "title", "date", "speaker", "occasion", "quotation", "summary", "sources"])
    for k in ("title", "speaker", "occasion", "quotation", "summary"):
        text("programme." + k, prog.get(k))
    date("programme.date", prog.get("date"))
    refs("programme.sources", prog.get("sources"))

    cat_ids = []
    for i, c in enumerate(doc.get("categories", [])):
        p = f"categories[{i}]"
        members(p, c, ["id", "title", "summary"])
        cat_ids.append(c.get("id"))
        text(p + ".title", c.get("title"))
        text(p + ".summary", c.get("summary"))
    if cat_ids != ["political-system", "parliament-local-government", "judiciary", "additional-measures"]:
        err("categories", f"unexpected ids {cat_ids}")

    region_ids = {r.get("id") for r in doc.get("regions", [])}
    reform_ids = set()
    for i, r in enumerate(doc.get("reforms", [])):
        p = f"reforms[{i}] ({r.get('id')})"
        members(p, r, ["id", "category", "title", "summary", "explanation", "status", "milestones", "figures",
                       "regions", "sources"], ["rationale"])
        if not ID.match(str(r.get("id"))) or r.get("id") in reform_ids:
            err(p, "bad or duplicate id")
        reform_ids.add(r.get("id"))
        if r.get("category") not in cat_ids:
            err(p, f"unknown category {r.get('category')!r}")
        for k in ("title", "summary", "explanation"):
            text(f"{p}.{k}", r.get(k))
        if "rationale" in r:
            text(p + ".rationale", r["rationale"])
        st = r.get("status", {})
        members(p + ".status", st, ["value", "as_of", "evidence", "sources"], ["note"])
        if st.get("value") not in STATUS:
            err(p + ".status", f"bad value {st.get('value')!r}")
        date(p + ".status.as_of", st.get("as_of"))
        evidence(p + ".status.evidence", st.get("evidence"))
        refs(p + ".status.sources", st.get("sources"))
        if "note" in st:
            text(p + ".status.note", st["note"])
        prev = ""
        for j, m in enumerate(r.get("milestones", [])):
            q = f"{p}.milestones[{j}]"
            members(q, m, ["date", "kind", "title", "evidence", "sources"])
            date(q + ".date", m.get("date"))
            # a coarser date that contains the previous one is not out of order
            if m.get("date", "") < prev and not prev.startswith(m.get("date", "")):
                err(q, "milestones are not oldest first")
            prev = m.get("date", "")
            if m.get("kind") not in KINDS:
                err(q, f"bad kind {m.get('kind')!r}")
            text(q + ".title", m.get("title"))
            evidence(q + ".evidence", m.get("evidence"))
            refs(q + ".sources", m.get("sources"))
        for j, f in enumerate(r.get("figures", [])):
            q = f"{p}.figures[{j}]"
            members(q, f, ["label", "before", "after", "unit", "evidence", "sources"])
            text(q + ".label", f.get("label"))
            text(q + ".unit", f.get("unit"))
            num(q + ".before", f.get("before"))
            num(q + ".after", f.get("after"))
            evidence(q + ".evidence", f.get("evidence"))
            refs(q + ".sources", f.get("sources"))
        for g in r.get("regions", []):
            if g not in region_ids:
                err(p + ".regions", f"unknown region {g!r}")
        refs(p + ".sources", r.get("sources"))

    def centre(path, c, former=False):
        members(path, c, ["name", "official_names", "lat", "lon"] + (["until"] if former else []))
        text(path + ".name", c.get("name"))
        members(path + ".official_names", c.get("official_names"), ["kk", "ru"])
        num(path + ".lat", c.get("lat"))
        num(path + ".lon", c.get("lon"))
        if former:
            date(path + ".until", c.get("until"))

    def measure(path, m):
        members(path, m, ["value", "as_of", "evidence", "sources"], ["note"])
        num(path + ".value", m.get("value"))
        date(path + ".as_of", m.get("as_of"))
        evidence(path + ".evidence", m.get("evidence"))
        refs(path + ".sources", m.get("sources"))

    seen = set()
    latin_i = re.compile(r"[\u0400-\u04FF]i|i[\u0400-\u04FF]")
    for i, g in enumerate(doc.get("regions", [])):
        p = f"regions[{i}] ({g.get('id')})"
        members(p, g, ["id", "aliases", "kind", "name", "official_names", "variants", "existed", "divisions",
                       "area", "population", "sources"], ["centre", "former_centres", "formed"])
        if not REGION_ID.match(str(g.get("id"))) or g.get("id") in seen:
            err(p, "bad or duplicate id")
        seen.add(g.get("id"))
        if g.get("kind") not in ("region", "city"):
            err(p, "bad kind")
        members(p + ".official_names", g.get("official_names"), ["kk", "ru"])
        members(p + ".variants", g.get("variants"), ["en", "kk", "ru"])
        for s in json.dumps(g, ensure_ascii=False).split('"'):
            if latin_i.search(s):
                err(p, f"Latin i inside Cyrillic text: {s!r}")
        if "centre" in g:
            centre(p + ".centre", g["centre"])
        for j, c in enumerate(g.get("former_centres", [])):
            centre(f"{p}.former_centres[{j}]", c, True)
        ex = g.get("existed", {})
        members(p + ".existed", ex, ["from", "until"])
        date(p + ".existed.from", ex.get("from"), True)
        date(p + ".existed.until", ex.get("until"), True)
        if not g.get("divisions") or not set(g["divisions"]) <= {"2018", "2022"}:
            err(p, "bad divisions")
        if "formed" in g:
            f = g["formed"]
            members(p + ".formed", f, ["date", "from", "took", "evidence", "sources"])
            date(p + ".formed.date", f.get("date"))
            for x in f.get("from", []):
                if x not in region_ids:
                    err(p + ".formed.from", f"unknown region {x!r}")
            evidence(p + ".formed.evidence", f.get("evidence"))
            refs(p + ".formed.sources", f.get("sources"))
        measure(p + ".area", g.get("area", {}))
        measure(p + ".population", g.get("population", {}))
        refs(p + ".sources", g.get("sources"))

    for s in source_ids - used:
        err("sources", f"source {s!r} is never cited")
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return 1
    print(f"{argv[1]}: ok ({len(doc['reforms'])} reforms, {len(doc['regions'])} regions, "
          f"{len(doc['sources'])} sources)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv if len(sys.argv) > 1 else [sys.argv[0], "data/reforms.json"]))
