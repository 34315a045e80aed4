"""The result store: processed articles and their events in SQLite, keyed by content hash.

A re-run with the same store processes only new or changed articles. The key covers everything
that shapes an article's events (id, text, publication date, title, url, publisher), and the
store remembers the code that filled it: results made by another version of the package are
dropped, so a stored result is always what a fresh run would give. Deleting the file is always
safe; the next run simply does all the work again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import sqlite3
from functools import lru_cache
from pathlib import Path

from timeline.document import Article
from timeline.engine.local import ArticleResult

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY, article_id TEXT NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL,
    events TEXT NOT NULL, places TEXT NOT NULL
);
"""


def article_key(article: Article) -> str:
    """Returns the content hash of everything in ``article`` that its events depend on."""
    digest = hashlib.sha256()
    for part in (article.id, article.text, str(article.published or ""), article.published_source,
                 article.title, article.url, article.publisher):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Returns a hash of the installed ``timeline`` and ``gazetteer`` source and data files."""
    import gazetteer
    import timeline

    digest = hashlib.sha256()
    for package in (timeline, gazetteer):
        root = Path(package.__file__).parent
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in (".py", ".json", ".csv", ".tsv", ".txt", ".gz", ".bin", ".sqlite", ".pkl"):
                stat = path.stat()
                digest.update(f"{path.relative_to(root)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


class ResultStore:
    """Per-article results kept in an SQLite file at ``path`` (created when absent)."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(self.path)
            self._db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as error:
            raise ValueError(f"{self.path} is not a result store ({error}): name a new file for the store; it keeps the "
                             "results between runs and is created when missing") from None
        row = self._db.execute("SELECT value FROM meta WHERE key = 'code'").fetchone()
        self.reset = row is not None and row[0] != code_fingerprint()
        if self.reset or row is None:
            with self._db:
                self._db.execute("DELETE FROM results")
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('code', ?)", (code_fingerprint(),))

    def get(self, article: Article) -> ArticleResult | None:
        """Returns the stored result for ``article`` (as it is now), or None when it must be processed."""
        row = self._db.execute(
            "SELECT status, reason, events, places FROM results WHERE key = ?", (article_key(article),)
        ).fetchone()
        if row is None:
            return None
        article.status, article.reason = row[0], row[1]
        return ArticleResult(article, json.loads(row[2]), json.loads(row[3]))

    def put_many(self, results: list[ArticleResult]) -> None:
        """Stores ``results`` (articles skipped at ingest are not stored: reading them again is cheap)."""
        rows = [
            (article_key(r.article), r.article.id, r.article.status, r.article.reason,
             json.dumps(r.events, default=_plain, allow_nan=False), json.dumps(r.places, default=_plain, allow_nan=False))
            for r in (_without_nan(result) for result in results)
        ]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?)", rows)

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0]

    def close(self) -> None:
        """Closes the database."""
        self._db.close()

    def __enter__(self) -> "ResultStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _without_nan(result: ArticleResult) -> ArticleResult:
    def clean(row: dict) -> dict:
        return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}

    return ArticleResult(result.article, [clean(row) for row in result.events], [clean(row) for row in result.places])


def _plain(value: object) -> object:
    """Returns a JSON-ready form of values json cannot write (dates, numpy scalars, pandas NA)."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    if value is None or repr(value) == "<NA>":
        return None
    return str(value)
