"""PO files as translators' tools send them back, copied into ``locales/`` and merged by
``transpub extract`` (and read by ``xliff import``): a legacy charset declared in the header
after pages of credits, or named in a comment before it; a byte-order mark or old Mac line
ends; the header comment a translator signs; a msgid the tool could not store in its
charset; a deleted msgstr line; decomposed accents. The cases come from a translators'
trial of the sample release (each tool's style after real files: Lokalize's, KBabel's
``wget`` ``po/ru.po`` in KOI8-R, Transifex's ``# Translators:`` block, Notepad's "UTF-8 with
BOM"); every file transpub leaves must pass ``msgfmt --check``."""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

from transpub.poread import (
    declared_charset,
    header_comment,
    lost_to_charset,
    read_entries,
)

from conftest import Cli, copy_sample, msgfmt

RELEASE = "unoct-qatar-strategic-dialogue-2020"


def _po(ws: Path, lang: str) -> Path:
    return ws / "locales" / lang / "LC_MESSAGES" / f"{RELEASE}.po"


def _msgstrs(path: Path) -> dict[str, str]:
    return {e.context or e.msgid: e.msgstr for e in read_entries(path)[1] if not e.obsolete}


def _legacy(text: str, charset: str) -> bytes:
    """``text`` saved in ``charset`` as a translator's tool saves it: the header says so, and
    a character the charset cannot hold is written "?"."""
    return text.replace("charset=UTF-8", f"charset={charset}").encode(charset, "replace")


def _msgfmt_ok(path: Path) -> None:
    done = subprocess.run([msgfmt(), "--check", "-o", "/dev/null", str(path)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


# --- 1. the charset is the header entry's --------------------------------------------------

def test_the_charset_is_the_header_entrys_not_a_comments(tmp_path: Path,
                                                        cli_factory: Callable[[Path], Cli]
                                                        ) -> None:
    """A CP1251 file whose header comment says "Converted from charset=KOI8-R" (iconv's
    log, kept by a translator): the first "charset=" of the file had been taken, and extract
    rewrote every Russian translation as KOI8-R mojibake («опеяя-пекхг» for «ПРЕСС-РЕЛИЗ»),
    exit 0. msgfmt reads the header's Content-Type, wherever it is."""
    ws = copy_sample(tmp_path)
    po = _po(ws, "ru")
    before = _msgstrs(po)
    text = po.read_text(encoding="utf-8")
    po.write_bytes(b"# Converted from charset=KOI8-R to CP1251 by iconv\n"
                   + _legacy(text.removeprefix("#\n"), "CP1251"))
    assert declared_charset(po.read_bytes()) == "CP1251"
    cli = cli_factory(ws)
    cli("extract")
    after = _msgstrs(po)
    assert after["label"] == "ПРЕСС-РЕЛИЗ"
    assert after == before
    _msgfmt_ok(po)


def test_a_charset_declared_after_pages_of_credits(tmp_path: Path,
                                                   cli_factory: Callable[[Path], Cli]) -> None:
    """80 lines of translator credits push ``Content-Type`` past the first 4 KB: the valid
    CP1251 file had been refused as "not UTF-8"; msgfmt reads it."""
    ws = copy_sample(tmp_path)
    po = _po(ws, "ru")
    before = _msgstrs(po)
    credits = "".join(f"# Переводчик {n}: Ирина Петрова <i.petrova@example.org>, 20{n:02d}.\n"
                      for n in range(80))
    po.write_bytes(_legacy(credits + po.read_text(encoding="utf-8").removeprefix("#\n"),
                           "CP1251"))
    assert po.read_bytes().index(b"charset=CP1251") > 4096
    cli = cli_factory(ws)
    cli("extract")
    assert _msgstrs(po) == before
    _msgfmt_ok(po)


def test_declared_charset_reads_the_header_entry_only() -> None:
    header = (b'msgid ""\nmsgstr ""\n"Language: ru\\n"\n'
              b'"Content-Type: text/plain; charset=KOI8-R\\n"\n')
    assert declared_charset(header) == "KOI8-R"
    # a msgctxt'd entry with an empty msgid is no header; an obsolete one neither
    assert declared_charset(b'msgctxt "x"\nmsgid ""\nmsgstr "Content-Type: a; charset=CP1256\\n"\n'
                            b'\n#~ msgid ""\n#~ msgstr "Content-Type: t; charset=CP1252\\n"\n'
                            + header) == "KOI8-R"
    # a msgid continued on the next lines is not empty; a charset outside Content-Type no
    # charset; CR-only line ends read as msgfmt reads them
    assert declared_charset(b'msgid ""\n"x"\nmsgstr "Content-Type: a; charset=CP1256\\n"\n\n'
                            + header) == "KOI8-R"
    assert declared_charset(b'msgid ""\nmsgstr "X-Note: charset=CP1256\\n"\n') is None
    assert declared_charset(header.replace(b"\n", b"\r")) == "KOI8-R"


# --- 2. what msgfmt refuses is rewritten -------------------------------------------------------

def test_a_byte_order_mark_or_cr_line_ends_are_rewritten(tmp_path: Path,
                                                        cli_factory: Callable[[Path], Cli]
                                                        ) -> None:
    """Notepad's "UTF-8 with BOM" (with LF or CRLF) and an old Mac editor's CR-only line
    ends: transpub reads them, msgfmt 0.21 refuses them ("1:2: syntax error", "PO file header
    missing or invalid"). The file had counted as unchanged and was left failing
    ``msgfmt --check``; it is now written (LF, no mark) and extract says so. CRLF alone,
    which msgfmt reads, is left as it is. Every language's file."""
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    langs = ("ar", "zh", "fr", "ru", "es")
    originals = {lang: _po(ws, lang).read_bytes() for lang in langs}
    saved = {"ar": b"\xef\xbb\xbf" + originals["ar"],
             "zh": b"\xef\xbb\xbf" + originals["zh"].replace(b"\n", b"\r\n"),
             "fr": originals["fr"].replace(b"\n", b"\r"),
             "ru": b"\xef\xbb\xbf" + originals["ru"].replace(b"\n", b"\r"),
             "es": originals["es"].replace(b"\n", b"\r\n")}
    for lang, data in saved.items():
        _po(ws, lang).write_bytes(data)
    cli("extract")
    said = " ".join((cli.out + cli.err).split())
    for lang in ("ar", "zh", "fr", "ru"):
        assert _po(ws, lang).read_bytes() == originals[lang], lang
        _msgfmt_ok(_po(ws, lang))
    assert _po(ws, "es").read_bytes() == saved["es"]  # (CRLF: msgfmt reads it)
    assert ("ar/LC_MESSAGES/unoct-qatar-strategic-dialogue-2020.po: rewritten without its "
            "byte-order mark, which msgfmt refuses") in said
    assert "fr/LC_MESSAGES/unoct-qatar-strategic-dialogue-2020.po: rewritten without its " \
           "CR-only line ends, which msgfmt refuses" in said
    assert "without its byte-order mark and CR-only line ends" in said
    assert "4 catalogue(s) written" in cli.out
    cli("extract")  # written once: the next extract has nothing to say
    assert "rewritten" not in cli.out + cli.err and "0 catalogue(s) written" in cli.out


# --- 3. the translator's header comment is kept ----------------------------------------------

_SIGNED = {
    # Lokalize: a title line and the translator's line
    "ru": "# Russian translation of the UNOCT press release.\n"
          "# Ирина Петрова <i.petrova@example.org>, 2026.\n",
    # Transifex's download
    "es": "# Translators:\n# Lucía Gómez, 2026\n",
    # a POT's template lines as Poedit keeps them, the header's flag (not a comment) after
    "fr": "# SOME DESCRIPTIVE TITLE.\n# Copyright (C) YEAR THE PACKAGE'S COPYRIGHT HOLDER\n"
          "# FIRST AUTHOR <EMAIL@ADDRESS>, YEAR.\n#\n#, fuzzy\n",
    "ar": "# Arabic translation.\n#   indented: \"quoted\" \\ kept\n",
    "zh": "# 简体中文翻译。\n# 王芳 <wang.fang@example.org>, 2026.\n",
}


def test_the_header_comment_survives_a_rewrite(tmp_path: Path,
                                               cli_factory: Callable[[Path], Cli]) -> None:
    """A source edit rewrites every PO file: the header comment a translator signed
    (Lokalize's credits, Transifex's ``# Translators:`` block, the POT's template lines) had
    become a bare "#"; the header's own ``#, fuzzy`` flag is no comment, and goes as before."""
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    for lang, comment in _SIGNED.items():
        po = _po(ws, lang)
        po.write_text(comment + po.read_text(encoding="utf-8").removeprefix("#\n"),
                      encoding="utf-8")
    source = ws / "source" / f"{RELEASE}.xml"
    text = source.read_text(encoding="utf-8")
    assert "since the last" in text
    source.write_text(text.replace("since the last", "since the previous"), encoding="utf-8")
    cli("extract")
    assert "6 catalogue(s) written" in cli.out  # (the English one too)
    for lang, comment in _SIGNED.items():
        po = _po(ws, lang)
        kept = comment.removesuffix("#, fuzzy\n")
        assert po.read_text(encoding="utf-8").startswith(kept + 'msgid ""\n'), lang
        _msgfmt_ok(po)
    before = {lang: _po(ws, lang).read_bytes() for lang in _SIGNED}
    cli("extract", "--force")  # (and no churn after)
    assert {lang: _po(ws, lang).read_bytes() for lang in _SIGNED} == before


def test_header_comment() -> None:
    assert header_comment("# Translators:\r\n# Lucía\r\n#, fuzzy\r\nmsgid \"\"\r\n"
                          "msgstr \"\"\r\n") == "Translators:\nLucía"
    assert header_comment("#\nmsgid \"\"\nmsgstr \"\"\n") == ""
    # the comment of a first entry that is not the header is that entry's
    assert header_comment("# note\nmsgctxt \"a\"\nmsgid \"\"\nmsgstr \"\"\n") == ""
    assert header_comment("# note\nmsgid \"x\"\nmsgstr \"\"\n") == ""


# --- 4. a msgid the translator's charset could not hold ---------------------------------------

#: (language, charset) as translators' tools save them: Windows-1256 Arabic (older Windows
#: editors), GB2312 Chinese, KOI8-R Russian (KBabel; ``wget``'s ``po/ru.po``), ISO-8859-15
#: French, ISO-8859-1 Spanish; the sample's English msgids hold "Miguel Ángel", "Michèle" and
#: curly quotes, which each of them lacks some of
_LEGACY = (("ar", "CP1256"), ("zh", "GB2312"), ("ru", "KOI8-R"), ("fr", "ISO-8859-15"),
           ("es", "ISO-8859-1"))


def test_a_msgid_the_charset_could_not_hold_keeps_its_translation(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """The tool wrote "?" for each character of the English msgid its charset lacks: the
    unit had become a fuzzy draft at extract (unpublished; KOI8-R: 4 of 18 units). Matched
    by msgctxt, its translation stays one and the msgid is the source's again; said once a
    file. The translations themselves are kept as the file has them."""
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    for lang, charset in _LEGACY:
        po = _po(ws, lang)
        po.write_bytes(_legacy(po.read_text(encoding="utf-8"), charset))
    expected = {lang: _msgstrs(_po(ws, lang)) for lang, _ in _LEGACY}
    cli("extract")
    said = " ".join((cli.out + cli.err).split())
    assert "0 changed (fuzzy)" in said
    msgids = {e.context: e.msgid for e in read_entries(_po(ws, "en"))[1]}
    for lang, _charset in _LEGACY:
        po = _po(ws, lang)
        entries = read_entries(po)[1]
        assert {e.context: e.msgid for e in entries} == msgids, lang
        assert not any(e.fuzzy for e in entries), lang
        assert _msgstrs(po) == expected[lang]
        assert f"{lang}/LC_MESSAGES/{RELEASE}.po: " in said
        _msgfmt_ok(po)
    assert ("msgid(s) had characters KOI8-R cannot encode ('“', '’', '”', '‘', 'Á', 'è') "
            'written "?" (or as ASCII)') in said


def test_a_legacy_file_sent_back_is_imported_unchanged(tmp_path: Path,
                                                      cli_factory: Callable[[Path], Cli]
                                                      ) -> None:
    """``xliff import`` of the same KOI8-R file: its units had come back fuzzy ("a unit
    whose source changed since it was sent")."""
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    po = _po(ws, "ru")
    sent = tmp_path / "ru.po"
    sent.write_bytes(_legacy(po.read_text(encoding="utf-8"), "KOI8-R"))
    cli("xliff", "import", str(sent), expect=None)
    said = " ".join((cli.out + cli.err).split())
    assert "4 msgid(s) had characters KOI8-R cannot encode" in said
    assert not any(e.fuzzy for e in read_entries(po)[1])


def test_lost_to_charset() -> None:
    assert lost_to_charset("Miguel ?ngel", "Miguel Ángel", "cp1256") == "Á"
    assert lost_to_charset("the UN's \"all\"", "the UN’s “all”", "iso-8859-15") == "’“”"
    assert lost_to_charset("Miguel ?ngel", "Miguel Ángel", None) == ""  # (UTF-8)
    # a "?" for a character the charset has, or another change: a change of the source
    assert lost_to_charset("Miguel ?ngel", "Miguel Ángel", "cp1252") == ""
    assert lost_to_charset("Miguel ?ngel!", "Miguel Ángel.", "cp1256") == ""
    assert lost_to_charset("the UN's", "the UN’s", "cp1252") == ""


# --- 5. a deleted msgstr line ---------------------------------------------------------------

def test_an_entry_without_msgstr_is_a_syntax_error(tmp_path: Path,
                                                   cli_factory: Callable[[Path], Cli]) -> None:
    """The msgstr line of "New York" deleted in a text editor: the reader had read the next
    entry's msgctxt and msgid into it, and the unit's translation was lost without a word
    (``1 new``, exit 0); msgfmt: "missing 'msgstr' section", fatal. Refused with its line as
    the other syntax errors, the file left as it is, the other languages updated."""
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    broken = {}
    for lang in ("ar", "ru"):
        po = _po(ws, lang)
        lines = po.read_text(encoding="utf-8").split("\n")
        at = lines.index('msgctxt "place"') + 2
        assert lines[at].startswith("msgstr ")
        del lines[at]
        po.write_text("\n".join(lines), encoding="utf-8")
        broken[lang] = po.read_bytes()
    last = _po(ws, "fr")  # the last entry's msgstr, at the end of the file
    text = last.read_text(encoding="utf-8").rstrip("\n")
    last.write_text(text[:text.rindex("\nmsgstr ")] + "\n", encoding="utf-8")
    broken["fr"] = last.read_bytes()
    source = ws / "source" / f"{RELEASE}.xml"
    source.write_text(source.read_text(encoding="utf-8").replace("since the last",
                                                                 "since the previous"),
                      encoding="utf-8")
    cli("extract", expect=2)
    errors = [line for line in cli.err.splitlines() if "error:" in line]
    assert len(errors) == 3
    for line in errors:  # (fr's, the file's end: a transfer cut there is the same bytes)
        assert line.endswith(": PO syntax error: an entry without msgstr (its line deleted?) "
                             "— not updated") != (f"fr/LC_MESSAGES/{RELEASE}.po" in line)
        assert line.endswith("the file ends before the entry's msgstr, at a line's end (or its "
                             "msgstr line was deleted); an interrupted transfer? Get the whole "
                             "file again — not updated") == (f"fr/LC_MESSAGES/{RELEASE}.po" in line)
    assert any(f"ar/LC_MESSAGES/{RELEASE}.po:45:" in line for line in errors)  # (msgfmt's)
    for lang, data in broken.items():
        assert _po(ws, lang).read_bytes() == data
    assert "since the previous" in _po(ws, "es").read_text(encoding="utf-8")  # (updated)


# --- 6. decomposed text ------------------------------------------------------------------------

def _decomposed(ws: Path, lang: str) -> bytes:
    """The workspace's file of ``lang`` with its translations decomposed (NFD), as some macOS
    tools write them: French and Spanish accents, Russian «й», Arabic hamza forms («أ» is
    «ا» and U+0654)."""
    po = _po(ws, lang)
    lines = po.read_text(encoding="utf-8").split("\n")
    data = "\n".join(unicodedata.normalize("NFD", line) if line.startswith("msgstr ")
                     else line for line in lines).encode("utf-8")
    assert data != po.read_bytes()
    return data


def test_decomposed_translations_are_read_and_written_composed(
        tmp_path: Path, cli_factory: Callable[[Path], Cli]) -> None:
    """A page published from them was decomposed (161 combining marks in the French one);
    ``extract`` kept the file as it was; ``xliff import`` of the file sent back saw a
    conflict in every unit (two texts that look the same). Now: published composed, written
    composed by extract, imported as unchanged."""
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    langs = ("ar", "fr", "ru", "es")
    originals = {lang: _po(ws, lang).read_bytes() for lang in langs}
    for lang in langs:
        sent = tmp_path / f"{lang}.po"
        sent.write_bytes(_decomposed(ws, lang))
        cli("xliff", "import", str(sent))
        said = " ".join(cli.out.split())
        assert "conflict:" not in said + cli.err and " 0 18 0 0 unchanged" in said
        assert _po(ws, lang).read_bytes() == originals[lang]
        _po(ws, lang).write_bytes(sent.read_bytes())
    cli("build")
    for lang in langs:
        page = (ws / "output" / lang / f"{RELEASE}.html").read_text(encoding="utf-8")
        assert unicodedata.is_normalized("NFC", page), lang
    cli("extract")
    for lang in langs:
        assert _po(ws, lang).read_bytes() == originals[lang], lang


# --- 7. "GB2312" that is GBK ------------------------------------------------------------------

def test_gb2312_is_read_as_its_windows_superset(tmp_path: Path,
                                                cli_factory: Callable[[Path], Cli]) -> None:
    """Windows calls GBK (code page 936) "GB2312", and its tools label GBK files so: the
    middle dot of Chinese transliterated names («弗拉基米尔·沃龙科夫», A1A4 in both) had been
    read as «・» (U+30FB, as EUC-CN has it) and published so, in 4 units of the sample."""
    ws = copy_sample(tmp_path)
    cli = cli_factory(ws)
    po = _po(ws, "zh")
    before = _msgstrs(po)
    assert sum("·" in text for text in before.values()) == 4
    text = po.read_text(encoding="utf-8").replace("charset=UTF-8", "charset=GB2312")
    po.write_bytes(text.encode("gbk", "replace"))
    cli("extract")
    assert _msgstrs(po) == before
    _msgfmt_ok(po)
