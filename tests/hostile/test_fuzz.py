"""Generated hostile input beyond the listed cases: random text imports, random mutations of a
hand-written source, random values for every config key. Whatever comes in, a command ends
with exit 0 or with one ``transpub: error:`` line (exit 2) — never exit 3, never a traceback —
and what an import accepted validates and builds."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transpub.configschema import SCHEMA

from .test_config import set_key
from conftest import SLUG, Cli

FUZZ = settings(max_examples=50, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
# the characters that broke things before: controls, markup, address and link syntax, RTL,
# combining marks, CJK, surrogate-free astral characters, page breaks
CHARACTERS = list(
    "aZ .,;:!?-–—'\"“”«»()[]{}<>*#@/\\&%$\t\n\r\f\v\x00\x01\x07\x1b\x7f\u0085\u00a0\u200f"
    "\u202e\u2028\ufeff\ufffe\u0301éßИعربي中文。！？\U0001f600\U000f0001")
PIECES = ["Mr. ", "https://", "javascript:", "[x](", "](", "**", "@un.org", "\n\n",
          "PRESS RELEASE", "New York, 9 December 2020 – ", "&#106;", "<script>", "<a href='",
          "\f\n"]
ALPHABET = st.sampled_from(CHARACTERS) | st.sampled_from(PIECES)


def _ok_or_one_line(cli: Cli, code: int) -> None:
    assert code in (0, 2), f"exit {code}: {cli.err}"
    assert "Traceback" not in cli.err + cli.out and "internal error" not in cli.err
    if code == 2:
        lines = [line for line in cli.err.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("transpub: error: "), cli.err


def _copy(template: Path) -> tuple[tempfile.TemporaryDirectory[str], Path]:
    holder = tempfile.TemporaryDirectory()
    ws = Path(holder.name) / "ws"
    shutil.copytree(template, ws)
    return holder, ws


@FUZZ
@given(text=st.lists(ALPHABET, max_size=60).map("".join),
       suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_random_import(_template: Path, capsys: pytest.CaptureFixture[str], text: str,
                       suffix: str) -> None:
    holder, ws = _copy(_template)
    with holder:
        cli = Cli(ws, capsys)
        source = ws.parent / f"in{suffix}"
        source.write_bytes(("A Title\n\n" + text).encode("utf-8", "surrogatepass"))
        code = cli("import", str(source), "--slug", "fuzz", expect=None)
        _ok_or_one_line(cli, code)
        if code == 0:
            cli("validate")
            _ok_or_one_line(cli, cli("build", "fuzz", "--lang", "fr", expect=None))


@FUZZ
@given(cut=st.integers(0, 10_000), insert=st.lists(ALPHABET, max_size=8).map("".join),
       drop=st.integers(0, 40))
def test_mutated_source(_template: Path, capsys: pytest.CaptureFixture[str], cut: int,
                        insert: str, drop: int) -> None:
    holder, ws = _copy(_template)
    with holder:
        cli = Cli(ws, capsys)
        path = ws / "source" / f"{SLUG}.xml"
        data = path.read_text(encoding="utf-8")
        at = cut % len(data)
        path.write_bytes((data[:at] + insert + data[at + drop:]).encode("utf-8", "surrogatepass"))
        for command in ("extract", "build"):
            _ok_or_one_line(cli, cli(command, expect=None))


VALUES = st.sampled_from(['"x"', '""', "0", "-1", "1e400", "nan", "inf", "true", "[]", "{}",
                          '["fr"]', '{ en = [] }', '"\\u0000"', '"../../etc"', "1979-05-27",
                          '"sentence"', '"same-role"', "0.9", '["http"]', '"\\n"'])
KEYS = st.sampled_from([(table, key) for table, keys in SCHEMA.items() for key in keys]
                       + [("style.ar", "months"), ("style.zh", "dateline"),
                          ("style.fr", "locale"), ("style.ru", "date")])


@FUZZ
@given(pairs=st.lists(st.tuples(KEYS, VALUES), min_size=1, max_size=3))
def test_random_config(_template: Path, capsys: pytest.CaptureFixture[str],
                       pairs: list[tuple[tuple[str, str], str]]) -> None:
    holder, ws = _copy(_template)
    with holder:
        cli = Cli(ws, capsys)
        for (table, key), value in pairs:
            set_key(ws / "transpub.toml", table, key, value)
        for command in ("extract", "build"):
            _ok_or_one_line(cli, cli(command, expect=None))
