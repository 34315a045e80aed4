"""Measures the embedded gazetteer index: build time, load time and memory, lookup speed.

    nice python benchmarks/gazetteer_index.py            # writes benchmarks/results/gazetteer_index.md

Build and load run in fresh subprocesses (the build into a temporary cache folder, so the user's cache is
untouched); load figures are the median of five runs, memory is the process' maximum resident set size.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results" / "gazetteer_index.md"

_BUILD = """
import json, resource, time
start = time.perf_counter()
from gazetteer.build import ensure_embedded_index
path = ensure_embedded_index(quiet=True)
print(json.dumps({"seconds": time.perf_counter() - start, "path": str(path),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "cpu_seconds": resource.getrusage(resource.RUSAGE_SELF).ru_utime}))
"""

_LOAD = """
import json, resource, time, timeit
start = time.perf_counter()
import gazetteer
gz = gazetteer.Gazetteer()
loaded = time.perf_counter() - start
names = ["Falluja", "Ramadi", "al-Qaim", "Baquba", "Mosul", "Springfield", "Washington", "Paris", "Qqxzzy", "Anbar"]
lookup_us = timeit.timeit(lambda: [gz.lookup(n) for n in names], number=20) / (20 * len(names)) * 1e6
known_us = timeit.timeit(lambda: gz.known("falluja") or gz.known("qqxzzy"), number=200000) / 400000 * 1e6
source = gz.sources[-1]
print(json.dumps({"seconds": loaded, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "lookup_us": lookup_us, "known_us": known_us, "keys": len(source.keys),
                  "max_name_words": gz.max_name_words}))
"""


def _run(script: str, env: dict) -> dict:
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True,
                            env=env, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def _time_whole_process(env: dict) -> str:
    """Returns wall clock and max RSS of a whole Python process loading the gazetteer, per GNU time."""
    if not Path("/usr/bin/time").is_file():
        return "(GNU time not installed)"
    code = "import gazetteer; gazetteer.Gazetteer().lookup('Falluja')"
    done = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-c", code], capture_output=True, text=True, env=env)
    lines = {line.split(":")[0].strip(): line.rsplit(" ", 1)[-1] for line in done.stderr.splitlines() if ":" in line}
    wall = lines.get("Elapsed (wall clock) time (h", "?")
    rss = int(lines.get("Maximum resident set size (kbytes)", "0")) / 1024
    return f"{wall} wall clock, {rss:.0f} MB max RSS"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="load runs (median reported)")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "GAZETTEER_CACHE_DIR": cache}
        build = _run(_BUILD, env)
        size_mb = Path(build["path"]).stat().st_size / 2**20
        loads = [_run(_LOAD, env) for _ in range(arguments.runs)]
        whole = _time_whole_process(env)
    load = {key: statistics.median(run[key] for run in loads) for key in loads[0]}
    table = textwrap.dedent(f"""\
        # Gazetteer index: build, load, memory, lookup

        Command: `nice python benchmarks/gazetteer_index.py` (2 shared CPU cores; build into a fresh cache folder,
        load = median of {arguments.runs} fresh processes: `import gazetteer; gazetteer.Gazetteer()`).

        | measure | value |
        |---|---|
        | build, wall clock | {build['seconds']:.1f} s |
        | build, CPU time | {build['cpu_seconds']:.1f} s |
        | build, max RSS | {build['rss_mb']:.0f} MB |
        | index file (SQLite) | {size_mb:.0f} MB |
        | distinct name keys | {int(load['keys']):,} |
        | longest name (words) | {int(load['max_name_words'])} |
        | load (import + open + key set), wall clock | {load['seconds']:.2f} s |
        | load, max RSS of the process | {load['rss_mb']:.0f} MB |
        | `gz.known(key)` | {load['known_us']:.2f} µs |
        | `gz.lookup(name)` (10 mixed names, warm) | {load['lookup_us']:.0f} µs |
        | whole process, `/usr/bin/time -v python -c "import gazetteer; gazetteer.Gazetteer().lookup('Falluja')"` | {whole} |
        """)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(table, encoding="utf-8")
    print(table)


if __name__ == "__main__":
    main()
