"""Time expressions: found in text, typed and valued as TIMEX3, resolved against the publication date.

SKELETON: the dates work (issue 4) replaces the body of :func:`find_dates`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline.document import Doc

__all__ = ["TimeExpression", "annotate", "find_dates"]


@dataclass(slots=True)
class TimeExpression:
    """A time expression in a text.

    ``type`` is TIMEX3's ``DATE``, ``TIME``, ``DURATION`` or ``SET``; ``value`` its TIMEX3 value
    ("2014-01-04", "2013-04", "2014-W01", "P2D", "PRESENT_REF", or "XXXX-XX-XX" style when it could
    not be resolved). ``earliest``/``latest`` bound the days the expression can mean (None when
    unresolved); ``precision`` is "day", "week", "month", "quarter", "year" or None.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    earliest: dt.date | None = None
    latest: dt.date | None = None
    precision: str | None = None
    mod: str | None = None


def find_dates(text: str, anchor: dt.date | None = None) -> list[TimeExpression]:
    """Returns the time expressions of ``text`` in reading order, resolved against ``anchor``.

    With ``anchor=None`` relative expressions ("Saturday", "last week") stay unresolved: the
    machine's clock is never consulted.
    """
    return []


def annotate(doc: Doc) -> Doc:
    """Pipeline component: fills ``doc.dates`` against the article's publication date."""
    doc.dates = find_dates(doc.text, anchor=doc.published)
    return doc
