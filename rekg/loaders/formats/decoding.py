"""Bytes to text: byte-order marks, strict UTF-8, and telling binary files apart."""

from __future__ import annotations

import codecs
import re
import unicodedata

from rekg.loaders.formats import SourceFormatError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = (
    (b"%PDF-", "a PDF document: convert it to text (for example with pdftotext) first"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub): extract or export the text first"),
    (b"\x1f\x8b", "gzip-compressed: decompress it first"),
    (b"\x89PNG", "a PNG image, not an article"),
    (b"\xff\xd8\xff", "a JPEG image, not an article"),
    (b"GIF8", "a GIF image, not an article"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file: save it as text or HTML first"),
    (b"\x7fELF", "an executable program, not an article"),
    (b"SQLite format 3\x00", "an SQLite database, not an article"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces and the mark's length."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def binary_description(data: bytes) -> str | None:
    """What a binary file is (and what to do), or None when it looks like text."""
    if bom_encoding(data) is not None:
        return None
    for magic, description in _MAGIC:
        if data.startswith(magic):
            return description
    head = data[:8192]
    if b"\x00" in head:
        return "a binary file (it contains NUL bytes): give rekg text, HTML, JSON or feeds"
    return None


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode strictly: a byte-order mark wins, then a declared charset, then UTF-8."""
    bom = bom_encoding(data)
    if bom is not None:
        encoding, skip = bom
        payload = data[skip:]
    else:
        encoding, payload = (declared or "utf-8"), data
    try:
        text = payload.decode(encoding)
    except LookupError:
        raise SourceFormatError(
            f"declares an unknown character encoding {encoding!r}: re-save it as UTF-8"
        ) from None
    except UnicodeDecodeError as exc:
        bad = payload[exc.start : exc.start + 1].hex()
        raise SourceFormatError(
            f"is not valid {encoding.upper()} (byte 0x{bad} at offset {exc.start}): "
            "re-save the file as UTF-8"
        ) from None
    return clean_text(text)


def clean_text(text: str) -> str:
    """Unix newlines, NFC normalisation, and no stray control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)
