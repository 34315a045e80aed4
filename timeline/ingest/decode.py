"""Bytes to text: binary files refused, encodings tried in turn, every fallback noted."""

from __future__ import annotations

from dataclasses import dataclass

# Text files larger than this are not one news article (a dump, a log, a mis-saved archive):
# they are skipped with the reason rather than slowing the run or exhausting memory. Tables
# (.jsonl, .csv) are streamed row by row and may be any size; the limit applies to each text.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
_SAMPLE = 8192
_MAGIC = {
    b"%PDF": "a PDF document", b"PK\x03\x04": "a zip archive", b"\x1f\x8b": "a gzip archive",
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an Office document", b"\x7fELF": "an executable",
}


class UnreadableInput(Exception):
    """An input that cannot be read as text; the message is the reason given to the user."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text read from bytes, with a ``note`` when it was not plain UTF-8."""

    text: str
    note: str = ""


def decode(data: bytes) -> Decoded:
    """Returns the text in ``data``; raises :class:`UnreadableInput` for binary data.

    UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read as
    such; anything else is read as Windows-1252, or Latin-1 when even that fails, with a note.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16"), "read as UTF-16")
        except UnicodeDecodeError:
            raise UnreadableInput("undecodable text: a UTF-16 mark but invalid UTF-16") from None
    check_not_binary(data)
    try:
        return Decoded(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        where = f"byte {error.start}"
    try:
        return Decoded(data.decode("cp1252"), f"not valid UTF-8 (at {where}): read as Windows-1252")
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), f"not valid UTF-8 (at {where}): read as Latin-1")


def check_not_binary(data: bytes) -> None:
    """Raises :class:`UnreadableInput` when ``data`` looks like a binary file rather than text."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise UnreadableInput(f"binary file ({kind})")
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        raise UnreadableInput("binary file (contains NUL bytes)")
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    if sample and controls / len(sample) > 0.1:
        raise UnreadableInput("binary file (mostly control characters)")


def size_text(size: int) -> str:
    """Returns ``size`` in bytes as a short human-readable string."""
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.1f} KB"
