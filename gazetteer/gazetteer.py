"""The :class:`Gazetteer`: pluggable sources behind one lookup, and a text geoparser on top.

Sources are consulted in order (see :mod:`gazetteer.sources`). The default ones are:

1. the user's CSV files given as ``extra_csv`` or listed in ``$GAZETTEER_PLACES_CSV`` (paths separated by
   ``os.pathsep``, for command-line use), read at creation: their places come first when spelt exactly as asked;
2. an imported GeoNames dump, when ``python -m gazetteer import-geonames`` has written one
   (``$GAZETTEER_GEONAMES_INDEX``, else ``geonames.sqlite`` in the cache folder);
3. the embedded index, built from installed packages into the cache folder on first use.

With ``online=True`` (or an :class:`~gazetteer.sources.OnlineSource` added), a geopy geocoder is asked for names
no offline source knows. A place found in several sources (same GeoNames id) is returned once, from the first.
"""

from __future__ import annotations

import csv
import math
import os
import warnings
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

from gazetteer.exc import GeocoderUnavailable
from gazetteer.folding import fold, loose_fold
from gazetteer.index import Entry, cache_dir
from gazetteer.place import Place, PlaceMention
from gazetteer.sources import CSVSource, IndexSource, Source
from gazetteer.sources.index_source import open_index

#: Score bonus of a place spelt exactly as asked (accents, case and punctuation aside): it outranks a place
#: about 30 times as populous that only shares the folded key ("Ar Ramādī", Yemen, for "Ramadi").
EXACT_SPELLING_BONUS = 1.5
#: Bonus of a place whose own name (not one of its alternate, historic or foreign names) has the asked key: "Santa
#: Ana", California, before Taguig, Philippines, formerly called Santa Ana, though Taguig is more populous.
OWN_NAME_BONUS = 1.0
#: A user's own place spelt exactly as asked comes before every other place.
PREFERRED_BONUS = 100.0
_ADMIN_SUFFIXES = ("governorate", "province", "region", "state", "district")


class Gazetteer:
    """Looks up place names in its sources (the embedded index by default) and finds place mentions in text.

    >>> gz = Gazetteer()                                   # doctest: +SKIP
    >>> gz.lookup("Falluja")[0].name                       # doctest: +SKIP
    'Al Fallūjah'
    >>> Gazetteer(extra_csv="my_places.csv")               # doctest: +SKIP
    """

    def __init__(self, sources: Iterable[Source] | None = None, extra_csv: str | Path | Iterable | None = None,
                 online: bool = False) -> None:
        self.sources: list[Source] = []
        for source in default_sources() if sources is None else sources:
            self.add_source(source)
        if isinstance(extra_csv, (str, Path)):
            extra_csv = [extra_csv]
        from_environment = os.environ.get("GAZETTEER_PLACES_CSV", "") if sources is None else ""
        for path in [*(extra_csv or ()), *filter(None, from_environment.split(os.pathsep))]:
            self.add_source(CSVSource(path))
        if online:
            from gazetteer.sources.online import OnlineSource

            self.add_source(OnlineSource())
        self._countries: dict[str, Place] | None = None

    def add_source(self, source: Source) -> None:
        """Adds ``source``: user (preferred) sources go before the others, online fallbacks after them."""
        self.sources.append(source)
        self.sources.sort(key=lambda s: (s.fallback, not s.preferred))
        offline = [s for s in self.sources if not s.fallback]
        self._offline = tuple(offline)
        self._fallbacks = tuple(s for s in self.sources if s.fallback)
        self._known = tuple(s.known for s in offline)
        #: The longest place name in words: n-grams longer than this cannot be place names.
        self.max_name_words = max((s.max_name_words for s in offline), default=1)
        self._countries = None

    def known(self, key: str) -> bool:
        """Returns True when some offline place has the folded name ``key`` (about a microsecond; never online)."""
        for known in self._known:
            if known(key):
                return True
        return False

    def lookup(self, name: str, country_code: str | None = None, limit: int | None = None) -> list[Place]:
        """Returns the places called ``name`` (any spelling variant), best candidate first; empty when unknown.

        Candidates are ranked by ``log10(importance) + 1 if the place's own name has this key + 1.5 if spelt
        exactly as asked``, importance being the population (discounted for provinces and districts, raised for
        countries). ``country_code`` keeps only
        places of that country. Online fallback sources are asked only when no offline source knows the name.
        """
        key = fold(name)
        if not key:
            return []
        scored = self._scored(self._entries(self._offline, name, key), loose_fold(name), country_code, key)
        if not scored and "." in name:
            province = self.admin1(country_code, name)  # "W.Va.", "Calif.": abbreviations, never indexed
            scored = [province] if province else []
        if not scored and self._fallbacks:
            scored = self._scored(self._entries(self._fallbacks, name, key), None, country_code)
        return scored[:limit] if limit is not None else scored

    def lookup_key(self, key: str, country_code: str | None = None) -> list[Place]:
        """Returns the offline places whose folded name (see :func:`gazetteer.folding.fold`) is ``key``, best first."""
        if not self.known(key):
            return []
        return self._scored(self._entries(self._offline, key, key), None, country_code, key)

    def country(self, code: str) -> Place | None:
        """Returns the country with ISO 3166-1 alpha-2 ``code`` ("IQ"), or None when unknown."""
        return self.countries.get(code.upper())

    @property
    def countries(self) -> dict[str, Place]:
        """Returns every country, by ISO alpha-2 code."""
        if self._countries is None:
            self._countries = {}
            for source in self._offline:
                for place in source.places(feature="country"):
                    self._countries.setdefault(place.country_code, place)
        return self._countries

    def admin1(self, country_code: str | None, name: str) -> Place | None:
        """Returns the province (first-level division) called ``name`` ("Anbar", "Anbar Province", "al-Anbar",
        or an abbreviation such as "Tenn." or "Calif.") in ``country_code`` (any country when None), or None.

        Abbreviations come from ``gazetteer/data/admin1_abbreviations.csv``; they are not indexed as place names.
        """
        code = country_code.upper() if country_code else None
        names = [name]
        words = name.split()
        if len(words) > 1 and words[-1].casefold() in _ADMIN_SUFFIXES:
            names.append(" ".join(words[:-1]))
        names.extend(full for cc, full in admin1_abbreviations().get(fold(name), ()) if code in (None, cc))
        for candidate in names:
            key = fold(candidate)
            found = self._entries(self._offline, candidate, key) if key else []
            for place in self._scored(found, loose_fold(candidate), code, key):
                if place.feature == "admin1":
                    return place
        return None

    def demonym(self, word: str) -> str | None:
        """Returns the country code a demonym or adjective points to ("Iraqi", "Iraqis" -> "IQ"), else None."""
        return demonyms().get(fold(word))

    def find_places(self, text: str) -> list[PlaceMention]:
        """Returns the place mentions in ``text`` in reading order, resolved with the whole text as context."""
        from gazetteer.geoparser import Geoparser

        return Geoparser(self).find_places(text)

    def _entries(self, sources: Iterable[Source], name: str, key: str) -> list[tuple[Source, Entry]]:
        found = []
        for source in sources:
            try:
                found.extend((source, entry) for entry in source.search(name, key))
            except GeocoderUnavailable as error:
                warnings.warn(f"online geocoder skipped: {error}", stacklevel=3)
        return found

    @staticmethod
    def _scored(found: list[tuple[Source, Entry]], loose: str | None, country_code: str | None,
                key: str | None = None) -> list[Place]:
        ranked = []
        seen_ids: set[int] = set()
        country_code = country_code.upper() if country_code else None
        for order, (source, entry) in enumerate(found):
            place = entry.place
            if country_code is not None and place.country_code != country_code:
                continue
            if place.geonameid is not None:
                if place.geonameid in seen_ids:
                    continue
                seen_ids.add(place.geonameid)
            score = math.log10(max(entry.importance, 0.0) + 10.0)
            if key is not None and fold(place.name) == key:
                score += OWN_NAME_BONUS
            if loose is not None and loose in entry.spellings:
                score += PREFERRED_BONUS if source.preferred else EXACT_SPELLING_BONUS
            ranked.append((-score, order, place))
        ranked.sort(key=lambda item: (item[0], item[1]))
        return [place for _, _, place in ranked]

    def __getstate__(self) -> dict:
        # The country table is a cache, rebuilt on demand: worker processes need not receive it.
        return {**self.__dict__, "_countries": None}

    def __repr__(self) -> str:
        return f"Gazetteer(sources={self.sources!r})"


def default_sources() -> list[Source]:
    """Returns the default sources: an imported GeoNames index when present, then the embedded index."""
    sources: list[Source] = []
    imported = os.environ.get("GAZETTEER_GEONAMES_INDEX") or cache_dir() / "geonames.sqlite"
    if Path(imported).is_file():
        sources.append(open_index(str(imported), "geonames"))
    sources.append(IndexSource.embedded())
    return sources


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Returns country codes by folded demonym, singular and plural ("iraqi", "iraqis" -> "IQ").

    From ``gazetteer/data/demonyms.csv``; the plural adds "s" except to words ending in -sh, -ch, -ss or -ese
    ("British", "French", "Swiss", "Chinese"), which have none.
    """
    table: dict[str, str] = {}
    with resources.files("gazetteer").joinpath("data/demonyms.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            word, code = row["demonym"], row["country_code"]
            table[fold(word)] = code
            if not word.endswith(("sh", "ch", "ss", "ese")):
                table.setdefault(fold(word + "s"), code)
    return table


@lru_cache(maxsize=1)
def admin1_abbreviations() -> dict[str, list[tuple[str, str]]]:
    """Returns ``(country_code, province name)`` pairs by folded abbreviation ("tenn" -> [("US", "Tennessee")])."""
    table: dict[str, list[tuple[str, str]]] = {}
    with resources.files("gazetteer").joinpath("data/admin1_abbreviations.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            table.setdefault(fold(row["abbreviation"]), []).append((row["country_code"], row["admin1"]))
    return table
