"""An online geocoder (geopy; Nominatim by default) as an opt-in fallback, cached on disk and rate-limited.

Every answer, including "nothing found", is kept in an SQLite cache (``online.sqlite`` in the cache folder unless
told otherwise), so a name is asked at most once, and a rerun offline gives the same result. Calls go through
geopy's :class:`~geopy.extra.rate_limiter.RateLimiter` (Nominatim's usage policy asks for at most one request per
second). A geocoder that fails raises :class:`~gazetteer.exc.GeocoderUnavailable`; the gazetteer turns it into a
warning and carries on offline.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.location import Location

from gazetteer.exc import GeocoderUnavailable
from gazetteer.folding import loose_fold
from gazetteer.index import Entry, cache_dir
from gazetteer.place import Place
from gazetteer.sources.base import Source

USER_AGENT = "conflict-timeline gazetteer (https://pypi.org/project/conflict-timeline/)"
# Nominatim's place types -> the gazetteer's coarse features.
_NOMINATIM_FEATURES = {
    "country": "country", "state": "admin1", "province": "admin1", "region": "admin1", "county": "admin2",
    "state_district": "admin2", "district": "admin2", "city": "populated place", "town": "populated place",
    "village": "populated place", "hamlet": "populated place", "suburb": "populated place",
    "neighbourhood": "populated place", "quarter": "populated place",
}


class OnlineSource(Source):
    """Places from a geopy geocoder, asked only for names no offline source knows.

    ``geocoder`` defaults to ``Nominatim(user_agent=USER_AGENT)``; tests pass
    ``Nominatim(domain="127.0.0.1:PORT", scheme="http")``. ``cache_path`` defaults to ``online.sqlite`` in the
    cache folder.
    """

    fallback = True

    def __init__(self, geocoder=None, cache_path: str | Path | None = None, min_delay_seconds: float = 1.0,
                 limit: int = 5, label: str | None = None) -> None:
        self.geocoder = geocoder if geocoder is not None else Nominatim(user_agent=USER_AGENT)
        self.label = label or type(self.geocoder).__name__.lower()
        self.limit = limit
        self._geocode = RateLimiter(self.geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=1,
                                    error_wait_seconds=min_delay_seconds, swallow_exceptions=False)
        self._namespace = f"{type(self.geocoder).__name__}:{getattr(self.geocoder, 'domain', '')}"
        self.cache = GeocodeCache(Path(cache_path) if cache_path else cache_dir() / "online.sqlite")

    def known(self, key: str) -> bool:
        return False

    def search(self, name: str, key: str) -> list[Entry]:
        query = " ".join(name.split())
        records = self.cache.get(self._namespace, query)
        if records is None:
            records = [_record(location) for location in self._ask(query)]
            self.cache.put(self._namespace, query, records)
        entries = []
        for rank, record in enumerate(records):
            place = Place(record["name"], record["latitude"], record["longitude"], record["country_code"],
                          record["admin1"], record["feature"], None, None, self.label)
            entries.append(Entry(place, float(len(records) - rank), (loose_fold(record["name"]),)))
        return entries

    def _ask(self, query: str) -> list[Location]:
        options = {"exactly_one": False, "limit": self.limit}
        if isinstance(self.geocoder, Nominatim):
            options["addressdetails"] = True
        try:
            return self._geocode(query, **options) or []
        except GeopyError as error:
            raise GeocoderUnavailable(f"{self.label} could not geocode {query!r}: {error}") from error

    def __repr__(self) -> str:
        return f"OnlineSource({self.geocoder!r}, cache_path={str(self.cache.path)!r})"


def _record(location: Location) -> dict:
    """Returns what the cache keeps of a geopy Location: a Place's fields, geocoder-independent."""
    raw = location.raw if isinstance(location.raw, dict) else {}
    address = raw.get("address") or {}
    name = raw.get("name") or location.address.split(",")[0].strip()
    kind = raw.get("addresstype") or raw.get("type") or ""
    return {
        "name": name, "latitude": location.latitude, "longitude": location.longitude,
        "country_code": (address.get("country_code") or "").upper() or None,
        "admin1": address.get("state") or address.get("province") or None,
        "feature": _NOMINATIM_FEATURES.get(kind, "populated place"),
    }


class GeocodeCache:
    """A persistent cache of geocoder answers: (geocoder, query) -> list of records (JSON), in SQLite."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._connection = sqlite3.connect(path, timeout=30, check_same_thread=False)
        with self._connection:
            self._connection.execute("CREATE TABLE IF NOT EXISTS answers (geocoder TEXT, query TEXT, records TEXT,"
                                     " fetched REAL, PRIMARY KEY (geocoder, query))")

    def get(self, geocoder: str, query: str) -> list[dict] | None:
        """Returns the cached records for ``query`` (possibly empty), or None when never asked."""
        with self._lock:
            row = self._connection.execute("SELECT records FROM answers WHERE geocoder = ? AND query = ?",
                                           (geocoder, query)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, geocoder: str, query: str, records: list[dict]) -> None:
        """Stores the answer to ``query``."""
        with self._lock, self._connection:
            self._connection.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)",
                                     (geocoder, query, json.dumps(records), time.time()))
