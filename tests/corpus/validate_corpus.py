#!/usr/bin/env python3
"""Validate the transpub checker corpus in this folder (stand-alone; needs only lxml).

Checks: the release JSON files load and have every unit in all six languages; placeholders and
e-mail addresses are identical across languages; every error/variant "find" occurs exactly once in
its unit; the TBX is well formed and the CSV lists the same terms; and the termbase contract: for
every unit, the concepts found in each clean translation (and in each variant) are exactly the
concepts found in the English unit. Term matching: word boundaries; Russian words may change
their case ending; Arabic words may carry و ف ب ك ل (ل + ال written لل); Chinese is matched
verbatim; apostrophes and no-break spaces are folded; e-mail addresses and tags are ignored.
The contract is checked four ways (termbase terms only / plus surnames derived from the full
names; with and without dropping a match contained in a longer match) and must hold in all.

Usage: python3 validate_corpus.py [-v]
"""
from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import lxml.etree as ET

HERE = Path(__file__).resolve().parent
LANGS = ["en", "fr", "es", "ru", "ar", "zh"]
TARGETS = ["fr", "es", "ru", "ar", "zh"]
ERROR_KINDS = ["date-day", "date-month", "date-year", "date-style", "name-misspelt",
               "name-missing", "name-swapped", "title-wrong", "title-missing", "org-wrong",
               "acronym-wrong", "number-changed", "scale-changed", "email-changed", "untranslated"]
TERM_KINDS = {"name-misspelt", "name-missing", "name-swapped", "title-wrong", "title-missing",
              "org-wrong", "acronym-wrong", "untranslated"}
NS = {"t": "urn:iso:std:iso:30042:ed-2"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TAG_RE = re.compile(r"</?[a-z]+\d+/?>")
EMAIL_RE = re.compile(r"[\w.+-]+[@＠][\w-]+(?:\.[\w-]+)+")
RU_END = sorted(set(["а", "я", "у", "ю", "ом", "ем", "ём", "е", "и", "ы", "ой", "ей", "ою", "ею", "ого", "его", "ому", "ему", "ым", "им", "ых", "их", "ыми", "ими", "ам", "ям", "ами", "ями", "ах", "ях", "ую", "юю", "ая", "яя", "ое", "ее", "ый", "ий", "ь", "й"]), key=len, reverse=True)
AR_LET = "\u0621-\u064a\u0671-\u06d3"

problems: list[str] = []


def problem(msg: str) -> None:
    problems.append(msg)


# --- termbase -----------------------------------------------------------------------------------

def load_tbx(path: Path) -> dict:
    tree = ET.parse(str(path))
    concepts = {}
    for ce in tree.iterfind(".//t:conceptEntry", NS):
        cid = ce.get("id")
        cat = ce.find("t:descrip[@type='subjectField']", NS).text
        langs = {}
        for ls in ce.iterfind("t:langSec", NS):
            terms = []
            for ts in ls.iterfind("t:termSec", NS):
                tt = ts.find("t:termNote[@type='termType']", NS)
                st = ts.find("t:termNote[@type='administrativeStatus']", NS)
                terms.append((ts.find("t:term", NS).text, tt.text if tt is not None else "",
                              st.text.split("Term")[0] if st is not None else ""))
            langs[ls.get(XML_LANG)] = terms
        concepts[cid] = (cat, langs)
    return concepts


def check_csv(concepts: dict) -> None:
    rows = list(csv.DictReader((HERE / "termbase.csv").open(encoding="utf-8")))
    if rows and list(rows[0].keys()) != ["concept", "category", "lang", "term", "status"]:
        problem("termbase.csv: wrong header")
    from_csv = Counter((r["concept"], r["category"], r["lang"], r["term"], r["status"]) for r in rows)
    from_tbx = Counter((cid, cat, lang, term, status) for cid, (cat, langs) in concepts.items()
                       for lang, terms in langs.items() for term, _, status in terms)
    if from_csv != from_tbx:
        problem(f"termbase.csv and termbase.tbx differ: {sorted((from_csv - from_tbx).elements())[:3]}"
                f" / {sorted((from_tbx - from_csv).elements())[:3]}")
    for cid, (cat, langs) in concepts.items():
        if set(langs) != set(LANGS):
            problem(f"termbase: concept {cid} lacks languages {set(LANGS) - set(langs)}")


# --- matching -----------------------------------------------------------------------------------

def fold(text: str, lang: str) -> str:
    text = TAG_RE.sub(" ", text)
    text = EMAIL_RE.sub(" ", text)
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("'", "’")
    if lang == "ru":
        text = text.replace("ё", "е").replace("Ё", "Е")
    if lang == "ar":
        text = re.sub("[\u064b-\u0652\u0670\u0640]", "", text)
    return text


def _ru_part(word: str) -> str:
    if len(word) <= 2 or word.isupper() or not re.search("[а-яА-Я]", word):
        return re.escape(word)
    low = word.lower()
    stem = word
    for end in RU_END:
        if low.endswith(end) and len(word) - len(end) >= 3:
            stem = word[: len(word) - len(end)]
            break
    stems = [stem]
    for full, short in (("ень", "н"), ("ец", "ц"), ("ок", "к")):  # fleeting vowels: день → дня
        if low.endswith(full):
            stems.append(word[: -len(full)] + short)
    return "(?:" + "|".join(re.escape(s) for s in stems) + ")(?:" + "|".join(RU_END) + ")?"


def term_pattern(term: str, lang: str, case_sensitive: bool) -> re.Pattern:
    term = fold(term, lang)
    flags = 0 if case_sensitive else re.IGNORECASE
    if lang == "zh":
        return re.compile(re.escape(term))
    if lang == "ru":
        body = r"\s+".join("-".join(_ru_part(p) for p in w.split("-")) for w in term.split())
        return re.compile(r"(?<!\w)" + body + r"(?!\w)", flags)
    if lang == "ar":
        alts = ["(?:[وف])?(?:[بكل])?" + re.escape(term)]
        if term.startswith("ال"):
            # ل + ال → لل (للبرنامج); before a word that itself starts with ل only two remain (للجنة)
            li = ("ل" if term[2:].startswith("ل") else "لل") + term[2:]
            alts = ["(?:[وف])?(?:[بك])?" + re.escape(term), "(?:[وف])?" + re.escape(li)]
        return re.compile(f"(?<![{AR_LET}])(?:{'|'.join(alts)})(?![{AR_LET}])")
    return re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)", flags)


def surname(name: str, lang: str) -> str:
    if "·" in name:
        return name.rsplit("·", 1)[1]
    return name.split()[-1]


class Matcher:
    def __init__(self, concepts: dict, lang: str, derive: bool):
        self.lang = lang
        self.forms = []
        for cid, (cat, langs) in concepts.items():
            for term, ttype, _ in langs.get(lang, []):
                cs = cat == "person" or ttype == "acronym"
                self.forms.append((cid, term_pattern(term, lang, cs)))
                if derive and cat == "person":
                    self.forms.append((cid, term_pattern(surname(term, lang), lang, True)))

    def concepts(self, text: str, suppress: bool) -> set[str]:
        text = fold(text, self.lang)
        spans = [(m.start(), m.end(), cid) for cid, pat in self.forms for m in pat.finditer(text)]
        if suppress:
            spans = [s for s in spans if not any(o[0] <= s[0] and s[1] <= o[1] and
                                                 (o[1] - o[0]) > (s[1] - s[0]) and o[2] != s[2]
                                                 for o in spans)]
        return {s[2] for s in spans}


# --- releases -----------------------------------------------------------------------------------

def main() -> int:
    verbose = "-v" in sys.argv
    tbx = HERE / "termbase.tbx"
    concepts = load_tbx(tbx)
    check_csv(concepts)
    modes = [(d, s) for d in (False, True) for s in (False, True)]
    matchers = {(l, d): Matcher(concepts, l, d) for l in LANGS for d in (False, True)}
    used = set()
    stats = defaultdict(Counter)
    vstats = defaultdict(Counter)
    detected = Counter()
    term_errors = Counter()
    files = sorted((HERE / "releases").glob("*.json"))
    if len(files) != 5:
        problem(f"expected 5 releases, found {len(files)}")
    for path in files:
        rel = json.loads(path.read_text(encoding="utf-8"))
        name = path.name
        if rel.get("slug") != path.stem:
            problem(f"{name}: slug {rel.get('slug')!r} differs from the file name")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rel.get("release_date", "")):
            problem(f"{name}: bad release_date")
        units = {}
        if not 12 <= len(rel["units"]) <= 20:
            problem(f"{name}: {len(rel['units'])} units (want 12–20)")
        for u in rel["units"]:
            if u["id"] in units:
                problem(f"{name}: duplicate unit {u['id']}")
            units[u["id"]] = u
            for l in LANGS:
                if not isinstance(u.get(l), str) or not u[l].strip():
                    problem(f"{name}:{u['id']}: no {l} text")
            tags = {l: sorted(TAG_RE.findall(u[l])) for l in LANGS}
            mails = {l: sorted(EMAIL_RE.findall(u[l])) for l in LANGS}
            for l in TARGETS:
                if tags[l] != tags["en"]:
                    problem(f"{name}:{u['id']}:{l}: placeholders {tags[l]} != {tags['en']}")
                if mails[l] != mails["en"]:
                    problem(f"{name}:{u['id']}:{l}: e-mails {mails[l]} != {mails['en']}")
            for derive, suppress in modes:
                want = matchers[("en", derive)].concepts(u["en"], suppress)
                used |= want
                for l in TARGETS:
                    got = matchers[(l, derive)].concepts(u[l], suppress)
                    if got != want:
                        problem(f"{name}:{u['id']}:{l}: contract (derive={derive}, suppress="
                                f"{suppress}): missing {sorted(want - got)}, extra {sorted(got - want)}")
        for key, kinds in (("errors", ERROR_KINDS), ("variants", None)):
            for i, e in enumerate(rel.get(key, [])):
                where = f"{name}:{key}[{i}] {e.get('lang')}/{e.get('unit')}/{e.get('kind')}"
                if e.get("lang") not in TARGETS or e.get("unit") not in units:
                    problem(f"{where}: bad lang or unit")
                    continue
                if kinds and e["kind"] not in kinds:
                    problem(f"{where}: unknown kind")
                text = units[e["unit"]][e["lang"]]
                count = text.count(e["find"])
                if count != 1 or not e["find"]:
                    problem(f"{where}: find occurs {count} times: {e['find']!r}")
                    continue
                if e["find"] == e["replace"]:
                    problem(f"{where}: replace equals find")
                new = text.replace(e["find"], e["replace"])
                lang, en = e["lang"], units[e["unit"]]["en"]
                if key == "errors":
                    stats[(rel["slug"], lang)][e["kind"]] += 1
                    if e["kind"] in TERM_KINDS:
                        term_errors[e["kind"]] += 1
                        if any(matchers[(lang, d)].concepts(new, s) !=
                               matchers[("en", d)].concepts(en, s) for d, s in modes):
                            detected[e["kind"]] += 1
                        elif verbose:
                            print(f"  not caught by the termbase alone: {where}")
                    if e["kind"] == "untranslated" and e["replace"] != en:
                        problem(f"{where}: untranslated must replace with the English text")
                else:
                    vstats[(rel["slug"], lang)][e["kind"]] += 1
                    if TAG_RE.findall(new) != TAG_RE.findall(text) or \
                            EMAIL_RE.findall(new) != EMAIL_RE.findall(text):
                        problem(f"{where}: variant changes placeholders or e-mails")
                    for d, s in modes:
                        if matchers[(lang, d)].concepts(new, s) != matchers[("en", d)].concepts(en, s):
                            problem(f"{where}: variant breaks the termbase contract (derive={d}, "
                                    f"suppress={s})")
        for l in TARGETS:
            have = stats[(rel["slug"], l)]
            missing = [k for k in ERROR_KINDS if not have[k]]
            if missing:
                problem(f"{name}:{l}: no error of kind {', '.join(missing)}")
            if sum(have.values()) < 15:
                problem(f"{name}:{l}: only {sum(have.values())} errors")
    unused = set(concepts) - used
    if unused:
        problem(f"termbase concepts never used in an English unit: {sorted(unused)}")
    if verbose:
        for (slug, l), c in sorted(stats.items()):
            print(f"{slug:38} {l} errors {sum(c.values()):3}  variants "
                  f"{sum(vstats[(slug, l)].values()):2}  {dict(vstats[(slug, l)])}")
        print("term-kind errors caught by the termbase contract:",
              {k: f"{detected[k]}/{n}" for k, n in sorted(term_errors.items())})
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(files)} releases, {len(concepts)} concepts: "
          f"{'OK' if not problems else str(len(problems)) + ' problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
