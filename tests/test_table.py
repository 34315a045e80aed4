import json

import pandas as pd
import pytest

from timeline import table


def sample_events() -> pd.DataFrame:
    return table.events_frame(
        [
            {"event_id": "e1", "article_id": "a.txt", "sources": "a.txt;b.txt", "date": "2014-01-03",
             "date_start": "2014-01-03", "date_end": "2014-01-03", "time_precision": "day",
             "event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 34, "location": "Ramadi",
             "latitude": 33.42, "longitude": 43.31, "geo_precision": 1, "country_code": "IQ",
             "evidence": 'Clashes in "Ramadi", killing 34; <b>', "date_uncertain": False},
            {"event_id": "e2", "article_id": "b.txt", "sources": "b.txt", "date": None, "event_type": "Protests",
             "sub_event_type": "Peaceful protest", "fatalities": None, "location": None, "date_uncertain": True},
        ]
    )


def test_events_frame_has_contract_columns_first_with_dtypes():
    events = sample_events()
    assert list(events.columns[: len(table.EVENT_COLUMNS)]) == list(table.EVENT_COLUMNS)
    assert str(events["fatalities"].dtype) == "Int64"
    assert str(events["latitude"].dtype) == "Float64"
    assert events.loc[1, "fatalities"] is pd.NA


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl", ".geojson"])
def test_every_format_round_trips(tmp_path, suffix):
    events = sample_events()
    path = table.write_events(events, tmp_path / f"events{suffix}")
    back = table.read_events(path)
    pd.testing.assert_frame_equal(back[list(events.columns)], events, check_dtype=True)
    assert not list(tmp_path.glob("*.part")), "no temporary file is left behind"


def test_geojson_has_points_for_located_events_only(tmp_path):
    collection = table.to_geojson(sample_events())
    assert collection["features"][0]["geometry"] == {"type": "Point", "coordinates": [43.31, 33.42]}
    assert collection["features"][1]["geometry"] is None
    json.dumps(collection)  # serialisable as is


def test_unknown_format_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="use one of"):
        table.write_events(sample_events(), tmp_path / "events.xlsx")


@pytest.mark.parametrize(
    "name, content",
    [
        ("bad.geojson", '{"type": "FeatureCollection", "features": [{"geometry": {"type": "Point"}, "properties": {}}]}'),
        ("bad2.geojson", "[1, 2, 3]"),
        ("bad.jsonl", "{not json\n"),
    ],
)
def test_malformed_tables_are_a_clear_error_or_read_leniently(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    try:
        events = table.read_events(path)
    except ValueError as error:
        assert name in str(error)
    else:
        assert events["latitude"].isna().all()
