"""The date of an event: the time expression that governs its sentence, as a day or an interval.

SKELETON: the dates work (issue 4) fills the choice of expression; this stub falls back to the publication date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline.document import Doc


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened: best day, the interval the evidence allows, its precision and provenance.

    ``text`` is the governing time expression ("" when the publication date was used); ``source``
    says in words how the date was derived (shown in the page's popup); ``uncertain`` is True when
    the article has no publication date, so relative expressions could not be resolved.
    """

    date: dt.date | None
    start: dt.date | None
    end: dt.date | None
    precision: str | None
    text: str = ""
    source: str = ""
    uncertain: bool = False


def event_date(doc: Doc, sentence: tuple[int, int], trigger: tuple[int, int]) -> EventDate:
    """Returns the date of the event signalled at ``trigger`` (character span) within ``sentence``."""
    published = doc.published
    if published is None:
        return EventDate(None, None, None, None, source="no publication date known", uncertain=True)
    return EventDate(published, published, published, "day", source="publication date")
