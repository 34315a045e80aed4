"""Manifests: a CSV naming article files and their publication dates.

Columns: ``file`` (path relative to the manifest), ``published`` (ISO date), optionally ``title``,
``publisher`` and ``url``. A manifest row naming a missing file, or stating an invalid date, is
reported; the other rows still count.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from dataclasses import dataclass
from pathlib import Path

from timeline.ingest.decode import UnreadableInput, decode
from timeline.ingest.published import date_problem, parse_date


@dataclass(slots=True)
class ManifestEntry:
    """One manifest row: the file it names and what it says about it (``problem`` when the row is faulty)."""

    path: Path
    line: int
    published: dt.date | None = None
    title: str = ""
    publisher: str = ""
    url: str = ""
    problem: str = ""


class Manifest:
    """The entries of a manifest CSV, looked up by the files they name."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise FileNotFoundError(f"no manifest at {self.path}")
        try:
            text = decode(self.path.read_bytes()).text
        except UnreadableInput as error:
            raise ValueError(f"manifest {self.path}: {error}") from None
        rows = csv.DictReader(io.StringIO(text))
        fields = {name.strip().lower(): name for name in rows.fieldnames or []}
        if "file" not in fields:
            raise ValueError(f"manifest {self.path} has no 'file' column (columns: {', '.join(rows.fieldnames or [])})")
        self.entries: list[ManifestEntry] = []
        self._by_path: dict[Path, ManifestEntry] = {}
        for row in rows:
            entry = self._entry({key.strip().lower(): (value or "").strip() for key, value in row.items() if key}, rows.line_num)
            if entry is not None:
                self.entries.append(entry)
                self._by_path.setdefault(entry.path, entry)

    def _entry(self, row: dict[str, str], line: int) -> ManifestEntry | None:
        if not row.get("file"):
            return None
        entry = ManifestEntry(
            path=(self.path.parent / row["file"]).resolve(), line=line,
            title=row.get("title", ""), publisher=row.get("publisher", ""), url=row.get("url", ""),
        )
        if row.get("published"):
            entry.published = parse_date(row["published"])
            if entry.published is None:
                entry.problem = f"manifest line {line}: published {date_problem(row['published'])}; ignored"
        return entry

    def get(self, path: str | os.PathLike) -> ManifestEntry | None:
        """Returns the entry naming ``path``, or None."""
        return self._by_path.get(Path(path).resolve())

    def missing(self) -> list[ManifestEntry]:
        """Returns the entries naming files that do not exist."""
        return [entry for entry in self.entries if not entry.path.is_file()]
