"""Value objects: a place in a gazetteer, and a mention of one in a text."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Place:
    """One entry of a gazetteer.

    ``feature`` is a coarse class: ``"populated place"``, ``"admin1"``, ``"admin2"``,
    ``"country"``, ``"region"``, ``"user"`` (from a user's CSV) or ``"relative"``
    (a point computed from a description such as "50 km northeast of Baquba").
    """

    name: str
    latitude: float
    longitude: float
    country_code: str | None = None
    admin1: str | None = None
    feature: str = "populated place"
    population: int | None = None
    geonameid: int | None = None
    source: str = "embedded"

    @property
    def point(self) -> tuple[float, float]:
        """Returns ``(latitude, longitude)``."""
        return (self.latitude, self.longitude)

    @property
    def geo_precision(self) -> int:
        """Returns ACLED's geo_precision for an event placed here: 1 town, 3 province, 4 country."""
        return {"country": 4, "admin1": 3, "region": 3, "relative": 2, "admin2": 2}.get(self.feature, 1)


@dataclass(slots=True)
class PlaceMention:
    """A place name found in a text.

    ``role`` says how the name is used: ``"literal"`` (the place itself, a candidate event
    location), ``"metonymic"`` ("Washington said": the government, not the place),
    ``"demonym"`` ("Iraqi forces": points to a country, never an event location) or
    ``"speaker"`` ("Kerry told reporters in Jerusalem": where something was said).
    ``precision`` is ACLED's geo_precision for an event placed at this mention
    (2 for "near X" or a point computed from "50 km north of X").
    ``candidates`` holds the runner-up places, best first, after ``place``.
    """

    start: int
    end: int
    text: str
    place: Place | None = None
    score: float = 0.0
    role: str = "literal"
    precision: int = 1
    candidates: list[Place] = field(default_factory=list)

    @property
    def latitude(self) -> float | None:
        return self.place.latitude if self.place else None

    @property
    def longitude(self) -> float | None:
        return self.place.longitude if self.place else None

    @property
    def is_location(self) -> bool:
        """Returns True when this mention may serve as an event's location."""
        return self.place is not None and self.role == "literal"
