import datetime as dt
import json

import numpy as np
import pandas as pd
import pytest

from timeline import table


def sample_rows() -> list[dict]:
    return [
        {"event_id": "e1", "article_id": "a.txt", "sources": "a.txt;b.txt", "date": "2014-01-03",
         "date_start": "2014-01-03", "date_end": "2014-01-03", "time_precision": "day",
         "event_type": "Battles", "sub_event_type": "Armed clash", "fatalities": 34, "location": "Ramadi",
         "latitude": 33.42, "longitude": 43.31, "geo_precision": 1, "country_code": "IQ",
         "evidence": 'Clashes in "Ramadi", killing 34; <b>', "date_uncertain": False},
        {"event_id": "e2", "article_id": "b.txt", "sources": "b.txt", "date": None, "event_type": "Protests",
         "sub_event_type": "Peaceful protest", "fatalities": None, "location": None, "date_uncertain": True},
    ]


def sample_events() -> pd.DataFrame:
    return table.events_frame(sample_rows())


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


ALL_EVENT_COLUMNS = {**table.EVENT_COLUMNS, **table.EXTRA_EVENT_COLUMNS}


def assert_contract_dtypes(df: pd.DataFrame, columns: dict[str, str]) -> None:
    assert list(df.columns) == list(columns)
    assert {name: df[name].dtype for name in columns} == {
        name: pd.api.types.pandas_dtype(dtype) for name, dtype in columns.items()
    }
    assert isinstance(df.index, pd.RangeIndex) and df.index.equals(pd.RangeIndex(len(df)))


@pytest.mark.parametrize(
    "columns", [ALL_EVENT_COLUMNS, table.PLACE_COLUMNS, table.ARTICLE_COLUMNS], ids=["events", "places", "articles"]
)
def test_an_empty_table_has_every_column_with_its_dtype(columns):
    empty = table.events_frame([]) if columns is ALL_EVENT_COLUMNS else table.frame([], columns)
    assert len(empty) == 0
    assert_contract_dtypes(empty, columns)


def test_missing_values_are_na_in_every_column_with_its_dtype():
    rows = [
        dict.fromkeys(ALL_EVENT_COLUMNS),  # every value None
        {},  # every key absent
        {"event_id": "None", "actor1": "nan", "actor2": "<NA>", "evidence": "NaN", "fatalities": None,
         "latitude": None, "longitude": 43.5, "geo_precision": 2, "date_uncertain": None, "title": ""},
    ]
    events = table.events_frame(rows)
    assert_contract_dtypes(events, ALL_EVENT_COLUMNS)
    for name in ALL_EVENT_COLUMNS:
        assert events.loc[0, name] is pd.NA and events.loc[1, name] is pd.NA, name
    last = events.loc[2]
    # the texts str() makes of a missing value are read as missing; other text is kept as written
    assert [last[name] is pd.NA for name in ("event_id", "actor1", "actor2")] == [True, True, True]
    assert (last["evidence"], last["title"]) == ("NaN", "")
    assert last["fatalities"] is pd.NA and last["latitude"] is pd.NA and last["date_uncertain"] is pd.NA
    assert last["longitude"] == 43.5 and last["geo_precision"] == 2
    assert events["latitude"].isna().tolist() == [True, True, True]  # NA, never a NaN that isna() could miss


ODD_VALUES = [None, float("nan"), pd.NA, "", "nan", "None", "<NA>", "x", "true", "0", "34", 0, 34, 2**53 + 1,
              34.0, 33.42, -0.0, float("inf"), True, False, np.int64(5), np.float64(2.5), dt.date(2014, 1, 4)]


@pytest.mark.parametrize("value", ODD_VALUES, ids=repr)
def test_a_table_of_rows_is_what_conforming_the_records_gives(value):
    # frame() builds plain rows column by column; the reference is DataFrame.from_records + conform
    base = sample_rows()[0]
    columns = ALL_EVENT_COLUMNS
    for name in ("event_id", "date", "fatalities", "latitude", "geo_precision", "date_uncertain"):
        rows = [dict(base, **{name: value}), dict(base, **{name: None}), {**base}]
        for chosen in (rows, rows[:1]):
            try:
                expected = table.conform(pd.DataFrame.from_records(chosen, columns=list(columns)), columns)
            except (TypeError, ValueError, OverflowError) as error:
                with pytest.raises(type(error)):
                    table.frame(chosen, columns)
                continue
            pd.testing.assert_frame_equal(table.frame(chosen, columns), expected, check_exact=True)
    rows = sample_rows()
    pd.testing.assert_frame_equal(
        table.events_frame(rows), table.conform(pd.DataFrame.from_records(rows, columns=list(columns)), columns)
    )


def test_conform_keeps_a_conformed_table_and_leaves_the_callers_frame_alone():
    events = sample_events()
    pd.testing.assert_frame_equal(table.conform(events, ALL_EVENT_COLUMNS, keep_extra=True), events, check_exact=True)
    edited = events.assign(actor1="None", extra=1)
    before = edited.copy()
    conformed = table.conform(edited, ALL_EVENT_COLUMNS, keep_extra=True)
    pd.testing.assert_frame_equal(edited, before)
    assert conformed["actor1"].isna().all() and list(conformed.columns) == [*ALL_EVENT_COLUMNS, "extra"]
    python_strings = events.astype({name: pd.StringDtype("python") for name in table.EVENT_COLUMNS
                                    if table.EVENT_COLUMNS[name] == "string"})
    pd.testing.assert_frame_equal(table.conform(python_strings, ALL_EVENT_COLUMNS), events, check_exact=True)
