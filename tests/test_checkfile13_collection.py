"""TP701/TP702 of a whole check, compared from the stored rows (``checkpatch.compare_all``,
``checkstream.Groups.files``), against the checks' own definition (``consistency.inconsistent``
and ``shared`` over every compared unit, in file order); TP901's findings sent back from a
worker as marshalled rows (``checkcache.coverage_section``) give the findings themselves."""

from __future__ import annotations

import random
from pathlib import Path

from transpub import checkcache, checkpatch
from transpub.checks.consistency import Compared, compared, inconsistent, shared
from transpub.checks.context import Unit
from transpub.checks.registry import Finding, Severity
from transpub.checkstream import Groups, usables_of
from transpub.checktally import Tally

_SOURCES = ["The meeting was held in Vienna.", "Press release", "Vienna",
            "The Office welcomed the report of the Secretary-General.",
            "The Office welcomed the report of the Secretary‑General .",
            "The two sides reaffirmed their partnership.", "One comment", "%d comments"]
_TARGETS = ["La réunion s'est tenue à Vienne.", "La réunion s’est tenue à  Vienne.",
            "Communiqué de presse", "Vienne", "VIENNE", "", "Le Bureau a salué le rapport.",
            "Les deux parties ont réaffirmé leur partenariat.", "Un commentaire",
            "%d commentaires"]


def _files(seed: int) -> list[tuple[str, str, list[Unit]]]:
    """Files of units drawn from few texts, so that groups form across files and languages:
    the same source translated two ways, one translation of two sources, copies, drafts,
    the forms of a plural entry (one file and line), foreign entries with a msgctxt."""
    rng = random.Random(seed)
    files = []
    for number in range(rng.randint(3, 14)):
        lang = rng.choice(["fr", "fr", "es"])
        label = f"locales/{lang}/r{number % 4}.po"
        units = []
        for index in range(rng.randint(0, 25)):
            source = rng.choice(_SOURCES)
            target = rng.choice([*_TARGETS, source])
            plural = rng.random() < 0.15
            forms = range(rng.randint(2, 3)) if plural else [None]
            line = 10 + index * 7
            for form in forms:
                units.append(Unit(f"u{index}" + (f" [{form}]" if form is not None else ""),
                                  lang, source, rng.choice(_TARGETS) if form else target,
                                  label, line, fuzzy=rng.random() < 0.1,
                                  context=rng.choice([None, "ctx", "other"]),
                                  foreign=rng.random() < 0.2, form=form))
        files.append((lang, label, units))
    return files


def _compared(files: list[tuple[str, str, list[Unit]]]) -> list[list[Compared]]:
    return [[c for c in map(compared, units) if c is not None] for _lang, _label, units in files]


def test_every_group_compared_from_the_stored_rows_finds_what_the_checks_find() -> None:
    for seed in range(120):
        files = _files(seed)
        records = _compared(files)
        groups = Groups(len(files) * 40)
        for position, ((lang, _label, _units), recs) in enumerate(zip(files, records,
                                                                      strict=True)):
            groups.add(position, lang, usables_of([tuple(r[2:]) for r in recs]))
        labels = [label for _lang, label, _units in files]
        flat = [r for recs in records for r in recs]
        for tp701, tp702 in ((True, True), (True, False), (False, True)):
            of_tp701, of_tp702 = checkpatch.compare_all(groups, labels, tp701, tp702)
            assert [k[3] for k in of_tp701] == (list(inconsistent(flat)) if tp701 else [])
            assert [k[3] for k in of_tp702] == (list(shared(flat)) if tp702 else [])
        groups.clear()


def test_the_flags_of_a_file_are_the_rows_that_may_share_a_group() -> None:
    """``Groups.files`` gives a file only when a row of it may share a group, with the same
    rows as ``numbered`` gives one by one."""
    files = _files(7)
    records = _compared(files)
    groups = Groups(len(files) * 40)
    for position, ((lang, _label, _units), recs) in enumerate(zip(files, records, strict=True)):
        groups.add(position, lang, usables_of([tuple(r[2:]) for r in recs]))
    numbered = list(groups.numbered(range(len(files))))
    by_file = [(lang, position, index, row, bool(same[index]), bool(shared_[index]))
               for lang, position, rows, same, shared_ in groups.files(range(len(files)))
               for index, row in enumerate(rows) if same[index] or shared_[index]]
    assert numbered == by_file
    assert numbered  # (the texts are few: rows do share groups)
    # a row whose group key another row has is flagged; a lone row flagged is one whose
    # table slot another row's key falls in too (the tables are salted with ``hash(lang)``,
    # so which lone rows collide changes with PYTHONHASHSEED: e.g. 2, 18, 28, 29)
    keys = [(lang, r.same_source, r.form) for (lang, _l, _u), recs in zip(files, records,
                                                                         strict=True)
            for r in recs]
    flagged = {(position, index): same for _l, position, index, _r, same, _s in numbered}
    # (a counted file's place holds its rows' slots, two a row)
    slot_of = {(position, index): groups._places[position][3][2 * index]
               for position in range(len(files)) if position in groups._slotted
               for index in range(len(groups._places[position][3]) // 2)}
    slots = list(slot_of.values())
    lone_flagged = 0
    for position, ((lang, _l, _u), recs) in enumerate(zip(files, records, strict=True)):
        for index, record in enumerate(recs):
            shared = keys.count((lang, record.same_source, record.form)) > 1
            same = flagged.get((position, index), False)
            if shared:
                assert same, (position, index)
            elif same:
                lone_flagged += 1
                assert slots.count(slot_of[(position, index)]) > 1, (position, index)
    assert lone_flagged <= len(keys) // 10
    groups.clear()


def _finding(code: str, unit: str, message: str) -> Finding:
    return Finding(code, Severity.INFO, "fr", "locales/fr/a.po", 3, unit, message, "",
                   "The Office of Counter-Terrorism", "Le Bureau", (0, 3), "termbase-coverage")


def test_names_sent_as_rows_are_tallied_as_the_findings() -> None:
    """TP901 of files given as (name, finding) pairs and as ``coverage_section``'s rows: the
    same first finding of each name, in file order, whichever way (and order) they come."""
    files = [[("UNOCT", _finding("TP901", "p1", "«UNOCT» is not in the termbase")),
              ("CTED", _finding("TP901", "p2", "«CTED» is not in the termbase"))],
             [("CTED", _finding("TP901", "p9", "«CTED» again")),
              ("GCTF", _finding("TP901", "p4", "«GCTF» is not in the termbase"))],
             [], [("UNOCT", _finding("TP901", "p0", "«UNOCT» later"))]]
    for order in ([0, 1, 2, 3], [3, 1, 0, 2]):
        plain, lazy = Tally(), Tally()
        for position in order:
            plain.absorb(position, [], files[position])
            lazy.absorb(position, [], (), checkcache.coverage_section(files[position]))
        assert lazy.coverage() == plain.coverage()
        assert [f.unit for f in lazy.coverage()] == ["p1", "p2", "p4"]


def test_an_entry_written_from_the_rows_is_the_entry_written_from_the_findings(
        tmp_path: Path) -> None:
    """``file_entry`` of a result whose TP901 findings are rows already: the same bytes, and
    the same names and findings read back."""
    coverage = [("UNOCT", _finding("TP901", "p1", "«UNOCT» is not in the termbase")),
                ("CTED", _finding("TP901", "p2", "«CTED» is not in the termbase"))]
    slot = checkcache.slot(tmp_path, "salt", b"file", "fr", "locales/fr/a.po")
    plain = checkcache.FileResult([], [], [], 4, [], list(coverage))
    rows = checkcache.FileResult([], [], [], 4, [], [],
                                 coverage_lazy=checkcache.coverage_section(coverage))
    assert checkcache.file_entry(slot, rows) == checkcache.file_entry(slot, plain)
