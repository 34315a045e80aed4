"""Choosing an event's locations among the place mentions of its clause (see the package's docstring)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from gazetteer import PlaceMention
from gazetteer.areas import part_point
from timeline.events.actors import find_actors
from timeline.events.location.named import NAMED_AS_TAKEN, NOT_A_PLACE, unknown_places
from timeline.events.location.rank import rank
from timeline.events.location.scene import (
    DIRECTION, KIND_OF, REFERENCE, after_preposition, capitalised, distance_to_trigger, is_description, is_facility, is_reference,
    score_as_scene,
)


_NEAR = re.compile(r"\b(?:near|outside|around|outskirts of|edge of|close to|vicinity of|\d+\s*(?:km|kilomet\w+|miles?)\s+\w+\s+of|countryside of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?$", re.IGNORECASE)
_COORDINATED = re.compile(
    r"^\s*(?:,|and|, and|&)\s*(?:the\s+)?(?:(?:town|city|village|district|areas?)\s+of\s+)?(?:(?:a\s+|one\s+)?(?:parts?|portion|most|much|half)\s+of\s+)?$",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(?:town|city|village|area|district|province|region|neighbou?rhood|camp)\b(?!\s+of\s+[A-Z])|\bthere\b|\blocal(?:ly)?\b", re.IGNORECASE)
_ASIDE = re.compile(
    r",\s*(?:which|who)\b(?!\s+(?:is|lies)\s+(?:some\s+|about\s+|located\s+|just\s+)*\d)"
    # "The attacks, which took place in X,", "a farmer, who was riding home in X,": the scene, not an aside
    r"(?!\s+(?:\w+\s+)?(?:took place|happened|occurred|unfolded)|\s+(?:was|were)\s+\w+ing\b)[^,;]*(?:,|$)"
    # "Kupczyk, 44, an officer with a brigade in the Baltic Sea port, was shot": who the victim is
    r"|,\s*\d{1,3},\s+(?:an?|the)\s[^,;]*,"
    # "protested in Sofia, saying the deal would make Bulgaria dependent on Russia": what they said
    r"|,\s*(?:saying|claiming|arguing|insisting|complaining|(?:adding|noting|warning)\s+that)\b[^;]*$"
    # "In Paris, where festivities centred on the Eiffel Tower, police patrolled": what went on at a place, set apart
    r"|,\s*where\b[^,;]*,"
    # "Jets sent by the alliance -- which includes the former Kabul regime -- bombed Herat": a dashed aside
    r"|\s(?:--|—|–)\s*(?:which|who)\b[^-—–;]*(?:--|—|–)",
    re.IGNORECASE,
)
# "Yarmouk Refugee Camp of southern Damascus", "Findik, in Sirnak": the second place holds the first.
_HELD_IN = re.compile(r"^\s*(?:(?:refugee|camp|district|area|village|town|region|quarter|neighbou?rhood)\s+){0,2},?\s*(?:in|of)\s+(?:the\s+)?(?:(?:\w+ern|central|rural|greater|eastern|western)\s+)?$", re.IGNORECASE)
# "Khan Touman, Aleis and Alzorba in southern rural Aleppo", "Malir, a low-income area on the eastern outskirts of
# Karachi", "Mainok, Borno,": the known place named next holds a place the gazetteer lacks
_OTHER_NAMES = r"(?:(?:,\s*|,?\s+and\s+)(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}){0,4}"  # the rest of a list
_HOLDER_AFTER = re.compile(
    rf"^{_OTHER_NAMES}"
    r"(?:\s+(?:in|of|near|outside)\s+|,\s+(?:an?|the|on|in|near|just)\s+[^,;()]{0,60}?\b(?:in|of|near|outside)\s+)"
    r"(?:the\s+)?(?:(?:\w+ern|central|rural|greater|(?-i:[A-Z])\w+(?:an|i|ese))\s+){0,2}"
    r"(?:(?:city|town|province|district|region|governorate|capital)(?:\s+of)?,?\s+)?$"
    rf"|^{_OTHER_NAMES},\s+$",
    re.IGNORECASE,
)
# A holder set after a bare comma ends there or says what it is: "Mainok, Borno,", "Gwoza, Borno State"
_APPOSED_HOLDER_ENDS = re.compile(r"\s*(?:[,.;)]|$)|\s+(?:province|state|region|district|county|governorate)\b", re.IGNORECASE)
_SCENE_BEFORE = re.compile(rf"\b(?:in|at|inside|near|outside|across|throughout)\s+(?:the\s+)?(?:(?:[\w]+-infested|[\w]+-hit|restive|troubled|volatile|lawless|{DIRECTION})\s+){{0,2}}$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Location:
    """The place chosen for an event: its ``mention``, ACLED ``geo_precision`` and how it was chosen (``source``)."""

    mention: PlaceMention
    precision: int
    source: str
    fallback: bool = False  # a reference point or a description: a place referred back to is better


def choose_locations(
    text: str, mentions: Sequence[PlaceMention], clause: tuple[int, int], trigger: tuple[int, int]
) -> list[Location]:
    """Returns where the event at ``trigger`` happened: the best place of ``clause`` and any joined to it by "and".

    Empty when the clause names no place that can be the event's location.
    """
    actors = find_actors(text, *clause)
    asides = [span for span in _asides(text, clause) if not span[0] <= trigger[0] < span[1]]
    in_clause = [
        m for m in mentions
        if clause[0] <= m.start and m.end <= clause[1]
        and not NOT_A_PLACE.fullmatch(m.text)  # "a Jewish neighbourhood": some gazetteer's village, but here a people
        and not any(a.start < m.end and m.start < a.end for a in actors)  # "Islamic State of Iraq and the Levant"
        and not any(s <= m.start < e for s, e in asides)
        and not _inside_a_name(text, m)  # "Radio France Internationale": a name holding a place name is not a place
        and not ((_PERSON_DONE_TO.match(text, m.end) or (_CAPTURED_AFTER.match(text, m.end) and m.place is not None and _is_hamlet(m)))
                 and not after_preposition(text, m))
        and not (_PERSONAL_BELONGING.match(text, m.end) and not (m.place and m.place.feature == "country"))
        and not (_OWNED_BY_NAME.match(text, m.end) and m.place is not None and _is_hamlet(m))
        and not (m.start >= trigger[1] and text[trigger[1] : m.start].isspace() and _SURNAME_AFTER.match(text, m.end))
        and not (_DONE_TO_ONESELF.match(text, m.end) and not after_preposition(text, m))  # "Barton shot himself"
        and not _ARRESTED_BY_POLICE.search(text, max(0, m.start - 40), m.start)  # "Police captured Troia": a person
        and not text.startswith((" Time", " time"), m.end)  # "10 A.M. (Damascus Time)": a clock, not a scene
        and not (m.place is None and _INDEFINITE_BEFORE.search(text, max(0, m.start - 4), m.start))  # "a Sufi shrine"
    ]
    candidates = [m for m in in_clause if _can_locate(m, text)] or [m for m in in_clause if _can_locate(m, text, literal=False)]
    scored = [(score_as_scene(text, m, clause, trigger, candidates), m) for m in candidates]
    references = {id(m) for m in candidates if is_reference(text, m, clause)}
    top_score, top = max(scored, key=lambda pair: pair[0]) if scored else (0.0, None)
    best_is_reference = top is not None and id(top) in references
    # A place every rule speaks against ("on the border with Zambia") loses to one the gazetteer lacks, too.
    if top is None or best_is_reference or is_description(text, top) or top_score < 0:
        # A place the gazetteer does not know ("the town of Latifiya") beats a reference point ("south of the capital").
        taken = [] if top is None else [
            PlaceMention(*match.span("name"), match.group("name"), place=None, score=0.0)
            for match in NAMED_AS_TAKEN.finditer(text, *clause) if not NOT_A_PLACE.match(match.group("name"))
        ]
        unknown = [
            m for m in sorted([*unknown_places(text, clause), *taken], key=lambda m: m.start)
            if not any(a.start < m.end and m.start < a.end for a in actors) and not any(p.start < m.end and m.start < p.end for p in mentions)
        ]
        if unknown or not scored:
            return [_placed_by_description(text, m, candidates, mentions) for m in unknown[:1]]
    best = _town_of_site(text, top, candidates) or top
    if (inner := _unknown_inside(text, clause, trigger, best, mentions, candidates, actors)) is not None:
        return [inner]
    chosen = [best]
    ordered = sorted((m for _, m in scored), key=lambda m: m.start)
    index = ordered.index(best)
    for step in (-1, 1):
        i = index
        while 0 <= i + step < len(ordered):
            left, right = (ordered[i + step], ordered[i]) if step < 0 else (ordered[i], ordered[i + step])
            joined = ordered[i + step]
            if not _COORDINATED.match(text[left.end : right.start]) or (
                joined.place is not None and rank(joined, text) != rank(best, text)
            ):
                break
            i += step
            chosen.append(ordered[i])
    chosen.sort(key=lambda m: m.start)
    if best_is_reference:  # only a reference point is named: ACLED codes "near" it, geo_precision 2
        return [Location(m, max(2, precision_of(text, m)), "reference point named in the sentence", fallback=True) for m in chosen]
    return [
        _placed_by_description(text, m, candidates, mentions) if m.place is None
        else part or Location(m, precision_of(text, m), "named in the sentence", fallback=is_description(text, m))
        for m in chosen
        for part in [_part_of_country(text, m)]
    ]


def _town_of_site(text: str, site: PlaceMention, candidates: Sequence[PlaceMention]) -> PlaceMention | None:
    """Returns the place a building or site the gazetteer lacks stands in ("Vanderbilt University Medical Center
    in Nashville", "the Khansa police station in the Kamaliyah district"): ACLED codes the town, which has a
    point; None when ``site`` is no such building or no place follows it."""
    if not is_facility(text, site):
        return None
    for mention in sorted(candidates, key=lambda m: m.start):
        if mention.start >= site.end and _SITE_IN.match(text, site.end, mention.start) and not is_facility(text, mention):
            return mention
    return None


def _part_of_country(text: str, mention: PlaceMention) -> Location | None:
    """Returns the Location of "northwest Pakistan", "eastern DR Congo": the middle of that part of the country's
    land, at geo_precision 3 (a region), rather than the middle of the whole country; None for other mentions."""
    if mention.place is None or mention.place.feature != "country":
        return None
    direction = _COUNTRY_PART_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    point = part_point(mention.place.country_code, direction.group("direction")) if direction else None
    if point is None:
        return None
    name = f"{direction.group('direction').lower()} {mention.place.name}"
    place = replace(mention.place, name=name, latitude=point[0], longitude=point[1], feature="region", source="part of a country")
    part = PlaceMention(direction.start(), mention.end, text[direction.start() : mention.end], place, mention.score)
    return Location(part, 3, "part of a country named in the sentence")


def _unknown_inside(
    text: str, clause: tuple[int, int], trigger: tuple[int, int], best: PlaceMention,
    mentions: Sequence[PlaceMention], candidates: Sequence[PlaceMention], actors,
) -> Location | None:
    """Returns a place the gazetteer lacks named as lying in the best known one ("the village of Tsurif in Hebron
    district", "Findik region of Sirnak") or nearer the event word than it, placed by the description beside it
    or at the known place's point, with geo_precision 2; None when there is none."""
    if best.place is None or best.place.feature == "relative":
        return None  # the best place is already one the gazetteer lacks
    unknowns = unknown_places(text, clause, strict=True)
    held = [u for u in unknowns if 0 <= best.start - u.end <= 30 and _HELD_IN.match(text[u.end : best.start])]
    if rank(best, text) >= 3.0 and not KIND_OF.match(text[best.end : best.end + 30]) and not held:
        return None  # the best place is already a town, and not named as holding a smaller one
    for unknown in held or unknowns:
        if any(m.start < unknown.end and unknown.start < m.end for m in mentions) or any(
            a.start < unknown.end and unknown.start < a.end for a in actors
        ):
            continue
        nearer = distance_to_trigger(unknown, trigger) < distance_to_trigger(best, trigger)
        if nearer or abs(unknown.start - best.end) <= 40 or abs(best.start - unknown.end) <= 40:
            described = _placed_by_description(text, unknown, candidates, mentions)
            if described.mention.place is not None:
                return described
            return _placed_in(text, unknown, best)
    return None


def _is_hamlet(mention: PlaceMention) -> bool:
    """Returns True for a name that fits no place, or only a populated place of fewer than 5,000 people."""
    place = mention.place
    return place is None or (place.feature == "populated place" and (place.population or 0) < 5_000)


def _can_locate(mention: PlaceMention, text: str, literal: bool = True) -> bool:
    """Returns True for a literal mention of a place, resolved or not: a place named unmistakably but found in
    no gazetteer ("the Heart Hospital") is still where the event happened, kept by its name. With ``literal``
    False, the test is for a place read as metonymy or as where someone spoke that a locative preposition
    introduces all the same ("a bomb in northwest Pakistan killed"): a government or a speaker is never "in" a place."""
    if literal and mention.role != "literal":
        return False
    if not literal and (mention.role not in ("metonymic", "speaker") or not _SCENE_BEFORE.search(text, max(0, mention.start - 40), mention.start)):
        return False
    return mention.place is not None or capitalised(mention.text)


def _placed_by_description(
    text: str, unknown: PlaceMention, candidates: Sequence[PlaceMention], mentions: Sequence[PlaceMention] = ()
) -> Location:
    """Returns the Location of a place the gazetteer lacks; when a description follows its name ("the town of
    Latifiya, south of the capital"), the point the description gives places it, at geo_precision 2."""
    for mention in sorted(candidates, key=lambda m: m.start):
        if not mention.place or not 0 <= mention.start - unknown.end <= 70 or not text.startswith(",", unknown.end):
            continue
        between = (unknown.end, mention.start)
        if is_description(text, mention) or REFERENCE.search(text[between[0] : between[1]]):
            return Location(_at_point_of(unknown, mention), 2, "named in the text, placed by the description beside it")
    return _placed_in_holder(text, unknown, mentions) or Location(unknown, 1, "named in the text, not found in the gazetteer")


def _placed_in_holder(text: str, unknown: PlaceMention, mentions: Sequence[PlaceMention]) -> Location | None:
    """Returns the Location of a place the gazetteer lacks at the point of the known place the text names as
    holding it ("Aleis and Alzorba in southern rural Aleppo", "Mainok, Borno"), with geo_precision 2 or the
    holder's coarser one; None when no known place named soon after holds it."""
    holders = [
        m for m in sorted(mentions, key=lambda m: m.start)
        if 0 <= m.start - unknown.end <= 90 and m.role == "literal" and m.place is not None and m.place.feature != "relative"
        and not is_facility(text, m) and (gap := _HOLDER_AFTER.match(text[unknown.end : m.start]))
        and (not gap.group().endswith(", ") or _APPOSED_HOLDER_ENDS.match(text, m.end))
    ]
    return _placed_in(text, unknown, holders[0]) if holders else None


def _placed_in(text: str, unknown: PlaceMention, holder: PlaceMention) -> Location:
    """Returns the Location of a place the gazetteer lacks at the point of the known place holding it, with
    geo_precision 2 or the holder's coarser one."""
    return Location(_at_point_of(unknown, holder), max(2, precision_of(text, holder)), f"named in the text, placed in {holder.place.name}")


def _at_point_of(unknown: PlaceMention, known: PlaceMention) -> PlaceMention:
    """Returns ``unknown`` with the point, country and province of ``known``, under its own name."""
    return PlaceMention(unknown.start, unknown.end, unknown.text, replace(known.place, name=unknown.text), known.score)


def _asides(text: str, clause: tuple[int, int]) -> list[tuple[int, int]]:
    """Returns the spans of non-restrictive relative clauses (", which is also active in Syria,")."""
    return [m.span() for m in _ASIDE.finditer(text, clause[0], clause[1])]


def refers_back(text: str, clause: tuple[int, int]) -> bool:
    """Returns True when ``clause`` points back to a place named before ("in the town", "there")."""
    return bool(_ANAPHOR.search(text[clause[0] : clause[1]]))


def precision_of(text: str, mention: PlaceMention) -> int:
    """Returns ACLED's geo_precision for an event at ``mention``: the coarser of the place's own and "near X"'s 2."""
    precision = max(mention.precision or 1, mention.place.geo_precision if mention.place else 1)
    if _NEAR.search(text[max(0, mention.start - 60) : mention.start]):
        precision = max(precision, 2)
    return precision


# "northwest Pakistan", "eastern DR Congo", "north-western Syria": a part of a country, not its middle.
_COUNTRY_PART_BEFORE = re.compile(
    rf"(?P<direction>\b{DIRECTION})\s+(?:the\s+)?$", re.IGNORECASE
)
# What is done to people and never to places ("Hamdan was captured at a roadblock", "Hassan al-Haj was killed"),
# said of a name that is not itself introduced as a place ("a man driving through the West Bank was shot" is about
# the man).
_PERSON_DONE_TO = re.compile(
    r"(?:,[^,;]{1,60},|(?:\s+(?:(?:al|el|bin|ibn|abu|de|van|von)[-\s])?(?!(?:City|Town|Province|District|Governorate|Village|Camp|State|County)\b)(?-i:[A-Z])[\w'’-]+){1,2})?"
    r"\s+(?:was|were|had been|has been|is|gets|got)\s+(?:\w+ly\s+)?(?:shot|killed|murdered|arrested|wounded|kidnapped|injured|stabbed"
    r"|executed|detained|jailed|hanged|beheaded|assassinated|abducted|sentenced|convicted|tortured|raped|beaten|imprisoned|extradited"
    r"|captured\s+(?:in|at|near|on|while|during|by\s+(?:police|troops|soldiers|agents|authorities|security)))\b",
    re.IGNORECASE,
)
# "Mussolini was captured and shot": a name that "was captured" is a person when it only fits a hamlet, whereas a
# town that was captured is a territory taken.
_CAPTURED_AFTER = re.compile(r"\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?captured\b")
# What a person owns and a town does not: "in Anderson's apartment", "shot down Ramirez' helicopter".
_PERSONAL_BELONGING = re.compile(
    r"(?:['’]s|['’])\s+(?:\w+\s+)?(?:apartment|flat|house|home|residence|bedroom|car|helicopter|plane|jet|wife|husband|son|daughter"
    r"|brother|sister|father|mother|family|body|funeral|grave|bodyguards?|lawyer)\b"
)
# Police and detectives take people, never towns: "Police captured Troia at dawn", "detectives arrested Hamid".
_ARRESTED_BY_POLICE = re.compile(r"\b(?:police|policemen|detectives|FBI\s+agents)\s+(?:\w+ly\s+)?(?:captured|arrested|detained|nabbed|apprehended)\s+$", re.IGNORECASE)
_DONE_TO_ONESELF = re.compile(r"\s+(?:\w+ly\s+)?[a-z]+\s+(?:himself|herself)\b")
# "captured Fernando Aguero": a name followed by a surname right after the deed is the person it was done to
_SURNAME_AFTER = re.compile(r"\s+(?:(?:de|del|da|van|von|bin|ibn|al|el)[-\s])?(?!(?:City|Town|Province|District|Governorate|Village|Camp|State|County|Region|Valley|Island|Airport|Base|Square|Street"
    r"|Road|Bridge|Market|Hill|Mountains?|River|[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z][a-z]+\b(?!['’]s)")
# "Patten's hotel", "Uribe's vehicle": a belonging of a person whose name only fits a hamlet
_OWNED_BY_NAME = re.compile(r"['’]\s?s\s+(?:hotel|vehicle|office|tomb|shop|store|farm|compound|convoy|motorcade)\b", re.IGNORECASE)
# The words between a site's name and the town it stands in: "Medical Center in", "police station in the", "Hospital
# in the capital,".
_SITE_IN = re.compile(r"(?:\s+[\w'’-]+){0,3}\s+(?:in|at)\s+(?:the\s+)?(?:(?:capital|city|town|village)\s*,?\s+(?:of\s+)?)?$",
                      re.IGNORECASE)
# A name no gazetteer lists after "a"/"an" qualifies a noun or is a noun ("a Sufi shrine", "a Mosque"): a place's own
# name takes no indefinite article.
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+$")
_CAPITALISED_BEFORE = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+) $")
_CAPITALISED_AFTER = re.compile(r" (?!(?:City|Province|Governorate|District|Region|State|County|Strip|Valley|Camp|Town|Village|Island|Islands|Mountains?|Bay|Sea|River|Airport|Oblast|Republic|Heights|Plain|Plains)\b)[A-Z][a-z]+\b")
_PLACE_WORD = re.compile(r"North|South|East|West|New|Upper|Lower|Greater|Central|Northern|Southern|Eastern|Western|Old|Great|Little|San|Santa|Saint|Port|Fort|Mount|Lake|Cape|Al|El|Tel|Tal|Deir|Kafr|Ain|Bir|Wadi|Jabal|Ras|Beit|Sheikh")


def _inside_a_name(text: str, mention: PlaceMention) -> bool:
    """Returns True when capitalised words other than a place's own stand on both sides of the mention."""
    before = _CAPITALISED_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    return bool(before and not _PLACE_WORD.fullmatch(before.group(1)) and _CAPITALISED_AFTER.match(text, mention.end))
