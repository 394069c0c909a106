"""An on-disk cache of read and indexed termbases (``.transpub-cache/termbase/``).

Reading a 20,000-concept TBX file takes about a second, and indexing its terms for each
language about as long again; both depend only on the files' bytes, the source language and
transpub's code. An entry is filed under a digest of all of these (a changed termbase or an
upgraded transpub is a different name, never a stale hit) and holds the concepts, and, one file
per language, the matcher's index (``terms.Matcher.state``).

Entries are ``marshal`` data (tuples, strings, numbers: a cache file cannot run code, unlike a
pickle), preceded by a line naming the format and key and the payload's CRC-32 and length. An
entry that cannot be read, is truncated, corrupt or for another key is ignored and rebuilt;
entries are written with ``fsutil.write_atomic``. The cache never changes a result: the
findings with and without it are the same (tests/test_termcache.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from transpub.errors import TermbaseError
from transpub.regular import read_cache
from transpub.termbase import Concept, Term, Termbase

if TYPE_CHECKING:
    from transpub.statmemo import StatMemo

#: Bump when an entry's layout changes (the code digest covers everything else).
FORMAT = "transpub-termbase-cache/7"
FOLDER = "termbase"
#: The stat memo of the termbase files' digests (``.transpub-cache/stat-termbase.json``).
MEMO = "termbase"


def folder(root: Path) -> Path:
    """The termbase cache's folder in a workspace (``.transpub-cache/termbase``)."""
    from transpub.checkcache import FOLDER as CACHE

    return root / CACHE / FOLDER


def key(paths: Iterable[Path], source_lang: str, memo: StatMemo | None = None) -> str | None:
    """The digest an entry is filed under; None when a file cannot be read (the loader then
    reports it as it always does).

    ``memo``: where each file's SHA-256 is remembered by its ``stat`` (``statmemo``'s rule: an
    entry only for a file whose last change is older than the racy window, trusted while its
    size, times, inode and device are unchanged), so that a 21.7 MB TBX file is not read and
    hashed on every run; the key is the same with or without it."""
    from transpub.checkcache import code_digest

    digest = hashlib.sha256(f"{FORMAT}\0{code_digest()}\0{source_lang}\0".encode())
    for path in paths:
        sized = _sized_digest(path, memo)
        if sized is None:
            return None
        size, file_digest = sized
        digest.update(f"{path}\0{size}\0".encode())
        digest.update(file_digest)
        if path.suffix.lower() not in (".tbx", ".xml"):
            # (a glossary of no header reads in the languages of the OmegaT project it is
            # in: its project file is part of what it says, ``glossary.omegat_languages``)
            for folder in (path.parent, path.parent.parent):
                with contextlib.suppress(OSError):
                    digest.update(hashlib.sha256((folder / "omegat.project").read_bytes())
                                  .digest())
    return digest.hexdigest()


def _sized_digest(path: Path, memo: StatMemo | None) -> tuple[int, bytes] | None:
    """The file's length and SHA-256 (remembered in ``memo`` when given); None: unreadable."""
    if memo is None:
        try:
            data = read_cache(path)
        except OSError:
            return None
        return len(data), hashlib.sha256(data).digest()
    try:
        value = memo.fact(os.path.abspath(path), "termbase-sha256", _size_and_hash,  # noqa: PTH100
                          _is_size_and_hash)
    except OSError:
        return None
    if not isinstance(value, str):
        return None  # no such file
    size, _, hexdigest = value.partition(":")
    return int(size), bytes.fromhex(hexdigest)


def _size_and_hash(data: bytes) -> str:
    return f"{len(data)}:{hashlib.sha256(data).hexdigest()}"


def _is_size_and_hash(value: object) -> bool:
    """A remembered value of the right shape (a hand-edited memo is computed again)."""
    if not isinstance(value, str):
        return False
    size, sep, hexdigest = value.partition(":")
    return bool(sep) and size.isdigit() and size.isascii() and len(hexdigest) == 64 and all(
        c in "0123456789abcdef" for c in hexdigest)


def read(path: Path, expected_key: str) -> Any | None:
    """The payload of an entry, or None when it is missing, for another key, or damaged."""
    try:
        data = read_cache(path)
    except OSError:
        return None
    end = data.find(b"\n")
    if end < 0:
        return None
    # the payload as a view, not a copy (the six indexes of a large termbase: 20 MB)
    payload = memoryview(data)[end + 1:]
    want = f"{FORMAT} {expected_key} {_checksum(payload)}".encode()
    if data[:end] != want:
        return None
    try:
        return marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None


def _checksum(payload: bytes | memoryview) -> str:
    """What tells a damaged or truncated payload: a CRC-32 and the length. The key (a SHA-256
    of the termbase's bytes) names the content; this only guards the file against damage, and
    costs a sixth of a SHA-256 over the 25 MB of a 20,000-concept termbase's entries."""
    return f"{zlib.crc32(payload):08x}-{len(payload)}"


def write(path: Path, entry_key: str, value: Any) -> None:
    """Store ``value`` (marshal-able data) atomically; a cache that cannot be written is no
    error (the next run reads the termbase again)."""
    from transpub.checkcache import _ensure_ignored
    from transpub.errors import TranspubError
    from transpub.fsutil import write_atomic

    payload = marshal.dumps(_shared(value, {}))
    head = f"{FORMAT} {entry_key} {_checksum(payload)}\n".encode()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _ensure_ignored(path.parent)
        write_atomic(path, head + payload)
    except (OSError, TranspubError):
        return


def _shared(value: Any, strings: dict[str, str]) -> Any:
    """``value`` with each distinct string one object: ``marshal`` then writes a repeated
    string as a reference to its first copy, which reads back as the same object instead of
    a string decoded and made again (an index repeats its pieces: a large termbase's words
    recur in thousands of names; its six indexes read in 40 % less time)."""
    if isinstance(value, str):
        return strings.setdefault(value, value)
    if isinstance(value, tuple):
        return tuple(_shared(item, strings) for item in value)
    if isinstance(value, list):
        return [_shared(item, strings) for item in value]
    if isinstance(value, dict):
        return {_shared(k, strings): _shared(v, strings) for k, v in value.items()}
    return value


def termbase_data(termbase: Termbase) -> tuple[Any, ...]:
    """A termbase as plain data for ``marshal``, in columns (a tuple per concept unmarshals
    several times slower): the concepts' ids, categories (codes into a table), lines, and
    each concept's terms as its own ``marshal`` bytes (languages, term counts, texts, status
    codes), read only when the concept's terms are first asked for (``_Terms``)."""
    statuses: dict[str, int] = {}
    categories: dict[str, int] = {}
    blobs = []
    named: Counter[str] = Counter()
    for concept in termbase.concepts:
        langs = tuple(concept.terms)
        named.update(lang for lang in langs if concept.terms[lang])
        terms = [term for lang in langs for term in concept.terms[lang]]
        blobs.append(marshal.dumps((
            langs, tuple(len(concept.terms[lang]) for lang in langs),
            tuple(term.text for term in terms),
            bytes(statuses.setdefault(term.status, len(statuses)) % 256 for term in terms))))
        categories.setdefault(concept.category, len(categories))
    if len(statuses) > 255 or len(categories) > 255:
        raise ValueError("more than 255 distinct term statuses or categories")
    warnings = tuple((w.message, str(w.path) if w.path is not None else None, w.line)
                     for w in termbase.warnings)
    concepts = termbase.concepts
    return (tuple(c.id for c in concepts), tuple(categories),
            bytes(categories[c.category] for c in concepts), tuple(c.line for c in concepts),
            tuple(blobs), tuple(statuses), tuple(str(p) for p in termbase.paths), warnings,
            tuple(sorted(named.items())))


def termbase_from(data: Any) -> Termbase:
    """The termbase ``termbase_data`` stored. Each concept's terms are read when first asked
    for (``_Terms``): a run looks at the terms of the few hundred concepts a release names,
    not at the 120,000 terms of a 20,000-concept termbase (made and sliced here from one
    column of texts before: 75 ms of reading such a termbase from the cache, 20 ms now)."""
    ids, categories, codes, lines, blobs, statuses, paths, warnings, named = data
    if not len(ids) == len(codes) == len(lines) == len(blobs):
        raise ValueError("columns of different lengths")
    if codes and max(codes) >= len(categories):
        raise ValueError("a concept's category is not in the table")
    concepts = [Concept(ident, categories[code], _Terms(blob, statuses), line)
                for ident, code, line, blob in zip(ids, codes, lines, blobs, strict=True)]
    return Termbase(tuple(concepts), tuple(Path(p) for p in paths),
                    tuple(TermbaseError(message, path, line) for message, path, line in warnings),
                    named=tuple((lang, count) for lang, count in named))


class _Terms(Mapping[str, tuple[Term, ...]]):
    """A cached concept's terms per language (``Concept.terms``), read from its own
    ``marshal`` bytes on first use: the same mapping, in the same order, as the termbase read
    from its file (a plain dict once pickled). The entry's CRC-32 was checked when it was read;
    bytes that do not read as terms (which only a forged entry can hold) are an error."""

    __slots__ = ("_blob", "_langs", "_made", "_statuses")

    def __init__(self, blob: bytes, statuses: Sequence[str]) -> None:
        self._blob, self._statuses = blob, statuses
        self._made: dict[str, tuple[Term, ...]] | None = None
        self._langs: frozenset[str] | None = None

    def __contains__(self, lang: object) -> bool:
        """Whether the concept has terms in ``lang``, without making them (a check asks it of
        every concept: 20,000 concepts' terms made took 0.3 s, their languages read 10 ms)."""
        if self._made is not None:
            return lang in self._made
        if self._langs is None:
            try:
                langs, counts = marshal.loads(self._blob)[:2]
                self._langs = frozenset(code for code, count in zip(langs, counts, strict=True)
                                        if count)
            except (EOFError, ValueError, TypeError) as exc:
                raise TermbaseError(f"damaged termbase cache entry ({exc}): delete "
                                    ".transpub-cache/termbase/") from None
        return lang in self._langs

    def _terms(self) -> dict[str, tuple[Term, ...]]:
        made = self._made
        if made is None:
            try:
                langs, counts, texts, codes = marshal.loads(self._blob)
                statuses = self._statuses
                terms = [Term(text, statuses[code])
                         for text, code in zip(texts, codes, strict=True)]
                made = {}
                at = 0
                for lang, count in zip(langs, counts, strict=True):
                    made[lang] = tuple(terms[at:at + count])
                    at += count
                if at != len(terms):
                    raise ValueError("term counts do not add up")
            except (EOFError, ValueError, TypeError, IndexError) as exc:
                raise TermbaseError(f"damaged termbase cache entry ({exc}): delete "
                                    ".transpub-cache/termbase/") from None
            self._made = made
        return made

    def __getitem__(self, lang: str) -> tuple[Term, ...]:
        return self._terms()[lang]

    def get(self, lang: str, default: Any = None) -> Any:
        return self._terms().get(lang, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._terms())

    def __len__(self) -> int:
        return len(self._terms())

    def __repr__(self) -> str:
        return repr(self._terms())  # what the dict read from the file shows

    def __reduce__(self) -> tuple[Any, ...]:
        return (dict, (self._terms(),))


def load(paths: list[Path], source_lang: str, root: Path) -> Termbase:
    """``load_termbases`` through the cache in the workspace ``root`` (a folder made on first
    write); the termbase returned names where its matchers' indexes are cached
    (``Termbase.index_cache``)."""
    return load_in(paths, source_lang, folder(root))


def user_store() -> Path | None:
    """The termbase cache of a check outside any workspace (PO files checked on their own
    with ``--termbase``): in the user's cache folder, beside the compiled regular expressions
    (``recache.user_folder``: ``$XDG_CACHE_HOME/transpub/termbase``); None: no home folder.
    Without it, a 20,000-concept termbase was read from its TBX file on every run: 2 s against
    0.35 s from a cache."""
    from transpub.recache import user_folder

    base = user_folder()
    return None if base is None else base / FOLDER


def load_in(paths: list[Path], source_lang: str, where: Path) -> Termbase:
    """``load`` with the cache in the folder ``where`` (its files' digests remembered beside
    it, in ``stat-termbase.json``)."""
    from transpub.statmemo import StatMemo
    from transpub.termbase import load_termbases

    memo = StatMemo(where.parent / f"stat-{MEMO}.json")
    entry_key = key(paths, source_lang, memo)
    memo.save()
    if entry_key is None:
        return load_termbases(paths, source_lang)
    base = where / entry_key[:40]
    entry = base.with_suffix(".tb")
    data = read(entry, entry_key)
    termbase = None
    if data is not None:
        try:
            termbase = termbase_from(data)
        except (TypeError, ValueError, IndexError, KeyError):
            termbase = None  # a payload of the wrong shape: rebuilt below
    if termbase is None:
        termbase = load_termbases(paths, source_lang)
        try:
            data = termbase_data(termbase)
        except ValueError:
            return termbase  # not storable (hundreds of statuses): read every time
        write(entry, entry_key, data)
        prune(entry.parent)
    else:
        with contextlib.suppress(OSError):
            os.utime(entry)  # recently used: pruned last
    return replace(termbase, index_cache=(str(base), entry_key))


#: Termbases kept (each with its languages' indexes); the least recently used go first.
KEEP = 8


def prune(where: Path) -> None:
    """Delete all but the ``KEEP`` most recently used entries (an edited termbase is a new
    entry: the cache keeps a few, not one per edit ever made)."""
    try:
        entries = sorted(where.glob("*.tb"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in entries[KEEP:]:
        for path in where.glob(old.stem + ".*"):
            with contextlib.suppress(OSError):
                path.unlink()


def read_index(termbase: Termbase, lang: str) -> Any | None:
    """A matcher's index for ``lang`` cached beside the termbase, if any."""
    if termbase.index_cache is None:
        return None
    base, entry_key = termbase.index_cache
    return read(Path(f"{base}.{lang}.idx"), entry_key)


def write_index(termbase: Termbase, lang: str, state: Any) -> None:
    if termbase.index_cache is not None:
        base, entry_key = termbase.index_cache
        write(Path(f"{base}.{lang}.idx"), entry_key, state)
