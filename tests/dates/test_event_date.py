"""The date of an event: the expression that governs its sentence, or the one before, or publication."""

from __future__ import annotations

import datetime as dt

from timeline.dates import find_dates
from timeline.dates.event_date import EventDate, event_date, is_background
from timeline.document import Article, Doc
from timeline.text import split_sentences


def make_doc(text: str, published: dt.date | None) -> Doc:
    doc = Doc(Article(id="t", text=text, published=published), text=text)
    doc.sentences = split_sentences(text)
    doc.dates = find_dates(text, published)
    return doc


def date_of(text: str, trigger_word: str, published: dt.date | None = dt.date(2014, 1, 4), occurrence: int = 0):
    doc = make_doc(text, published)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(trigger_word, start + 1)
    trigger = (start, start + len(trigger_word))
    return event_date(doc, doc.sentence_at(start), trigger)


def test_weekday_in_the_sentence_is_resolved_against_publication():
    date = date_of("Militants seized the town on Friday, officials said.", "seized")
    assert (date.date, date.start, date.end, date.precision) == (dt.date(2014, 1, 3),) * 3 + ("day",)
    assert date.text == "Friday"
    assert "Friday" in date.source and "2014-01-04" in date.source
    assert not date.uncertain and not date.is_background


def test_nearest_expression_in_the_same_clause_wins():
    text = "Gunmen attacked a checkpoint on Monday; on Wednesday a bomb killed five people."
    assert date_of(text, "attacked").date == dt.date(2013, 12, 30)
    assert date_of(text, "killed").date == dt.date(2014, 1, 1)


def test_previous_sentence_dates_a_continuing_story():
    text = "Clashes broke out in the city on Thursday. Five soldiers were killed and ten wounded."
    date = date_of(text, "killed")
    assert date.date == dt.date(2014, 1, 2)
    assert "previous sentence" in date.source


def test_publication_date_is_the_fallback_and_says_so():
    text = "A bomb exploded near a market.\n\nPolice arrested two suspects."
    date = date_of(text, "arrested")
    assert (date.date, date.precision) == (dt.date(2014, 1, 4), "day")
    assert "publication date" in date.source and not date.text


def test_durations_and_sets_do_not_date_events():
    date = date_of("Rebels who fought for three years shell the town daily.", "shell")
    assert date.text == "" and date.date == dt.date(2014, 1, 4)


def test_since_gives_an_interval_to_publication():
    date = date_of("Fighting has displaced thousands since June 10.", "Fighting", dt.date(2014, 6, 21))
    assert (date.start, date.end) == (dt.date(2014, 6, 10), dt.date(2014, 6, 21))
    assert date.date == dt.date(2014, 6, 10)


def test_past_two_days_is_an_interval():
    date = date_of("Militants attacked the base in the past two days.", "attacked", dt.date(2014, 6, 21))
    assert date.start == dt.date(2014, 6, 19) and date.end == dt.date(2014, 6, 21)
    assert date.start <= date.date <= date.end


def test_week_interval_is_clamped_to_publication_and_dated_mid_way():
    date = date_of("The army shelled the district this week.", "shelled", dt.date(2014, 1, 1))
    assert (date.start, date.end, date.precision) == (dt.date(2013, 12, 30), dt.date(2014, 1, 1), "week")
    assert date.date == dt.date(2013, 12, 31)


def test_historical_expressions_are_background():
    text = "The city was the target of two major assaults after the 2003 invasion."
    date = date_of(text, "assaults")
    assert date.text == "2003" and date.precision == "year"
    assert date.is_background and is_background(date)


def test_recent_year_is_not_background():
    date = date_of("Protests broke out in late 2013.", "Protests", dt.date(2014, 1, 4))
    assert not date.is_background and date.precision == "year"


def test_no_publication_date_means_uncertain_and_no_day():
    date = date_of("Militants seized the town on Friday.", "seized", None)
    assert date.uncertain and date.date is None and date.start is None
    date = date_of("Militants seized the town.", "seized", None)
    assert date.uncertain and date.date is None


def test_absolute_date_needs_no_publication_date():
    date = date_of("Militants seized the town on January 3, 2014.", "seized", None)
    assert date.date == dt.date(2014, 1, 3) and not date.uncertain


def test_event_date_fields_are_stable():
    assert [f for f in EventDate.__dataclass_fields__] == [
        "date", "start", "end", "precision", "text", "source", "uncertain", "is_background"]


def test_baselines_of_comparison_do_not_date_events():
    date = date_of("Attacks rose 20 percent compared to 2012, officials said.", "Attacks")
    assert date.text == "" and date.date == dt.date(2014, 1, 4)


def test_measured_since_is_a_yardstick_not_an_interval():
    date = date_of("It was the deadliest attack since 2008 in the province.", "attack")
    assert date.text == "" and date.date == dt.date(2014, 1, 4)


def test_plain_since_still_opens_an_interval():
    date = date_of("Militants have held the town since 2012.", "held")
    assert date.start == dt.date(2012, 1, 1) and date.end == dt.date(2014, 1, 4)


def test_deadlines_after_publication_do_not_date_past_events():
    date = date_of("The minister pledged on Friday to retake the city by 2015.", "pledged")
    assert date.date == dt.date(2014, 1, 3)
    date = date_of("Officials pledged to retake the city by 2015.", "pledged")
    assert date.date == dt.date(2014, 1, 4) and date.text == ""


def test_undated_event_in_an_article_about_older_days_gets_an_honest_interval():
    text = "The siege began on Dec. 1, 2013. Rebels shelled the town."
    date = date_of(text + "\n\nTroops arrived.", "arrived", dt.date(2014, 1, 4))
    assert date.date == dt.date(2014, 1, 4) and date.precision == "month"
    assert date.start == dt.date(2013, 12, 5) and "older" in date.source


def test_date_of_the_report_yields_to_the_date_of_the_event():
    text = "Police said Wednesday that a bomb killed 12 people on Tuesday."
    assert date_of(text, "killed", dt.date(2014, 1, 8)).date == dt.date(2014, 1, 7)
    assert date_of(text, "said", dt.date(2014, 1, 8)).date == dt.date(2014, 1, 8)
    assert date_of("Militants seized the town, officials told AFP on Monday.", "seized", dt.date(2014, 1, 8)).date \
        == dt.date(2014, 1, 6)


def test_coordinated_days_make_one_interval():
    date = date_of("On Friday and Saturday, more than 160 people were killed.", "killed", dt.date(2014, 1, 5))
    assert (date.start, date.end, date.precision) == (dt.date(2014, 1, 3), dt.date(2014, 1, 4), "week")
    assert date.text == "Friday and Saturday"


def test_now_and_current_do_not_make_an_article_about_its_own_day():
    text = ("The siege of the city began in March 2013. Fighters now control the old town. "
            "The current governor fled. Shelling destroyed the market.")
    date = date_of(text, "destroyed")
    assert date.precision == "month" and date.start < date.end  # undated: a window before publication


def test_coordinated_dates_with_one_side_unresolved_do_not_fail():
    # "July" has no year without a publication date; "August 1974" has one: nothing to join, no error.
    from timeline.events import extract_events

    events = extract_events("Troops clashed with rebels in Nablus in July and August 1974.")
    assert len(events) >= 1


def test_a_possessive_day_after_from_dates_the_event_not_a_baseline():
    import datetime as dt

    from timeline.events import extract_events

    text = "The death toll from Friday's ambush on a convoy near Kidal has risen to 17, the army said on Sunday."
    events = extract_events(text, published=dt.date(2023, 3, 12))  # a Sunday
    assert list(events["date"]) == ["2023-03-10"]


def test_overnight_event_is_coded_to_the_night_before_publication_allowing_both_days():
    date = date_of("Gunmen raided a border post overnight killing a guard", "raided", dt.date(2014, 1, 8))
    assert (date.date, date.start, date.end, date.precision) == (
        dt.date(2014, 1, 7), dt.date(2014, 1, 7), dt.date(2014, 1, 8), "day")


def test_overnight_before_an_event_noun_dates_it():
    date = date_of("Eleven fighters died in overnight clashes near the dam", "clashes", dt.date(2014, 1, 8))
    assert date.date == dt.date(2014, 1, 7)


def test_a_stated_day_beside_overnight_wins_over_the_day_of_writing():
    published = dt.date(2014, 1, 10)  # a Friday: the night before is Thursday's
    assert date_of("Rockets hit the airport overnight on Tuesday.", "hit", published).date == dt.date(2014, 1, 7)
    assert date_of("Rockets hit the airport on Tuesday overnight.", "hit", published).date == dt.date(2014, 1, 7)
    date = date_of("Rockets hit the airport overnight Tuesday.", "hit", published)
    assert (date.date, date.end, date.precision) == (dt.date(2014, 1, 7), dt.date(2014, 1, 8), "day")
