"""Turning what a time expression says into a TIMEX3 value and the interval of days it can mean.

A :class:`Reading` is what the tagger understood ("the Saturday before or on the anchor", "three
years", "the third quarter of an unstated year"); :func:`resolve` places it on the calendar against
the publication date (the anchor). The rules follow how news is written, measured on TimeBank and
AQUAINT: a bare weekday is the most recent such day including the publication day, a year-less
"June 10" is the one nearest the publication date, a bare month is the most recent one (the next one
when the sentence speaks of the future). Without an anchor nothing relative is resolved: the value
keeps ``X`` placeholders and the interval is ``None``; the machine's clock is never read.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

# Seasons as TIMEX3 codes with the months they span (winter starts in the December of its year).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
# Days of a month covered by "early", "mid" and "late".
_MONTH_THIRDS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}
# Months of a year covered by "early", "mid" and "late".
_YEAR_THIRDS = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}
UNIT_CODES = {"minute": "TM", "hour": "TH", "second": "TS", "day": "D", "week": "W", "month": "M",
              "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE"}


@dataclass(slots=True)
class Reading:
    """What an expression says, before it is placed on the calendar.

    ``kind`` selects the resolution rule; the other fields are that rule's arguments:
    ``offset`` counts units from the anchor (-1 = last, 0 = this, 1 = next); ``direction`` is
    "last", "next", "this", "nearest" (a month after "by": whichever occurrence is closer), "latest"
    (the most recent one, today included: "Friday's ruling", a report's latest quarter) or None (then
    the sentence's tense decides); ``mod`` is TIMEX3's
    START/MID/END/APPROX; ``part`` a part of day (MO, AF, EV, NI) or a clock time ("10:30").
    """

    kind: str
    type: str = "DATE"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    unit: str | None = None
    offset: int = 0
    direction: str | None = None
    mod: str | None = None
    part: str | None = None
    value: str | None = None  # fixed values: durations, sets, PRESENT_REF


@dataclass(frozen=True, slots=True)
class Resolution:
    """A reading placed on the calendar: TIMEX3 value, interval of days and precision."""

    value: str
    earliest: dt.date | None
    latest: dt.date | None
    precision: str | None


def resolve(reading: Reading, anchor: dt.date | None, future: bool = False) -> Resolution:
    """Returns the value and interval of ``reading`` against ``anchor`` (None keeps it unresolved).

    ``future`` says the sentence speaks of what is to come ("will meet on Monday"): undirected
    weekdays, months and seasons then look forward instead of back.
    """
    return _RULES[reading.kind](reading, anchor, future)


# --- calendar helpers -------------------------------------------------------------------------


def month_end(year: int, month: int) -> dt.date:
    """Returns the last day of ``month`` in ``year``."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _week_span(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _quarter_span(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first = 3 * quarter - 2
    return dt.date(year, first, 1), month_end(year, first + 2)


def _season_span(year: int, season: str) -> tuple[dt.date, dt.date]:
    first, last = SEASON_MONTHS[season]
    end_year, end_month = _add_months(year, first, last - first)
    return dt.date(year, first, 1), month_end(end_year, end_month)


def _season_of(day: dt.date) -> tuple[int, str]:
    """Returns (year, code) of the season containing ``day`` (January belongs to last year's winter)."""
    for code, (first, last) in SEASON_MONTHS.items():
        if first <= day.month <= last:
            return day.year, code
    return (day.year, "WI") if day.month == 12 else (day.year - 1, "WI")


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _narrow(earliest: dt.date, latest: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """Returns the part of [earliest, latest] that "early", "mid" or "late" points at.

    A year splits into months 1-4, 5-8 and 9-12, a month into days 1-10, 11-20 and 21 to the end,
    any other period into thirds.
    """
    if mod not in ("START", "MID", "END"):
        return earliest, latest
    if (earliest.month, earliest.day, latest.month, latest.day) == (1, 1, 12, 31) and earliest.year == latest.year:
        first, last = _YEAR_THIRDS[mod]
        return dt.date(earliest.year, first, 1), month_end(earliest.year, last)
    if earliest.day == 1 and latest == month_end(earliest.year, earliest.month):
        first, last = _MONTH_THIRDS[mod]
        return earliest.replace(day=first), min(latest, earliest.replace(day=min(last, latest.day)))
    third = ((latest - earliest).days + 1) // 3
    if mod == "START":
        return earliest, earliest + dt.timedelta(days=max(third - 1, 0))
    if mod == "MID":
        return earliest + dt.timedelta(days=third), latest - dt.timedelta(days=third)
    return latest - dt.timedelta(days=max(third - 1, 0)), latest


def _with_part(value: str, part: str | None) -> str:
    if not part:
        return value
    return f"{value}T{part}"


# --- rules ------------------------------------------------------------------------------------


def _fixed(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    """Durations, sets and PRESENT_REF-style references: the value is the reading's own."""
    if r.value == "PRESENT_REF" and anchor is not None:
        return Resolution(r.value, anchor, anchor, "day")
    return Resolution(r.value or "", None, None, None)


def _absolute(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    """A date with its year stated: a day, a month or a year (optionally early/mid/late)."""
    if r.day is not None and r.month is not None:
        day = _safe_date(r.year, r.month, r.day)
        if day is None:
            return Resolution(f"{r.year:04d}-{r.month:02d}-{r.day:02d}", None, None, None)
        return Resolution(_with_part(day.isoformat(), r.part), day, day, "day")
    if r.month is not None:
        start, end = _narrow(dt.date(r.year, r.month, 1), month_end(r.year, r.month), r.mod)
        return Resolution(f"{r.year:04d}-{r.month:02d}", start, end, "month")
    start, end = _narrow(dt.date(r.year, 1, 1), dt.date(r.year, 12, 31), r.mod)
    return Resolution(f"{r.year:04d}", start, end, "year")


def _relative_day(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    """today / yesterday / tomorrow / tonight, optionally with a part of day."""
    if anchor is None:
        return Resolution(_with_part("XXXX-XX-XX", r.part), None, None, "day")
    day = anchor + dt.timedelta(days=r.offset)
    return Resolution(_with_part(day.isoformat(), r.part), day, day, "day")


def weekday_date(weekday: int, anchor: dt.date, direction: str | None, future: bool) -> dt.date:
    """Returns the calendar day a weekday name refers to, seen from ``anchor``.

    Undirected: the most recent such day including the anchor itself, or the nearest on or after it
    when the sentence speaks of the future; "latest": the most recent whatever the tense ("Friday's
    ruling"); "last": strictly before; "next": strictly after; "this": the one in the anchor's week.
    """
    back = (anchor.weekday() - weekday) % 7
    if direction == "latest":
        return anchor - dt.timedelta(days=back)
    if direction == "last":
        return anchor - dt.timedelta(days=back or 7)
    if direction == "next":
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    if direction == "this":
        return anchor + dt.timedelta(days=weekday - anchor.weekday())
    if future:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - dt.timedelta(days=back)


def _weekday(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    if anchor is None:
        return Resolution(_with_part(f"XXXX-WXX-{r.weekday + 1}", r.part), None, None, "day")
    day = weekday_date(r.weekday, anchor, r.direction, future)
    return Resolution(_with_part(day.isoformat(), r.part), day, day, "day")


def _month_day(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    """A year-less month and day ("June 10"): the occurrence nearest the anchor (94% right on TimeBank and
    AQUAINT), unless that is months ahead in a sentence that does not speak of the future."""
    if anchor is None:
        return Resolution(_with_part(f"XXXX-{r.month:02d}-{r.day:02d}", r.part), None, None, "day")
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                  if (d := _safe_date(y, r.month, r.day)) is not None]
    if not candidates:
        return Resolution(f"XXXX-{r.month:02d}-{r.day:02d}", None, None, None)
    day = min(candidates, key=lambda d: (abs((d - anchor).days), d > anchor))
    if not future and (day - anchor).days > _FAR_AHEAD_DAYS:
        # a sentence not about the future rarely means a day months ahead: "after the Oct. 23 slaying"
        day = _safe_date(day.year - 1, r.month, r.day) or day
    return Resolution(_with_part(day.isoformat(), r.part), day, day, "day")


# Beyond this many days after publication, a year-less day in a sentence not about the future is last year's.
_FAR_AHEAD_DAYS = 120


def _month(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    """A year-less month ("in April"): the most recent one (this month included), or the next one when
    the sentence speaks of the future or the month is the coming one; "nearest" takes whichever of the
    two is closer to the anchor."""
    if anchor is None:
        return Resolution(f"XXXX-{r.month:02d}", None, None, "month")
    year = anchor.year
    if r.unit == "year":  # "June last year"
        year = anchor.year + r.offset
    elif r.direction == "last":
        year = anchor.year if r.month < anchor.month else anchor.year - 1
    elif r.direction == "next":
        year = anchor.year if r.month > anchor.month else anchor.year + 1
    elif r.direction == "this":
        year = anchor.year
    elif r.direction == "nearest":  # "by May": the nearer of this year's and the neighbouring year's, ahead on a tie
        ahead = (r.month - anchor.month) % 12
        year = anchor.year + (r.month < anchor.month) if ahead <= 6 else anchor.year - (r.month > anchor.month)
    elif future or (r.month - anchor.month) % 12 == 1:
        # the coming month: "in November" written in October is upcoming (84% -> 88% on TimeBank/AQUAINT)
        year = anchor.year if r.month >= anchor.month else anchor.year + 1
    elif r.month > anchor.month:
        year = anchor.year - 1
    start, end = _narrow(dt.date(year, r.month, 1), month_end(year, r.month), r.mod)
    return Resolution(f"{year:04d}-{r.month:02d}", start, end, "month")


def _relative_unit(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    """last/this/next week, month, year, quarter, weekend, decade; "N units ago"."""
    unit, offset = r.unit, r.offset
    if anchor is None:
        unresolved = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                      "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX"}[unit]
        precision = {"weekend": "week", "decade": "year", "century": "year"}.get(unit, unit)
        return Resolution(unresolved, None, None, precision)
    if unit == "day":
        day = anchor + dt.timedelta(days=offset)
        return Resolution(day.isoformat(), day, day, "day")
    if unit == "week":
        start, end = _week_span(anchor + dt.timedelta(weeks=offset))
        return Resolution(_week_value(start), *_narrow(start, end, r.mod), "week")
    if unit == "weekend":
        saturday = _weekend_saturday(anchor, offset, future or r.direction == "this")  # "this weekend": the coming one
        return Resolution(_week_value(saturday) + "-WE", saturday, saturday + dt.timedelta(days=1), "week")
    if unit == "month":
        year, month = _add_months(anchor.year, anchor.month, offset)
        start, end = _narrow(dt.date(year, month, 1), month_end(year, month), r.mod)
        return Resolution(f"{year:04d}-{month:02d}", start, end, "month")
    if unit == "quarter":
        year, month = _add_months(anchor.year, anchor.month, 3 * offset)
        quarter = (month - 1) // 3 + 1
        start, end = _quarter_span(year, quarter)
        return Resolution(f"{year:04d}-Q{quarter}", *_narrow(start, end, r.mod), "quarter")
    if unit == "year":
        year = anchor.year + offset
        start, end = _narrow(dt.date(year, 1, 1), dt.date(year, 12, 31), r.mod)
        return Resolution(f"{year:04d}", start, end, "year")
    if unit == "decade":
        decade = (anchor.year + 10 * offset) // 10
        return Resolution(f"{decade:03d}", dt.date(decade * 10, 1, 1), dt.date(decade * 10 + 9, 12, 31), "year")
    century = (anchor.year - 1) // 100 + offset
    return Resolution(f"{century:02d}", dt.date(century * 100 + 1, 1, 1), dt.date(century * 100 + 100, 12, 31), "year")


def _weekend_saturday(anchor: dt.date, offset: int, future: bool) -> dt.date:
    """The Saturday of the weekend meant: the current or most recent one (the coming one in future)."""
    if anchor.weekday() >= 5:
        current = anchor - dt.timedelta(days=anchor.weekday() - 5)
    elif future:
        current = anchor + dt.timedelta(days=5 - anchor.weekday())
    else:
        current = anchor - dt.timedelta(days=anchor.weekday() + 2)
    if offset < 0 and current >= anchor - dt.timedelta(days=1) and anchor.weekday() >= 5:
        current -= dt.timedelta(weeks=1)
    elif offset > 0 and current <= anchor:
        current += dt.timedelta(weeks=1)
    return current


def _quarter(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    """The Nth quarter; without a year, the latest one that has begun (or the coming one)."""
    year = r.year
    if year is None:
        if anchor is None:
            return Resolution(f"XXXX-Q{r.quarter}", None, None, "quarter")
        current = (anchor.month - 1) // 3 + 1
        year = anchor.year + r.offset
        if r.offset == 0 and r.quarter > current and not future:
            year -= 1
    start, end = _quarter_span(year, r.quarter)
    return Resolution(f"{year:04d}-Q{r.quarter}", start, end, "quarter")


def _reported_quarter(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    """A company report's quarter ("the quarter", "the year-ago period"), seen from ``anchor``: a day in
    the quarter the story reports on. A stated quarter end ("the quarter ended Sept. 30") or a stated
    ordinal and year ("the 1988 third quarter") override it; ``offset`` -1 is the same quarter a year
    before."""
    if anchor is None:
        return Resolution(f"XXXX-Q{r.quarter or 'X'}", None, None, "quarter")
    if r.month is not None:
        ended = _month_day(Reading("month_day", month=r.month, day=r.day), anchor, future).earliest
        anchor = ended or anchor
    quarter = r.quarter or (anchor.month - 1) // 3 + 1
    year = r.year if r.year is not None else anchor.year + r.offset
    start, end = _quarter_span(year, quarter)
    return Resolution(f"{year:04d}-Q{quarter}", start, end, "quarter")


def _half(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    year = r.year
    if year is None:
        if anchor is None:
            return Resolution(f"XXXX-H{r.half}", None, None, "quarter")
        year = anchor.year + r.offset
    first = 1 if r.half == 1 else 7
    return Resolution(f"{year:04d}-H{r.half}", dt.date(year, first, 1), month_end(year, first + 5), "quarter")


def _season(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    """A season: with a year, that year's; else the current/most recent one, or last/next."""
    year = r.year
    if year is None:
        if anchor is None:
            return Resolution(f"XXXX-{r.season}", None, None, "month")
        current_year, current = _season_of(anchor)
        order = list(SEASON_MONTHS)
        steps = (order.index(r.season) - order.index(current)) % 4  # seasons ahead, 0..3
        if r.direction == "last":
            ahead = steps - 4
        elif r.direction == "next":
            ahead = steps or 4
        elif r.direction == "this":
            ahead = steps if steps <= 2 else steps - 4  # "this summer" in November: the one just gone
        elif future:
            ahead = steps
        else:
            ahead = steps - 4 if steps else 0
        year, month = _add_months(current_year, SEASON_MONTHS[current][0], 3 * ahead)
        year = year if r.season != "WI" or month == 12 else year - 1
    start, end = _season_span(year, r.season)
    return Resolution(f"{year:04d}-{r.season}", *_narrow(start, end, r.mod), "month")


def _decade(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    decade = r.year // 10
    start, end = _narrow(dt.date(decade * 10, 1, 1), dt.date(decade * 10 + 9, 12, 31), r.mod)
    return Resolution(f"{decade:03d}", start, end, "year")


def _century(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    first = (r.year - 1) * 100 + 1
    return Resolution(f"{r.year - 1:02d}", dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31), "year")


def _ago(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    """"three days ago", "a year earlier": counted back (or forward) from the anchor."""
    if anchor is None:
        unresolved = _relative_unit(Reading("relative_unit", unit=_ago_grain(r.unit), offset=r.offset), None, future)
        return Resolution(_with_part(unresolved.value, r.part), None, None, unresolved.precision)
    if r.unit == "day":
        day = anchor + dt.timedelta(days=r.offset)
        return Resolution(_with_part(day.isoformat(), r.part), day, day, "day")
    if r.unit == "week":  # "six weeks ago" names a week, not a day (TimeBank and AQUAINT agree)
        start, end = _week_span(anchor + dt.timedelta(weeks=r.offset))
        return Resolution(_week_value(start), start, end, "week")
    if r.unit in ("hour", "minute"):
        return Resolution(anchor.isoformat(), anchor, anchor, "day")
    if r.unit == "decade":
        year = anchor.year + 10 * r.offset
        return Resolution(f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    return _relative_unit(Reading("relative_unit", unit=r.unit, offset=r.offset), anchor, future)


def _ago_grain(unit: str | None) -> str:
    return {"hour": "day", "minute": "day", "decade": "year"}.get(unit or "", unit or "day")


def _period(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    """"the past two days", "the next three weeks": a duration ending (or starting) at the anchor."""
    if anchor is None or r.unit in ("second", "minute", "hour"):
        return Resolution(r.value or "", None, None, None)
    days = {"day": 1, "week": 7, "fortnight": 14, "month": 31, "quarter": 92, "year": 366, "decade": 3653,
            "century": 36525}[r.unit] * abs(r.offset)
    reach = anchor + dt.timedelta(days=days if r.offset > 0 else -days)
    earliest, latest = min(anchor, reach), max(anchor, reach)
    return Resolution(r.value or "", earliest, latest, precision_of_span((latest - earliest).days + 1))


def precision_of_span(days: int) -> str:
    """Returns the finest precision whose unit holds an interval of ``days`` days."""
    for precision, most in (("day", 2), ("week", 8), ("month", 32), ("quarter", 93)):
        if days <= most:
            return precision
    return "year"


def _thanksgiving(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    """US Thanksgiving, the fourth Thursday of November: of the stated year or the one nearest the anchor."""
    if r.year is None and anchor is None:
        return Resolution("XXXX-11-XX", None, None, "day")
    years = [r.year] if r.year is not None else [anchor.year - 1, anchor.year]
    days = []
    for year in years:
        first = dt.date(year, 11, 1)
        days.append(first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21))
    day = days[0] if r.year is not None else min(days, key=lambda d: abs((d - anchor).days))
    return Resolution(day.isoformat(), day, day, "day")


def _holiday(r: Reading, anchor: dt.date | None, future: bool) -> Resolution:
    """A fixed-date holiday (Christmas): with its year, or the occurrence nearest the anchor."""
    if r.year is not None:
        return _absolute(r, anchor, future)
    return _month_day(r, anchor, future)


_RULES = {
    "fixed": _fixed,
    "absolute": _absolute,
    "relative_day": _relative_day,
    "weekday": _weekday,
    "month_day": _month_day,
    "month": _month,
    "relative_unit": _relative_unit,
    "quarter": _quarter,
    "reported_quarter": _reported_quarter,
    "half": _half,
    "season": _season,
    "decade": _decade,
    "century": _century,
    "ago": _ago,
    "holiday": _holiday,
    "period": _period,
    "thanksgiving": _thanksgiving,
    "narrative": _ago,  # "the next day", "two days later": counted from the story's last day, given as anchor
}
