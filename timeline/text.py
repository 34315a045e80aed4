"""Sentence splitting: the unit that dates, places and events are read from."""

from __future__ import annotations

import re

from timeline.document import Doc

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col maj capt sgt cpl pvt adm gov sen rep st jr sr prof rev no vs "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n e.g i.e etc approx km mt ft brig cmdr insp supt".split()
)
_GLOSS_AFTER = re.compile(r"\s+\(")  # "a.m. (0830 GMT)"
_BOUNDARY = re.compile(r"""[.!?]+["'”’)]*(?=\s+["'“‘(]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z•\-*])""")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Returns ``(start, end)`` spans of the sentences of ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group().startswith(".") and _ends_with_abbreviation(text, match.start()):
            continue
        if _ends_with_clock_time(text, match.start()) and _GLOSS_AFTER.match(text, match.end()):
            continue  # "at 10:30 a.m. (0830 GMT) near the base": the time's gloss goes on the sentence
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


def _ends_with_clock_time(text: str, dot: int) -> bool:
    return bool(re.search(r"\b[ap]\.m$", text[max(0, dot - 4) : dot], re.IGNORECASE))


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def annotate(doc: Doc) -> Doc:
    """Pipeline component: fills ``doc.sentences``."""
    doc.sentences = split_sentences(doc.text)
    return doc
