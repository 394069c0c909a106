#!/usr/bin/env python3
"""Validate the held-out corpus: ../releases/*.json and ../termbase.tbx.

Checks: JSON shape; six languages per unit; identical inline tags, e-mails and URLs across the
languages of a unit; every error/variant "find" occurs exactly once in its unit's target; the TBX
is well-formed TBX-Basic; and the termbase contract: for every unit and every concept whose English
term occurs in the English text, each translation contains one listed term of that concept in that
language (verbatim, except Russian case endings and Arabic attached particles).
Exit status 1 on any problem.
"""
import collections
import json
import re
import sys
from pathlib import Path

import lxml.etree as etree

ROOT = Path(__file__).resolve().parent.parent
LANGS = ["en", "fr", "es", "ru", "ar", "zh"]
TARGETS = ["fr", "es", "ru", "ar", "zh"]
ERROR_KINDS = {"date-day", "date-month", "date-year", "date-style", "name-misspelt", "name-missing",
               "name-swapped", "title-wrong", "title-missing", "org-wrong", "acronym-wrong",
               "number-changed", "scale-changed", "email-changed", "url-changed", "untranslated"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TAG_RE = re.compile(r"</?[a-z]+\d*>")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_RE = re.compile(r"https?://[^\s<>\u3000-\u303f\uff00-\uffef]+[^\s<>.,;:!?)\u3000-\u303f\uff00-\uffef]")

problems = []


def problem(msg):
    problems.append(msg)


# ------------------------------------------------------------------ termbase
def load_tbx(path):
    tree = etree.parse(str(path))
    root = tree.getroot()
    if root.tag != "martif" or root.get("type") != "TBX-Basic":
        problem("termbase: root is not <martif type='TBX-Basic'>")
    concepts = []
    for entry in root.iter("termEntry"):
        field = entry.findtext("descrip[@type='subjectField']")
        if field not in {"person", "title", "organisation", "place", "other"}:
            problem(f"termbase {entry.get('id')}: bad subjectField {field!r}")
        terms = {}
        for ls in entry.findall("langSet"):
            lang = ls.get(XML_LANG)
            tigs = ls.findall("tig")
            statuses = [t.findtext("termNote[@type='administrativeStatus']") for t in tigs]
            if not statuses or statuses[0] != "preferredTerm-admn-sts" or \
                    any(s != "admittedTerm-admn-sts" for s in statuses[1:]):
                problem(f"termbase {entry.get('id')}/{lang}: statuses {statuses}")
            terms[lang] = [t.findtext("term") for t in tigs]
        if set(terms) != set(LANGS):
            problem(f"termbase {entry.get('id')}: languages {sorted(terms)}")
        concepts.append({"id": entry.get("id"), "field": field, "terms": terms})
    ids = [c["id"] for c in concepts]
    for cid, n in collections.Counter(ids).items():
        if n > 1:
            problem(f"termbase: duplicate id {cid}")
    return concepts


CYR_WORD = re.compile(r"[А-Яа-яЁё]+")


def ru_word_pattern(w):
    if len(w) < 4:
        return re.escape(w)
    stems = {w, w[:-1]}
    if len(w) >= 5:
        stems.add(w[:-2])
    base = w[:-1] if w[-1] in "ьй" else w
    if len(base) >= 3 and base[-2] in "еоё":          # fleeting vowel: день -> дня, Дворец -> Дворце
        stems.add(base[:-2] + base[-1])
    alts = "|".join(sorted((re.escape(s) for s in stems), key=len, reverse=True))
    return f"(?:{alts})[а-яё]{{0,3}}"


def ru_regex(term):
    parts, pos = [], 0
    for m in CYR_WORD.finditer(term):
        parts.append(re.escape(term[pos:m.start()]))
        parts.append(ru_word_pattern(m.group()))
        pos = m.end()
    parts.append(re.escape(term[pos:]))
    return re.compile("".join(parts))


def contains_term(lang, text, term):
    if lang == "ru":                                      # sentence-initial capital allowed
        variants = {term, term[0].upper() + term[1:], term[0].lower() + term[1:]}
        return any(ru_regex(t).search(text) for t in variants)
    if lang == "ar":
        if term in text:
            return True
        return term.startswith("ال") and ("لل" + term[2:]) in text
    return term in text


def is_acronym(term):
    return " " not in term and term.upper() == term and any(ch.isalpha() for ch in term)


def en_trigger(term, text):
    if is_acronym(term):
        return re.search(rf"(?<![A-Za-z]){re.escape(term)}(?![A-Za-z])", text) is not None
    return term.lower() in text.lower()


# ------------------------------------------------------------------ releases
def check_release(path, concepts, stats):
    rel = json.loads(path.read_text(encoding="utf-8"))
    name = path.name
    if list(rel) != ["slug", "release_date", "units", "errors", "variants"]:
        problem(f"{name}: top-level keys {list(rel)}")
    if path.stem != rel["slug"]:
        problem(f"{name}: slug {rel['slug']} differs from file name")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rel["release_date"]):
        problem(f"{name}: release_date {rel['release_date']}")
    units = rel["units"]
    if not 12 <= len(units) <= 18:
        problem(f"{name}: {len(units)} units")
    ids = [u["id"] for u in units]
    if len(set(ids)) != len(ids):
        problem(f"{name}: duplicate unit ids")
    for req in ("title", "dateline", "contact"):
        if req not in ids:
            problem(f"{name}: no unit {req}")
    by_id = {}
    for u in units:
        by_id[u["id"]] = u
        if set(u) != {"id", *LANGS}:
            problem(f"{name}/{u['id']}: keys {sorted(u)}")
            continue
        for lang in LANGS:
            if not u[lang].strip():
                problem(f"{name}/{u['id']}/{lang}: empty")
        for what, rx in (("tags", TAG_RE), ("e-mails", EMAIL_RE), ("URLs", URL_RE)):
            ref = collections.Counter(rx.findall(u["en"]))
            for lang in TARGETS:
                got = collections.Counter(rx.findall(u[lang]))
                if got != ref:
                    problem(f"{name}/{u['id']}/{lang}: {what} {dict(got)} != en {dict(ref)}")
        # house-style sanity of the clean text
        ar_latin = re.sub(r"<[^>]+>|" + EMAIL_RE.pattern + "|" + URL_RE.pattern, "", u["ar"])
        if re.search(r"[A-Za-z]", ar_latin):
            problem(f"{name}/{u['id']}/ar: Latin letters outside e-mails/URLs/tags")
        zh_plain = re.sub(r"<[^>]+>|" + EMAIL_RE.pattern + "|" + URL_RE.pattern, "", u["zh"])
        if re.search(r"[,:;()?!]", zh_plain):
            problem(f"{name}/{u['id']}/zh: half-width punctuation in clean text")
        fr_plain = re.sub(EMAIL_RE.pattern + "|" + URL_RE.pattern, "", u["fr"])
        if re.search(r"[^\u00a0\u202f][:;!?%»]|«[^\u00a0\u202f]", fr_plain):
            problem(f"{name}/{u['id']}/fr: missing no-break space at : ; ! ? % « »")
        if "'" in u["fr"]:
            problem(f"{name}/{u['id']}/fr: straight apostrophe in clean text")
    contact = by_id.get("contact")
    if contact:
        for lang in LANGS:
            if not EMAIL_RE.search(contact[lang]):
                problem(f"{name}/contact/{lang}: no e-mail address")

    # errors and variants
    for section in ("errors", "variants"):
        for i, e in enumerate(rel[section]):
            where = f"{name} {section}[{i}] {e.get('lang')}/{e.get('unit')}/{e.get('kind')}"
            if set(e) != {"lang", "unit", "kind", "find", "replace"}:
                problem(f"{where}: keys {sorted(e)}")
                continue
            if e["lang"] not in TARGETS:
                problem(f"{where}: bad lang")
                continue
            if e["unit"] not in by_id:
                problem(f"{where}: no such unit")
                continue
            target = by_id[e["unit"]][e["lang"]]
            n = target.count(e["find"])
            if n != 1 or not e["find"]:
                problem(f"{where}: find occurs {n} times: {e['find']!r}")
            if e["find"] == e["replace"]:
                problem(f"{where}: find == replace")
            if section == "errors":
                if e["kind"] not in ERROR_KINDS:
                    problem(f"{where}: unknown error kind")
                if e["kind"] == "untranslated" and (e["find"] != target or e["replace"] != by_id[e["unit"]]["en"]):
                    problem(f"{where}: untranslated must replace the whole target by the English")
                if e["kind"] == "email-changed" and not EMAIL_RE.search(e["find"]):
                    problem(f"{where}: find has no e-mail")
                if e["kind"] == "url-changed" and not URL_RE.search(e["find"]):
                    problem(f"{where}: find has no URL")
            else:
                after = target.replace(e["find"], e["replace"], 1)
                if TAG_RE.findall(after) != TAG_RE.findall(target):
                    problem(f"{where}: variant changes inline tags")
            stats[section][e["lang"]][e["kind"]] += 1

    # termbase contract
    for u in units:
        for c in concepts:
            if not any(en_trigger(t, u["en"]) for t in c["terms"]["en"]):
                for t in c["terms"]["en"]:
                    if is_acronym(t) and t.lower() in u["en"].lower():
                        print(f"note: {name}/{u['id']}: '{t}' occurs only in another case in English")
                continue
            for lang in TARGETS:
                if not any(contains_term(lang, u[lang], t) for t in c["terms"][lang]):
                    problem(f"{name}/{u['id']}/{lang}: concept {c['id']} (English term present) "
                            f"has no listed {lang} term in: {u[lang]}")
            stats["contract"][c["field"]] += 1
    return rel


def main():
    concepts = load_tbx(ROOT / "termbase.tbx")
    stats = {"errors": collections.defaultdict(collections.Counter),
             "variants": collections.defaultdict(collections.Counter),
             "contract": collections.Counter()}
    releases = sorted((ROOT / "releases").glob("*.json"))
    for path in releases:
        rel = check_release(path, concepts, stats)
        print(f"{path.name}: {len(rel['units'])} units, {len(rel['errors'])} errors, {len(rel['variants'])} variants")
    print(f"termbase: {len(concepts)} concepts "
          f"({dict(collections.Counter(c['field'] for c in concepts))}); "
          f"contract checks (unit x concept): {dict(stats['contract'])}")
    for section in ("errors", "variants"):
        print(f"\n{section} per language and kind:")
        kinds = sorted({k for lang in TARGETS for k in stats[section][lang]})
        print("  " + "kind".ljust(26) + "".join(lang.rjust(5) for lang in TARGETS))
        for k in kinds:
            print("  " + k.ljust(26) + "".join(str(stats[section][lang][k]).rjust(5) for lang in TARGETS))
        print("  " + "total".ljust(26) + "".join(str(sum(stats[section][lang].values())).rjust(5) for lang in TARGETS))
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
