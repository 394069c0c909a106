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


def pdf(pages: list[list[str]] | list[list[list[str]]], columns: int = 1) -> bytes:
    """A PDF of ``pages``, each a list of lines (an empty line is a blank one); with
    ``columns=2``, each page a list of two columns of lines, side by side (10 points)."""
    font = len(pages) * 2 + 3
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + i * 2} 0 R" for i in range(len(pages)))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for index, page in enumerate(pages):
        stream = bytearray()
        placed = [(72, page)] if columns == 1 else list(zip((72, 310), page, strict=False))
        for x, lines in placed:
            size = b"11 Tf 14" if columns == 1 else b"10 Tf 13"
            stream += b"BT /F1 %s TL %d 770 Td\n" % (size, x)
            for line in lines:
                stream += _string(str(line)) + b" Tj T*\n"
            stream += b"ET\n"
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
