"""Merging reports of one event across articles."""

import pandas as pd

from timeline.merge import distance_km, merge_events
from timeline.table import events_frame

FALLUJAH = dict(location="Al Fallūjah", latitude=33.34913, longitude=43.78599, country_code="IQ", admin1="Al Anbār")
RAMADI = dict(location="Ramadi", latitude=33.42056, longitude=43.30778, country_code="IQ", admin1="Al Anbār")
ANBAR = dict(location="Al Anbār", latitude=34.1113, longitude=42.17184, country_code="IQ", admin1="Al Anbār")


def event(article, published, place, *, start="2014-01-03", end=None, precision="day", geo=1, fatalities=None,
          event_type="Battles", sub="Armed clash"):
    return dict(
        event_id=f"id-{article}", article_id=article, sources=article, published=published, date=start,
        date_start=start, date_end=end or start, time_precision=precision, event_type=event_type,
        sub_event_type=sub, fatalities=fatalities, geo_precision=geo, **place,
    )


def test_same_event_in_two_articles_is_one_row_with_both_sources():
    df = events_frame([
        event("b.txt", "2014-01-05", FALLUJAH, fatalities=20),
        event("a.txt", "2014-01-04", FALLUJAH, fatalities=13, sub="Non-state actor overtakes territory"),
    ])
    merged = merge_events(df)
    assert len(merged) == 1
    row = merged.iloc[0]
    assert row["sources"] == "a.txt;b.txt"
    assert row["event_id"] == "id-a.txt"  # the earliest report's id
    assert row["fatalities"] == 13  # the conservative figure
    assert row["sub_event_type"] == "Non-state actor overtakes territory"


def test_most_precise_date_and_place_are_kept():
    df = events_frame([
        event("a.txt", "2014-01-04", ANBAR, start="2013-12-30", end="2014-01-05", precision="week", geo=3),
        event("b.txt", "2014-01-05", FALLUJAH, start="2014-01-02", geo=1),
    ])
    # Anbar province holds Fallujah: the first report is the same event told less precisely.
    merged = merge_events(df)
    assert len(merged) == 1
    assert merged.iloc[0]["date"] == "2014-01-02"
    assert merged.iloc[0]["time_precision"] == "day"
    assert merged.iloc[0]["geo_precision"] == 1
    assert merged.iloc[0]["location"] == "Al Fallūjah"


def test_different_places_days_or_types_stay_apart():
    df = events_frame([
        event("a.txt", "2014-01-04", FALLUJAH),
        event("b.txt", "2014-01-04", RAMADI),  # about 45 km away
        event("c.txt", "2014-01-04", FALLUJAH, start="2014-01-01"),
        event("d.txt", "2014-01-04", FALLUJAH, event_type="Protests", sub="Peaceful protest"),
    ])
    assert len(merge_events(df)) == 4


def test_two_events_of_one_article_never_merge():
    df = events_frame([event("a.txt", "2014-01-04", FALLUJAH), event("a.txt", "2014-01-04", FALLUJAH)])
    assert len(merge_events(df)) == 2


def test_empty_table_and_dtypes_survive():
    empty = events_frame([])
    assert merge_events(empty).empty
    merged = merge_events(events_frame([event("a.txt", "2014-01-04", FALLUJAH, fatalities=3)]))
    assert str(merged["fatalities"].dtype) == "Int64"
    assert isinstance(merged, pd.DataFrame)


def test_distance():
    assert 44 < distance_km(33.34913, 43.78599, 33.42056, 43.30778) < 46


def test_a_report_dated_only_by_month_joins_the_dated_report_of_that_month():
    df = events_frame([
        event("a.txt", "2014-02-01", FALLUJAH, start="2014-01-01", end="2014-01-31", precision="month"),
        event("b.txt", "2014-02-02", FALLUJAH, start="2014-01-20"),
        event("c.txt", "2014-02-03", FALLUJAH, start="2014-03-01"),
    ])
    merged = merge_events(df)
    assert list(merged["sources"]) == ["a.txt;b.txt", "c.txt"]
    assert merged.iloc[0]["date"] == "2014-01-20"


def test_many_events_merge_quickly():
    rows = [event(f"{i}.txt", "2014-01-04", FALLUJAH, start=f"2014-01-{1 + i % 28:02d}") for i in range(3000)]
    merged = merge_events(events_frame(rows))
    assert len(merged) == 28  # one event per day at one place, every report in its sources
    assert merged["sources"].str.count(";").sum() == 3000 - 28


def test_an_undated_report_is_bounded_by_a_dated_report_of_the_same_event():
    undated = event("c.txt", None, FALLUJAH, fatalities=9)
    undated.update(date=None, date_start=None, date_end=None, time_precision=None, date_uncertain=True)
    dated = event("d.txt", "2014-01-05", FALLUJAH, fatalities=11)
    for rows in ([undated, dated], [dated, undated]):
        merged = merge_events(events_frame([dict(r) for r in rows]))
        assert len(merged) == 1
        row = merged.iloc[0]
        assert row["date"] == "2014-01-03" and row["date_uncertain"] is not True
        assert set(row["sources"].split(";")) == {"c.txt", "d.txt"}


def test_two_undated_reports_or_an_undated_report_elsewhere_stay_apart():
    first = event("e.txt", None, FALLUJAH)
    first.update(date=None, date_start=None, date_end=None, date_uncertain=True)
    second = dict(first, article_id="f.txt", sources="f.txt", event_id="id-f")
    elsewhere = event("g.txt", "2014-01-05", RAMADI)
    assert len(merge_events(events_frame([first, second, elsewhere]))) == 3


def test_an_abduction_merged_with_a_report_of_its_dead_is_an_attack():
    kidnapping = dict(event_type="Violence against civilians", sub="Abduction/forced disappearance")
    df = events_frame([
        event("a.txt", "2014-01-04", RAMADI, **kidnapping),
        event("b.txt", "2014-01-05", RAMADI, fatalities=3, event_type="Violence against civilians", sub="Attack"),
    ])
    assert merge_events(df).iloc[0]["sub_event_type"] == "Attack"
