"""What is and is not a time expression in running text, and its TIMEX3 type and value."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import find_dates

ANCHOR = dt.date(2014, 1, 4)  # a Saturday


def texts_and_values(text: str, anchor: dt.date | None = ANCHOR) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in find_dates(text, anchor)]


@pytest.mark.parametrize("text", [
    "Officials may decide to march on the capital.",
    "Protesters plan to march to the ministry, and they may be joined by others.",
    "He came second in the race and was hit a second time.",
    "A 25-year-old man and a 40-year-old woman were wounded.",
    "The victim, 31 years old, was a teacher aged 45.",
    "More than 2000 troops and 1500 policemen were deployed.",
    "The bill costs $2014 and rose 2010 percent.",
    "Flight 2012 landed at gate 12 after 10 minutes of delay at 10.",
    "The Arab Spring shook the region as prices fall and autumn leaves turn.",
    "June Carter sang while August Wilson wrote.",
])
def test_no_dates_in_words_that_only_look_like_dates(text):
    found = [(e.text, e.type) for e in find_dates(text, ANCHOR) if e.type in ("DATE", "TIME")]
    assert found == []


def test_ages_are_not_durations():
    assert texts_and_values("A 25-year-old was among the dead.") == []


@pytest.mark.parametrize("text, expected", [
    ("on January 6, 2014 troops", ("January 6, 2014", "DATE", "2014-01-06")),
    ("on Monday, Jan. 6, 2014, troops", ("Monday, Jan. 6, 2014", "DATE", "2014-01-06")),
    ("on 6 January 2014 troops", ("6 January 2014", "DATE", "2014-01-06")),
    ("dated 2014-01-06 in the file", ("2014-01-06", "DATE", "2014-01-06")),
    ("in July 1997 there", ("July 1997", "DATE", "1997-07")),
    ("elected in 1990 after", ("1990", "DATE", "1990")),
    ("in the 1990s", ("the 1990s", "DATE", "199")),
    ("in the 20th century", ("the 20th century", "DATE", "19")),
    ("for three years", ("three years", "DURATION", "P3Y")),
    ("a two-year term", ("two-year", "DURATION", "P2Y")),
    ("for 24 hours", ("24 hours", "DURATION", "PT24H")),
    ("for several months", ("several months", "DURATION", "PXM")),
    ("it pays quarterly", ("quarterly", "SET", "P3M")),
    ("they meet every Monday", ("every Monday", "SET", "XXXX-WXX-1")),
    ("it is now clear", ("now", "DATE", "PRESENT_REF")),
    ("he currently lives", ("currently", "DATE", "PRESENT_REF")),
    ("in nineteen ninety-six he", ("nineteen ninety-six", "DATE", "1996")),
])
def test_expressions_with_values(text, expected):
    assert texts_and_values(text) == [expected]


@pytest.mark.parametrize("text", ["the recent attacks", "the former minister", "a strong current swept them away"])
def test_vague_words_are_not_time_expressions(text):
    assert find_dates(text, ANCHOR) == []


def test_modal_may_and_month_may():
    found = find_dates("Talks may resume in May, officials said, not on May 5.", ANCHOR)
    assert [(e.text, e.type, e.precision) for e in found] == [("May", "DATE", "month"), ("May 5", "DATE", "day")]


def test_parts_of_day_are_times():
    assert texts_and_values("Clashes erupted Tuesday night.", dt.date(2014, 1, 8)) == [
        ("Tuesday night", "TIME", "2014-01-07TNI")]


def test_clock_time_takes_the_day_of_its_sentence():
    found = texts_and_values("The blast hit at 10:35 a.m. and the second, on Friday, at noon.")
    assert found == [("10:35 a.m.", "TIME", "2014-01-03T10:35"), ("Friday", "DATE", "2014-01-03"),
                     ("noon", "TIME", "2014-01-03T12:00")]


def test_clock_time_and_its_day_are_one_expression():
    assert texts_and_values("The blast hit at 10:35 a.m. Friday.") == [
        ("10:35 a.m. Friday", "TIME", "2014-01-03T10:35")]


def test_offsets_point_into_the_text():
    text = "Gunmen attacked a checkpoint on Saturday and again on Sunday."
    for expression in find_dates(text, ANCHOR):
        assert text[expression.start : expression.end] == expression.text


def test_bad_input_gets_a_clear_message():
    with pytest.raises(TypeError, match="str"):
        find_dates(None, ANCHOR)
    with pytest.raises(TypeError, match="anchor"):
        find_dates("on Monday", "2014-01-04")


@pytest.mark.parametrize("text", ["the March 14 Alliance said", "the February 17 Revolution began"])
def test_names_built_on_dates_are_not_dates(text):
    assert find_dates(text, ANCHOR) == []


def test_september_11_is_2001_whatever_the_day_of_writing():
    assert [e.value for e in find_dates("since the 9/11 attacks and the Sept. 11 attacks", ANCHOR)] == [
        "2001-09-11", "2001-09-11"]


def test_narrative_next_morning_follows_the_last_day():
    found = texts_and_values("They left on Jan. 3, 2010. The next morning they returned.", None)
    assert found[-1] == ("The next morning", "TIME", "2010-01-04TMO")


@pytest.mark.parametrize("text, said", [
    ("Insurgents shell army outpost overnight", "overnight"),
    ("Gunmen stormed a police post overnight wounding three guards.", "overnight"),
    ("Drones overnight struck a fuel depot outside the port.", "overnight"),
    ("Two soldiers died in overnight skirmishes along the border.", "overnight"),
    ("A mortar round landed overnight near the stadium.", "overnight"),
])
def test_overnight_is_the_night_before_the_day_of_writing_in_any_position(text, said):
    assert texts_and_values(text) == [(said, "TIME", "2014-01-03TNI")]


@pytest.mark.parametrize("text", [
    "The governor packed an overnight bag.",
    "Nurses on the overnight shift were evacuated.",
    "The army imposed an overnight curfew.",
    "The singer became an overnight success.",
])
def test_overnight_as_a_kind_of_thing_is_no_time(text):
    assert find_dates(text, ANCHOR) == []


@pytest.mark.parametrize("text, said", [
    ("Rebels raided the depot overnight on Wednesday, officials said.", "overnight on Wednesday"),
    ("Rebels raided the depot overnight Wednesday.", "overnight Wednesday"),
    ("Rebels raided the depot on Wednesday overnight.", "Wednesday overnight"),
])
def test_a_day_stated_beside_overnight_is_the_night_of_that_day(text, said):
    assert texts_and_values(text) == [(said, "TIME", "2014-01-01TNI")]
