"""The strict PO reader used by build, check, stats and the memory agrees with polib and
reports broken files by line."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from transpub.catalog import read_translations
from transpub.errors import CatalogError

from conftest import REPO

TRICKY = r'''# translator comment
msgid ""
msgstr ""
"Language: fr\n"
"X-Release-Date: 2020-12-09\n"

#. a note
#, fuzzy, python-format
msgctxt "p1.abc"
msgid "Say \"hello\"\n"
"again"
msgstr "Dis \"bonjour\"\\ "
"encore"

msgid "no context"
msgid_plural "no contexts"
msgstr[0] "un"
msgstr[1] "plusieurs"

#~ msgctxt "old"
#~ msgid "Gone"
#~ msgstr "Parti"
'''


def test_agrees_with_polib(tmp_path: Path) -> None:
    files = sorted((REPO / "locales").rglob("*.po"))
    tricky = tmp_path / "tricky.po"
    tricky.write_text(TRICKY, encoding="utf-8")
    for path in [*files, tricky]:
        mine = read_translations(path)
        theirs = polib.pofile(str(path))
        expected = {(e.msgctxt or e.msgid): (e.msgid, e.msgstr or e.msgstr_plural.get(0, ""),
                                             e.fuzzy, e.obsolete) for e in theirs if e.msgid}
        got = {k: (v.source, v.target, v.fuzzy, False) for k, v in mine.items.items()}
        got.update({v.unit: (v.source, v.target, v.fuzzy, True) for v in mine.obsolete})
        assert got == expected, path
    parsed = read_translations(tricky)
    assert parsed.header_lang == "fr" and str(parsed.release_date) == "2020-12-09"
    assert parsed.items["p1.abc"].comments == "a note"
    assert parsed.items["p1.abc"].line == 9


@pytest.mark.parametrize(("text", "line", "message"), [
    ('msgid "a\nmsgstr ""\n', 1, "unterminated string"),
    ('msgid "a"b"\nmsgstr ""\n', 1, "unescaped quotation mark"),
    ('msgid "a"\nmsgstr ""\nbogus\n', 3, "unexpected 'bogus'"),
    ('"orphan"\n', 1, "string without a keyword"),
    ('msgstr "x"\n', 1, "msgstr before msgid"),
    ('msgid "a"\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\n', 4, "duplicate entry"),
])
def test_errors_name_the_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "bad.po"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        read_translations(path)
    assert caught.value.line == line and message in str(caught.value), str(caught.value)
