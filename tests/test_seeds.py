"""End to end on the seed articles (../shared/seeds): the foundation's acceptance, as a test.

The expected events below were read by hand from the seed articles: each is reported with a town and a day.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import timeline
from gazetteer.resolve import haversine_km

# (article file, latitude, longitude, day) of clearly reported events.
CLEAR_EVENTS = [
    ("000_462733b91690728a.txt", 33.42, 43.31, "2013-12-30"),  # Ramadi, "Monday"
    ("000_462733b91690728a.txt", 33.42, 43.31, "2014-01-03"),  # Ramadi, "On Friday alone"
    ("000_462733b91690728a.txt", 33.35, 43.79, "2014-01-03"),  # Fallujah, "On Friday alone"
    ("001_845a50dc352f86b2.txt", 33.42, 43.31, "2013-12-30"),  # Ramadi camp, "on Monday"
    ("001_845a50dc352f86b2.txt", 33.70, 45.08, "2014-01-02"),  # Baladruz, "on Thursday"
    ("002_267fff3a0a54e269.txt", 34.37, 41.09, "2014-06-21"),  # al-Qaim, "Saturday"
    ("002_267fff3a0a54e269.txt", 34.37, 41.04, "2014-06-20"),  # border crossing 5 km west of al-Qaim, "On Friday"
    ("002_267fff3a0a54e269.txt", 36.34, 43.13, "2014-06-10"),  # Mosul, "since June 10"
    ("003_3d02cc06ebd6338a.txt", 33.42, 43.31, "2013-12-30"),  # Ramadi crackdown, "Monday"
    ("004_1601a2bcdfb07497.txt", 33.42, 43.31, "2014-01-05"),  # around Ramadi, "on Sunday"
]
# Countries named only by page furniture or by a speaker's location, never event locations.
FORBIDDEN_COUNTRIES = {"ZA", "IT", "SA", "TR", "TZ", "VE", "FR", "US", "IL"}


def found(events: pd.DataFrame, article: str, lat: float, lon: float, day: str) -> bool:
    for row in events.itertuples():
        if article not in str(row.sources).split(";") or pd.isna(row.latitude):
            continue
        if haversine_km((lat, lon), (row.latitude, row.longitude)) <= 20 and row.date == day:
            return True
    return False


@pytest.fixture(scope="module")
def seed_timeline(seeds_dir):
    return timeline.build(seeds_dir, manifest=seeds_dir / "manifest.csv")


def test_every_seed_article_is_processed(seed_timeline):
    assert len(seed_timeline.articles) == 5
    assert set(seed_timeline.articles["status"]) == {"processed"}
    assert set(seed_timeline.articles["published_source"]) == {"manifest"}


def test_clear_events_at_the_right_place_and_day(seed_timeline):
    # The foundation asks for half; issue 5 for 85%: keep the higher bar as a regression guard.
    hits = [found(seed_timeline.events, *event) for event in CLEAR_EVENTS]
    assert sum(hits) >= 0.85 * len(CLEAR_EVENTS), [event for event, hit in zip(CLEAR_EVENTS, hits) if not hit]


def test_no_event_where_only_furniture_or_a_speaker_points(seed_timeline):
    placed = seed_timeline.events.dropna(subset=["latitude"])
    assert not set(placed["country_code"].dropna()) & FORBIDDEN_COUNTRIES
    for lat, lon in [(38.90, -77.04), (31.77, 35.21)]:  # Washington, Jerusalem
        assert all(haversine_km((lat, lon), (r.latitude, r.longitude)) > 50 for r in placed.itertuples())


def test_without_the_manifest_no_event_is_dated_after_2014(seeds_dir):
    events = timeline.build(sorted(seeds_dir.glob("*.txt"))).events
    dates = pd.to_datetime(events[["date", "date_start", "date_end"]].stack(), errors="coerce").dropna()
    assert (dates < pd.Timestamp("2015-01-01")).all()
    assert (dates < pd.Timestamp(dt.date.today())).all()


def test_every_event_keeps_its_evidence_and_source(seed_timeline):
    events = seed_timeline.events
    assert len(events) > 0
    assert events["evidence"].notna().all() and (events["evidence"].str.len() > 0).all()
    assert events["sources"].notna().all()
