"""Places no gazetteer has, described from one it has: "some 50 km northeast of Baquba", "5 km west of al-Qaim".

:func:`find_relative` reads the distance and bearing written just before an anchor name and returns the point
they describe, as a :class:`~gazetteer.place.Place` with feature ``"relative"`` (geo_precision 2). When a name
the gazetteer lacks stands right before the description ("Imam Weis area, some 50 km northeast of X"), the
mention covers that name; otherwise it covers the description itself.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from gazetteer.place import Place
from gazetteer.recognize import word_lists
from gazetteer.resolve import haversine_km

BEARINGS = {
    "north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225, "west": 270,
    "northwest": 315, "north-northeast": 22.5, "east-northeast": 67.5, "east-southeast": 112.5,
    "south-southeast": 157.5, "south-southwest": 202.5, "west-southwest": 247.5, "west-northwest": 292.5,
    "north-northwest": 337.5,
}
UNITS_KM = {"km": 1.0, "kms": 1.0, "kilometer": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometres": 1.0,
            "mile": 1.609344, "miles": 1.609344, "mi": 1.609344, "meters": 0.001, "metres": 0.001, "m": 0.001}
NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                "hundred": 100, "a hundred": 100, "a few": 3, "several": 5}
#: A compass word as news writes it: "north", "north-east", "north east", "northeastern", "western".
BEARING_WORD = r"(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?"
_NUMBER = r"\d+(?:[.,]\d+)?|" + "|".join(sorted((w for w in NUMBER_WORDS), key=len, reverse=True))
_UNIT = "|".join(sorted(UNITS_KM, key=len, reverse=True))
# "[some] 50 km [(31 miles)] northeast of [the provincial capital city of] <anchor>", ending at the anchor.
_DESCRIPTION = re.compile(
    r"(?P<hedge>(?:some|about|around|approximately|nearly|roughly|almost|just|only|over|under|more\s+than|"
    r"less\s+than|up\s+to)\s+)?(?P<number>" + _NUMBER + r")[\s-]*(?P<unit>" + _UNIT + r")\.?\s+"
    r"(?:\([^)]{0,30}\)\s+)?(?P<direction>" + BEARING_WORD + r")\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:[a-z]+\s+){0,4}?(?:of\s+)?$",
    re.IGNORECASE)
_HAS_DIRECTION = re.compile(r"(?:north|south|east|west)\w*\s+(?:of|from)\s", re.IGNORECASE)
# "Imam Weis area, " or "the village of Abu Ghraib, " right before the description.
_UNKNOWN_NAME = re.compile(
    r"(?P<name>(?:(?:al|el|as|ad|ar|an)[- ])?[A-Z][\w'’-]*(?:\s+(?:(?:al|el)[- ])?[A-Z][\w'’-]*){0,3})"
    r"(?:\s+(?:area|village|district|region|town|neighbou?rhood))?,?\s+$")


@dataclass(slots=True)
class RelativeDescription:
    """A point described from an anchor: the mention span, its text and the computed place."""

    start: int
    end: int
    text: str
    place: Place


def destination(point: tuple[float, float], bearing_deg: float, distance_km: float) -> tuple[float, float]:
    """Returns the point ``distance_km`` from ``point`` along ``bearing_deg`` (great circle)."""
    lat1, lon1 = map(math.radians, point)
    bearing, angular = math.radians(bearing_deg), distance_km / 6371.0088
    lat2 = math.asin(math.sin(lat1) * math.cos(angular) + math.cos(lat1) * math.sin(angular) * math.cos(bearing))
    lon2 = lon1 + math.atan2(math.sin(bearing) * math.sin(angular) * math.cos(lat1),
                             math.cos(angular) - math.sin(lat1) * math.sin(lat2))
    return (round(math.degrees(lat2), 5), round((math.degrees(lon2) + 540) % 360 - 180, 5))


def bearing_of(direction: str) -> float | None:
    """Returns the compass bearing of "northeast", "north-east", "North East", "northern" (None when unknown)."""
    word = re.sub(r"[\s-]+", "", direction.lower()).removesuffix("ern")
    return BEARINGS.get(word)


def parse_number(word: str) -> float | None:
    """Returns the value of "50", "1,200", "2.5" or "five" (None when it is no number)."""
    word = word.lower().strip()
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    try:
        return float(word.replace(",", "")) if re.fullmatch(r"\d{1,3}(?:,\d{3})+", word) else float(
            word.replace(",", "."))
    except ValueError:
        return None


def find_relative(text: str, anchor_start: int, anchor_end: int, anchor: Place,
                  known_ends: dict | set[int] | frozenset[int] = frozenset()) -> RelativeDescription | None:
    """Returns the place described by the distance and bearing right before the anchor name, or None.

    ``known_ends`` are the end offsets of names already recognised (a set, or a dict to their places): a
    description right after one of them ("Fallujah, some 50 km west of Baghdad") describes that place, so
    nothing new is returned, unless the place found for that name lies far from the described point.
    """
    window_start = max(0, anchor_start - 120)
    window = text[window_start:anchor_start]
    if not _HAS_DIRECTION.search(window):  # cheap test first: most names have no description before them
        return None
    match = _DESCRIPTION.search(window)
    if match is None:
        return None
    distance, bearing = parse_number(match.group("number")), bearing_of(match.group("direction"))
    unit = UNITS_KM.get(match.group("unit").lower())
    if distance is None or bearing is None or unit is None or distance * unit > 2000:
        return None
    description_start = window_start + match.start()
    lead = text[max(0, description_start - 60):description_start]
    named = _UNKNOWN_NAME.search(lead)
    latitude, longitude = destination(anchor.point, bearing, distance * unit)
    if named:
        name_end = description_start - len(lead) + named.end("name")
        known = known_ends.get(name_end, False) if isinstance(known_ends, dict) else name_end in known_ends
        # The description is of that known place, unless the gazetteer's place of that name is elsewhere.
        if known is True or (isinstance(known, Place) and haversine_km(known.point, (latitude, longitude))
                             < max(25.0, 0.5 * distance * unit)):
            return None
        if named.group("name").split()[-1].lower() in word_lists()["function"]:
            named = None
    if named:
        start = description_start - len(lead) + named.start("name")
        end = start + len(named.group("name"))
    else:
        start = description_start + len(match.group("hedge") or "")
        end = anchor_end
    description = " ".join(text[description_start + len(match.group("hedge") or ""):anchor_end].split())
    name = named.group("name") if named else description
    place = Place(name=name, latitude=latitude, longitude=longitude, country_code=anchor.country_code,
                  admin1=anchor.admin1, feature="relative", source="relative")
    return RelativeDescription(start, end, text[start:end], place)
