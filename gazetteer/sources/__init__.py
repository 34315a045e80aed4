"""Where the gazetteer finds places: every backend is a :class:`Source` (one small module each).

- :class:`IndexSource`: an index file; :meth:`IndexSource.embedded` is the default, built from installed
  packages, and :func:`import_geonames` turns a GeoNames dump into another index file.
- :class:`CSVSource`: a user's CSV of places, read when the gazetteer is created (nothing to rebuild).
- :class:`OnlineSource`: a geopy geocoder (Nominatim by default), opt-in, cached on disk and rate-limited.
"""

from gazetteer.sources.base import Entry, Source
from gazetteer.sources.csv_source import CSVSource
from gazetteer.sources.geonames import import_geonames
from gazetteer.sources.index_source import IndexSource

__all__ = ["CSVSource", "Entry", "IndexSource", "OnlineSource", "Source", "import_geonames"]


def __getattr__(name: str):
    # geopy's geocoders take a fifth of a second to import: only the online fallback needs them.
    if name == "OnlineSource":
        from gazetteer.sources.online import OnlineSource

        return OnlineSource
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
