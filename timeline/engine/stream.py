"""Writing the events table incrementally, so memory stays flat however large the corpus.

Parquet (row group by row group), CSV and JSON lines can be appended to; the rows go to a
temporary file beside the target, renamed into place only when the run completes.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

from timeline import table

STREAM_FORMATS = (".parquet", ".csv", ".jsonl")


class EventsWriter:
    """Appends events tables to ``path`` (.parquet, .csv or .jsonl); ``close()`` puts the file in place.

    Used as a context manager, an exception discards the partial file instead.
    """

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.format = self.path.suffix.lower()
        if self.format not in STREAM_FORMATS:
            raise ValueError(f"cannot stream events to {self.path.name}: use one of {', '.join(STREAM_FORMATS)}")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".part")
        os.close(handle)
        self._tmp = Path(name)
        self._parquet = None
        self.rows = 0

    def write(self, events: pd.DataFrame) -> None:
        """Appends ``events`` (conformed to the event columns)."""
        events = table.conform(events, {**table.EVENT_COLUMNS, **table.EXTRA_EVENT_COLUMNS})
        if self.format == ".parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            batch = pa.Table.from_pandas(events, preserve_index=False)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self._tmp, batch.schema)
            self._parquet.write_table(batch)
        elif len(events) or self.rows == 0:
            mode, header = ("w", True) if self.rows == 0 else ("a", False)
            if self.format == ".csv":
                events.to_csv(self._tmp, mode=mode, header=header, index=False)
            elif len(events):
                with self._tmp.open(mode, encoding="utf-8") as handle:
                    events.to_json(handle, orient="records", lines=True, force_ascii=False)
        self.rows += len(events)

    def close(self) -> Path:
        """Finishes the file and renames it into place; returns its path."""
        if self.format == ".parquet" and self._parquet is None:
            self.write(table.events_frame([]))
        if self._parquet is not None:
            self._parquet.close()
        os.replace(self._tmp, self.path)
        return self.path

    def discard(self) -> None:
        """Removes the partial file."""
        if self._parquet is not None:
            self._parquet.close()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> "EventsWriter":
        return self

    def __exit__(self, exc_type, *exc) -> None:
        if exc_type is None:
            self.close()
        else:
            self.discard()
