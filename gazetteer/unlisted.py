"""Places no gazetteer lists, recognised by the words around them.

News names villages, city districts, camps and buildings that no gazetteer holds ("the village of Shurifah",
"Yaqshid district", "the Heart Hospital", "clashes in Tal Hamad"). A capitalised name is read as such a place
only in a strong locative context:

- after a kind of place, or a part or role of one, and "of": "the town of X", "the villages of X, Y and Z",
  "the Harare suburb of X", "the western countryside of X", "the rebel stronghold of X", "the headquarters of X",
  "villages like X"; or after its people and "of": "Residents of X", "the community of X";
- before a kind of place, of building or of natural feature: "X district", "X refugee camp", "X shantytown",
  "X city", "X army base", "X railway yard", "X Hospital", "X Airport", "X Tower", "X Island", "X Bay" (seas,
  bays, passes, towers and stations only capitalised); a capitalised kind is part of the name, which may then
  open with a given name or an organisation's ("the Sharon Junction", "the Amazon River"); a given name may
  open it before a lowercase kind of site too ("the Sharon junction"), never before "residents";
- right after a locative preposition or a verb that takes only places: "in X", "near X", "outside the X",
  "shelled X", "patrolled X", "annexed Arab X", "north of X", "12 km of X", "en route to X", "the fight for X",
  "an attack on X", "entering X", "at village X", "outside of X", "along the X", "hills above X", "the villages
  surrounding X", "from the village of W to X", "capture X from the rebels", "stormed and captured X" ("captured
  X" alone may be a person);
- the subject of a deed done only to places: "X was shelled", "X, which borders Y, is patrolled by"; of a
  capture only when a bearing opens it ("Eastern X, captured by Y in 1991,", "Arab East X was captured"), as
  persons are captured too;
- described as a kind of place: "X, a village bordering", "X, a suburb of" (not "X, a native of", a person),
  or set beside one: "in another Harare township, X, troops", "two towns in the same region, X and Y";
- a site named as its kind "of" what it holds or honours: "the Church of the Nativity", "the Temple of X";
- owning a part of a place, or a part of a place's: "X's perimeter", "Manhattan's X section";
- naming an owner's site or home: "the company's X plant", "the X home of Y";
- joined by "," or "and" to a place so introduced: "in Fallujah and X";
- after a lowercase bearing: "the air campaign on eastern X", "the suburb of southern X";
- opening with a word that only opens place names: "Jabal X", "Tal X", "Wadi X", "Kafr X", "Mount X".

A capitalised bearing inside a sentence may open the name ("the Eastern Qalamoun region", "patrolling South
X"), never alone; a separate article belongs to the word after it ("Al Thawra", "Bab El Oued", and after a
kind of place "the town of La X"); "the Old City" is a place.
It is not such a place when it is a month, a weekday, a title (but "Sheikh" opens many Arab places' names: "in
Sheikh X"), a given name before a surname, a demonym, a language or a faith, an organisation or a common word, a
participle opening a sentence ("Frightened residents"), a vehicle's maker or a ship's or office's owner ("a
Volkswagen van", "Uber offices"), a movement's "Front" ("the Popular Front"; but "on the X Front"), when it opens
an organisation's name ("the X Cement Company", "the Group of Y", but "X of Y district" is a place in a
district), or when a verb of saying follows it ("X said"). The mentions keep ``place=None``; :func:`contained_in`
finds the known place that holds one ("X district of Mogadishu", "Mogadishu's X district", "X in southern
Aleppo"), whose point then places it at geo_precision 2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gazetteer.folding import fold
from gazetteer.relative import BEARING_WORD

# "the town of X": kinds of place before "of" (plural forms take a list of names).
_KIND_BEFORE = (r"towns?|villages?|cit(?:y|ies)|districts?|sub-districts?|neighbou?rhoods?|suburbs?|camps?|hamlets?"
                r"|settlements?|localit(?:y|ies)|municipalit(?:y|ies)|communes?|townships?|quarters?|enclaves?"
                r"|areas?|region|province|county|governorate|island|hilltop|hill|mountain|valley|outskirts|oasis"
                r"|port|border town|refugee camp")
# "X district", "X Hospital": kinds of place and of building after a name. Capitalised, the kind is part of
# the name ("Bardo Museum"); lowercase, it is not ("Yaqshid district").
_KIND_AFTER = (r"district|districts|sub-district|province|camp|refugee camp|area|areas|village|villages|town"
               r"|neighbou?rhood|suburb|region|county|governorate|municipality|commune|quarter|township"
               r"|local government area|LGA|hospital|university|museum|mosque|market|square|airport|air base"
               r"|airbase|military airport|base|prison|stadium|roundabout|junction|crossing|checkpoint|bridge"
               r"|farms|palace|shrine|compound|refinery|oilfield|oil field|dam|valley|mountains?|hills?|heights"
               r"|plain|desert|front|axis|housing project|industrial zone|highway|motorway|river|gorge|castle"
               r"|forests?|fields|gas fields|oil fields|lake|fort|citadel|temple|cathedral|church|hotel|school"
               r"|islands?|isle|peninsula|city|shantytown|slums?"
               r"|axes|(?:army|military|naval|air|police)\s+base"
               r"|(?:railway|rail|train|bus|police|power|pumping|purification)"
               r"\s+(?:station|yard|depot)|factory|factories|warehouses?|barracks")
# "X residents": the people of a place, after its name only ("Smith, a native of" is a person).
_PEOPLE_OF = r"residents?|natives?|villagers?|inhabitants?|townspeople"
_LOCATIVE = (r"in|at|near|outside(?:\s+of)?|inside(?:\s+of)?|into|around|across|toward|towards|throughout|within|above"
             r"|along(?!\s+with)|entered|entering|stormed"
             r"|storming|shelled|shelling|bombed|bombing|raided|raiding|overran|liberated|liberating|recaptured|recapturing"
             r"|invaded|invading"
             r"|besieged|patrol|patrols|patrolled|patrolling|annexed|annexing"
             # a second deed shares the place of a first that takes only places ("stormed and captured X")
             r"|(?:entered|stormed|shelled|bombed|raided|besieged|surrounded)\s+and\s+[a-z]+ed"
             r"|outskirts of|vicinity of|edge of|heart of|centre of|center of"
             # a bearing or a distance from X, or a road to it, takes only a place
             r"|(?:" + BEARING_WORD + r"|km|kilometres|kilometers|miles)\s+of"
             r"|en route to|on the road to|on the way to"
             # what a battle is for is a place ("the fight for X", "the battle for X")
             r"|(?:the|a)\s+(?:fight|battle|struggle)\s+for"
             # what an assault is on is one ("an army attack on X", "the offensive against X")
             r"|(?:attacks?|assaults?|offensive|advance|raids?)\s+(?:on|against|towards?)")
# Faiths and peoples that qualify a place ("Arab East Jerusalem", "in Sunni X", "in Kurdish X").
_FAITH_OR_PEOPLE = r"Arab|Kurdish|Christian|Druze|Sunni|Shia|Shiite|Alawite|Jewish|Muslim|Palestinian"
# Words between a locative preposition and the name: "in the besieged X", "near southern X", "in Arab X", "at
# village X".
_MODIFIER = (rf"(?:(?:the|a|his|her|their|its|our|{_FAITH_OR_PEOPLE}|northern|southern|eastern|western|central|north"
             r"|south|east|west|rural|besieged|rebel-held|strategic|nearby|neighbou?ring|restive|key|mainly"
             r"|predominantly|remote|small|tiny|village|town|hamlet"
             r"|border|coastal|flashpoint|volatile|embattled|southeastern|southwestern|northeastern"
             r"|northwestern|militant-held|government-held|[A-Z][a-z]+-(?:held|controlled|majority|dominated))\s+){0,3}")
# One word of a name: "Touman", "Al-Breij", "al-Qasa", "Al-‘Arfi", "Mazar-e-Sharif", "PK12" (not the possessive
# "'s").
_WORD = (r"(?<![\w'’‘-])(?:(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)(?:-[‘’']?|[‘’']))?[A-Z]"
         r"(?:\w|-(?:[a-z]{1,2}-)?(?=[A-Z\d])|['’‘](?!s\b)(?=\w))*")
_NAME = rf"{_WORD}(?:[ ](?:(?:al|el|bin|ibn|abu|de|del|la|ul|ur|as|ad|an|ar)[ ])?{_WORD}){{0,3}}"
# Parts and roles of a place before "of": "the nearby troublespot of X", "the western countryside of X".
_PART_OF = (r"troublespot|flashpoint|heartland|bastion|stronghold|countryside|perimeter|hillsides?|environs|farms"
            r"|axis|axes|entrances?|gates|parts|battle|state"
            # "the headquarters of the X" is an organisation's
            r"|headquarters(?!\s+of\s+the\b)")
# The people of a place, before "of" ("Residents of X", "the villagers of X"; "X, a native of" may be a person).
_PEOPLE_BEFORE = r"[Rr]esidents|[Vv]illagers|[Ii]nhabitants|[Tt]ownspeople|communit(?:y|ies)"
# "the town of X", "the outdoor market of X", "four villages: X, Y and Z", "in villages like X and Y".
_PLACE_OF = re.compile(
    rf"\b(?:the\s+)?(?:{_MODIFIER})(?:(?:{_KIND_BEFORE}|{_PART_OF}|{_PEOPLE_BEFORE}|(?:outdoor\s+|main\s+)?markets?|streets)\s+of\s+(?:the\s+)?|(?:villages|towns|cities|communities|settlements|neighbou?rhoods|districts)(?:\s*:|\s+like|\s+such\s+as)\s*)(?P<name>{_NAME})"
)
# Natural features and sites that name a place only capitalised ("Manila Bay", "Ane Ses Pass", "the Hayat
# Tower", not "Don't pass" or "the BBC station").
_KIND_AFTER_CAPITALISED = (r"Sea|Bay|Gulf|Strait|Pass|Ridge|Springs|Tower|Station|Gardens|Complex|Auditorium|Depot"
                           r"|Prospect|Prospekt")
# A number before a name and its kind.
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])\d+\s+$")
_PLACE_KIND = re.compile(rf"(?P<name>{_NAME})\s+(?P<kind>(?i:{_KIND_AFTER}|{_PEOPLE_OF})|{_KIND_AFTER_CAPITALISED})s?\b")
_AFTER_PREPOSITION = re.compile(rf"\b(?i:{_LOCATIVE})\s+{_MODIFIER}(?P<name>{_NAME})")
# "Buhriz, a suburb of Baqouba", "Mir Ali, a major town in", "X, a village bordering", "X, a base built by",
# "X, the square that", "a village called Jibu", "areas known as X".
_APPOSITIVE = re.compile(rf"(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?i:{_KIND_BEFORE}|{_KIND_AFTER})"
                         r"\s+(?:of|in|near|on|that|which|where|with|built|\w+ing|\w+ed)\b")
_CALLED = re.compile(rf"\b(?i:{_KIND_BEFORE}|{_KIND_AFTER})\s+(?:called|named|known\s+as)\s+(?P<name>{_NAME})")
# Where _CALLED can match: tried only around these words, as its long alternation of kinds is slow at every word.
_CALLED_ANCHOR = re.compile(r"called|named|known\s+as")
# Arabic and other generic heads that make a name a place wherever it stands ("Jabal Al-Zafit", "Tal Hamad").
_GEO_HEAD = re.compile(r"(?<![\w'’‘-])(?P<name>(?:Jabal|Jebel|Tal|Tall|Tell|Talat|Wadi|Deir|Dayr|Kafr|Kfar|Khirbet|Ain|Ayn|Beit|Bayt|Bir"
                       rf"|Ras|Qasr|Hawsh|Marj|Jisr|Mazraat|Mount|Fort)\s+{_NAME})")
# A name owning a part of a place is a place ("X's perimeter", "X's northern outskirts"), and so is a name
# before a part word after a place's possessive ("Manhattan's X section").
_PLACE_PARTS = (r"perimeter|outskirts|suburbs|environs|old city|city cent(?:re|er)|downtown|streets|alleys"
                r"|neighbou?rhoods|districts|countryside")
_OWNS_PART = re.compile(rf"(?P<name>{_NAME})['’]s\s+(?:(?:northern|southern|eastern|western|outer|main)\s+)?"
                        rf"(?:{_PLACE_PARTS})\b")
_PART_OF_OWNER = re.compile(rf"[A-Z][\w-]*['’]s\s+(?P<name>{_NAME})\s+(?:section|sector|neighbou?rhood|district"
                            r"|quarter|area)\b")
# A building or a site named for what it holds or honours: "the Church of the Nativity", "the Temple of X".
_SITE_OF = re.compile(r"(?<![\w-])(?:Church|Cathedral|Basilica|Temple|Mosque|Shrine|Tomb|Mausoleum|Monastery|Palace"
                      rf"|Castle|Fortress|Museum|University|Square|Gate)\s+of\s+(?:the\s+)?(?P<name>{_NAME})")
# A town's old core is a place though "Old" never opens a name alone ("the walled Old City"; not "the Old
# Town Civic Association").
_OLD_QUARTER = re.compile(r"\bthe\s+(?:[a-z-]+\s+)?(?P<name>Old\s+(?:City|Town|Quarter))\b(?!\s+[A-Z])")
# What is captured from someone is a place ("capture X from the rebels", "seized X and Y from"); a person
# captured is rarely said to be taken "from" a holder.
_TAKEN_FROM = re.compile(rf"\b(?:captur|recaptur|seiz|retak)(?:e|es|ed|ing)\s+{_MODIFIER}(?P<name>{_NAME})"
                         rf"(?:\s*,\s*{_NAME})*(?:,?\s+and\s+{_NAME})?\s+from\b")
# The subject of a deed done only to places is one ("X was shelled", "X is patrolled jointly by", "X, which
# borders Y, was overrun", "X, besieged by"); of a capture only when its name opens with a bearing ("Eastern X
# was captured"), as persons are captured far more often than towns. The name opens
# a clause, so the words before it are not read as its own.
_PLACE_DEED = (r"patrolled|shelled|besieged|encircled|overrun|bombarded|annexed|occupied|blockaded|razed|raided"
               r"|stormed|bombed|liberated|retaken|(?:cordoned|sealed)\s+off")
_TAKING_DEED = r"captured|seized|taken|conquered|recaptured"
_CLAUSE_START = r"(?:^|(?<=\n)|(?<=[,;:.!?\"“(]\s)|(?<=\band\s)|(?<=\bthat\s)|(?<=\bsince\s)|(?<=\bwhen\s))"
_BEARING_NAME = rf"(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower)\s+{_NAME}"
# Between the subject and its deed: an apposition or relative clause ("X, the last part of Y held by Z,", "X,
# which borders Y,") then a passive auxiliary, or the deed alone as a participle ("X, captured by Z in 1991,").
_TO_DEED = (r"(?:(?:\s*,\s+(?:the|a|an|which|where|now|once)\b[^,;()]{1,100}?,)?\s+(?:was|were|is|are|has|have|had)"
            r"\s+(?:been\s+|being\s+)?(?:[a-z]+ly\s+)?|\s*,\s+(?=[a-z]+\s+by\b))")
_DEED_SUBJECT = re.compile(rf"{_CLAUSE_START}(?:(?:{_FAITH_OR_PEOPLE})\s+)?"
                           rf"(?P<name>{_NAME}(?={_TO_DEED}(?:{_PLACE_DEED})\b)"
                           rf"|{_BEARING_NAME}(?={_TO_DEED}(?:{_TAKING_DEED})\b))")
_DEED_ANCHOR = re.compile(rf"\b(?:{_PLACE_DEED}|{_TAKING_DEED})\b")
# A lowercase bearing before a name makes it a place wherever it stands ("an attack on eastern X", "the
# suburb of southern X"): persons and organisations take no bearing.
_BEARING_BEFORE = re.compile(r"(?<![\w-])(?:" + BEARING_WORD + r")\s+"
                             rf"(?P<name>{_NAME})")
# The land around a name makes it a place ("the villages surrounding X"; not "the controversy surrounding X").
_SURROUNDED = re.compile(r"\b(?:villages|towns|areas|hills|mountains|countryside|region|farmland)\s+surrounding\s+"
                         rf"{_MODIFIER}(?P<name>{_NAME})")
_SURROUNDED_ANCHOR = re.compile(r"surrounding")
# A name set beside a kind of place is one ("in another Harare township, X, troops", "two towns in the same
# region, X and Y,"); it must end there, as a clause may follow the kind ("in the town, X said").
_KIND_BESIDE = re.compile(rf"\b(?:{_KIND_BEFORE})(?:\s+(?:in|of|on|near)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}[a-z-]+)?"
                          r",\s+"
                          rf"(?P<name>{_NAME})(?=\s*[,.;(]|\s*$|,?\s+and\s+[A-Z])"
                          # a person set beside a place's official is described or acts next ("the governor of X
                          # province, Y, a former general," "..., Y, was killed")
                          r"(?!\s*,\s+(?:a|an|the|who|was|is|has|had|said)\b)")
_KIND_BESIDE_ANCHOR = re.compile(r",\s+(?=[A-Z])")
# An owner's site or home named by its place ("the company's X plant", "the X home of Y").
_OWNERS_SITE = re.compile(rf"['’]s\s+(?P<name>{_NAME})\s+(?:site|plant|factory|offices?|facility|mill|mine|branch)\b")
_HOME_OF = re.compile(rf"\bthe\s+(?P<name>{_NAME})\s+(?:home|house|residence|flat|apartment)\s+of\b")
# "from the village of X to Y": where a move from a place goes is one.
_FROM_TO = re.compile(rf"\bfrom\s+(?:the\s+)?{_MODIFIER}(?:{_KIND_BEFORE})\s+of\s+{_NAME}\s+to\s+(?:the\s+)?"
                      rf"(?P<name>{_NAME})")
_LIST_BEFORE = re.compile(rf"(?P<name>{_NAME})(?:\s*,\s*|,?\s+and\s+)$")
_LIST_NEXT = re.compile(rf"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<name>{_NAME})")
# A name set off by commas and then given an age or a person's role is a person, not the next place of a list
# ("in Gaza, Khaled Tamimi, 55, was shot", "the city of X, Fadwa Y, the wife of").
_PERSON_DESCRIBED_AFTER = re.compile(r"\s*,\s*(?:\d{1,3}\s*[,.]|who\b|(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:wife"
                                     r"|husband|widow|son|daughter|brother|sister|father|mother|nurse|doctor"
                                     r"|spokes(?:man|woman)|official|leader|member|student|teacher|farmer|man|woman"
                                     r"|boy|girl)\b)")
# After the name: it modifies the place that follows ("the Industrial city of Gujrat"), it names an
# organisation ("the Group of Eight"), or it owns something ("ChevronTexaco's terminal").
_NOT_PLACE_AFTER = re.compile(r"^(?:\s+of\s+(?:the\s+)?[A-Z](?![\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
                              r"(?:district|province|county|region|governorate|municipality)\b)|['’]s\b)")
# "the Industrial city of Gujrat": after "the", a name before "<town> of" modifies the place that follows;
# without it, the name is the place ("killed in Jibwhiwhui village of Hawul", a village in Hawul), and so it
# is before a part of a place ("the Sayid Karam district of Paktya") or a region ("the East X region of Y"; a
# province is a country's: "the Yugoslav province of Y").
_KIND_OF_AFTER = re.compile(r"^\s+(?i:towns?|cit(?:y|ies)|villages?|hamlets?|settlements?|port|capital|shrine|province"
                            r"|islands?|peninsula)\s+of\b")
# A capitalised bearing inside a sentence opens a name ("the Eastern Qalamoun region", "the bastion of East
# Ghouta", "patrolling South Ossetia"); lowercase, it is a modifier the patterns leave out ("in eastern Ghouta").
_COMPASS = frozenset("north south east west northern southern eastern western".split())
# A stray "_" opens a paragraph in wire copy as a sentence's end does ("_ Frightened residents").
_SENTENCE_START = re.compile(r"(?:^|[.!?:\"“_]\s*)$")
_THE_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
_ADJECTIVE_ENDINGS = ("ist", "ists", "ism", "ian", "ians", "ese", "ish")
# Many villages' names end like an adjective ("Butitian village"); a people's adjective before "village" takes
# "a" or "the ... village of" ("an Ossetian village", "the Armenian village of X").
_VILLAGE_AFTER = re.compile(r"\s+(?:village|area)\b(?!\s+of\b)")
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# Languages and faiths are no place alone, though they follow "in" ("in Gaelic") and precede a kind of place
# ("a Protestant district").
_LANGUAGES_AND_FAITHS = frozenset(
    "gaelic latin hebrew swahili kiswahili urdu hindi pashto dari farsi tagalog creole esperanto sanskrit amharic "
    "tigrinya hausa yoruba igbo zulu xhosa lingala protestant protestants catholic catholics maronite coptic hindu "
    "sikh yazidi loyalist unionist sufi salafi koranic quranic".split())
# A name before a vehicle, a vessel or a firm's premises is its maker's or owner's ("inside a Volkswagen van",
# "bombed the Greenpeace flagship", "raided Uber offices"); a car bomb's town is a place ("the Baghdad car bomb").
_OWNED_THING_AFTER = re.compile(r"^\s+(?:vans?|cars?|trucks?|pickups?|jeeps?|sedans?|minibus(?:es)?|lorr(?:y|ies)"
                                r"|taxis?|limousines?|ships?|flagships?|vessels?|boats?|tankers?|ferr(?:y|ies)"
                                r"|yachts?|liners?|offices|stores?|outlets?|dealerships?)\b(?!\s+bomb)")
# A name before a kind of news outlet names the outlet ("the ITAR-Tass news agency").
_NEWS_OUTLET_AFTER = re.compile(r"\s+(?:news\s+agency|newspaper|broadcaster|television\s+(?:channel|station))\b")
# A capitalised "Front" names a movement ("the Popular Front"), unless fighting is on or at it ("on the Palmyra
# Front"); lowercase, it is a front line ("the Palmyra front").
_FRONT_LINE_BEFORE = re.compile(r"\b(?:on|at|along)\s+the\s+$")
_SAYS_AFTER = re.compile(r"^\s*(?:,\s*)?(?:said|says|told|tells|added|stated|wrote|explained|noted|asked|"
                         r"announced|reported|insisted|warned|declared)\b")
_ALWAYS_NOT = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday christmas easter ramadan eid god allah islam christianity "
    "english arabic french sunni shia shiite shi'ite christian muslim muslims arab arabs kurdish jewish druze "
    "alawite northern southern eastern western central old new the this that these those his her their its "
    "our a an operation yesterday tonight african asian european mullah ayatollah emir brigadier".split())
_SPANISH_ARTICLES = frozenset("La Las Los".split())
# Titles that open many Arab places' names ("in Sheikh Maqsoud"), so that even after a preposition they open a
# place's name (a person there is rare: "fired at Sheikh X").
_PLACE_TITLES = frozenset("sheikh sheik".split())
# Capitalised kinds that are also surnames: after a given name they make a person ("Angela Hill", "Jeff Bridges").
_SURNAME_KINDS = frozenset("hill hills fields church temple lake forest castle fort bridge river springs ridge tower"
                           .split())
# Capitalised kinds that are part of the place's own name ("Bardo Museum", "Litani River"); the others
# ("Anbar Province") are left out of the span, as the toponym corpora do.
_ADMINISTRATIVE = frozenset(
    "district districts sub-district province camp area areas village villages town neighbourhood neighborhood "
    "suburb region county governorate municipality commune quarter township lga government resident residents "
    "native natives villager villagers inhabitant inhabitants townspeople".split())


@dataclass(frozen=True, slots=True)
class Unlisted:
    """A place name the gazetteer lacks, with how it was recognised (``cue``: "of", "kind", "in" or "list")."""

    start: int
    end: int
    text: str
    cue: str


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the cue that found a name lets it hold (see :meth:`UnlistedFinder._trimmed`)."""

    # a cue other than a preposition: a title may open the name ("the village of Sheikh Najjar")
    strong: bool = False
    # a kind of place follows: an organisation's word is part of the place's ("Kuweires Military Airport")
    before_kind: bool = False
    # the capitalised kind that follows and belongs to the name: an organisation's name may open it ("the Amazon
    # River"), and so may a given name unless the kind is also a surname ("the Sharon Junction", not "Angela Hill")
    own_kind: str = ""
    # the name owns a part of a place, so it may take "'s" ("X's perimeter")
    owner: bool = False
    # a part of the place owns it ("Manhattan's X section") or a lowercase kind of site follows ("the X
    # junction"): the name may be a given name
    given_name_ok: bool = False
    # the name stands right before what says it is a place, so a capitalised bearing opens it even at a
    # sentence's start ("Eastern X was shelled"; elsewhere it may qualify the next word: "Eastern forces")
    bearing_opens: bool = False


_PLAIN = _Reading()


@dataclass(frozen=True, slots=True)
class _Cue:
    """A pattern that finds a place name (group ``name``), the :attr:`Unlisted.cue` it gives, and what is
    particular to it."""

    pattern: re.Pattern
    cue: str
    # the name owns a part of a place ("X's perimeter"), and must end where the pattern put it
    owner: bool = False
    # a part of the place owns the name ("Manhattan's X section")
    given_name_ok: bool = False
    # the site's name opens with its kind ("the Temple of X")
    kind_before: bool = False
    # the span is the name as matched, never trimmed ("the Old City")
    verbatim: bool = False
    # the name stands right before the words that make it a place: kept only whole, and a bearing may open it
    before_cue: bool = False
    # where the pattern may match: only near these words (before and after them, in characters), as the
    # pattern is slow to try at every word
    anchor: re.Pattern | None = None
    window: tuple[int, int] = (0, 0)

    def matches(self, text: str) -> list[re.Match]:
        """Returns the pattern's matches in ``text``, in reading order."""
        if self.anchor is None:
            return list(self.pattern.finditer(text))
        found: dict[tuple[int, int], re.Match] = {}
        before, after = self.window
        for anchor in self.anchor.finditer(text):
            for match in self.pattern.finditer(text, max(0, anchor.start() - before), anchor.end() + after):
                found.setdefault(match.span(), match)
        return [found[span] for span in sorted(found)]


_CUES = (_Cue(_PLACE_OF, "of"), _Cue(_PLACE_KIND, "kind"), _Cue(_APPOSITIVE, "of"),
         _Cue(_CALLED, "of", anchor=_CALLED_ANCHOR, window=(60, 120)),
         _Cue(_GEO_HEAD, "of"), _Cue(_OWNS_PART, "of", owner=True), _Cue(_PART_OF_OWNER, "of", given_name_ok=True),
         _Cue(_SITE_OF, "of", kind_before=True), _Cue(_OLD_QUARTER, "of", verbatim=True), _Cue(_FROM_TO, "in"),
         _Cue(_TAKEN_FROM, "in"), _Cue(_AFTER_PREPOSITION, "in"),
         _Cue(_DEED_SUBJECT, "in", before_cue=True, anchor=_DEED_ANCHOR, window=(180, 8)),
         _Cue(_BEARING_BEFORE, "in"), _Cue(_SURROUNDED, "in", anchor=_SURROUNDED_ANCHOR, window=(40, 120)),
         _Cue(_KIND_BESIDE, "of", anchor=_KIND_BESIDE_ANCHOR, window=(70, 80)), _Cue(_OWNERS_SITE, "of"),
         _Cue(_HOME_OF, "of"))


def _reading(cue: _Cue, match: re.Match) -> _Reading:
    """Returns what ``match`` of ``cue`` lets its name hold."""
    if cue.cue != "kind":
        return _Reading(strong=cue.cue != "in", owner=cue.owner, given_name_ok=cue.given_name_ok,
                        bearing_opens=cue.before_cue)
    kind = match.group("kind")
    kind_word = fold(kind).split()[-1]
    own_kind = kind_word if kind[:1].isupper() and kind_word not in _ADMINISTRATIVE else ""
    # a person's name is never before a lowercase kind of site ("the Sharon junction")
    site_after = kind.islower() and not re.fullmatch(_PEOPLE_OF, kind_word)
    return _Reading(strong=True, before_kind=True, own_kind=own_kind, given_name_ok=site_after)


class UnlistedFinder:
    """Finds :class:`Unlisted` place names with the recognition word lists ``words`` and ``demonyms``."""

    def __init__(self, words: dict[str, frozenset[str]], demonyms: dict[str, str]) -> None:
        self.words = words
        self.demonyms = demonyms

    # The names of the last text read, shared by the finders built on the same word lists: the events ask for
    # the names of the article the geoparser has just read.
    _last: tuple[tuple, tuple[Unlisted, ...]] = ((), ())

    def find(self, text: str) -> list[Unlisted]:
        """Returns the unlisted place names of ``text`` in reading order, overlapping ones merged to the first."""
        key = (id(self.words), id(self.demonyms), text)
        if UnlistedFinder._last[0] == key:
            return list(UnlistedFinder._last[1])
        found = self._found(text)
        UnlistedFinder._last = (key, tuple(found))
        return found

    def _found(self, text: str) -> list[Unlisted]:
        found: list[Unlisted] = []
        for cue in _CUES:
            for match in cue.matches(text):
                reading = _reading(cue, match)
                name = (match.span("name") if cue.verbatim else
                        self._trimmed(text, match.start("name"), match.end("name"), reading))
                if name is None or ((cue.owner or cue.before_cue) and name[1] != match.end("name")):
                    continue
                if cue.owner and text[name[0]:name[1]].split()[-1].lower() in _ADMINISTRATIVE:
                    continue  # "the Hama Governorate's countryside": the kind pattern takes "Hama" alone
                start, end = name
                if cue.kind_before:
                    start = match.start()  # the site's name holds its kind ("the Temple of X")
                if reading.own_kind == "front" and not _FRONT_LINE_BEFORE.search(text, max(0, start - 12), start):
                    continue  # "the Nusra Front", "Revolutionary United Front rebels": a movement
                if reading.own_kind:
                    end = match.end()  # "the Heart Hospital", "the Virgin Islands": the place's own name
                    if _NUMBER_BEFORE.search(text, max(0, start - 12), start):
                        continue  # "20 al-Nusra Front fighters", "the 1070 Apartment Complex": a count, or a site
                        # whose number the events module reads as a quantity
                elif reading.before_kind and not self._kind_plausible(text, start):
                    continue
                found.append(Unlisted(start, end, text[start:end], cue.cue))
                found.extend(self._listed_after(text, end))
                if reading.before_kind:
                    found.extend(self._listed_before(text, start))
        found.sort(key=lambda u: (u.start, -u.end))
        kept: list[Unlisted] = []
        for unlisted in found:
            if not any(k.start < unlisted.end and unlisted.start < k.end for k in kept):
                kept.append(unlisted)
        return kept

    def _listed_after(self, text: str, end: int) -> list[Unlisted]:
        """Returns the names joined to the one ending at ``end`` by "," or "and" ("X, Y and Z")."""
        found = []
        while (match := _LIST_NEXT.match(text[end:end + 80])) is not None:
            name = self._trimmed(text, end + match.start("name"), end + match.end("name"))
            if name is None or _PERSON_DESCRIBED_AFTER.match(text, name[1]):
                break
            found.append(Unlisted(name[0], name[1], text[name[0]:name[1]], "list"))
            end = name[1]
        return found

    def _listed_before(self, text: str, start: int) -> list[Unlisted]:
        """Returns the names joined to the one starting at ``start`` before it ("the X and Y villages")."""
        found = []
        while (match := _LIST_BEFORE.search(text[max(0, start - 80):start])) is not None:
            offset = max(0, start - 80)
            name = self._trimmed(text, offset + match.start("name"), offset + match.end("name"))
            if name is None or name[1] != offset + match.end("name"):
                break
            found.append(Unlisted(name[0], name[1], text[name[0]:name[1]], "list"))
            start = name[0]
        return found

    def _kind_plausible(self, text: str, start: int) -> bool:
        """Returns False when the name before a kind word follows another capitalised word it belongs with
        ("the Syrian Arab Army controlled village")."""
        before = text[max(0, start - 30):start]
        return not re.search(r"(?<![\w-])[A-Z][\w'’]*(?<!['’]s)\s+$", before) or bool(re.search(
            r"(?:^|\s)(?:In|At|Near|The|A|An|Outside|Inside|Around)\s+$", before))

    def _trimmed(self, text: str, start: int, end: int, reading: _Reading = _PLAIN) -> tuple[int, int] | None:
        """Returns the span of the name at ``text[start:end]`` cut before its first word that cannot be part
        of a place name ("Ramadi Monday" -> "Ramadi"), or None when no place name is left or when the name
        opens an organisation's ("the Mechanical Industry Company"); ``reading`` says what the cue that found
        it lets the name hold."""
        opening = re.match(r"(?:A|An|The)\s+(?=\S)", text[start:end])
        if opening and _SENTENCE_START.search(text, max(0, start - 4), start):
            start += opening.end()  # "A Maaloula resident said": the name after the sentence's article (inside
            # a sentence the article is the name's own: "The Hague", "An Loc")
        words = list(re.finditer(r"\S+", text[start:end]))
        kept_end = start
        for index, word in enumerate(words):
            lower = word.group().lower()
            if index + 1 < len(words) and (word.group() in ("Al", "El")
                                           or (reading.strong and word.group() in _SPANISH_ARTICLES)):
                continue  # "Al Thawra", "Bab Al Hawa", "the town of La Petrolea": a separate article belongs to the
                # word after it (but "in La Prensa", "in La Liga" name a newspaper and a league)
            bare = re.sub(r"^(?:al|el|a[dnrstz]|ash)(?:-[‘’']?|[‘’'])", "", lower)
            title_opens = ((reading.strong or lower in _PLACE_TITLES) and index == 0 and len(words) > 1
                           and lower in self.words["titles"])
            compass_opens = (index == 0 and len(words) > 1 and lower in _COMPASS
                             and (reading.bearing_opens or not _SENTENCE_START.search(text, max(0, start - 4), start)))
            if (self._excluded(lower) or self._excluded(bare)) and not (title_opens or compass_opens):
                if index > 0 and lower in self.words["org"] and word.group()[:1].isupper() and not reading.before_kind:
                    return None  # "the Mechanical Industry Company": the name opens an organisation's
                break
            given_name_opens = ((bool(reading.own_kind) and reading.own_kind not in _SURNAME_KINDS)
                                or reading.given_name_ok)
            if index == 0 and lower in self.words["first_names"] and len(words) > 1 and not given_name_opens:
                return None  # "in Tim Allen's house": a person's name
            kept_end = start + word.end()
        if kept_end == start:
            return None
        name = text[start:kept_end]
        single = " " not in name
        lower = name.lower()
        if not reading.own_kind and (fold(name) in self.words["organisations"] or fold(name) in self.demonyms):
            return None
        if single and (lower in self.words["common"] or lower in _COMPASS
                       or (lower in self.words["first_names"] and not given_name_opens)
                       or (name.isupper() and name.isalpha() and len(name) <= 5)):
            return None
        if single and lower.endswith(_ADJECTIVE_ENDINGS) and not _named_village(text, start, kept_end):
            return None  # "Buddhist", "Philippine"-like adjectives of belief and nation
        if single and lower in _LANGUAGES_AND_FAITHS and not reading.own_kind:
            return None  # but "the Hebrew University", a site named with its kind
        if single and lower.endswith("ed") and _SENTENCE_START.search(text, max(0, start - 4), start):
            return None  # "Frightened residents": a participle opening a sentence, capitalised only there
        after = text[kept_end:kept_end + 30]
        if (not reading.before_kind and _OWNED_THING_AFTER.match(after)) or _NEWS_OUTLET_AFTER.match(after):
            return None
        # "the village of X, said police": set off by a comma, a name its cue makes a place is not the speaker
        says = _SAYS_AFTER.match(after) and not (reading.strong and after.lstrip().startswith(","))
        if says or (_NOT_PLACE_AFTER.match(after) and not reading.owner):
            return None
        if _KIND_OF_AFTER.match(after) and (_THE_BEFORE.search(text, max(0, start - 25), start) or start == 0):
            return None
        return start, kept_end

    def _excluded(self, word: str) -> bool:
        return (word in _ALWAYS_NOT or word in self.words["function"] or word in self.words["titles"]
                or word in self.words["org"] or word in self.demonyms)


def _named_village(text: str, start: int, end: int) -> bool:
    """Returns True for a name ending like an adjective ("-ian") before "village" or "area" that is no
    people's ("the Butitian village", "shelled Gagrian and Sawjian area"; not "an Ossetian village")."""
    return (text[start:end].lower().endswith(("ian", "ians")) and bool(_VILLAGE_AFTER.match(text, end))
            and not _INDEFINITE_BEFORE.search(text, max(0, start - 4), start))


# Between a named place and the place holding it: "X district of Y", "X in southern rural Y", "X, Y".
_HELD_BY_NEXT = re.compile(r"^(?:\s+(?:[a-z-]+\s+){0,3}?(?:in|of|outside|near)|\s*,)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$")
# Between the holding place and a named place: "Y's X", "the Y suburb of X".
_HOLDS_NEXT = re.compile(rf"^(?:['’]s|\s+(?:{_KIND_BEFORE})\s+of)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}$")


def contained_in(text: str, start: int, end: int, places: list) -> object | None:
    """Returns the mention among ``places`` (resolved, literal, in reading order) that the text says holds
    the name at ``text[start:end]``, or None."""
    for mention in places:
        if 0 <= mention.start - end <= 60 and _HELD_BY_NEXT.match(text[end:mention.start]):
            return mention
    for mention in reversed(places):
        if 0 <= start - mention.end <= 40 and _HOLDS_NEXT.match(text[mention.end:start]):
            return mention
    return None
