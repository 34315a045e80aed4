"""The pipeline: small components run in order over one :class:`~timeline.document.Doc`.

Each component is a callable ``(doc) -> doc`` that adds one layer: cleaned text, sentences, dates,
places, events. Swap one out by passing your own list to :class:`Pipeline`.
"""

from __future__ import annotations

from typing import Callable, Sequence

import gazetteer
from timeline import dates, events, ingest, text
from timeline.document import Article, Doc
from timeline.places import PlaceRecognizer

Component = Callable[[Doc], Doc]


def default_components(gz: gazetteer.Gazetteer | None = None) -> list[Component]:
    """Returns the standard components: clean, sentences, dates, places, events."""
    return [ingest.clean, text.annotate, dates.annotate, PlaceRecognizer(gz), events.annotate]


class Pipeline:
    """Turns an :class:`Article` into an annotated :class:`Doc`."""

    def __init__(self, components: Sequence[Component] | None = None, gz: gazetteer.Gazetteer | None = None) -> None:
        self.components = list(components) if components is not None else default_components(gz)

    def __call__(self, article: Article) -> Doc:
        doc = Doc(article=article)
        for component in self.components:
            doc = component(doc)
        return doc
