"""The events, places and articles tables: their columns, dtypes, and reading/writing them.

The event columns of the public contract come first, in this order; the columns after them are
this project's additions (they help review and the page, and are optional when reading).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

# column -> pandas dtype. Dates are kept as ISO strings ("2014-01-04"): they survive every format
# unchanged and sort correctly; use pd.to_datetime(df.date) for arithmetic.
EVENT_COLUMNS: dict[str, str] = {
    "event_id": "string",
    "article_id": "string",
    "sources": "string",
    "date": "string",
    "date_start": "string",
    "date_end": "string",
    "time_precision": "string",
    "event_type": "string",
    "sub_event_type": "string",
    "actor1": "string",
    "actor2": "string",
    "fatalities": "Int64",
    "location": "string",
    "latitude": "Float64",
    "longitude": "Float64",
    "geo_precision": "Int64",
    "country_code": "string",
    "admin1": "string",
    "location_start": "Int64",
    "location_end": "Int64",
    "trigger_start": "Int64",
    "trigger_end": "Int64",
    "evidence": "string",
}
EXTRA_EVENT_COLUMNS: dict[str, str] = {
    "trigger": "string",  # the words that signal the event
    "date_text": "string",  # the time expression the date was read from ("" = publication date)
    "date_source": "string",  # how the date was derived, in words, for the popup
    "place_source": "string",  # how the place was derived, in words, for the popup
    "published": "string",  # publication date of the article the event came from
    "date_uncertain": "boolean",  # no publication date: relative dates could not be resolved
    "title": "string",  # title of the article the event came from
    "url": "string",
    "publisher": "string",
}
PLACE_COLUMNS: dict[str, str] = {
    "article_id": "string",
    "start": "Int64",
    "end": "Int64",
    "text": "string",
    "name": "string",
    "latitude": "Float64",
    "longitude": "Float64",
    "country_code": "string",
    "admin1": "string",
    "feature": "string",
    "geonameid": "Int64",
    "role": "string",
    "precision": "Int64",
    "score": "Float64",
}
ARTICLE_COLUMNS: dict[str, str] = {
    "id": "string",
    "title": "string",
    "published": "string",
    "published_source": "string",
    "status": "string",
    "reason": "string",
    "path": "string",
    "url": "string",
    "publisher": "string",
    "events": "Int64",
}
EVENT_FORMATS = (".csv", ".parquet", ".geojson", ".jsonl")


def frame(rows: list[dict], columns: dict[str, str]) -> pd.DataFrame:
    """Returns a DataFrame of ``rows`` with exactly ``columns`` (missing ones empty) and their dtypes."""
    if isinstance(rows, list):
        df = _frame_of_dicts(rows, columns)
        if df is not None:
            return df
    df = pd.DataFrame.from_records(rows, columns=list(columns)) if rows else pd.DataFrame(columns=list(columns))
    return conform(df, columns)


def conform(df: pd.DataFrame, columns: dict[str, str], keep_extra: bool = False) -> pd.DataFrame:
    """Returns ``df`` with every column of ``columns`` present, in order, cast to its dtype."""
    df = df.copy(deep=False)  # copy-on-write: the caller's frame is never changed
    string = pd.api.types.pandas_dtype("string")  # as astype("string") resolves it now
    for name, dtype in columns.items():
        if name not in df:
            df[name] = pd.Series(pd.NA, index=df.index, dtype=dtype)
        else:
            series = df[name]
            cast = _cast(series, dtype, string)
            if cast is not series:
                df[name] = cast
    ordered = list(columns) + ([c for c in df.columns if c not in columns] if keep_extra else [])
    return df[ordered].reset_index(drop=True)


def events_frame(rows: list[dict]) -> pd.DataFrame:
    """Returns the events table for ``rows``: the contract's columns, then this project's extras."""
    return frame(rows, {**EVENT_COLUMNS, **EXTRA_EVENT_COLUMNS})


# Text that the table reads as missing: what str() makes of a missing value.
_MISSING_TEXT = ("nan", "None", "<NA>")
_MISSING_TEXT_SET = frozenset(_MISSING_TEXT)


# The masked dtypes a column keeps as it is when it already has them (casting would change nothing).
_MASKED = {"Int64": pd.Int64Dtype(), "Float64": pd.Float64Dtype(), "boolean": pd.BooleanDtype()}


def _cast(series: pd.Series, dtype: str, string: pd.StringDtype | None = None) -> pd.Series:
    """Returns ``series`` as ``dtype`` (``series`` itself when it already is that and nothing would change).

    ``string`` is what "string" means now (it depends on pandas' options), when the caller has resolved it.
    """
    if dtype == "string":
        if string is None or not (isinstance(series.dtype, pd.StringDtype) and series.dtype == string):
            series = series.astype("string")
        if _has_missing_text(series):
            series = series.replace(dict.fromkeys(_MISSING_TEXT, pd.NA))
        return series
    masked = _MASKED.get(dtype)
    if masked is not None and isinstance(series.dtype, type(masked)) and series.dtype == masked:
        return series
    if dtype in ("Int64", "Float64"):
        return pd.to_numeric(series, errors="coerce").astype(dtype)
    if dtype == "boolean":
        return series.map(_to_bool).astype("boolean")
    return series.astype(dtype)


def _has_missing_text(series: pd.Series) -> bool:
    """Returns whether the string ``series`` holds any of the texts read as missing."""
    array = series.array
    if isinstance(array, pd.arrays.ArrowStringArray):  # Series.isin is ~10 times slower on a short column
        import pyarrow as pa
        import pyarrow.compute as pc

        values = pa.array(array)
        return bool(pc.any(pc.is_in(values, value_set=pa.array(_MISSING_TEXT, type=values.type))).as_py())
    return bool(series.isin(_MISSING_TEXT).any())


# Building a table column by column from the rows' values, straight into arrays of the column's dtype.
# This is what frame() does for rows of dicts holding plain values (str, int, float, bool or None), as the
# pipeline makes them; it gives exactly what DataFrame.from_records + conform give (tests/test_table.py
# compares the two), which remain the way for anything else: a builder returns None to hand over to them.
_EXACT_INT = 2**53  # ints up to this size survive the float64 that from_records makes of a column with None
_NONE = type(None)


def _frame_of_dicts(rows: list[dict], columns: dict[str, str]) -> pd.DataFrame | None:
    for row in rows:
        if type(row) is not dict:
            return None
    string = pd.api.types.pandas_dtype("string")
    data = {}
    try:
        for name, dtype in columns.items():
            build = _BUILDERS.get(dtype)
            array = build([row.get(name) for row in rows], string) if build else None
            if array is None:
                return None
            data[name] = array
        return pd.DataFrame(data, index=pd.RangeIndex(len(rows)), copy=False)
    except Exception:  # noqa: BLE001 - the general way gives the result, or the error, the table always gave
        return None


def _strings(values: list, dtype: pd.StringDtype) -> pd.api.extensions.ExtensionArray | None:
    if not set(map(type, values)) <= {str, _NONE}:
        return None
    if not _MISSING_TEXT_SET.isdisjoint(values):
        values = [None if value in _MISSING_TEXT_SET else value for value in values]
    if dtype.storage == "pyarrow" and dtype.na_value is pd.NA:
        import pyarrow as pa

        array = pd.arrays.ArrowStringArray(pa.array(values, type=pa.large_string()))
        if array.dtype == dtype:
            return array
    return pd.array(values, dtype=dtype)


def _integers(values: list, _string: object) -> pd.api.extensions.ExtensionArray | None:
    kinds = set(map(type, values))
    if not kinds <= {int, _NONE}:
        return None
    if _NONE in kinds:
        mask = np.array([value is None for value in values], dtype=bool)
        data = np.array([0 if value is None else value for value in values], dtype=np.int64)
        if data.size and (data.max() > _EXACT_INT or data.min() < -_EXACT_INT):
            return None
    else:
        mask = np.zeros(len(values), dtype=bool)
        data = np.array(values, dtype=np.int64)
    return pd.arrays.IntegerArray(data, mask)


def _floats(values: list, _string: object) -> pd.api.extensions.ExtensionArray | None:
    kinds = set(map(type, values))
    if not kinds <= {float, int, _NONE}:
        return None
    if int in kinds:
        ints = [value for value in values if type(value) is int]
        if max(ints) > _EXACT_INT or min(ints) < -_EXACT_INT:
            return None
    data = np.array([np.nan if value is None else value for value in values], dtype=np.float64)
    return pd.arrays.FloatingArray(data, np.isnan(data))


def _booleans(values: list, _string: object) -> pd.api.extensions.ExtensionArray | None:
    if not set(map(type, values)) <= {bool, _NONE}:
        return None
    data = np.array([value is True for value in values], dtype=bool)
    mask = np.array([value is None for value in values], dtype=bool)
    return pd.arrays.BooleanArray(data, mask)


_BUILDERS = {"string": _strings, "Int64": _integers, "Float64": _floats, "boolean": _booleans}


def _to_bool(value: object) -> object:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return pd.NA if value is None or value is pd.NA or (isinstance(value, float) and value != value) else bool(value)


def write_events(events: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Writes ``events`` to ``path`` in the format its suffix names (csv, parquet, geojson, jsonl); returns the path.

    The file is written to a temporary name beside it and renamed, so an interrupted run never
    leaves a half-written table.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EVENT_FORMATS:
        raise ValueError(f"cannot write events as {suffix or 'a file without suffix'}: use one of {', '.join(EVENT_FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".part", delete=False) as tmp:
        tmp_path = Path(tmp.name)
    try:
        if suffix == ".csv":
            events.to_csv(tmp_path, index=False)
        elif suffix == ".parquet":
            events.to_parquet(tmp_path, index=False)
        elif suffix == ".jsonl":
            events.to_json(tmp_path, orient="records", lines=True, force_ascii=False)
        else:
            tmp_path.write_text(json.dumps(to_geojson(events), ensure_ascii=False), encoding="utf-8")
        os.replace(tmp_path, path)
    finally:
        tmp_path.unlink(missing_ok=True)
    return path


def read_events(path: str | os.PathLike) -> pd.DataFrame:
    """Returns the events table stored at ``path`` (csv, parquet, geojson or jsonl), conformed to the columns."""
    path = Path(path)
    if path.suffix.lower() not in EVENT_FORMATS:
        raise ValueError(f"cannot read events from {path.name}: use one of {', '.join(EVENT_FORMATS)}")
    try:
        df = _read_table(path)
    except (ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError, OSError) as error:
        if isinstance(error, FileNotFoundError):
            raise
        raise ValueError(f"cannot read the events table {path.name}: {error}") from None
    return conform(df, {**EVENT_COLUMNS, **EXTRA_EVENT_COLUMNS}, keep_extra=True)


def _read_table(path: Path) -> pd.DataFrame:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    elif suffix == ".parquet":
        df = pd.read_parquet(path)
    elif suffix == ".jsonl":
        df = pd.read_json(path, orient="records", lines=True, dtype=False)
    else:
        df = from_geojson(json.loads(path.read_text(encoding="utf-8")))
    return df


def to_geojson(events: pd.DataFrame) -> dict:
    """Returns a GeoJSON FeatureCollection with one Point feature per located event (others have null geometry)."""
    features = []
    for record in events.astype(object).where(events.notna(), None).to_dict(orient="records"):
        lat, lon = record.get("latitude"), record.get("longitude")
        geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        features.append({"type": "Feature", "geometry": geometry, "properties": record})
    return {"type": "FeatureCollection", "features": features}


def from_geojson(collection: dict) -> pd.DataFrame:
    """Returns the events table held in a GeoJSON FeatureCollection written by :func:`to_geojson`."""
    rows = []
    if not isinstance(collection, dict) or not isinstance(collection.get("features", []), list):
        raise ValueError("not a GeoJSON FeatureCollection")
    for feature in collection.get("features", []):
        row = dict(feature.get("properties") or {})
        geometry = feature.get("geometry") or {}
        coordinates = geometry.get("coordinates")
        if geometry.get("type") == "Point" and isinstance(coordinates, list) and len(coordinates) >= 2:
            row["longitude"], row["latitude"] = coordinates[:2]
        rows.append(row)
    return pd.DataFrame.from_records(rows)
