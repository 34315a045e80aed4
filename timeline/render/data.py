"""The events table as the page's compact, columnar data, and its safe embedding in a ``<script>`` tag.

Repeated strings (types, actors, places, sources...) are dictionary-encoded: each column holds small
integers into a list of distinct values, index 0 being "" (missing). Dates are day numbers since
1970-01-01, coordinates integers of 1e-5 degree. 100,000 events take a few MB this way.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata

import numpy as np
import pandas as pd

from timeline.render.style import EVENT_TYPE_COLORS, GEO_PRECISION_NAMES

_EPOCH = pd.Timestamp("1970-01-01")
_COORDINATE_SCALE = 100_000
_SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)
# Characters that could end the <script> element or break the JavaScript that reads it.
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def safe_url(url: object) -> str:
    """Returns ``url`` when it is an http(s) link, else "" (no javascript:, data: or file: links in the page)."""
    if not isinstance(url, str):
        return ""
    url = url.strip()
    return url if _SAFE_URL.match(url) and not any(ch in url for ch in "\"'<> \n\r\t") else ""


def script_json(payload: object) -> str:
    """Returns ``payload`` as JSON that is safe inside ``<script type="application/json">``.

    ``<``, ``>`` and ``&`` are written as \\u escapes, so no text in the data can close the tag
    or open a comment; U+2028/2029 likewise, so the text is also valid JavaScript.
    """
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_UNSAFE[m.group()], text)


def page_data(events: pd.DataFrame, articles: pd.DataFrame | None = None) -> dict:
    """Returns the page's data: ``{"n", "colors", "geoPrecisionNames", "coordinateScale", "dicts", "cols", "articles",
    "skipped"}``.

    ``cols`` holds one list per column, ``dicts`` the distinct strings that the encoded columns
    index, ``articles`` one ``[id, title, publisher, url, published]`` list per source article,
    ``skipped`` one ``[id, reason]`` list per input article that was not processed.
    """
    events = events.reset_index(drop=True)
    dicts: dict[str, list[str]] = {}
    cols: dict[str, list] = {}

    def text(name: str) -> pd.Series:
        if name not in events:
            return pd.Series([""] * len(events), dtype=object)
        return events[name].astype(object).where(events[name].notna(), "").astype(str).str.strip()

    def encode(key: str, values: pd.Series, dict_name: str | None = None) -> None:
        known = dicts.setdefault(dict_name or key, [""])
        index = {value: i for i, value in enumerate(known)}
        codes, uniques = pd.factorize(values)
        for value in uniques:
            if value not in index:
                index[value] = len(known)
                known.append(value)
        lookup = np.array([index[value] for value in uniques] or [0], dtype=np.int64)
        cols[key] = lookup[codes].tolist()

    cols["id"] = text("event_id").tolist()
    for key, column in (("type", "event_type"), ("sub", "sub_event_type"), ("loc", "location"), ("cc", "country_code"),
                        ("adm", "admin1"), ("tp", "time_precision"), ("dsrc", "date_source"), ("psrc", "place_source"),
                        ("ev", "evidence")):
        encode(key, text(column))
    encode("a1", text("actor1"), "actor")
    encode("a2", text("actor2"), "actor")

    best, start, end = (_day_numbers(events, c) for c in ("date", "date_start", "date_end"))
    start, end = start.fillna(best), end.fillna(best)
    best = best.fillna(start + (end - start) // 2)
    start, end = start.fillna(best), end.fillna(best)
    cols["d"], cols["d0"], cols["d1"] = (_int_list(s) for s in (best, start, end))

    lat, lon = (_numbers(events, c) for c in ("latitude", "longitude"))
    # A coordinate off the globe is a data error: the event is listed but not put on the map.
    off_globe = ~(lat.between(-90, 90) & lon.between(-180, 180))
    lat[off_globe], lon[off_globe] = float("nan"), float("nan")
    cols["lat"], cols["lon"] = (_int_list((values * _COORDINATE_SCALE).round()) for values in (lat, lon))
    cols["fat"], cols["gp"] = (_int_list(_numbers(events, c)) for c in ("fatalities", "geo_precision"))

    cols["hl"] = highlights(events)
    article_rows, cols["src"] = _sources(events, articles)
    return {
        "n": len(events),
        "colors": EVENT_TYPE_COLORS,
        "geoPrecisionNames": GEO_PRECISION_NAMES,
        "coordinateScale": _COORDINATE_SCALE,
        "dicts": dicts,
        "cols": cols,
        "articles": article_rows,
        "skipped": skipped_articles(articles),
    }


def skipped_articles(articles: pd.DataFrame | None) -> list[list[str]]:
    """Returns ``[id, reason]`` for each article that was not processed, so the page can say what it left out."""
    if articles is None or not len(articles) or "status" not in articles:
        return []
    skipped = articles[articles["status"].astype(str) != "processed"]
    reasons = skipped["reason"] if "reason" in skipped else pd.Series("", index=skipped.index)
    return [[str(article_id), "" if pd.isna(reason) else str(reason)] for article_id, reason in zip(skipped["id"], reasons)]


def highlights(events: pd.DataFrame) -> list[list[int] | int]:
    """Returns, per event, ``[trigger_start, trigger_end, place_start, place_end]`` within its evidence (-1 when unknown), or 0.

    Offsets in the table refer to the article text; when an ``evidence_start`` column says where the
    evidence begins they are shifted into it; otherwise the trigger words and the place name are found
    in the evidence itself.
    """
    n = len(events)

    def column(name: str) -> list:
        if name not in events:
            return [None] * n
        return events[name].astype(object).where(events[name].notna(), None).tolist()

    evidence, trigger, location = column("evidence"), column("trigger"), column("location")
    offsets = {name: column(name) for name in ("evidence_start", "trigger_start", "trigger_end", "location_start", "location_end")}
    out: list[list[int] | int] = []
    seen: dict[tuple, list[int] | int] = {}
    for i in range(n):
        sentence = evidence[i] if isinstance(evidence[i], str) else ""
        if not sentence:
            out.append(0)
            continue
        key = (sentence, trigger[i], location[i]) + tuple(offsets[name][i] for name in offsets)
        if key not in seen:  # merged and repeated events share their evidence: search it once
            base = offsets["evidence_start"][i]
            spans = [_span(sentence, base, offsets["trigger_start"][i], offsets["trigger_end"][i], trigger[i], True),
                     _span(sentence, base, offsets["location_start"][i], offsets["location_end"][i], location[i], False)]
            flat = [x for span in spans for x in (span or (-1, -1))]
            seen[key] = flat if any(x >= 0 for x in flat) else 0
        out.append(seen[key])
    return out


def _span(sentence: str, base, start, end, words, words_are_surface: bool) -> tuple[int, int] | None:
    """Returns where ``words`` are in ``sentence``: from the offsets when ``base`` (the sentence's start in
    the article) is known, else by searching. A trigger is checked against the text at its offsets; a
    location is a gazetteer name ("Al Fallūjah") that the text may spell otherwise ("Fallujah")."""
    if base is not None and start is not None and end is not None:
        s, e = int(start) - int(base), int(end) - int(base)
        at_offsets = sentence[s:e] if 0 <= s < e <= len(sentence) else None
        if at_offsets and (not words_are_surface or not isinstance(words, str) or at_offsets.lower() == words.lower()):
            return (s, e)
    if isinstance(words, str) and words.strip():
        found = sentence.lower().find(words.strip().lower())
        if found >= 0 and len(sentence.lower()) == len(sentence):
            return (found, found + len(words.strip()))
        folded_sentence = _fold(sentence)
        for variant in _variants(_fold(words.strip())):
            found = re.search(rf"(?<!\w){re.escape(variant)}", folded_sentence)
            if found:
                end = found.end()
                while end < len(sentence) and sentence[end].isalpha():  # "Fallujah" for the variant "falluj"
                    end += 1
                return (found.start(), end)
    return None


class _FoldTable(dict):
    """str.translate table: each character to its lower-case base letter (é -> e), filled as met."""

    def __missing__(self, code: int) -> str:
        folded = (unicodedata.normalize("NFKD", chr(code))[:1] or chr(code)).lower()
        self[code] = folded if len(folded) == 1 else chr(code)
        return self[code]


_FOLD_TABLE = _FoldTable()


def _fold(text: str) -> str:
    """Returns ``text`` lower-cased without accents, one character for one, so offsets still hold."""
    return text.translate(_FOLD_TABLE)


def _variants(name: str) -> list[str]:
    """Returns spellings of a place name to look for: as given, without an Arabic article, without a
    final -ah/-a, without apostrophes."""
    bare = re.sub(r"^(al|as|ash|ad|ar|el|an|at|az)[-\s\u2019']", "", name)
    stem = re.sub(r"(ah|a|h)$", "", bare)
    plain = re.sub(r"['\u2018\u2019\u02bc\u02bb\u02be\u02bf`]", "", bare)  # Qā’im -> qaim
    return [v for v in dict.fromkeys((name, bare, stem, plain)) if len(v) >= 3]


def _day_numbers(events: pd.DataFrame, column: str) -> pd.Series:
    if column not in events:
        return pd.Series([float("nan")] * len(events), dtype=float)
    parsed = pd.to_datetime(events[column].astype("string").str.slice(0, 10), errors="coerce", format="%Y-%m-%d")
    return ((parsed - _EPOCH).dt.days).astype(float)


def _numbers(events: pd.DataFrame, column: str) -> pd.Series:
    if column not in events:
        return pd.Series([float("nan")] * len(events), dtype=float)
    return pd.to_numeric(events[column], errors="coerce").astype(float).reset_index(drop=True)


def _int_list(values: pd.Series) -> list:
    return [int(v) if math.isfinite(v) else None for v in values.astype(float).tolist()]


def _sources(events: pd.DataFrame, articles: pd.DataFrame | None) -> tuple[list[list[str]], list[list[int]]]:
    """Returns the source articles (id, title, publisher, url, published) and each event's indices into them."""
    info: dict[str, list[str]] = {}

    def remember(article_id: str, title, publisher, url, published) -> None:
        row = info.setdefault(article_id, [article_id, "", "", "", ""])
        for k, value in enumerate((title, publisher, safe_url(url), published), start=1):
            if not row[k] and isinstance(value, str) and value.strip():
                row[k] = value.strip()

    if articles is not None and len(articles) and "id" in articles:
        clean = articles.astype(object).where(articles.notna(), None)
        for record in clean.to_dict(orient="records"):
            if record.get("id"):
                remember(str(record["id"]), record.get("title"), record.get("publisher"), record.get("url"), record.get("published"))
    def values(name: str) -> list:
        if name not in events:
            return [None] * len(events)
        return events[name].astype(object).where(events[name].notna(), None).tolist()

    # Each article's own title/publisher/url, from the first event that names it.
    described = events.drop_duplicates("article_id") if "article_id" in events else events.iloc[:0]
    for article_id, *details in zip(*(described[c].astype(object).where(described[c].notna(), None).tolist()
                                       if c in described else [None] * len(described)
                                       for c in ("article_id", "title", "publisher", "url", "published"))):
        if article_id:
            remember(str(article_id), *details)
    per_event_ids: list[list[str]] = []
    for article_id, sources in zip(values("article_id"), values("sources")):
        ids = [s.strip() for s in str(sources or "").split(";") if s.strip()]
        if article_id and article_id not in ids:
            ids.insert(0, str(article_id))
        for source in ids:
            if source not in info:
                info[source] = [source, "", "", "", ""]
        per_event_ids.append(ids)
    order = {article_id: i for i, article_id in enumerate(info)}
    return list(info.values()), [[order[s] for s in ids] for ids in per_event_ids]
