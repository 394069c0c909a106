"""The seventeenth round's re-check work: a check run as the program ends without Python's
finalization (``cli._end_now``), printing, writing and exiting as the same command run through
``main(argv)`` does; a pack's index rows tested field by field (``checkpack._index``) reject
exactly what the generator over each row rejected."""

from __future__ import annotations

import hashlib
import marshal
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from test_ext13_exit import MARK, _run
from transpub import checkpack

from conftest import SLUG, copy_sample


def _outputs(ws: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(ws.glob("report*")) if p.is_file()}


def _two(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    return copy_sample(tmp_path / "a"), copy_sample(tmp_path / "b")


def test_a_check_ends_at_once_with_everything_printed_and_written(tmp_path: Path) -> None:
    program, caller = _two(tmp_path)
    po = Path("locales") / "fr" / "LC_MESSAGES" / f"{SLUG}.po"
    runs: list[tuple[str, ...]] = [
        ("check", "-o", "report.txt"),                  # fresh: the cache written
        ("check", "--format", "json"),                   # on standard output
        ("check", "-o", "report.txt"),                  # replayed
        ("check", "--format", "sarif", "-o", "report.sarif"),
    ]
    for args in runs:
        fast = _run(program, *args, program=True)
        slow = _run(caller, *args, program=False)
        assert fast.returncode == slow.returncode, fast.stderr + slow.stderr
        assert fast.returncode in (0, 1), fast.stderr
        assert fast.stdout == slow.stdout
        assert MARK not in fast.stderr and MARK in slow.stderr  # (the one difference)
        assert fast.stderr == slow.stderr.replace(MARK + "\n", "")
        assert _outputs(program) == _outputs(caller)
    # one PO file edited: a re-check from the cache, ended at once, then replayed by the next
    for ws in (program, caller):
        text = (ws / po).read_text(encoding="utf-8")
        at = text.index('msgstr "', text.index("msgid \"", text.index("msgid \"") + 1)) + 8
        (ws / po).write_text(text[:at] + "Édité : " + text[at:], encoding="utf-8")
    for _ in range(2):
        fast = _run(program, "check", "-o", "report.txt", program=True)
        slow = _run(caller, "check", "-o", "report.txt", program=False)
        assert fast.returncode == slow.returncode
        assert MARK not in fast.stderr and fast.stdout == slow.stdout
        assert _outputs(program) == _outputs(caller)
    # the run record the ended check left is replayed (nothing was lost at the exit)
    record = program / ".transpub-cache" / "run"
    assert any(record.glob("*.json")) and any(record.glob("*.out"))


def test_a_failed_check_ends_with_its_error_and_code(tmp_path: Path) -> None:
    program, caller = _two(tmp_path)
    fast = _run(program, "check", "--select", "TP999", program=True)
    slow = _run(caller, "check", "--select", "TP999", program=False)
    assert fast.returncode == slow.returncode != 0
    assert fast.stderr == slow.stderr.replace(MARK + "\n", "") and fast.stderr


def _old_rows_check(rows: Any, end: int) -> bool:
    """``checkpack._index``'s test of the rows before (a generator over each row's fields)."""
    if not isinstance(rows, tuple):
        return False
    for row in rows:
        if not isinstance(row, tuple) or len(row) != 7 or not isinstance(row[0], str) or \
                not all(type(v) is int for v in row[1:]):
            return False
        _key, offset, length_, at, first, second, third = row
        if not (offset >= 0 and offset + length_ <= end and 0 < at <= length_
                and 0 <= first <= second <= third <= length_ - at):
            return False
    return True


def _pack(tmp_path: Path, rows: Any, entries: int) -> tuple[int, int]:
    """A pack file of ``entries`` bytes of entries, then the index ``rows`` and its footer."""
    index = marshal.dumps((checkpack.PACK_FORMAT, rows))
    path = tmp_path / "x.pack"
    path.write_bytes(b"e" * entries + index + checkpack.MAGIC + len(index).to_bytes(8, "big")
                     + hashlib.sha256(index).digest())
    fd = os.open(path, os.O_RDONLY)
    return fd, path.stat().st_size


_FIELD = st.one_of(st.integers(-5, 300), st.booleans(), st.text(max_size=3), st.none(),
                   st.floats(allow_nan=False), st.tuples(st.integers()))
_ROW = st.one_of(
    # a plausible row: key, offset, size, payload start, splits
    st.tuples(st.text(max_size=4), *(st.integers(-3, 260) for _ in range(6))),
    st.lists(_FIELD, min_size=6, max_size=8).map(tuple),
    st.tuples(_FIELD, *(st.integers(0, 200) for _ in range(6))),
    st.lists(st.integers(0, 50), min_size=7, max_size=7),  # a list, not a tuple
    _FIELD,
)


@settings(max_examples=400, deadline=None)
@given(rows=st.lists(_ROW, max_size=6), entries=st.integers(0, 260))
def test_the_pack_index_rows_are_taken_as_before(tmp_path_factory: Any, rows: list[Any],
                                                 entries: int) -> None:
    fd, size = _pack(tmp_path_factory.mktemp("pack"), tuple(rows), entries)
    try:
        indexed = checkpack._index(fd, size)
    finally:
        os.close(fd)
    assert (indexed is not None) == _old_rows_check(tuple(rows), entries)
    if indexed is not None:
        assert indexed == (tuple(rows), entries)


def test_the_pack_index_of_real_entries_is_read(tmp_path: Path) -> None:
    """Rows as a run writes them (``placed_of``), one field at a time made wrong."""
    good = ("k" * 64, 0, 120, 20, 10, 30, 90)
    fd, size = _pack(tmp_path, (good,), 120)
    try:
        assert checkpack._index(fd, size) == ((good,), 120)
    finally:
        os.close(fd)
    for field in range(7):
        for wrong in (None, True, 1.0, "1", (1,)):
            if field == 0 and wrong == "1":
                continue  # (a key is a string)
            row = tuple(wrong if i == field else v for i, v in enumerate(good))
            fd, size = _pack(tmp_path, (good, row), 120)
            try:
                assert checkpack._index(fd, size) is None, (field, wrong)
            finally:
                os.close(fd)


# --- the collection checks' entry and the text listing, against the code before -------------

def _old_entry(where: Any, findings: list[Any], carried: list[Any]) -> tuple[Path, bytes]:
    """``checkcache.entry`` before: the payload encoded twice (digest, document)."""
    import json

    from transpub.checkcache import FORMAT, _finding_to_json, _payload_digest

    payload = {"findings": [_finding_to_json(f) for f in findings],
               "carried": [list(c) for c in carried]}
    document = {"format": FORMAT, "key": where.key, "sha256": _payload_digest(payload),
                "payload": payload}
    return where.path, json.dumps(document, ensure_ascii=False,
                                  separators=(",", ":")).encode("utf-8")


def _old_render_plain(stream: Any, findings: Sequence[Any]) -> None:
    """``report.render_plain`` before (a lambda key, ``one_line`` and ``excerpt`` called for
    each line; both now in ``plainout``)."""
    from transpub.plainout import excerpt as _plain_excerpt
    from transpub.plainout import one_line as _one_line

    lines: list[str] = []
    for item in sorted(findings, key=lambda f: (f.lang, f.file, f.line, f.unit, f.code)):
        lines.append(f"{item.file}:{item.line}: [{item.unit}] {item.lang} {item.code} "
                     f"{item.severity.label}: {_one_line(item.message)}")
        if item.expected:
            lines.append(f"    expected: {_one_line(item.expected)}")
        lines.append(f"    source: {_one_line(_plain_excerpt(item.source, None))}")
        # (since the twenty-ninth round an empty translation's line ends at its colon)
        lines.append(f"    translation: {_one_line(_plain_excerpt(item.target, item.span))}"
                     .rstrip(" "))
    if lines:
        stream.write("\n".join(lines) + "\n")


def _real_texts() -> list[str]:
    """msgid and msgstr texts of the real translators' PO files (escapes left as they are:
    what matters here is real lengths, whitespace and scripts)."""
    import re

    root = Path(os.environ.get("TRANSPUB_REAL_DATA", "/work/real-data")) / "tests" / \
        "corpus_real"
    texts: list[str] = []
    for path in sorted(root.glob("po*/*.po"))[:12]:
        for match in re.finditer(r'^msg(?:id|str) "(.*)"$', path.read_text(encoding="utf-8"),
                                 re.MULTILINE):
            texts.append(match.group(1).replace("\\n", "\n").replace("\\t", "\t"))
    return texts or ["a  b\n c", "x" * 200]


_TEXT = st.text(alphabet=st.sampled_from(list("ab é\n\t\r\u00a0\u3000x…字ب")), max_size=160)


def _finding(code: str, severity: int, lang: str, file: str, line: int, unit: str,
             message: str, expected: str, source: str, target: str,
             span: tuple[int, int] | None) -> Any:
    from transpub.checks.registry import Finding, Severity

    return Finding(code, Severity(severity), lang, file, line, unit, message, expected,
                   source, target, span, "check")


_FINDING = st.builds(
    _finding, st.sampled_from(["TP101", "TP701", "TP901"]), st.sampled_from([10, 20, 30]),
    st.sampled_from(["fr", "ar", "zh"]), st.sampled_from(["a.po", "b/c.po", "é \"q\".po"]),
    st.integers(0, 40), st.sampled_from(["p1", "title", "u\"2"]), _TEXT, _TEXT, _TEXT, _TEXT,
    st.one_of(st.none(), st.tuples(st.integers(0, 170), st.integers(0, 170)).map(
        lambda s: (min(s), max(s)))))


@settings(max_examples=300, deadline=None)
@given(findings=st.lists(_FINDING, max_size=12),
       carried=st.lists(st.tuples(_TEXT, _TEXT, st.sampled_from(["fr", "ru"]), st.booleans()),
                        max_size=3),
       key=st.text(min_size=2, max_size=8))
def test_the_entry_is_the_bytes_it_was(findings: list[Any], carried: list[Any],
                                       key: str) -> None:
    import io

    from transpub import checkcache, report

    where = checkcache.Slot(f"/x/{key}.json", key)
    assert checkcache.entry(where, findings, carried) == _old_entry(where, findings, carried)
    new, old = io.StringIO(), io.StringIO()
    report.render_plain(new, findings)
    _old_render_plain(old, findings)
    assert new.getvalue() == old.getvalue()


def test_real_texts_are_listed_and_filed_as_before() -> None:
    import io
    import random

    from transpub import checkcache, report

    texts = _real_texts()
    chance = random.Random(18)
    findings = []
    for number in range(600):
        source, target = chance.choice(texts), chance.choice(texts)
        span = None if number % 3 == 0 else tuple(sorted(
            (chance.randint(0, len(target)), chance.randint(0, len(target)))))
        findings.append(_finding(chance.choice(["TP101", "TP702"]), chance.choice([10, 20, 30]),
                                 chance.choice(["fr", "es", "ru", "ar", "zh"]),
                                 f"locales/{number % 7}.po", chance.randint(1, 900),
                                 f"u{number % 11}", chance.choice(texts),
                                 chance.choice(["", *texts[:50]]), source, target, span))
    new, old = io.StringIO(), io.StringIO()
    report.render_plain(new, findings)
    _old_render_plain(old, findings)
    assert new.getvalue() == old.getvalue() and new.getvalue().count("\n") >= 1800
    where = checkcache.Slot("/x/k.json", "k")
    assert checkcache.entry(where, findings, []) == _old_entry(where, findings, [])
    assert checkcache.load(where) is None  # (no file there: a miss, as before)


def test_an_entry_written_is_read_back(tmp_path: Path) -> None:
    from transpub import checkcache

    texts = _real_texts()
    findings = [_finding("TP901", 10, "fr", "a.po", n, "p1", texts[n % len(texts)], "",
                         texts[-n % len(texts)], texts[n % len(texts)], None)
                for n in range(40)]
    carried = [("k", texts[0], "fr", True)]
    where = checkcache.Slot(str(tmp_path / "e.json"), "kk")
    path, data = checkcache.entry(where, findings, carried)
    path.write_bytes(data)
    assert checkcache.load(where) == (findings, carried)
    path.write_bytes(data.replace(b'"TP901"', b'"TP902"', 1))  # its digest no longer holds
    assert checkcache.load(where) is None


# --- TP701/TP702's patch: the rows of the touched groups, found by their keys ---------------

def _old_holding(groups: Any, tp701: set[Any], tp702: set[Any]) -> list[Any]:
    """``checkstream.Groups.holding`` before: every row of a file that may hold a group
    tested by its fields."""
    from transpub.checkstream import _LOW, _stable

    sources: dict[str, set[int]] = {}
    targets: dict[str, set[int]] = {}
    for lang, same, form in tp701:
        sources.setdefault(lang, set()).add(
            (_stable(same) * 4099 + (0 if form is None else form + 1)) & _LOW)
    for lang, key in tp702:
        targets.setdefault(lang, set()).add(_stable(key) & _LOW)
    out = []
    for position in sorted(groups._places):
        lang, offset, size, keys = groups._places[position]
        one, other = sources.get(lang), targets.get(lang)
        if one is None and other is None:
            continue
        if (one is None or one.isdisjoint(keys[0::2])) and \
                (other is None or other.isdisjoint(keys[1::2])):
            continue
        for index, row in enumerate(marshal.loads(groups._shelf.get(offset, size))):
            if (lang, row[5], row[4]) in tp701 or (row[8] and (lang, row[6]) in tp702):
                out.append((lang, position, index, row))
    return out


_DIGEST = st.sampled_from([f"{n:032x}" for n in (1, 2, 3, 0xABC, 2**100 + 7)])
_USABLE = st.tuples(st.sampled_from(["label", "p"]), _TEXT, _TEXT, st.integers(1, 9),
                    st.sampled_from([None, 0, 1]), _DIGEST, _DIGEST, _DIGEST, st.booleans())


@settings(max_examples=300, deadline=None)
@given(files=st.lists(st.tuples(st.sampled_from(["fr", "ar"]), st.lists(_USABLE, max_size=6)),
                      max_size=7),
       picks=st.lists(st.tuples(st.integers(0, 6), st.integers(0, 5), st.booleans()),
                      max_size=4),
       extra=st.lists(st.tuples(st.sampled_from(["fr", "ar"]), _DIGEST,
                                st.sampled_from([None, 0, 1])), max_size=2))
def test_the_rows_of_touched_groups_are_those_found_before(
        files: list[Any], picks: list[Any], extra: list[Any]) -> None:
    from transpub.checkstream import Groups, usables_of

    groups = Groups(64)
    for position, (lang, rows) in enumerate(files):
        groups.add(position, lang, usables_of(rows))
    tp701: set[Any] = {*extra}
    tp702: set[Any] = {(lang, digest) for lang, digest, _form in extra}
    for at, index, which in picks:  # groups some rows are in
        if at < len(files) and index < len(files[at][1]):
            lang, row = files[at][0], files[at][1][index]
            if which:
                tp701.add((lang, row[5], row[4]))
            else:
                tp702.add((lang, row[6]))
    assert list(groups.holding(tp701, tp702)) == _old_holding(groups, tp701, tp702)
    groups.clear()
