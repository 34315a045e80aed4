"""Pipeline component: place mentions of the document, found and resolved by the gazetteer."""

from __future__ import annotations

import gazetteer
from timeline.document import Doc


class PlaceRecognizer:
    """Fills ``doc.places`` using ``gz`` (the default embedded gazetteer when None)."""

    def __init__(self, gz: gazetteer.Gazetteer | None = None) -> None:
        self.gazetteer = gz

    def __call__(self, doc: Doc) -> Doc:
        gz = self.gazetteer or gazetteer.default_gazetteer()
        doc.places = gz.find_places(doc.text)
        return doc
