"""The :class:`Gazetteer`: pluggable sources behind one lookup, and a text geoparser on top.

SKELETON: the index work (issue 3) fills the sources and lookup; the geoparsing work fills
:mod:`gazetteer.geoparser`, to which :meth:`Gazetteer.find_places` delegates.
"""

from __future__ import annotations

from gazetteer.place import Place, PlaceMention


class Gazetteer:
    """Looks up place names in its sources (the embedded index by default) and finds place mentions in text."""

    def __init__(self, sources: list | None = None) -> None:
        self.sources = sources or []

    def lookup(self, name: str, country_code: str | None = None, limit: int | None = None) -> list[Place]:
        """Returns the places called ``name`` (any spelling variant), best candidate first; empty when unknown."""
        return []

    def lookup_key(self, key: str) -> list[Place]:
        """Returns the places whose folded name (see :func:`gazetteer.folding.fold`) is ``key``."""
        return []

    def known(self, key: str) -> bool:
        """Returns True when some place has the folded name ``key`` (fast: used on every candidate n-gram)."""
        return False

    def find_places(self, text: str) -> list[PlaceMention]:
        """Returns the place mentions in ``text`` in reading order, resolved with the whole text as context."""
        from gazetteer.geoparser import Geoparser

        return Geoparser(self).find_places(text)
