#!/usr/bin/env python3
"""Write ../releases/<slug>.json and ../termbase.tbx from the data modules beside this file.

In the data modules "~" stands for U+00A0 (no-break space) and "^" for U+202F (narrow no-break
space). An error of kind "untranslated" with find None becomes: find = the whole target text,
replace = the English text of the unit.
"""
import importlib
import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

MODULES = ["r1_unhcr", "r2_who_unicef", "r3_security_council", "r4_ohchr_unwomen"]
LANGS = ["en", "fr", "es", "ru", "ar", "zh"]


def expand(s):
    return s.replace("~", "\u00a0").replace("^", "\u202f") if isinstance(s, str) else s


def build_release(mod):
    units = []
    for u in mod.UNITS:
        units.append({"id": u["id"], **{lang: expand(u[lang]) for lang in LANGS}})
    by_id = {u["id"]: u for u in units}
    errors = []
    for lang, unit, kind, find, replace in mod.ERRORS:
        if kind == "untranslated" and find is None:
            find, replace = by_id[unit][lang], by_id[unit]["en"]
        errors.append({"lang": lang, "unit": unit, "kind": kind, "find": expand(find), "replace": expand(replace)})
    variants = [{"lang": lang, "unit": unit, "kind": kind, "find": expand(find), "replace": expand(replace)}
                for lang, unit, kind, find, replace in mod.VARIANTS]
    return {"slug": mod.SLUG, "release_date": mod.RELEASE_DATE, "units": units,
            "errors": errors, "variants": variants}


def build_tbx(concepts):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<martif type="TBX-Basic" xml:lang="en">',
           '  <martifHeader><fileDesc><sourceDesc><p>held-out corpus</p></sourceDesc></fileDesc></martifHeader>',
           '  <text><body>']
    for c in concepts:
        out.append(f'    <termEntry id="{escape(c["id"])}">')
        out.append(f'      <descrip type="subjectField">{c["field"]}</descrip>')
        for lang in LANGS:
            out.append(f'      <langSet xml:lang="{lang}">')
            for i, term in enumerate(c["terms"][lang]):
                status = "preferredTerm-admn-sts" if i == 0 else "admittedTerm-admn-sts"
                out.append(f'        <tig><term>{escape(term)}</term>'
                           f'<termNote type="administrativeStatus">{status}</termNote></tig>')
            out.append('      </langSet>')
        out.append('    </termEntry>')
    out.append('  </body></text>')
    out.append('</martif>')
    return "\n".join(out) + "\n"


def main():
    (ROOT / "releases").mkdir(exist_ok=True)
    for name in MODULES:
        rel = build_release(importlib.import_module(name))
        path = ROOT / "releases" / f"{rel['slug']}.json"
        path.write_text(json.dumps(rel, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}: {len(rel['units'])} units, "
              f"{len(rel['errors'])} errors, {len(rel['variants'])} variants")
    tb = importlib.import_module("termbase_data")
    (ROOT / "termbase.tbx").write_text(build_tbx(tb.CONCEPTS), encoding="utf-8")
    print(f"wrote termbase.tbx: {len(tb.CONCEPTS)} concepts")


if __name__ == "__main__":
    main()
