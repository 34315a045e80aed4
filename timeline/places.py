"""Pipeline component: place mentions of the document, found and resolved by the gazetteer.

Events need every place a text names, so this also asks for the names no gazetteer lists ("the village of
Shurifah", "the Heart Hospital"): unresolved, or placed at the known place holding them.
"""

from __future__ import annotations

from functools import lru_cache

import gazetteer
from gazetteer.geoparser import Geoparser
from timeline.document import Doc


class PlaceRecognizer:
    """Fills ``doc.places`` using ``gz`` (the default embedded gazetteer when None)."""

    def __init__(self, gz: gazetteer.Gazetteer | None = None) -> None:
        self.gazetteer = gz

    def __call__(self, doc: Doc) -> Doc:
        gz = self.gazetteer or gazetteer.default_gazetteer()
        doc.places = _geoparser(gz).find_places(doc.text, unlisted=True)
        return doc


@lru_cache(maxsize=8)
def _geoparser(gz: gazetteer.Gazetteer) -> Geoparser:
    return Geoparser(gz)
