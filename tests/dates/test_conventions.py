"""TimeML conventions the resolver follows, each checked on sentences written for these tests.

Every rule here was added because TimeBank and AQUAINT annotate it this way in both corpora (or in the one
that has the construction at all); the sentences are new, so the tests say what the rule does, not what
the corpora contain.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

SATURDAY = dt.date(2014, 1, 4)
LATE_OCTOBER = dt.date(2013, 10, 25)  # a Friday, when third-quarter results come out


def found(text: str, anchor: dt.date | None = SATURDAY) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in find_dates(text, anchor)]


@pytest.mark.parametrize("text, expected", [
    ("The curfew ends at 6 p.m. Friday.", ("6 p.m. Friday", "TIME", "2014-01-03T18:00")),
    ("Shelling stopped at noon Thursday.", ("noon Thursday", "TIME", "2014-01-02T12:00")),
    ("Bids close at 5 p.m. EST, Jan. 10.", ("5 p.m. EST, Jan. 10", "TIME", "2014-01-10T17:00")),
    ("The convoy left at 9 a.m. on 2 January 2014.", ("9 a.m. on 2 January 2014", "TIME", "2014-01-02T09:00")),
])
def test_a_clock_time_joins_the_day_written_after_it(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text, value", [
    ("Rebels were given until Tuesday to leave the town.", "2014-01-07"),  # a deadline ahead
    ("The vote was postponed until Tuesday.", "2014-01-07"),
    ("Fighting continued until Tuesday, when troops arrived.", "2013-12-31"),  # the end of something past
    ("Until Tuesday, the town had been calm.", "2013-12-31"),  # a sentence opening "Until" looks back
    ("The offer stood up until Tuesday.", "2013-12-31"),
])
def test_until_a_weekday_is_a_time_limit_ahead(text, value):
    assert found(text)[0][2] == value


@pytest.mark.parametrize("text, anchor, value", [
    ("Troops must withdraw by March.", SATURDAY, "2014-03"),
    ("Exports this year through August fell.", dt.date(2013, 10, 25), "2013-08"),
    ("Loans run through February.", dt.date(2013, 10, 25), "2014-02"),
    ("Aid was cut in March.", dt.date(2013, 10, 25), "2013-03"),  # no deadline word: the last March
    ("The siege lasted through January.", dt.date(2013, 10, 25), "2013-01"),  # a past verb: the last one
    ("By February, the rebels had taken the city.", dt.date(2013, 10, 25), "2013-02"),
    ("The aid convoy is not due until May.", dt.date(2013, 10, 25), "2014-05"),  # the future wins
    ("The ceasefire was extended until June.", dt.date(2013, 10, 25), "2014-06"),  # a time limit ahead
])
def test_a_month_after_by_through_or_until(text, anchor, value):
    assert [v for _, _, v in found(text, anchor) if len(v) == 7] == [value]


@pytest.mark.parametrize("text, value", [
    ("In June last year the siege began.", "2013-06"),
    ("The vote is due in April next year.", "2015-04"),
    ("It was signed in early January this year.", "2014-01"),
])
def test_a_month_with_last_or_next_year_is_one_date(text, value):
    assert [v for _, _, v in found(text)] == [value]


def test_weeks_ago_name_a_week():
    expression = find_dates("The town fell six weeks ago.", SATURDAY)[0]
    assert (expression.value, expression.precision) == ("2013-W47", "week")
    assert (expression.earliest, expression.latest) == (dt.date(2013, 11, 18), dt.date(2013, 11, 24))
    assert found("six weeks ago", None)[0][2] == "XXXX-WXX"


@pytest.mark.parametrize("text, value", [
    ("He spent 2 1/2 years in jail.", "P2Y6M"),
    ("The raid lasted an hour and a half.", "PT1H30M"),
    ("The march took 3.5 days.", "P3DT12H"),
    ("They waited a minute and a half.", "PT1M30S"),
])
def test_fractions_of_a_unit_are_written_in_the_smaller_unit(text, value):
    assert found(text)[0][1:] == ("DURATION", value)


def test_a_company_report_compares_its_quarter_with_the_same_quarter_a_year_before():
    text = ("Acme said third-quarter profit rose to $5 million from $4 million a year earlier. "
            "In the year-ago quarter it sold less, and year-earlier results included a gain. "
            "Sales in the latest period rose. The quarter was its best. In the 2012 period it lost money.")
    assert [(t, v) for t, _, v in found(text, LATE_OCTOBER)] == [
        ("third-quarter", "2013-Q3"), ("a year earlier", "2012-Q3"), ("the year-ago quarter", "2012-Q3"),
        ("year-earlier", "2012-Q3"), ("the latest period", "2013-Q3"), ("The quarter", "2013-Q3"),
        ("the 2012 period", "2012-Q3")]


def test_a_quarter_ahead_is_a_forecast_not_the_reported_quarter():
    text = "Acme expects a loss in the fourth quarter. Profit fell from a year ago."
    assert found(text, LATE_OCTOBER)[-1] == ("a year ago", "DATE", "2012")


def test_the_quarter_ended_on_a_stated_day():
    assert found("Acme earned $2 million in the quarter ended Sept. 30.", LATE_OCTOBER)[0] == (
        "the quarter", "DATE", "2013-Q3")


@pytest.mark.parametrize("text", [
    "A year ago the town was quiet.",  # no quarter named: "a year ago" stays a year
    "The quarter of the old city was shelled.",
    "Militias hold the quarter near the port.",
])
def test_no_report_quarter_without_a_quarter_named(text):
    assert all("Q" not in value for _, _, value in found(text, LATE_OCTOBER))


def test_the_year_ago_third_quarter_needs_no_context():
    assert found("In the year-ago third quarter it lost money.", LATE_OCTOBER) == [
        ("the year-ago third quarter", "DATE", "2012-Q3")]


@pytest.mark.parametrize("text, expected", [
    ("The current ceasefire is holding.", ("current", "DATE", "PRESENT_REF")),
    ("In the past, the army stayed out of politics.", ("the past", "DATE", "PAST_REF")),
    ("Sales in the current fiscal year rose.", ("current fiscal year", "DATE", "2014")),
])
def test_present_and_past_references(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", ["the current account deficit", "the then current price", "Is it current?"])
def test_current_that_is_not_at_present(text):
    assert found(text) == []


@pytest.mark.parametrize("text, value", [
    ("He was arrested in the early hours of Thursday.", "2014-01-02"),  # "early" is not "as early as"
    ("They could arrive as early as Thursday.", "2014-01-09"),
    ("The court set Friday as the deadline.", "2014-01-03"),  # "set" is "set to"/"set for" only
    ("Talks are set for Friday.", "2014-01-10"),
])
def test_future_words_in_their_own_construction_only(text, value):
    assert found(text)[0][2] == value


def test_year_earlier_is_the_year_before_without_a_quarter_named():
    assert found("Profit fell from a year-earlier high.", LATE_OCTOBER) == [("year-earlier", "DATE", "2012")]


def test_the_last_half_is_the_second_half():
    assert found("Prices rose in the last half of 2012.") == [("the last half of 2012", "DATE", "2012-H2")]


@pytest.mark.parametrize("text, expected", [
    ("They met on March 4. The following week they fought.", ("The following week", "DATE", "2014-W11")),
    ("They met on March 4. The previous week was calm.", ("The previous week", "DATE", "2014-W09")),
])
def test_the_following_week_counts_from_the_story_day(text, expected):
    assert found(text)[-1] == expected


@pytest.mark.parametrize("text, value", [("Patrols pass twice a week.", "P1W"), ("Aid arrives once a month.", "P1M")])
def test_so_many_times_a_unit_is_a_set(text, value):
    assert found(text) == [(text.split(" ", 2)[2].rstrip("."), "SET", value)]


def test_each_month_name_is_a_set():
    assert found("Marchers parade each July through the town.") == [("each July", "SET", "XXXX-07")]


def test_every_march_the_noun_is_not_a_set():
    assert found("Police watched every march through the town.") == []


def test_within_weeks_is_a_vague_duration():
    assert found("Troops could be deployed within weeks.") == [("weeks", "DURATION", "PXW")]


def test_a_possessive_weekday_names_an_event_already_reported():
    assert found("Rebels said they would try to overturn Wednesday's ruling.")[0][2] == "2014-01-01"
    assert found("Rebels said they would attack on Wednesday.")[0][2] == "2014-01-08"


def test_the_possessive_is_left_out_of_the_extent():
    text = "Friday's attack and last year's floods"
    assert [(e.text, text[e.start : e.end]) for e in find_dates(text, SATURDAY)] == [
        ("Friday", "Friday"), ("last year", "last year")]


def test_a_quarter_named_long_before_no_longer_frames_a_year_ago():
    filler = "Fighting went on in the north, where the army holds the roads. " * 30
    text = "Exports fell in the third quarter. " + filler + "A year ago the border was open."
    assert found(text, LATE_OCTOBER)[-1] == ("A year ago", "DATE", "2012")


@pytest.mark.parametrize("text, expected", [
    ("Ministers meet on January 24 and 25.", [("January 24", "DATE", "2014-01-24"), ("25", "DATE", "2014-01-25")]),
    ("Clashes on March 3 and 4 people died.", [("March 3", "DATE", "2014-03-03")]),  # "4 people" is a count
])
def test_the_second_day_of_a_pair_is_a_date(text, expected):
    assert found(text) == expected
