"""A source backed by an index file (see :mod:`gazetteer.index`): the embedded index or an imported GeoNames dump."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from gazetteer.index import Entry, IndexReader
from gazetteer.place import Place
from gazetteer.sources.base import Source


class IndexSource(Source):
    """Places of an index file; keys are held in memory, places read from SQLite on demand."""

    def __init__(self, path: str | Path, label: str = "geonames") -> None:
        self.label = label
        self.reader = IndexReader(Path(path), label)
        self.max_name_words = self.reader.max_name_words
        self.keys = self.reader.keys

    @classmethod
    def embedded(cls) -> IndexSource:
        """Returns the embedded index, built into the cache folder on first use (a line on stderr says so)."""
        from gazetteer.build import ensure_embedded_index

        return open_index(str(ensure_embedded_index()), "embedded")

    def known(self, key: str) -> bool:
        return key in self.keys

    def search(self, name: str, key: str) -> list[Entry]:
        return list(self.reader.entries(key))

    def places(self, feature: str | None = None, country_code: str | None = None) -> list[Place]:
        return self.reader.places(feature, country_code)

    def __reduce__(self):
        # Pickled (e.g. for Dask workers) as its path: the receiving process opens the file once and shares it.
        return (open_index, (str(self.reader.path), self.label))

    def __repr__(self) -> str:
        return f"IndexSource({str(self.reader.path)!r}, label={self.label!r})"


@lru_cache(maxsize=8)
def open_index(path: str, label: str) -> IndexSource:
    """Returns the :class:`IndexSource` of the index file ``path``, opened once per process (read-only, shared)."""
    return IndexSource(path, label)
