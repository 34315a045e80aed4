"""Ingest: any supported source in, a list of :class:`~timeline.document.Article` out, every input accounted for.

SKELETON: the ingest work replaces this with readers for .txt, .html, .jsonl, .csv, DataFrames,
manifests, publication-date detection and page-furniture removal.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Iterable

import pandas as pd

from timeline.document import Article, Doc

Source = str | os.PathLike | pd.DataFrame | Iterable[str | os.PathLike]


def read_articles(
    source: Source,
    published: dt.date | None = None,
    manifest: str | os.PathLike | None = None,
) -> list[Article]:
    """Returns one Article per input article, skipped ones included with their reason."""
    if isinstance(source, pd.DataFrame):
        return [
            Article(id=str(row.get("id", i)), text=str(row["text"]), published=published,
                    published_source="option" if published else "")
            for i, row in source.iterrows()
        ]
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    articles = []
    for item in items:
        path = Path(item)
        files = sorted(p for p in path.iterdir() if p.suffix == ".txt") if path.is_dir() else [path]
        for file in files:
            articles.append(Article(id=file.name, text=file.read_text(encoding="utf-8"), path=str(file),
                                    published=published, published_source="option" if published else ""))
    return articles


def clean(doc: Doc) -> Doc:
    """Pipeline component: sets ``doc.text`` to the article text without page furniture."""
    doc.text = doc.article.text
    return doc
