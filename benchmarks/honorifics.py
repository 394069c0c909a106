"""Recall of the honorific checks (TP105, TP106) on the written corpora.

    python3 benchmarks/honorifics.py

For every unit of tests/corpus and tests/corpus_holdout whose source names a person with an
honorific, and every language: the translation's first honorific is (a) turned to the other
gender («M.» -> «Mme», «г-н» -> «г-жа», السيد -> السيدة, 先生 -> 女士) and (b) deleted; each
changed unit is checked on its own, the way CI checks a PO file.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import polib

from transpub.checker import check_files
from transpub.honorifics import find_honorifics
from transpub.termbase import load_termbases

ROOT = Path(__file__).resolve().parent.parent
SWAP = {"fr": {"Mme": "M.", "M.": "Mme"}, "es": {"Sra.": "Sr.", "Sr.": "Sra."},
        "ru": {"г-жа": "г-н", "г-н": "г-жа", "Г-жа": "Г-н", "Г-н": "Г-жа", "г-на": "г-жи",
               "г-жи": "г-на"},
        "ar": {"السيدة": "السيد", "السيد": "السيدة"}, "zh": {"女士": "先生", "先生": "女士"}}


def _changes(text: str, lang: str) -> dict[str, str]:
    found = find_honorifics(text, lang)
    if not found:
        return {}
    first = found[0]
    out = {"missing": " ".join((text[:first.start] + text[first.end:]).split())}
    old = next((a for a in SWAP[lang] if a in first.text), None)
    if old is not None:
        out["gender"] = text[:first.start] + first.text.replace(old, SWAP[lang][old], 1) \
            + text[first.end:]
    return out


def main() -> int:
    tally: dict[tuple[str, str], list[int]] = {}
    folder = Path(tempfile.mkdtemp())
    for corpus in ("tests/corpus", "tests/corpus_holdout"):
        termbase = load_termbases([ROOT / corpus / "termbase.tbx"])
        for release in sorted((ROOT / corpus / "releases").glob("*.json")):
            for unit in json.loads(release.read_text(encoding="utf-8"))["units"]:
                if not find_honorifics(unit["en"], "en"):
                    continue
                for lang in SWAP:
                    for kind, text in _changes(unit[lang], lang).items():
                        po = polib.POFile()
                        po.metadata = {"Language": lang,
                                       "Content-Type": "text/plain; charset=UTF-8"}
                        po.append(polib.POEntry(msgctxt="u", msgid=unit["en"], msgstr=text))
                        path = folder / f"{lang}.po"
                        po.save(str(path))
                        run = check_files([path], termbase, {"TP105", "TP106"}, (), "en", 1)
                        want = "TP106" if kind == "gender" else "TP105"
                        count = tally.setdefault((kind, lang), [0, 0])
                        count[0] += any(f.code == want for f in run.findings)
                        count[1] += 1
    print("| change | " + " | ".join(SWAP) + " |")
    print("|---|" + "---:|" * len(SWAP))
    for kind, code in (("gender", "TP106"), ("missing", "TP105")):
        cells = [f"{tally.get((kind, lang), [0, 0])[0]}/{tally.get((kind, lang), [0, 0])[1]}"
                 for lang in SWAP]
        print(f"| {kind} ({code}) | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
