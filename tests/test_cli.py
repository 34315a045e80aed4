"""The ``timeline`` command, run as a user runs it: a real process, its exit status and its messages."""

import re
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from timeline import table


def timeline_cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "timeline", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=600)


def test_build_on_the_seeds_writes_the_page_and_the_events(seeds_dir, tmp_path):
    run = timeline_cli("build", seeds_dir, "--manifest", seeds_dir / "manifest.csv", "-o", "X.html",
                       "--events", "Y.csv", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    page = (tmp_path / "X.html").read_text(encoding="utf-8")
    assert "timeline" in page
    events = table.read_events(tmp_path / "Y.csv")
    assert len(events) > 0
    assert set(events["article_id"]) <= {p.name for p in seeds_dir.glob("*.txt")}
    assert "manifest.csv" not in run.stderr  # the manifest given with --manifest is not an input article


def test_render_rewrites_a_page_from_an_events_table(seeds_dir, tmp_path):
    assert timeline_cli("build", seeds_dir, "--manifest", seeds_dir / "manifest.csv", "--events", "e.parquet",
                        "-o", "a.html", cwd=tmp_path).returncode == 0
    run = timeline_cli("render", "e.parquet", "-o", "b.html", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "b.html").stat().st_size > 1000


@pytest.mark.parametrize(
    "args, message",
    [
        (["build", "nowhere"], "no such file or folder: nowhere"),
        (["build", "nowhere/*.txt"], "no such file or folder"),
        (["render", "missing.csv", "-o", "x.html"], "no events table at missing.csv"),
        (["build", ".", "--manifest", "missing.csv"], "no manifest at missing.csv"),
        (["build", ".", "--published", "yesterday"], "not a date in YYYY-MM-DD form"),
        (["build", ".", "--workers", "2"], "--workers and --scheduler need --engine dask"),
        (["build", ".", "--stream", "-o", "x.html"], "--stream writes only the events table"),
        (["render", "events.txt", "-o", "x.html"], "error: cannot read events from events.txt: use one of .csv"),
        (["build", "events.txt", "--events", "out.xlsx", "-o", "x.html"], "cannot write events as .xlsx: use one of"),
        (["build", "empty"], "no articles found in empty (articles are read from .txt, .html, .jsonl and .csv files)"),
        (["build", "events.txt", "-o", "blocker/x.html"], "blocker/x.html: cannot write the page"),
    ],
)
def test_bad_input_gives_a_message_and_no_traceback(tmp_path, args, message):
    (tmp_path / "events.txt").write_text("not a table")
    (tmp_path / "empty").mkdir()
    (tmp_path / "blocker").write_text("a file where a folder is expected")
    run = timeline_cli(*args, cwd=tmp_path)
    assert run.returncode == 2
    assert message in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "x.html").exists()


def test_the_summary_counts_in_words_and_points_to_the_skipped(tmp_path):
    (tmp_path / "a.txt").write_text("Gunmen killed two policemen in Mosul on Friday.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    run = timeline_cli("build", "a.txt", "b.txt", "-o", "x.html", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "skipped b.txt: empty file" in run.stderr
    assert "note: 1 article (a.txt) has no known publication date" in run.stderr
    assert re.fullmatch(r"wrote x.html: (1 event|\d+ events) \(\d+ located\) from 1 article, "
                        r"1 skipped \(listed above, with the reason\)\n", run.stdout), run.stdout


@pytest.mark.parametrize("command", [[], ["build"], ["render"], ["example"]])
def test_help_is_plain_words_with_every_option_explained(tmp_path, command):
    run = timeline_cli(*command, "--help", cwd=tmp_path)
    assert run.returncode == 0
    assert "``" not in run.stdout
    lines = run.stdout.splitlines()
    for number, line in enumerate(lines):
        if line.startswith("  -") and "--help" not in line:
            # The help follows the option after a gap of spaces, or on the next line when the option is long.
            explained = re.search(r"\S\s{2,}\S", line.strip()) or lines[number + 1].startswith(" " * 20)
            assert explained, line


def test_stream_with_a_store_writes_parquet_and_reruns(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Gunmen killed two policemen in Mosul on Friday.", encoding="utf-8")
    for _ in range(2):
        run = timeline_cli("build", "in", "--published", "2014-01-05", "--stream", "--events", "e.parquet",
                           "--store", "store.sqlite", "--chunk-size", "10", cwd=tmp_path)
        assert run.returncode == 0, run.stderr
    assert "from 1 article\n" in run.stdout
    assert (tmp_path / "store.sqlite").is_file()
    assert len(pd.read_parquet(tmp_path / "e.parquet")) >= 0
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.slow
def test_render_of_100000_events_writes_a_page(tmp_path):
    rng = np.random.default_rng(0)
    n = 100_000
    days = pd.to_datetime("2014-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D")
    events = pd.DataFrame({
        "event_id": [f"e{i}" for i in range(n)], "article_id": [f"a{i % 5000}.txt" for i in range(n)],
        "date": days.strftime("%Y-%m-%d"), "event_type": "Battles", "sub_event_type": "Armed clash",
        "location": "Somewhere", "latitude": rng.uniform(29, 37, n), "longitude": rng.uniform(39, 48, n),
        "geo_precision": 1, "fatalities": rng.integers(0, 20, n), "evidence": "Fighting was reported.",
    })
    table.write_events(table.conform(events, table.EVENT_COLUMNS), tmp_path / "big.csv")
    run = timeline_cli("render", "big.csv", "-o", "big.html", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "100000 events" in run.stdout
    assert (tmp_path / "big.html").stat().st_size > 1_000_000
