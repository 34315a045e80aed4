"""The Dask engine: the same per-article work, partitioned over a dask.distributed cluster.

A local cluster of worker processes (one thread each) by default, or an existing cluster given
by its scheduler address (the workers need this package installed). Each partition runs the
default pipeline on its worker; results come back in input order, so the events and their ids
are exactly those of the local engine. Install with ``pip install "dask[distributed]"`` (or the project's ``[dask]`` extra).

To use an existing cluster, start a scheduler and workers where this package is installed
(``dask scheduler`` / ``dask worker tcp://HOST:8786``) and pass ``scheduler="tcp://HOST:8786"``
(``--scheduler`` on the command line). Local worker processes are spawned, so a script that
builds on Dask must do so under ``if __name__ == "__main__":``.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from typing import Sequence

from timeline.document import Article
from timeline.engine.local import ArticleResult, process_article
from timeline.pipeline import Pipeline

_MAX_PARTITION = 200


def run_dask(articles: Sequence[Article], scheduler: str | None = None, workers: int | None = None) -> list[ArticleResult]:
    """Returns one result per article, in input order, computed on Dask.

    ``scheduler`` is the address of an existing scheduler ("tcp://host:8786"); without it a local
    cluster of ``workers`` processes (default: one per CPU) is started and stopped.
    """
    with DaskRunner(scheduler=scheduler, workers=workers) as run:
        return run(list(articles))


class DaskRunner:
    """A Dask client kept open over many batches: ``with DaskRunner() as run: run(batch)``.

    ``connect_timeout`` is how many seconds to keep trying to reach ``scheduler``.
    """

    def __init__(self, scheduler: str | None = None, workers: int | None = None, connect_timeout: float = 20) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ImportError(
                'the Dask engine needs dask.distributed: pip install "dask[distributed]"'
            ) from None
        if workers is not None and workers < 1:
            raise ValueError(f"--workers must be at least 1, not {workers}")
        # Build (or load) the gazetteer index here, once, before any worker needs it: workers
        # starting together must not race to build the same cached index.
        _warm_up()
        self._cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout=f"{connect_timeout}s")
            except OSError as error:
                raise ValueError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
        else:
            self._cluster = LocalCluster(
                n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                dashboard_address=None, silence_logs=logging.ERROR,
            )
            self.client = Client(self._cluster)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or (workers or 1))

    def __call__(self, articles: list[Article]) -> list[ArticleResult]:
        """Returns one result per article, in input order."""
        if not articles:
            return []
        size = max(1, min(_MAX_PARTITION, -(-len(articles) // (self.workers * 4))))
        partitions = [articles[i : i + size] for i in range(0, len(articles), size)]
        futures = self.client.map(_process_partition, partitions, pure=False)
        return [result for partition in self.client.gather(futures) for result in partition]

    def close(self) -> None:
        """Closes the client and the local cluster it started."""
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> "DaskRunner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _warm_up() -> None:
    import gazetteer

    gazetteer.default_gazetteer().find_places("Baghdad")


@lru_cache(maxsize=1)
def _worker_pipeline() -> Pipeline:
    return Pipeline()


def _process_partition(articles: list[Article]) -> list[ArticleResult]:
    pipeline = _worker_pipeline()
    return [process_article(article, pipeline) for article in articles]
