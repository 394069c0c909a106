"""The OASIS XLIFF schemas, loaded offline (the xml.xsd import points at the local copy).

Third-party files kept outside git (see tests/schemas/xliff/README.md): a test that needs an
absent schema is skipped."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

import realdata

SCHEMAS = "tests/schemas/xliff"
_IMPORTS = (b"http://www.w3.org/2001/xml.xsd", b"informativeCopiesOf3rdPartySchemas/w3c/xml.xsd")


@cache
def schema(version: str) -> etree.XMLSchema:
    name = "xliff-core-1.2-strict.xsd" if version == "1.2" else "xliff_core_2.0.xsd"
    path = realdata.path(f"{SCHEMAS}/{name}")
    text = path.read_bytes()
    for location in _IMPORTS:
        text = text.replace(location, realdata.path(f"{SCHEMAS}/xml.xsd").as_uri().encode())
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.fromstring(text, parser, base_url=str(path)))


def schema_errors(path: Path, version: str) -> list[str]:
    """The schema's complaints about ``path`` (empty when valid)."""
    checker = schema(version)
    document = etree.parse(str(path), etree.XMLParser(no_network=True, resolve_entities=False))
    if checker.validate(document):
        return []
    return [f"{e.line}: {e.message}" for e in checker.error_log]
