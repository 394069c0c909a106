"""transpub's PO writer (``powrite``) against polib's, which it replaces in the extract: the same
text, byte for byte, for real catalogues (the installed Django and django-contrib-comments
ones, the third-party files of ``tests/data/real/po`` and ``tests/corpus_real``) and for
generated entries of every shape: plurals, msgctxt, obsolete entries, flags, previous msgids,
translator and extracted comments, long lines, CR/LF, any Unicode."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transpub.poread import parse
from transpub.powrite import Memo, PoEntry, render

import realdata

DJANGO = [("django", "conf/locale"), ("django_comments", "locale")]
LANGS = ["ar", "es", "fr", "ru", "zh_Hans"]


def _polib_text(po: polib.POFile) -> str:
    po.wrapwidth = 0  # transpub writes unwrapped
    return str(po)


def _ours(po: polib.POFile) -> str:
    return render(po.metadata, list(po), po.header, bool(po.metadata_is_fuzzy))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("package", DJANGO, ids=lambda p: p[0])
def test_installed_django_catalogues_render_as_polib_renders_them(
        package: tuple[str, str], lang: str) -> None:
    po = polib.pofile(str(realdata.installed_po(*package, lang)))
    assert len(po) > 10 and any(e.msgid_plural for e in po)
    assert _ours(po) == _polib_text(po)


def _real_po_files() -> list[str]:
    return [f"tests/data/real/po/{name}" for name in realdata.listed("tests/data/real/po", ".po")]


@pytest.mark.parametrize("rel", _real_po_files())
def test_real_po_files_render_as_polib_renders_them(rel: str) -> None:
    path = realdata.path(rel)
    try:
        po = polib.pofile(str(path))
    except (OSError, UnicodeError, ValueError):
        pytest.skip("polib cannot read it either (UTF-16, syntax errors): nothing to compare")
    assert _ours(po) == _polib_text(po)


def test_the_real_corpus_catalogues_render_as_polib_renders_them() -> None:
    names = [n for n in realdata.manifest() if n.startswith("tests/corpus_real/")
             and n.endswith(".po")]
    assert names
    for rel in names:
        po = polib.pofile(str(realdata.path(rel)))
        assert _ours(po) == _polib_text(po), rel


# --- generated entries ---------------------------------------------------------------------

#: Every character class the writer treats specially: the escapes, the line breaks
#: ``str.splitlines`` knows (U+2028, U+0085, \x1c…), quotes, tabs, RTL and CJK text, emoji.
_SPECIAL = "\\\"\t\r\n\v\b\f\x1c\x1d\x1e\x85\u2028\u2029 #:,|~"
_text = st.text(st.one_of(st.sampled_from(_SPECIAL), st.characters(codec="utf-8"),
                          st.sampled_from("abc مرحبا 中文 Ж é")), max_size=40)
_line = _text.map(lambda t: t.replace("\n", " ").replace("\r", " "))


@st.composite
def _entries(draw: st.DrawFn) -> dict[str, object]:
    plural = draw(st.booleans())
    kwargs: dict[str, object] = {
        "msgid": draw(_text.filter(bool)),
        "msgctxt": draw(st.none() | _text),
        "obsolete": draw(st.booleans()),
        "comment": draw(st.text(max_size=30)),
        "tcomment": draw(st.text(max_size=30)),
        "flags": draw(st.lists(st.sampled_from(["fuzzy", "c-format", "python-format",
                                                "no-wrap"]), max_size=3, unique=True)),
        "occurrences": draw(st.lists(st.tuples(_line.filter(lambda t: " " not in t),
                                               st.sampled_from(["", "1", "42"])),
                                     max_size=3)),
        "previous_msgctxt": draw(st.none() | _text),
        "previous_msgid": draw(st.none() | _text),
        "previous_msgid_plural": draw(st.none() | _text),
    }
    if plural:
        kwargs["msgid_plural"] = draw(_text.filter(bool))
        kwargs["msgstr_plural"] = dict(enumerate(draw(st.lists(_text, min_size=1,
                                                               max_size=6))))
    else:
        kwargs["msgstr"] = draw(_text | st.text(min_size=200, max_size=400))
    return kwargs


_metadata = st.dictionaries(
    st.sampled_from(["Project-Id-Version", "Language", "Plural-Forms", "X-Generator",
                     "X-Poedit-Basepath", "X-10-Field", "X-9-Field", "x-lower", "POT-Creation-Date",
                     "Content-Type"]),
    _line, max_size=8)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_entries(), max_size=6), _metadata, st.text(max_size=40), st.booleans())
def test_generated_entries_render_as_polib_renders_them(
        entries: list[dict[str, object]], metadata: dict[str, str], header: str,
        fuzzy: bool) -> None:
    po = polib.POFile(wrapwidth=0)
    po.metadata = metadata
    po.header = header
    po.metadata_is_fuzzy = fuzzy
    ours: list[PoEntry] = []
    for kwargs in entries:
        po.append(polib.POEntry(**kwargs))
        ours.append(PoEntry(**kwargs))  # type: ignore[arg-type]
    expected = str(po)
    assert render(metadata, ours, header, fuzzy) == expected
    assert render(metadata, list(po), header, fuzzy) == expected
    # the memo a release's files share: the same text, the first time and every time after
    memo: Memo = {}
    for _ in range(2):
        assert render(metadata, ours, header, fuzzy, memo) == expected
        assert render(metadata, ours[::-1], header, fuzzy, memo) == render(
            metadata, ours[::-1], header, fuzzy)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_text.filter(bool), _text, st.none() | _text), max_size=5))
def test_what_it_writes_reads_back(items: list[tuple[str, str, str | None]]) -> None:
    """Whatever the writer writes, transpub's strict reader reads back to the same strings
    (control characters aside: the reader refuses them, as it should)."""
    control = {chr(c) for c in [*range(0, 9), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f]}
    entries = [PoEntry(msgid=i, msgstr=s, msgctxt=f"u{n}" if c is None else f"u{n}{c}")
               for n, (i, s, c) in enumerate(items)]
    if any(set(e.msgid + e.msgstr + (e.msgctxt or "")) & control for e in entries):
        return
    _header, read = parse(render({"Language": "fr"}, entries), Path("-"))
    assert [(e.msgid, e.msgstr, e.context) for e in read] == [
        (e.msgid, e.msgstr, e.msgctxt) for e in entries]


def _field_line_by_line(prefix: str, name: str, value: str) -> str:
    """``powrite._field`` as it was: each line split, escaped and quoted on its own."""
    from transpub.powrite import escape

    lines = value.splitlines(True)
    if len(lines) > 1:
        return f'{prefix}{name} ""\n' + "".join(f'{prefix}"{escape(line)}"\n' for line in lines)
    return f'{prefix}{name} "{escape(value)}"\n'


def test_multi_line_fields_written_at_once_as_line_by_line() -> None:
    """The header's fast path (one replace for a value whose only specials are its line
    breaks) against the line-by-line writing, on every string of up to four characters of
    an alphabet of line breaks, escapes and plain text."""
    import itertools

    from transpub.powrite import _field

    alphabet = ["a", "\n", "\r", '"', "\\", "\u2028", "x\n", "\x1c", "é", "\t"]
    for size in range(1, 5):
        for combo in itertools.product(alphabet, repeat=size):
            value = "".join(combo)
            for prefix in ("", "#~ ", "#| "):
                assert _field(prefix, "msgstr", value) == _field_line_by_line(
                    prefix, "msgstr", value), (prefix, value)
