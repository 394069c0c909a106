"""What ``checks.warm`` built before the check's workers are forked is kept by them and by the
main process, which checks chunks beside them (``checker._parallel``): none of them compiles
the parsers' patterns again; the main process lets go of them once its last chunk is checked
(``checker._forget_warmed``; ``test_kpool20_main_works``). babel's CLDR data, which the
parsers' memos are built from, is let go of before the fork (``checker._drop_cldr``): no
process holds it."""

from __future__ import annotations

from typing import Any

import babel.core
import babel.localedata

from test_checkunit13_patterns import _BUILDERS, _UNIT_CODES, REPO, _forget, _in_worker
from transpub.config import load_settings


def _held(builders: list[Any]) -> dict[str, int]:
    return {builder.__qualname__: builder.cache_info().currsize for builder in builders
            if builder.cache_info().currsize}


def _cldr_in_worker() -> tuple[list[str], bool]:
    return list(babel.localedata._cache), babel.core._global_data is None


def test_the_main_process_and_the_workers_keep_the_warmed_patterns() -> None:
    from transpub.checker import _start_pool, _stop_pool
    from transpub.termbase import Termbase

    settings = load_settings(REPO)
    _forget()
    try:
        pool = _start_pool(Termbase(()), set(_UNIT_CODES), "en", 2, settings)
        try:
            held = _held(_BUILDERS)
            in_main = _in_worker()
            cldr = list(babel.localedata._cache)
            cldr_global = babel.core._global_data
            # babel's data is let go of before the fork: what the workers parse is built
            cldr_in_workers = [pool.submit(_cldr_in_worker).result(timeout=60)
                               for _ in range(4)]
            in_workers = [pool.submit(_in_worker) for _ in range(4)]
            compiled = [future.result(timeout=120) for future in in_workers]
        finally:
            _stop_pool(pool)
    finally:
        _forget()
    assert held and in_main == []
    assert cldr == []
    assert cldr_global is None
    assert cldr_in_workers == [([], True)] * 4
    assert compiled == [[], [], [], []]


def test_the_main_process_builds_them_again_when_it_needs_them() -> None:
    """(What a main process that checks files after all would do: the memos fill again.)"""
    from transpub import datefind
    from transpub.checker import _forget_warmed

    _forget()
    try:
        before = datefind.find_dates("le 3 mai 2024", "fr")
        _forget_warmed()
        assert _held(_BUILDERS) == {}
        assert datefind.find_dates("le 3 mai 2024", "fr") == before
    finally:
        _forget()


_NAMED = (("Talks in Geneva between France and the Security Council", "en"),
          ("Des pourparlers à Genève entre la France et le Conseil de sécurité", "fr"),
          ("Conversaciones en Ginebra entre Francia y el Consejo de Seguridad", "es"),
          ("Переговоры в Женеве между Францией и Советом Безопасности", "ru"),
          ("محادثات في جنيف بين فرنسا ومجلس الأمن", "ar"),
          ("法国与安全理事会在日内瓦会谈", "zh"))


def _names_in_worker() -> tuple[list[tuple[str, ...]], list[str], bool]:
    """The countries, places and UN bodies of ``_NAMED`` read in a worker, the language tags
    of a PO header read as ``pounits`` reads them, and what of babel's CLDR data that
    loaded."""
    from transpub import namefind
    from transpub.languages import number_convention

    found = [tuple(code for kind in (namefind.COUNTRIES, namefind.PLACES, namefind.UN_NAMES)
                   for code, _ in namefind.names_in(text, lang, kind))
             for text, lang in _NAMED]
    for tag in ("fr", "es", "ru", "ar", "zh", "en", "fr.UTF-8", "sr@latin"):
        number_convention(tag, tag[:2])
    return found, list(babel.localedata._cache), babel.core._global_data is None


def _forget_names() -> None:
    from transpub import languages, namefind

    for builder in (namefind._names, namefind._pattern, namefind._first_words,
                    namefind._by_code, namefind._own_patterns, languages.number_convention,
                    languages.parse_tag):
        builder.cache_clear()
    for found in namefind._FOUND.values():
        found.cache_clear()
    namefind._keys.cache_clear()


def test_a_worker_reads_countries_places_and_un_bodies_without_cldr() -> None:
    """The countries' names are CLDR's: built after the fork, they brought the six locales'
    data back into every process (~10 MB each); a header's language tag read with its
    script brought CLDR's global data back (2.2 MB)."""
    from transpub.checker import _start_pool, _stop_pool
    from transpub.termbase import Termbase

    settings = load_settings(REPO)
    _forget()
    _forget_names()
    try:
        pool = _start_pool(Termbase(()), set(_UNIT_CODES), "en", 1, settings)
        try:
            found, cldr, no_global = pool.submit(_names_in_worker).result(timeout=120)
        finally:
            _stop_pool(pool)
    finally:
        _forget()
        _forget_names()
    # every language names France, Geneva and the Security Council
    assert all(len(codes) == 3 for codes in found), found
    assert cldr == []
    assert no_global
