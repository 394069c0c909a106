"""The workspace configuration, ``transpub.toml``: found upward from the current folder."""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from transpub.configschema import key_line, validate_config
from transpub.errors import CONFLICT, LFS_POINTER, ConfigError, conflict_line, lfs_pointer
from transpub.fsutil import read_utf8, write_atomic
from transpub.garbled import consequence, describe, place, unwritable_at
from transpub.languages import (
    UN_LANGUAGES,
    LanguageInfo,
    language,
    validate_languages,
    workspace_code,
)
from transpub.picklefast import by_fields
from transpub.style import HouseStyle, style_for, style_in
from transpub.urls import DEFAULT_SCHEMES

CONFIG_NAME = "transpub.toml"

DEFAULT_CONFIG = """\
# transpub workspace configuration.
[project]
name = "{name}"
# The language the releases are written in, and the languages they are published in
# (the six official UN languages by default, in the UN's order).
source_language = "en"
languages = ["ar", "zh", "en", "fr", "ru", "es"]
# The name in each language, its index page's title (a language not given shows the name
# above, marked as the source language's):
# names = {{ fr = "Communiqués de presse", es = "Comunicados de prensa" }}

[paths]
source = "source"        # source/<slug>.xml, one per release
locales = "locales"      # locales/<slug>.pot and locales/<lang>/LC_MESSAGES/<slug>.po
output = "output"        # output/<lang>/<slug>.html, .xml and index.html
termbase = "locales/termbase.tbx"

[segmentation]
mode = "sentence"        # "sentence" or "paragraph"
# Extra abbreviations that never end a sentence, per language:
# abbreviations = {{ en = ["Amb.", "Gov."] }}

[build]
min_complete = 0         # percent of units a language needs to be published
include_fuzzy = false    # publish fuzzy translations

[memory]
enabled = true           # fill new units from other releases' translations and imported TMX
accept_exact = "same-role"   # exact matches used as is: same-role, always or never (else fuzzy)
near_threshold = 0.75    # near matches at or above this similarity are offered as fuzzy

[links]
# The URL schemes a link may use; relative and #fragment links are always allowed (a
# protocol-relative //host/path link is no relative one: it takes the page's scheme, https).
schemes = ["http", "https", "mailto"]

# House style per language overrides the defaults (see README), e.g.:
# [style.en]
# date = "d MMMM y"
# dateline = "{{place}}, {{date}} – "
# attribution = " ({{attribution}})"
"""


@by_fields  # sent to check workers (picklefast)
@dataclass(frozen=True, slots=True)
class Settings:
    """A workspace's settings, validated once at start-up."""

    root: Path
    name: str = "transpub"
    names: Mapping[str, str] = field(default_factory=dict)
    """The project's name in other languages (``[project] names``): each index page's title."""
    source_language: str = "en"
    languages: tuple[LanguageInfo, ...] = ()
    source_dir: Path = Path("source")
    locales_dir: Path = Path("locales")
    output_dir: Path = Path("output")
    termbase: Path = Path("locales/termbase.tbx")
    segmentation: str = "sentence"
    abbreviations: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    min_complete: float = 0.0
    include_fuzzy: bool = False
    styles: Mapping[str, HouseStyle] = field(default_factory=dict)
    memory: bool = True
    """Fill new units from the translation memory (other releases, imported TMX)."""
    memory_accept: str = "same-role"
    """Which exact memory matches are used as translations: same-role, always or never."""
    memory_threshold: float = 0.75
    url_schemes: tuple[str, ...] = DEFAULT_SCHEMES
    """The URL schemes a link may use (relative and fragment links are always allowed)."""
    epoch: int | None = None
    """SOURCE_DATE_EPOCH, read once here, for the POT-Creation-Date of a changed template."""

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(info.code for info in self.languages)

    def style(self, lang: str) -> HouseStyle:
        return style_in(self.styles, lang)

    def target_codes(self) -> tuple[str, ...]:
        return tuple(c for c in self.codes if c != self.source_language)

    def index_title(self, code: str) -> tuple[str, str | None]:
        """The project's name in ``code``, and None; or, not given in ``code``, its name in
        the source language and that language's code (the page marks the text as such: an
        Arabic index had called itself «UNOCT press releases» in Arabic, right to left)."""
        if code in self.names:
            return self.names[code], None
        title = self.names.get(self.source_language, self.name)
        return title, None if code == self.source_language else self.source_language


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` holding transpub.toml."""
    start = start.resolve()
    for folder in (start, *start.parents):
        config = folder / CONFIG_NAME
        if config.is_file():
            return folder
        if config.exists() and not config.is_dir():
            # (a FIFO or a device by that name had been said "no transpub.toml")
            raise ConfigError("cannot read: a pipe or a device, not a file", config)
    raise ConfigError(f"no {CONFIG_NAME} in {start} or above (run 'transpub init DIR' first, "
                      "or pass -C DIR)")


def load_settings(root: Path) -> Settings:
    """Read and validate ``root/transpub.toml``."""
    path = root / CONFIG_NAME
    if not path.exists():
        raise ConfigError("file not found", path)
    text = read_utf8(path, ConfigError, " (TOML files are UTF-8)")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        conflict = conflict_line(text.encode("utf-8"))
        if conflict is not None:  # (git's markers: what the TOML parser stumbled on)
            raise ConfigError(CONFLICT, path, conflict) from None
        if lfs_pointer(text.encode("utf-8")):
            raise ConfigError(LFS_POINTER, path, 1) from None
        raise ConfigError(f"not valid TOML: {exc}", path, _toml_line(exc)) from None
    except RecursionError:  # (arrays or tables nested 100,000 deep: tomllib recurses)
        raise ConfigError("not a usable transpub.toml: values nested too deeply", path,
                          _deep_line(text)) from None
    return settings_from_mapping(root, data, path, text)


def _deep_line(text: str) -> int | None:
    """The line where brackets or braces first open 64 deep (no setting is nested so)."""
    depth = 0
    for number, line in enumerate(text.split("\n"), 1):
        for char in line:
            depth += (char in "[{") - (char in "]}")
            if depth >= 64:
                return number
    return None


def _toml_line(exc: ValueError) -> int | None:
    found = re.search(r"line (\d+)", str(exc))
    return int(found.group(1)) if found else None


def settings_from_mapping(root: Path, data: Mapping[str, Any], path: Path,
                          text: str = "") -> Settings:
    """Settings from parsed TOML; ``text``, when given, locates a bad value's line."""
    validate_config(data, text, path)

    def at(table: str, key: str) -> int | None:
        return key_line(text, (table,), key) if text else None

    project = _table(data, "project", path)
    paths = _table(data, "paths", path)
    seg = _table(data, "segmentation", path)
    build = _table(data, "build", path)
    styles = _table(data, "style", path)
    memory = _table(data, "memory", path)
    accept = str(memory.get("accept_exact", "same-role"))
    if accept not in {"same-role", "always", "never"}:
        raise ConfigError("[memory] accept_exact must be same-role, always or never", path,
                          at("memory", "accept_exact"))
    threshold = float(memory.get("near_threshold", 0.75))
    if not 0.5 <= threshold <= 1:
        raise ConfigError("[memory] near_threshold must be between 0.5 and 1", path,
                          at("memory", "near_threshold"))

    try:
        # BCP 47 and POSIX tags name the six languages by their UN codes (fr_FR -> fr)
        source_language = workspace_code(str(project.get("source_language", "en")))
        language(source_language)
    except ConfigError as exc:
        raise ConfigError(exc.message, path, at("project", "source_language")) from None
    try:
        # (each read apart: an unknown code in languages had been said on source_language's
        # line)
        codes = tuple(workspace_code(str(c)) for c in project.get("languages", UN_LANGUAGES))
    except ConfigError as exc:
        raise ConfigError(exc.message, path, at("project", "languages")) from None
    if not codes:
        # (every command then did nothing and said so as success: a build published no page)
        raise ConfigError("[project] languages is empty: name the languages the releases are "
                          f"published in (the default: {', '.join(UN_LANGUAGES)})", path,
                          at("project", "languages"))
    try:
        infos = validate_languages(codes)
    except ConfigError as exc:
        raise ConfigError(exc.message, path, at("project", "languages")) from None
    if codes == (source_language,):
        # (no language to translate into: extract wrote the source's catalogue alone, check
        # checked nothing and build published the source, each saying so as a success)
        raise ConfigError(f"[project] languages holds only the source language, "
                          f"{source_language!r}: name the languages the releases are "
                          f"translated into too (the default: {', '.join(UN_LANGUAGES)})", path,
                          at("project", "languages"))
    names = _names(project, infos, path, text)
    mode = str(seg.get("mode", "sentence"))
    if mode not in {"sentence", "paragraph"}:
        raise ConfigError(f"[segmentation] mode must be 'sentence' or 'paragraph', not {mode!r}",
                          path, at("segmentation", "mode"))
    abbreviations = {str(k): tuple(str(a) for a in v)
                     for k, v in dict(seg.get("abbreviations", {})).items()}
    house = {}
    for lang, over in styles.items():
        try:
            house[lang] = style_for(lang, dict(over))
        except ConfigError as exc:
            line = key_line(text, ("style",), lang) if text else None
            raise ConfigError(exc.message, path, line) from None
    min_complete = float(build.get("min_complete", 0))
    if not 0 <= min_complete <= 100:
        raise ConfigError("[build] min_complete must be between 0 and 100", path,
                          at("build", "min_complete"))
    links = _table(data, "links", path)
    schemes = tuple(s.lower() for s in links.get("schemes", DEFAULT_SCHEMES))
    epoch_text = os.environ.get("SOURCE_DATE_EPOCH")
    folders = _folders(root, paths, path, at)
    name = str(project.get("name", root.name))
    _shown_as_written(name, "[project] name" if "name" in project else
                      "the workspace folder's name (no [project] name is given)", path,
                      at("project", "name"))
    return Settings(
        root=root,
        name=name,
        names=names,
        source_language=source_language,
        languages=infos,
        source_dir=folders["source"],
        locales_dir=folders["locales"],
        output_dir=folders["output"],
        termbase=root / str(paths.get("termbase", "locales/termbase.tbx")),
        segmentation=mode,
        abbreviations=abbreviations,
        min_complete=min_complete,
        include_fuzzy=bool(build.get("include_fuzzy", False)),
        memory=bool(memory.get("enabled", True)),
        memory_accept=accept,
        memory_threshold=threshold,
        styles=house,
        url_schemes=schemes,
        epoch=int(epoch_text) if epoch_text and epoch_text.isdigit() else None,
    )


#: Set to 1 by whoever runs transpub (a deployment, not a pull request's transpub.toml) to let
#: ``[paths]`` name folders outside the workspace.
OUTSIDE_ENV = "TRANSPUB_OUTSIDE_PATHS"


def _folders(root: Path, paths: Mapping[str, Any], path: Path,
             at: Callable[[str, str], int | None]) -> dict[str, Path]:
    """``[paths] source``, ``locales`` and ``output``, each inside the workspace (unless
    ``OUTSIDE_ENV`` allows otherwise), and the output neither of the other two nor holding
    or inside them. transpub.toml arrives in pull requests, and CI builds what it says: an
    ``output = "/"`` had written /ar … /zh as root, and a build deletes the pages its output
    folder's record names (``builder._withdrawn``)."""
    folders: dict[str, Path] = {}
    outside = os.environ.get(OUTSIDE_ENV) == "1"
    home = root.resolve()
    for key in ("source", "locales", "output"):
        value = str(paths.get(key, key))
        folder = root / value
        where = folder.resolve()  # (a symlink to elsewhere is elsewhere)
        if not value.strip():
            raise ConfigError(f"[paths] {key} is empty (the workspace itself)", path,
                              at("paths", key))
        if not outside and where != home and home not in where.parents:
            raise ConfigError(f"[paths] {key} = {value!r} is outside the workspace: refused "
                              f"(set {OUTSIDE_ENV}=1 where transpub runs to allow it)", path,
                              at("paths", key))
        folders[key] = folder
    output = folders["output"].resolve()
    for key in ("source", "locales"):
        other = folders[key].resolve()
        if output == other or output in other.parents or other in output.parents:
            relation = ("is" if output == other else "holds" if output in other.parents
                        else "is inside")
            raise ConfigError(f"[paths] output {relation} the {key} folder ({key} = "
                              f"{str(paths.get(key, key))!r}): a build would write among "
                              "them; name a folder of its own", path, at("paths", "output"))
    return folders


def _names(project: Mapping[str, Any], infos: tuple[LanguageInfo, ...], path: Path,
           text: str) -> dict[str, str]:
    """``[project] names``: the project's name per language of the workspace (BCP 47 and
    POSIX tags read as ``languages`` reads them)."""
    names: dict[str, str] = {}
    for key, value in dict(project.get("names", {})).items():
        line = (key_line(text, ("project", "names"), str(key))
                or key_line(text, ("project",), "names")) if text else None
        # (a language no longer in ``languages`` keeps its name, unused: a language dropped
        # had made its name an error; a code of no language is one)
        try:
            code = workspace_code(str(key))
            language(code)
        except ConfigError:
            raise ConfigError(f"[project] names: {key!r} is not a language code", path,
                              line) from None
        if not str(value).strip():
            raise ConfigError(f"[project] names: the name in {key!r} is empty", path, line)
        _shown_as_written(str(value), f"[project] names: the name in {key!r}", path, line)
        names[code] = str(value).strip()
    return names


def _shown_as_written(name: str, what: str, path: Path, line: int | None) -> None:
    """Refuse a project name holding what no page may hold (``garbled.unwritable``: a
    control character, a bidi override, an embedding or isolate never closed, a private-use
    character) or a line break: it is every index page's title, the language switcher's and
    the catalogues' header, where a U+202E showed the rest reversed and a U+0085 made the page
    one vnu refuses (escaped as TOML lets it be written, ``"\\u202e"``)."""
    at = next((k for k, char in enumerate(name) if char < " "), -1)
    if at < 0:
        at = unwritable_at(name)
    if at >= 0:
        char = name[at]
        raise ConfigError(f"{what} holds {describe(char)} {place(name, at)}, "
                          f"{consequence(char) if char >= ' ' else 'which a title cannot hold'}"
                          ": remove it", path, line)


def _table(data: Mapping[str, Any], key: str, path: Path) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"[{key}] must be a table", path)
    return value


def write_default_config(root: Path) -> Path:
    path = root / CONFIG_NAME
    if path.exists():
        raise ConfigError("already exists; not overwriting", path)
    write_atomic(path, DEFAULT_CONFIG.format(name=_toml_name(root.resolve().name))
                 .encode("utf-8"))
    return path


def _toml_name(folder: str) -> str:
    """The folder's name as the project's name inside a TOML basic string: what no page may
    hold left out (a control character, a bidi override, a private-use character: the
    workspace would refuse its own name, ``_shown_as_written``), quotes and backslashes
    escaped (a folder «Press "2025"» had written ``name = "Press "2025""``, which the next
    command refused as TOML)."""
    kept = "".join(char for char in folder if char >= " " and char != "\x7f")
    while (at := unwritable_at(kept)) >= 0:
        kept = kept[:at] + kept[at + 1:]
    return (kept.strip() or "Press releases").replace("\\", "\\\\").replace('"', '\\"')
