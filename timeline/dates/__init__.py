"""Time expressions: found in text, typed and valued as TIMEX3, resolved against the publication date.

:func:`find_dates` runs the tagger (:mod:`timeline.dates.tagger`), then places each expression on
the calendar (:mod:`timeline.dates.resolve`) against the anchor, the article's publication date.
With no anchor, relative expressions keep ``X`` placeholders: the machine's clock is never read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from timeline.dates.resolve import Reading, resolve
from timeline.dates.tagger import find_candidates, is_clock
from timeline.dates.tense import deadline_before, sets_time_limit, speaks_of_future
from timeline.document import Doc

__all__ = ["TimeExpression", "annotate", "find_dates"]


@dataclass(slots=True)
class TimeExpression:
    """A time expression in a text.

    ``type`` is TIMEX3's ``DATE``, ``TIME``, ``DURATION`` or ``SET``; ``value`` its TIMEX3 value
    ("2014-01-04", "2013-04", "2014-W01", "P2D", "PRESENT_REF", or "XXXX-XX-XX" style when it could
    not be resolved). ``earliest``/``latest`` bound the days the expression can mean (None when
    unresolved); ``precision`` is "day", "week", "month", "quarter", "year" (the expression's grain,
    kept when unresolved) or None for durations and sets without an anchored interval. ``mod`` is
    TIMEX3's modifier (START, MID, END, APPROX, ...); ``relative`` is True when the value depends on
    the anchor (or, for "the next day", on the story's previous date).
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
    relative: bool = False


# How far (in characters) a named quarter frames "the quarter", "a year ago": a few paragraphs of a report.
_REPORT_REACH = 1500
# Readings too vague to move the story's clock ("later that year" after "the 1990s" is not 1990).
_NOT_STORY_DATES = frozenset({"fixed", "decade", "century"})
# Readings whose value does not depend on the anchor.
_ABSOLUTE_KINDS = frozenset({"absolute", "decade", "century", "fixed"})


def find_dates(text: str, anchor: dt.date | None = None) -> list[TimeExpression]:
    """Returns the time expressions of ``text`` in reading order, resolved against ``anchor``.

    ``anchor`` is the publication date (a ``datetime`` is read as its date). With ``anchor=None``
    relative expressions ("Saturday", "last week") stay unresolved: the machine's clock is never
    consulted.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates expects text as a str, not {type(text).__name__}")
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    elif anchor is not None and not isinstance(anchor, dt.date):
        raise TypeError(f"anchor must be a datetime.date or None, not {type(anchor).__name__}")
    expressions: list[TimeExpression] = []
    story_day = anchor  # the last exact day the text spoke of, for "the next day"
    story_date = anchor  # the last day, month or year it spoke of, for "later that year"
    story_quarter: dt.date | None = None  # the quarter a company report is about, once the text names one
    quarter_named_at = 0
    clocks: list[int] = []
    for candidate in find_candidates(text):
        if story_quarter is not None and candidate.start - quarter_named_at > _REPORT_REACH:
            story_quarter = None  # a quarter named long before no longer frames the report
        reading = _in_reported_quarter(candidate.reading, story_quarter)
        if reading is None:
            continue
        if is_clock(reading):
            clocks.append(len(expressions))
        base = anchor
        if reading.kind == "narrative":
            base = story_day if reading.unit not in ("month", "year") else story_date
        elif reading.kind == "reported_quarter" and reading.quarter is None and reading.month is None:
            base = story_quarter
        future = reading.kind not in _ABSOLUTE_KINDS and speaks_of_future(text, candidate.start)
        reading, future = _as_deadline(reading, future, text, candidate.start)
        resolution = resolve(reading, base, future)
        expression = TimeExpression(candidate.start, candidate.end, text[candidate.start : candidate.end],
                                    reading.type, resolution.value, resolution.earliest, resolution.latest,
                                    resolution.precision, reading.mod, _is_relative(reading))
        expressions.append(expression)
        if _names_reported_quarter(reading) and expression.latest and (anchor is None or expression.latest <= anchor):
            story_quarter = expression.earliest  # results are reported for quarters ended; one ahead is a forecast
            quarter_named_at = candidate.start
        if expression.earliest is not None and expression.type == "DATE" and reading.kind not in _NOT_STORY_DATES:
            story_date = expression.earliest
            if expression.precision == "day":
                story_day = expression.earliest
    clock_indexes = set(clocks)
    days = [e for index, e in enumerate(expressions) if index not in clock_indexes]
    for index in clocks:
        _date_clock(expressions[index], days, anchor, text)
    return expressions


def _in_reported_quarter(reading: Reading, story_quarter: dt.date | None) -> Reading | None:
    """Reads a report's comparisons against the quarter it reports on; returns None to drop the expression.

    In a story about a quarter's results, "a year ago" is that quarter a year before (TimeBank writes
    "1988-Q3", not "1988"); "the quarter" and "the year-ago period" mean nothing until a quarter is named,
    and "year-earlier profit" then means the year before.
    """
    if reading.kind == "ago" and reading.unit == "year" and reading.offset == -1 and story_quarter is not None:
        return Reading("reported_quarter", offset=-1)
    if reading.kind != "reported_quarter" or story_quarter is not None or reading.quarter or reading.month:
        return reading
    if reading.direction == "latest":  # "the latest quarter" with no report quarter named: the last one ended
        return Reading("relative_unit", unit="quarter", offset=-1)
    if reading.unit == "year":  # "year-earlier profit" with no quarter named: the year before
        return Reading("relative_unit", unit="year", offset=-1)
    return None


def _names_reported_quarter(reading: Reading) -> bool:
    """True for a quarter named as the one reported on: "third-quarter", "the quarter ended Sept. 30", not
    "the year-ago quarter" nor "the 1988 period" (a comparison)."""
    if reading.kind == "quarter":
        return reading.offset == 0
    return reading.kind == "reported_quarter" and reading.offset == 0 and reading.year is None


def _as_deadline(reading: Reading, future: bool, text: str, start: int) -> tuple[Reading, bool]:
    """Reads an undirected weekday or month after "until"/"by" as the end point it is.

    "given until Tuesday", "postponed until October" set a time limit still ahead (or today), while
    "fighting continued until Tuesday" ends something past; "by May", "through January" mean the month
    nearest the day of writing, ahead or behind ("this year through August" written in October), unless
    the sentence already speaks of the future.
    """
    if reading.direction is not None or reading.kind not in ("weekday", "month"):
        return reading, future
    preposition = deadline_before(text, start)
    if preposition is None or future:
        return reading, future
    if preposition in ("until", "till"):
        return reading, sets_time_limit(text, start)
    if reading.kind == "weekday":
        return reading, future
    return replace(reading, direction="nearest"), future


def _is_relative(reading: Reading) -> bool:
    """True when the value depends on the anchor or the story (a year-less quarter, "Saturday")."""
    if reading.kind in _ABSOLUTE_KINDS:
        return False
    return not (reading.kind in ("quarter", "half", "season", "holiday", "thanksgiving") and reading.year is not None)


def _date_clock(clock: TimeExpression, days: list[TimeExpression], anchor: dt.date | None, text: str) -> None:
    """Gives a clock time ("10 a.m.") the day of the nearest day expression in its sentence."""
    best: TimeExpression | None = None
    for other in days:
        if other.precision != "day" or other.earliest is None or other.earliest != other.latest:
            continue
        gap_text = text[min(other.end, clock.end) : max(other.start, clock.start)]
        if any(mark in gap_text for mark in ".!?\n") or len(gap_text) > 60:
            continue
        if best is None or abs(other.start - clock.start) < abs(best.start - clock.start):
            best = other
    day = best.earliest if best is not None else anchor
    part = clock.value.split("T", 1)[1]
    if day is None:
        clock.value, clock.earliest, clock.latest = f"XXXX-XX-XXT{part}", None, None
    else:
        clock.value, clock.earliest, clock.latest, clock.precision = f"{day.isoformat()}T{part}", day, day, "day"


def annotate(doc: Doc) -> Doc:
    """Pipeline component: fills ``doc.dates`` against the article's publication date."""
    doc.dates = find_dates(doc.text, anchor=doc.published)
    return doc
