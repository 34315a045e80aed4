"""Benchmark of the page at scale: `timeline render` on a synthetic table of 100,000 events, then the page in
headless Chromium with every network request refused (time until ready, console errors, file size, the time
a filter and a brush take).

Run from the repository root:  nice python benchmarks/render.py [--events 100000] [--runs 3]
Writes benchmarks/results/render.md. The events are made up (tests/render/synthetic.py); no shared data is needed.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.render.browser import CHROMIUM, CHROMIUM_ARGS, open_offline  # noqa: E402
from tests.render.synthetic import synthetic_events  # noqa: E402


def measure_page(path: Path, runs: int) -> dict:
    """Returns page-ready times (wall, from navigation; in-page, from navigation start) and what went wrong."""
    from playwright.sync_api import sync_playwright

    walls, in_page, errors, requests, filter_ms, brush_ms = [], [], [], [], [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for _ in range(runs):
            started = time.perf_counter()
            page, log = open_offline(browser, path)
            walls.append(time.perf_counter() - started)
            in_page.append(page.evaluate("timelinePage.readyAt") / 1000)
            filter_ms.append(page.evaluate("""() => { const t = performance.now();
                document.querySelector("#type-legend input[data-type='Battles']").click();
                return performance.now() - t; }"""))
            box = page.locator("#timeline-canvas").bounding_box()
            y = box["y"] + box["height"] / 2
            page.mouse.move(box["x"] + box["width"] * 0.4, y)
            page.mouse.down()
            started = time.perf_counter()
            page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=2)
            page.evaluate("timelinePage.shownCount()")  # returns once the brush has been applied and drawn
            brush_ms.append((time.perf_counter() - started) * 1000)
            page.mouse.up()
            errors += log.errors
            requests += log.requests
            page.context.close()
        browser.close()
    return {"wall": walls, "in_page": in_page, "errors": errors, "requests": requests,
            "filter_ms": filter_ms, "brush_ms": brush_ms}


SCENARIOS = (("short evidence (~70 characters)", 0), ("long evidence (~340 characters, none repeated)", 40))


def measure_scenario(events: int, extra_words: int, runs: int) -> dict:
    """Returns the figures for one synthetic table: render time, sizes, and the browser measures."""
    with tempfile.TemporaryDirectory() as tmp:
        table, page = Path(tmp) / "events.csv", Path(tmp) / "page.html"
        synthetic_events(events, extra_words=extra_words).to_csv(table, index=False)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "timeline", "render", str(table), "-o", str(page)], check=True)
        figures = {"render": time.perf_counter() - started, "size_mb": page.stat().st_size / 1e6,
                   "table_mb": table.stat().st_size / 1e6}
        if CHROMIUM.exists():
            figures.update(measure_page(page, runs))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--output", type=Path, default=REPO / "benchmarks" / "results" / "render.md")
    args = parser.parse_args(argv)
    results = [(name, measure_scenario(args.events, words, args.runs)) for name, words in SCENARIOS]
    median = statistics.median
    lines = [
        "# Render benchmark: the page at scale",
        "",
        f"Command: `nice python benchmarks/render.py --events {args.events} --runs {args.runs}` "
        f"({time.strftime('%Y-%m-%d')}, {platform.machine()}, 2 cores shared with other work; synthetic events from "
        "tests/render/synthetic.py). Page ready: from `goto` until the page has drawn map, timeline and counts, in "
        "headless Chromium with every request refused (median of the runs).",
        "",
        "| measure | " + " | ".join(name for name, _ in results) + " | target |",
        "|---|" + "---|" * len(results) + "---|",
        "| events | " + " | ".join(f"{args.events:,}" for _ in results) + " | 100,000 |",
        "| `timeline render` (CSV in, page out) | "
        + " | ".join(f"{r['render']:.1f} s ({r['table_mb']:.0f} MB CSV)" for _, r in results) + " | |",
        "| page size | " + " | ".join(f"{r['size_mb']:.1f} MB" for _, r in results) + " | < 40 MB |",
    ]
    if CHROMIUM.exists():
        lines += [
            "| page ready (runs) | " + " | ".join(
                f"**{median(r['wall']):.2f} s** ({', '.join(f'{w:.2f}' for w in r['wall'])})" for _, r in results) + " | < 5 s |",
            "| of which in the page, from navigation start | " + " | ".join(f"{median(r['in_page']):.2f} s" for _, r in results) + " | |",
            "| type filter: refilter + redraw | " + " | ".join(f"{median(r['filter_ms']):.0f} ms" for _, r in results) + " | |",
            "| brush drag step: refilter + redraw | " + " | ".join(f"{median(r['brush_ms']):.0f} ms" for _, r in results) + " | |",
            "| console errors | " + " | ".join(str(len(r["errors"])) for _, r in results) + " | 0 |",
            "| network requests attempted | " + " | ".join(str(len(r["requests"])) for _, r in results) + " | 0 |",
        ]
    else:
        lines.append("| browser | skipped: /usr/bin/chromium absent | |")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
