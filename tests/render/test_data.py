"""The page's embedded data: compact columns, safe JSON, highlights and sources."""

from __future__ import annotations

import json

import pandas as pd

from timeline.render.data import highlights, page_data, safe_url, script_json
from timeline.table import events_frame


def event(**values) -> dict:
    base = {"event_id": "e1", "article_id": "a1.txt", "date": "2014-01-04", "date_start": "2014-01-04",
            "date_end": "2014-01-04", "time_precision": "day", "event_type": "Battles",
            "sub_event_type": "Armed clash", "actor1": "Army", "actor2": "Rebels", "fatalities": 3,
            "location": "Falluja", "latitude": 33.35, "longitude": 43.78, "geo_precision": 1,
            "country_code": "IQ", "admin1": "Anbar", "evidence": "Troops clashed with rebels in Falluja on Saturday.",
            "trigger": "clashed"}
    base.update(values)
    return base


def test_script_json_cannot_close_the_script_element_and_round_trips():
    payload = {"text": "</script><script>alert(1)</script> <!-- & \u2028\u2029 >"}
    text = script_json(payload)
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == payload


def test_safe_url_keeps_only_http_links():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url(" HTTP://example.org ") == "HTTP://example.org"
    for bad in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "//example.org", "", None, 3,
                'https://x.org/"onmouseover=alert(1)'):
        assert safe_url(bad) == ""


def test_strings_are_dictionary_encoded_with_zero_for_missing():
    events = events_frame([event(event_id=f"e{k}", actor2=None if k % 2 else "Rebels") for k in range(6)])
    data = page_data(events)
    assert data["n"] == 6
    assert data["dicts"]["type"] == ["", "Battles"]
    assert data["cols"]["type"] == [1] * 6
    actors = data["dicts"]["actor"]
    assert [actors[k] for k in data["cols"]["a2"]] == ["Rebels", "", "Rebels", "", "Rebels", ""]
    assert data["cols"]["id"] == [f"e{k}" for k in range(6)]


def test_dates_become_day_numbers_and_week_dates_spans():
    events = events_frame([
        event(),
        event(event_id="e2", date="2014-01-08", date_start="2014-01-06", date_end="2014-01-12", time_precision="week"),
        event(event_id="e3", date=None, date_start=None, date_end=None),
    ])
    cols = page_data(events)["cols"]
    day = (pd.Timestamp("2014-01-04") - pd.Timestamp("1970-01-01")).days
    assert cols["d"][0] == cols["d0"][0] == cols["d1"][0] == day
    assert cols["d0"][1] == day + 2 and cols["d1"][1] == day + 8 and cols["d"][1] == day + 4
    assert cols["d"][2] is None and cols["d0"][2] is None


def test_missing_coordinates_and_fatalities_are_null():
    events = events_frame([event(), event(event_id="e2", latitude=None, longitude=None, fatalities=None)])
    cols = page_data(events)["cols"]
    assert cols["lat"] == [3335000, None] and cols["lon"] == [4378000, None]
    assert cols["fat"] == [3, None]


def test_highlights_find_trigger_and_place_in_the_evidence():
    events = events_frame([event(), event(event_id="e2", trigger=None, location="Nowhere"), event(evidence=None)])
    spans = highlights(events)
    sentence = events.loc[0, "evidence"]
    assert sentence[spans[0][0]:spans[0][1]] == "clashed"
    assert sentence[spans[0][2]:spans[0][3]] == "Falluja"
    assert spans[1] == 0 and spans[2] == 0


def test_highlights_use_offsets_when_the_evidence_start_is_known():
    article = "Headline. Rebels attacked Ramadi, and later attacked Hit."
    sentence = article[10:]
    second = article.index("attacked Hit")
    events = events_frame([event(evidence=sentence, trigger="attacked", location="Hit", trigger_start=second,
                                 trigger_end=second + 8, location_start=second + 9, location_end=second + 12)])
    events["evidence_start"] = 10
    spans = highlights(events)[0]
    assert spans == [second - 10, second - 2, second - 1, second + 2]


def test_sources_carry_titles_publishers_and_only_safe_links():
    events = events_frame([event(sources="a1.txt;a2.txt", title="From the event", url="javascript:alert(1)")])
    articles = pd.DataFrame([{"id": "a2.txt", "title": "Second report", "publisher": "Wire", "url": "https://w.example/2",
                              "published": "2014-01-05"}])
    data = page_data(events, articles)
    rows = {row[0]: row for row in data["articles"]}
    assert rows["a1.txt"] == ["a1.txt", "From the event", "", "", ""]
    assert rows["a2.txt"] == ["a2.txt", "Second report", "Wire", "https://w.example/2", "2014-01-05"]
    assert [data["articles"][k][0] for k in data["cols"]["src"][0]] == ["a1.txt", "a2.txt"]


def test_empty_table():
    data = page_data(events_frame([]))
    assert data["n"] == 0 and data["cols"]["id"] == [] and data["articles"] == []


def test_place_names_are_found_across_spelling_variants():
    events = events_frame([event(location="Al Fallūjah", evidence="ISIL took control of parts of Fallujah on Friday.")])
    sentence = events.loc[0, "evidence"]
    spans = highlights(events)[0]
    assert sentence[spans[2]:spans[3]] == "Fallujah"
    events = events_frame([event(location="Al Qā’im", evidence="Militants attacked a base on the edge of al-Qaim.")])
    spans = highlights(events)[0]
    assert events.loc[0, "evidence"][spans[2]:spans[3]] == "Qaim"


def test_bad_numbers_are_left_out_not_fatal():
    events = pd.DataFrame([{"event_id": "x", "latitude": "north", "longitude": 43.0, "fatalities": "many"},
                           {"event_id": "y", "latitude": 95.0, "longitude": 10.0, "fatalities": float("inf")},
                           {"event_id": "z", "latitude": 10.0, "longitude": 20.0, "date": "2014-02-30"}])
    cols = page_data(events)["cols"]
    assert cols["lat"] == [None, None, 1000000] and cols["lon"] == [None, None, 2000000]
    assert cols["fat"] == [None, None, None] and cols["d"] == [None, None, None]
    script_json(page_data(events))  # serialisable: no NaN or infinity left


def test_place_offsets_are_used_even_when_the_name_is_spelt_otherwise():
    article = "Headline. Militants seized Fallouja on Friday."
    start = article.index("Fallouja")
    events = events_frame([event(evidence=article[10:], trigger="seized", location="Al Fallūjah",
                                 location_start=start, location_end=start + 8)])
    assert highlights(events)[0][2:] == [-1, -1]  # not found by searching the name
    events["evidence_start"] = 10
    spans = highlights(events)[0]
    assert article[10:][spans[2]:spans[3]] == "Fallouja"


def test_skipped_articles_are_listed_with_their_reasons():
    articles = pd.DataFrame({"id": ["a1.txt", "b.bin", "c.jsonl#2"], "status": ["processed", "skipped", "skipped"],
                             "reason": ["", "binary file (contains NUL bytes)", None]})
    data = page_data(events_frame([event()]), articles)
    assert data["skipped"] == [["b.bin", "binary file (contains NUL bytes)"], ["c.jsonl#2", ""]]
    assert page_data(events_frame([event()]))["skipped"] == []
