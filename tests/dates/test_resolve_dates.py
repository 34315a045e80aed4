"""Placing expressions on the calendar the way news is written, measured on TimeBank/AQUAINT."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

SATURDAY = dt.date(2014, 1, 4)


def first(text: str, anchor: dt.date | None = SATURDAY):
    found = find_dates(text, anchor)
    assert found, f"no expression found in {text!r}"
    return found[0]


@pytest.mark.parametrize("text, day", [
    ("a senior official said Saturday", "2014-01-04"),  # the publication day itself
    ("Fighting erupted in Ramadi Monday", "2013-12-30"),
    ("On Friday alone, more than 100 people were killed", "2014-01-03"),
    ("The minister will meet rebels on Monday", "2014-01-06"),  # future tense looks forward
    ("The army said Monday it will attack", "2013-12-30"),  # the saying is dated, not the attack
    ("They met last Saturday", "2013-12-28"),
    ("They meet next Friday", "2014-01-10"),
])
def test_weekdays(text, day):
    expression = first(text)
    assert expression.value == day
    assert expression.earliest == expression.latest == dt.date.fromisoformat(day)
    assert expression.precision == "day"


def test_bbc_thursday_is_the_publication_day():
    assert first("A car bomb killed 13 people on Thursday.", dt.date(2014, 1, 2)).value == "2014-01-02"


@pytest.mark.parametrize("text, anchor, value", [
    ("violence since June 10", dt.date(2014, 6, 21), "2014-06-10"),
    ("the attack on Dec. 30", dt.date(2014, 1, 4), "2013-12-30"),  # nearest, across the new year
    ("the vote on Jan. 3", dt.date(2013, 12, 28), "2014-01-03"),
    ("after the Oct. 23 killing", dt.date(1999, 5, 6), "1998-10-23"),  # nearest is months ahead: last year's
    ("the vote will be held on Oct. 23", dt.date(1999, 5, 6), "1999-10-23"),
])
def test_yearless_month_day_is_the_nearest(text, anchor, value):
    assert first(text, anchor).value == value


def test_bare_month_is_the_most_recent_unless_future():
    assert first("In April, the army withdrew.").value == "2013-04"
    assert first("In January, the army withdrew.").value == "2014-01"
    assert first("Elections will be held in April.").value == "2014-04"


@pytest.mark.parametrize("text, value, earliest, latest, precision", [
    ("last week", "2013-W52", "2013-12-23", "2013-12-29", "week"),
    ("this week", "2014-W01", "2013-12-30", "2014-01-05", "week"),
    ("the weekend", "2014-W01-WE", "2014-01-04", "2014-01-05", "week"),
    ("last month", "2013-12", "2013-12-01", "2013-12-31", "month"),
    ("late 2012", "2012", "2012-09-01", "2012-12-31", "year"),
    ("early 2012", "2012", "2012-01-01", "2012-04-30", "year"),
    ("mid-June 2013", "2013-06", "2013-06-11", "2013-06-20", "month"),
    ("the third quarter of 2013", "2013-Q3", "2013-07-01", "2013-09-30", "quarter"),
    ("last summer", "2013-SU", "2013-06-01", "2013-08-31", "month"),
    ("the past two days", "P2D", "2014-01-02", "2014-01-04", "week"),
    ("two years ago", "2012", "2012-01-01", "2012-12-31", "year"),
    ("three days ago", "2014-01-01", "2014-01-01", "2014-01-01", "day"),
    ("yesterday", "2014-01-03", "2014-01-03", "2014-01-03", "day"),
])
def test_intervals(text, value, earliest, latest, precision):
    expression = first(text)
    assert (expression.value, expression.earliest.isoformat(), expression.latest.isoformat(),
            expression.precision) == (value, earliest, latest, precision)


def test_winter_spans_the_new_year():
    expression = first("this winter", dt.date(2014, 1, 20))
    assert expression.value == "2013-WI"
    assert (expression.earliest, expression.latest) == (dt.date(2013, 12, 1), dt.date(2014, 2, 28))


def test_narrative_days_follow_the_story():
    found = find_dates("The siege began on Jan. 1, 2010. The next day, troops withdrew.", None)
    assert [e.value for e in found] == ["2010-01-01", "2010-01-02"]


@pytest.mark.parametrize("text, value", [
    ("Saturday", "XXXX-WXX-6"), ("last week", "XXXX-WXX"), ("June 10", "XXXX-06-10"), ("In April", "XXXX-04"),
    ("yesterday", "XXXX-XX-XX"), ("last year", "XXXX"),
])
def test_without_anchor_relative_expressions_stay_unresolved(text, value):
    expression = first(text, None)
    assert expression.value == value
    assert expression.earliest is None and expression.latest is None


def test_without_anchor_absolute_dates_still_resolve():
    expression = first("on January 6, 2014", None)
    assert expression.earliest == dt.date(2014, 1, 6)


@pytest.mark.parametrize("anchor, this_weekend, last_weekend", [
    (dt.date(2014, 1, 4), "2014-W01-WE", "2013-W52-WE"),  # written on Saturday: this one, and the one before
    (dt.date(2014, 1, 8), "2014-W02-WE", "2014-W01-WE"),  # written on Wednesday: the coming one, the one gone
])
def test_weekends(anchor, this_weekend, last_weekend):
    assert [e.value for e in find_dates("this weekend and last weekend", anchor)] == [this_weekend, last_weekend]


def test_the_coming_month_is_upcoming():
    assert first("Results are due in November.", dt.date(1989, 10, 27)).value == "1989-11"
    assert first("In April, the army withdrew.", dt.date(2014, 1, 4)).value == "2013-04"
