"""Geoparsing: recognise place mentions in text and resolve each to a place.

SKELETON: the geoparsing work (issue 3) fills this.
"""

from __future__ import annotations

from gazetteer.place import PlaceMention


class Geoparser:
    """Finds and resolves the place mentions of a text using a :class:`~gazetteer.Gazetteer`."""

    def __init__(self, gazetteer) -> None:
        self.gazetteer = gazetteer

    def find_places(self, text: str) -> list[PlaceMention]:
        """Returns the place mentions in ``text`` in reading order."""
        return []
