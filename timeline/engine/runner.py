"""Running many articles: in chunks, through a store of earlier results, on the chosen engine, with progress."""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack, contextmanager
from itertools import islice
from typing import Callable, Iterable, Iterator

from timeline.document import Article
from timeline.engine.local import ArticleResult, run_local
from timeline.engine.store import ResultStore
from timeline.pipeline import Pipeline

ENGINES = ("local", "dask")
CHUNK_SIZE = 1000


@contextmanager
def engine_runner(engine: str = "local", **options) -> Iterator[Callable[[list[Article]], list[ArticleResult]]]:
    """Yields a function that returns the results of a batch of articles on ``engine``."""
    if engine == "local":
        if options:
            raise ValueError(f"the local engine takes no {' or '.join(options)} option: use engine='dask'")
        pipeline = Pipeline()
        yield lambda batch: run_local(batch, pipeline)
    elif engine == "dask":
        from timeline.engine.dask import DaskRunner

        with DaskRunner(**options) as runner:
            yield runner
    else:
        raise ValueError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")


def iter_results(
    articles: Iterable[Article],
    engine: str = "local",
    store: str | os.PathLike | None = None,
    chunk_size: int = CHUNK_SIZE,
    progress: bool | None = None,
    total: int | None = None,
    **engine_options,
) -> Iterator[list[ArticleResult]]:
    """Yields the results of ``articles`` chunk by chunk, each chunk in input order.

    Articles skipped at ingest pass straight through; with ``store`` (a path), articles whose
    content was processed before come from the store and only the others are run. ``progress``
    shows a bar on stderr (None: only when stderr is a terminal).
    """
    from tqdm import tqdm

    if chunk_size < 1:
        raise ValueError(f"chunk size must be at least 1, not {chunk_size}")
    with ExitStack() as stack:
        run = stack.enter_context(engine_runner(engine, **engine_options))
        results_store = stack.enter_context(ResultStore(store)) if store is not None else None
        if results_store is not None and results_store.reset:
            print(f"timeline: {store} was made by another version: starting it afresh", file=sys.stderr)
        disable = None if progress is None else not progress
        bar = stack.enter_context(tqdm(total=total, unit="article", disable=disable, file=sys.stderr, leave=False))
        iterator = iter(articles)
        while chunk := list(islice(iterator, chunk_size)):
            yield _run_chunk(chunk, run, results_store)
            bar.update(len(chunk))


def _run_chunk(chunk: list[Article], run, store: ResultStore | None) -> list[ArticleResult]:
    results: list[ArticleResult | None] = []
    todo: list[tuple[int, Article]] = []
    for article in chunk:
        stored = store.get(article) if store is not None and article.status == "processed" else None
        if article.status != "processed":
            results.append(ArticleResult(article))
        elif stored is not None:
            results.append(stored)
        else:
            todo.append((len(results), article))
            results.append(None)
    if todo:
        fresh = run([article for _, article in todo])
        for (position, _), result in zip(todo, fresh):
            results[position] = result
        if store is not None:
            store.put_many(fresh)
    return results
