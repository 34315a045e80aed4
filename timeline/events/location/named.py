"""Places a clause names unmistakably that the gazetteer did not find ("the village of Shurifah", "in Rangae
district"), kept by their name so that the event keeps its place."""

from __future__ import annotations

import re

from gazetteer import PlaceMention


NAME = (
    r"(?P<name>(?!(?:The|A|An|This|That|These|Those|In|On|At)\s)(?:(?:al|el|as|ad|ar|an|ash|at|az)[-\s])?[A-Z][\w'‘’-]+(?<!['’]s)"
    r"(?:\s+(?!(?:Refugee|Camp|District|Area|Village|Town|Province|Region|Governorate|County|Local)\b)(?:(?:al|el|bin|de|del|la)[-\s])?[A-Z][\w'‘’-]+(?<!['’]s)){0,2})"
)
_NAMED_KIND_OF = re.compile(
    r"\b(?:[Tt]owns?|[Vv]illages?|[Ss]ettlements?|[Cc]it(?:y|ies)|[Dd]istricts?|[Nn]eighbou?rhoods?|[Ss]uburbs?|[Hh]amlets?|[Ll]ocalit(?:y|ies)|[Cc]amp|[Rr]egion|[Pp]rovince|[Aa]rea"
    r"|[Hh]ill(?:side|top)?|[Mm]ountain(?:top)?|[Vv]alley|[Oo]utskirts|[Qq]uarter|[Ss]tronghold|[Bb]astion|[Ff]arms|[Pp]erimeter|[Cc]ommunity|[Tt]ownship"
    r"|[Ss]lopes|[Ee]nvirons|[Rr]esidents|[Vv]illagers|[Pp]eople) of " + NAME
)
# "stormed Najarah", "an assault on Taqsis", "targeting the strategic Al-Ramouseh": the place an advance or a raid takes.
_NAMED_AS_TARGET = re.compile(
    r"\b(?:storm(?:ed|ing)|invad(?:ed|ing)|raid(?:ed|ing)|enter(?:ed|ing)|overr?an|liberat(?:ed|ing|e)"
    r"|target(?:ed|ing)|(?:attack|assault|offensive|advance|raid)s? (?:on|at|towards?)) (?:the )?"
    r"(?:(?:strategic|key|nearby|besieged|rebel-held|ISIS-held|jihadist-held|militant-held|government-held|imperative|small|large|town|village) ){0,2}"
    + NAME + r"(?<!['’]s)(?=[\s,.;:)]|$)"
)
# "have captured Kilwamba": what was captured may be a person as well as a town, so this counts only when the
# clause names no better place than a reference point or one every rule speaks against.
NAMED_AS_TAKEN = re.compile(r"\b(?:(?:re)?captur(?:ed|ing)|retook|seiz(?:ed|ing)|took (?:full )?control of) (?:the )?" + NAME + r"(?<!['’]s)(?=[\s,.;:)]|$)")
_KINDS_AFTER = (
    r"(?:[Dd]istricts?|[Aa]reas?|[Aa]xis|[Ss]prings|[Pp]roject|[Cc]omplex|[Mm]ilitary [Aa]irport|[Aa]irbase|[Vv]illages?|[Tt]owns?|[Cc]amp|[Rr]efugee [Cc]amp|[Nn]eighbou?rhoods?|[Rr]egion|[Pp]rovince|[Cc]ounty|[Gg]overnorate"
    r"|[Ss]ector|[Ss]uburb|[Mm]unicipality|[Qq]uarter|[Ll]ocal [Gg]overnment [Aa]rea|block|tehsil|constituency|commune|ward|sub-district)\b"
)
_NAMED_WITH_KIND = re.compile(r"\b(?<![A-Z]\w )" + NAME + r"(?:\s+and\s+[A-Z][\w'‘’-]+)? " + _KINDS_AFTER)
# "at village Lassipora", "assaults on nearby Qabasin": a name the gazetteer lacks, introduced as a place.
_NAMED_AFTER_KIND = re.compile(r"\b(?:at|in|on) (?:the )?(?:nearby |village |town |hamlet )" + NAME + r"(?=[\s,.;:]|$)")
# "the crowded Khillani Square", "the Deir Ezzor Military Airport": a named site, when nothing else places the event.
_NAMED_SITE = re.compile(
    r"\b(?:the |a )?(?:\w+ )?" + NAME + r" (?:Square|Airport|Military Airport|Air ?[Bb]ase|Airbase|Hospital|Market|Bazaar|Stadium|Prison|University|Mosque|Mountains|Dam)\b"
)
_NAMED_AFTER_PREPOSITION = re.compile(r"\b(?:in|near|outside|inside|around) (?:the )?" + NAME + r"(?=[\s,.;:]|$)")
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
    """Returns places a clause names unmistakably ("the village of Shurifah", "in Rangae district") that the
    gazetteer did not find: unresolved mentions (``place`` None), so the event keeps its place's name."""
    found = []
    strict_patterns = (_NAMED_KIND_OF, _NAMED_WITH_KIND, _NAMED_AS_TARGET)
    patterns = strict_patterns if strict else (*strict_patterns, _NAMED_AFTER_KIND, _NAMED_AFTER_PREPOSITION, _NAMED_SITE)
    for pattern in patterns:
        for match in pattern.finditer(text, clause[0], clause[1]):
            start, end = match.span("name")
            if NOT_A_PLACE.match(match.group("name")):
                continue
            if not any(m.start < end and start < m.end for m in found):
                found.append(PlaceMention(start, end, match.group("name"), place=None, score=0.0))
    return sorted(found, key=lambda m: m.start)
