"""The timeline command: build a timeline from articles, render an events table, or run the example."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from gazetteer import GazetteerError


def main(argv: list[str] | None = None) -> int:
    """Runs the command line; returns the exit status (0 ok, 2 bad input)."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except (OSError, ValueError, ImportError, GazetteerError) as error:
        print(f"timeline: error: {_message(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("timeline: interrupted; no output was half-written", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="example:\n  timeline build articles/ --published 2014-01-04 -o timeline.html --events events.csv\n\n"
        "Run 'timeline COMMAND --help' for the options of a command.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = commands.add_parser("build", help="articles -> events table + map/timeline page")
    build.add_argument("inputs", nargs="+", metavar="INPUT", help="files (.txt .html .jsonl .csv), folders or globs")
    _add_build_options(build)
    build.set_defaults(run=_run_build)

    render = commands.add_parser("render", help="events table (csv, parquet, geojson, jsonl) -> page")
    render.add_argument("events", metavar="EVENTS", help="an events table (.csv .parquet .geojson .jsonl), e.g. after review")
    render.add_argument("-o", "--output", required=True, metavar="OUT.html", help="the page to write")
    render.add_argument("--title", default="Conflict timeline", help="the page's title")
    render.set_defaults(run=_run_render)

    example = commands.add_parser("example", help="build the bundled example corpus (offline)")
    example.add_argument("-o", "--output", default="timeline-example.html", metavar="OUT.html",
                         help="the page to write (default: %(default)s)")
    example.add_argument("--events", metavar="EVENTS.csv", help="also write the events table")
    example.set_defaults(run=_run_example)
    return parser


def _add_build_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="OUT.html", help="the page (default: timeline.html; none with --stream)")
    parser.add_argument("--events", metavar="EVENTS.csv", help="also write the events table (.csv .parquet .geojson .jsonl)")
    parser.add_argument("--manifest", metavar="MANIFEST.csv", help="CSV with file, published[, title, publisher, url]")
    parser.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD", help="publication date for articles without one")
    parser.add_argument("--title", default="Conflict timeline", help="the page's title")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local: this process (default); dask: a Dask cluster (pip install \".[dask]\")")
    parser.add_argument("--workers", type=int, help="Dask: number of local workers")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="Dask: address of an existing scheduler")
    parser.add_argument("--store", metavar="PATH", help="SQLite store of earlier results: only new or changed articles are processed")
    parser.add_argument(
        "--stream", action="store_true",
        help="bounded memory for corpora larger than memory: write --events (.parquet .csv .jsonl) chunk by chunk, "
        "events not merged across articles, no page",
    )
    parser.add_argument("--chunk-size", type=int, default=1000, metavar="N", help="with --stream: articles per chunk (default: %(default)s)")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="progress bar on stderr (default: when stderr is a terminal)")


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def _run_build(args: argparse.Namespace) -> int:
    import timeline
    from timeline.core import stream_events

    engine_options = {k: v for k, v in (("workers", args.workers), ("scheduler", args.scheduler)) if v is not None}
    inputs = [Path(item) for item in args.inputs]  # on the command line, every input is a path or a glob
    if engine_options and args.engine != "dask":
        raise ValueError("--workers and --scheduler need --engine dask")
    _check_events_format(args.events)
    if args.stream:
        if not args.events or args.output:
            raise ValueError("--stream writes only the events table: give --events EVENTS.parquet and no -o")
        summary = stream_events(
            inputs, args.events, published=args.published, engine=args.engine, manifest=args.manifest,
            store=args.store, chunk_size=args.chunk_size, progress=args.progress, **engine_options,
        )
        _report_skipped(summary.skipped)
        print(f"wrote {args.events}: {_count(summary.events, 'event')} from {_count(summary.processed, 'article')}"
              + _skipped_summary(len(summary.skipped)))
        return 0
    tl = timeline.build(
        inputs, published=args.published, engine=args.engine, manifest=args.manifest, title=args.title,
        store=args.store, progress=args.progress, **engine_options,
    )
    if tl.articles.empty:
        raise ValueError(f"no articles found in {', '.join(args.inputs)} (articles are read from .txt, .html, .jsonl "
                         "and .csv files)")
    return _finish(tl, args.output or "timeline.html", args.events)


def _run_render(args: argparse.Namespace) -> int:
    from timeline import Timeline

    path = Path(args.events)
    if not path.is_file():
        raise FileNotFoundError(f"no events table at {path}")
    tl = Timeline.from_events(path, title=args.title)
    tl.to_html(args.output)
    print(f"wrote {args.output}: {_count(len(tl.events), 'event')}")
    return 0


def _run_example(args: argparse.Namespace) -> int:
    import timeline
    from timeline.examples import example_corpus, example_manifest

    _check_events_format(args.events)
    tl = timeline.build(example_corpus(), manifest=example_manifest(), title="Example: fictional conflict reports")
    return _finish(tl, args.output, args.events)


def _check_events_format(events_path: str | None) -> None:
    """Refuses an events table format that cannot be written before the work, not after it."""
    from timeline.table import EVENT_FORMATS

    suffix = Path(events_path).suffix.lower() if events_path else ""
    if events_path and suffix not in EVENT_FORMATS:
        raise ValueError(f"cannot write events as {suffix or 'a file without suffix'}: use one of {', '.join(EVENT_FORMATS)}")


def _report_skipped(articles) -> None:
    """Prints each skipped article with its reason, and each note on a processed one, to stderr."""
    for row in articles.itertuples():
        kind = "skipped" if row.status != "processed" else "note"
        if kind == "skipped" or isinstance(row.reason, str) and row.reason:
            print(f"{kind} {row.id}: {row.reason}", file=sys.stderr)


def _message(error: BaseException) -> str:
    if isinstance(error, OSError) and error.filename and error.strerror:
        return f"{error.filename}: {error.strerror}"
    return str(error)


def _finish(tl, output: str, events_path: str | None) -> int:
    _report_skipped(tl.articles)
    undated = tl.articles[(tl.articles["status"] == "processed") & tl.articles["published"].isna()]
    if len(undated):
        have = "has" if len(undated) == 1 else "have"
        print(f"note: {_count(len(undated), 'article')} ({_some(undated['id'].tolist())}) {have} no known publication "
              "date: their relative dates (\"on Saturday\") stay unresolved; give --published or --manifest",
              file=sys.stderr)
    tl.to_html(output)
    if events_path:
        tl.save_events(events_path)
    processed = len(tl.articles) - len(tl.skipped)
    located = int(tl.events["latitude"].notna().sum())
    print(
        f"wrote {output}: {_count(len(tl.events), 'event')} ({located} located) from {_count(processed, 'article')}"
        + _skipped_summary(len(tl.skipped))
        + (f"; events table {events_path}" if events_path else "")
    )
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _some(names: list[str], shown: int = 5) -> str:
    """Returns the first few names, and how many more there are, so a long list stays one line."""
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return ", ".join(names[:shown]) + more


def _skipped_summary(skipped: int) -> str:
    return f", {skipped} skipped (listed above, with the reason)" if skipped else ""
