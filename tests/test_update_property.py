"""Property: no sequence of source edits, each followed by ``transpub extract``, loses work.

A small hand-written release starts fully translated into French and Russian; Hypothesis then
inserts, deletes, edits, moves, splits, merges and restores paragraphs (and sometimes translates
what is new), running the real CLI's ``extract`` after each step. A model of the release says
what every unit's translation must be afterwards.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import polib
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from transpub.catalog import read_translations

from conftest import Cli

SLUG = "council-briefing"
LANGS = ("fr", "ru")
ALL_LANGS = ("en", *LANGS)
TITLE = "Council hears briefing on the region"
PARAGRAPHS = [
    ["The Security Council met in New York on Tuesday.",
     "Members heard a briefing from the Special Envoy."],
    ["The Envoy described the situation in the region as fragile.",
     "She urged all parties to return to the negotiating table.",
     "The Council welcomed her efforts."],
    ["Several members called for an immediate ceasefire."],
    # parallel sentences, as press releases have them: an edit can make one look like the other
    ["The delegation of France spoke first.", "The delegation of Brazil spoke next."],
    ["Humanitarian agencies reported growing needs across the country.",
     "Funding remains far below the level required."],
]
#: Replacement words: plain words (no abbreviation, so sentence boundaries never move).
VOCAB = ["first", "next", "France", "Brazil", "again", "briefly", "today", "formally",
         "regional", "urgent"]

Op = tuple[object, ...]
_INDEX = st.integers(0, 9)
OPS = st.one_of(
    st.tuples(st.just("insert"), _INDEX, st.integers(1, 2)),
    st.tuples(st.just("delete"), _INDEX),
    st.tuples(st.just("edit"), _INDEX, st.integers(0, 2), _INDEX,
              st.integers(0, len(VOCAB) - 1)),
    st.tuples(st.just("move"), _INDEX, _INDEX),
    st.tuples(st.just("split"), _INDEX, st.integers(0, 2)),
    st.tuples(st.just("merge"), _INDEX),
    st.tuples(st.just("restore"), _INDEX),
    st.tuples(st.just("translate")),
    # issue 8: delete and re-add under a new id, duplicate sentences, id renames, undo an edit
    st.tuples(st.just("readd"), _INDEX),
    st.tuples(st.just("duplicate"), _INDEX, st.integers(0, 2), _INDEX),
    st.tuples(st.just("rename"), _INDEX),
    st.tuples(st.just("undo")),
)

# Regression examples: the two merge bugs this property test found (both fixed in
# catalog.update_catalog). Edit a sentence, then delete its paragraph: the obsolete entry kept
# "#~| msgid" lines that polib could not read back. Edit a sentence towards its neighbour: the
# edited unit took the unchanged neighbour's translation, which went fuzzy.
EDIT_THEN_DELETE: list[Op] = [("edit", 0, 0, 0, 0), ("delete", 0)]
EDIT_TOWARDS_SIBLING: list[Op] = [("edit", 3, 0, 2, VOCAB.index("Brazil"))]
# Issue 8's duplicate message definitions: a deleted paragraph re-added (same or new id), a
# sentence duplicated and then removed, an edit undone after its paragraph moved.
DELETE_READD: list[Op] = [("delete", 1), ("translate",), ("readd", 0), ("delete", 0),
                          ("restore", 2), ("readd", 1)]
DUPLICATE_RENAME_UNDO: list[Op] = [("duplicate", 0, 0, 1), ("translate",), ("rename", 1),
                                   ("edit", 0, 1, 1, 3), ("move", 0, 2), ("undo",),
                                   ("duplicate", 2, 0, 2), ("delete", 2), ("readd", 0)]


@dataclass
class Para:
    id: str
    sentences: list[str]


def _msgfmt() -> str | None:
    tool = shutil.which("msgfmt")
    if tool is None and os.environ.get("CI"):
        pytest.fail("msgfmt (GNU gettext) is required in CI")
    return tool


class Scenario:
    """The release as a model, the workspace on disk, and what each unit must hold."""

    def __init__(self, root: Path, cli: Cli, msgfmt: str | None) -> None:
        self.root = root
        self.cli = cli
        self.msgfmt = msgfmt
        self.paras = [Para(f"p{i}", list(s)) for i, s in enumerate(PARAGRAPHS, 1)]
        self.fresh = len(self.paras)
        self.marker = 0
        self.deleted: list[Para] = []
        self.seen = {s for p in self.paras for s in p.sentences}
        self.written: dict[str, set[str]] = {lang: set() for lang in LANGS}
        #: per language, every msgstr the translator wrote for each text (two duplicates of one
        #: sentence may each have been given their own translation: both are the work)
        self.wrote_for: dict[str, dict[str, set[str]]] = {lang: {} for lang in LANGS}
        #: per language, each text's (msgstr, fuzzy) when it was last part of the release
        self.state: dict[str, dict[str, tuple[str, bool]]] = {lang: {} for lang in LANGS}
        self.ids: dict[tuple[str, str], str] = {}
        self.last_edit: tuple[str, str] | None = None
        #: texts whose unit may be a fuzzy draft of its old translation (an undone edit) or a
        #: draft for a duplicate, rather than exactly what it held
        self.drafts: set[str] = set()

    # --- setting up ---------------------------------------------------------------------

    @classmethod
    def create(cls, root: Path, cli: Cli, msgfmt: str | None) -> Scenario:
        cli.cwd = root.parent
        cli("init", root.name)
        config = root / "transpub.toml"
        config.write_text(config.read_text(encoding="utf-8").replace(
            'languages = ["ar", "zh", "en", "fr", "ru", "es"]', 'languages = ["en", "fr", "ru"]'),
            encoding="utf-8")
        scenario = cls(root, cli, msgfmt)
        scenario.cli.cwd = root
        scenario.write_source()
        scenario.cli("extract")
        units = len(polib.pofile(str(root / "locales" / f"{SLUG}.pot")))
        assert units == 1 + sum(len(p.sentences) for p in scenario.paras), "model != segmenter"
        scenario.translate()
        scenario.step(("translate",))  # extract once more: the filled files are the baseline
        return scenario

    def clone(self, root: Path) -> Scenario:
        shutil.copytree(self.root, root)
        other = Scenario(root, Cli(root, self.cli.capsys), self.msgfmt)
        other.written = {k: set(v) for k, v in self.written.items()}
        other.wrote_for = {k: {t: set(m) for t, m in v.items()} for k, v in self.wrote_for.items()}
        other.state = {k: dict(v) for k, v in self.state.items()}
        other.ids = dict(self.ids)
        other.marker = self.marker
        return other


    def po(self, lang: str) -> Path:
        return self.root / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"

    def write_source(self) -> None:
        body = "\n".join(f'    <p id="{p.id}">{escape(" ".join(p.sentences))}</p>'
                         for p in self.paras)
        (self.root / "source" / f"{SLUG}.xml").write_text(f"""\
<?xml version='1.0' encoding='UTF-8'?>
<release xmlns="urn:transpub:release:1" id="{SLUG}" xml:lang="en">
  <meta>
    <title id="title">{TITLE}</title>
  </meta>
  <body>
{body}
  </body>
</release>
""", encoding="utf-8")

    def translate(self) -> None:
        """A translator fills every empty, non-fuzzy unit with a unique, marked text."""
        for lang in LANGS:
            po = polib.pofile(str(self.po(lang)))
            for entry in po:
                if entry.msgid and not entry.obsolete and not entry.msgstr:
                    self.marker += 1
                    entry.msgstr = f"[{lang}#{self.marker}] {entry.msgid.upper()}"
                    self.written[lang].add(entry.msgstr)
                    self.wrote_for[lang].setdefault(entry.msgid, set()).add(entry.msgstr)
                    self.state[lang][entry.msgid] = (entry.msgstr, False)
            po.save()

    # --- the edits ----------------------------------------------------------------------

    def _new_id(self) -> str:
        self.fresh += 1
        return f"p{self.fresh}"

    def apply(self, op: Op) -> tuple[str, str] | None:
        """Change the model; returns (old, new) text of an edited sentence."""
        kind, *args = op
        n = len(self.paras)
        ints = [int(a) for a in args if isinstance(a, int)]
        if kind == "insert":
            ident = self._new_id()
            sentences = [f"Delegates raised point {ident}{k} in the debate."
                         for k in "ab"[:ints[1]]]
            self.seen.update(sentences)
            self.paras.insert(ints[0] % (n + 1), Para(ident, sentences))
        elif kind == "delete" and n > 1:
            self.deleted.append(self.paras.pop(ints[0] % n))
        elif kind == "restore" and self.deleted:
            self.paras.insert(ints[0] % (n + 1), self.deleted.pop())
        elif kind == "move":
            self.paras.insert(ints[1] % n, self.paras.pop(ints[0] % n))
        elif kind == "split":
            para = self.paras[ints[0] % n]
            if len(para.sentences) > 1:
                at = ints[1] % (len(para.sentences) - 1) + 1
                second = Para(self._new_id(), para.sentences[at:])
                del para.sentences[at:]
                self.paras.insert(self.paras.index(para) + 1, second)
        elif kind == "merge" and n > 1:
            index = ints[0] % (n - 1)
            self.paras[index].sentences += self.paras.pop(index + 1).sentences
        elif kind == "edit":
            return self._edit(*ints)
        elif kind == "translate":
            self.translate()
        elif kind == "readd" and self.deleted:
            para = self.deleted.pop()
            self.paras.insert(ints[0] % (n + 1), Para(self._new_id(), para.sentences))
        elif kind == "duplicate":
            para = self.paras[ints[0] % n]
            text = para.sentences[ints[1] % len(para.sentences)]
            target = self.paras[ints[2] % n]
            target.sentences.append(text)
            self.drafts.add(text)
        elif kind == "rename":
            self.paras[ints[0] % n].id = self._new_id()
        elif kind == "undo" and self.last_edit is not None:
            old, new = self.last_edit
            self.last_edit = None
            for para in self.paras:
                if new in para.sentences:
                    para.sentences[para.sentences.index(new)] = old
                    self.drafts.add(old)
                    break
        return None

    def _edit(self, para_index: int, sentence: int, word: int, choice: int) -> tuple[
            str, str] | None:
        para = self.paras[para_index % len(self.paras)]
        index = sentence % len(para.sentences)
        old = para.sentences[index]
        words = old[:-1].split(" ")  # every model sentence ends with "."
        position = word % (len(words) - 1) + 1  # never the capitalised first word
        words[position] = VOCAB[choice]
        new = " ".join(words) + "."
        if new in self.seen:
            return None  # a text seen before would be revived, not edited
        self.seen.add(new)
        para.sentences[index] = new
        self.last_edit = (old, new)
        return old, new

    # --- the properties -----------------------------------------------------------------

    def step(self, op: Op) -> None:
        edited = self.apply(op)
        self.write_source()
        self.cli("extract")
        self.check(op, edited)

    def check(self, op: Op, edited: tuple[str, str] | None) -> None:
        where = f"after {op}"
        for lang in ALL_LANGS:
            # what transpub wrote, transpub must read back
            read_translations(self.po(lang), lang)
            if self.msgfmt:
                result = subprocess.run([self.msgfmt, "--check", "-o", os.devnull,
                                         str(self.po(lang))], capture_output=True, text=True,
                                        check=False)
                assert result.returncode == 0, f"{where}: msgfmt: {result.stderr}"
        pot = {(e.msgctxt, e.msgid) for e in polib.pofile(
            str(self.root / "locales" / f"{SLUG}.pot"))}
        for para in self.paras:
            for text in para.sentences:
                ident = next((c for c, t in pot if t == text and c.startswith(para.id + ".")),
                             None)
                assert ident is not None, (where, text, para.id)
                key = (para.id, text)
                if para.sentences.count(text) == 1:
                    assert self.ids.setdefault(key, ident) == ident, \
                        f"{where}: id of {key} changed"
        for lang in LANGS:
            self._check_language(lang, where, edited)
        texts = [t for p in self.paras for t in p.sentences]
        self.drafts = {t for t in self.drafts if texts.count(t) > 1}

    def _check_language(self, lang: str, where: str, edited: tuple[str, str] | None) -> None:
        """Nothing written is lost; untouched units keep their work; edited units are fuzzy with
        the previous msgid; a new unit is empty, or a fuzzy draft the memory offered from a
        similar sentence (never a finished translation)."""
        po = polib.pofile(str(self.po(lang)))
        kept = {e.msgstr for e in po if e.msgid}
        assert not self.written[lang] - kept, f"{where}: {lang} lost {self.written[lang] - kept}"
        by_id = {e.msgctxt: e for e in po if e.msgid and not e.obsolete}
        active = {e.msgid: e for e in po if e.msgid and not e.obsolete}
        state = self.state[lang]
        texts = [t for p in self.paras for t in p.sentences]
        for para in self.paras:
            for text in para.sentences:
                if texts.count(text) > 1 or text in self.drafts:
                    # a duplicate or an undone edit: one of its entries keeps the work, the
                    # others are empty or drafts; nothing is ever published unreviewed
                    entries = [e for e in by_id.values() if e.msgid == text]
                    assert any((e.msgstr, "fuzzy" in e.flags) == state.get(text, (e.msgstr, True))
                               or (state.get(text) and e.msgstr == state[text][0]
                                   and "fuzzy" in e.flags) for e in entries) \
                        or not state.get(text, ("",))[0], f"{where}: {lang} {text!r} lost"
                    mine = self.wrote_for[lang].get(text, set())
                    assert all(e.msgstr == state.get(text, ("", False))[0] or e.msgstr in mine
                               or "fuzzy" in e.flags or not e.msgstr for e in entries), \
                        f"{where}: {lang} {text!r}"
        for text in (t for t in texts if texts.count(t) == 1 and t not in self.drafts):
            entry = active[text]
            got = (entry.msgstr, "fuzzy" in entry.flags)
            if edited is not None and text == edited[1]:
                old_msgstr = state[edited[0]][0]
                if old_msgstr:
                    assert got == (old_msgstr, True), f"{where}: {lang} edited unit {got}"
                    assert entry.previous_msgid == edited[0], f"{where}: {lang} previous msgid"
                else:
                    assert _empty_or_memory_draft(entry), f"{where}: {lang} edited {got}"
            elif text in state:
                # untouched, moved, split off, merged or restored: the same text, the same work
                assert got == state[text], f"{where}: {lang} {text!r}: {got} != {state[text]}"
            else:
                assert _empty_or_memory_draft(entry), f"{where}: {lang} new unit {text!r}: {got}"
        for text, entry in active.items():
            if texts.count(text) == 1:
                state[text] = (entry.msgstr, "fuzzy" in entry.flags)

    def digest(self) -> dict[str, str]:
        return {str(p.relative_to(self.root)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted((self.root / "locales").rglob("*")) if p.is_file()}


@pytest.fixture
def seeded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Callable[[], Scenario]:
    """A fresh copy of the translated workspace for each example (set up once per test)."""
    base = Scenario.create(tmp_path / "base", Cli(tmp_path, capsys), _msgfmt())
    copies = iter(range(10**6))
    return lambda: base.clone(tmp_path / f"run{next(copies)}")


def run(make: Callable[[], Scenario], ops: Sequence[Op]) -> None:
    scenario = make()
    for op in ops:
        scenario.step(op)
    before = scenario.digest()
    scenario.cli("extract")
    assert scenario.digest() == before, "a second extract changed the catalogues"
    shutil.rmtree(scenario.root)


@settings(max_examples=25, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(ops=st.lists(OPS, min_size=1, max_size=8))
@example(ops=EDIT_THEN_DELETE)
@example(ops=EDIT_TOWARDS_SIBLING)
@example(ops=[("insert", 0, 1), ("translate",), ("insert", 0, 1)])  # memory drafts a new unit
@example(ops=DELETE_READD)
@example(ops=DUPLICATE_RENAME_UNDO)
# two untranslated duplicates, each then given its own translation (found by hypothesis)
@example(ops=[("insert", 0, 1), ("duplicate", 0, 0, 0), ("translate",)])
# an edited sentence duplicated, then the duplicate's edit undone: the old text comes back in
# another paragraph, its translation only in the edited unit's draft (found by hypothesis,
# seed 4: the new unit was left empty; now it is offered that draft's msgstr, fuzzy)
@example(ops=[("edit", 2, 0, 0, 0), ("duplicate", 2, 0, 0), ("undo",)])
def test_extract_never_loses_a_translation(seeded: Callable[[], Scenario],
                                           ops: list[Op]) -> None:
    run(seeded, ops)


def test_a_long_fixed_sequence_of_edits(seeded: Callable[[], Scenario]) -> None:
    """The same properties on a fixed sequence touching every kind of edit."""
    run(seeded, [("insert", 1, 2), ("translate",), ("edit", 1, 1, 3, 5), ("move", 0, 4),
                 ("split", 2, 1), ("merge", 0), ("delete", 3), ("restore", 1),
                 ("edit", 0, 0, 4, 6), ("insert", 9, 1)])


def test_an_obsolete_fuzzy_entry_can_be_read_back(seeded: Callable[[], Scenario]) -> None:
    run(seeded, EDIT_THEN_DELETE)


def test_an_edit_never_takes_an_unchanged_siblings_translation(
        seeded: Callable[[], Scenario]) -> None:
    run(seeded, EDIT_TOWARDS_SIBLING)


def _empty_or_memory_draft(entry: polib.POEntry) -> bool:
    if not entry.msgstr:
        return "fuzzy" not in entry.flags
    return "fuzzy" in entry.flags and entry.tcomment.startswith("TM ")
