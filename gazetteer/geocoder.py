"""The offline gazetteer as a geopy geocoder: code written for geopy's geocoders works unchanged, with no network.

    >>> from gazetteer.geocoder import OfflineGeocoder
    >>> OfflineGeocoder().geocode("Falluja").point            # doctest: +SKIP
    Point(33.34913, 43.78599, 0.0)
"""

from __future__ import annotations

import dataclasses

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from gazetteer.gazetteer import Gazetteer
from gazetteer.place import Place


class OfflineGeocoder(Geocoder):
    """A geopy :class:`~geopy.geocoders.base.Geocoder` answering from a :class:`~gazetteer.Gazetteer`
    (the default embedded one unless given). ``Location.raw`` holds the :class:`~gazetteer.Place`'s fields."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        super().__init__(user_agent="conflict-timeline offline gazetteer")
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        """Returns the gazetteer answering queries (the shared default one, loaded on first use, unless given)."""
        if self._gazetteer is None:
            from gazetteer import default_gazetteer

            self._gazetteer = default_gazetteer()
        return self._gazetteer

    def geocode(self, query: str, *, exactly_one: bool = True, limit: int | None = None,
                country_codes: str | list[str] | None = None, timeout=None) -> Location | list[Location] | None:
        """Returns the best :class:`~geopy.location.Location` for ``query`` (``exactly_one``), else a list of at
        most ``limit`` Locations best first; None when nothing matches, as geopy's geocoders do.

        ``query`` may name a container after a comma ("Ramadi, Iraq", "Hit, Anbar"): candidates in that
        country or province come first. ``country_codes`` (ISO alpha-2, one or a list) keeps only those countries.
        """
        name, _, container = (part.strip() for part in str(query).partition(","))
        allowed = {country_codes.upper()} if isinstance(country_codes, str) else \
            {c.upper() for c in country_codes or ()}
        places = [p for p in self.gazetteer.lookup(name) if not allowed or p.country_code in allowed]
        if container:
            places.sort(key=lambda place: not self._contains(container, place))
        if limit is not None:
            places = places[:limit]
        locations = [self._location(place) for place in places]
        if exactly_one:
            return locations[0] if locations else None
        return locations or None

    def _contains(self, container: str, place: Place) -> bool:
        for candidate in self.gazetteer.lookup(container, limit=5):
            if candidate.feature == "country" and candidate.country_code == place.country_code:
                return True
            if candidate.feature == "admin1" and (candidate.country_code, candidate.name) == \
                    (place.country_code, place.admin1):
                return True
        return False

    def _location(self, place: Place) -> Location:
        country = self.gazetteer.country(place.country_code) if place.country_code else None
        parts = [place.name]
        if place.admin1 and place.admin1 != place.name:
            parts.append(place.admin1)
        if country is not None and country.name != place.name:
            parts.append(country.name)
        return Location(", ".join(parts), (place.latitude, place.longitude, 0.0), dataclasses.asdict(place))
