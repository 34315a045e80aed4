import pandas as pd
import pytest

import timeline
from timeline import table
from timeline.core import stream_events
from timeline.engine import iter_results, run_local
from timeline.engine.store import ResultStore
from timeline.engine.stream import EventsWriter
from timeline.ingest import read_articles

STORIES = [
    "Militants killed five soldiers in an attack on a checkpoint in Ramadi on Saturday, police said.",
    "A car bomb exploded in a market in Baqubah on Friday, killing at least twelve people.",
    "Protesters marched through central Basra on Sunday to demand jobs and electricity.",
    "Gunmen attacked a police station in Mosul on Thursday, killing two officers.",
]


def corpus(folder, stories):
    folder.mkdir(exist_ok=True)
    for number, story in enumerate(stories):
        (folder / f"{number:03d}.txt").write_text(story, encoding="utf-8")
    return folder


def test_rerun_with_store_processes_only_new_or_changed_articles_and_equals_a_full_run(tmp_path):
    folder = corpus(tmp_path / "in", STORIES[:3])
    store = tmp_path / "results.sqlite"
    timeline.build(folder, published="2014-01-05", store=store)
    with ResultStore(store) as results:
        assert len(results) == 3
    (folder / "001.txt").write_text(STORIES[1].replace("twelve", "twenty"), encoding="utf-8")
    (folder / "003.txt").write_text(STORIES[3], encoding="utf-8")
    articles = read_articles(folder, published=pd.Timestamp("2014-01-05").date())
    with ResultStore(store) as results:
        assert [results.get(article) is None for article in articles] == [False, True, False, True]
    incremental = timeline.build(folder, published="2014-01-05", store=store)
    full = timeline.build(folder, published="2014-01-05")
    pd.testing.assert_frame_equal(incremental.events, full.events)
    pd.testing.assert_frame_equal(incremental.articles, full.articles)
    pd.testing.assert_frame_equal(incremental.places, full.places)
    store.unlink()  # deleting the store is always safe
    pd.testing.assert_frame_equal(timeline.build(folder, published="2014-01-05", store=store).events, full.events)


def test_a_file_that_is_not_a_store_gives_a_clear_error(tmp_path):
    (tmp_path / "bad.sqlite").write_text("not a database " * 100)
    with pytest.raises(ValueError, match="not a result store") as raised:
        ResultStore(tmp_path / "bad.sqlite")
    assert "delete" not in str(raised.value)  # the file may be the user's own article, given to --store by mistake


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl"])
def test_streamed_events_equal_the_per_article_events_whatever_the_chunk_size(tmp_path, suffix):
    folder = corpus(tmp_path / "in", STORIES)
    expected = table.events_frame([row for r in run_local(read_articles(folder, published=None)) for row in r.events])
    for chunk_size in (1, 3, 1000):
        path = tmp_path / f"events-{chunk_size}{suffix}"
        summary = stream_events(folder, path, chunk_size=chunk_size)
        assert (summary.articles, summary.processed, summary.events) == (4, 4, len(expected))
        written = table.read_events(path)[list(expected.columns)]
        # CSV cannot tell an empty string from a missing value: compare with both as missing.
        pd.testing.assert_frame_equal(written.replace("", pd.NA), expected.replace("", pd.NA), check_dtype=False)


def test_interrupted_writer_leaves_no_file(tmp_path):
    path = tmp_path / "events.parquet"
    with pytest.raises(KeyboardInterrupt):
        with EventsWriter(path) as writer:
            writer.write(table.events_frame([]))
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_chunks_keep_input_order_and_pass_skipped_articles_through(tmp_path):
    articles = read_articles(STORIES + [" "])
    chunks = list(iter_results(articles, chunk_size=2))
    assert [len(chunk) for chunk in chunks] == [2, 2, 1]
    assert [r.article.id for chunk in chunks for r in chunk] == [a.id for a in articles]
    assert chunks[-1][0].article.status == "skipped"
