"""What an extract worker sends its main process (``workspace._plain_result``) comes back as
the very result it made, every field of it."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

from transpub.catalog import MergeStats
from transpub.errors import CatalogError
from transpub.workspace import ExtractResult, _plain_result, _result_from_plain


def _filled(cls: type, **given: object) -> object:
    """An instance of the dataclass ``cls`` with no field at its default (a field added later
    and not sent would come back at its default, and fail the comparison)."""
    values: dict[str, object] = {}
    for number, item in enumerate(dataclasses.fields(cls)):
        if item.name in given:
            values[item.name] = given[item.name]
        elif item.type in ("int", int):
            values[item.name] = number + 1
        elif item.type in ("bool", bool):
            values[item.name] = True
        elif item.type in ("str | None", "str"):
            values[item.name] = f"value {number}"
        else:
            raise AssertionError(f"no test value for {cls.__name__}.{item.name}: {item.type}")
    return cls(**values)


def test_a_result_sent_as_plain_data_comes_back_whole() -> None:
    merges = [_filled(MergeStats, path=Path(f"/ws/locales/{lang}/LC_MESSAGES/r.po"),
                      changes=[f"new r.p{lang}", "fuzzy r.p2"]) for lang in ("fr", "ar")]
    result = _filled(ExtractResult, template=Path("/ws/locales/r.pot"), merges=merges,
                     errors=[CatalogError("broken", Path("/ws/locales/ru/LC_MESSAGES/r.po"),
                                          3)])
    sent = pickle.loads(pickle.dumps(_plain_result(result)))  # type: ignore[arg-type]
    back = _result_from_plain(sent)
    # (exceptions compare by identity: the error is compared by what it says)
    assert [(type(e), str(e), e.line) for e in back.errors] == [
        (CatalogError, str(e), 3) for e in result.errors]  # type: ignore[attr-defined]
    assert dataclasses.replace(back, errors=[]) == dataclasses.replace(
        result, errors=[])  # type: ignore[type-var]
    assert isinstance(back.template, Path) and all(isinstance(m.path, Path) for m in back.merges)


def test_the_plain_data_is_plain() -> None:
    """Only built-in types (and the rare error) cross the pipe: nothing pickled by a Python
    ``__reduce__`` or ``__getstate__`` per release."""
    result = ExtractResult(Path("/ws/locales/r.pot"), True,
                           [MergeStats(Path("/ws/locales/fr/LC_MESSAGES/r.po"), new=3)],
                           release_id="r")

    def walk(value: object) -> None:
        assert type(value) in (str, int, bool, list, tuple, type(None)), type(value)
        if isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    walk(_plain_result(result))
