"""HTML pages: the main text, the title and the dates the page states about itself.

Uses the standard library's tolerant ``html.parser``: scraped pages are often malformed, and a
page that cannot be parsed perfectly still yields its paragraphs. Scripts, styles, navigation,
headers, footers, asides and forms are left out; when the page has an ``<article>`` (or
``<main>``) only its text is kept.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from timeline.ingest.published import parse_date

_SKIP = frozenset(
    "script style noscript template svg math iframe object embed canvas nav header footer aside form button "
    "select option textarea label figure figcaption menu dialog head".split()
)
_BLOCK = frozenset(
    "p div section article main li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote pre table tr td th br hr "
    "address center summary details".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# class/id words that mark page furniture around the article.
_FURNITURE_WORDS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|footer|header|sidebar|share|sharing|social|related|"
    r"comments?|cookie|cookies|advert|ads|promo|newsletter|subscribe|byline-share|outbrain|taboola|"
    r"most-read|popular|recommended)(?:$|[\s_-])",
    re.I,
)
_PUBLISHED_KEYS = (
    "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "date.issued",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date", "sailthru.date",
    "parsely-pub-date", "article.published", "citation_publication_date", "datecreated",
)
_MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified")


@dataclass(slots=True)
class Page:
    """What an HTML page says: main ``text``, ``title``, ``url``, ``publisher`` and its dates."""

    text: str
    title: str = ""
    url: str = ""
    publisher: str = ""
    published: dt.date | None = None
    modified: dt.date | None = None


_CLOSED_MARKED_SECTION = re.compile(r"<!\[(?!CDATA\[)[^<>]*>", re.IGNORECASE)
_MARKED_SECTION = re.compile(r"<!\[(?!CDATA\[)", re.IGNORECASE)


def read_html(markup: str) -> Page:
    """Returns the :class:`Page` of ``markup``: main text as paragraphs separated by blank lines."""
    parser = _PageParser()
    # html.parser raises on a marked section it cannot read ("<![if !IE]>", "<![0"): a browser hides a closed one
    # as a comment and shows an unclosed one as text
    parser.feed(_MARKED_SECTION.sub("&lt;![", _CLOSED_MARKED_SECTION.sub("", markup)))
    parser.close()
    meta = parser.meta
    for block in parser.json_ld:
        _collect_json_ld(block, meta)
    title = meta.get("og:title") or meta.get("twitter:title") or meta.get("headline") or parser.title or parser.h1
    published = _first_date(meta, _PUBLISHED_KEYS) or parse_date(parser.time_pubdate) or parse_date(parser.time_first)
    return Page(
        text=parser.main_text(),
        title=_squash(title),
        url=meta.get("og:url", "") or parser.canonical,
        publisher=_squash(meta.get("og:site_name", "") or meta.get("publisher", "")),
        published=published,
        modified=_first_date(meta, _MODIFIED_KEYS),
    )


def _first_date(meta: dict[str, str], keys: tuple[str, ...]) -> dt.date | None:
    for key in keys:
        if (found := parse_date(meta.get(key))) is not None:
            return found
    return None


def _collect_json_ld(block: object, meta: dict[str, str]) -> None:
    """Adds the schema.org dates and headline of a JSON-LD block (nested graphs included) to ``meta``."""
    if isinstance(block, list):
        for item in block:
            _collect_json_ld(item, meta)
    elif isinstance(block, dict):
        for key, name in (("datePublished", "datepublished"), ("dateCreated", "datecreated"),
                          ("dateModified", "datemodified"), ("headline", "headline")):
            if isinstance(block.get(key), str):
                meta.setdefault(name, block[key])
        publisher = block.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            meta.setdefault("publisher", publisher["name"])
        _collect_json_ld(block.get("@graph"), meta)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.json_ld: list[object] = []
        self.title = self.h1 = self.canonical = ""
        self.time_pubdate = self.time_first = ""
        self._stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self._chunks: dict[str, list[str]] = {"body": [], "article": [], "main": []}
        self._in_title = self._in_h1 = self._in_json_ld = False
        self._json_text: list[str] = []
        self._article_depth = self._main_depth = 0

    @property
    def _skipping(self) -> bool:
        return bool(self._stack) and self._stack[-1][1]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "meta":
            self._meta(attributes)
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower():
            self.canonical = attributes.get("href", "")
        elif tag == "time":
            when = attributes.get("datetime", "")
            if "pubdate" in attributes or attributes.get("itemprop", "").lower() == "datepublished":
                self.time_pubdate = self.time_pubdate or when
            elif not self._skipping:
                self.time_first = self.time_first or when
        if tag in _VOID:
            if tag in ("br", "hr") and not self._skipping:
                self._add("\n")
            return
        if tag == "script" and attributes.get("type", "").lower() == "application/ld+json":
            self._in_json_ld = True
        skipped = self._skipping or tag in _SKIP or _is_furniture(attributes)
        self._stack.append((tag, skipped))
        if tag == "title":
            self._in_title = True
        elif tag == "h1" and not self.h1:
            self._in_h1 = True
        elif tag == "article" and not skipped:
            self._article_depth += 1
        elif tag == "main" and not skipped:
            self._main_depth += 1
        if tag in _BLOCK and not skipped:
            self._add("\n\n" if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "tr") else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag not in (open_tag for open_tag, _ in self._stack):
            return  # a stray end tag: ignore it rather than unbalance the stack
        while self._stack:
            open_tag, skipped = self._stack.pop()
            self._close(open_tag, skipped)
            if open_tag == tag:
                break

    def _close(self, tag: str, skipped: bool) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "h1":
            self._in_h1 = False
        elif tag == "script" and self._in_json_ld:
            self._in_json_ld = False
            try:
                self.json_ld.append(json.loads("".join(self._json_text)))
            except ValueError:
                pass  # malformed JSON-LD is common; the other metadata still counts
            self._json_text = []
        elif tag == "article" and not skipped:
            self._article_depth -= 1
        elif tag == "main" and not skipped:
            self._main_depth -= 1
        if tag in _BLOCK and not skipped:
            self._add("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self._json_text.append(data)
        elif self._in_title:
            self.title += data
        if self._in_h1:
            self.h1 += data
        if not self._skipping:
            self._add(data)

    def _add(self, data: str) -> None:
        self._chunks["body"].append(data)
        if self._article_depth > 0:
            self._chunks["article"].append(data)
        if self._main_depth > 0:
            self._chunks["main"].append(data)

    def _meta(self, attributes: dict[str, str]) -> None:
        key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
        if key and "content" in attributes:
            self.meta.setdefault(key, attributes["content"])

    def main_text(self) -> str:
        for part in ("article", "main", "body"):
            text = _paragraphs("".join(self._chunks[part]))
            if len(text) >= 200 or (part == "body" and text):
                return text
        return ""


def _is_furniture(attributes: dict[str, str]) -> bool:
    if attributes.get("role", "").lower() in ("navigation", "banner", "contentinfo", "complementary"):
        return True
    if "hidden" in attributes or attributes.get("aria-hidden", "").lower() == "true":
        return True
    return bool(_FURNITURE_WORDS.search(f"{attributes.get('class', '')} {attributes.get('id', '')}"))


def _paragraphs(text: str) -> str:
    lines = [re.sub(r"[ \t\f\v\xa0]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
