"""The :class:`Gazetteer`: pluggable sources behind one lookup and one text geoparser.

SKELETON: the gazetteer work (issue 3) replaces this with the embedded index, recognition and resolution.
"""

from __future__ import annotations

from gazetteer.place import Place, PlaceMention


class Gazetteer:
    """Looks up place names and finds place mentions in text."""

    def __init__(self, sources: list | None = None) -> None:
        self.sources = sources or []

    def lookup(self, name: str) -> list[Place]:
        """Returns the places called ``name``, best candidate first (empty when unknown)."""
        return []

    def find_places(self, text: str, *, country_hint: str | None = None) -> list[PlaceMention]:
        """Returns the place mentions in ``text`` in reading order."""
        return []
