"""Tables of articles: .jsonl and .csv files, read row by row, and pandas DataFrames.

Columns are matched case-insensitively, with common synonyms (``body``/``content`` for the text,
``date`` for the publication date...). A bad row is skipped with its line number; the other rows
are still read. Each row becomes one :class:`~timeline.document.Article`, id from the id column or
``file.jsonl#LINE``.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Iterator, Mapping

import pandas as pd

from timeline.document import Article
from timeline.ingest.decode import MAX_ARTICLE_BYTES, UnreadableInput, check_not_binary, size_text
from timeline.ingest.published import date_problem, parse_date

# field -> accepted column names, most specific first (compared lower-cased, spaces and dashes as "_").
COLUMN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "article_text", "full_text", "fulltext", "maintext", "story"),
    "published": ("published", "published_at", "publish_date", "publication_date", "date_published", "datepublished",
                  "pubdate", "date", "dct", "seendate", "published_time", "created_at", "timestamp"),
    "title": ("title", "headline", "heading"),
    "url": ("url", "link", "source_url", "sourceurl", "href", "uri"),
    "id": ("id", "article_id", "doc_id", "docid", "uid", "guid", "key"),
    "publisher": ("publisher", "source", "outlet", "site_name", "domain", "sourcecommonname"),
}
TEXT_COLUMN_ADVICE = "name the column that holds the article text 'text' (or body, content, article)"
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class NoTextColumn(Exception):
    """The table has no column holding article text; the message names the columns it has and what to do."""

    def __init__(self, columns: list[str]) -> None:
        self.columns = columns
        super().__init__(f"no text column (columns: {', '.join(columns)[:160]}): {TEXT_COLUMN_ADVICE}")


def match_columns(columns: list[str]) -> dict[str, str]:
    """Returns field -> the column of ``columns`` holding it (fields without a column left out)."""
    normalised = {str(column).strip().lower().replace(" ", "_").replace("-", "_"): column for column in columns}
    found = {}
    for field, synonyms in COLUMN_SYNONYMS.items():
        for synonym in synonyms:
            if synonym in normalised:
                found[field] = normalised[synonym]
                break
    return found


def row_article(row: Mapping, columns: dict[str, str], default_id: str, path: str = "") -> Article:
    """Returns the Article of one table row (skipped, with the reason, when it has no usable text)."""

    def value(field: str) -> object:
        raw = row.get(columns[field]) if field in columns else None
        return None if _missing(raw) else raw

    def string(field: str) -> str:
        raw = value(field)
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)  # an id column with gaps is read as floats: 7.0 is id 7
        return "" if raw is None else json.dumps(raw) if isinstance(raw, (dict, list)) else str(raw).strip()

    text = value("text")
    text = text if isinstance(text, str) else string("text")
    article = Article(id=string("id") or default_id, text=text, title=string("title"), url=string("url"),
                      publisher=string("publisher"), path=path)
    published = value("published")
    if published is not None and published != "":
        article.published = parse_date(published)
        if article.published is not None:
            article.published_source = "input"
        else:
            article.reason = f"published value {date_problem(published)}; ignored"
    if not text.strip():
        return article.skip("no text")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_ARTICLE_BYTES:
        article.text = ""
        return article.skip(f"oversize text ({size_text(size)}, limit {size_text(MAX_ARTICLE_BYTES)})")
    return article


def _missing(value: object) -> bool:
    """Returns True for None, NaN, NaT and pd.NA (what a table holds in an empty cell)."""
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists, dicts and arrays are values, not missing
        return False


def read_jsonl(path: Path, display: str) -> Iterator[Article]:
    """Yields one Article per line of a JSON-lines file; bad lines are yielded as skipped.

    Raises :class:`UnreadableInput` for a binary file or a JSON array (one reason for the file,
    not one "malformed JSON" per line of it).
    """
    columns: dict[str, str] | None = None
    with path.open("rb") as handle:
        head = handle.read(8192)
        check_not_binary(head)
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
            raise UnreadableInput("a JSON array, not JSON lines: put one article object on each line "
                                  "(for example: jq -c '.[]' articles.json > articles.jsonl)")
        handle.seek(0)
        for number, raw in enumerate(handle, start=1):
            line_id = f"{display}#{number}"
            if not raw.strip():
                continue
            note = ""
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                line, note = raw.decode("cp1252", errors="replace"), "not valid UTF-8: read as Windows-1252"
            try:
                record = json.loads(line)
            except (ValueError, RecursionError) as error:
                reason = getattr(error, "msg", None) or "nested too deeply"
                yield Article(id=line_id, text="", path=str(path)).skip(f"line {number}: malformed JSON ({reason})")
                continue
            if not isinstance(record, dict):
                yield Article(id=line_id, text="", path=str(path)).skip(f"line {number}: not a JSON object")
                continue
            row_columns = match_columns(list(record)) if columns is None or columns.get("text") not in record else columns
            if "text" not in row_columns:
                yield Article(id=line_id, text="", path=str(path)).skip(
                    f"line {number}: no text field (fields: {', '.join(map(str, record))[:120]}): "
                    + TEXT_COLUMN_ADVICE.replace("column", "field")
                )
                continue
            columns = row_columns
            article = row_article(record, columns, line_id, str(path))
            if note and not article.reason:
                article.reason = note
            yield article


def read_csv(path: Path, display: str) -> Iterator[Article]:
    """Yields one Article per row of a CSV file, streamed; bad rows are yielded as skipped.

    Raises :class:`NoTextColumn` when no column holds article text, :class:`UnreadableInput`
    for an empty or binary file.
    """
    encoding, note = _sniff_encoding(path)
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        delimiter = _sniff_delimiter(handle.readline())
        handle.seek(0)
        yield from _read_csv_rows(csv.reader(handle, delimiter=delimiter), path, display, note)


def _sniff_delimiter(header: str) -> str:
    """Returns the delimiter the header line uses most: spreadsheets in many locales save with ";" or tabs."""
    counts = {delimiter: header.count(delimiter) for delimiter in ",;\t|"}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _sniff_encoding(path: Path) -> tuple[str, str]:
    """Returns the encoding of a (possibly huge) text file judged from its first megabyte, and a note."""
    with path.open("rb") as handle:
        sample = handle.read(1 << 20)
    check_not_binary(sample)
    try:
        sample.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 4:  # not merely a character cut at the sample's end
            return "cp1252", "not valid UTF-8: read as Windows-1252"
    return "utf-8-sig", ""


def _read_csv_rows(reader, path: Path, display: str, note: str) -> Iterator[Article]:
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise UnreadableInput("empty file") from None
    columns = match_columns(header)
    if "text" not in columns:
        raise NoTextColumn(header)
    line = reader.line_num
    while True:
        start = line + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            line = reader.line_num
            yield Article(id=f"{display}#{start}", text="", path=str(path)).skip(f"line {start}: malformed CSV ({error})")
            continue
        line = reader.line_num
        if not fields:  # a blank line; a row of blank fields is an article with no text, reported as skipped
            continue
        row_id = f"{display}#{start}"
        if len(fields) != len(header):
            where = f"line {start}" if line == start else f"lines {start}-{line}"
            yield Article(id=row_id, text="", path=str(path)).skip(
                f"{where}: malformed CSV ({len(fields)} fields, the header has {len(header)}; an unclosed quote?)"
            )
            continue
        article = row_article(dict(zip(header, fields)), columns, row_id, str(path))
        if note and not article.reason:
            article.reason = note
        yield article


def read_frame(frame: pd.DataFrame) -> Iterator[Article]:
    """Yields one Article per row of ``frame`` (needs a text column; ids from an id column or ``row-N``)."""
    columns = match_columns([str(column) for column in frame.columns])
    if "text" not in columns:
        raise ValueError(f"the DataFrame has no text column (columns: {', '.join(map(str, frame.columns))}): "
                         + TEXT_COLUMN_ADVICE)
    by_name = {str(column): column for column in frame.columns}
    columns = {field: by_name[name] for field, name in columns.items()}
    for position, record in enumerate(frame.to_dict(orient="records"), start=1):
        yield row_article(record, columns, f"row-{position}")
