"""Place names to places, offline.

    >>> import gazetteer
    >>> gazetteer.find_places("Clashes broke out in Falluja on Monday.")[0].place.name
    'Al Fallūjah'

``gazetteer`` is a library of its own: it never imports ``timeline``.
"""

from __future__ import annotations

from functools import lru_cache

from gazetteer.exc import GazetteerError, GeocoderUnavailable, IndexBuildError, SourceFormatError
from gazetteer.gazetteer import Gazetteer
from gazetteer.place import Place, PlaceMention

__all__ = [
    "Gazetteer",
    "GazetteerError",
    "GeocoderUnavailable",
    "IndexBuildError",
    "Place",
    "PlaceMention",
    "SourceFormatError",
    "default_gazetteer",
    "find_places",
]


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """Returns the shared embedded, offline gazetteer (loaded once per process)."""
    return Gazetteer()


def find_places(text: str) -> list[PlaceMention]:
    """Returns the place mentions in ``text``, resolved with the default embedded gazetteer."""
    return default_gazetteer().find_places(text)
