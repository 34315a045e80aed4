"""The date of an event: the time expression that governs its sentence, as a day or an interval.

The rule, in order:

1. the DATE or TIME expression nearest the trigger in the same sentence (one in the trigger's own
   clause wins over a nearer one across a clause break). Not candidates: durations and sets ("for
   three years", "daily"), baselines of comparison ("compared to 2012", "the deadliest since 2008"),
   and plans or deadlines after publication ("by 2015") unless the event itself is in the future;
2. else the previous sentence's, when it dates a day or a week and is not background;
3. else the publication date, precision "day", with ``source`` saying the date was not stated, when
   the article reports its own days (it names a day within two days of publication, or no time at
   all); otherwise the :data:`UNDATED_DAYS` before publication, precision "month".

"since June 10" opens an interval that runs to the publication date; "in the past two days" is an
interval; a week or a month is dated at its middle (ACLED's convention), clamped to publication; a
night ("overnight", "Tuesday night") allows its own day and the next, and is dated to its own.
Without a publication date, relative expressions give no day (``uncertain=True``); dates stated in
full ("January 3, 2014") still do.

Background: news retells the past ("after the 2003 invasion", "in 2006 and 2007"). Such an
expression is returned as what it is, with ``is_background=True`` when it ends more than
:data:`BACKGROUND_DAYS` before publication. The events helper should drop (or mark as background)
events whose :class:`EventDate` has ``is_background`` set: they are context, not news.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.dates import TimeExpression, find_dates
from timeline.dates.tense import speaks_of_future
from timeline.document import Doc

# An event dated to a period that ended this long before publication is background, not news.
BACKGROUND_DAYS = 365
# How far back an undated event may lie in an article that names no day near its publication.
UNDATED_DAYS = 30
# Characters of extra distance charged for each clause break between trigger and expression.
_CLAUSE_PENALTY = 60
_CLAUSE_BREAK = re.compile(r"[;:()\u2014\u2013]|\s-\s|,\s+(?:but|while|whereas|although|which|who|and)\b|"
                           r"\b(?:but|after|before|since)\b", re.I)
_SINCE = re.compile(r"\bsince\s+(?:(?:the|late|early|mid)\s+)?$", re.I)
# "the lowest level since 1997", "the first time since 2003": a yardstick in the past, not the event's time.
_MEASURED_SINCE = re.compile(r"\b(?:lowest|highest|best|worst|biggest|largest|smallest|deadliest|strongest|weakest|"
                             r"first|most|least|not\s+(?:been\s+)?seen)\b[^.;]*$", re.I)
# "compared to 2008", "than last year", "from a year earlier": a baseline of comparison, not the event's time.
_BASELINE = re.compile(r"\b(?:compared\s+(?:to|with)|than|versus|vs\.?|from|over|against)\s+(?:the\s+)?"
                       r"(?:same\s+(?:period|month|quarter|week|time|day)\s+(?:of\s+)?)?$", re.I)
_COORDINATION = re.compile(r"\s*(?:,|and|or|to|through|until|-|–)\s*(?:on\s+)?", re.I)
# Reporting verbs: a date attached to one dates the report, and only weakly the event reported.
_REPORTING = re.compile(r"\b(?:said|says|say|told|tells|announced|announces|reported|reports|added|stated|"
                        r"confirmed|claimed|declared|warned|vowed|pledged)\b", re.I)
_SAID_BEFORE = re.compile(_REPORTING.pattern + r"(?:\s+(?:the\s+)?[A-Z][\w.]*){0,3}\s+(?:on\s+)?$", re.I)
_SAYING_PENALTY = 80
# Clock times and parts of day carry their day in the value: "2014-01-04T10:00".
_DAY_PRECISIONS = ("day", "week")


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened: best day, the interval the evidence allows, its precision and provenance.

    ``text`` is the governing time expression ("" when the publication date was used); ``source``
    says in words how the date was derived (shown in the page's popup); ``uncertain`` is True when
    the article has no publication date, so relative expressions could not be resolved.
    ``is_background`` is True when the date lies well before publication ("after the 2003
    invasion"): the event is context, and the events helper should drop or mark it.
    """

    date: dt.date | None
    start: dt.date | None
    end: dt.date | None
    precision: str | None
    text: str = ""
    source: str = ""
    uncertain: bool = False
    is_background: bool = False


def event_date(doc: Doc, sentence: tuple[int, int], trigger: tuple[int, int]) -> EventDate:
    """Returns the date of the event signalled at ``trigger`` (character span) within ``sentence``."""
    published = doc.published
    dates = doc.dates
    if not dates and doc.text:  # called outside the pipeline, before the dates component ran
        dates = find_dates(doc.text, anchor=published)
    future = speaks_of_future(doc.text, trigger[0])
    candidates = [e for e in _dating(dates, *sentence)
                  if not _is_yardstick(doc.text, e, sentence[0], published)
                  and (future or not _after(e, published) or speaks_of_future(doc.text, e.start))]
    governing = _nearest(doc.text, candidates, trigger)
    if governing is not None:
        return _from_expression(doc.text, _coordinated(doc.text, governing, candidates), published, future, "")
    previous = _previous_sentence(doc, sentence)
    if previous is not None:
        candidates = [e for e in _dating(dates, *previous)
                      if e.precision in _DAY_PRECISIONS and not _is_background(e, published)]
        governing = _nearest(doc.text, candidates, (previous[1], previous[1]))
        if governing is not None:
            return _from_expression(doc.text, governing, published, future, " in the previous sentence")
    if published is None:
        return EventDate(None, None, None, None, source="no date in the text and no publication date known",
                         uncertain=True)
    if _about_the_day(dates, published):
        return EventDate(published, published, published, "day",
                         source=f"publication date {published.isoformat()} (no date stated in the sentence)")
    start = published - dt.timedelta(days=UNDATED_DAYS)
    return EventDate(published, start, published, "month",
                     source=f"publication date {published.isoformat()}; the article dates nothing near it, so the "
                            f"event may be up to {UNDATED_DAYS} days older")


def _about_the_day(dates: list[TimeExpression], published: dt.date) -> bool:
    """True when the article reports its own days: it names a day within two days of publication
    ("said Saturday", "yesterday"), or it names no time at all (a bulletin)."""
    # "now", "current" name no day of their own: they neither make nor break a bulletin
    days = [e for e in dates if e.type in ("DATE", "TIME") and e.earliest is not None and not e.value.endswith("_REF")]
    if not days:
        return True
    return any(e.precision == "day" and 0 <= (published - e.earliest).days <= 2 for e in days)


def is_background(date: EventDate) -> bool:
    """Returns True when ``date`` marks the event as background (use it to filter events)."""
    return date.is_background


def _dating(dates: list[TimeExpression], start: int, end: int) -> list[TimeExpression]:
    """Returns the expressions within [start, end) that can date an event (no durations, sets, "now")."""
    usable = []
    for expression in dates:
        if expression.start < start or expression.end > end:
            continue
        if expression.type in ("DATE", "TIME") and not expression.value.endswith("_REF"):
            usable.append(expression)
        elif expression.type == "DURATION" and expression.earliest is not None:
            usable.append(expression)  # "the past two days": a period ending at publication
    return usable


def _nearest(text: str, candidates: list[TimeExpression], trigger: tuple[int, int]) -> TimeExpression | None:
    """Returns the candidate closest to ``trigger``, charging for clause breaks in between."""
    best, best_cost = None, None
    for expression in candidates:
        left, right = sorted(((expression.start, expression.end), trigger))
        between = text[left[1] : right[0]]
        cost = max(len(between), 0) + _CLAUSE_PENALTY * len(_CLAUSE_BREAK.findall(between))
        if expression.start > trigger[0]:
            cost += 5  # "said Saturday" after the verb and "On Friday, ..." before it read alike; prefer after
        if _dates_the_saying(text, expression) and not _REPORTING.search(text[trigger[0] : trigger[1]]):
            cost += _SAYING_PENALTY  # "police said Wednesday that a bomb killed 12 on Tuesday"
        if best_cost is None or cost < best_cost:
            best, best_cost = expression, cost
    return best


def _coordinated(text: str, expression: TimeExpression, candidates: list[TimeExpression]) -> TimeExpression:
    """Joins "Friday and Saturday", "2006 and 2007", "June 10 to June 12" into one expression spanning both."""
    for other in candidates:
        left, right = sorted((expression, other), key=lambda e: e.start)
        if other is expression or other.precision != expression.precision or None in (
            expression.earliest, expression.latest, other.earliest, other.latest
        ):
            continue
        if _COORDINATION.fullmatch(text[left.end : right.start]):
            return TimeExpression(left.start, right.end, text[left.start : right.end], expression.type,
                                  f"{left.value}/{right.value}", min(left.earliest, right.earliest),
                                  max(left.latest, right.latest), expression.precision, None,
                                  left.relative or right.relative)
    return expression


def _dates_the_saying(text: str, expression: TimeExpression) -> bool:
    """True when the expression is attached to a reporting verb ("said Saturday", "told AFP on Monday")."""
    before = text[max(0, expression.start - 30) : expression.start]
    return bool(_SAID_BEFORE.search(before))


def _previous_sentence(doc: Doc, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """Returns the sentence before ``sentence`` when it is in the same paragraph."""
    before = [s for s in doc.sentences if s[1] <= sentence[0]]
    if not before:
        return None
    previous = before[-1]
    if "\n\n" in doc.text[previous[1] : sentence[0]]:
        return None
    return previous


def _after(expression: TimeExpression, published: dt.date | None) -> bool:
    """True when the expression lies wholly after publication: a plan or deadline ("by 2017"), which
    cannot date an event the sentence reports as done."""
    return published is not None and expression.earliest is not None and expression.earliest > published


def _is_yardstick(text: str, expression: TimeExpression, sentence_start: int, published: dt.date | None) -> bool:
    """True for a time the event is measured against rather than when it happened.

    "sales fell 17% compared to 2008", "down from a year earlier", "its lowest level since 1997". A
    plain "since 2003" ("has out-sold Boeing since 2003") still dates the start of what it describes.
    """
    if text[expression.end : expression.end + 2] in ("'s", "’s"):
        return False  # "the toll from Monday's attack": a possessive time names an event, never a baseline
    before = text[max(sentence_start, expression.start - 40) : expression.start]
    if _BASELINE.search(before):
        return True
    if _SINCE.search(before[-12:]):
        clause = text[max(sentence_start, expression.start - 120) : expression.start]
        return bool(_MEASURED_SINCE.search(clause[: len(clause) - len(before[-12:]) + 1] + " "))
    return False


def _is_background(expression: TimeExpression, published: dt.date | None) -> bool:
    latest = expression.latest
    return published is not None and latest is not None and (published - latest).days > BACKGROUND_DAYS


def _from_expression(
    text: str, expression: TimeExpression, published: dt.date | None, future: bool, where: str
) -> EventDate:
    """Turns the governing expression into a best day, an interval and its provenance."""
    quoted = f"'{expression.text}'{where}"
    if expression.earliest is None:
        return EventDate(None, None, None, None, expression.text, uncertain=True,
                         source=f"{quoted} could not be resolved: no publication date known")
    start, end = expression.earliest, expression.latest
    precision = _table_precision(expression.precision)
    if precision == "day" and start != end:
        precision = _interval_precision(start, end)  # "Friday and Saturday"
    how = (f"{quoted} resolved against publication date {published.isoformat()}"
           if expression.relative and published is not None else f"{quoted} as stated")
    since = _SINCE.search(text[max(0, expression.start - 12) : expression.start])
    if since and published is not None and start <= published:
        end = published
        precision = _interval_precision(start, end)
        how = f"since {quoted}: from {start.isoformat()} to publication date {published.isoformat()}"
        return EventDate(start, start, end, precision, expression.text, how,
                         is_background=False)
    night = expression.value.endswith("TNI") and start == end
    if night:
        # A night runs past midnight: "overnight" in a report of day D is the night from D-1 to D (a raid at
        # 2 a.m. is "Tuesday night" too), so the evidence allows both days. ACLED and UCDP code such an event to
        # the earlier day, the night's own, at the precision of a day: the doubt is hours, not a week.
        end = start + dt.timedelta(days=1)
    if published is not None and not future and start <= published < end:
        end = published  # a past event in "this week" happened by the day of writing
    if start == end or night:
        day = start
    else:
        day = start + (end - start) / 2  # ACLED's convention: the middle of the week or period
    return EventDate(day, start, end, precision, expression.text, how, uncertain=False,
                     is_background=_is_background(expression, published))


def _interval_precision(start: dt.date, end: dt.date) -> str:
    """The precision of an interval in the table's terms: day, week, month or year."""
    days = (end - start).days + 1
    for precision, most in (("day", 1), ("week", 8), ("month", 32)):
        if days <= most:
            return precision
    return "year"


def _table_precision(precision: str | None) -> str | None:
    """The events table knows day, week, month and year: a quarter is honestly a year's uncertainty."""
    return "year" if precision == "quarter" else precision
