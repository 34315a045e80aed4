"""How specific a place is: a town 3, a district 2, a province 1, a country 0, by the gazetteer's kind or the kind
the text gives it ("the village of X", "X district"), and which of two places named together holds the other."""

from __future__ import annotations

import re

from gazetteer import PlaceMention
from gazetteer.folding import fold
from gazetteer.gazetteer import demonyms
from gazetteer.relative import BEARING_WORD


FEATURE_RANK = {"populated place": 3.0, "user": 3.0, "relative": 0.5, "admin2": 2.0, "admin1": 1.0, "region": 1.0, "country": 0.0}
_REGION_OF_BEFORE = re.compile(r"\b(?:provinces?|governorates?|countryside)\s+of\s+(?:the\s+)?$|\brural\s+$", re.IGNORECASE)
_PART_OF_BEFORE = re.compile(
    rf"\b(?:{BEARING_WORD}|greater)\s+$|\b(?:suburbs?|sectors?|districts|neighbou?rhoods|pocket|corridor)\s+of\s+(?:(?:the|\w+ern)\s+)*$",
    re.IGNORECASE,
)
_REGION_KIND_AFTER = re.compile(r"\s+(?:district|sub-?division|tehsil|taluka?|mandal|province|governorate|region|county|state|municipality|LGA|local\s+government\s+area)\b", re.IGNORECASE)
_REGION_AFTER = re.compile(r"['’]?s?\s+(?:province|governorate|countryside|region)\b", re.IGNORECASE)
_TOWN_OF_BEFORE = re.compile(r"\b(?:town|village|city|hamlet|settlement|localit(?:y|ie))s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# The kind of place an unresolved name is said to be ("the village of X", "X district", "X Governorate").
_TOWN_KINDS = re.compile(r"^(?:towns?|villages?|cit(?:y|ies)|camps?|neighbou?rhoods?|suburbs?|townships?|quarters?|hamlets?|settlements?|localit(?:y|ies)"
                         r"|hospital|university|museum|mosque|market|square|airport|base|airbase|prison|stadium|roundabout|junction|crossing"
                         r"|checkpoint|bridge|farms|palace|shrine|compound|hotel|school|church)$", re.IGNORECASE)
_DISTRICT_KINDS = re.compile(r"^(?:districts?|sub-districts?|sub-?divisions?|tehsils?|taluka?s?|mandals?|count(?:y|ies)|municipalit(?:y|ies)|communes?|townships?|areas?|LGA|valley|mountains?)$", re.IGNORECASE)
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
        return FEATURE_RANK.get(mention.place.feature if mention.place else "", 3.0)
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


def holds(outer: PlaceMention, inner: PlaceMention, text: str) -> bool:
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
