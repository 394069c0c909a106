"""The segment cache, eighteenth round: the key from the source's SHA-256 when the caller has
it (extract: taken once for the fingerprint too), an entry's payload checked by a CRC-32."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from transpub import segcache, workspace
from transpub.config import load_settings

from conftest import Cli, copy_sample


def test_the_key_from_a_digest_is_the_key_from_the_bytes() -> None:
    data = b"<release/>"
    assert segcache.key(b"salt", "r.xml", data) == segcache.key(
        b"salt", "r.xml", b"ignored", hashlib.sha256(data).digest())
    assert segcache.key(b"salt", "r.xml", data) != segcache.key(b"salt", "r.xml", data + b" ")
    assert segcache.check(b"payload") != segcache.check(b"paylaod")


def test_what_extract_keeps_is_found_from_the_bytes(tmp_path: Path,
                                                   cli_factory: Callable[[Path], Cli]) -> None:
    """The entries an extract writes (its key from the digest it took) are found by a command
    that keys them from the source's bytes (build, check), and hold what a read gives."""
    ws = copy_sample(tmp_path)
    cli_factory(ws)("extract")
    settings = load_settings(ws)
    sources = workspace.source_files(settings)
    assert sources
    salt = workspace._segment_salt(settings.segmentation, workspace._abbreviations_key(settings))
    for path in sources:
        where = segcache.entry_path(settings.root / segcache.FOLDER, path.name)
        found = segcache.read(where, segcache.key(salt, path.name, path.read_bytes()), path)
        assert found == workspace.load(settings, path, cache=False)
