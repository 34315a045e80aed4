"""The :class:`Timeline` (events, places and articles tables, with map and page) and :func:`build`."""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from timeline import table
from timeline.engine import ArticleResult, iter_results
from timeline.engine.runner import CHUNK_SIZE
from timeline.ingest import Source, iter_articles, read_articles
from timeline.merge import merge_events


class Timeline:
    """Dated, located events with the places and articles they came from.

    ``events``: one row per event (columns in :data:`timeline.table.EVENT_COLUMNS`, then extras);
    ``places``: one row per place mention; ``articles``: one row per input article with its
    ``status`` (``processed`` or ``skipped``) and ``reason``.
    """

    def __init__(
        self,
        events: pd.DataFrame,
        places: pd.DataFrame | None = None,
        articles: pd.DataFrame | None = None,
        title: str = "Conflict timeline",
    ) -> None:
        self.events = table.conform(events, {**table.EVENT_COLUMNS, **table.EXTRA_EVENT_COLUMNS}, keep_extra=True)
        self.places = places if places is not None else table.frame([], table.PLACE_COLUMNS)
        self.articles = articles if articles is not None else table.frame([], table.ARTICLE_COLUMNS)
        self.title = title

    @classmethod
    def from_events(cls, events: pd.DataFrame | str | os.PathLike, title: str = "Conflict timeline") -> "Timeline":
        """Returns a Timeline of an events table (a DataFrame, or a csv/parquet/geojson/jsonl path)."""
        if not isinstance(events, pd.DataFrame):
            events = table.read_events(events)
        return cls(events, title=title)

    @property
    def skipped(self) -> pd.DataFrame:
        """Returns the articles that were skipped, with their reasons."""
        return self.articles[self.articles["status"] != "processed"]

    def map(self):
        """Returns a ``folium.Map`` of the located events (coloured by type, sized by deaths).

        folium loads Leaflet and map tiles from the web; for a page that works offline use :meth:`to_html`.
        """
        from timeline.render import folium_map

        return folium_map(self.events)

    def to_html(self, path: str | os.PathLike | None = None) -> str:
        """Returns the self-contained page (map + timeline) as HTML; also writes it to ``path`` when given."""
        from timeline.render import render_html

        page = render_html(self.events, self.articles, title=self.title)
        if path is not None:
            _write_atomically(Path(path), page)
        return page

    def save_events(self, path: str | os.PathLike) -> Path:
        """Writes the events table (csv, parquet, geojson or jsonl, by suffix); returns the path."""
        return table.write_events(self.events, path)

    def _repr_html_(self) -> str:
        # An iframe keeps the page's scripts and styles out of the notebook's own.
        return (
            f'<iframe srcdoc="{html.escape(self.to_html(), quote=True)}" '
            'style="width:100%;height:720px;border:1px solid #ccc" sandbox="allow-scripts allow-downloads"></iframe>'
        )

    def __repr__(self) -> str:
        skipped = len(self.skipped)
        return f"<Timeline: {len(self.events)} events from {len(self.articles) - skipped} articles ({skipped} skipped)>"


def build(
    source: Source,
    published: dt.date | str | None = None,
    engine: str = "local",
    *,
    manifest: str | os.PathLike | None = None,
    title: str = "Conflict timeline",
    store: str | os.PathLike | None = None,
    progress: bool | None = None,
    **engine_options,
) -> Timeline:
    """Returns the Timeline of the articles in ``source``.

    ``source`` is a path, a folder, a glob, a list of paths, a DataFrame (a ``text`` column, optional
    ``published``/``title``/``url``/``id``) or a list of strings. ``published`` is the publication date
    for articles that have none of their own (see :mod:`timeline.ingest` for the precedence).
    ``engine="dask"`` runs the same work on Dask (``scheduler=ADDRESS`` or ``workers=N`` for a local
    cluster). ``store`` is an SQLite file of earlier results: only new or changed articles are
    processed. ``progress`` shows a progress bar (None: when stderr is a terminal).
    """
    published = _as_date(published)
    articles = read_articles(source, published=published, manifest=manifest)
    results = [
        result
        for chunk in iter_results(articles, engine, store=store, progress=progress, total=len(articles), **engine_options)
        for result in chunk
    ]
    return from_results(results, title=title)


def from_results(results: list[ArticleResult], title: str = "Conflict timeline") -> Timeline:
    """Returns the Timeline assembled from per-article results (merging events across articles)."""
    event_rows = [row for result in results for row in result.events]
    events = merge_events(table.events_frame(event_rows))
    places = table.frame([row for result in results for row in result.places], table.PLACE_COLUMNS)
    counts = _event_counts(events)
    articles = table.frame([_article_row(result.article, counts) for result in results], table.ARTICLE_COLUMNS)
    return Timeline(events, places, articles, title=title)


@dataclass(slots=True)
class StreamSummary:
    """What :func:`stream_events` did: article and event counts, and the skipped articles with reasons."""

    path: Path
    articles: int = 0
    processed: int = 0
    events: int = 0
    skipped: pd.DataFrame = field(default_factory=lambda: table.frame([], table.ARTICLE_COLUMNS))


def stream_events(
    source: Source,
    events_path: str | os.PathLike,
    published: dt.date | str | None = None,
    engine: str = "local",
    *,
    manifest: str | os.PathLike | None = None,
    store: str | os.PathLike | None = None,
    chunk_size: int = CHUNK_SIZE,
    progress: bool | None = None,
    **engine_options,
) -> StreamSummary:
    """Writes the events of ``source`` to ``events_path`` (.parquet, .csv, .jsonl) chunk by chunk; returns a summary.

    Memory stays flat however large the corpus: articles are read lazily, processed
    ``chunk_size`` at a time and their events appended to the file, which appears only when the
    run completes. Events are per article, not merged across articles (merging needs the whole
    table: ``timeline.merge.merge_events(pd.read_parquet(path))`` when it fits in memory).
    """
    from timeline.engine.stream import EventsWriter

    published = _as_date(published)
    summary = StreamSummary(Path(events_path))
    skipped: list[dict] = []
    articles = iter_articles(source, published=published, manifest=manifest)
    with EventsWriter(events_path) as writer:
        chunks = iter_results(articles, engine, store=store, chunk_size=chunk_size, progress=progress, **engine_options)
        for chunk in chunks:
            rows = [row for result in chunk for row in result.events]
            writer.write(table.events_frame(rows))
            summary.articles += len(chunk)
            summary.events += len(rows)
            for result in chunk:
                if result.article.status == "processed":
                    summary.processed += 1
                else:
                    skipped.append(_article_row(result.article, {}))
    summary.skipped = table.frame(skipped, table.ARTICLE_COLUMNS)
    return summary


def _as_date(published: dt.date | str | None) -> dt.date | None:
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published)
        except ValueError:
            raise ValueError(f"published must be a date in YYYY-MM-DD form, not {published!r}") from None
    return published


def _event_counts(events: pd.DataFrame) -> dict[str, int]:
    """Returns article id -> number of events it reports (as a source of a merged event, too)."""
    counts: dict[str, int] = {}
    column = events["sources"].fillna(events["article_id"]) if len(events) else []
    for sources in column:
        for article_id in str(sources).split(";"):
            counts[article_id] = counts.get(article_id, 0) + 1
    return counts


def _article_row(article, counts: dict[str, int]) -> dict:
    return {
        "id": article.id, "title": article.title, "published": article.published.isoformat() if article.published else None,
        "published_source": article.published_source, "status": article.status, "reason": article.reason,
        "path": article.path, "url": article.url, "publisher": article.publisher, "events": counts.get(article.id, 0),
    }


def _write_atomically(path: Path, content: str) -> None:
    tmp = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(content, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as error:
        with contextlib.suppress(OSError):  # the folder may be what failed
            tmp.unlink(missing_ok=True)
        # Name the file the user asked for, not the temporary one.
        raise OSError(error.errno, f"cannot write the page ({error.strerror})", str(path)) from None
