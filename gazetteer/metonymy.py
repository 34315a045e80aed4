"""Roles: is a place name the place itself, or does it stand for something else?

News uses capitals and countries for their governments ("Washington said", "Baghdad's decision", "Tehran
denied"), names places only as where something was said ("Kerry told reporters in Jerusalem"), and builds
organisations' names from them ("Washington Times"). Such mentions are kept (they are toponyms) but marked, so
that an event is never placed there. The rules read a few words around the name; they apply to names of
countries and of large cities, which are the ones news personifies.
"""

from __future__ import annotations

import re

from gazetteer.place import Place
from gazetteer.relative import BEARING_WORD

LITERAL, METONYMIC, DEMONYM, SPEAKER = "literal", "metonymic", "demonym", "speaker"

# Verbs of saying and deciding that take a government as subject: "Tehran denied", "Washington has warned".
_AGENT_VERB = re.compile(
    r"^(?:'s?|’s?)?\s*(?:(?:has|have|had|will|would|could|may|might|must|should|did|does|is|was|also|again|"
    r"then|now|still|not|already|quickly|strongly|repeatedly|officially|publicly|reportedly)\s+){0,2}"
    r"(?:said|says|say|told|tell|announced|announces|denied|denies|deny|accused|accuses|accuse|warned|warns|warn|"
    r"urged|urges|urge|rejected|rejects|reject|condemned|condemns|condemn|wants|want|wanted|claimed|claims|"
    r"insisted|insists|responded|responds|blamed|blames|agreed|agrees|refused|refuses|signed|signs|threatened|"
    r"threatens|demanded|demands|called|calls|pledged|pledges|vowed|vows|offered|offers|sent|sends|decided|"
    r"decides|asked|asks|supports|supported|backs|backed|recognized|recognised|recognizes|recognises|"
    r"imposed|imposes|sanctioned|expelled|recalled|protested|welcomed|welcomes|praised|criticized|criticised|"
    r"criticizes|criticises|announce|believes|believed|hopes|hoped|fears|feared|argues|argued|insist|"
    r"confirmed|confirms|acknowledged|admitted|declined|approved|approves|opposed|opposes|has\s+been\s+"
    r"pressing|is\s+pressing|is\s+considering|considers|considered|plans|planned|intends|intended)\b")
# Nouns after a possessive that make the name a government: "Baghdad's decision", "Iraq's defence ministry".
_GOVERNMENT_NOUN = re.compile(
    r"^(?:'s|’s)\s+(?:[a-z]+\s+)?(?:government|leaders?|leadership|president|prime|premier|minister|ministry|"
    r"foreign|decision|policy|policies|officials?|ambassador|envoy|allies|ally|position|response|stance|"
    r"refusal|plan|demands?|role|regime|parliament|embassy|intelligence|defen[cs]e|army|navy|"
    # "Herat's military and civilian airport", "Kabul's military hospital": a place in the city, not its government
    r"military(?!\s+(?:and\s+civilian\s+)?(?:airports?|air\s*bases?|airbases?|bases?|hospitals?|academy|college|cemetery))|"
    r"air\s+force|forces|troops|cabinet|authorities|administration|request|offer|support|proposal|"
    r"spokesman|spokeswoman|representative|delegation|approach|strategy|relations|ties|interests?|"
    # "returned the province to Belgrade's control", "broke away from Moscow's rule": the state's, not the city's
    r"control(?!\s+(?:tower|room))|rule|sovereignty|authority)\b")
# The agent of a passive is the state that acted: "assassinated by Israel", "occupied by Indonesia", "captured by
# Egypt"; a place only borders, surrounds or separates ("surrounded by Syria").
_AGENT_OF_PASSIVE_BEFORE = re.compile(
    r"\b(?!(?:bordered|surrounded|separated|flanked|bounded|crossed|traversed|divided|dominated|connected|linked|"
    r"served|visited|reached|followed|preceded)\b)(?:[a-z]+ed|held|taken|won)\s+by\s+(?P<article>the\s+)?$")
# Verbs and phrases before a name that treat it as a government: "help Baghdad", "talks with Tehran".
_GOVERNMENT_OBJECT = re.compile(
    r"\b(?:help|helping|helped|helps|urged|urging|urge|accused|accusing|accuse|pressed|pressing|pressure\s+on|"
    r"warned|warning|criticized|criticised|sanctions\s+(?:on|against)|ties\s+(?:with|between)|"
    r"relations\s+(?:with|between)|talks\s+with|negotiations\s+with|backed\s+by|supported\s+by|"
    r"allied\s+with|envoy\s+to|ambassador\s+to|asked|asking|called\s+on|calling\s+on|told|"
    r"(?:independence|autonomy|secession|seceding|secede|break\s+away|breaking\s+away)\s+from)\s+$")
# Organisations' names that are also buildings one can be at: "at Minya University", "outside Hartford Hospital",
# "at Kabul Polytechnic University".
_FACILITY_AFTER = re.compile(r"^\s+(?:[A-Z][a-z]+\s+){0,2}(?:University|Hospital|Museum|College|Academy|Stadium|Airport|"
                             r"Prison)\b")
# Words after a name that make it part of an airline's, a newspaper's or a cartel's name: "Iran Air", "the Boston
# Globe", "the Sinaloa cartel" ("Bagram Air Base" is a place).
_NAMES_ORGANISATION_AFTER = re.compile(r"^\s+(?:Air\b(?!\s+(?:Force\s+)?(?:Base|Field|Station|Strip|Port)\b)|Globe\b|cartels?\b)")
_METONYMIC_SUFFIX = {"led", "backed", "based", "brokered", "sponsored", "funded", "allied", "aligned", "linked",
                     "friendly", "imposed"}
# The second place inside an organisation's name: "Islamic State of Iraq and the Levant" ("Republic of",
# "Gulf of" ... start place names instead).
_IN_ORGANISATION_NAME = re.compile(
    r"\b(?!(?:Republic|Kingdom|Province|City|County|District|Gulf|Bay|Isle|Island|Islands|Sea|Lake|Mount|"
    r"Port|Cape|Strait|Straits|Duchy|Principality|Commonwealth|Federation|Emirate|Sultanate|Town|Village|"
    r"Governorate|Prefecture|Region|Territory)\b)[A-Z][a-z]+\s+(?:of|in)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]+\s+(?:and|&)\s+(?:the\s+)?$")
# The place that ends an armed group's or a party's name: "the Revolutionary Armed Forces of Colombia", "the
# Popular Front for the Liberation of Palestine".
_ORGANISATION_OF = re.compile(r"\b(?:[A-Z][a-z]+\s+(?:Forces|Army|Front|Movement|Party|Alliance|Brigades|Coalition)"
                              r"|Liberation)\s+(?:of|for)\s+(?:the\s+)?$")
# Where something was said, not where it happened: "told reporters in Jerusalem", "said in a statement from X".
_SPEAKER_BEFORE = re.compile(
    r"\b(?:(?:told|telling|briefed|addressing)\s+(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+"
    r"conference|the\s+press|parliament|lawmakers|a\s+conference|a\s+rally)|(?:news|press)\s+conference|"
    r"(?:said|says|speaking|spoke|statement|announced|interview)|"
    r"said\s+(?:on\s+\w+\s+)?)\s+(?:in|from|at)\s+$")

# "rural Aleppo", "rural Damascus": the countryside around a city, which no one personifies.
_COUNTRYSIDE_BEFORE = re.compile(r"\brural\s+$", re.IGNORECASE)


def classify(text: str, start: int, end: int, place: Place | None, *, is_demonym: bool = False,
             hyphen_suffix: str = "", followed_by_org: bool = False) -> str:
    """Returns the role of the name at ``text[start:end]``: literal, metonymic, demonym or speaker."""
    if is_demonym:
        return DEMONYM
    before = text[max(0, start - 60):start]
    after = text[end:end + 60]
    if hyphen_suffix in _METONYMIC_SUFFIX:
        return METONYMIC
    if followed_by_org and _FACILITY_AFTER.match(after) and _governed_by_preposition(before):
        return LITERAL  # "students at Minya University": the campus, a place
    if (followed_by_org or _IN_ORGANISATION_NAME.search(before) or _NAMES_ORGANISATION_AFTER.match(after)
            or _ORGANISATION_OF.search(before)):
        return METONYMIC
    if _SPEAKER_BEFORE.search(before):
        return SPEAKER
    if _COUNTRYSIDE_BEFORE.search(before):
        return LITERAL  # "the bombardment on rural Aleppo coupled with": the land, never its government
    if not _personifiable(place):
        return LITERAL
    if _GOVERNMENT_NOUN.match(after):
        return METONYMIC
    if not _governed_by_preposition(before) and (_AGENT_VERB.match(after) or _acts(after)):
        return METONYMIC
    if _is_agent_of_passive(before, after, place):
        return METONYMIC
    if _GOVERNMENT_OBJECT.search(before) or (place.feature == "country" and _OPPONENT_BEFORE.search(before)):
        return METONYMIC
    return LITERAL


def _is_agent_of_passive(before: str, after: str, place: Place) -> bool:
    """Returns True when the name is the agent of a passive ("captured by Iran", "financed by the United States");
    after "by the" only a country's name is one ("undeterred by the Istanbul bombings" names the bombings), and a
    possessive's noun is the agent ("captured by Iran's rebels")."""
    passive = _AGENT_OF_PASSIVE_BEFORE.search(before)
    return (passive is not None and (not passive.group("article") or place.feature == "country")
            and not re.match(r"['’]", after))


def _acts(after: str) -> bool:
    """Returns True when the words after the name make it the subject of an action ("Japan invaded",
    "Mexico won", "Moscow has sent"); being acted upon ("Baghdad was shaken") or being ("Aleppo is a city")
    is what places do literally."""
    if re.match(r"['’]s?\s", after):
        return False  # "Paris' troubled suburbs": a possessive, whose noun is no verb
    after = _ADVERBIAL.sub("", after[:60], count=1)  # "Iran on Sunday also offered": the verb comes later
    words = re.findall(r"[A-Za-z]+|[,.;:]", after[:40])
    if not words:
        return False
    first = words[0].lower()
    second = words[1].lower() if len(words) > 1 else ""
    if first in _AUXILIARIES and second == "been" and len(words) > 2 and words[2].lower().endswith("ing"):
        return words[2].lower() not in _PLACE_STATES  # "Ankara has been targeting": a government at work
    if first in _AUXILIARIES:
        return second not in _PLACE_VERBS and second not in ("been", "be", "a", "an", "the", "no", "not", "to")
    if first in _DONE_TO_PLACES and (second in _OBJECT_OPENERS or (len(words) > 1 and words[1][:1].isupper())):
        return True  # "Israel captured east Jerusalem", "Mexico shelled the town": the state did it; "Aleppo captured by" is passive
    if first.endswith("ed") and first not in _PLACE_VERBS and len(first) > 4:
        return second not in ("by",)  # "Kabul shaken by blasts" is a headline's passive
    return first in _ACTIVE_VERBS


_ADVERBIAL = re.compile(
    r"^\s*(?:(?:on|last|this|late|early)\s+(?:[A-Z][a-z]+day|week|month|year|night|morning|evening)|yesterday|"
    r"today|tonight|later|earlier|again|also|then|now|already|quickly|reportedly|publicly|officially|"
    r"(?:on|last|this|late|early)\s+[A-Z][a-z]+day\s+also)\b(?:\s+(?:also|again|then))?")
_AUXILIARIES = {"has", "have", "had", "will", "would", "could", "can", "must", "should", "did", "does", "might"}
# Verbs a place does as a place: it lies, borders, hosts, sees weather, is flooded.
_PLACE_VERBS = {"lies", "lay", "located", "situated", "bordered", "borders", "hosted", "hosts", "flooded",
                "seen", "saw", "experienced", "suffered", "received", "recorded", "reported", "covered", "based",
                "named", "called", "known", "founded", "populated", "inhabited", "surrounded", "divided",
                "occupied", "captured", "liberated", "besieged", "shelled", "bombed", "hit", "struck", "rocked",
                "shaken", "stretched", "stretches", "remained", "remains", "became", "become", "grew", "grown",
                "lost", "used"}
# Deeds done to places, which a state does to others when an object follows ("Israel captured east Jerusalem").
_DONE_TO_PLACES = {"captured", "occupied", "liberated", "besieged", "shelled", "bombed", "struck", "seized", "annexed",
                   "destroyed", "shot", "killed", "attacked", "invaded", "recaptured", "retook", "took"}
_OBJECT_OPENERS = {"the", "a", "an", "its", "their", "his", "her", "two", "three", "four", "five", "six", "seven", "eight",
                   "nine", "ten", "dozens", "hundreds", "several", "east", "west", "north", "south", "eastern", "western",
                   "northern", "southern", "parts", "most", "much", "all", "control"}
# What a place itself can have been doing: "Aleppo has been burning", "Mosul has been suffering".
_PLACE_STATES = {"burning", "suffering", "reeling", "bracing", "recovering", "struggling", "experiencing", "facing",
                 "living", "hosting", "growing", "shrinking", "flooding", "waiting", "preparing", "bleeding"}
_ACTIVE_VERBS = {"wins", "won", "beat", "beats", "lead", "leads", "led", "invaded", "invades", "attacked",
                 "attacks", "declared", "declares", "joined", "joins", "voted", "votes", "estimated",
                 "estimates", "plays", "played", "faces", "faced", "sent", "sends", "withdrew", "withdraws",
                 "ratified", "ratifies", "boycotted", "boycotts", "scored", "scores", "batted", "bowled",
                 "finished", "competed", "qualified", "defeated", "defeats", "signed", "signs",
                 "agreed", "agrees", "gave", "gives", "provided", "provides", "supplied", "supplies",
                 "announced", "announces", "launched", "launches", "ordered", "orders", "threatens", "seeks",
                 "sought", "wants", "needs", "pushed", "pushes", "urged", "urges"}
# "the war against Japan", "beating Trinidad and Tobago", "competed for Kazakhstan": a country as a side.
_OPPONENT_BEFORE = re.compile(r"\b(?:against|beating|beat|defeating|defeated|versus|vs|competed\s+for|"
                              r"played\s+for|represented|representing|war\s+with|war\s+on|at\s+war\s+with|"
                              r"declared\s+war\s+on|sanctions\s+on)\.?\s+(?:the\s+)?$")


def _personifiable(place: Place | None) -> bool:
    """Returns True for names news uses for governments: countries, and capitals or cities of 500,000+."""
    if place is None:
        return False
    return place.feature == "country" or (place.population or 0) >= 500_000


def _governed_by_preposition(before: str) -> bool:
    """Returns True when a preposition governs the name ("fighting in Baghdad said ..." is no agent)."""
    return bool(re.search(r"\b(?:in|at|near|from|to|into|of|outside|around|across|on|over|about|with|between|"
                          r"through|toward|towards|via|inside|for|and)\s+(?:the\s+)?"
                          r"(?:(?:downtown|central|greater|suburban|" + BEARING_WORD + r")\s+)?$",
                          before))  # "in downtown Manila destroyed": the city itself
