"""Writes benchmarks/README.md from the result files the benchmark scripts leave in benchmarks/results/.

    python benchmarks/collect.py

Each benchmark script (geoparse.py, dates.py, events.py, render.py, throughput.py, gazetteer_*.py) writes its own
markdown table with the command that produced it; this page puts them together in a fixed order.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["geoparse", "gazetteer_index", "gazetteer_lookup", "dates", "events", "events_review", "throughput", "render"]
INTRO = """# Benchmarks

Measured against the public gold corpora in `../shared/bench/` with the scorers in `../shared/bench/score/` (the
same scorers the acceptance checks run on held-out sets). Each section below is written by its script in
`benchmarks/`; run a script from the repository root to refresh its section, then `python benchmarks/collect.py`.
Figures are from a 2-core machine shared with other work, so speeds are conservative (CPU-time rates are given
where the scripts measure them).
"""


def main() -> None:
    results = HERE / "results"
    names = [name for name in ORDER if (results / f"{name}.md").is_file()]
    names += sorted(p.stem for p in results.glob("*.md") if p.stem not in ORDER)
    sections = [(results / f"{name}.md").read_text(encoding="utf-8").strip() for name in names]
    body = "\n\n".join(_demote(section) for section in sections)
    (HERE / "README.md").write_text(f"{INTRO}\n{body}\n", encoding="utf-8")


def _demote(section: str) -> str:
    """Returns ``section`` with its headings one level down, so that each file becomes a section of the page."""
    return "\n".join("#" + line if line.startswith("#") else line for line in section.splitlines())


if __name__ == "__main__":
    main()
