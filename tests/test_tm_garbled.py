"""A memory's translations read as TP609 and TP603 read a unit: UTF-8 misread in a code page
decoded back, a segment garbled otherwise or not in its language's script skipped and counted,
never offered as a match. The garbled texts are made here from text of our own, as Heartsome's
test memory ImportTMXTest.tmx (heartsome/translationstudio8, GPL-2.0; not copied) holds them:
GBK's Chinese read as Latin-1."""

from __future__ import annotations

from pathlib import Path

import pytest

from transpub.tm import TranslationMemory, import_tmx, read_tmx

from conftest import Cli

#: (source, language tag, translation as the memory holds it, what a lookup offers: None
#: for a segment skipped)
CASES = [
    ("Video call", "zh-CN", "视频通话".encode("gbk").decode("latin-1"), None),
    ("Chinese text", "zh-CN", "中文".encode().decode("cp1252"), "中文"),
    ("The development", "fr-FR", "Le développement".encode().decode("cp1252"),
     "Le développement"),
    ("Hello world", "ru-RU", "Привет мир".encode("cp1251").decode("latin-1"), None),
    # (misread so that its C1 controls stay: no decoding back is whole)
    ("Hello there", "ru-RU", "Привет".encode().decode("latin-1"), None),
    ("Failed decoding", "zh-CN", "失败\ufffd", None),
    # kept: a name, an acronym, a name with an accent a translation keeps in Latin letters
    ("Igor Trunov", "zh-CN", "Igor Trunov", "Igor Trunov"),
    ("UNOCT", "ru-RU", "UNOCT", "UNOCT"),
    ("Société Générale", "zh-CN", "Société Générale", "Société Générale"),
    ("The meeting", "zh-CN", "会议", "会议"),
]


def _tmx(path: Path) -> Path:
    units = "".join(
        f'<tu><tuv xml:lang="en-US"><seg>{source}</seg></tuv>'
        f'<tuv xml:lang="{tag}"><seg>{text}</seg></tuv></tu>\n'
        for source, tag, text, _ in CASES)
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header '
                    'srclang="en-US" datatype="plaintext" segtype="sentence" adminlang="en" '
                    f'creationtool="t" creationtoolversion="1" o-tmf="t"/><body>\n{units}'
                    "</body></tmx>\n", encoding="utf-8")
    return path


def test_a_memorys_garbled_translations_are_mended_or_skipped_and_counted(
        tmp_path: Path) -> None:
    """Taken as they were, ``extract`` offered «ÊÓÆµÍ¨»°» as a TM exact match for Chinese,
    and only ``check`` said (TP603) it was no Chinese."""
    locales = tmp_path / "locales"
    report: list[str] = []
    import_tmx(locales, _tmx(tmp_path / "garbled.tmx"), "en", ["en", "zh", "fr", "ru"], report)
    skipped = [line for line in report if "skipped: garbled" in line]
    assert len(skipped) == 1 and "4 translation(s)" in skipped[0]
    assert "not in their language's script" in skipped[0] and "zh-CN at line 3" in skipped[0]
    mended = [line for line in report if "decoded back" in line]
    assert len(mended) == 1 and "2 translation(s)" in mended[0]
    for lang in ("zh", "fr", "ru"):
        memory = TranslationMemory.from_workspace(locales, lang)
        for source, tag, _, offered in CASES:
            if tag.startswith(lang):
                found = memory.exact(source)
                assert (found.target if found else None) == offered, (source, tag)


@pytest.mark.parametrize(("source", "tag", "text", "offered"), CASES)
def test_read_tmx_reads_each_segment_against_its_script(
        tmp_path: Path, source: str, tag: str, text: str, offered: str | None) -> None:
    entries = read_tmx(_tmx(tmp_path / "m.tmx"))
    found = [e.target for e in entries if e.source == source]
    assert found == ([offered] if offered is not None else [])


def test_tm_import_says_so_and_extract_offers_none(workspace: Path, cli: Cli,
                                                    tmp_path: Path) -> None:
    """Through the CLI: the warning names the count and the first segment's line; the release
    whose sentence the memory holds garbled gets no "TM exact match" of it."""
    path = _tmx(tmp_path / "garbled.tmx")
    cli("tm", "import", str(path))
    said = cli.out + cli.err
    assert "4 translation(s) skipped: garbled, or not in their language's script" in said
    release = tmp_path / "videocall.md"
    release.write_text("# Video call\n\nVideo call\n", encoding="utf-8")
    cli("import", "--slug", "videocall", str(release))
    cli("extract", "videocall")
    po = (workspace / "locales" / "zh" / "LC_MESSAGES" / "videocall.po").read_text(
        encoding="utf-8")
    assert "Ê" not in po and "TM exact match" not in po
