"""A minimal PDF writer for the tests: lines of text in Helvetica (WinAnsiEncoding), one list
of lines a page, placed as a word processor places them (a 14-point leading down from the top
margin). Only what the tests need; pypdf reads what it writes like any other PDF."""

from __future__ import annotations

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _string(text: str) -> bytes:
    """A PDF string literal of ``text`` in WinAnsiEncoding (cp1252), escaped."""
    out = bytearray(b"(")
    for byte in text.encode("cp1252"):
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif byte < 32 or byte > 126:
            out += f"\\{byte:03o}".encode()
        else:
            out.append(byte)
    return bytes(out + b")")


def pdf(pages: list[list[str]]) -> bytes:
    """A PDF of ``pages``, each a list of lines (an empty line is a blank one)."""
    font = len(pages) * 2 + 3
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + i * 2} 0 R" for i in range(len(pages)))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for index, lines in enumerate(pages):
        stream = bytearray(b"BT /F1 11 Tf 14 TL 72 770 Td\n")
        for line in lines:
            stream += _string(line) + b" Tj T*\n"
        stream += b"ET"
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents "
                       f"{4 + index * 2} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>"
                       .encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + bytes(stream)
                       + b"\nendstream")
    objects.append(FONT)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
