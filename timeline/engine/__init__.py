"""Engines: run the pipeline over many articles, on this process (``local``) or on Dask (``dask``).

:func:`iter_results` adds what both share: chunks, a store of earlier results, progress.
"""

from __future__ import annotations

from timeline.engine.local import ArticleResult, process_article, run_local
from timeline.engine.runner import ENGINES, iter_results

__all__ = ["ENGINES", "ArticleResult", "iter_results", "process_article", "run_local"]
