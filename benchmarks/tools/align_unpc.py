"""How well ``transpub align`` pairs real UN translations: the UN Parallel Corpus's sentence
pairs (a development set made into PO files by ``tests/corpus_real/make_po3.py``, its msgid
the English, its msgstr the UN's translation) joined into documents — every three sentences a
paragraph — the English imported as a release, the translation aligned with it, and each
filled unit compared with the UN's own translation of that sentence.

    python3 benchmarks/tools/align_unpc.py DEVSET_FOLDER... [--count 90] [--cut start|end|middle]

DEVSET_FOLDER: a folder of ``<lang>.po`` files (``/tmp/w/unpc/devset_500``). Prints, per
language: the units whose English is one of the corpus's sentences, those filled, those
filled with exactly the UN's translation (Unicode NFKC and white space aside: the importer
composes Arabic's marks and tidies spaces), those holding it with more (a neighbour's words),
and every other one. ``--cut``: the translation lacks a third of its paragraphs (its first,
its last, or its middle third), as a news site's page publishing part of a release; the
units whose sentence was cut are then counted apart, and each of them filled is a wrong fill
("filled though cut"). Not a test: the corpus is third-party data (tests/corpus_real/SOURCES.md).
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


def _cut(paragraphs: list[list[tuple[str, str]]], cut: str | None) -> list[list[tuple[str, str]]]:
    """The translation's paragraphs ``cut`` leaves."""
    third = len(paragraphs) // 3
    if cut == "start":
        return paragraphs[third:]
    if cut == "end":
        return paragraphs[:len(paragraphs) - third]
    if cut == "middle":
        return paragraphs[:third] + paragraphs[2 * third:]
    return paragraphs


def measure(folder: Path, lang: str, count: int, work: Path,
            cut: str | None = None) -> tuple[int, int, int, int, int]:
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
    kept = _cut(paragraphs, cut)
    (ws / f"{lang}.txt").write_text("\n\n".join(glue.join(t for _, t in p) for p in kept)
                                    + "\n", encoding="utf-8")
    _run("-C", str(ws), "import", "--slug", "t", str(ws / "en.txt"))
    _run("-C", str(ws), "extract")
    _run("-C", str(ws), "align", "t", str(ws / f"{lang}.txt"), "--lang", lang)
    truth = dict(pair for p in kept for pair in p)
    gone = {source for p in paragraphs for source, _ in p} - set(truth)
    units = filled = right = more = wrong = 0
    for entry in polib.pofile(str(ws / "locales" / lang / "LC_MESSAGES" / "t.po")):
        if entry.msgid in gone and entry.msgstr:
            wrong += 1
            print(f"{lang}: {entry.msgctxt}: filled though cut: {entry.msgstr[:70]!r}")
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
    return units, filled, right, more, wrong


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--count", type=int, default=90)
    parser.add_argument("--cut", choices=("start", "end", "middle"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            totals = [0, 0, 0, 0, 0]
            for folder in args.folders:
                for n, value in enumerate(measure(folder, lang, args.count, Path(tmp),
                                                  args.cut)):
                    totals[n] += value
            print(f"{lang}: {totals[0]} units, {totals[1]} filled, {totals[2]} the UN's "
                  f"translation, {totals[3]} with more"
                  + (f"; {totals[4]} filled though cut" if args.cut else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
