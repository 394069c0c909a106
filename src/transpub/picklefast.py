"""Frozen dataclasses pickled as their class and field values.

A check in worker processes sends each PO file's release and segments to a worker and its
findings back. ``@dataclass(frozen=True, slots=True)`` objects pickle through the
``__getstate__``/``__setstate__`` that ``dataclasses`` writes in Python, one call per object
and one ``object.__setattr__`` per field: sending a release's segments took 15 times as long as
sending the same values as (class, fields) pairs, which pickle handles in C. Unpickling calls
the class with those values: the object that comes out is equal to the one sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter
from typing import Any, TypeVar

T = TypeVar("T")


def by_fields(cls: type[T]) -> type[T]:
    """Give the frozen dataclass ``cls`` a ``__reduce__``: (``cls``, its fields in order).
    Every field must be an ``__init__`` parameter (the class is called with them)."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    if not all(f.init for f in fields(cls)):  # type: ignore[arg-type]
        raise TypeError(f"{cls.__name__}: a field is not an __init__ parameter")
    get: Callable[[Any], Any] = attrgetter(*names)
    if len(names) == 1:
        def reduce(self: Any) -> tuple[Any, ...]:
            return (cls, (get(self),))
    else:
        def reduce(self: Any) -> tuple[Any, ...]:
            return (cls, get(self))
    cls.__reduce__ = reduce  # type: ignore[method-assign]
    return cls
