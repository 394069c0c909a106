"""Importing plain text, Markdown and HTML into the release vocabulary."""

from __future__ import annotations

from pathlib import Path

from transpub.source import read_release

from conftest import Cli

MARKDOWN = """\
# UNODC Launches *World Drug Report* 2022

NEWS RELEASE

Vienna, 26 June 2022 – The **United Nations Office on Drugs and Crime** launched its report.
Some 284 million people used drugs in 2020, see [the report](https://www.unodc.org/wdr2022).

## Key findings

Contact: press@unodc.org.
"""

HTML = """<!DOCTYPE html><html><head><title>ignored</title><script>alert(1)</script></head>
<body><nav>menu</nav><h1>UNODC Launches <i>World</i> Drug Report</h1>
<p>Vienna, <time datetime="2022-06-26">26 June 2022</time> – The <a href="https://www.unodc.org/">UNODC</a>
launched its report. Mr. Smith spoke.</p>
<h2>Key findings</h2>
<p>Some 284 million people used drugs. Contact
<a href="mailto:press@unodc.org">press@unodc.org</a>.</p>
</body></html>"""


def _import(workspace: Path, cli: Cli, name: str, content: str, slug: str) -> str:
    (workspace / name).write_text(content, encoding="utf-8")
    cli("import", name, "--slug", slug)
    path = workspace / "source" / f"{slug}.xml"
    read_release(path)  # valid against the schema
    return path.read_text(encoding="utf-8")


def test_markdown(workspace: Path, cli: Cli) -> None:
    xml = _import(workspace, cli, "wdr.md", MARKDOWN, "wdr")
    assert '<title id="title">UNODC Launches <em>World Drug Report</em> 2022</title>' in xml
    assert '<label id="label">NEWS RELEASE</label>' in xml
    assert '<date when="2022-06-26">26 June 2022</date>' in xml
    assert "<strong>United Nations Office on Drugs and Crime</strong>" in xml
    assert '<a href="https://www.unodc.org/wdr2022">the report</a>' in xml
    assert '<h2 id="h1">Key findings</h2>' in xml
    assert '<email its:translate="no">press@unodc.org</email>' in xml


def test_html(workspace: Path, cli: Cli) -> None:
    xml = _import(workspace, cli, "wdr.html", HTML, "wdr-html")
    assert '<title id="title">UNODC Launches <em>World</em> Drug Report</title>' in xml
    assert '<place id="place">Vienna</place>' in xml
    assert '<date when="2022-06-26">' in xml
    assert '<p id="p1">The <a href="https://www.unodc.org/">UNODC</a> launched its report.' in xml
    assert "alert" not in xml and "menu" not in xml
    assert '<email its:translate="no">press@unodc.org</email>' in xml


def test_import_refuses_to_overwrite(workspace: Path, cli: Cli) -> None:
    _import(workspace, cli, "wdr.md", MARKDOWN, "again")
    cli("import", "wdr.md", "--slug", "again", expect=2)
    assert "already exists" in cli.err
    cli("import", "wdr.md", "--slug", "again", "--force")
