"""Merging: the same event reported by several articles becomes one row.

The rule, kept simple so an analyst can predict it:

- Two events are the same when they come from different articles, have the same ``event_type``, their date
  intervals (``date_start``..``date_end``) overlap (an undated event from an article with no publication date
  overlaps any dated one: another article's date is how it gets bounded), and their places are within
  :data:`SAME_PLACE_KM` of each
  other, or one is a province (geo_precision 3) or country (4) holding the other (the same event told less
  precisely), or they have the same name when a place has no coordinates. Events with no place never merge.
- The merged row keeps the ``event_id`` and ``article_id`` of the earliest report (earliest publication, then
  article id), lists every report in ``sources`` (";"-separated, earliest first), and keeps:
  the most precise date (the narrowest interval), the most precise place (the lowest ``geo_precision``), the
  most specific sub-event type (a territory change over the "Armed clash" that brought it; an abduction with
  deaths reported is an "Attack"), and the conservative fatalities: the smallest number any report states
  (ACLED's rule when reports differ).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pandas as pd

from gazetteer.resolve import haversine_km
from timeline.events.taxonomy import with_deaths

SAME_PLACE_KM = 10.0
_GENERIC = ("Armed clash", "Attack")
_INTERVAL_COLUMNS = ("date", "date_start", "date_end", "time_precision", "date_text", "date_source", "date_uncertain")
_PLACE_COLUMNS = (
    "location", "latitude", "longitude", "geo_precision", "country_code", "admin1", "location_start", "location_end", "place_source",
)


def merge_events(events: pd.DataFrame) -> pd.DataFrame:
    """Returns ``events`` with reports of the same event merged into one row (``sources`` lists them all)."""
    if events.empty:
        return events
    records = events.astype(object).where(events.notna(), None).to_dict(orient="records")
    order = sorted(range(len(records)), key=lambda i: (records[i].get("published") or "9999", records[i].get("article_id") or "", i))
    merged: list[dict[str, Any]] = []
    index = _Index()
    for i in order:
        record = records[i]
        target = next((j for j in index.candidates(record) if _same_event(merged[j], record)), None)
        if target is None:
            row = dict(record)
            row["sources"] = record.get("sources") or record.get("article_id") or ""
            merged.append(row)
            index.add(len(merged) - 1, row)
        else:
            _absorb(merged[target], record)
            index.add(target, merged[target])  # its interval may have narrowed to new days
    result = pd.DataFrame.from_records(merged, columns=list(events.columns))
    return result.astype(events.dtypes.to_dict())


class _Index:
    """Finds the merged rows an event may join without comparing it with every row: rows are filed under
    (event type, country, day) for each day of their interval, or under (event type, country) when the interval
    is longer than :data:`_WIDE_DAYS` (a month or a year). Places 10 km apart or one holding the other share
    a country; rows without one (no place, or a name without coordinates) meet only each other."""

    def __init__(self) -> None:
        self.by_day: dict[tuple, set[int]] = {}
        self.wide: dict[tuple, set[int]] = {}
        self.by_country: dict[tuple, set[int]] = {}

    def add(self, position: int, row: dict[str, Any]) -> None:
        kind, country = row.get("event_type"), row.get("country_code")
        self.by_country.setdefault((kind, country), set()).add(position)
        days = _days(row)
        if not days:
            self.wide.setdefault((kind, country), set()).add(position)
        else:
            for day in days:
                self.by_day.setdefault((kind, country, day), set()).add(position)

    def candidates(self, record: dict[str, Any]) -> list[int]:
        kind, country = record.get("event_type"), record.get("country_code")
        days = _days(record)
        if not days:
            found = set(self.by_country.get((kind, country), ()))
        else:
            found = set().union(*(self.by_day.get((kind, country, day), ()) for day in days))
            found |= self.wide.get((kind, country), set())
        return sorted(found)  # earliest rows first: the earliest report wins


_WIDE_DAYS = 31


def _days(row: dict[str, Any]) -> list[str] | None:
    """Returns the ISO days of ``row``'s interval, [] when it has none, None when it is longer than a month."""
    start, end = row.get("date_start") or row.get("date"), row.get("date_end") or row.get("date")
    if not start or not end:
        return []
    first, last = dt.date.fromisoformat(str(start)[:10]), dt.date.fromisoformat(str(end)[:10])
    length = (last - first).days + 1
    return None if length > _WIDE_DAYS else [(first + dt.timedelta(days=n)).isoformat() for n in range(max(length, 0))]


def _same_event(row: dict[str, Any], other: dict[str, Any]) -> bool:
    if other.get("article_id") in _sources(row):
        return False
    if row.get("event_type") != other.get("event_type"):
        return False
    if not _overlap(row, other):
        return False
    return _same_place(row, other)


def _sources(row: dict[str, Any]) -> list[str]:
    return [source for source in (row.get("sources") or "").split(";") if source]


def _overlap(row: dict[str, Any], other: dict[str, Any]) -> bool:
    start, end = row.get("date_start") or row.get("date"), row.get("date_end") or row.get("date")
    other_start, other_end = other.get("date_start") or other.get("date"), other.get("date_end") or other.get("date")
    if not (start and end and other_start and other_end):
        return bool(start or other_start) and _undated(row if not start else other)
    return start <= other_end and other_start <= end  # ISO dates compare as strings


def _undated(row: dict[str, Any]) -> bool:
    """True for an event whose article had no publication date: its date is unknown, not contradicting."""
    return bool(row.get("date_uncertain"))


def _same_place(row: dict[str, Any], other: dict[str, Any]) -> bool:
    if holds(row, other) or holds(other, row):
        return True
    coordinates = (row.get("latitude"), row.get("longitude"), other.get("latitude"), other.get("longitude"))
    if all(value is not None for value in coordinates):
        return distance_km(*coordinates) <= SAME_PLACE_KM
    return bool(row.get("location")) and row.get("location") == other.get("location")


def holds(wide: dict[str, Any], narrow: dict[str, Any]) -> bool:
    """Returns True when ``wide`` is coded to a province or country that contains ``narrow``'s place."""
    precision = wide.get("geo_precision")
    if precision == 4:
        return bool(wide.get("country_code")) and wide.get("country_code") == narrow.get("country_code")
    if precision == 3:
        return bool(wide.get("admin1")) and (wide.get("admin1"), wide.get("country_code")) == (narrow.get("admin1"), narrow.get("country_code"))
    return False


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Returns the great-circle distance in kilometres between two points."""
    return haversine_km((lat1, lon1), (lat2, lon2))


def _span_days(row: dict[str, Any]) -> float:
    start, end = row.get("date_start"), row.get("date_end")
    if not start or not end:
        return math.inf
    return (dt.date.fromisoformat(str(end)[:10]) - dt.date.fromisoformat(str(start)[:10])).days


def _absorb(row: dict[str, Any], other: dict[str, Any]) -> None:
    row["sources"] = ";".join(_sources(row) + [other.get("article_id") or ""])
    if _span_days(other) < _span_days(row):
        for column in _INTERVAL_COLUMNS:
            if column in other:
                row[column] = other[column]
    if (other.get("geo_precision") or 9) < (row.get("geo_precision") or 9):
        for column in _PLACE_COLUMNS:
            if column in other:
                row[column] = other[column]
    if row.get("sub_event_type") in _GENERIC and other.get("sub_event_type") not in _GENERIC:
        row["sub_event_type"] = other.get("sub_event_type")
    numbers = [n for n in (row.get("fatalities"), other.get("fatalities")) if n is not None]
    row["fatalities"] = min(numbers) if numbers else None
    if row.get("sub_event_type"):
        row["sub_event_type"] = with_deaths(row["sub_event_type"], row["fatalities"])
    for column in ("actor1", "actor2"):
        row[column] = row.get(column) or other.get(column)
