"""CAT tools' packages of bilingual files, read as the files they hold.

A translator working in Trados Studio sends back a return package (``.sdlrpx``; a project
package, ``.sdlppx``, is the same shape), a ZIP of the project's SDLXLIFF files, one folder a
target language; memoQ zips a document's MQXLIFF with its skeleton (``.mqxlz``); other tools
and translators zip their XLIFF files (Wordfast's ``.txlf`` among them). ``transpub xliff
import`` takes the package as it came: each XLIFF member is read as if it had been given on
its own, named ``package!/member`` in every message. A member that unpacks to more than
``MEMBER_LIMIT`` bytes is refused unread (a ZIP bomb), and so is a package whose members
together pass ``PACKAGE_LIMIT`` or one without any XLIFF member. A workbook (``.xlsx``, also
a ZIP) is read as transpub's review workbook (``review_sheet.py``).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from transpub.errors import MO_FILE, XliffError, mo_file
from transpub.fsutil import read_regular
from transpub.xliff_read import ReadFile, read_xliff

#: what a bilingual file inside a package is called (Wordfast Pro's XLIFF is ``.txlf``)
SUFFIXES = (".sdlxliff", ".mqxliff", ".mxliff", ".txlf", ".xlf", ".xliff")
#: The most an XLIFF member may unpack to, and all of a package's together: a file is kept in
#: memory as some twenty times its size once read (an honest 9 MB package of a 250 MB member
#: had grown to 4.4 GB), and a transpub export of a whole workspace is a few megabytes, with
#: Trados's overhead a few times that.
MEMBER_LIMIT = 64 * 1024 * 1024
PACKAGE_LIMIT = 64 * 1024 * 1024


#: The office files a review comes back as, by their names
_OFFICE = {".xlsx": "Excel workbook (.xlsx)", ".ods": "Calc spreadsheet (.ods)",
           ".docx": "Word document (.docx)"}


def read_bilingual(path: Path) -> list[ReadFile]:
    """The ``<file>``s of an XLIFF document, or of every XLIFF file in a ZIP package."""
    data = read_regular(path, XliffError)  # (a pipe or a device refused, not read)
    if mo_file(data):
        raise XliffError(MO_FILE, path)
    office = _OFFICE.get(path.suffix.lower())
    if office is not None and not data.startswith(b"PK\x03\x04"):
        # (an empty or truncated save: not "malformed XML", as an XLIFF file would be)
        raise XliffError(f"not a readable {office} (empty, cut short, or another kind of "
                         "file under its name)", path)
    if not data.startswith(b"PK\x03\x04"):
        from transpub.po_returned import looks_like_po, read_returned

        if looks_like_po(data) or path.suffix.lower() in (".po", ".pot"):
            # (a PO file a translator sends back; by its name, one the PO reader refuses
            # for what it is: UTF-16, empty)
            return read_returned(path)
        return read_xliff(path, data)
    from transpub.review_sheet import is_workbook, read_review

    if is_workbook(data):  # (transpub's review workbook, revised by a reviewer)
        return read_review(path, data)
    from transpub.review_doc import is_review_document, read_review_document

    if is_review_document(data):  # (transpub's review document, revised in Word)
        return read_review_document(path, data)
    from transpub.importer_docx import Package  # (only when a package is read)

    package = Package(data, path, "a readable ZIP package", XliffError, MEMBER_LIMIT)
    members = sorted(name for name in package.names if not name.endswith("/")
                     and PurePosixPath(name).suffix.lower() in SUFFIXES)
    if not members:
        if office is not None:  # (a workbook named .docx, a document transpub did not write)
            raise XliffError(f"not a review {office} transpub wrote (no review sheet or "
                             "table in it), nor a package of XLIFF files", path)
        raise XliffError("the package holds no XLIFF file (" + ", ".join(SUFFIXES) + ")", path)
    unpacked: list[tuple[str, bytes]] = []
    total = 0
    for name in members:  # (all unpacked and counted first: none parsed in vain)
        member = package.read(name)
        assert member is not None  # (a name the package lists)
        total += len(member)
        if total > PACKAGE_LIMIT:
            raise XliffError(f"the package's XLIFF files unpack to more than {PACKAGE_LIMIT:,} "
                             f"bytes together (at {name}): refused; import its files one by "
                             "one", path)
        unpacked.append((name, member))
    files: list[ReadFile] = []
    while unpacked:
        name, member = unpacked.pop(0)  # (each member's bytes let go once read)
        files.extend(read_xliff(Path(f"{path}!") / name, member))
    return files
