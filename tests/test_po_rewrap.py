"""PO files whose comments a translator's editor wrapped are left as they are by ``extract``
(``posame.py``); a file that changed in any other way is still written, exactly as before.

The wrapped files are real editors' output: polib at 79 and 76 columns (Poedit's and Babel's
widths; the benchmark's fill tool is polib), GNU ``msgcat -w`` (which wraps strings and the
``#:`` lines); the comments are this repository's sample and the third-party catalogues'."""

from __future__ import annotations

import re
import shutil
import subprocess
import textwrap
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transpub import poread, posame
from transpub.errors import CatalogError

import realdata
from conftest import SLUG, Cli, copy_sample, msgfmt

TARGETS = ("ar", "es", "fr", "ru", "zh")
PO = "locales/{lang}/LC_MESSAGES/" + SLUG + ".po"
_PATH = Path("-")


def _po_files(ws: Path) -> list[Path]:
    return sorted(ws.glob("locales/*/LC_MESSAGES/*.po")) + sorted(ws.glob("locales/*.pot"))


def _snapshot(ws: Path) -> dict[str, bytes]:
    return {str(p.relative_to(ws)): p.read_bytes() for p in _po_files(ws)}


def _polib_save(path: Path, width: int) -> None:
    """What a polib-based editor writes on saving the file (comments wrapped at ``width``)."""
    po = polib.pofile(str(path), wrapwidth=width)
    po.wrapwidth = width
    po.save(str(path))


def _msgcat(path: Path, width: int) -> None:
    tool = shutil.which("msgcat")
    if tool is None:
        pytest.skip("GNU gettext's msgcat is not installed")
    subprocess.run([tool, "-w", str(width), "-o", str(path), str(path)], check=True)


def _check_msgfmt(path: Path) -> None:
    result = subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(path)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def _long_comment_lines(path: Path) -> int:
    return sum(1 for line in path.read_text(encoding="utf-8").split("\n")
               if line.startswith("#") and len(line) > 76)


# --- the comparison, on comment texts ------------------------------------------------------

def _wrap(text: str, width: int, hyphens: bool = True) -> str:
    """``text``'s lines wrapped as textwrap (polib, Babel) wraps comment lines."""
    return "\n".join(piece for line in text.split("\n")
                     for piece in (textwrap.wrap(line, width, break_long_words=False,
                                                 break_on_hyphens=hyphens) or [""]))


def test_rewrapped_accepts_wrapping_and_refuses_changes() -> None:
    note = ("Term (organisation): United Nations Office of Counter-Terrorism = Bureau de lutte "
            "contre le terrorisme | UNOCT\n<a1>…</a1>: a (href=https://www.un.org/"
            "counterterrorism/website-of-the-united-nations-office-on-counter-terrorism)")
    for width in (20, 40, 76, 79):
        for hyphens in (True, False):
            wrapped = _wrap(note, width, hyphens)
            assert wrapped != note
            assert posame.rewrapped(note, wrapped)
    wrapped = _wrap(note, 40)
    assert "website-of-the-\n" in _wrap(note, 60)  # (a break after a hyphen, kept)
    assert posame.rewrapped(note, _wrap(note, 60))
    changed = [wrapped.replace("Bureau", "Office"),     # a word
               wrapped.replace("Counter-", "Counter"),  # a hyphen
               wrapped.replace("lutte", "lut te"),      # a space inside a word
               wrapped.replace("contre le", "contrele"),
               wrapped + "\nmore",                      # a line added
               wrapped.rsplit("\n", 1)[0],              # a line dropped
               note.replace("\n", " "),                 # two of our lines made one
               _wrap(note.replace("UNOCT", "UNOCT2"), 40)]
    for text in changed:
        assert not posame.rewrapped(note, text), text
    assert posame.rewrapped("", "")
    assert not posame.rewrapped("", "a") and not posame.rewrapped("a", "")
    assert not posame.rewrapped("a\n\nb", "a\nb") and posame.rewrapped("a\n\nb", "a\n\nb")
    assert posame.rewrapped("a  b", "a\nb")  # (runs of spaces count as one, as wrappers drop them)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.sampled_from("ab- \u00e9"), max_size=40), min_size=1, max_size=4),
       st.integers(4, 30), st.booleans())
def test_rewrapped_holds_for_any_textwrap_output(lines: list[str], width: int,
                                                 hyphens: bool) -> None:
    ours = "\n".join(" ".join(line.split()) for line in lines)
    assert posame.rewrapped(ours, _wrap(ours, width, hyphens))


# --- real catalogues: polib and msgcat wrapping read the same, a changed comment does not ----

def _third_party() -> list[Path]:
    paths = [realdata.installed_po(package, folder, lang)
             for package, folder in (("django", "conf/locale"), ("django_comments", "locale"))
             for lang in ("ar", "fr", "ru")]
    return paths + [realdata.path(f"tests/data/real/po/{name}")
                    for name in realdata.listed("tests/data/real/po", ".po")]


def test_real_catalogues_wrapped_by_polib_and_msgcat_read_the_same(tmp_path: Path) -> None:
    checked = 0
    for source in _third_party():
        try:
            po = polib.pofile(str(source), wrapwidth=0)
        except (OSError, UnicodeError, ValueError):
            continue  # (UTF-16, syntax errors: polib cannot save it either)
        po.wrapwidth = 0
        unwrapped = str(po)
        try:
            poread.parse(unwrapped, _PATH)
        except CatalogError:
            continue  # (a file the strict reader refuses is never merged)
        path = tmp_path / "x.po"
        for width in (79, 76, 40):
            po.wrapwidth = width
            wrapped = str(po)
            assert posame.same_content(poread.parse(wrapped, _PATH), unwrapped), (source, width)
            # the comments differ, not only the strings: a word changed in one is a change
            # (an entry's, not the header's: the header counts by its fields)
            body = wrapped.index("\n\n")
            comment = re.compile(r"^#[.:]? +\S{4,}", re.MULTILINE).search(wrapped, body)
            if comment is not None:
                edited = wrapped[:comment.end()] + "x" + wrapped[comment.end():]
                assert not posame.same_content(poread.parse(edited, _PATH), unwrapped)
            path.write_text(unwrapped, encoding="utf-8")
            _msgcat(path, width)
            assert posame.same_content(poread.parse(path.read_text(encoding="utf-8"), _PATH),
                                       unwrapped), (source, "msgcat", width)
        checked += 1
    assert checked >= 6


# --- the extract: wrapped files left alone, real changes written -----------------------------

def _wrap_all(ws: Path, save: Callable[[Path, int], None], width: int) -> None:
    for lang in TARGETS:
        save(ws / PO.format(lang=lang), width)


@pytest.mark.parametrize(("save", "width"), [(_polib_save, 79), (_polib_save, 76),
                                             (_msgcat, 40)], ids=["polib79", "polib76",
                                                                  "msgcat40"])
def test_files_an_editor_wrapped_are_not_rewritten(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        save: Callable[[Path, int], None], width: int) -> None:
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    cli("extract", "--force")
    plain = _snapshot(ws)
    _wrap_all(ws, save, width)
    wrapped = _snapshot(ws)
    changed = [name for name in wrapped if wrapped[name] != plain[name]]
    assert len(changed) == len(TARGETS)
    if save is _polib_save:  # the comments themselves were wrapped, not only the strings
        fr = PO.format(lang="fr")
        assert wrapped[fr].count(b"\n#. ") > plain[fr].count(b"\n#. ")
    cli("extract", "--force")  # (merged again: the fingerprints would skip it otherwise)
    assert _snapshot(ws) == wrapped
    assert "0 catalogue(s) written" in " ".join(cli.out.split())
    cli("extract")  # the fingerprints hold the wrapped files: nothing to merge at all
    assert "(1 unchanged, skipped)" in " ".join(cli.out.split())
    assert _snapshot(ws) == wrapped
    for path in _po_files(ws):
        _check_msgfmt(path)


def test_a_real_change_under_wrapped_comments_is_written_as_before(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """Wrapped and unwrapped copies of the same workspace, edited alike: every file the extract
    writes is the same bytes in both (the wrapped files' changes are written in full)."""
    (tmp_path / "plain").mkdir()
    (tmp_path / "wrapped").mkdir()
    plain_ws = copy_sample(tmp_path / "plain")
    wrapped_ws = copy_sample(tmp_path / "wrapped")
    for ws in (plain_ws, wrapped_ws):
        cli_factory(ws)("extract", "--force")
    assert _long_comment_lines(wrapped_ws / PO.format(lang="ru")) > 0
    _wrap_all(wrapped_ws, _polib_save, 79)
    wrapped = _snapshot(wrapped_ws)
    # a source sentence edited (a changed unit), a comment line a translator deleted (the
    # merge restores it), and a translation the translator changed (kept as it is)
    fr = PO.format(lang="fr")
    for ws in (plain_ws, wrapped_ws):
        source = ws / "source" / f"{SLUG}.xml"
        text = source.read_text(encoding="utf-8")
        source.write_text(text.replace("held their third", "held their fourth", 1),
                          encoding="utf-8")
        path = ws / fr
        text = path.read_text(encoding="utf-8")
        note = re.search(r"^#\. Paragraph [^\n]*\n", text, re.MULTILINE)
        assert note is not None
        text = text[:note.start()] + text[note.end():]
        path.write_text(re.sub(r'^msgstr "(?=[^"\n])', 'msgstr "Édité : ', text, count=1,
                               flags=re.MULTILINE), encoding="utf-8")
    for ws in (plain_ws, wrapped_ws):
        cli_factory(ws)("extract")
    plain_after, wrapped_after = _snapshot(plain_ws), _snapshot(wrapped_ws)
    written = [name for name in wrapped_after if wrapped_after[name] != wrapped[name]]
    assert sorted(written) == sorted(wrapped_after)  # every file has the edited unit
    assert wrapped_after == plain_after
    assert "Édité : " in wrapped_after[fr].decode()
    for path in _po_files(wrapped_ws):
        _check_msgfmt(path)


# --- the merge's answer from the fields is the text's ----------------------------------------

def _sub(pattern: str, repl: str) -> Callable[[str], str]:
    return lambda text: re.sub(pattern, repl, text, count=1, flags=re.MULTILINE)


def _polib_text(width: int, change: Callable[[polib.POFile], None] = lambda po: None,
                ) -> Callable[[Path], None]:
    def save(path: Path) -> None:
        po = polib.pofile(str(path), wrapwidth=width)
        change(po)
        po.wrapwidth = width
        po.save(str(path))
    return save


def _first_translated(po: polib.POFile) -> polib.POEntry:
    return next(e for e in po if e.msgstr and e.msgctxt and "." in e.msgctxt)


def _fuzzy(po: polib.POFile) -> None:
    entry = _first_translated(po)
    entry.flags.append("fuzzy")
    entry.previous_msgid = "An older sentence."


def _previous_only(po: polib.POFile) -> None:
    _first_translated(po).previous_msgid = "An older sentence."  # (not fuzzy: dropped)


def _noted(po: polib.POFile) -> None:
    _first_translated(po).tcomment = ("Checked with the desk officer on the spelling of the "
                                      "names and on the title of the under-secretary-general.")


def _obsolete(po: polib.POFile) -> None:
    po.append(polib.POEntry(msgctxt="p9.gone", msgid="A removed sentence.", msgstr="Partie.",
                            obsolete=True))


def _text_edit(change: Callable[[str], str]) -> Callable[[Path], None]:
    def edit(path: Path) -> None:
        path.write_bytes(change(path.read_text(encoding="utf-8")).encode("utf-8"))
    return edit


def _swap(text: str) -> str:
    blocks = text.split("\n\n")
    blocks[2], blocks[3] = blocks[3], blocks[2]
    return "\n\n".join(blocks)


#: What translators' tools and hands do to a PO file: each either reads as the merge's text
#: (left alone) or not (written), and the two ways of deciding must agree
VARIANTS: list[Callable[[Path], None]] = [
    lambda path: None,
    _polib_text(79), _polib_text(40),
    lambda path: _msgcat(path, 30),
    _polib_text(79, lambda po: setattr(_first_translated(po), "msgstr", "Édité")),
    _polib_text(76, _fuzzy), _polib_text(79, _noted), _polib_text(79, _obsolete),
    _polib_text(79, _previous_only),
    _text_edit(_sub(r"^(#\. Paragraph \d+)", r"\1 (edited)")),
    _text_edit(_sub(r"^#\. Term [^\n]*\n", "")),
    _text_edit(_sub(r"^(#\. [^\n]*)$", r"\1   ")),
    _text_edit(_sub(r"^(#: [^\n]*:)(\d+)$", r"\g<1>999")),
    _text_edit(lambda text: text.replace("\n", "\r\n")),
    _text_edit(_sub(r'^"Language-Team: ', '"X-Poedit-Basepath: ..\\\\n"\n"Language-Team: ')),
    _text_edit(_sub(r'^"MIME-Version: 1.0\\n"\n', "")),
    _text_edit(_swap),
    _text_edit(_sub(r"^(#\. Term [^\n]{30}[^ \n]*) ", r"\1\n#. ")),
    _text_edit(_sub(r"^(#\. Paragraph [^\n]*)\n#\. ", r"\1 ")),
]


def test_the_answer_from_the_fields_is_the_texts(
        tmp_path: Path, cli_factory: Callable[[Path], Cli],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Every variant of an old file, merged twice: deciding "leave it" from the fields
    (``posame.fields_same``) and always from the written text (``same_content``) leave or
    write the same files, byte for byte."""
    from transpub import catalog

    answers: list[bool] = []

    def counted(*args: object) -> bool:
        answers.append(posame.fields_same(*args))  # type: ignore[arg-type]
        return answers[-1]

    for round_ in range(0, len(VARIANTS), len(TARGETS)):
        copies = []
        for name in ("fields", "text"):
            (tmp_path / f"{name}{round_}").mkdir()
            ws = copy_sample(tmp_path / f"{name}{round_}")
            cli_factory(ws)("extract", "--force")
            for lang, variant in zip(TARGETS, VARIANTS[round_:], strict=False):
                variant(ws / PO.format(lang=lang))
            copies.append(ws)
        before = _snapshot(copies[0])
        assert before == _snapshot(copies[1])
        monkeypatch.setattr(catalog, "fields_same", counted)
        cli_factory(copies[0])("extract", "--force")
        monkeypatch.setattr(catalog, "fields_same", lambda *args: False)
        cli_factory(copies[1])("extract", "--force")
        monkeypatch.undo()
        assert _snapshot(copies[0]) == _snapshot(copies[1]), round_
        for path in _po_files(copies[0]):
            _check_msgfmt(path)
    assert True in answers and False in answers


def test_a_file_msgmerge_updated_gets_its_notes_back(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """``msgmerge -w 40`` with the template (what a translator's tool does to update a file)
    wraps the strings and drops the term notes, which the template does not have: a real
    change, written; the file is then what the extract wrote before, byte for byte."""
    tool = shutil.which("msgmerge")
    if tool is None:
        pytest.skip("GNU gettext's msgmerge is not installed")
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    cli("extract", "--force")
    plain = _snapshot(ws)
    fr = PO.format(lang="fr")
    pot = next(ws.glob("locales/*.pot"))
    subprocess.run([tool, "-q", "-w", "40", "--no-fuzzy-matching", "-o", str(ws / fr),
                    str(ws / fr), str(pot)], check=True)
    merged = (ws / fr).read_bytes()
    assert merged != plain[fr] and b"#. Term (" in plain[fr] and b"#. Term (" not in merged
    cli("extract")
    assert _snapshot(ws) == plain
    _check_msgfmt(ws / fr)
