"""How well ``transpub align`` pairs real UN translations: the UN Parallel Corpus's sentence
pairs (a development set made into PO files by ``tests/corpus_real/make_po3.py``, its msgid
the English, its msgstr the UN's translation) joined into documents — every three sentences a
paragraph — the English imported as a release, the translation aligned with it, and each
filled unit compared with the UN's own translation of that sentence.

    python3 benchmarks/tools/align_unpc.py DEVSET_FOLDER... [--count 90]

DEVSET_FOLDER: a folder of ``<lang>.po`` files (``/tmp/w/unpc/devset_500``). Prints, per
language: the units whose English is one of the corpus's sentences, those filled, those
filled with exactly the UN's translation (Unicode NFKC and white space aside: the importer
composes Arabic's marks and tidies spaces), those holding it with more (a neighbour's words),
and every other one. Not a test: the corpus is third-party data (tests/corpus_real/SOURCES.md).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import polib

LANGS = ("fr", "es", "ru", "zh", "ar")


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "transpub", *args], capture_output=True,
                          text=True, check=False)


def measure(folder: Path, lang: str, count: int, work: Path) -> tuple[int, int, int, int]:
    pairs = [(e.msgid, e.msgstr) for e in polib.pofile(str(folder / f"{lang}.po"))
             if e.msgid and e.msgstr][:count]
    ws = work / f"{folder.name}-{lang}"
    shutil.rmtree(ws, ignore_errors=True)
    _run("init", str(ws))
    paragraphs = [pairs[i:i + 3] for i in range(0, len(pairs), 3)]
    glue = "" if lang == "zh" else " "
    (ws / "en.txt").write_text("UN TEST RELEASE\n\nA release made of the corpus's sentences\n\n"
                               + "\n\n".join(" ".join(s for s, _ in p) for p in paragraphs)
                               + "\n", encoding="utf-8")
    (ws / f"{lang}.txt").write_text("\n\n".join(glue.join(t for _, t in p) for p in paragraphs)
                                    + "\n", encoding="utf-8")
    _run("-C", str(ws), "import", "--slug", "t", str(ws / "en.txt"))
    _run("-C", str(ws), "extract")
    _run("-C", str(ws), "align", "t", str(ws / f"{lang}.txt"), "--lang", lang)
    truth = dict(pairs)
    units = filled = right = more = 0
    for entry in polib.pofile(str(ws / "locales" / lang / "LC_MESSAGES" / "t.po")):
        if entry.msgid not in truth:
            continue
        units += 1
        if not entry.msgstr:
            continue
        filled += 1
        got, want = _norm(entry.msgstr), _norm(truth[entry.msgid])
        if got == want:
            right += 1
        elif want in got:
            more += 1
        else:
            print(f"{lang}: {entry.msgctxt}: {entry.msgstr[:70]!r} | {truth[entry.msgid][:70]!r}")
    return units, filled, right, more


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--count", type=int, default=90)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            totals = [0, 0, 0, 0]
            for folder in args.folders:
                for n, value in enumerate(measure(folder, lang, args.count, Path(tmp))):
                    totals[n] += value
            print(f"{lang}: {totals[0]} units, {totals[1]} filled, {totals[2]} the UN's "
                  f"translation, {totals[3]} with more")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
