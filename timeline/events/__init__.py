"""Events: what happened, who, where, when and how many died, coded in ACLED's taxonomy.

- :func:`classify` types a snippet into ACLED's 6 event types and 25 sub-event types (:mod:`.taxonomy`),
  by the lexicon of :mod:`.triggers` and the rules of :mod:`.classify`.
- :func:`annotate` is the pipeline component (:mod:`.extract`): one event per place and day, with its
  location (:mod:`.location`), actors (:mod:`.actors`) and fatalities (:mod:`.fatalities`).
- :func:`extract_events` runs the whole pipeline on one text and returns the events table.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from timeline.document import Article
from timeline.events.classify import classify
from timeline.events.extract import annotate
from timeline.events.taxonomy import EventType

__all__ = ["EventType", "annotate", "classify", "extract_events"]


def extract_events(text: str, published: dt.date | None = None) -> pd.DataFrame:
    """Returns the events reported in ``text`` as an events table (see :mod:`timeline.table`).

    ``published`` anchors relative dates ("on Monday"); without it they stay unresolved.
    """
    from timeline.table import events_frame

    if not isinstance(text, str):
        raise TypeError(f"extract_events expects the text of an article, not {type(text).__name__}")
    doc = _pipeline()(Article(id="text", text=text, published=published, published_source="option" if published else ""))
    return events_frame(doc.events)


_PIPELINE = None


def _pipeline():
    """Returns one shared pipeline, so the gazetteer is loaded once however many texts are read."""
    global _PIPELINE
    if _PIPELINE is None:
        from timeline.pipeline import Pipeline

        _PIPELINE = Pipeline()
    return _PIPELINE
