"""Hostile and broken input: every input accounted for, the good ones still processed, no traceback."""

import json
import subprocess
import sys
import time

import pytest

import timeline
from timeline.ingest.decode import MAX_ARTICLE_BYTES

STORY = (
    "Militants killed five soldiers in an attack on an army checkpoint in Ramadi on Saturday, "
    "police said. Gunmen also attacked a police station in Baqubah, killing two officers."
)


@pytest.fixture(scope="module")
def broken(tmp_path_factory):
    folder = tmp_path_factory.mktemp("broken")
    (folder / "good.txt").write_text(STORY, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.html").write_text("  \n\t\n", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "nul.html").write_bytes(b"<p>text\x00\x00\x01\x02</p>")
    (folder / "latin1.txt").write_bytes(("Caf\u00e9 owners fled. " + STORY).encode("latin-1"))
    (folder / "huge.txt").write_bytes(b"Filler words about nothing. " * (MAX_ARTICLE_BYTES // 28 + 2))
    (folder / "rows.csv").write_text(f'text,date\n"{STORY}",2014-01-04\n"x","y","z"\n"{STORY}",2014-01-05\n', encoding="utf-8")
    (folder / "rows.jsonl").write_text(
        json.dumps({"text": STORY, "published": "2014-01-04"}) + "\n{broken json\n" + json.dumps({"title": "no text"}) + "\n",
        encoding="utf-8",
    )
    (folder / "report.pdf").write_bytes(b"%PDF-1.4")
    (folder / "manifest.csv").write_text(
        "file,published\ngood.txt,2014-01-04\nlatin1.txt,04/01/2014\nmissing.txt,2014-01-03\n", encoding="utf-8"
    )
    return folder


EXPECTED = {
    "good.txt": ("processed", ""),
    "empty.txt": ("skipped", "empty file"),
    "blank.html": ("skipped", "empty file"),
    "image.txt": ("skipped", "binary file"),
    "nul.html": ("skipped", "binary file"),
    "latin1.txt": ("processed", "read as Windows-1252"),
    "huge.txt": ("skipped", "oversize"),
    "rows.csv#2": ("processed", ""),
    "rows.csv#3": ("skipped", "line 3: malformed CSV"),
    "rows.csv#4": ("processed", ""),
    "rows.jsonl#1": ("processed", ""),
    "rows.jsonl#2": ("skipped", "line 2: malformed JSON"),
    "rows.jsonl#3": ("skipped", "line 3: no text"),
    "missing.txt": ("skipped", "named in the manifest (line 4) but not found"),
}


def test_every_input_is_accounted_for_and_good_events_come_out(broken):
    started = time.perf_counter()
    tl = timeline.build(broken, manifest=broken / "manifest.csv")
    assert time.perf_counter() - started < 60
    articles = {row.id: row for row in tl.articles.itertuples()}
    assert articles.pop("report.pdf").reason.startswith("unsupported file type (.pdf)")
    assert set(articles) == set(EXPECTED)
    for article_id, (status, reason) in EXPECTED.items():
        row = articles[article_id]
        assert row.status == status, article_id
        assert reason in (row.reason if isinstance(row.reason, str) else ""), (article_id, row.reason)
    assert "'04/01/2014' could be day/month or month/day" in articles["latin1.txt"].reason
    assert articles["good.txt"].published_source == "manifest"
    assert len(tl.events) > 0
    assert set(tl.events["article_id"]) <= {key for key, (status, _) in EXPECTED.items() if status == "processed"}


@pytest.mark.slow
def test_cli_reports_each_problem_without_a_traceback(broken, tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "timeline", "build", str(broken), "--manifest", str(broken / "manifest.csv"),
         "-o", str(tmp_path / "out.html"), "--events", str(tmp_path / "events.csv")],
        capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    for article_id in ("empty.txt", "image.txt", "huge.txt", "rows.csv#3", "rows.jsonl#2", "missing.txt"):
        assert f"skipped {article_id}:" in run.stderr
    assert (tmp_path / "out.html").is_file() and (tmp_path / "events.csv").is_file()


def test_an_article_that_is_only_page_furniture_is_skipped_with_the_reason(tmp_path):
    (tmp_path / "furniture.txt").write_text(
        "Read more\nMore on This Story\nCopyright \u00a9 2015 Example News. All rights reserved.\n", encoding="utf-8"
    )
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    tl = timeline.build(tmp_path)
    assert list(tl.skipped["id"]) == ["furniture.txt"]
    assert tl.skipped["reason"].iloc[0].startswith("only page furniture")
