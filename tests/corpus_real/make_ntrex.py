"""Make ``<lang>.po`` files of the real-text corpus from NTREX-128 (news, not UN text).

    python3 tests/corpus_real/make_ntrex.py PATH/TO/NTREX-128 OUT [K [START]]

writes OUT/<lang>.po from K lines (default 500) after the first START (default 0) of
``newstest2019-src.eng.txt`` and its references ``newstest2019-ref.{arb,zho-CN,fra,rus,spa}.txt``
(the data is kept outside git: ``fetch github:MicrosoftTranslator/NTREX``).

Source (see SOURCES.md): NTREX-128 (Federmann, Kocmi and Xin, SUMEval 2022; CC BY-SA 4.0):
the 1,997 English sentences of the WMT 2019 news test set (123 articles of BBC, Reuters and
other news sites, 2019) translated by professional translators into 128 languages, the same
line of every file being the same sentence. News, not UN documents: not written to the UN's
house style, so it shows what the checker says about translations no UN editor revised.

A line is a unit, its text unchanged but for white-space runs folded to one space; a line
empty in any language is skipped. Units ``ntrex/NNNN`` (the line), the article's id as comment.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polib

FILES = {"en": "src.eng", "ar": "ref.arb", "zh": "ref.zho-CN", "fr": "ref.fra",
         "ru": "ref.rus", "es": "ref.spa"}
DEFAULT_K = 500


def _lines(path: Path, count: int, start: int) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    return [" ".join(line.split()) for line in lines[start:start + count]]


def main(argv: list[str]) -> int:
    root, out = Path(argv[0]), Path(argv[1])
    count = int(argv[2]) if len(argv) > 2 else DEFAULT_K
    start = int(argv[3]) if len(argv) > 3 else 0
    texts = {lang: _lines(root / f"newstest2019-{name}.txt", count, start)
             for lang, name in FILES.items()}
    ids_path = root.parent / "DOCUMENT_IDS.tsv"
    ids = (_lines(ids_path, count, start) if ids_path.exists()
           else [""] * len(texts["en"]))
    out.mkdir(parents=True, exist_ok=True)
    for lang in list(FILES)[1:]:
        po = polib.POFile(wrapwidth=79)
        po.metadata = {
            "Project-Id-Version": "ntrex-128", "Language": lang,
            "MIME-Version": "1.0", "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
        }
        for index, english in enumerate(texts["en"]):
            if not all(texts[other][index] for other in FILES):
                continue
            po.append(polib.POEntry(
                msgctxt=f"ntrex/{start + index + 1:04d}",
                comment=f"article {ids[index]}" if ids[index] else "",
                msgid=english, msgstr=texts[lang][index]))
        po.save(str(out / f"{lang}.po"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
