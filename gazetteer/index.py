"""The on-disk index format: one SQLite file of places and their folded names.

Tables:

- ``places(id, name, latitude, longitude, country_code, admin1, feature, population, geonameid, importance)``;
  ``importance`` orders places that share a name (population, discounted for provinces and districts so
  that "Baghdad" the city comes before Baghdad the province).
- ``names(key, loose, place)``: one row per distinct spelling of a place; ``key`` is :func:`~gazetteer.folding.fold`
  of the spelling and ``loose`` its :func:`~gazetteer.folding.loose_fold` (to prefer exact spellings).
- ``meta(name, value)``: ``format`` (:data:`FORMAT_VERSION`), ``stamp`` (what it was built from), ``keys`` (every key,
  newline-separated, loaded at once into a frozenset for :meth:`IndexReader.known`) and ``max_name_words``.

An index is written to a temporary file in the destination folder and renamed into place, so concurrent
processes (pytest workers, Dask workers) either see a complete index or none.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from gazetteer.exc import IndexBuildError
from gazetteer.folding import fold, loose_fold
from gazetteer.place import Place

#: Bumped whenever the schema or the folding rules change, so that cached indexes are rebuilt.
FORMAT_VERSION = "5"

_SCHEMA = """
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, latitude REAL NOT NULL, longitude REAL NOT NULL,
    country_code TEXT, admin1 TEXT, feature TEXT NOT NULL, population INTEGER, geonameid INTEGER,
    importance REAL NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, loose TEXT NOT NULL, place INTEGER NOT NULL);
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def cache_dir() -> Path:
    """Returns the folder of cached indexes: ``$GAZETTEER_CACHE_DIR``, else ``$XDG_CACHE_HOME/conflict-timeline``,
    else ``~/.cache/conflict-timeline``."""
    if os.environ.get("GAZETTEER_CACHE_DIR"):
        return Path(os.environ["GAZETTEER_CACHE_DIR"]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "conflict-timeline"


@dataclass(frozen=True, slots=True)
class IndexedPlace:
    """A place to write into an index, with every spelling of its name (the first is its own name)."""

    place: Place
    names: tuple[str, ...]
    importance: float


def write_index(path: Path, places: Iterable[IndexedPlace], stamp: str) -> Path:
    """Writes ``places`` as an index at ``path`` (atomically: temp file + rename) and returns ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            _fill(connection, places, stamp)
        finally:
            connection.close()
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _fill(connection: sqlite3.Connection, places: Iterable[IndexedPlace], stamp: str) -> None:
    connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
    keys: set[str] = set()
    max_words = 1
    place_rows, name_rows = [], []
    for number, entry in enumerate(places, start=1):
        p = entry.place
        place_rows.append((number, p.name, p.latitude, p.longitude, p.country_code, p.admin1, p.feature,
                           p.population, p.geonameid, entry.importance))
        seen: set[str] = set()
        for spelling in entry.names:
            loose = loose_fold(spelling)
            key = fold(spelling)
            if not key or loose in seen:
                continue
            seen.add(loose)
            keys.add(key)
            max_words = max(max_words, loose.count(" ") + 1)
            name_rows.append((key, loose, number))
        if len(name_rows) > 200_000:
            _flush(connection, place_rows, name_rows)
    _flush(connection, place_rows, name_rows)
    connection.execute("CREATE INDEX names_key ON names (key)")
    connection.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("format", FORMAT_VERSION), ("stamp", stamp), ("keys", "\n".join(sorted(keys))),
         ("max_name_words", str(max_words))],
    )
    connection.commit()


def _flush(connection: sqlite3.Connection, place_rows: list, name_rows: list) -> None:
    connection.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", place_rows)
    connection.executemany("INSERT INTO names VALUES (?,?,?)", name_rows)
    place_rows.clear()
    name_rows.clear()


def read_stamp(path: Path) -> str | None:
    """Returns the ``format:stamp`` an index at ``path`` was built with, or None when absent or unreadable."""
    if not Path(path).is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = dict(connection.execute("SELECT name, value FROM meta WHERE name IN ('format', 'stamp')"))
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return f"{rows.get('format')}:{rows.get('stamp')}"


@dataclass(frozen=True, slots=True)
class Entry:
    """A place found under a key, with the spellings that matched and its importance (see the module doc)."""

    place: Place
    importance: float
    spellings: tuple[str, ...]


class IndexReader:
    """Reads an index file: :meth:`known` from memory, :meth:`entries` from SQLite (read-only, thread-safe)."""

    def __init__(self, path: Path, source_label: str) -> None:
        self.path = Path(path)
        self.source_label = source_label
        try:
            self._connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            meta = dict(self._connection.execute("SELECT name, value FROM meta"))
        except sqlite3.Error as error:
            raise IndexBuildError(f"{self.path}: not a gazetteer index ({error})") from error
        if meta.get("format") != FORMAT_VERSION:
            raise IndexBuildError(f"{self.path}: index format {meta.get('format')}, expected {FORMAT_VERSION}")
        self.keys: frozenset[str] = frozenset(meta["keys"].split("\n")) if meta["keys"] else frozenset()
        self.max_name_words = int(meta["max_name_words"])
        self._places: dict[int, tuple[Place, float]] = {}
        # One connection serves every thread (Dask's threaded workers): reads take turns.
        self._lock = threading.RLock()
        # A news archive names the same places again and again: keep the recent answers.
        self._cached_entries = lru_cache(maxsize=32768)(self._read_entries)

    def known(self, key: str) -> bool:
        """Returns True when some place of the index has the key ``key``."""
        return key in self.keys

    def entries(self, key: str) -> tuple[Entry, ...]:
        """Returns the places whose key is ``key``, with the loose spellings that have this key."""
        if key not in self.keys:
            return ()
        return self._cached_entries(key)

    def _read_entries(self, key: str) -> tuple[Entry, ...]:
        spellings: dict[int, list[str]] = {}
        with self._lock:
            for loose, number in self._connection.execute("SELECT loose, place FROM names WHERE key = ?", (key,)):
                spellings.setdefault(number, []).append(loose)
            return tuple(Entry(*self._place(number), tuple(found)) for number, found in spellings.items())

    def _place(self, number: int) -> tuple[Place, float]:
        cached = self._places.get(number)
        if cached is None:
            row = self._connection.execute(
                "SELECT name, latitude, longitude, country_code, admin1, feature, population, geonameid, importance"
                " FROM places WHERE id = ?", (number,)).fetchone()
            place = Place(*row[:8], source=self.source_label)
            cached = self._places[number] = (place, row[8])
        return cached

    def places(self, feature: str | None = None, country_code: str | None = None) -> list[Place]:
        """Returns every place of the index with this ``feature`` and/or ``country_code`` (both optional)."""
        clauses, arguments = [], []
        for column, value in (("feature", feature), ("country_code", country_code)):
            if value is not None:
                clauses.append(f"{column} = ?")
                arguments.append(value)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        with self._lock:
            rows = self._connection.execute(f"SELECT id FROM places{where} ORDER BY importance DESC", arguments)
            return [self._place(number)[0] for (number,) in rows.fetchall()]
