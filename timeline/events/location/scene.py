"""How likely a place mention is the scene of the event at a trigger, read from the words around it.

A locative preposition ("in Fallujah") or being the deed's object ("stormed Bama Town") speaks for a place; a
reference point ("north of Karbala"), an attribution ("a source in Fallujah hospital said"), a topic ("protested
against the bombing in Belgrade"), someone's origin ("observers, one from Malawi") or a name qualifying a noun
("U.S.-led forces") speaks against it, and the more specific place beats the one holding it.
"""

from __future__ import annotations

import re
from typing import Sequence

from gazetteer import PlaceMention
from gazetteer.relative import BEARING_WORD
from timeline.events.triggers import AUXILIARY
from timeline.events.location.rank import FEATURE_RANK, holds, rank, stated_rank


# a compass word or "central": "north of", "western Afghanistan", "central Mali"
DIRECTION = rf"(?:{BEARING_WORD}|central)"
# "...km north-east of the capital Baghdad", "west of Baghdad", "just north of the militant-seized city of"
REFERENCE = re.compile(
    rf"(?:{DIRECTION}\s+of|(?:from|of|to)\s+the\s+capital,?|(?:km|kilometers|kilometres|miles|mi)\s+(?:\(\d+\s*\w+\)\s+)?(?:from|of|outside))\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:(?-i:[A-Z])[\w'’-]*,\s+)?$",  # "north of Laredo, Texas": the state names the point's place
    re.IGNORECASE,
)
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|inside|near|outside|around|on|into|across|throughout|through|along|over|within|towards?|between|outskirts of|edge of|centre of|center of|heart of|streets of|parts? of|control of|cit(?:y|ies) of|towns? of|villages? of|settlements? of|(?:populated )?localit(?:y|ies) of|districts? of|areas? of|province of|region of|suburbs? of|boroughs? of|neighbou?rhoods?,? (?:of)?|localit(?:y|ies) of"
    r"|hometown of|capital(?: city)?,? (?:of)?|ports? (?:city )?of|resorts? of|state of|county of|municipality of|governorate of|countryside of|islands? of|quarter of|enclave of|camps? of|valley of|stronghold of|bastion of"
    r"|raided|stormed|shelled|bombed|overran|besieged|entered|recaptured|liberated|attacked|targeted|invaded|occupied|torched|looted|ransacked)\s+(?:the\s+)?(?:[\w'’‘-]+\s+){0,3}?)$",
    re.IGNORECASE,
)
# "patrolling the seas off Somalia", "bombed off the coast of Ireland": at sea beside the place, the nearest land
_OFFSHORE = re.compile(rf"\boff\s+(?:the\s+)?(?:(?:coasts?|shores?|waters)\s+of\s+(?:the\s+)?)?(?:{DIRECTION}\s+)?$", re.IGNORECASE)
_ATTRIBUTION_AFTER = re.compile(r"^(?:(?!\sand\s)[\w\s'-]){0,30}?\b(?:hospital|officials?|source|sources|spokes\w+|police chief|governor|council|authorities|told|said|says|reported|confirmed|media|television|TV)\b", re.IGNORECASE)
_ATTRIBUTION_BEFORE = re.compile(r"\b(?:told|said|according to|source|sources|official|officials|spokes\w+|reporters?)\b[^,;.]{0,40}$", re.IGNORECASE)
# ", a town located on the highway between Homs and Palmyra": the places after a place's description say where that
# place lies, not where the event was.
_DESCRIBED_BEFORE = re.compile(
    r"[A-Za-z'’)],\s+an?\s+(?:[\w-]+\s+){0,2}(?:town|village|city|district|area|suburb|neighbou?rhood|region|settlement|hamlet"
    r"|locality|camp|outpost|base)\b[^,;()]*$", re.IGNORECASE)
_BORDER_WITH = re.compile(r"\b(?:border|crossing|frontier|boundary|point|borders)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
_OBJECT = re.compile(r"^\s+(?:the\s+)?(?:(?:key|strategic|town|city|village|district|area|towns|villages|of|mountaintop|besieged|rebel-held|border)\s+){0,4}$", re.IGNORECASE)
# "captured western Afghanistan", "captured more than a third of Zaire", "70 percent of Bosnia's": a share of the land taken
_SHARE_TAKEN = re.compile(
    rf"^\s+(?:(?:more|less|than|almost|nearly|about|some|over|a|one|two|\d+|third|quarter|half|percent|per|cent|most|much|all|parts?|large|swathes?|bulk|rest|of|the|{DIRECTION})\s+){{1,6}}$",
    re.IGNORECASE,
)
# "captured a key town in northern Afghanistan": the object is a place the text does not name, in the named one
_UNNAMED_OBJECT_IN = re.compile(
    rf"^\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:town|village|city|district|base|hill|outpost|border\s+town|border\s+post)\s+"
    rf"in\s+(?:the\s+)?(?:(?:{DIRECTION}|north|south|east|west)\s+)?$", re.IGNORECASE)
_QUALIFIES_NOUN = re.compile(  # "Uber offices", "two Malik camps", "Chechen separatist forces": a noun after the name
    r"['’]s\s+(?!territory|land)|\s+(?!(?:in|on|at|of|over|from|to|for|with|by|and|or|but|since|after|before|during|near|as|into|across|last|this|that"
    r"|which|where|when|while|until|through|under|against|along|around|amid|early|late|again|town|city|village|district"
    r"|province|governorate|region|area|countryside)\b)[a-z]+(?<!ing)(?<!ed)\b")
KIND_OF = re.compile(r"^\s*(?:['’]s\s+)?(?:neighbou?rhood|district|suburb|borough|quarter|village|town|township|area|countryside|outskirts|camp|state|province|governorate)s?\s+of\s+(?:the\s+)?", re.IGNORECASE)
# "Manila's neighbouring province of", "Kasi's hometown of": the owner of the place named next, not a scene.
_OWNS_A_REGION = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:province|district|region|state|county|governorate|suburb|neighbou?rhood|home ?town|birthplace)\s+of\b",
    re.IGNORECASE,
)
# An opening "In X," that sets the scene for the clause, and the opening's end: "In Kandahar,", "In Gaza Sunday,".
_SETTING_AFTER = re.compile(r"\s*(?:(?:on\s+)?[A-Z][a-z]+day|today|yesterday|overnight)?\s*,")
_SETTING_BEFORE = re.compile(r"^\W*(?:(?:Meanwhile|Elsewhere|Also),?\s+)?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# Verbs that move someone elsewhere: "transferred to Guantanamo", "hauled in a sack to Paris", "turned him over to".
_MOVED = (r"(?:transferred|shifted|taken|flown|deported|extradited|handed\s+over|evacuated|rushed|brought|airlifted|transported"
          r"|repatriated|hauled|returned|sent|driven|drove|moved|carried|turned\s+(?:him|her|them)\s+over)")
# Where someone was taken afterwards ("before being transferred to Guantanamo") is not where the event happened.
_TAKEN_TO = re.compile(rf"\b{_MOVED}\s+(?:back\s+)?to\s+(?:the\s+)?$", re.IGNORECASE)
# "the Britons held by the United States at Guantanamo Bay protested": where someone is held, told of in passing
_HELD_AT = re.compile(r"\b(?:held|detained|jailed|imprisoned|interned)\s+(?:by\s+[^,;]{1,40}?\s+)?(?:at|in)\s+(?:the\s+)?$", re.IGNORECASE)
# "the factories located inside the Handarat camp", "an agreement between Zagreb and the rebels": where another
# place lies, and the parties to a deal
_LIES_IN_OR_PARTY = re.compile(
    r"\blocated\s+(?:inside|in|at|near|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\b(?:agreement|accord|deal|talks|treaty|truce|ceasefire|negotiations)\s+between\s+(?:the\s+)?$", re.IGNORECASE)
# "Eastern Slavonia, captured by the Serbs in 1991,", "Bamut was completely encircled by Russian troops": the land the
# deed was done to, named before it
_TAKEN_AFTER = re.compile(
    r"(?:,[^,;]{1,80},)?,?\s+(?:which\s+)?(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?)?"
    r"(?:captured|seized|overrun|taken|occupied|annexed|recaptured|retaken|encircled|besieged|surrounded|stormed|shelled|bombed|raided)\s+by\b",
    re.IGNORECASE)
# "captured in Sudan, hauled in a sack to Paris", "returned to Trinidad": where a captive was moved after the capture
_CAPTIVE_MOVED = re.compile(rf"\b{_MOVED}\b[^,.;]{{0,40}}?\b(?:to|from)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)
_CAPTURE_WORD = re.compile(r"captur|arrest|detain|abduct|kidnap|seiz|nabb|caught|apprehend", re.IGNORECASE)
# "renewing their advance on the stronghold of X": where an advance is heading, not where the deed was; but an
# advance tried and beaten back ("attempting to advance on the airbase") was fought at its target
_HEADING_FOR = re.compile(
    r"(?<!attempting to )(?<!attempted to )(?<!trying to )(?<!tried to )\b(?:advance|advances|advancing|advanced|push|pushed|pushing|drive|driving|moving|heading|headed)\s+(?:on|towards?)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# "supporters of the movement which held hostages in Lima, demonstrated": a relative clause describing the doers
_RELATIVE_ON_DOERS = re.compile(r"\b(?:(?:which|who)\s+(?:(?:has|have|had)\s+)?[a-z]+|that\s+(?:(?:has|have|had)\s+)?[a-z]+ed)\b[^,;()]*$")
# "allied with the government in Kinshasa": the seat of a government, not a scene
_SEAT_OF = re.compile(r"\b(?:government|regime|administration|junta|leadership)\s+in\s+$", re.IGNORECASE)
# "..., and in Prijedor, a man has been arrested": a second setting opening a deed of its own
_NEW_SETTING = re.compile(r"[,;]\s*(?:and|but|while|whereas)\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# "shortly after being cut by Montreal", "information given by Manila": the agent of a passive, a team or a government;
# but a place passed on the way ("a convoy passed by Mir Ali") is a place
_PASSIVE_AGENT = re.compile(
    r"\b(?!(?:passed|drove|driven|walked|went|came|stopped|sailed|flew|rode|ridden)\b)(?:\w+ed|\w+en|being\s+\w+|been\s+\w+)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE)
# "the Los Angeles suburb of X": X is the smaller place, not one held in the place before it.
_KIND_OF_BEFORE = re.compile(r"\b(?:neighbou?rhood|district|suburb|borough|quarter|village|town|area|camp|township|city|state|province|governorate)s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "a nearby Brooklyn neighborhood, Canarsie", "another Harare township called Mabvuku": the name after the kind word
# is a part of the place before it
_PART_NAMED = re.compile(r"\s+(?:neighbou?rhood|township|suburb|quarter|borough)\s*(?:,|\s+(?:called|named|known\s+as))\s+", re.IGNORECASE)
# Between a place and the town it is near: "Albu Ajil near Tikrit", "Sogam, close to the".
_NEAR_OTHER = re.compile(r"(?:\s+(?:village|town|area|camp|district))?,?\s+(?:near|close\s+to|not\s+far\s+from|outside)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?",
                         re.IGNORECASE)
_ROAD_NAME = re.compile(r"\b(?:Highway|Road|Street|Avenue|Motorway)$")
_FINITE_VERB = re.compile(rf"\b(?:{AUXILIARY}|been)\b", re.IGNORECASE)
_ORIGIN = re.compile(
    r"\b(?:one|other|others|\w*man|\w*woman|\w*men|\w*women|nationals?|natives?|residents?|citizens?|family|originally|hails?"
    r"|tourists|pilgrims|workers|students|migrants|traders|merchants"
    r"|troops|soldiers|peacekeepers|contingents?|volunteers|delegates|delegations?)\s+from\s+(?:the\s+)?$"
    r"|\bfrom\s+an?\s+(?:[\w-]+\s+){0,2}(?:family|background|household)\s+(?:in|of)\s+(?:the\s+)?$"  # "Lindh, from a middle-class family in X"
    r"|,\s*(?:aged\s+)?\d{1,3},\s+(?:of|from)\s+(?:(?:(?-i:[A-Z])[\w'’-]*|near|in|of|outside|the|al|el|\w+ern|central|city|town|village|province|district|capital)\s+)*$",  # "Moussa Ranimat, 28, of Kafr Tsurif near Hebron": a person's home
    re.IGNORECASE,
)
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


def capitalised(name: str) -> bool:
    """Returns True for a name, even one opening with an Arabic article ("al-Quriyah"), not a description."""
    return re.sub(r"^(?:al|el|an|ar|as|ad|ash)[-‘’']", "", name)[:1].isupper()


def is_description(text: str, mention: PlaceMention) -> bool:
    """Returns True for a point computed from a description set beside another place ("the town, which is 73 km
    north-east of Baghdad"): it says where that place lies, so the place described is the location."""
    if not mention.place or mention.place.feature != "relative":
        return False
    return bool(re.search(r",\s*(?:(?:which|that|it) (?:is|lies)\s*|(?:some|about|around|roughly|approximately|located)\s*)?$", text[max(0, mention.start - 40) : mention.start]))


_MODIFIER_AFTER = re.compile(
    r"^(?:-(?:led|backed|based|born|made|brokered|trained|funded|allied|controlled|held)\b|-[A-Z][\w'’-]*\s+(?:main\s+|old\s+|new\s+)?(?:road|highway|motorway|railway|pipeline|axis)\b|\s+(?:war|wars|conflict|peace|government|forces|troops|military|army|navy"
    r"|officials?|embassy|embassies|consulate|ambassador|envoy|diplomats?|soldiers|marines|authorities|administration|regime|coalition|warplanes|jets|drones?|helicopters?|patrols?"
    r"|tribes?|tribesmen|clans?|contingents?|battalions?|brigades?|peacekeepers|policemen|militias?"
    r"|police(?!\s+(?:station|headquarters|post|academy|compound|base)))\b)",  # "outside Baquba police headquarters" is in Baquba
    re.IGNORECASE,
)
# "restoring Zagreb's control": a capital standing for its government
_GOVERNS_AFTER = re.compile(r"['’]s\s+(?:control|rule|authority|sovereignty|jurisdiction)\b", re.IGNORECASE)
# "Israel captured and annexed East Jerusalem", "was captured by Israel": the state that acted, not the scene
_ACTED_BEFORE = re.compile(r"\s+(?:\w+ly\s+)?(?:(?:has|have|had)\s+)?$")
_ACTED_AFTER = re.compile(r"(?:\s+and\s+\w+)?\s+by\s+(?:the\s+)?$")
_FACILITY = re.compile(
    r"\b(?:hospital|clinic|university|museum|mosque|market|bazaar|stadium|prison|hotel|school|church|cathedral|temple|shrine|tomb|theat(?:er|re)|restaurant"
    r"|caf[eé]|bar|office|embassy|consulate|cent(?:er|re)|station|factory|mall|palace|building|headquarters|hall)s?\b",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|on|near|through|of|from|to|into|across|outside|inside)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def is_reference(text: str, mention: PlaceMention, clause: tuple[int, int]) -> bool:
    """Returns True for a place named only to say where another lies ("73 km north-east of Baghdad", "X, a town
    on the highway between Homs and Palmyra")."""
    before = text[max(clause[0], mention.start - 80) : mention.start]
    return bool(mention.place and mention.place.feature != "relative" and (REFERENCE.search(before) or _DESCRIBED_BEFORE.search(before)))


def is_facility(text: str, mention: PlaceMention) -> bool:
    """Returns True for a building or site ("Al-Midan Theater", "the Rio Rosas bar"): ACLED codes the town it is in."""
    unlisted = mention.place is None or mention.place.feature == "relative"
    return unlisted and bool(_FACILITY.search(text[mention.start : min(len(text), mention.end + 25)]))


def after_preposition(text: str, mention: PlaceMention) -> bool:
    """Returns True when a preposition, perhaps with "the" and one word, comes right before ``mention`` ("in the
    town of X", "near X"): a place introduced as one, not a subject or an object."""
    return bool(_PREPOSITION_BEFORE.search(text, max(0, mention.start - 20), mention.start))


def distance_to_trigger(mention: PlaceMention, trigger: tuple[int, int]) -> int:
    """Returns how many characters lie between ``mention`` and the event word (0 when they touch or overlap)."""
    return mention.start - trigger[1] if mention.start >= trigger[1] else max(trigger[0] - mention.end, 0)


def _last_container(before: str) -> int | None:
    """Returns where the "in"/"of" that opens the words just before a place starts ("Sousan in northern |Aleppo"), or None."""
    matches = list(_CONTAINER.finditer(before))
    return matches[-1].start() if matches else None


def _of_another_deed(match: re.Match | None, offset: int, trigger: tuple[int, int]) -> bool:
    """Returns True for a ``match`` in the text from ``offset`` that does not hold the event word ("held at X" said
    of someone else, where another advance was heading), False for no match or for the event's own phrase."""
    return match is not None and not match.start() <= trigger[0] - offset < match.end()


def _is_place_before(text: str, mention: PlaceMention, other: PlaceMention) -> bool:
    return other.end <= mention.start and mention.start - other.end < 40


def score_as_scene(
    text: str, mention: PlaceMention, clause: tuple[int, int], trigger: tuple[int, int], others: Sequence[PlaceMention] = ()
) -> float:
    """Returns how likely ``mention`` is the event's location (higher is better)."""
    before_start = max(clause[0], mention.start - 80)
    before = text[before_start : mention.start]
    after = text[mention.end : min(clause[1], mention.end + 40)]
    score = rank(mention, text)
    if is_reference(text, mention, clause):
        return score - 5.0  # a reference point ("north of Karbala"): the location only when nothing better is named
    if mention.place and mention.place.feature == "relative":
        if is_description(text, mention) or not capitalised(mention.text):
            return score - 2.0  # "..., 73 km north-east of Baghdad" describes where another place lies
        # a named place the geoparser placed by its description or its container: ranked by the kind the text
        # gives it ("Chitawan district" a district), a building in a town below the town, a bare name as a town
        stated = stated_rank(mention, text)
        if stated == 2.5 or KIND_OF.match(after) or re.search(r"['’]s\s+$", before):
            # "the Hawdal district of Mogadishu", "Deir Ezzor's Jabiliyah District": a part of the city
            stated = 3.0
        score = FEATURE_RANK["admin2"] if is_facility(text, mention) else stated
    gap = text[trigger[1] : mention.start] if mention.start >= trigger[1] else None
    is_object = gap is not None and _OBJECT.match(gap)
    if (is_object or (gap is not None and (_SHARE_TAKEN.match(gap) or _UNNAMED_OBJECT_IN.match(gap)))) and not _QUALIFIES_NOUN.match(text, mention.end):
        # the event's object however large: "attacked Bama Town", "entered Syria", "captured western Afghanistan"
        score = max(score, FEATURE_RANK["populated place"]) + 2.0
    elif _LOCATIVE.search(before) or _OFFSHORE.search(before) or is_object:
        score += 2.0  # "in Fallujah", or a name qualifying the object: "raided Uber offices", "captured the Red Sea island of"
    elif _TAKEN_TO.search(before):
        score -= 2.0
    elif re.search(r"\bto\s+(?:the\s+)?$", before):
        score += 1.0  # where a march or an advance went: "marched to Trafalgar Square"
    if (mention.end <= trigger[0] and (taken := _TAKEN_AFTER.match(text, mention.end)) and taken.end() >= trigger[1]
            and not re.search(r"\b(?:in|of|at|near|from|on)\b[^,;]*$", before)):  # not "the main city in X province, was captured"
        score = max(score, FEATURE_RANK["populated place"]) + 2.0  # the land taken, however large
    if _of_another_deed(_HELD_AT.search(before), before_start, trigger):
        score -= 2.0
    if _LIES_IN_OR_PARTY.search(before):
        score -= 2.0
    if gap is not None and _CAPTURE_WORD.match(text, trigger[0]) and _CAPTIVE_MOVED.search(gap):
        score -= 3.0
    if any(_PART_NAMED.fullmatch(text, other.end, mention.start) for other in others):
        score += 2.0  # "shot in a nearby Brooklyn neighborhood, Canarsie": the part named is the scene
    elif any(_PART_NAMED.fullmatch(text, mention.end, other.start) for other in others):
        score -= 1.5  # and the place holding it is not
    held_by_next = (kind_of := KIND_OF.match(after)) is not None and any(
        other.start == mention.end + kind_of.end() and holds(other, mention, text) for other in others
    )
    if held_by_next:
        score += 1.0  # "struck the Sayidda Zaynab district of Damascus": the phrase's place is its smaller part
    elif kind_of and not (mention.place and mention.place.feature == "relative"):
        score -= 1.5  # "the Homs neighbourhood of Baba Amr" (but not "Gwoza town of Borno State"): the larger place holds the event's place
    if _ATTRIBUTION_AFTER.match(after) or _ATTRIBUTION_BEFORE.search(before):
        score -= 4.0
    if mention.place and mention.place.feature == "country" and (
        (mention.end <= trigger[0] and _ACTED_BEFORE.fullmatch(text, mention.end, trigger[0]) and not after_preposition(text, mention))
        or (mention.start >= trigger[1] and _ACTED_AFTER.fullmatch(text, trigger[1], mention.start))
    ):
        score -= 3.0
    if _PASSIVE_AGENT.search(before):
        score -= 3.0
    if _SEAT_OF.search(before):
        score -= 3.0
    if mention.end <= trigger[0] and re.fullmatch(r",\s+", text[mention.end : trigger[0]]) and _RELATIVE_ON_DOERS.search(before):
        score -= 2.0
    if _of_another_deed(_HEADING_FOR.search(before), before_start, trigger):
        score -= 2.0
    if mention.start > trigger[1] and _NEW_SETTING.search(before) and text.startswith(",", mention.end):
        score -= 2.5
    if _BORDER_WITH.search(before):  # "the border crossing with Syria" lies on this side of it
        score -= 3.0
    if _MODIFIER_AFTER.match(after):
        score -= 3.0  # "U.S.-led forces", "the 1967 Mideast war", "the U.S. embassy": the name qualifies a noun
    if _OWNS_A_REGION.match(after):  # "Manila's neighbouring province of Pampanga": the province is the scene
        score -= 3.0
    elif re.match(r"^['’]s\s+$", text[mention.end : mention.end + 3]) and any(other.start == mention.end + 3 and not is_facility(text, other) for other in others):
        score -= 1.5  # "Jerusalem's Old City": the place named after the possessive is the smaller one, in it
    elif _GOVERNS_AFTER.match(after):
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
    preposition = before_start + container if container is not None else 0
    if container is not None and any(
        _is_place_before(text, mention, other) and other.end <= preposition and not (mention.place and is_facility(text, other))
        and not _FINITE_VERB.search(text, other.end, preposition)  # "from Adelaide, was captured in Afghanistan": no container
        and not other.end <= trigger[0] < preposition  # "held hostages in Lima, demonstrated in Hamburg": the deed parts them
        and (not _KIND_OF_BEFORE.search(before) or holds(mention, other, text)) and not _OWNS_A_REGION.match(text[other.end : other.end + 60])
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
    return score - distance_to_trigger(mention, trigger) / 150
