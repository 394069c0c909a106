"""Every XML reader (source, TBX, TMX) decides on lxml's view of the document: a DOCTYPE that only
names an external DTD is accepted (and never read); internal subsets, entity references and
XInclude are refused with one line naming the file and line, whatever the encoding."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SLUG, Cli

TMX = ('<?xml version="1.0" encoding="{enc}"?>\n{doctype}\n<tmx version="1.4"><header srclang="en" '
       'datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" '
       'creationtoolversion="1" o-tmf="t"/>\n<body><tu><tuv xml:lang="en"><seg>Hello{ref}</seg>'
       '</tuv><tuv xml:lang="fr"><seg>Bonjour</seg></tuv></tu></body></tmx>\n')
TBX = ('<?xml version="1.0" encoding="{enc}"?>\n{doctype}\n<martif type="TBX-Basic" xml:lang="en">'
       '<text><body>\n<termEntry id="c1"><langSet xml:lang="en"><tig><term>Voronkov{ref}</term>'
       '</tig></langSet><langSet xml:lang="fr"><tig><term>Voronkov</term></tig></langSet>'
       '</termEntry></body></text></martif>\n')

ACCEPTED = [
    '<!DOCTYPE {root} SYSTEM "{root}14.dtd">',
    '<!DOCTYPE {root} PUBLIC "-//LISA//DTD TMX 1.4//EN" "http://www.lisa.org/{root}14.dtd">',
    "<!DOCTYPE {root}>",
    "<!DOCTYPE {root} []>",
    "<!DOCTYPE {root} [<!-- a comment only -->]>",
]
REFUSED = [
    ('<!DOCTYPE {root} [<!ENTITY e "boom">]>', "&e;", "internal subset"),
    ('<!DOCTYPE {root} SYSTEM "x.dtd" [<!ENTITY e SYSTEM "file:///etc/passwd">]>', "&e;",
     "internal subset"),
    ('<!DOCTYPE {root} [<!ENTITY % p SYSTEM "http://example.invalid/p.dtd">]>', "",
     "internal subset"),
    ('<!DOCTYPE {root} [<!ATTLIST {root} injected CDATA "x">]>', "", "internal subset"),
    ('<!DOCTYPE {root} [<!ELEMENT {root} ANY>]>', "", "internal subset"),
    ('<!DOCTYPE {root} [<!NOTATION n SYSTEM "x">]>', "", "internal subset"),
    ('<!DOCTYPE {root} SYSTEM "x.dtd">', "&nbsp;", "entity reference &nbsp;"),
]
ENCODINGS = ["UTF-8", "UTF-16"]


def _write(path: Path, template: str, root: str, doctype: str, ref: str, enc: str) -> None:
    text = template.format(enc=enc, doctype=doctype.format(root=root), ref=ref)
    path.write_bytes(text.encode(enc.lower()))


def _tm_import(cli: Cli, path: Path, expect: int) -> None:
    cli("tm", "import", str(path), expect=expect)


def _check_termbase(cli: Cli, path: Path, expect: int) -> None:
    cli("check", "--termbase", str(path), "--format", "json", expect=None)
    assert (cli.err.count("\n") == 1 and "error" in cli.err) if expect == 2 \
        else "error:" not in cli.err, cli.err


READERS: dict[str, tuple[str, str, Callable[[Cli, Path, int], None]]] = {
    "tmx": (TMX, "tmx", _tm_import),
    "tbx": (TBX, "martif", _check_termbase),
}


@pytest.mark.parametrize("enc", ENCODINGS)
@pytest.mark.parametrize("doctype", ACCEPTED)
@pytest.mark.parametrize("kind", sorted(READERS))
def test_external_doctype_is_accepted(cli: Cli, tmp_path: Path, kind: str, doctype: str,
                                      enc: str) -> None:
    template, root, run = READERS[kind]
    path = tmp_path / f"file.{kind}"
    _write(path, template, root, doctype, "", enc)
    run(cli, path, 0)


@pytest.mark.parametrize("enc", ENCODINGS)
@pytest.mark.parametrize(("doctype", "ref", "message"), REFUSED)
@pytest.mark.parametrize("kind", sorted(READERS))
def test_declarations_and_entities_are_refused(cli: Cli, tmp_path: Path, kind: str,
                                               doctype: str, ref: str, message: str,
                                               enc: str) -> None:
    template, root, _ = READERS[kind]
    path = tmp_path / f"file.{kind}"
    _write(path, template, root, doctype, ref, enc)
    code = cli("tm", "import", str(path), expect=None) if kind == "tmx" else \
        cli("check", "--termbase", str(path), expect=None)
    assert code == 2, cli.err
    line = cli.err.strip()
    assert "\n" not in line and "Traceback" not in cli.err
    assert line.startswith(f"transpub: error: {path}:"), line
    assert message in line, line
    text = template.format(enc=enc, doctype=doctype.format(root=root), ref=ref)
    expected_line = text.split(ref)[0].count("\n") + 1 if "entity" in message else 2
    assert f"{path.name}:{expected_line}:" in line, line


@pytest.mark.parametrize("enc", ENCODINGS)
def test_source_xml_doctype_rules(cli: Cli, enc: str) -> None:
    source = cli.cwd / "source" / f"{SLUG}.xml"
    text = source.read_text(encoding="utf-8")
    body = text.split("?>", 1)[1] if text.startswith("<?xml") else text
    prolog = f'<?xml version="1.0" encoding="{enc}"?>\n'
    source.write_bytes((prolog + '<!DOCTYPE release SYSTEM "release.dtd">' + body)
                       .encode(enc.lower()))
    cli("validate")
    source.write_bytes((prolog + '<!DOCTYPE release [<!ENTITY who "x">]>' + body)
                       .encode(enc.lower()))
    cli("validate", expect=2)
    assert "internal subset" in cli.err and f"{source.name}:2:" in cli.err
    source.write_bytes((prolog + body.replace(
        "<body>", '<body><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
        'href="/etc/passwd" parse="text"/>', 1)).encode(enc.lower()))
    cli("validate", expect=2)
    assert "XInclude" in cli.err and cli.err.count("\n") == 1


@pytest.mark.parametrize("enc", ENCODINGS)
def test_malformed_xml_is_one_line_whatever_libxml2_says(cli: Cli, tmp_path: Path,
                                                         enc: str) -> None:
    path = tmp_path / "nul.tmx"
    text = TMX.format(enc=enc, doctype="", ref="\x00")  # libxml2's message spans two lines
    path.write_bytes(text.encode(enc.lower()))
    cli("tm", "import", str(path), expect=2)
    assert cli.err.count("\n") == 1 and "malformed XML" in cli.err, cli.err
    assert f"{path.name}:{text.split(chr(0))[0].count(chr(10)) + 1}:" in cli.err
    assert cli.err.endswith("out of allowed range\n"), cli.err
