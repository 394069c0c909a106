"""Pseudo-translation (Sphinx's "xx" idea): every unit replaced by a marked, upper-cased text."""

from __future__ import annotations

import re
from pathlib import Path

import polib

_TAG = re.compile(r"(</?[a-z]+\d+/?>)")


def pseudo(text: str, lang: str) -> str:
    parts = _TAG.split(text)
    body = "".join(p if _TAG.fullmatch(p) else p.upper() for p in parts)
    marker = {"ar": "\u061c«ع»", "zh": "【中】"}.get(lang, f"[{lang}]")
    return f"{marker} {body}"


def pseudo_translate(po_file: Path, lang: str) -> int:
    po = polib.pofile(str(po_file))
    count = 0
    for entry in po:
        if entry.msgid and not entry.obsolete:
            entry.msgstr = pseudo(entry.msgid, lang)
            count += 1
    po.save()
    return count
