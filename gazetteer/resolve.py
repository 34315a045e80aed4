"""Resolution: choose, for every recognised name, the place the article means.

Each candidate place gets a score from what a reader would weigh:

- its prominence: a country or province before a town, a big town before a hamlet (the index's order);
- the article's countries and provinces: named outright ("Iraq", "Ga."), through demonyms ("Iraqi forces"),
  or through names that are unambiguous;
- an explicit container right next to the name: "Aleppo, Syria", "Ramadi in Anbar province",
  "Ramadi, capital of Anbar province";
- spatial coherence: closeness to the places chosen for the other names of the article (second pass).

The winner's score, turned into a confidence in 0..1, and the runner-ups are kept on the mention.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from gazetteer.folding import fold
from gazetteer.place import Place
from gazetteer.recognize import Candidate

FEATURE_PRIOR = {"country": 0.6, "admin1": 0.0, "region": 0.3, "admin2": -0.3, "user": 0.9}
NEAR_KM = 150.0
_CONTAINER_AFTER = re.compile(
    r"^(?:,\s*"                                                    # "Aleppo, Syria"
    r"|,\s*(?:the\s+)?(?:provincial\s+)?capital\s+of\s+(?:the\s+)?"  # "Ramadi, capital of Anbar"
    r"|,?\s*(?:a\s+|the\s+)?(?:town|city|village|district|neighbou?rhood|suburb|area)?\s*(?:in|of)\s+"
    r"(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:(?:province|governorate|state|region|district)\s+of\s+)?)$")


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


def _prior(place: Place, rank: int) -> float:
    population = place.population or 0
    return (FEATURE_PRIOR.get(place.feature, 0.0) + 0.1 * math.log10(population + 1)
            - 0.15 * min(rank, 10))


def _contains(container: Place, place: Place) -> bool:
    if container.feature == "country":
        return place.country_code == container.country_code
    if container.feature == "admin1":
        return (place.country_code == container.country_code and place.admin1 is not None
                and fold(place.admin1) == fold(container.name))
    return haversine_km(container.point, place.point) < 60


def link_containers(text: str, readings: list[Reading]) -> None:
    """Sets ``reading.container`` when the next name contains this one ("Aleppo, Syria", "X in Anbar province")."""
    for reading, nxt in zip(readings, readings[1:]):
        gap = text[reading.candidate.end:nxt.candidate.start]
        if len(gap) <= 60 and "\n" not in gap and _CONTAINER_AFTER.match(gap):
            reading.container = nxt


def article_context(readings: list[Reading]) -> tuple[Counter, Counter]:
    """Returns the evidence for the article's countries and provinces (``Counter`` of country code, of admin1 key)."""
    countries: Counter = Counter()
    provinces: Counter = Counter()
    for reading in readings:
        places = reading.places
        if not places:
            continue
        best = places[0]
        codes = {p.country_code for p in places[:5]}
        if best.feature == "country" or reading.candidate.kind == "demonym":
            countries[best.country_code] += 1.0
        elif len(codes) == 1:
            countries[best.country_code] += 0.7
        else:
            for code in codes:
                countries[code] += 0.1
        if best.feature == "admin1" and (len(places) == 1 or reading.candidate.kind == "abbreviation"
                                         or places[0].feature == "admin1"):
            provinces[(best.country_code, fold(best.name))] += 1.0
            countries[best.country_code] += 0.5
    return countries, provinces


def resolve(text: str, readings: list[Reading]) -> list[Reading]:
    """Orders each reading's places best first, sets its scores, and returns the readings that remain
    plausible places (see :func:`implausible`)."""
    link_containers(text, readings)
    countries, provinces = article_context(readings)
    total = sum(countries.values()) or 1.0
    anchors: list[tuple[str, Place]] = []
    for second_pass in (False, True):
        for reading in readings:
            if not reading.places:
                continue
            scored = []
            for rank, place in enumerate(reading.places):
                score = _prior(place, rank)
                score += 2.0 * countries.get(place.country_code, 0.0) / total
                if place.admin1 and (place.country_code, fold(place.admin1)) in provinces:
                    score += 0.8
                if reading.container is not None and reading.container.best is not None:
                    if any(_contains(c, place) for c in reading.container.places[:3]):
                        score += 2.0
                if second_pass and place.feature not in ("country", "admin1"):
                    near = sum(1 for key, point in anchors
                               if key != reading.candidate.key and _roughly_near(point, place.point))
                    score += 0.35 * min(near, 3)
                scored.append((score, rank, place))
            scored.sort(key=lambda item: (-item[0], item[1]))
            reading.places = [place for _, _, place in scored]
            reading.scores = [score for score, _, _ in scored]
        anchors = list({(r.candidate.key, r.best.point) for r in readings
                        if r.best is not None and r.best.feature != "country"})
    return [reading for reading in readings if not implausible(reading, countries)]


def confidence(reading: Reading) -> float:
    """Returns 0..1: high when the chosen place clearly beats the runner-up."""
    if not reading.scores:
        return 0.0
    if len(reading.scores) == 1:
        return 0.9
    margin = reading.scores[0] - reading.scores[1]
    return round(1.0 / (1.0 + math.exp(-3.0 * margin)), 3)


def implausible(reading: Reading, countries: Counter) -> bool:
    """Returns True for a name that only fits a small place in a country the article otherwise never points to
    ("Xinhua", "Forbes"): without a place cue such a match is more likely another kind of name."""
    best, candidate = reading.best, reading.candidate
    if best is None or candidate.cue or candidate.kind != "name":
        return False
    if best.feature in ("country", "admin1", "user") or (best.population or 0) >= 50_000:
        return False
    return countries.get(best.country_code, 0.0) <= 0.7
