"""Publication dates: parsing date values, and finding an article's own date in its text.

Only labelled lines and datelines count. "Latest update : 2014-01-06" is a modification time
(returned separately, usable only as an upper bound), and "Copyright © 2015" is not a date of
writing. Nothing here consults the machine's clock.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.utils import parsedate_tz

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# Plausible publication years: anything outside is a misreading (a number, a page id).
EARLIEST_YEAR, LATEST_YEAR = 1800, 2200

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE_FORMS = [
    # 2014-01-05, 2014-01-05T10:00:00Z, 2014/01/05, 20140105 (GDELT), 20140105T101500Z
    re.compile(r"(?P<year>\d{4})[-/.](?P<month_number>\d{1,2})[-/.](?P<day>\d{1,2})(?![\d])"),
    re.compile(r"(?P<year>\d{4})(?P<month_number>\d{2})(?P<day>\d{2})(?:T\d{4,6}Z?)?(?!\d)"),
    # Sunday 5 January 2014, 5 Jan. 2014, 05 January, 2014
    re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})", re.I),
    # Sunday, January 5, 2014; Jan. 5th 2014
    re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I),
]


_NUMERIC_DAY_MONTH = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")


def date_problem(value: object) -> str:
    """Returns why ``value`` was not read as a date, in words that say how to write one."""
    text = str(value).strip()
    if _NUMERIC_DAY_MONTH.fullmatch(text):
        return f"{text[:40]!r} could be day/month or month/day, so it is not guessed: write dates as YYYY-MM-DD"
    return f"{text[:40]!r} is not a date: write dates as YYYY-MM-DD"


def parse_date(value: object) -> dt.date | None:
    """Returns the calendar date ``value`` states, or None when it states none.

    Accepts dates and datetimes, ISO 8601 strings (the date part is taken as written, in the
    writer's own time zone), compact ``20140105`` forms, RFC 2822 ("Sun, 05 Jan 2014 10:00:00
    +0000") and English day-month-year or month-day-year forms. Ambiguous numeric forms such as
    ``05/01/2014`` are refused rather than guessed.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 200:
        return None
    found = _search_date(text, anchored=True)
    if found is not None:
        return found
    parsed = parsedate_tz(text)
    if parsed is not None:
        return _valid(parsed[0], parsed[1], parsed[2])
    return None


def _search_date(text: str, anchored: bool) -> dt.date | None:
    for form in _DATE_FORMS:
        match = form.match(text) if anchored else form.search(text)
        if match:
            found = _from_match(match)
            if found is not None:
                return found
    return None


def _from_match(match: re.Match) -> dt.date | None:
    parts = match.groupdict()
    month = int(parts["month_number"]) if parts.get("month_number") else MONTHS[parts["month"].lower().rstrip(".")]
    return _valid(int(parts["year"]), month, int(parts["day"]))


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class TextDate:
    """What an article's text says about its own dates.

    ``published`` comes from a publication label ("Date created : ...", "Published: ...") or a
    dateline with a year; ``modified`` from an update label ("Latest update : ..."), which only
    bounds the publication date from above.
    """

    published: dt.date | None = None
    modified: dt.date | None = None


_LABEL = r"^[ \t•*·|-]*(?P<label>{})\s*(?:on|at)?\s*[:\-–—|]?\s*(?P<value>[^\n]{{4,80}})"
_PUBLISHED_LABEL = re.compile(
    _LABEL.format(
        r"date\s+created|created|date\s+published|published(?:\s+date)?|first\s+published|publication\s+date"
        r"|posted|date|dated|released|issued"
    ),
    re.I | re.M,
)
_MODIFIED_LABEL = re.compile(
    _LABEL.format(r"latest\s+update|last\s+updated?|updated|last\s+modified|modified|date\s+modified|revised"),
    re.I | re.M,
)
# "BAGHDAD, Jan. 5, 2014 (Reuters) -", "FALLUJAH, Iraq, 5 January 2014 -": a place in capitals, then the date.
_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?,\s*(?P<value>[^\n(–—-]{6,40})")
# A datelined article announces itself in its first lines; further down, a date is about something else.
_HEAD_LINES = 6


def find_text_dates(text: str) -> TextDate:
    """Returns the publication and modification dates an article's text states about itself."""
    published = _labelled(_PUBLISHED_LABEL, text)
    modified = _labelled(_MODIFIED_LABEL, text)
    if published is None:
        head = [line for line in text[:2000].splitlines() if line.strip()][:_HEAD_LINES]
        for line in head:
            match = _DATELINE.match(line)
            if match and (found := _search_date(match.group("value"), anchored=True)):
                published = found
                break
            # A line that is nothing but a date, near the top, is the page's date stamp.
            if len(line) <= 60 and (found := _search_date(line.strip(), anchored=True)) and _only_date(line):
                published = found
                break
    return TextDate(published, modified)


def _labelled(label: re.Pattern, text: str) -> dt.date | None:
    for match in label.finditer(text):
        found = _search_date(match.group("value").strip(), anchored=True)
        if found is not None:
            return found
    return None


def _only_date(line: str) -> bool:
    rest = line.strip()
    for form in _DATE_FORMS:
        match = form.match(rest)
        if match:
            tail = rest[match.end() :].strip(" ,.|-–—")
            return not tail or bool(re.fullmatch(r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4}\s*)", tail, re.I))
    return False
