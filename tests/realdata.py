"""Third-party data files the tests read, which are kept outside git.

Files collected from other projects (real TMX/TBX/PO/XLIFF files, schemas, the real-text
corpus) are not committed: each is looked up by its repository path (``tests/data/real/tmx/X.tmx``)
under the first of these roots:

1. ``$TRANSPUB_REAL_DATA``;
2. ``<repo>/../shared/real-data/`` (CI's read-only copy, beside the clone), when it exists;
3. ``<repo>/tests/.real-data/`` (a developer's local copy, git-ignored).

The manifests (``MANIFESTS``) say where each file comes from and give its sha256. A test whose
file is absent is skipped, naming the manifest; a file whose sha256 differs fails the test: it is
not the data the expectations (and the hand judgements) were made on.
"""

from __future__ import annotations

import hashlib
import os
import re
from functools import cache
from importlib.util import find_spec
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ENV = "TRANSPUB_REAL_DATA"
#: the manifests that list third-party files (a row ``| `path` | `sha256` |`` per file)
MANIFESTS = (
    "tests/data/real/SOURCES.md",
    "tests/data/real/ud/SOURCES.md",
    "tests/corpus_real/SOURCES.md",
    "tests/data/xliff-real/SOURCES.md",
    "tests/data/cat-real/SOURCES.md",
    "tests/schemas/README.md",
    "tests/schemas/xliff/README.md",
)
_ROW = re.compile(r"^\|\s*`(tests/[^`]+)`\s*\|\s*`([0-9a-f]{64})`\s*\|", re.MULTILINE)


class Missing(Exception):
    """A third-party file is not under the data root."""


class Mismatch(Exception):
    """A third-party file is not the one its manifest describes."""


def root() -> Path:
    """Where the third-party files are looked for (see the module's docstring)."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    shared = REPO.parent / "shared" / "real-data"
    if shared.is_dir():
        return shared
    return REPO / "tests" / ".real-data"


@cache
def manifest() -> dict[str, tuple[str, str]]:
    """Repository path -> (sha256, the manifest that lists it), for every third-party file."""
    files: dict[str, tuple[str, str]] = {}
    for name in MANIFESTS:
        text = (REPO / name).read_text(encoding="utf-8")
        for rel, digest in _ROW.findall(text):
            files[rel] = (digest, name)
    return files


def listed(folder: str, suffix: str = "") -> list[str]:
    """The names of the manifest's files directly in ``folder`` (known even when absent)."""
    prefix = folder.rstrip("/") + "/"
    return sorted(rel[len(prefix):] for rel in manifest()
                  if rel.startswith(prefix) and "/" not in rel[len(prefix):]
                  and rel.endswith(suffix))


@cache
def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def locate(rel: str) -> Path:
    """The verified file for repository path ``rel``; raises Missing or Mismatch."""
    if rel not in manifest():
        raise KeyError(f"{rel} is listed in none of {', '.join(MANIFESTS)}")
    expected, listing = manifest()[rel]
    path = root() / rel
    if not path.is_file():
        raise Missing(f"third-party data not found under {root()} (read {listing}: where to get "
                      f"it and where it is looked for; ${ENV} overrides): {rel}")
    if _digest(path) != expected:
        raise Mismatch(f"{path}: sha256 {_digest(path)}, but {listing} lists {expected}: this is "
                       "not the file the tests' expectations were made on")
    return path


def path(rel: str) -> Path:
    """``locate`` for a test: skips it when the file is absent, fails it on a wrong file."""
    import pytest

    try:
        return locate(rel)
    except Missing as exc:
        pytest.skip(str(exc).rsplit(": ", 1)[0])  # one reason per manifest, folded by pytest
    except Mismatch as exc:
        pytest.fail(str(exc), pytrace=False)


def paths(folder: str, suffix: str = "") -> list[Path]:
    """Every listed file of ``folder``, verified (skips the test if one is absent)."""
    return [path(f"{folder.rstrip('/')}/{name}") for name in listed(folder, suffix)]


def installed_po(package: str, locale_dir: str, lang: str) -> Path:
    """``<package>/<locale_dir>/<lang>/LC_MESSAGES/django.po`` of an installed distribution
    (Django, django-contrib-comments: the ``test`` extra), found without importing it."""
    spec = find_spec(package)
    assert spec is not None and spec.submodule_search_locations, (
        f"{package} is not installed: pip install -e '.[test]'")
    base = Path(next(iter(spec.submodule_search_locations)))
    po = base / locale_dir / lang / "LC_MESSAGES" / "django.po"
    assert po.is_file(), f"{po}: not in the installed {package}"
    return po
