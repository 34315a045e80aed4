"""The objects that flow through the pipeline: an input :class:`Article` and the :class:`Doc` built from it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gazetteer import PlaceMention
    from timeline.dates import TimeExpression

# Where an article's publication date came from, in order of precedence (see timeline.ingest):
# the option (--published / build(published=)) is a default for articles without a date of their own.
PUBLISHED_SOURCES = ("manifest", "input", "metadata", "text", "option", "")


@dataclass(slots=True)
class Article:
    """One input article, as read by :mod:`timeline.ingest`.

    ``status`` is ``"processed"`` or ``"skipped"``; a skipped article carries its ``reason``.
    ``published_source`` says where ``published`` came from: ``"option"`` (``--published`` or
    ``build(published=...)``), ``"manifest"``, ``"input"`` (a column of the input table),
    ``"metadata"`` (HTML meta tags), ``"text"`` (a dateline or "Date created" line), or ``""``
    when unknown; with no date, relative expressions stay unresolved.
    """

    id: str
    text: str
    title: str = ""
    published: dt.date | None = None
    published_source: str = ""
    url: str = ""
    publisher: str = ""
    path: str = ""
    status: str = "processed"
    reason: str = ""

    def skip(self, reason: str) -> "Article":
        """Marks the article skipped with ``reason``; returns it."""
        self.status = "skipped"
        self.reason = reason
        return self


@dataclass(slots=True)
class Doc:
    """An article under analysis: each pipeline component reads it and adds one layer.

    ``text`` is the cleaned text (page furniture removed); all offsets refer to it.
    ``sentences`` are ``(start, end)`` spans; ``events`` are dicts keyed by the event columns
    of :mod:`timeline.table`.
    """

    article: Article
    text: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    dates: list["TimeExpression"] = field(default_factory=list)
    places: list["PlaceMention"] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def published(self) -> dt.date | None:
        return self.article.published

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """Returns the span of the sentence containing ``offset`` (the whole text if none)."""
        for start, end in self.sentences:
            if start <= offset < end:
                return (start, end)
        return (0, len(self.text))

    def in_span(self, items: list, start: int, end: int) -> list:
        """Returns the items (dates, places) whose span lies within ``[start, end)``."""
        return [item for item in items if item.start >= start and item.end <= end]
