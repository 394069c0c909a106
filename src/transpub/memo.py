"""Memos of what the checks derive from a text, sized to the file being checked.

A source is checked once in each target language's file, and a worker checks a release's
files one after the other: what a check derives from a source (its terms, dates, numbers,
honorifics…) is worked out once and looked up four times, provided the memo still holds it
when the next file comes. A memo of a fixed size does for releases of a few dozen units, and
misses every time once a release has more sources than it holds: the texts come round in the
same order in each file, so the oldest, the one dropped, is always the next one asked for
(``lru_cache(maxsize=512)`` on a release of 2,700 units: a check 2.2 times slower per unit).

So each memo holds its own ``base`` entries, or, while a larger file is checked, as many as
``fit`` asked for (the checker asks for twice the units of each file it checks: a memo of
sources and translations holds the file's and its release's sources). Memory follows the
file being checked, as the file's own units do, and comes back down after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, NamedTuple, TypeVar

K = TypeVar("K")
V = TypeVar("V")

_floor = 0

#: The entries a memo holds when the file checked is smaller (``fit`` asks for more while a
#: larger one is checked): a release's texts, and a boilerplate sentence asked for in every
#: release (a key asked again moves to the current generation). 512 held texts of releases
#: checked long before, never asked again: at N = 1000 the 27 memos of that size held 10 MB
#: more in each process (the check's processes 152 -> 135 MB, all of them), for 10 % fewer
#: misses on the benchmark's corpus and no CPU measured.
BASE = 128


def fit(entries: int) -> None:
    """Let every memo hold ``entries`` entries, or its own base size when that is larger,
    from now on (a worker process calls it for each file it checks)."""
    global _floor
    _floor = max(0, entries)


def capacity(base: int) -> int:
    """How many entries a memo of ``base`` entries holds now (``fit``)."""
    return base if base >= _floor else _floor


class CacheInfo(NamedTuple):
    """What ``functools.lru_cache``'s ``cache_info`` tells, for the tests that read it."""

    hits: int
    misses: int
    maxsize: int
    currsize: int


_MISSING: Any = object()


class Memo(dict[K, V], Generic[K, V]):
    """``func``'s results, looked up as ``memo[key]`` (``memo[text, lang]`` for a function of
    two arguments, ``memo[text]`` for one of one); a miss calls ``func`` (``__missing__``), so
    that a hit is a dictionary look-up in C, cheaper than ``lru_cache``'s call.

    Two generations: when the current one is full (``capacity``), it becomes the older one
    and a new one starts; a key asked for again is moved from the older to the current one.
    What is asked for in every file (a release's sources) stays; what is asked once (most
    translations) goes within two generations."""

    def __init__(self, func: Callable[..., V], base: int, spread: bool = True) -> None:
        super().__init__()
        self.func = func
        self.base = base
        self.spread = spread  # the key is the arguments' tuple (else the one argument)
        self.misses = 0  # look-ups the current generation did not hold (made, or moved)
        self._older: dict[K, V] = {}
        # (named as the function is: reports, profiles and tests name it)
        self.__wrapped__ = func
        self.__doc__ = func.__doc__
        self.__name__ = func.__name__
        self.__qualname__ = func.__qualname__
        self.__module__ = func.__module__

    def __missing__(self, key: K) -> V:
        self.misses += 1
        value: V = self._older.pop(key, _MISSING)
        if value is _MISSING:
            value = self.func(*key) if self.spread else self.func(key)  # type: ignore[misc]
        if len(self) >= capacity(self.base):
            self._older = dict(self)
            self.clear()
        self[key] = value
        return value

    def __call__(self, *args: Any) -> V:
        """``memo[args]``, as the function was called before it had a memo."""
        key: Any = args if self.spread else args[0]
        return self[key]

    def cache_clear(self) -> None:
        self.clear()
        self._older = {}
        self.misses = 0

    def cache_info(self) -> CacheInfo:
        """Counts as ``lru_cache`` gives them (hits are not counted: a hit is a plain look-up,
        so none is reported)."""
        return CacheInfo(0, self.misses, capacity(self.base), len(self) + len(self._older))


def memo(base: int = BASE, spread: bool = True) -> Callable[[Callable[..., V]], Memo[Any, V]]:
    """Decorate ``func`` as a ``Memo`` of ``base`` entries (``spread=False``: ``func`` takes
    one argument, the key itself)."""
    def wrap(func: Callable[..., V]) -> Memo[Any, V]:
        return Memo(func, base, spread)
    return wrap
