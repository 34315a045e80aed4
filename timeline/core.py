"""The :class:`Timeline` (events, places and articles tables, with map and page) and :func:`build`."""

from __future__ import annotations

import datetime as dt
import html
import os
from pathlib import Path

import pandas as pd

from timeline import table
from timeline.engine import ArticleResult, run_local
from timeline.ingest import Source, read_articles
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
        """Returns a ``folium.Map`` of the located events."""
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
            'style="width:100%;height:640px;border:1px solid #ccc" sandbox="allow-scripts allow-downloads"></iframe>'
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
    **engine_options,
) -> Timeline:
    """Returns the Timeline of the articles in ``source``.

    ``source`` is a path, a folder, a glob, a list of paths, a DataFrame (a ``text`` column, optional
    ``published``/``title``/``url``/``id``) or a list of strings. ``published`` is the publication date
    for articles that have none of their own. ``engine="dask"`` runs the same work on Dask
    (``scheduler=ADDRESS`` or ``workers=N`` for a local cluster).
    """
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    articles = read_articles(source, published=published, manifest=manifest)
    if engine == "local":
        results = run_local(articles)
    elif engine == "dask":
        from timeline.engine.dask import run_dask

        results = run_dask(articles, **engine_options)
    else:
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    return from_results(results, title=title)


def from_results(results: list[ArticleResult], title: str = "Conflict timeline") -> Timeline:
    """Returns the Timeline assembled from per-article results (merging events across articles)."""
    event_rows = [row for result in results for row in result.events]
    events = merge_events(table.events_frame(event_rows))
    places = table.frame([row for result in results for row in result.places], table.PLACE_COLUMNS)
    counts = events["article_id"].value_counts() if len(events) else {}
    articles = table.frame(
        [
            {
                "id": a.id, "title": a.title, "published": a.published.isoformat() if a.published else None,
                "published_source": a.published_source, "status": a.status, "reason": a.reason,
                "path": a.path, "url": a.url, "publisher": a.publisher, "events": int(counts.get(a.id, 0)),
            }
            for a in (result.article for result in results)
        ],
        table.ARTICLE_COLUMNS,
    )
    return Timeline(events, places, articles, title=title)


def _write_atomically(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_text(content, encoding="utf-8")
    os.replace(tmp, path)
