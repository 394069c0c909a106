"""Cases of one check, each a unit (source, translation) of one language, checked in one PO
file per language through the real CLI: what the check said of each case."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from conftest import Cli

HEADER = '''msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: {lang}\\n"
'''


def findings_by_case(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                     cases: Sequence[tuple[str, ...] | tuple[object, ...]],
                     wanted: Callable[[dict[str, str]], bool],
                     *extra: str) -> dict[int, list[dict[str, str]]]:
    """The findings ``wanted`` keeps, by the index (in ``cases``) of the case they are of:
    every case of ``lang`` (its first field) written as a unit ``c<index>`` of one PO file
    (its second and third fields: source and translation), checked once (``extra``: more
    arguments of ``transpub check``, a ``--termbase``)."""
    chosen = {i: case for i, case in enumerate(cases) if case[0] == lang}
    path = tmp_path / f"{lang}.po"
    path.write_text(HEADER.format(lang=lang) + "".join(
        f'\nmsgctxt "c{i}"\nmsgid "{case[1]}"\nmsgstr "{case[2]}"\n'
        for i, case in chosen.items()), encoding="utf-8")
    cli = cli_factory(tmp_path)
    cli("check", str(path), "--no-cache", "--format", "json", *extra, expect=None)
    assert "Traceback" not in cli.err, cli.err
    found: dict[int, list[dict[str, str]]] = defaultdict(list)
    for f in json.loads(cli.out)["findings"]:
        if wanted(f):
            found[int(f["unit"][1:])].append(f)
    return {i: found.get(i, []) for i in chosen}


def warned_by_case(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                   cases: Sequence[tuple[str, str, str, bool]], code: str
                   ) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """For a check whose cases end in a flag (wrong: True), the severities of ``code``'s
    findings on each case of ``lang`` and those wanted (one warning on a wrong case, nothing
    on a right one), by the index of the case: the test asserts they are equal."""
    found = findings_by_case(tmp_path, cli_factory, lang, cases, lambda f: f["code"] == code)
    return ({i: [f["severity"] for f in fs] for i, fs in found.items()},
            {i: ["warning"] if cases[i][3] else [] for i in found})


def erred_by_case(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str,
                  cases: Sequence[tuple[str, str, str, bool]], code: str
                  ) -> tuple[dict[int, bool], dict[int, bool]]:
    """For a check whose wrong cases (flag True) must be errors of ``code`` and whose right
    ones may still be told to a reviewer (info): whether each case of ``lang`` has such an
    error, and whether it should, by the index of the case: the test asserts they are equal."""
    found = findings_by_case(tmp_path, cli_factory, lang, cases,
                             lambda f: f["code"] == code and f["severity"] == "error")
    return ({i: bool(fs) for i, fs in found.items()}, {i: cases[i][3] for i in found})


def workspace_findings(cli: Cli, out: Path, termbase: Path) -> list[tuple[str, str, str, str]]:
    """The findings (code, language, unit, message) of ``transpub check`` of ``cli``'s
    workspace against ``termbase``, sorted; the run must warn of nothing (a termbase read as
    another of the same concepts: tests of the termbase's readers)."""
    cli("check", "--no-cache", "--termbase", str(termbase), "--format", "json", "-o", str(out),
        expect=None)
    assert "Traceback" not in cli.err and "warning" not in cli.err, cli.err
    findings = json.loads(out.read_text(encoding="utf-8"))["findings"]
    return sorted((f["code"], f["lang"], f["unit"], f["message"]) for f in findings)


def unit_findings(tmp_path: Path, cli_factory: Callable[[Path], Cli], lang: str, source: str,
                  target: str, *extra: str) -> list[dict[str, str]]:
    """The findings of one unit (``source`` translated as ``target`` into ``lang``) written
    as the only entry of a PO file in ``tmp_path`` (made) and checked through the real CLI
    (``extra``: more arguments of ``transpub check``, a ``--termbase``)."""
    import polib

    po = polib.POFile()
    po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8"}
    po.append(polib.POEntry(msgctxt="p1", msgid=source, msgstr=target))
    tmp_path.mkdir(parents=True, exist_ok=True)
    po.save(str(tmp_path / f"{lang}.po"))
    cli = cli_factory(tmp_path)
    cli("check", str(tmp_path / f"{lang}.po"), "--format", "json", *extra, expect=None)
    assert "Traceback" not in cli.err, cli.err
    found: list[dict[str, str]] = json.loads(cli.out)["findings"]
    return found


def assert_expected(found: dict[int, list[dict[str, str]]],
                    cases: Sequence[tuple[object, ...]], tolerated: frozenset[str] = frozenset()
                    ) -> None:
    """Each case's findings (``findings_by_case``) hold one of the codes its fourth field
    names, or none (but ``tolerated``) when it names none: a right translation."""
    for index, items in found.items():
        codes = {f["code"] for f in items}
        expected = set(cases[index][3])  # type: ignore[call-overload]
        if expected:
            assert codes & expected, (cases[index], items)
        else:
            assert not codes - tolerated, (cases[index], items)
