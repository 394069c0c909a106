"""Language facts from babel (CLDR): validation, text direction, plural forms, names."""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
from collections.abc import Iterable
from dataclasses import FrozenInstanceError, dataclass
from functools import cache
from typing import Any

import babel
from babel import Locale, UnknownLocaleError
from babel.core import get_global

from transpub.errors import ConfigError

#: The six official UN languages, in the UN's own order (Arabic, Chinese, English, French,
#: Russian, Spanish: alphabetical in English), which is also the switcher's order.
UN_LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")

#: babel 2.19 writes CLDR's "many" category for these (nplurals=3), where GNU gettext, Poedit,
#: Lokalize and Weblate expect the classical two forms; use gettext's own expressions instead.
_GETTEXT_PLURALS: dict[str, str] = {
    "fr": "nplurals=2; plural=(n > 1);",
    "es": "nplurals=2; plural=(n != 1);",
    "it": "nplurals=2; plural=(n != 1);",
    "pt": "nplurals=2; plural=(n != 1);",
    "ca": "nplurals=2; plural=(n != 1);",
}

#: Languages written without spaces between sentences.
_NO_SPACE_SCRIPTS = frozenset({"zh", "ja", "yue"})


#: ``LanguageInfo``'s facts, in the order its constructor takes them after the code.
_FACTS = ("direction", "plural_forms", "native_name", "english_name", "sentence_joiner")

#: The babel release whose CLDR data gave ``_UN_FACTS``.
_UN_FACTS_BABEL = "2.19.0"
#: ``_cldr_facts`` of the six UN languages as babel 2.19.0 reads them (tests/test_load18_
#: languages.py reads them again from babel): every extract and build asks for them at its
#: start, and loading babel's locale data for them (each language's, its parents', English's)
#: cost ~230 million instructions, 13 % of a fresh serial extract of 100 releases (the child
#: of ``FactsApart`` in a parallel one). With another babel release they are read from CLDR.
_UN_FACTS: dict[str, tuple[str, str, str, str, str]] = {
    "ar": ("rtl", "nplurals=6; plural=(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 "
                  "&& n % 100 <= 10 ? 3 : n % 100 >= 11 && n % 100 <= 99 ? 4 : 5);",
           "العربية", "Arabic", " "),
    "zh": ("ltr", "nplurals=1; plural=0;", "中文", "Chinese", ""),
    "en": ("ltr", "nplurals=2; plural=(n != 1);", "English", "English", " "),
    "fr": ("ltr", "nplurals=2; plural=(n > 1);", "Français", "French", " "),
    "ru": ("ltr", "nplurals=3; plural=n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 >= 2 && "
                  "n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2;",
           "Русский", "Russian", " "),
    "es": ("ltr", "nplurals=2; plural=(n != 1);", "Español", "Spanish", " "),
}


class LanguageInfo:
    """What the pipeline needs to know about one language.

    ``code`` is the code as the user wrote it (``zh``, ``fr``, ``pt_BR``); ``direction``
    (``ltr`` or ``rtl``, for ``<html dir>``), ``plural_forms`` (the PO ``Plural-Forms``
    header), ``native_name`` (the language named in itself, capitalised as a language
    switcher shows it), ``english_name`` (``Language-Team``) and ``sentence_joiner`` (a
    space, or nothing for Chinese) come from CLDR's locale data, which ``language`` reads only
    when one of them is first asked for: every command validates the configured languages at
    start-up, but a check never asks for these facts, and loading six locales' data cost ~36 ms
    of every start. Immutable, compared and pickled by value like the frozen dataclass it was.
    """

    __slots__ = ("_facts", "code")

    code: str
    _facts: tuple[str, str, str, str, str] | None

    def __init__(self, code: str, direction: str | None = None,
                 plural_forms: str | None = None, native_name: str | None = None,
                 english_name: str | None = None, sentence_joiner: str | None = None) -> None:
        given = (direction, plural_forms, native_name, english_name, sentence_joiner)
        object.__setattr__(self, "code", code)
        if all(value is not None for value in given):
            object.__setattr__(self, "_facts", given)
        elif any(value is not None for value in given):
            raise TypeError("LanguageInfo: give every fact or none (then read from CLDR)")
        else:
            object.__setattr__(self, "_facts", None)

    def facts(self) -> tuple[str, str, str, str, str]:
        """The five facts, read from CLDR on first use (``_cldr_facts``, once per code)."""
        facts = self._facts
        if facts is None:
            facts = _cldr_facts(self.code)
            object.__setattr__(self, "_facts", facts)
        return facts

    @property
    def direction(self) -> str:
        return self.facts()[0]

    @property
    def plural_forms(self) -> str:
        return self.facts()[1]

    @property
    def native_name(self) -> str:
        return self.facts()[2]

    @property
    def english_name(self) -> str:
        return self.facts()[3]

    @property
    def sentence_joiner(self) -> str:
        return self.facts()[4]

    @property
    def nplurals(self) -> int:
        return int(self.plural_forms.split(";")[0].split("=")[1])

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, LanguageInfo)
        return self.code == other.code and (self is other or self.facts() == other.facts())

    def __hash__(self) -> int:
        return hash(self.code)  # (equal infos have equal codes: no CLDR read to hash one)

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(
            ("code", *_FACTS), (self.code, *self.facts()), strict=True))
        return f"LanguageInfo({fields})"

    def __reduce__(self) -> tuple[Any, ...]:
        # sent to check workers: the facts only if this process has read them already
        return (LanguageInfo, (self.code, *self._facts) if self._facts else (self.code,))


def language(code: str) -> LanguageInfo:
    """Return the facts for ``code``, or raise ConfigError for an unknown language. The
    code is validated here (babel knows the locale: a file's existence, no data read); the
    facts are read when first used.

    >>> language("ar").direction
    'rtl'
    >>> language("fr").plural_forms
    'nplurals=2; plural=(n > 1);'
    """
    known = _KNOWN.get(code)
    if known is None:
        _parse_locale(code)
        facts = _un_facts(code)
        known = _KNOWN[code] = LanguageInfo(code, *facts) if facts else LanguageInfo(code)
    return known


#: ``language``'s answers, by code (one object per code: its facts are read once).
_KNOWN: dict[str, LanguageInfo] = {}


def _parse_locale(code: str) -> Locale:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise ConfigError(f"unknown language code {code!r} (babel/CLDR does not know it)") from None


def _un_facts(code: str) -> tuple[str, str, str, str, str] | None:
    """``_cldr_facts(code)`` without reading CLDR, for a UN language under the babel release
    ``_UN_FACTS`` was read with; else None."""
    facts = _UN_FACTS.get(code)
    return facts if facts is not None and babel.__version__ == _UN_FACTS_BABEL else None


@cache
def _cldr_facts(code: str) -> tuple[str, str, str, str, str]:
    """``LanguageInfo``'s facts from CLDR (babel's locale data for ``code``, its parents and
    English's, loaded here)."""
    return _un_facts(code) or _read_cldr_facts(code)


def _read_cldr_facts(code: str) -> tuple[str, str, str, str, str]:
    locale = _parse_locale(code)
    base = locale.language
    if base in _GETTEXT_PLURALS:
        plural_forms = _GETTEXT_PLURALS[base]
    else:
        from babel.messages.plurals import get_plural  # (babel.messages: ~6 ms to import)

        plural_forms = get_plural(locale).plural_forms
    native = locale.display_name or code
    return (locale.text_direction, plural_forms, native[:1].upper() + native[1:],
            locale.english_name or code, "" if base in _NO_SPACE_SCRIPTS else " ")


def read_facts(infos: Iterable[LanguageInfo]) -> None:
    """Read every language's facts now: before a build or an extract forks its workers (they
    inherit them, as plain strings, and the main process then frees babel's CLDR data), so
    that no worker reads CLDR again for the language switcher or the PO headers."""
    for info in infos:
        info.facts()


def read_facts_apart(infos: Iterable[LanguageInfo]) -> None:
    """``read_facts``, in a short-lived child process (``FactsApart``), waited for."""
    FactsApart(infos).wait()


class FactsApart:
    """``read_facts`` in a short-lived child process that sends the facts back (as JSON on a
    pipe), started now (the caller goes on with its work meanwhile) and taken by ``wait``.

    For a process about to fork workers: reading CLDR loads ~12 MB of babel's data into the
    heap, and a process keeps those pages once it has them, freed or not (pymalloc's arenas
    stay held by the odd object made meanwhile; ``clear_caches`` and ``malloc_trim`` return
    under 1 MB: measured), so every forked worker would count them again. Read apart, neither
    the main process nor its workers ever hold that data. Where there is no ``fork``, or
    anything fails, ``wait`` reads the facts in this process: the same strings.
    """

    def __init__(self, infos: Iterable[LanguageInfo]) -> None:
        self.infos = [info for info in infos if info._facts is None]
        self.pid = 0
        self.reader = -1
        if self.infos and hasattr(os, "fork"):
            with contextlib.suppress(OSError):
                self.pid, self.reader = _start_child(self.infos)

    def wait(self) -> None:
        """Set the facts the child read (any it did not give: read here)."""
        facts: object = None
        if self.reader >= 0:
            try:
                facts = json.loads(_read_all(self.reader))
            except (OSError, ValueError):
                facts = None
            finally:
                self.close()
        if isinstance(facts, list) and len(facts) == len(self.infos) and all(
                isinstance(one, list) and len(one) == len(_FACTS)
                and all(isinstance(value, str) for value in one) for one in facts):
            for info, one in zip(self.infos, facts, strict=True):
                if info._facts is None:
                    object.__setattr__(info, "_facts", tuple(one))
        read_facts(self.infos)

    def close(self) -> None:
        """End the child (a run that failed before it needed the facts); idempotent."""
        if self.reader >= 0:
            os.close(self.reader)
            self.reader = -1
        if self.pid:
            pid, self.pid = self.pid, 0
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)  # (done already, or not needed any more)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)


def _start_child(infos: list[LanguageInfo]) -> tuple[int, int]:
    """(pid, reading end of its pipe) of a child that writes the JSON of ``infos``' facts."""
    reader, writer = os.pipe()
    try:
        pid = os.fork()
    except BaseException:
        os.close(reader)
        os.close(writer)
        raise
    if pid == 0:  # the child: never returns into the caller's stack
        code = 1
        try:
            os.close(reader)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # (the main process reports it)
            data = json.dumps([info.facts() for info in infos]).encode("utf-8")
            while data:
                data = data[os.write(writer, data):]
            code = 0
        finally:
            os._exit(code)
    os.close(writer)
    return pid, reader


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def validate_languages(codes: tuple[str, ...]) -> tuple[LanguageInfo, ...]:
    """Validate every code at start-up, so a typo is an error and never a silent fallback."""
    seen: set[str] = set()
    infos = []
    for code in codes:
        if code in seen:
            raise ConfigError(f"language {code!r} is listed twice")
        seen.add(code)
        infos.append(language(code))
    return tuple(infos)


# --- language tags as other tools write them -------------------------------------------------

#: POSIX locale modifiers that name a script (``sr@latin``, ``uz@cyrillic``).
_MODIFIER_SCRIPTS = {"latin": "Latn", "cyrillic": "Cyrl", "arabic": "Arab", "devanagari": "Deva",
                     "hans": "Hans", "hant": "Hant"}
_SCRIPT_NAMES = {"Hans": "Simplified", "Hant": "Traditional"}


@dataclass(frozen=True, slots=True)
class LanguageTag:
    """A tag as written (``fr_FR``, ``zh-Hans-CN``, ``sr@latin``), reduced to what transpub
    matches on: the language and its script (written or, failing that, CLDR's likely one)."""

    text: str
    language: str
    script: str
    territory: str | None

    @property
    def english_name(self) -> str:
        return _english(self.language)

    @property
    def label(self) -> str:
        name = _SCRIPT_NAMES.get(self.script, "")
        return f"{self.text} ({name} {_english(self.language)})" if name else self.text


def _english(code: str) -> str:
    try:
        return Locale.parse(code).english_name or code
    except (UnknownLocaleError, ValueError):
        return code


@cache
def parse_tag(text: str) -> LanguageTag:
    """Parse a BCP 47 or POSIX tag with babel; ConfigError if babel (CLDR) does not know it.

    >>> parse_tag("zh_CN").script, parse_tag("zh-TW").script, parse_tag("sr@latin").script
    ('Hans', 'Hant', 'Latn')
    """
    raw = text.strip()
    modifier = raw.partition("@")[2]
    locale = _locale_of(text)
    script = locale.script or _MODIFIER_SCRIPTS.get(modifier.lower(), "")
    if not script:
        likely = get_global("likely_subtags")
        guess = likely.get(f"{locale.language}_{locale.territory}") if locale.territory else None
        guess = guess or likely.get(locale.language, "")
        parts = guess.split("_")
        script = parts[1] if len(parts) > 2 else ""
    return LanguageTag(raw, locale.language, script, locale.territory)


#: BCP 47's codes for no particular language (undetermined, several, none, not coded;
#: CLDR's root): babel would read "und" as English and "und-Arab" as Arabic of Egypt.
_NO_LANGUAGE = frozenset({"und", "root", "mul", "zxx", "mis"})


def undetermined(tag: str) -> bool:
    """Whether ``tag`` names no language (``und``, ``und-Latn``, ``mul``…): a PO file's
    ``Language: und`` says as little as no header at all."""
    return re.split(r"[-_@.]", tag.strip(), maxsplit=1)[0].lower() in _NO_LANGUAGE


def _locale_of(text: str) -> Locale:
    """The locale a tag names (``parse_tag`` without its script: what needs no more than the
    language and region reads it so, without CLDR's likely subtags)."""
    if undetermined(text):
        raise ConfigError(f"{text.strip()!r} names no language (BCP 47's 'undetermined' or "
                          "the like): give the language's code, e.g. 'fr'")
    body = text.strip().partition("@")[0].split(".")[0]  # "fr_FR.UTF-8"
    try:
        return Locale.parse(body.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise ConfigError(f"unknown language code {text!r} (babel/CLDR does not know it)") \
            from None


@cache
def number_convention(tag: str, code: str) -> str:
    """The locale (``es_MX``) whose decimal sign a file's language tag names where it is not
    the language's own (CLDR: Mexico writes "3,000.5", Spanish «3.000,5»), or "": numbers are
    then read as that region writes them. The region is otherwise ignored (``parse_tag``)."""
    # (the language and region only: the script would read CLDR's likely subtags, 2.2 MB of
    # global data the check's workers would otherwise never load)
    try:
        parsed = _locale_of(tag) if tag else None
    except ConfigError:
        return ""
    if parsed is None or not parsed.territory or parsed.language != code.split("_")[0]:
        return ""
    regional = f"{parsed.language}_{parsed.territory}"
    mark = decimal_sign(regional)
    return regional if mark and mark != decimal_sign(parsed.language) else ""


@cache
def decimal_sign(locale: str) -> str:
    """CLDR's decimal sign of ``locale`` ("." or ","; "" for a locale babel does not know or
    a sign of another kind)."""
    try:
        mark = Locale.parse(locale).number_symbols.get("latn", {}).get("decimal", "")
    except (UnknownLocaleError, ValueError, TypeError):
        return ""
    return mark if mark in (".", ",") else ""


def same_language(tag: str, code: str) -> bool:
    """Whether ``tag`` names the language ``code`` (territory ignored, script not)."""
    if tag.strip() == code:
        return True
    try:
        one, other = parse_tag(tag), parse_tag(code)
    except ConfigError:
        return False
    return (one.language, one.script) == (other.language, other.script)


@cache
def header_agrees(tag: str, code: str) -> bool:
    """Whether a PO file's ``Language`` header ``tag`` may stand in the folder of ``code``:
    the same language (``fr_FR`` in ``fr``), or no language said (``und``)."""
    return undetermined(tag) or same_language(tag, code)


def match_language(tag: str, codes: tuple[str, ...] | list[str]) -> str | None:
    """The code of ``codes`` that ``tag`` names, or None; ConfigError for an unknown tag."""
    if tag.strip() in codes:
        return tag.strip()
    parsed = parse_tag(tag)
    for code in codes:
        other = parse_tag(code)
        if (other.language, other.script) == (parsed.language, parsed.script):
            return code
    return None


def mismatch_reason(tag: str, codes: tuple[str, ...] | list[str]) -> str:
    """Why ``tag`` matches none of ``codes``, in a user's words."""
    parsed = parse_tag(tag)
    for code in codes:
        other = parse_tag(code)
        if other.language == parsed.language:
            return f"{parsed.label} is not {other.label}"
    return f"{tag.strip()} ({_english(parsed.language)}) is not one of {', '.join(codes)}"


@cache
def canonical(tag: str, codes: tuple[str, ...] = UN_LANGUAGES) -> str:
    """The key under which transpub files a tag: the code of ``codes`` it names (``en-US`` →
    ``en``, ``zh_CN`` → ``zh``), or else its language (``de``), with the script when the
    language is one of ``codes`` in another script (``zh-Hant``). ConfigError if unknown."""
    code = match_language(tag, codes)
    if code is not None:
        return code
    parsed = parse_tag(tag)
    if any(parse_tag(c).language == parsed.language for c in codes):
        return f"{parsed.language}-{parsed.script}"
    return parsed.language


def workspace_code(tag: str) -> str:
    """The code a workspace uses for a configured tag: one of the six UN codes when the tag
    names that language (``fr_FR``, ``zh-Hans``, ``ar-SA`` -> ``fr``, ``zh``, ``ar``: every rule
    transpub has is filed under them), else the tag as written (``de``, ``sr@latin``)."""
    return match_language(tag, UN_LANGUAGES) or tag.strip()


def babel_id(tag: str) -> str:
    """A locale identifier babel reads as meant: ``sr@latin`` -> ``sr_Latn`` (babel ignores
    POSIX modifiers), ``fr-CA`` -> ``fr_CA``, ``de_DE.UTF-8`` -> ``de_DE``."""
    body, _, modifier = tag.strip().partition("@")
    parts = body.split(".")[0].replace("-", "_").split("_")
    script = _MODIFIER_SCRIPTS.get(modifier.lower())
    if script and not any(len(p) == 4 for p in parts[1:]):
        parts.insert(1, script)
    return "_".join(p for p in parts if p)
