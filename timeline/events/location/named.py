"""Places a clause names that an event may take although the geoparser returned none there.

The names come first from the geoparser's own finder of unlisted places (:mod:`gazetteer.unlisted`), so that
the map and the event locations see the same names. What is kept here is about events: a few looser patterns
whose names the geoparser rightly refuses on their own ("stormed the Technical College", "the 1070 Housing
Project", "outside the White House": a common word, a count, an organisation) but which name the event's place
when the clause names no better one, and "have captured Kilwamba", as a person is captured as often as a town.
"""

from __future__ import annotations

import re
from functools import lru_cache

from gazetteer import PlaceMention
from gazetteer.gazetteer import demonyms
from gazetteer.recognize import word_lists
from gazetteer.unlisted import UnlistedFinder


_NAME = (
    r"(?P<name>(?!(?:The|A|An|This|That|These|Those|In|On|At)\s)(?:(?:al|el|as|ad|ar|an|ash|at|az)[-\s])?[A-Z][\w'‘’-]+(?<!['’]s)"
    r"(?:\s+(?!(?:Refugee|Camp|District|Area|Village|Town|Province|Region|Governorate|County|Local)\b)(?:(?:al|el|bin|de|del|la)[-\s])?[A-Z][\w'‘’-]+(?<!['’]s)){0,2})"
)
# "stormed the Technical College", "targeting Hill 30": the place an advance or a raid takes.
_NAMED_AS_TARGET = re.compile(
    r"\b(?:storm(?:ed|ing)|invad(?:ed|ing)|raid(?:ed|ing)|enter(?:ed|ing)|overr?an|liberat(?:ed|ing|e)"
    r"|target(?:ed|ing)|(?:attack|assault|offensive|advance|raid)s? (?:on|at|towards?)) (?:the )?"
    r"(?:(?:strategic|key|nearby|besieged|rebel-held|ISIS-held|jihadist-held|militant-held|government-held|imperative|small|large|town|village) ){0,2}"
    + _NAME + r"(?<!['’]s)(?=[\s,.;:)]|$)"
)
_KINDS_AFTER = (
    r"(?:[Dd]istricts?|[Aa]reas?|[Aa]xis|[Ss]prings|[Pp]roject|[Cc]omplex|[Mm]ilitary [Aa]irport|[Aa]irbase|[Vv]illages?|[Tt]owns?|[Cc]amp|[Rr]efugee [Cc]amp|[Nn]eighbou?rhoods?|[Rr]egion|[Pp]rovince|[Cc]ounty|[Gg]overnorate"
    r"|[Ss]ector|[Ss]uburb|[Mm]unicipality|[Qq]uarter|[Ll]ocal [Gg]overnment [Aa]rea|block|tehsil|constituency|commune|ward|sub-district)\b"
)
# "the 1070 Al-Hamdaniyah Housing Project", "Harabish District": a name before a kind of place or of site.
_NAMED_WITH_KIND = re.compile(r"\b(?<![A-Z]\w )" + _NAME + r"(?:\s+and\s+[A-Z][\w'‘’-]+)? " + _KINDS_AFTER)
# "outside the White House", "in the Village": any capitalised name after a locative preposition.
_NAMED_AFTER_PREPOSITION = re.compile(r"\b(?:in|near|outside|inside|around) (?:the )?" + _NAME + r"(?=[\s,.;:]|$)")
_STRICT = (_NAMED_WITH_KIND, _NAMED_AS_TARGET)
# "the UN-protected area", "the ISIS-held town": a name joined to a participle is an adjective, not a place.
_COMPOUND_ADJECTIVE = re.compile(r"-(?:[a-z]+ed|held|run)$")
# "have captured Kilwamba": what was captured may be a person as well as a town, so this counts only when the
# clause names no better place than a reference point or one every rule speaks against.
NAMED_AS_TAKEN = re.compile(r"\b(?:(?:re)?captur(?:ed|ing)|retook|seiz(?:ed|ing)|took (?:full )?control of) (?:the )?" + _NAME + r"(?<!['’]s)(?=[\s,.;:)]|$)")
NOT_A_PLACE = re.compile(
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


def unknown_places(text: str, clause: tuple[int, int], strict: bool = False) -> list[PlaceMention]:
    """Returns the places ``clause`` names that the geoparser's finder names ("the village of Shurifah", "in
    Rangae district") and those the looser patterns above name, unresolved (``place`` None); with ``strict``, not
    those a preposition or a deed alone introduces ("in X", "entering X"), only those a kind of place names or a
    raid targets."""
    found = [
        PlaceMention(name.start, name.end, name.text, place=None, score=0.0)
        for name in _finder().find(text)
        if clause[0] <= name.start and name.end <= clause[1] and not (strict and name.cue == "in")
        and not NOT_A_PLACE.match(name.text)
    ]
    for pattern in _STRICT if strict else (*_STRICT, _NAMED_AFTER_PREPOSITION):
        for match in pattern.finditer(text, *clause):
            start, end = match.span("name")
            name = match.group("name")
            if NOT_A_PLACE.match(name) or _COMPOUND_ADJECTIVE.search(name):
                continue
            if not any(m.start < end and start < m.end for m in found):
                found.append(PlaceMention(start, end, name, place=None, score=0.0))
    return sorted(found, key=lambda m: m.start)


@lru_cache(maxsize=1)
def _finder() -> UnlistedFinder:
    return UnlistedFinder(word_lists(), demonyms())
