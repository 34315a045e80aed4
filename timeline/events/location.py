"""The event's location: the place where it happened, chosen among the place mentions of its clause.

Not every place in a sentence is where the event happened. A place named as a reference point ("73 km
north-east of the capital Baghdad", "west of Baghdad") only says where the real place lies; a place in the
attribution ("a medical source from Fallujah hospital told Xinhua") is where someone spoke. Among the rest,
a place introduced by a locative preposition ("in", "near", "outside") close to the event word wins, and a
town beats the province and the province the country (ACLED codes the most precise place reported).
Places joined by "and" under the same preposition ("clashes in Fallujah and Ramadi") are all locations:
one event each. A clause naming no place but pointing back to one ("in the town", "there") takes the
place of the event before it. A place the gazetteer lacks but the text names unmistakably ("the town of
Latifiya, south of the capital") keeps its name and takes the point its description or its containing place
gives, at geo_precision 2; with neither it keeps its name without coordinates, so nothing is lost.
The geoparser's unlisted places (:mod:`gazetteer.unlisted`: "the Heart Hospital", "Yaqshid district of
Mogadishu") compete like any other, ranked by the kind the text gives them (a village as a town, a district
below it), and a place named as lying in another ("Hawdal district of Mogadishu", "the Nairobi suburb of
Kangemi") beats the place holding it. An opening "In X," only sets the scene when the clause names another place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from gazetteer import PlaceMention
from gazetteer.areas import part_point
from gazetteer.folding import fold
from gazetteer.gazetteer import demonyms
from timeline.events.actors import find_actors

_DIRECTION = r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|central)"
# "...km north-east of the capital Baghdad", "west of Baghdad", "just north of the militant-seized city of"
_REFERENCE = re.compile(
    rf"(?:{_DIRECTION}(?:ern)?\s+of|(?:from|of|to)\s+the\s+capital,?|(?:km|kilometers|kilometres|miles|mi)\s+(?:\(\d+\s*\w+\)\s+)?(?:from|of|outside))\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:(?-i:[A-Z])[\w'’-]*,\s+)?$",  # "north of Laredo, Texas": the state names the point's place
    re.IGNORECASE,
)
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|inside|near|outside|around|on|into|across|throughout|through|along|over|within|towards?|between|outskirts of|edge of|centre of|center of|heart of|streets of|parts? of|control of|cit(?:y|ies) of|towns? of|villages? of|settlements? of|(?:populated )?localit(?:y|ies) of|districts? of|areas? of|province of|region of|suburbs? of|boroughs? of|neighbou?rhoods?,? (?:of)?|localit(?:y|ies) of"
    r"|hometown of|capital(?: city)?,? (?:of)?|ports? (?:city )?of|resorts? of|state of|county of|municipality of|governorate of|countryside of|islands? of|quarter of|enclave of|camps? of|valley of|stronghold of|bastion of"
    r"|raided|stormed|shelled|bombed|overran|besieged|entered|recaptured|liberated|attacked|targeted|invaded|occupied|torched|looted|ransacked)\s+(?:the\s+)?(?:[\w'’‘-]+\s+){0,3}?)$",
    re.IGNORECASE,
)
_NEAR = re.compile(r"\b(?:near|outside|around|outskirts of|edge of|close to|vicinity of|\d+\s*(?:km|kilomet\w+|miles?)\s+\w+\s+of|countryside of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?$", re.IGNORECASE)
_ATTRIBUTION_AFTER = re.compile(r"^[\w\s'-]{0,30}?\b(?:hospital|officials?|source|sources|spokes\w+|police chief|governor|council|authorities|told|said|says|reported|confirmed|media|television|TV)\b", re.IGNORECASE)
_ATTRIBUTION_BEFORE = re.compile(r"\b(?:told|said|according to|source|sources|official|officials|spokes\w+|reporters?)\b[^,;.]{0,40}$", re.IGNORECASE)
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
    # "Jets sent by the alliance -- which includes the former Kabul regime -- bombed Herat": a dashed aside
    r"|\s(?:--|—|–)\s*(?:which|who)\b[^-—–;]*(?:--|—|–)",
    re.IGNORECASE,
)
# ", a town located on the highway between Homs and Palmyra": the places after a place's description say where that
# place lies, not where the event was.
_DESCRIBED_BEFORE = re.compile(
    r"[A-Za-z'’)],\s+an?\s+(?:[\w-]+\s+){0,2}(?:town|village|city|district|area|suburb|neighbou?rhood|region|settlement|hamlet"
    r"|locality|camp|outpost|base)\b[^,;()]*$", re.IGNORECASE)
_BORDER_WITH = re.compile(r"\b(?:border|crossing|frontier|boundary|point|borders)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
_OBJECT = re.compile(r"^\s+(?:the\s+)?(?:(?:key|strategic|town|city|village|district|area|towns|villages|of|mountaintop|besieged|rebel-held|border)\s+){0,4}$", re.IGNORECASE)
# "captured western Afghanistan", "captured more than a third of Zaire", "70 percent of Bosnia's": a share of the land taken
_SHARE_TAKEN = re.compile(
    rf"^\s+(?:(?:more|less|than|almost|nearly|about|some|over|a|one|two|\d+|third|quarter|half|percent|per|cent|most|much|all|parts?|large|swathes?|bulk|rest|of|the|{_DIRECTION}(?:ern)?)\s+){{1,6}}$",
    re.IGNORECASE,
)
_QUALIFIES_NOUN = re.compile(  # "Uber offices", "two Malik camps", "Chechen separatist forces": a noun after the name
    r"['’]s\s+(?!territory|land)|\s+(?!(?:in|on|at|of|over|from|to|for|with|by|and|or|but|since|after|before|during|near|as|into|across|last|this|that"
    r"|which|where|when|while|until|through|under|against|along|around|amid|early|late|again|town|city|village|district"
    r"|province|governorate|region|area|countryside)\b)[a-z]+(?<!ing)(?<!ed)\b")
_KIND_OF = re.compile(r"^\s*(?:['’]s\s+)?(?:neighbou?rhood|district|suburb|borough|quarter|village|town|township|area|countryside|outskirts|camp|state|province|governorate)s?\s+of\s+(?:the\s+)?", re.IGNORECASE)
# "Manila's neighbouring province of", "Kasi's hometown of": the owner of the place named next, not a scene.
_OWNS_A_REGION = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:province|district|region|state|county|governorate|suburb|neighbou?rhood|home ?town|birthplace)\s+of\b",
    re.IGNORECASE,
)
# An opening "In X," that sets the scene for the clause, and the opening's end: "In Kandahar,", "In Gaza Sunday,".
_SETTING_AFTER = re.compile(r"\s*(?:(?:on\s+)?[A-Z][a-z]+day|today|yesterday|overnight)?\s*,")
_SETTING_BEFORE = re.compile(r"^\W*(?:(?:Meanwhile|Elsewhere|Also),?\s+)?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# Where someone was taken afterwards ("before being transferred to Guantanamo") is not where the event happened.
_TAKEN_TO = re.compile(
    r"\b(?:transferred|shifted|taken|flown|deported|extradited|handed\s+over|evacuated|rushed|brought|airlifted|"
    r"transported|repatriated)\s+(?:back\s+)?to\s+(?:the\s+)?$", re.IGNORECASE)
# "captured in Sudan, hauled in a sack to Paris", "returned to Trinidad": where a captive was moved after the capture
_CAPTIVE_MOVED = re.compile(
    r"\b(?:hauled|returned|sent|driven|drove|moved|carried|taken|flown|deported|extradited|brought|transferred|handed\s+over"
    r"|turned\s+(?:him|her|them)\s+over)\b[^,.;]{0,40}?\b(?:to|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_CAPTURE_WORD = re.compile(r"captur|arrest|detain|abduct|kidnap|seiz|nabb|caught|apprehend", re.IGNORECASE)
# "allied with the government in Kinshasa": the seat of a government, not a scene
_SEAT_OF = re.compile(r"\b(?:government|regime|administration|junta|leadership)\s+in\s+$", re.IGNORECASE)
# "..., and in Prijedor, a man has been arrested": a second setting opening a deed of its own
_NEW_SETTING = re.compile(r"[,;]\s*(?:and|but|while|whereas)\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# "the Los Angeles suburb of X": X is the smaller place, not one held in the place before it.
_KIND_OF_BEFORE = re.compile(r"\b(?:neighbou?rhood|district|suburb|borough|quarter|village|town|area|camp|township|city|state|province|governorate)s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# Between a place and the town it is near: "Albu Ajil near Tikrit", "Sogam, close to the".
_NEAR_OTHER = re.compile(r"(?:\s+(?:village|town|area|camp|district))?,?\s+(?:near|close\s+to|not\s+far\s+from|outside)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?",
                         re.IGNORECASE)
_ROAD_NAME = re.compile(r"\b(?:Highway|Road|Street|Avenue|Motorway)$")
_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|been)\b", re.IGNORECASE)
_ORIGIN = re.compile(
    r"\b(?:one|other|others|man|woman|men|women|nationals?|natives?|residents?|citizens?|family|originally|hails?"
    r"|troops|soldiers|peacekeepers|contingents?|volunteers|delegates|delegations?)\s+from\s+(?:the\s+)?$"
    r"|\bfrom\s+an?\s+(?:[\w-]+\s+){0,2}(?:family|background|household)\s+(?:in|of)\s+(?:the\s+)?$"  # "Lindh, from a middle-class family in X"
    r"|,\s*(?:aged\s+)?\d{1,3},\s+(?:of|from)\s+(?:(?:(?-i:[A-Z])[\w'’-]*|near|in|of|outside|the|al|el|\w+ern|central|city|town|village|province|district|capital)\s+)*$",  # "Moussa Ranimat, 28, of Kafr Tsurif near Hebron": a person's home
    re.IGNORECASE,
)
# "Yarmouk Refugee Camp of southern Damascus", "Findik, in Sirnak": the second place holds the first.
_HELD_IN = re.compile(r"^\s*(?:(?:refugee|camp|district|area|village|town|region|quarter|neighbou?rhood)\s+){0,2},?\s*(?:in|of)\s+(?:the\s+)?(?:(?:\w+ern|central|rural|greater|eastern|western)\s+)?$", re.IGNORECASE)
# "over the weekend" and "about 20 people" are a time and a number, not a topic.
_TOPIC = re.compile(r"\b(?:against|over(?!\s+(?:the\s+|a\s+)?(?:(?:past|last|next|previous|following|coming|recent)\s+)?"
                    r"(?:weekend|night|period|course|years?|months?|weeks?|days?|hours?|decades?|\d|two|three|four|five|six|several))"
                    r"|about(?!\s+(?:\d|a\s+(?:dozen|hundred|thousand)|half|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds|dozens|thousands))"
                    r"|to (?:protest|denounce|condemn|demand|urge|support|reject)|in protest (?:at|of|over)|demanding|calling for|in solidarity with)\b", re.IGNORECASE)
# A second verb phrase ends the topic: "..., and burned", "then marched", "before rallying".
_TOPIC_ENDS = re.compile(r"(?:[,;]\s+|\s)(?:and|then|before|after|while|where)\s+(?:\w+ly\s+)?(?:then\s+)?[a-z]+(?:ed|ing)\b|[;:.!?](?:\s|$)")
# An attack "against the fighters inside the village of X" has a target, not a topic: only a gathering is "against" one.
_GATHERING_WORD = re.compile(r"protest|demonstrat|rall|march|sit-?in|strike|vigil|gather|picket|boycott", re.IGNORECASE)
_CONTAINER = re.compile(r"(?:^|[\s,])(?:in|of)\s+(?=(?:the\s+)?(?:[\w-]+\s+){0,3}$)", re.IGNORECASE)
_NAME = (
    r"(?P<name>(?!(?:The|A|An|This|That|These|Those|In|On|At)\s)(?:(?:al|el|as|ad|ar|an|ash|at|az)[-\s])?[A-Z][\w'‘’-]+(?<!['’]s)"
    r"(?:\s+(?!(?:Refugee|Camp|District|Area|Village|Town|Province|Region|Governorate|County|Local)\b)(?:(?:al|el|bin|de|del|la)[-\s])?[A-Z][\w'‘’-]+(?<!['’]s)){0,2})"
)
_NAMED_KIND_OF = re.compile(
    r"\b(?:[Tt]owns?|[Vv]illages?|[Ss]ettlements?|[Cc]it(?:y|ies)|[Dd]istricts?|[Nn]eighbou?rhoods?|[Ss]uburbs?|[Hh]amlets?|[Ll]ocalit(?:y|ies)|[Cc]amp|[Rr]egion|[Pp]rovince|[Aa]rea"
    r"|[Hh]ill(?:side|top)?|[Mm]ountain(?:top)?|[Vv]alley|[Oo]utskirts|[Qq]uarter|[Ss]tronghold|[Bb]astion|[Ff]arms|[Pp]erimeter|[Cc]ommunity|[Tt]ownship"
    r"|[Ss]lopes|[Ee]nvirons|[Rr]esidents|[Vv]illagers|[Pp]eople) of " + _NAME
)
# "stormed Najarah", "an assault on Taqsis", "targeting the strategic Al-Ramouseh": the place an advance or a raid takes.
_NAMED_AS_TARGET = re.compile(
    r"\b(?:storm(?:ed|ing)|invad(?:ed|ing)|raid(?:ed|ing)|enter(?:ed|ing)|overr?an|liberat(?:ed|ing|e)"
    r"|target(?:ed|ing)|(?:attack|assault|offensive|advance|raid)s? (?:on|at|towards?)) (?:the )?"
    r"(?:(?:strategic|key|nearby|besieged|rebel-held|ISIS-held|jihadist-held|militant-held|government-held|imperative|small|large|town|village) ){0,2}"
    + _NAME + r"(?<!['’]s)(?=[\s,.;:)]|$)"
)
# "have captured Kilwamba": what was captured may be a person as well as a town, so this counts only when the
# clause names no better place than a reference point or one every rule speaks against.
_NAMED_AS_TAKEN = re.compile(r"\b(?:(?:re)?captur(?:ed|ing)|retook|seiz(?:ed|ing)|took (?:full )?control of) (?:the )?" + _NAME + r"(?<!['’]s)(?=[\s,.;:)]|$)")
_KINDS_AFTER = (
    r"(?:[Dd]istricts?|[Aa]reas?|[Aa]xis|[Ss]prings|[Pp]roject|[Cc]omplex|[Mm]ilitary [Aa]irport|[Aa]irbase|[Vv]illages?|[Tt]owns?|[Cc]amp|[Rr]efugee [Cc]amp|[Nn]eighbou?rhoods?|[Rr]egion|[Pp]rovince|[Cc]ounty|[Gg]overnorate"
    r"|[Ss]ector|[Ss]uburb|[Mm]unicipality|[Qq]uarter|[Ll]ocal [Gg]overnment [Aa]rea|block|tehsil|constituency|commune|ward|sub-district)\b"
)
_NAMED_WITH_KIND = re.compile(r"\b(?<![A-Z]\w )" + _NAME + r"(?:\s+and\s+[A-Z][\w'‘’-]+)? " + _KINDS_AFTER)
_SCENE_BEFORE = re.compile(rf"\b(?:in|at|inside|near|outside|across|throughout)\s+(?:the\s+)?(?:(?:[\w]+-infested|[\w]+-hit|restive|troubled|volatile|lawless|{_DIRECTION}(?:ern)?)\s+){{0,2}}$", re.IGNORECASE)
# "at village Lassipora", "assaults on nearby Qabasin": a name the gazetteer lacks, introduced as a place.
_NAMED_AFTER_KIND = re.compile(r"\b(?:at|in|on) (?:the )?(?:nearby |village |town |hamlet )" + _NAME + r"(?=[\s,.;:]|$)")
# "the crowded Khillani Square", "the Deir Ezzor Military Airport": a named site, when nothing else places the event.
_NAMED_SITE = re.compile(
    r"\b(?:the |a )?(?:\w+ )?" + _NAME + r" (?:Square|Airport|Military Airport|Air ?[Bb]ase|Airbase|Hospital|Market|Bazaar|Stadium|Prison|University|Mosque|Mountains|Dam)\b"
)
_NAMED_AFTER_PREPOSITION = re.compile(r"\b(?:in|near|outside|inside|around) (?:the )?" + _NAME + r"(?=[\s,.;:]|$)")
_NOT_A_PLACE = re.compile(
    r"(?:Shi(?:'?ite|a)|Sunni|Kurdish|Christian|Muslim|Arab|Druze|Alawite|Jewish|Palestinian|Western|Eastern|Northern|Southern|Central|Old|New"
    r"|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday|Christmas|Easter|Ramadan|Eid|The|This|That|These|Those|His|Her|Their|Its|Our|A|An|Parliament|Congress"
    r"|Government|Army|Police|President|Prime|Minister|Ministry|Council|Court|University|Hospital|Mr|Mrs|Ms|Dr|General|Gen"
    r"|Islamist|Jihadist|Jaysh|Jabhat|Harakat|Liwaa|Faylaq|Hezbollah|Hizbollah"
    r"|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen"
    r"|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Thousand|Dozens|Hundreds|Thousands|Scores"
    r"|In|At|On|By|For|From|With|Of|To|As|After|Before|During|Near|Across|Inside|Outside|Around|Along|Throughout|Meanwhile"
    r"|Elsewhere|Also|But|And|Both|All|Many|Several|Some|Most|Other|Such|Two-thirds|Half|[Aa]l[- ]Qa'?[ei]da)\b"
)
_FEATURE_RANK = {"populated place": 3.0, "user": 3.0, "relative": 0.5, "admin2": 2.0, "admin1": 1.0, "region": 1.0, "country": 0.0}


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
        and not _NOT_A_PLACE.fullmatch(m.text)  # "a Jewish neighbourhood": some gazetteer's village, but here a people
        and not any(a.start < m.end and m.start < a.end for a in actors)  # "Islamic State of Iraq and the Levant"
        and not any(s <= m.start < e for s, e in asides)
        and not _inside_a_name(text, m)  # "Radio France Internationale": a name holding a place name is not a place
        and not ((_PERSON_DONE_TO.match(text, m.end) or (_CAPTURED_AFTER.match(text, m.end) and m.place is not None and _is_hamlet(m)))
                 and not _PREPOSITION_BEFORE.search(text, max(0, m.start - 20), m.start))
        and not (_PERSONAL_BELONGING.match(text, m.end) and not (m.place and m.place.feature == "country"))
        and not (_OWNED_BY_NAME.match(text, m.end) and m.place is not None and _is_hamlet(m))
        and not text.startswith((" Time", " time"), m.end)  # "10 A.M. (Damascus Time)": a clock, not a scene
        and not (m.place is None and _INDEFINITE_BEFORE.search(text, max(0, m.start - 4), m.start))  # "a Sufi shrine"
    ]
    candidates = [m for m in in_clause if _can_locate(m, text)] or [m for m in in_clause if _can_locate(m, text, literal=False)]
    scored = [(_score(text, m, clause, trigger, candidates), m) for m in candidates]
    references = {id(m) for m in candidates if _is_reference(text, m, clause)}
    top_score, top = max(scored, key=lambda pair: pair[0]) if scored else (0.0, None)
    best_is_reference = top is not None and id(top) in references
    # A place every rule speaks against ("on the border with Zambia") loses to one the gazetteer lacks, too.
    if top is None or best_is_reference or is_description(text, top) or top_score < 0:
        # A place the gazetteer does not know ("the town of Latifiya") beats a reference point ("south of the capital").
        taken = [] if top is None else [
            PlaceMention(*match.span("name"), match.group("name"), place=None, score=0.0)
            for match in _NAMED_AS_TAKEN.finditer(text, *clause) if not _NOT_A_PLACE.match(match.group("name"))
        ]
        unknown = [
            m for m in sorted([*unknown_places(text, clause), *taken], key=lambda m: m.start)
            if not any(a.start < m.end and m.start < a.end for a in actors) and not any(p.start < m.end and m.start < p.end for p in mentions)
        ]
        if unknown or not scored:
            return [_placed_by_description(text, m, candidates) for m in unknown[:1]]
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
        _placed_by_description(text, m, candidates) if m.place is None
        else part or Location(m, precision_of(text, m), "named in the sentence", fallback=is_description(text, m))
        for m in chosen
        for part in [_part_of_country(text, m)]
    ]


def _town_of_site(text: str, site: PlaceMention, candidates: Sequence[PlaceMention]) -> PlaceMention | None:
    """Returns the place a building or site the gazetteer lacks stands in ("Vanderbilt University Medical Center
    in Nashville", "the Khansa police station in the Kamaliyah district"): ACLED codes the town, which has a
    point; None when ``site`` is no such building or no place follows it."""
    if not _is_facility(text, site):
        return None
    for mention in sorted(candidates, key=lambda m: m.start):
        if mention.start >= site.end and _SITE_IN.match(text, site.end, mention.start) and not _is_facility(text, mention):
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
    if rank(best, text) >= 3.0 and not _KIND_OF.match(text[best.end : best.end + 30]) and not held:
        return None  # the best place is already a town, and not named as holding a smaller one
    for unknown in held or unknowns:
        if any(m.start < unknown.end and unknown.start < m.end for m in mentions) or any(
            a.start < unknown.end and unknown.start < a.end for a in actors
        ):
            continue
        nearer = _gap(unknown, trigger) < _gap(best, trigger)
        if nearer or abs(unknown.start - best.end) <= 40 or abs(best.start - unknown.end) <= 40:
            described = _placed_by_description(text, unknown, candidates)
            if described.mention.place is not None:
                return described
            place = replace(best.place, name=unknown.text)
            mention = PlaceMention(unknown.start, unknown.end, unknown.text, place, best.score)
            return Location(mention, max(2, precision_of(text, best)), f"named in the text, placed in {best.place.name}")
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
    return mention.place is not None or _capitalised(mention.text)


def _capitalised(name: str) -> bool:
    """Returns True for a name, even one opening with an Arabic article ("al-Quriyah"), not a description."""
    return re.sub(r"^(?:al|el|an|ar|as|ad|ash)[-‘’']", "", name)[:1].isupper()


def _gap(mention: PlaceMention, trigger: tuple[int, int]) -> int:
    return mention.start - trigger[1] if mention.start >= trigger[1] else max(trigger[0] - mention.end, 0)


def _placed_by_description(text: str, unknown: PlaceMention, candidates: Sequence[PlaceMention]) -> Location:
    """Returns the Location of a place the gazetteer lacks; when a description follows its name ("the town of
    Latifiya, south of the capital"), the point the description gives places it, at geo_precision 2."""
    for mention in sorted(candidates, key=lambda m: m.start):
        if not mention.place or not 0 <= mention.start - unknown.end <= 70 or not text.startswith(",", unknown.end):
            continue
        between = (unknown.end, mention.start)
        if is_description(text, mention) or _REFERENCE.search(text[between[0] : between[1]]):
            place = replace(mention.place, name=unknown.text)
            return Location(PlaceMention(unknown.start, unknown.end, unknown.text, place, mention.score), 2, "named in the text, placed by the description beside it")
    return Location(unknown, 1, "named in the text, not found in the gazetteer")


def unknown_places(text: str, clause: tuple[int, int], strict: bool = False) -> list[PlaceMention]:
    """Returns places a clause names unmistakably ("the village of Shurifah", "in Rangae district") that the
    gazetteer did not find: unresolved mentions (``place`` None), so the event keeps its place's name."""
    found = []
    strict_patterns = (_NAMED_KIND_OF, _NAMED_WITH_KIND, _NAMED_AS_TARGET)
    patterns = strict_patterns if strict else (*strict_patterns, _NAMED_AFTER_KIND, _NAMED_AFTER_PREPOSITION, _NAMED_SITE)
    for pattern in patterns:
        for match in pattern.finditer(text, clause[0], clause[1]):
            start, end = match.span("name")
            if _NOT_A_PLACE.match(match.group("name")):
                continue
            if not any(m.start < end and start < m.end for m in found):
                found.append(PlaceMention(start, end, match.group("name"), place=None, score=0.0))
    return sorted(found, key=lambda m: m.start)


def is_description(text: str, mention: PlaceMention) -> bool:
    """Returns True for a point computed from a description set beside another place ("the town, which is 73 km
    north-east of Baghdad"): it says where that place lies, so the place described is the location."""
    if not mention.place or mention.place.feature != "relative":
        return False
    return bool(re.search(r",\s*(?:(?:which|that|it) (?:is|lies)\s*|(?:some|about|around|roughly|approximately|located)\s*)?$", text[max(0, mention.start - 40) : mention.start]))


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
    r"(?P<direction>\b(?:(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central))\s+(?:the\s+)?$", re.IGNORECASE
)
_REGION_OF_BEFORE = re.compile(r"\b(?:provinces?|governorates?|countryside)\s+of\s+(?:the\s+)?$|\brural\s+$", re.IGNORECASE)
_MODIFIER_AFTER = re.compile(
    r"^(?:-(?:led|backed|based|born|made|brokered|trained|funded|allied|controlled|held)\b|-[A-Z][\w'’-]*\s+(?:main\s+|old\s+|new\s+)?(?:road|highway|motorway|railway|pipeline|axis)\b|\s+(?:war|wars|conflict|peace|government|forces|troops|military|army|navy"
    r"|officials?|embassy|embassies|consulate|ambassador|envoy|diplomats?|soldiers|marines|authorities|administration|regime|coalition|warplanes|jets|drones?|helicopters?|patrols?"
    r"|tribes?|tribesmen|clans?)\b)",
    re.IGNORECASE,
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
# "Patten's hotel", "Uribe's vehicle": a belonging of a person whose name only fits a hamlet
_OWNED_BY_NAME = re.compile(r"['’]\s?s\s+(?:hotel|vehicle|office|tomb|shop|store|farm|compound|convoy|motorcade)\b", re.IGNORECASE)
# "Israel captured and annexed East Jerusalem", "was captured by Israel": the state that acted, not the scene
_ACTED_BEFORE = re.compile(r"\s+(?:\w+ly\s+)?(?:(?:has|have|had)\s+)?$")
_ACTED_AFTER = re.compile(r"(?:\s+and\s+\w+)?\s+by\s+(?:the\s+)?$")
_FACILITY = re.compile(
    r"\b(?:hospital|clinic|university|museum|mosque|market|bazaar|stadium|prison|hotel|school|church|cathedral|temple|shrine|tomb|theat(?:er|re)|restaurant"
    r"|caf[eé]|bar|office|embassy|consulate|cent(?:er|re)|station|factory|mall|palace|building|headquarters|hall)s?\b",
    re.IGNORECASE,
)
# The words between a site's name and the town it stands in: "Medical Center in", "police station in the", "Hospital
# in the capital,".
_SITE_IN = re.compile(r"(?:\s+[\w'’-]+){0,3}\s+(?:in|at)\s+(?:the\s+)?(?:(?:capital|city|town|village)\s*,?\s+(?:of\s+)?)?$",
                      re.IGNORECASE)
# A name no gazetteer lists after "a"/"an" qualifies a noun or is a noun ("a Sufi shrine", "a Mosque"): a place's own
# name takes no indefinite article.
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|on|near|through|of|from|to|into|across|outside|inside)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_CAPITALISED_BEFORE = re.compile(r"(?<=[a-z,] )([A-Z][a-z]+) $")
_CAPITALISED_AFTER = re.compile(r" (?!(?:City|Province|Governorate|District|Region|State|County|Strip|Valley|Camp|Town|Village|Island|Islands|Mountains?|Bay|Sea|River|Airport|Oblast|Republic|Heights|Plain|Plains)\b)[A-Z][a-z]+\b")
_PLACE_WORD = re.compile(r"North|South|East|West|New|Upper|Lower|Greater|Central|Northern|Southern|Eastern|Western|Old|Great|Little|San|Santa|Saint|Port|Fort|Mount|Lake|Cape|Al|El|Tel|Tal|Deir|Kafr|Ain|Bir|Wadi|Jabal|Ras|Beit|Sheikh")
_PART_OF_BEFORE = re.compile(
    r"\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|greater)\s+$|\b(?:suburbs?|sectors?|districts|neighbou?rhoods|pocket|corridor)\s+of\s+(?:(?:the|\w+ern)\s+)*$",
    re.IGNORECASE,
)
_REGION_KIND_AFTER = re.compile(r"\s+(?:district|province|governorate|region|county|state|municipality|LGA|local\s+government\s+area)\b", re.IGNORECASE)
_REGION_AFTER = re.compile(r"['’]?s?\s+(?:province|governorate|countryside|region)\b", re.IGNORECASE)
_TOWN_OF_BEFORE = re.compile(r"\b(?:town|village|city|hamlet|settlement|localit(?:y|ie))s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# The kind of place an unresolved name is said to be ("the village of X", "X district", "X Governorate").
_TOWN_KINDS = re.compile(r"^(?:towns?|villages?|cit(?:y|ies)|camps?|neighbou?rhoods?|suburbs?|townships?|quarters?|hamlets?|settlements?|localit(?:y|ies)"
                         r"|hospital|university|museum|mosque|market|square|airport|base|airbase|prison|stadium|roundabout|junction|crossing"
                         r"|checkpoint|bridge|farms|palace|shrine|compound|hotel|school|church)$", re.IGNORECASE)
_DISTRICT_KINDS = re.compile(r"^(?:districts?|sub-districts?|count(?:y|ies)|municipalit(?:y|ies)|communes?|townships?|areas?|LGA|valley|mountains?)$", re.IGNORECASE)
_REGION_KINDS = re.compile(r"^(?:provinces?|regions?|governorates?|states?|territor(?:y|ies))$", re.IGNORECASE)


def rank(mention: PlaceMention, text: str = "") -> float:
    """Returns how specific the mention's place is: a town 3, a district 2, a province 1, a country 0."""
    feature = mention.place.feature if mention.place is not None else None
    preceding = text[max(0, mention.start - 40) : mention.start]
    if text and feature in ("admin2", "admin1", "region") and _names_a_town(preceding):
        return 3.0  # "the village of Mhardeh": the text says what it is, whatever the gazetteer's nearest entry
    if text and (_REGION_OF_BEFORE.search(preceding) or _REGION_AFTER.match(text, mention.end)):
        return 1.0  # "the province of Hama", "rural Damascus", "the Idlib countryside": a region named after its town
    if text and feature == "populated place" and _PART_OF_BEFORE.search(preceding):
        return 2.0  # "southern Aleppo", "the western suburbs of Aleppo": a part of the city, which a place named in it beats
    if mention.place is not None or not text:
        return _FEATURE_RANK.get(mention.place.feature if mention.place else "", 3.0)
    return stated_rank(mention, text)


def stated_rank(mention: PlaceMention, text: str) -> float:
    """Returns the rank of the kind of place the text says a name is ("the village of X", "X district",
    "Sibaya and Chiri villages", "Miringa, a village in"): 3, 2 or 1 as in :func:`rank`, 2.5 when it says none."""
    before = re.search(r"(\w[\w-]*)\s+of\s+(?:the\s+)?$", text[max(0, mention.start - 30) : mention.start])
    # the kind word may follow the next name of a list ("Sibaya and Chiri villages") or an article ("X, a village in")
    after = re.match(
        r"(?:(?:,\s*|,?\s+and\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=\s+[a-z])|,\s+(?:a|an|the)(?:\s+(?:small|large|remote|nearby|tiny|major|key|strategic))?)?\s+([\w-]+)",
        text[mention.end : mention.end + 50],
    )
    kinds = [mention.text.split()[-1]] + [m.group(1) for m in (before, after) if m]
    for pattern, kind_rank in ((_TOWN_KINDS, 3.0), (_DISTRICT_KINDS, 2.0), (_REGION_KINDS, 1.0)):
        if any(pattern.match(kind) for kind in kinds):
            return kind_rank
    return 2.5  # a bare name ("in Tal Hamad"): below a known town, above a province


def _holds(outer: PlaceMention, inner: PlaceMention, text: str) -> bool:
    """Returns True when ``outer``, named after "<inner> <kind> of", is the larger place: a province or a country
    ("Gwoza town of Borno State"), a name the text calls a district ("the Ghat area of Doda district"), or a
    city many times bigger ("the Deir al-Asafir suburb of Damascus"); else ``inner`` is the larger one
    ("the Nairobi suburb of Kangemi")."""
    if outer.place is not None and outer.place.feature in ("admin1", "admin2", "region", "country"):
        return rank(outer, text) < rank(inner, text)
    if _REGION_KIND_AFTER.match(text, outer.end) or (outer.place is None and inner.place is None):
        return True  # "the Sayid Karam district of Paktya": of two names no gazetteer lists, the second holds the first
    if inner.place is not None and inner.place.feature not in ("populated place", "relative"):
        return False  # "the West Bank town of Hebron": a province is never the smaller part of a town
    populations = [m.place.population if m.place is not None and m.place.feature == "populated place" else None for m in (outer, inner)]
    return populations[0] is not None and populations[0] > 10 * (populations[1] or 0)


def _names_a_town(preceding: str) -> bool:
    """Returns True when the words before a place call it a town ("the Syrian town of"), and not when the
    kind word belongs to a name before it ("Gwoza town of Borno State": Gwoza is the town)."""
    kind = _TOWN_OF_BEFORE.search(preceding)
    if kind is None:
        return False
    owner = re.search(r"\b([A-Z][\w'’-]*)\s+$", preceding[: kind.start()])
    return owner is None or owner.group(1) in ("The", "A") or fold(owner.group(1)) in demonyms()


def _is_reference(text: str, mention: PlaceMention, clause: tuple[int, int]) -> bool:
    """Returns True for a place named only to say where another lies ("73 km north-east of Baghdad", "X, a town
    on the highway between Homs and Palmyra")."""
    before = text[max(clause[0], mention.start - 80) : mention.start]
    return bool(mention.place and mention.place.feature != "relative" and (_REFERENCE.search(before) or _DESCRIBED_BEFORE.search(before)))


def _inside_a_name(text: str, mention: PlaceMention) -> bool:
    """Returns True when capitalised words other than a place's own stand on both sides of the mention."""
    before = _CAPITALISED_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    return bool(before and not _PLACE_WORD.fullmatch(before.group(1)) and _CAPITALISED_AFTER.match(text, mention.end))


def _is_facility(text: str, mention: PlaceMention) -> bool:
    """Returns True for a building or site ("Al-Midan Theater", "the Rio Rosas bar"): ACLED codes the town it is in."""
    unlisted = mention.place is None or mention.place.feature == "relative"
    return unlisted and bool(_FACILITY.search(text[mention.start : min(len(text), mention.end + 25)]))


def _last_container(before: str) -> int | None:
    """Returns where the "in"/"of" that opens the words just before a place starts ("Sousan in northern |Aleppo"), or None."""
    matches = list(_CONTAINER.finditer(before))
    return matches[-1].start() if matches else None


def _is_place_before(text: str, mention: PlaceMention, other: PlaceMention) -> bool:
    return other.end <= mention.start and mention.start - other.end < 40


def _score(
    text: str, mention: PlaceMention, clause: tuple[int, int], trigger: tuple[int, int], others: Sequence[PlaceMention] = ()
) -> float:
    """Returns how likely ``mention`` is the event's location (higher is better)."""
    before = text[max(clause[0], mention.start - 80) : mention.start]
    after = text[mention.end : min(clause[1], mention.end + 40)]
    score = rank(mention, text)
    if _is_reference(text, mention, clause):
        return score - 5.0  # a reference point ("north of Karbala"): the location only when nothing better is named
    if mention.place and mention.place.feature == "relative":
        if is_description(text, mention) or not _capitalised(mention.text):
            return score - 2.0  # "..., 73 km north-east of Baghdad" describes where another place lies
        # a named place the geoparser placed by its description or its container: ranked by the kind the text
        # gives it ("Chitawan district" a district), a building in a town below the town, a bare name as a town
        stated = stated_rank(mention, text)
        if stated == 2.5 or _KIND_OF.match(after) or re.search(r"['’]s\s+$", before):
            # "the Hawdal district of Mogadishu", "Deir Ezzor's Jabiliyah District": a part of the city
            stated = 3.0
        score = _FEATURE_RANK["admin2"] if _is_facility(text, mention) else stated
    gap = text[trigger[1] : mention.start] if mention.start >= trigger[1] else None
    is_object = gap is not None and _OBJECT.match(gap)
    if (is_object or (gap is not None and _SHARE_TAKEN.match(gap))) and not _QUALIFIES_NOUN.match(text, mention.end):
        # the event's object however large: "attacked Bama Town", "entered Syria", "captured western Afghanistan"
        score = max(score, _FEATURE_RANK["populated place"]) + 2.0
    elif _LOCATIVE.search(before) or is_object:
        score += 2.0  # "in Fallujah", or a name qualifying the object: "raided Uber offices", "captured the Red Sea island of"
    elif _TAKEN_TO.search(before):
        score -= 2.0
    elif re.search(r"\bto\s+(?:the\s+)?$", before):
        score += 1.0  # where a march or an advance went: "marched to Trafalgar Square"
    if gap is not None and _CAPTURE_WORD.match(text, trigger[0]) and _CAPTIVE_MOVED.search(gap):
        score -= 3.0
    held_by_next = (kind_of := _KIND_OF.match(after)) is not None and any(
        other.start == mention.end + kind_of.end() and _holds(other, mention, text) for other in others
    )
    if held_by_next:
        score += 1.0  # "struck the Sayidda Zaynab district of Damascus": the phrase's place is its smaller part
    elif kind_of and not (mention.place and mention.place.feature == "relative"):
        score -= 1.5  # "the Homs neighbourhood of Baba Amr" (but not "Gwoza town of Borno State"): the larger place holds the event's place
    if _ATTRIBUTION_AFTER.match(after) or _ATTRIBUTION_BEFORE.search(before):
        score -= 4.0
    if mention.place and mention.place.feature == "country" and (
        (mention.end <= trigger[0] and _ACTED_BEFORE.fullmatch(text, mention.end, trigger[0])
         and not _PREPOSITION_BEFORE.search(text, max(0, mention.start - 20), mention.start))
        or (mention.start >= trigger[1] and _ACTED_AFTER.fullmatch(text, trigger[1], mention.start))
    ):
        score -= 3.0
    if _SEAT_OF.search(before):
        score -= 3.0
    if mention.start > trigger[1] and _NEW_SETTING.search(before) and text.startswith(",", mention.end):
        score -= 2.5
    if _BORDER_WITH.search(before):  # "the border crossing with Syria" lies on this side of it
        score -= 3.0
    if _MODIFIER_AFTER.match(after):
        score -= 3.0  # "U.S.-led forces", "the 1967 Mideast war", "the U.S. embassy": the name qualifies a noun
    if _OWNS_A_REGION.match(after):  # "Manila's neighbouring province of Pampanga": the province is the scene
        score -= 3.0
    elif re.match(r"^['’]s\b", after):  # "Iraq's Sunni militants": a possessive names an owner, not a scene
        score -= 1.0
    if _ORIGIN.search(before):  # "observers, one from Malawi": where someone comes from
        score -= 3.0
    topic = _TOPIC.search(text, trigger[1], mention.start) if mention.start > trigger[1] else None
    if topic and _TOPIC_ENDS.search(text, topic.end(), mention.start):
        topic = None  # "protested against the offensive in Gaza and burned a flag in Auckland": the topic ended
    if topic and (topic.group().lower() != "against" or _GATHERING_WORD.match(text, trigger[0])):
        score -= 3.0  # what a protest is about ("against the bombing of the embassy in Belgrade") is not where
    container = _last_container(before)
    preposition = mention.start - len(before) + container if container is not None else 0
    if container is not None and any(
        _is_place_before(text, mention, other) and other.end <= preposition and not (mention.place and _is_facility(text, other))
        and not _FINITE_VERB.search(text, other.end, preposition)  # "from Adelaide, was captured in Afghanistan": no container
        and (not _KIND_OF_BEFORE.search(before) or _holds(mention, other, text)) and not _OWNS_A_REGION.match(text[other.end : other.end + 60])
        and not _MODIFIER_AFTER.match(text[other.end : other.end + 40])  # "The Toronto-born Khadr was captured in Afghanistan"
        for other in others
    ):
        score -= 1.5  # "Khan Touman in southern rural Aleppo", "the Hawdal district of Mogadishu": the larger place holds the event's place
    if any(0 <= mention.start - other.end <= 40 and _NEAR_OTHER.fullmatch(text, other.end, mention.start)
           and not _ROAD_NAME.search(other.text) for other in others):
        score -= 1.5  # "the village of Albu Ajil near Tikrit": the town says where the village lies (a road does not)
    if _SETTING_BEFORE.match(text[clause[0] : mention.start]) and _SETTING_AFTER.match(text, mention.end) and any(
        other.start > mention.end and other is not mention for other in others
    ):
        score -= 1.5  # "In Kandahar, ... a bomb in Maiwand district": the opening names the wider setting
    distance = mention.start - trigger[1] if mention.start >= trigger[1] else trigger[0] - mention.end
    return score - max(distance, 0) / 150
