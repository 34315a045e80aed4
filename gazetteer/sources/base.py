"""The interface every source of places implements."""

from __future__ import annotations

from gazetteer.index import Entry
from gazetteer.place import Place

__all__ = ["Entry", "Source"]


class Source:
    """A backend of the gazetteer: answers which places have a folded name (see :func:`gazetteer.folding.fold`).

    Class attributes a source may override:

    - ``label``: written into :attr:`Place.source` of its places.
    - ``preferred``: its places come first when their spelling matches the query exactly (a user's own places).
    - ``fallback``: consulted only when no other source knows the name (an online geocoder); never asked by
      :meth:`known`.
    """

    label = "source"
    preferred = False
    fallback = False
    max_name_words = 1

    def known(self, key: str) -> bool:
        """Returns True when some place of this source has the key ``key`` (must be fast)."""
        raise NotImplementedError

    def search(self, name: str, key: str) -> list[Entry]:
        """Returns the places called ``name`` (whose key is ``key``), in no particular order."""
        raise NotImplementedError

    def places(self, feature: str | None = None, country_code: str | None = None) -> list[Place]:
        """Returns every place with this ``feature`` and/or country; sources that cannot list return []."""
        return []
