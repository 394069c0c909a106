"""Generate src/transpub/data/han_simplified.json: each traditional Chinese character and the
simplified one it is written as, for reading a translation in traditional characters (a
Taiwanese or Hong Kong translator's, zh-Hant PO files) with the simplified termbase and names
(``transpub.hanfold``).

    python3 tools/gen_han_simplified.py TSCharacters.txt

TSCharacters.txt is OpenCC's character table (Apache License 2.0; in BYVoid/OpenCC,
``data/dictionary/``, and in the wheel of opencc-python-reimplemented,
``opencc/dictionary/``): a traditional character, a tab, its simplified forms. Kept: the
characters of the Basic Multilingual Plane whose first simplified form is one character of it
and another than themselves, so that folding a text keeps its length (every offset a check
reports stays right).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "transpub" / "data" / "han_simplified.json"


def main(table: Path) -> int:
    pairs: dict[str, str] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        traditional, _, simplified = line.partition("\t")
        first = simplified.split()[0] if simplified.split() else ""
        if (len(traditional) == 1 and len(first) == 1 and first != traditional
                and ord(traditional) < 0x10000 and ord(first) < 0x10000):
            pairs[traditional] = first
    keys = sorted(pairs)
    OUT.write_text(json.dumps({
        "source": "OpenCC TSCharacters.txt (Apache License 2.0), tools/gen_han_simplified.py",
        "traditional": "".join(keys), "simplified": "".join(pairs[k] for k in keys)},
        ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(keys)} characters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
