"""Engines: run the pipeline over many articles, on this process (``local``) or on Dask (``dask``)."""

from __future__ import annotations

from timeline.engine.local import ArticleResult, process_article, run_local

__all__ = ["ArticleResult", "process_article", "run_local"]
