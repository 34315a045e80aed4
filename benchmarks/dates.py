"""Benchmark of :func:`timeline.dates.find_dates` on TimeBank and AQUAINT (TempEval-3 scorer).

Runs ``../shared/bench/score/timex.py`` on each corpus and writes ``benchmarks/results/dates.md``
beside the published figures of HeidelTime and dateparser. Usage (from the repository root)::

    nice python benchmarks/dates.py            # full run, writes the results table
    nice python benchmarks/dates.py --limit 20 --show 30   # iterate: first 20 docs, list errors
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
CORPORA = {"TimeBank": SHARED / "bench/dates/TBAQ-cleaned/TimeBank", "AQUAINT": SHARED / "bench/dates/TBAQ-cleaned/AQUAINT"}
RESULTS = ROOT / "benchmarks/results/dates.md"
# Published figures on the TempEval-3 news test set with the same scorer (../shared/bench/README.md).
REFERENCE = [("HeidelTime (Java, GPL), TE-3 test", "81.8", "90.7", "78.1", "~0.5"),
             ("dateparser.search_dates, TE-3 test", "", "70.5", "~33", "")]


def _scorer():
    path = SHARED / "bench/score/timex.py"
    if not path.exists():
        sys.exit(f"scorer not found: {path} (the benchmark data lives in ../shared beside the repository)")
    spec = importlib.util.spec_from_file_location("timex_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(limit: int | None = None, show: int = 0) -> dict[str, dict]:
    """Returns the scorer's figures for each corpus."""
    scorer = _scorer()
    return {name: scorer.score(str(folder), limit, show) for name, folder in CORPORA.items()}


def table(results: dict[str, dict], command: str) -> str:
    """Returns the results as a markdown table with the reference systems."""
    lines = ["# Dates: time expression recognition and normalisation", "",
             f"Produced by `{command}` (scorer: `../shared/bench/score/timex.py`).", "",
             "| system / corpus | docs | strict F1 | relaxed F1 | value F1 | type F1 | DATE value recall | docs/s |",
             "|---|---|---|---|---|---|---|---|"]
    for name, r in results.items():
        lines.append(f"| timeline.dates, {name} | {r['docs']} | {r['strict']['F1']} | {r['relaxed']['F1']} | "
                     f"{r['value_F1']} | {r['type_F1']} | {r['gold_DATE']['value_recall']} | {r['speed']['docs_per_s']} |")
    for name, strict, relaxed, value, speed in REFERENCE:
        lines.append(f"| {name} | | {strict} | {relaxed} | {value} | | | {speed} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="score only the first N documents of each corpus")
    parser.add_argument("--show", type=int, default=0, help="print this many errors per corpus")
    parser.add_argument("--no-write", action="store_true", help="print only, do not write the results file")
    args = parser.parse_args()
    results = run(args.limit, args.show)
    for name, r in results.items():
        errors = r.pop("examples_of_errors", [])
        print(name, json.dumps(r))
        for error in errors:
            print("  ", error)
    if not args.no_write and not args.limit:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(table(results, "nice python benchmarks/dates.py"))
        print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
