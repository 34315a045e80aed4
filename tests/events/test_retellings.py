"""Undated mentions (headlines, later paragraphs) folded into the dated event they retell."""

import datetime as dt

from timeline.events.retellings import fold_retellings

PUBLISHED = dt.date(2023, 3, 7)
GAO = dict(location="Gao", latitude=16.27, longitude=-0.04, country_code="ML", admin1="Gao", geo_precision=1)
SOFARA = dict(location="Sofara", latitude=14.01, longitude=-4.24, country_code="ML", admin1="Mopti", geo_precision=2)
MOPTI_NEAR = dict(location="Mopti", latitude=14.49, longitude=-4.20, country_code="ML", admin1="Mopti", geo_precision=2)
BAMAKO = dict(location="Bamako", latitude=12.65, longitude=-8.0, country_code="ML", admin1="Bamako", geo_precision=1)


def event(place, *, date=PUBLISHED, date_text="", event_type="Battles", fatalities=None, evidence="", trigger_start=0):
    return dict(place, date=date.isoformat(), date_text=date_text, event_type=event_type, fatalities=fatalities,
                evidence=evidence, trigger_start=trigger_start, actor1=None, actor2=None)


def test_a_headline_without_a_day_folds_into_the_dated_lead():
    headline = event(GAO, evidence="Gunmen attack army post near Gao", fatalities=12)
    lead = event(GAO, date=dt.date(2023, 3, 6), date_text="Monday", fatalities=9, evidence="...on Monday", trigger_start=40)
    events = fold_retellings([headline, lead], PUBLISHED)
    assert events == [lead]
    assert lead["fatalities"] == 12 and lead["evidence"].startswith("Gunmen attack")


def test_a_vague_place_near_the_dated_place_is_the_same_event():
    headline = event(MOPTI_NEAR, event_type="Explosions/Remote violence")
    body = event(SOFARA, date=dt.date(2023, 3, 6), date_text="Sunday", event_type="Explosions/Remote violence", trigger_start=9)
    assert fold_retellings([headline, body], PUBLISHED) == [body]


def test_other_types_places_and_old_events_are_kept():
    undated = event(GAO)
    other_type = event(GAO, date=dt.date(2023, 3, 6), date_text="Monday", event_type="Protests")
    elsewhere = event(BAMAKO, date=dt.date(2023, 3, 6), date_text="Monday")
    long_ago = event(GAO, date=dt.date(2023, 1, 2), date_text="January 2")
    events = [undated, other_type, elsewhere, long_ago]
    assert fold_retellings(list(events), PUBLISHED) == events


def test_without_a_publication_date_nothing_is_folded():
    events = [event(GAO, date=PUBLISHED), event(GAO, date=dt.date(2023, 3, 6), date_text="Monday")]
    assert fold_retellings(list(events), None) == events


def test_killings_elsewhere_in_the_country_are_other_events():
    mali = dict(location="Mali", latitude=17.0, longitude=-4.0, country_code="ML", admin1=None, geo_precision=4)
    elsewhere = event(mali, fatalities=23, evidence="At least 23 people were killed in attacks elsewhere in Mali.")
    dated = event(GAO, date=dt.date(2023, 3, 6), date_text="Monday", fatalities=10, trigger_start=40)
    assert fold_retellings([elsewhere, dated], PUBLISHED) == [elsewhere, dated]
    assert dated["fatalities"] == 10


def test_a_territory_change_is_not_a_retelling_of_the_clash_before_it():
    control = dict(event(GAO), sub_event_type="Non-state actor overtakes territory")
    clash = dict(event(GAO, date=dt.date(2023, 3, 6), date_text="Monday", trigger_start=40), sub_event_type="Armed clash")
    assert fold_retellings([control, clash], PUBLISHED) == [control, clash]
