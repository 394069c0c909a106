"""The workspace configuration, ``transpub.toml``: found upward from the current folder."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from transpub.errors import ConfigError
from transpub.languages import (
    UN_LANGUAGES,
    LanguageInfo,
    language,
    validate_languages,
    workspace_code,
)
from transpub.style import HouseStyle, style_for

CONFIG_NAME = "transpub.toml"

DEFAULT_CONFIG = """\
# transpub workspace configuration.
[project]
name = "{name}"
# The language the releases are written in, and the languages they are published in
# (the six official UN languages by default, in the UN's order).
source_language = "en"
languages = ["ar", "zh", "en", "fr", "ru", "es"]

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

# House style per language overrides the defaults (see README), e.g.:
# [style.en]
# date = "d MMMM y"
# dateline = "{{place}}, {{date}} – "
"""


@dataclass(frozen=True, slots=True)
class Settings:
    """A workspace's settings, validated once at start-up."""

    root: Path
    name: str = "transpub"
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
    epoch: int | None = None
    """SOURCE_DATE_EPOCH, read once here, for the POT-Creation-Date of a changed template."""

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(info.code for info in self.languages)

    def style(self, lang: str) -> HouseStyle:
        return self.styles.get(lang) or style_for(lang)

    def target_codes(self) -> tuple[str, ...]:
        return tuple(c for c in self.codes if c != self.source_language)


def find_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` holding transpub.toml."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    raise ConfigError(f"no {CONFIG_NAME} in {start} or above (run 'transpub init DIR' first, "
                      "or pass -C DIR)")


def load_settings(root: Path) -> Settings:
    """Read and validate ``root/transpub.toml``."""
    path = root / CONFIG_NAME
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("file not found", path) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"not valid TOML: {exc}", path) from None
    return settings_from_mapping(root, data, path)


def settings_from_mapping(root: Path, data: Mapping[str, Any], path: Path) -> Settings:
    project = _table(data, "project", path)
    paths = _table(data, "paths", path)
    seg = _table(data, "segmentation", path)
    build = _table(data, "build", path)
    styles = _table(data, "style", path)
    memory = _table(data, "memory", path)
    accept = str(memory.get("accept_exact", "same-role"))
    if accept not in {"same-role", "always", "never"}:
        raise ConfigError("[memory] accept_exact must be same-role, always or never", path)
    threshold = float(memory.get("near_threshold", 0.75))
    if not 0.5 <= threshold <= 1:
        raise ConfigError("[memory] near_threshold must be between 0.5 and 1", path)

    try:
        # BCP 47 and POSIX tags name the six languages by their UN codes (fr_FR -> fr)
        source_language = workspace_code(str(project.get("source_language", "en")))
        codes = tuple(workspace_code(str(c)) for c in project.get("languages", UN_LANGUAGES))
        language(source_language)
        infos = validate_languages(codes)
    except ConfigError as exc:
        raise ConfigError(exc.message, path) from None
    mode = str(seg.get("mode", "sentence"))
    if mode not in {"sentence", "paragraph"}:
        raise ConfigError(f"[segmentation] mode must be 'sentence' or 'paragraph', not {mode!r}",
                          path)
    abbreviations = {str(k): tuple(str(a) for a in v)
                     for k, v in dict(seg.get("abbreviations", {})).items()}
    try:
        house = {lang: style_for(lang, dict(over)) for lang, over in styles.items()}
    except ConfigError as exc:
        raise ConfigError(exc.message, path) from None
    min_complete = float(build.get("min_complete", 0))
    if not 0 <= min_complete <= 100:
        raise ConfigError("[build] min_complete must be between 0 and 100", path)
    epoch_text = os.environ.get("SOURCE_DATE_EPOCH")
    return Settings(
        root=root,
        name=str(project.get("name", root.name)),
        source_language=source_language,
        languages=infos,
        source_dir=root / str(paths.get("source", "source")),
        locales_dir=root / str(paths.get("locales", "locales")),
        output_dir=root / str(paths.get("output", "output")),
        termbase=root / str(paths.get("termbase", "locales/termbase.tbx")),
        segmentation=mode,
        abbreviations=abbreviations,
        min_complete=min_complete,
        include_fuzzy=bool(build.get("include_fuzzy", False)),
        memory=bool(memory.get("enabled", True)),
        memory_accept=accept,
        memory_threshold=threshold,
        styles=house,
        epoch=int(epoch_text) if epoch_text and epoch_text.isdigit() else None,
    )


def _table(data: Mapping[str, Any], key: str, path: Path) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"[{key}] must be a table", path)
    return value


def write_default_config(root: Path) -> Path:
    from transpub.fsutil import write_atomic

    path = root / CONFIG_NAME
    if path.exists():
        raise ConfigError("already exists; not overwriting", path)
    write_atomic(path, DEFAULT_CONFIG.format(name=root.resolve().name).encode("utf-8"))
    return path
