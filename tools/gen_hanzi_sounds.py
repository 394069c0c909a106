"""Generate src/transpub/data/hanzi_sounds.json: the consonants each common Chinese character
says, for comparing a name Chinese transliterates ("Lawlor", «劳勒») by its sounds (TP110,
``transpub.namekeys``).

    python3 tools/gen_hanzi_sounds.py     (needs: pip install pypinyin)

The characters are GB 2312's first level (3,755, the common ones: the characters Xinhua's
tables transliterate foreign names with are among them), each read in its first pinyin reading
(pypinyin, MIT licence), so that the checker needs no pypinyin at run time. A syllable's key is
its initial in the classes ``namekeys`` makes one (b/p; j, zh and r with g; q, x, z, c, ch and
sh with s; y and w vowels) and its final's n (-n, -ng) or r (er): 劳 lao "l", 琳 lin "ln", 汗
han "hn", 尔 er "r", 艾 ai "". The file maps each key to its characters.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from pypinyin import Style, lazy_pinyin

OUT = Path(__file__).resolve().parent.parent / "src" / "transpub" / "data" / "hanzi_sounds.json"
_INITIALS = (("zh", "g"), ("ch", "s"), ("sh", "s"), ("b", "b"), ("p", "b"), ("m", "m"),
             ("f", "f"), ("d", "d"), ("t", "t"), ("n", "n"), ("l", "l"), ("g", "g"), ("k", "k"),
             ("h", "h"), ("j", "g"), ("q", "s"), ("x", "s"), ("r", "g"), ("z", "s"), ("c", "s"),
             ("s", "s"), ("y", ""), ("w", ""))


def syllable_key(syllable: str) -> str:
    """A pinyin syllable's consonants (``lao`` l, ``lin`` ln, ``er`` r)."""
    if syllable == "er":
        return "r"
    initial = ""
    for written, sound in _INITIALS:
        if syllable.startswith(written):
            initial, syllable = sound, syllable[len(written):]
            break
    return initial + ("n" if syllable.endswith(("n", "ng")) else "")


def level_one() -> list[str]:
    """GB 2312's first-level characters, in its order."""
    found = []
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            try:
                found.append(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return found


def main() -> None:
    by_key: dict[str, list[str]] = defaultdict(list)
    for char in level_one():
        by_key[syllable_key(lazy_pinyin(char, style=Style.NORMAL)[0])].append(char)
    data = {key: "".join(chars) for key, chars in sorted(by_key.items())}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                   encoding="utf-8")


if __name__ == "__main__":
    main()
