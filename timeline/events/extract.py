"""The events component: reads each clause of a document and codes the events it reports, one per place and day.

For every clause with a reported event (see :mod:`timeline.events.triggers`), it records the ACLED type,
the location (:mod:`~timeline.events.location`), the date (:func:`timeline.dates.event_date.event_date`),
actors and fatalities. Background is not an event: sentences of yearly statistics and phrases about history are
skipped, and so is any event whose date ends more than :data:`BACKGROUND_DAYS` before publication.
The same event told again (headline, lead, a later paragraph) is coded once: events of one article
sharing date, place and event type are one event.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from typing import Any

from gazetteer import Place, PlaceMention
from timeline.dates.event_date import EventDate, event_date
from timeline.document import Doc
from timeline.events.actors import actors_of
from timeline.events.classify import decide, is_strong_change
from timeline.events.fatalities import count_fatalities
from timeline.events.location import Location, choose_locations, rank, refers_back, unknown_places
from timeline.events.retellings import fold_details, fold_retellings
from timeline.events.taxonomy import EventType
from timeline.events.triggers import find_cues
from timeline.merge import SAME_PLACE_KM, distance_km

# An event dated entirely this long before publication is background, not news.
BACKGROUND_DAYS = 45
# Sentences of yearly statistics, whatever their verbs ("2013 was the deadliest year ..., with 7,818 killed").
_AGGREGATE = re.compile(r"\b(?:deadliest (?:year|month)|so far this year|(?:over|in|during) the past year)\b", re.IGNORECASE)
# Activity going on for years ("has patrolled the Gulf since 1990"): background in an article of a known date.
_ONGOING = re.compile(r"\b(?:since (?:19|20)\d\d|years ago|for years)\b", re.IGNORECASE)
# Sentences describing pictures ("Some of the images showed men running away as the site was struck"): undated.
_DEPICTION = re.compile(r"(?:Some of |One of )?(?:the |an? |aerial )*(?:images?|videos?|footage|photos?|photographs|pictures?)\b", re.IGNORECASE)
# Phrases of history: the event they hold is background ("two major assaults after the 2003 invasion").
_HISTORY = re.compile(
    r"\b(?:(?:after|since|before|during|in|of|following) the (?:19|20)\d\d\b|(?:19|20)\d\d (?:invasion|war|uprising|occupation|revolution)"
    r"|from (?:late |early |mid-)?(?:19|20)\d\d|the height of|history|historic(?:al)?ly)\b",
    re.IGNORECASE,
)
# "while" with a participle ("was shot while addressing a rally in X") tells the deed's circumstance, and its place.
_CLAUSE_SPLIT = re.compile(r";\s+|,?\s+(?:while|whereas)\s+(?![a-z]+ing\b)|\.\s+(?=Meanwhile)")
_SETTING = re.compile(
    r"(?:(?:Shortly|Soon|Just|Only|Immediately|Not long|Minutes|Hours|Days|Weeks|Months|Years|(?:\w+|a few) (?:minutes|hours|days|weeks|months))\s+){0,2}"
    r"(?:As|While|Amid|Despite|Following|With|Already|Since|After|Once|In addition to|Besides|In response to)\b[^,;]{3,160},\s+",
    re.IGNORECASE,
)
# A wire story's dateline before the sentence ("DAMASCUS, SYRIA (1:45 P.M.) – ", "KARNI CROSSING, Gaza Strip -- "): where
# the report was filed, standing before any setting the sentence opens with.
_PLACE_WORDS = r"[A-Z][\w.'’-]*(?: [\w.'’-]+){0,3}"
_DATELINE = re.compile(
    rf"{_PLACE_WORDS}(?:,\s*{_PLACE_WORDS}(?:\s*\([^()\n]{{1,40}}\))?|\s*\([^()\n]{{1,40}}\))\s+(?:--|[—–-])\s+"
)
# ", targeting the village of X": an advance in a region reaches a place of its own ("launched an offensive in
# rural Hama, targeting the villages of A and B"); the participle is an event where it names a place.
_PARTICIPLE = re.compile(
    r"(?:targeting|striking|hitting|shelling|bombing|pounding|capturing|seizing|storming|raiding|attacking|overrunning)\b"
)
_PARTICIPLE_SPLIT = re.compile(rf",\s+(?:(?:while|also|then|before|after)\s+)?(?={_PARTICIPLE.pattern})")
# A verb told in the past: "-ed" forms and the irregular ones of deeds.
_PAST = r"(?:[a-z]+ed|went|took|fought|shot|struck|hit|threw|broke|blew|began|fell|overran|set)\b"
_AND_SPLIT = re.compile(rf",\s+and\s+(?=(?:the\s+|a\s+|an\s+)?[A-Z]?[a-z]+(?:-[a-z]+)*\s+(?:[\w-]+\s+)?{_PAST})")
# The verb a second verb phrase opens with ("and wounded five", "and then stormed", "killing two ... and wounding five").
_VERB = re.compile(rf"{_PAST}|[a-z]+ing\b")
# A subject of its own before the verb of a second clause joined with no comma: "and mortar shells hit Ramadi",
# "and five were wounded in Helmand", "and five wounded in Helmand" (the auxiliary left out, as in "and five more").
# Its words are no preposition, pronoun, adverb or auxiliary: "merge it with privately owned Suez" and "was ceded"
# have no subject of their own.
_OWN_SUBJECT = re.compile(
    r"(?:(?!(?:with|in|at(?!\s+least)|on|to|into|from|by|for|it|them|him|her|us|was|were|is|are|has|have|had|been|[a-z]+ly)\b)[\w'-]+\s+){1,4}?"
    rf"(?:(?:was|were|(?:has|had|have)\s+been)\s+)?(?={_PAST})"
)
# Verbs whose subject is the weapon that did the deed ("mortar shells hit Ramadi"): the cue is the subject.
_IMPACT = re.compile(r"(?:hit|struck|slammed|landed|rained|pounded|exploded|went\s+off)\b")
# Land taken in no particular place: "seized swathes of territory", "captured large parts of the north".
_VAGUE_LAND = re.compile(
    r"\s+(?:(?:vast|huge|large|wide|big|great|significant)\s+)?(?:swathes?|swaths?|tracts?|stretches|expanses?|parts|areas|chunks|much|most)\s+of\b",
    re.IGNORECASE,
)
_PLAIN_AND = re.compile(r"\s+and\s+")
_SETTLEMENT_BEFORE = re.compile(r"\b(?:village|town|hamlet|settlement)\s+of\s+$", re.IGNORECASE)
# A fight said to go on at a place ("and fighting continued in X"): the place is a scene of its own, not a building.
_GOING_ON_IN = re.compile(r"\b(?:continued|erupted|broke\s+out|raged|resumed|flared(?:\s+up)?)\s+(?:\w+\s+)?(?:in|at|around|near)\s+$", re.IGNORECASE)
# Adverbs a second verb phrase may open with: "and then stormed", "and later killed".
_DEED_OPENING = re.compile(r"(?:(?:then|later|also|subsequently)\s+)?", re.IGNORECASE)
_EVENT_OPENING = re.compile(r"(?:(?:an?|the|new|fresh|heavy|fierce|intense|violent|deadly|renewed|aerial|Russian|Syrian|Israeli|US|more)\s+){0,2}", re.IGNORECASE)
# Sub-event types a timeline shows only with strong evidence: routine activity is not an event.
_WEAK = {"Other"}
_TIME_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, None: 5}


def annotate(doc: Doc) -> Doc:
    """Pipeline component: fills ``doc.events`` with one dict per event (keys: the event columns)."""
    events: list[dict[str, Any]] = []
    last_location: tuple[int, Location] | None = None  # (sentence index, place) for "in the town", "there"
    for index, sentence in enumerate(doc.sentences):
        said = doc.text[sentence[0] : sentence[1]]
        if _AGGREGATE.search(said) or _DEPICTION.match(said) or (doc.published is not None and _ONGOING.search(said)):
            continue
        for clause in _clauses(doc.text, sentence, doc.places):
            coded = _code_clause(doc, sentence, clause, index, last_location)
            for event, location in coded:
                events.append(event)
                if location is not None:
                    last_location = (index, location)
    doc.events = fold_retellings(deduplicate(events), doc.published)
    return doc


def _clauses(text: str, sentence: tuple[int, int], places: list[PlaceMention]) -> list[tuple[int, int]]:
    """Returns the clauses of ``sentence`` that may each report an event of their own.

    "while" and ";" always separate; ", and" separates only when both sides report an event
    ("Palestinians shot a motorist in the West Bank, and soldiers went into Jenin and killed two"), and a
    participle naming a place of its own separates too (:func:`_split_participle`).
    """
    spans, start = [], sentence[0]
    for match in _CLAUSE_SPLIT.finditer(text, sentence[0], sentence[1]):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, sentence[1]))
    clauses = []
    for span_start, span_end in spans:
        start = span_start
        for match in _AND_SPLIT.finditer(text, span_start, span_end):
            if find_cues(text, start, match.start()) and find_cues(text, match.end(), span_end):
                clauses.append((start, match.start()))
                start = match.end()
        clauses.append((start, span_end))
    return [
        part for span in clauses if span[1] > span[0] for placed in _split_placed_and(text, span, places)
        for part in _split_participle(text, placed, places)
    ]


def _split_placed_and(text: str, clause: tuple[int, int], places: list[PlaceMention]) -> list[tuple[int, int]]:
    """Returns ``clause`` cut at an "and" joining two events that each name a place of their own: two headline
    phrases ("Clashes in Homs and aerial bombardment on Idlib") or two deeds of one subject ("Gunmen killed two in
    Kandahar and wounded five in Helmand"). Whole when either side reports no event or names no place: "clashes in
    Fallujah and Ramadi" is one event word with two places, "killed and wounded people in X" one deed at one place."""
    for match in _PLAIN_AND.finditer(text, *clause):
        left, right = (clause[0], match.start()), (match.end(), clause[1])
        # the place test first: it is cheap, and most "and"s join no two placed phrases
        if _names_place(places, left) and _names_place(places, right) and (
            _opens_with_event(text, left) and _opens_with_event(text, right) and _placed_in_own_phrase(text, right, places)
            or _second_deed(text, left, right, places)
        ):
            return [left, *_split_placed_and(text, right, places)]
    return [clause]


def _second_deed(text: str, left: tuple[int, int], right: tuple[int, int], places: list[PlaceMention]) -> bool:
    """Returns True when ``right`` is a second deed done at a place of its own: it opens with its deed ("wounded
    five in Helmand") or with a subject of its own and its verb ("mortar shells hit Ramadi"), and ``left`` names its
    place after its own deed ("killed two in Kandahar"; in "Fighters from Kandahar attacked ..." the place is where
    they came from)."""
    opening = _DEED_OPENING.match(text, right[0], right[1])
    if _VERB.match(text, opening.end(), right[1]):
        cues = find_cues(text, opening.end(), right[1])
        if not cues or cues[0].start != opening.end():
            return False
    elif not _own_subject_and_deed(text, right, places) or _list_of_names(text, left, right, places):
        return False
    deeds = find_cues(text, *left)
    if not deeds:
        return False
    # a deed with nothing after it shares its object with the next ("shot and killed a man in X")
    placed = _names_place(places, (deeds[0].end, left[1])) or (
        text[deeds[-1].end : left[1]].strip() and _placed_subject(text, (left[0], deeds[0].start), places)
    )
    return bool(placed) and _apart(text, places, left, right)


def _placed_subject(text: str, subject: tuple[int, int], places: list[PlaceMention]) -> bool:
    """Returns True when the words before a deed place its doers in a place ("Police in the city of X shot ..."): the
    place where they are is the scene, unlike where they came from ("Fighters from X attacked ...")."""
    return any(re.search(r"\bin\b", text[subject[0] : m.start]) and not re.search(r"\bfrom\b", text[subject[0] : m.start]) for m in _literal_in(places, subject))


def _own_subject_and_deed(text: str, right: tuple[int, int], places: list[PlaceMention]) -> bool:
    """Returns True when ``right`` opens with a subject of its own and its verb and reports an event ("mortar shells
    hit Ramadi"); a subject naming a place ("Ramadi residents fled", "Ramadi was hit") continues a list of places."""
    subject = _OWN_SUBJECT.match(text, right[0], right[1])
    if subject is None or any(right[0] < m.end and m.start < subject.end() for m in places):
        return False
    verb = subject.end()
    # the deed is told at or after the verb ("parallel demonstrations were planned" reports none)
    if not _IMPACT.match(text, verb, right[1]) and not any(cue.end > verb for cue in find_cues(text, *right)):
        return False
    return _placed_in_own_phrase(text, (verb, right[1]), places)


def _placed_in_own_phrase(text: str, span: tuple[int, int], places: list[PlaceMention]) -> bool:
    """Returns True when the phrase opening ``span`` names its place before any comma or further "and": in "18 dead
    and 14 others injured, after rebels attacked X" the second phrase is the toll of the first, X another deed's."""
    place = min((m.start for m in _literal_in(places, span)), default=None)
    return place is not None and not re.search(r",|;|\band\b", text[span[0] : place])


def _list_of_names(text: str, left: tuple[int, int], right: tuple[int, int], places: list[PlaceMention]) -> bool:
    """Returns True when "and" joins a place to a capitalised name, a list of names ("troops from Trinidad and Antigua
    patrolled"), whatever the gazetteer makes of the second name."""
    return any(m.end == left[1] for m in places) and text[right[0] : right[0] + 1].isupper()


def _apart(text: str, places: list[PlaceMention], left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Returns True when ``right`` names a place that cannot be the scene of ``left``: neither the same town (nor
    SAME_PLACE_KM from it) nor inside or around one of ``left``'s places. Deeds at one place are one event (ACLED: one
    per place and day), and a place the gazetteer cannot put on the map may be a building in the other's town, unless
    the text calls it a village or a town of its own ("captured the village of X")."""
    lefts = [m.place for m in _literal_in(places, left) if m.place]
    rights = list(_literal_in(places, right))
    if rights and rights[0].place is None and (
        _SETTLEMENT_BEFORE.search(text, right[0], rights[0].start) or _GOING_ON_IN.search(text, right[0], rights[0].start)
    ):
        return _names_place(places, left)  # the deed's own object is a village or a town
    return bool(lefts) and any(all(_different_scenes(m.place, other) for other in lefts) for m in rights if m.place)


def _different_scenes(one: Place, other: Place) -> bool:
    """Returns True for two places more than SAME_PLACE_KM apart of which neither is a province or country holding
    the other."""
    for wide, narrow in ((one, other), (other, one)):
        if wide.feature == "country" and wide.country_code == narrow.country_code:
            return False
        if wide.feature == "admin1" and (wide.admin1, wide.country_code) == (narrow.admin1, narrow.country_code):
            return False
    return distance_km(one.latitude, one.longitude, other.latitude, other.longitude) > SAME_PLACE_KM


def _opens_with_event(text: str, span: tuple[int, int]) -> bool:
    """Returns True when ``span`` opens with the words of an event ("aerial bombardment on Idlib", "Fierce clashes
    in Homs"), as headline phrases do, not with a subject whose verb comes later."""
    cues = find_cues(text, *span)
    return bool(cues) and _EVENT_OPENING.fullmatch(text, span[0], cues[0].start) is not None


def _names_place(places: list[PlaceMention], span: tuple[int, int]) -> bool:
    return any(_literal_in(places, span))


def _literal_in(places: list[PlaceMention], span: tuple[int, int]) -> Iterator[PlaceMention]:
    """Yields the places named literally inside ``span``."""
    return (m for m in places if span[0] <= m.start and m.end <= span[1] and m.role == "literal")


def _split_participle(text: str, clause: tuple[int, int], places: list[PlaceMention]) -> list[tuple[int, int]]:
    """Returns ``clause`` cut before a participle that takes the event to a place of its own (", targeting the
    village of X"); whole when the participle names no place or the rest reports no event."""
    for match in _PARTICIPLE_SPLIT.finditer(text, *clause):
        rest = (match.end(), clause[1])
        names_place = any(rest[0] <= m.start < rest[1] and m.role == "literal" and rank(m, text) >= 2.0 for m in places) or any(
            rank(m, text) >= 2.0 for m in unknown_places(text, rest, strict=True)
        )  # a town or a district: a province or a country is the wider scene, not a place of its own
        # a first part with no place of its own takes the participle's ("began the offensive inside the city, striking
        # the districts of X and Y"): cut off, it would borrow one from anywhere in the sentence
        first = (clause[0], match.start())
        if names_place and (_names_place(places, first) or unknown_places(text, first, strict=True)) and find_cues(text, *first) and find_cues(text, *rest):
            return [first, *_split_participle(text, rest, places)]
    return [clause]


def _code_clause(
    doc: Doc, sentence: tuple[int, int], clause: tuple[int, int], index: int, last_location: tuple[int, Location] | None
) -> list[tuple[dict[str, Any], Location | None]]:
    text = doc.text
    clause = _main_clause(text, clause)
    cues = find_cues(text, *clause)
    opening = [cue for cue in cues if cue.start == clause[0] and _PARTICIPLE.match(text, clause[0], cue.end)]
    # The participle a clause was cut at is its event word ("targeting the village of X, which is under the control of ...").
    decision = (opening and decide(text, clause, opening)) or decide(text, clause, cues)
    if decision is None:
        return []
    sub_event_type, cue = decision
    if sub_event_type in _WEAK or (sub_event_type == "Change to group/activity" and not is_strong_change(cue)):
        return []
    trigger = (cue.start, cue.end)
    when = event_date(doc, sentence, trigger)
    if doc.published is not None and (
        _is_background(when, doc.published) or _earlier_year(text, clause, trigger, doc.published)
        or _HISTORY.search(_phrase(text, clause, trigger))
    ):
        return []  # background is told from news by the publication date; with none, an event keeps its own date
    locations: list[Location | None] = list(choose_locations(text, doc.places, clause, trigger))
    if not locations and clause != sentence:
        locations = list(choose_locations(text, doc.places, sentence, trigger))
    described = bool(locations) and all(location.fallback for location in locations)
    if (not locations or described) and last_location and index - last_location[0] <= 2 and refers_back(text, clause):
        mention = last_location[1].mention
        locations = [Location(mention, last_location[1].precision, "the place named just before")]
    if not locations:
        locations = [None]
    if _VAGUE_LAND.match(text, trigger[1]) and not when.text and all(loc is None or loc.precision >= 3 for loc in locations):
        return []  # "capturing vast swathes of land in the north": many takings told as one, undated: background
    fatalities = count_fatalities(text[clause[0] : clause[1]])
    actor1, actor2 = actors_of(text, clause, trigger)
    # A clause with no subject of its own takes the sentence's: a participle's ("..., targeting X") or a second verb
    # phrase's ("Gunmen killed two in Kandahar and wounded five in Helmand"); "and five wounded in Helmand" has one.
    participle = re.match(r"(?:\w+\s+)?\w+ing\b", text[clause[0] : clause[1]])
    second_verb = _DEED_OPENING.match(text, clause[0], clause[1]).end() == trigger[0] and _VERB.match(text, trigger[0], clause[1])
    if not actor1 and (participle or second_verb):
        actor1, actor2 = actors_of(text, (sentence[0], clause[1]), trigger)
    if cue.text.lower().startswith("lost"):  # "Iraq has lost Fallujah to militants": the taker follows "to"
        actor1, actor2 = actor2, actor1
    kind = EventType.of(sub_event_type)
    coded = []
    for number, location in enumerate(locations):
        share = _share(fatalities, len(locations), number)
        coded.append((_row(doc, kind, trigger, sentence, when, location, share, actor1, actor2), location))
    return coded


def _main_clause(text: str, clause: tuple[int, int]) -> tuple[int, int]:
    """Returns ``clause`` without an opening setting ("As the protests grew ..., militants destroyed ..."), and the
    dateline before it, when the rest reports an event of its own."""
    dateline = _DATELINE.match(text, clause[0], clause[1])
    opening = _SETTING.match(text, dateline.end() if dateline else clause[0], clause[1])
    if opening and find_cues(text, opening.end(), clause[1]):
        return (opening.end(), clause[1])
    return clause


def _is_background(when: EventDate, published: dt.date | None) -> bool:
    if getattr(when, "is_background", False):  # the dates work judged the governing expression to be history
        return True
    if published is None or when.end is None:
        return False
    return (published - when.end).days > BACKGROUND_DAYS


def _earlier_year(text: str, clause: tuple[int, int], trigger: tuple[int, int], published: dt.date | None) -> bool:
    """Returns True when the phrase around the trigger names a year before publication ("in 2006 and 2007 to fight")."""
    if published is None:
        return False
    return any(int(year) < published.year for year in re.findall(r"\b((?:19|20)\d\d)\b", _phrase(text, clause, trigger)))


def _phrase(text: str, clause: tuple[int, int], trigger: tuple[int, int]) -> str:
    """Returns the comma-delimited stretch of ``clause`` around the trigger."""
    start = text.rfind(",", clause[0], trigger[0]) + 1 or clause[0]
    end = text.find(",", trigger[1], clause[1])
    return text[max(start, clause[0]) : end if end != -1 else clause[1]]


def _share(fatalities: int | None, places: int, number: int) -> int | None:
    """Returns one place's share of deaths reported for several places at once (ACLED divides them; the first takes the rest)."""
    if fatalities is None:
        return None
    share = fatalities // places
    return share + (fatalities - share * places if number == 0 else 0)


def _row(
    doc: Doc, kind: EventType, trigger: tuple[int, int], sentence: tuple[int, int], when: EventDate,
    location: Location | None, fatalities: int | None, actor1: str, actor2: str,
) -> dict[str, Any]:
    article = doc.article
    mention = location.mention if location else None
    place = mention.place if mention else None
    name = place.name if place else (mention.text if mention else None)
    return {
        "event_id": event_id(article.id, trigger, name or ""),
        "article_id": article.id,
        "sources": article.id,
        "date": _iso(when.date),
        "date_start": _iso(when.start),
        "date_end": _iso(when.end),
        "time_precision": when.precision,
        "event_type": kind.event_type,
        "sub_event_type": kind.sub_event_type,
        "actor1": actor1,
        "actor2": actor2,
        "fatalities": fatalities,
        "location": name,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": location.precision if place else None,
        "country_code": place.country_code if place else None,
        "admin1": place.admin1 if place else None,
        "location_start": mention.start if mention else None,
        "location_end": mention.end if mention else None,
        "trigger_start": trigger[0],
        "trigger_end": trigger[1],
        "evidence": doc.text[sentence[0] : sentence[1]],
        "trigger": doc.text[trigger[0] : trigger[1]],
        "date_text": when.text,
        "date_source": when.source,
        "place_source": location.source if location else "no place named",
        "published": _iso(doc.published),
        "date_uncertain": when.uncertain,
        "title": article.title,
        "url": article.url,
        "publisher": article.publisher,
    }


def event_id(article_id: str, trigger: tuple[int, int], location: str) -> str:
    """Returns a stable identifier: the same article, trigger and place always give the same id, on any engine."""
    key = f"{article_id}|{trigger[0]}|{trigger[1]}|{location}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def deduplicate(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Returns ``events`` with retellings of one event (same date, place and event type) folded into the first.

    The kept event takes the most precise date, the highest death count any retelling states (a later
    sentence often gives the number the headline leaves out), and every evidence sentence. An event
    coded only to a province or country (or to no place) is dropped when the same day has an event of the
    same sub-type at a town in that province or country: it is the same event told less precisely.
    """
    kept: dict[tuple, dict[str, Any]] = {}
    for event in events:
        key = (event["date"], event["location"], event["event_type"])
        if key not in kept:
            kept[key] = dict(event)
            continue
        _fold(kept[key], event)
    result = list(kept.values())
    return [event for event in result if not _coarser_duplicate(event, result)]


def _fold(kept: dict[str, Any], other: dict[str, Any]) -> None:
    other_rank, kept_rank = _TIME_RANK.get(other["time_precision"], 5), _TIME_RANK.get(kept["time_precision"], 5)
    if other_rank < kept_rank or (other_rank == kept_rank and other["date_text"] and not kept["date_text"]):
        # a day the text states beats the same day taken from the publication date: it marks the event as dated
        for column in ("date", "date_start", "date_end", "time_precision", "date_text", "date_source"):
            kept[column] = other[column]
    if kept["sub_event_type"] in ("Armed clash", "Attack") and other["sub_event_type"] not in ("Armed clash", "Attack"):
        kept["sub_event_type"] = other["sub_event_type"]
    fold_details(kept, other)


def _coarser_duplicate(event: dict[str, Any], events: list[dict[str, Any]]) -> bool:
    if re.search(r"\belsewhere\b", event["evidence"], re.IGNORECASE):  # "killed elsewhere in Iraq": another event
        return False
    precision = event["geo_precision"]
    if precision is None:  # told without a place: the same day's located event of this type is the better record
        return event["location"] is None and any(
            o["location"] is not None and o["date"] == event["date"] and o["event_type"] == event["event_type"] for o in events
        )
    if precision < 3:
        return False
    for other in events:
        if other is event or other["geo_precision"] is None or other["geo_precision"] >= precision:
            continue
        if other["date"] != event["date"] or other["sub_event_type"] != event["sub_event_type"]:
            continue
        same_area = other["country_code"] == event["country_code"] if precision == 4 else other["admin1"] == event["admin1"]
        if same_area:
            return True
    return False
