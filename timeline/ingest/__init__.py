"""Ingest: any supported source in, :class:`~timeline.document.Article` objects out, every input accounted for.

Sources: a file (.txt, .html/.htm, .jsonl, .csv), a folder (read recursively; hidden files and
folders are ignored, other files are listed as skipped), a glob, a list of those, a pandas
DataFrame (a text column; optional published/title/url/id/publisher) or a list of strings (each
string an article's text, unless it names an existing file, a glob or a file with a supported
suffix; a single string is always a path).

Every input yields an Article: ``status`` is ``"processed"`` or ``"skipped"`` with the ``reason``
(empty or binary file, unsupported file type, malformed CSV/JSON line, oversize: a .txt/.html
file or a row's text above 20 MB is skipped, not truncated, see ``decode.MAX_ARTICLE_BYTES``;
only page furniture, found by :func:`clean`);
a processed article may carry a note in ``reason`` (an encoding fallback, an ignored bad date).
Ids: a file's name (its path within the input folder when two files share a name), a table
row's id column or ``file.jsonl#LINE``, ``row-N`` for a DataFrame, ``text-N`` for a list of strings.

Publication date, first found wins (``published_source`` records which):
manifest > the input's own column (``input``) > HTML metadata (``metadata``) > the text's own
"Date created"/"Published" label or dateline (``text``) > ``published=``/``--published``
(``option``, a default for articles without a date of their own) > a "last updated" time (an
upper bound, used only as a last resort and noted in ``reason``). When none is known the article
keeps ``published=None`` and ``published_source=""``: its relative dates stay unresolved.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from timeline.document import Article, Doc
from timeline.ingest.decode import MAX_ARTICLE_BYTES, UnreadableInput, decode, size_text
from timeline.ingest.furniture import remove_furniture
from timeline.ingest.htmlpage import read_html
from timeline.ingest.manifest import Manifest
from timeline.ingest.published import find_text_dates, parse_date
from timeline.ingest.tables import NoTextColumn, read_csv, read_frame, read_jsonl

__all__ = ["SUFFIXES", "Source", "clean", "iter_articles", "parse_date", "read_articles"]

Source = str | os.PathLike | pd.DataFrame | Iterable[str | os.PathLike]
SUFFIXES = (".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".csv")
_GLOB_CHARS = ("*", "?", "[")
_NOTHING_THERE = ("not found", "no file matches this pattern")


def read_articles(
    source: Source,
    published: dt.date | None = None,
    manifest: str | os.PathLike | Manifest | None = None,
) -> list[Article]:
    """Returns one Article per input article, skipped ones included with their reason.

    Raises FileNotFoundError when no input exists at all, ValueError for a DataFrame without a
    text column or a faulty manifest.
    """
    return list(iter_articles(source, published=published, manifest=manifest))


def iter_articles(
    source: Source,
    published: dt.date | None = None,
    manifest: str | os.PathLike | Manifest | None = None,
) -> Iterator[Article]:
    """Yields the articles of ``source`` one at a time (tables are streamed): see :func:`read_articles`."""
    if manifest is not None and not isinstance(manifest, Manifest):
        manifest = Manifest(manifest)
    if isinstance(source, (pd.DataFrame, pd.Series)):
        rows = read_frame(source) if isinstance(source, pd.DataFrame) else _texts(source.tolist())
        articles = ((article, None) for article in rows)
    else:
        # A single string is always a path: a typo must be reported, not read as an article's text.
        items = [Path(source)] if isinstance(source, (str, os.PathLike)) else list(source)
        texts = [item for item in items if isinstance(item, str) and not _looks_like_path(item)]
        paths = [item for item in items if not (isinstance(item, str) and not _looks_like_path(item))]
        if texts and paths:
            raise ValueError("a source list mixes article texts and paths: pass one kind")
        articles = ((article, None) for article in _texts(texts)) if texts else _files(paths, manifest)
    for article, modified in articles:
        yield _settle_published(article, published, modified)
    if manifest is not None:
        for entry in manifest.missing():
            yield Article(id=entry.path.name, text="", path=str(entry.path)).skip(
                f"named in the manifest (line {entry.line}) but not found"
            )


def clean(doc: Doc) -> Doc:
    """Pipeline component: sets ``doc.text`` to the article text without page furniture.

    All offsets in the events and places tables refer to this cleaned text. An article that is
    nothing but furniture is skipped with the reason, rather than counted as read and found empty.
    """
    doc.text = remove_furniture(doc.article.text)
    if not doc.text.strip() and doc.article.status == "processed":
        doc.article.skip("only page furniture (link lists, copyright or author lines): no article text")
    return doc


def _looks_like_path(item: str) -> bool:
    if "\n" in item or len(item) > 4096:
        return False
    if os.path.exists(item) or "*" in item or item.lower().endswith(SUFFIXES):
        return True
    return not any(c.isspace() for c in item) and ("/" in item or "\\" in item)


def _texts(texts: list) -> Iterator[Article]:
    for position, text in enumerate(texts, start=1):
        article = Article(id=f"text-{position}", text=text if isinstance(text, str) else "")
        yield article if article.text.strip() else article.skip("no text")


def _files(items: list[str | os.PathLike], manifest: Manifest | None) -> Iterator[tuple[Article, dt.date | None]]:
    """Yields each file's articles with the last-update time its page states (or None)."""
    found_any = False
    missing: list[str] = []
    seen_names: set[str] = set()
    for item in items:
        for path, root, problem in _expand(item):
            if problem in _NOTHING_THERE:
                missing.append(str(path))
                yield Article(id=str(path), text="", path=str(path)).skip(problem), None
                continue
            found_any = True
            if manifest is not None and path.resolve() == manifest.path.resolve():
                continue  # the manifest itself, found in an input folder
            name = path.name if path.name not in seen_names else path.relative_to(root).as_posix() if root else str(path)
            seen_names.add(path.name)
            if problem:
                yield Article(id=name, text="", path=str(path)).skip(problem), None
                continue
            for article, modified in _read_file(path, name):
                yield _apply_manifest(article, manifest, path), modified
    if not found_any and missing:
        hint = "; to build from an article's text, pass a list of texts" if any(" " in name for name in missing) else ""
        raise FileNotFoundError(f"no such file or folder: {', '.join(missing)}{hint}")


def _expand(item: str | os.PathLike) -> Iterator[tuple[Path, Path | None, str]]:
    """Yields (file, the folder it was found in, problem) for one input item."""
    path = Path(item)
    if path.is_dir():
        for file in sorted(path.rglob("*")):
            relative = file.relative_to(path)
            if any(part.startswith(".") for part in relative.parts) or not file.is_file():
                continue
            yield file, path, _suffix_problem(file)
    elif path.is_file():
        yield path, None, _suffix_problem(path)
    elif any(c in str(item) for c in _GLOB_CHARS):
        matches = sorted(glob.glob(str(item), recursive=True))
        if not matches:
            yield path, None, "no file matches this pattern"
        for match in matches:
            yield from _expand(match)
    else:
        yield path, None, "not found"


def _suffix_problem(path: Path) -> str:
    """Returns why a file of this type is not read ("" when it is), naming the types that are."""
    suffix = path.suffix.lower()
    if suffix in SUFFIXES:
        return ""
    return f"unsupported file type{f' ({suffix})' if suffix else ''}: articles are read from .txt, .html, .jsonl and .csv files"


def _read_file(path: Path, name: str) -> Iterator[tuple[Article, dt.date | None]]:
    suffix = path.suffix.lower()
    try:
        if suffix in (".jsonl", ".ndjson"):
            yield from ((article, None) for article in read_jsonl(path, name))
            return
        if suffix == ".csv":
            yield from ((article, None) for article in read_csv(path, name))
            return
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise UnreadableInput(f"oversize file ({size_text(size)}, limit {size_text(MAX_ARTICLE_BYTES)} per article)")
        decoded = decode(path.read_bytes())
    except NoTextColumn as error:
        reason = str(error)
        if "file" in (column.strip().lower() for column in error.columns):
            reason = "a manifest (a 'file' column, no text): pass it with --manifest"
        yield Article(id=name, text="", path=str(path)).skip(reason), None
        return
    except UnreadableInput as error:
        yield Article(id=name, text="", path=str(path)).skip(str(error)), None
        return
    except OSError as error:
        yield Article(id=name, text="", path=str(path)).skip(f"cannot read: {error.strerror or error}"), None
        return
    article = Article(id=name, text=decoded.text, path=str(path), reason=decoded.note)
    modified = None
    if suffix in (".html", ".htm"):
        page = read_html(decoded.text)
        article.text, article.title, article.url, article.publisher = page.text, page.title, page.url, page.publisher
        if page.published:
            article.published, article.published_source = page.published, "metadata"
        modified = page.modified
    else:
        article.title = _title_line(article.text)
    if not article.text.strip():
        yield article.skip("empty file" if not decoded.text.strip() else "no article text found in the page"), None
        return
    yield article, modified


def _apply_manifest(article: Article, manifest: Manifest | None, path: Path) -> Article:
    entry = manifest.get(path) if manifest is not None else None
    if entry is None:
        return article
    if entry.published:
        article.published, article.published_source = entry.published, "manifest"
    if entry.problem:
        _note(article, entry.problem)
    article.title = entry.title or article.title
    article.publisher = entry.publisher or article.publisher
    article.url = entry.url or article.url
    return article


def _settle_published(article: Article, option: dt.date | None, page_modified: dt.date | None) -> Article:
    """Sets the publication date from the text, ``option`` or a last-update time when the article has none."""
    if article.status != "processed" or article.published:
        return article
    stated = find_text_dates(article.text[:20000] + "\n" + article.text[-5000:])
    modified = page_modified or stated.modified
    if stated.published:
        article.published, article.published_source = stated.published, "text"
    elif option:
        article.published, article.published_source = option, "option"
    elif modified:
        article.published, article.published_source = modified, "metadata" if page_modified else "text"
        _note(article, f"only a last-update time is known ({modified}): used as the publication date, an upper bound")
    return article


def _note(article: Article, note: str) -> None:
    article.reason = f"{article.reason}; {note}" if article.reason else note


def _title_line(text: str) -> str:
    """Returns the article's title when its text opens with one (a short line without a full stop)."""
    for line in remove_furniture(text[:5000]).split("\n")[:3]:
        words = line.split()
        if 4 <= len(words) <= 25 and not line.rstrip().endswith((".", ":", ";", ",")) and " - " not in line[:40]:
            return line.strip()
    return ""
