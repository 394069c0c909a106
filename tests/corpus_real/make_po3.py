"""Make ``po3/<lang>.po`` of the real-text corpus: the UN Parallel Corpus v1.0 test set.

    python3 tests/corpus_real/make_po3.py PATH/TO/testsets OUT [K [START [PART]]]

writes OUT/<lang>.po (OUT: ``tests/.real-data/tests/corpus_real/po3``, the data is kept outside
git) from the first K (default 500) lines of ``testset/UNv1.0.testset.{en,ar,zh,fr,ru,es}``, or
the K lines after the first START (``500 500``: the held-out lines 501-1,000, see README);
PART ``devset`` reads the corpus's development set instead (``devset/UNv1.0.devset.*``, other
documents of 2015, aligned the same way; units ``unpc/devset-NNNN``).

Source (see SOURCES.md): the test set of the United Nations Parallel Corpus v1.0 (Ziemski,
Junczys-Dowmunt and Pouliquen, LREC 2016): 4,000 sentences of UN documents of 2015 (ODS), in the
six languages, the same line of the six files being the same sentence. The alignment is the
corpus's own (the UN's), never ours; ``UNv1.0.testset.ids`` gives each line's document symbol,
kept as the unit's comment.

The selection is deterministic (the first K lines, in the file's order); a line is a unit, its
text unchanged but for white-space runs folded to one space. A line empty in any language is
skipped (none is in the first 500).
"""

from __future__ import annotations

import sys
from pathlib import Path

import polib

LANGS = ("en", "ar", "zh", "fr", "ru", "es")
DEFAULT_K = 500


def _lines(root: Path, suffix: str, count: int, start: int = 0,
           part: str = "testset") -> list[str]:
    path = root / part / f"UNv1.0.{part}.{suffix}"
    with path.open(encoding="utf-8") as handle:
        for _ in range(start):
            next(handle)
        return [" ".join(next(handle).split()) for _ in range(count)]


def main(argv: list[str]) -> int:
    root, out = Path(argv[0]), Path(argv[1])
    count = int(argv[2]) if len(argv) > 2 else DEFAULT_K
    start = int(argv[3]) if len(argv) > 3 else 0
    part = argv[4] if len(argv) > 4 else "testset"
    if part not in ("testset", "devset"):
        print(f"make_po3.py: no such part of the corpus: {part} (testset or devset)",
              file=sys.stderr)
        return 2
    texts = {lang: _lines(root, lang, count, start, part) for lang in LANGS}
    symbols = [line.split()[0] for line in _lines(root, "ids", count, start, part)]
    out.mkdir(parents=True, exist_ok=True)
    for lang in LANGS[1:]:
        po = polib.POFile(wrapwidth=79)
        po.metadata = {
            "Project-Id-Version": f"unpc-v1.0-{part}", "Language": lang,
            "MIME-Version": "1.0", "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
        }
        for index in range(count):
            if not all(texts[other][index] for other in LANGS):
                continue
            po.append(polib.POEntry(
                msgctxt=f"unpc/{part}-{start + index + 1:04d}", comment=f"document {symbols[index]}",
                msgid=texts["en"][index], msgstr=texts[lang][index]))
        po.save(str(out / f"{lang}.po"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
