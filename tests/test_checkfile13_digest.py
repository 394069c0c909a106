"""The check cache's code version is taken from the package's files as the segment cache's is:
one walk and read of the package per process, and still a new version when a file changes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from transpub import __version__, checkcache, noop, workspace


@pytest.fixture
def fresh_digests() -> Iterator[None]:
    segments = workspace._code_digest  # (the test may replace it)
    checkcache.code_digest.cache_clear()
    segments.cache_clear()
    yield
    # the next tests get the real versions, computed again
    checkcache.code_digest.cache_clear()
    segments.cache_clear()


def test_the_package_is_read_once_for_both_versions(fresh_digests: None,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    walks: list[int] = []
    listed = noop.package_files

    def counted() -> list[str]:
        walks.append(1)
        return listed()

    monkeypatch.setattr(noop, "package_files", counted)
    segments = workspace._code_digest()
    check = checkcache.code_digest()
    assert len(walks) == 1
    assert check == checkcache.code_digest() and segments == workspace._code_digest()
    assert len(walks) == 1
    assert check != segments  # (the check cache's format is part of its version)


def test_the_digest_is_of_every_file_of_the_package_in_path_order(fresh_digests: None) -> None:
    # (the no-op record's listing, sorted as pathlib sorts paths: the digest pathlib's walk
    # had made, at half the cost; it keys the build's pages, the check and segment caches)
    root = Path(workspace.__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0"
                          + path.read_bytes())
    assert workspace._code_digest() == digest.hexdigest()


def test_another_package_is_another_check_version(fresh_digests: None,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    real = checkcache.code_digest()
    checkcache.code_digest.cache_clear()
    monkeypatch.setattr(workspace, "_code_digest", lambda: "another version")
    assert checkcache.code_digest() != real
    checkcache.code_digest.cache_clear()
    monkeypatch.setattr(checkcache, "FORMAT", checkcache.FORMAT + " next")
    assert checkcache.code_digest() not in (real, "another version")
