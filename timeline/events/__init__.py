"""Events: what happened, who, where, when and how many died, coded in ACLED's taxonomy.

SKELETON: the events work (issue 5) fills :func:`classify`, :func:`extract_events` and :func:`annotate`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from timeline.document import Article, Doc

__all__ = ["EventType", "annotate", "classify", "extract_events"]


@dataclass(frozen=True, slots=True)
class EventType:
    """An ACLED event type and sub-event type, by ACLED's names."""

    event_type: str
    sub_event_type: str


def classify(text: str) -> EventType | None:
    """Returns the ACLED type and sub-type of the event ``text`` reports, or None when it reports none."""
    return None


def annotate(doc: Doc) -> Doc:
    """Pipeline component: fills ``doc.events`` with one dict per event (keys: the event columns)."""
    doc.events = []
    return doc


def extract_events(text: str, published: dt.date | None = None) -> pd.DataFrame:
    """Returns the events reported in ``text`` as an events table (see :mod:`timeline.table`)."""
    from timeline.pipeline import Pipeline
    from timeline.table import events_frame

    doc = Pipeline()(Article(id="text", text=text, published=published, published_source="option" if published else ""))
    return events_frame(doc.events)
