"""Actors: who acted and on whom, under one normalised name whatever alias the text uses.

Each actor has a normalised name and a category (``state``, ``armed`` non-state group, ``civilians``,
``protesters``, ``rioters``, ``external`` foreign forces). "ISIL", "ISIS", "Islamic State", "AQI" and
"al-Qaeda-linked militants" are one actor; so are "Iraqi security forces", "the army" and "police".
Actor 1 is the one who acted and actor 2 the one acted upon: in the active voice the subject before the
event word acts; in the passive ("were killed by gunmen") the agent after "by" acts. Whoever died is acted upon,
with or without an auxiliary ("Four soldiers killed in rebel attack", "Three policemen die in Taliban ambush"):
the group named with the attack ("rebel attack", "Taliban ambush") or the agent after "by" acted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.prefilter import Screen, first_char_guard

# normalised name -> (category, alias pattern). Order matters: earlier entries win on overlapping text.
_ACTORS: list[tuple[str, str, str]] = [
    (
        "Islamic State (ISIL)",
        "armed",
        r"\bISIL\b|\bISIS\b|\bIS\b(?= (?:fighters|militants|group|jihadists))|Daesh|\bDAESH\b|\bAQI\b|Islamic State(?: (?:of|in) Iraq(?: and (?:the )?(?:Levant|Syria|al-Sham))?)?"
        r"|al[- ]?Qa'?eda(?: in Iraq|[- ]linked|[- ]affiliated|[- ]inspired)(?: (?:militants|fighters|gunmen|insurgents|group|jihadists))?"
        r"|al[- ]?Qa'?eda (?:allies|affiliate|offshoot|fighters)",
    ),
    ("al-Qaeda", "armed", r"al[- ]?Qa'?eda"),
    ("Military Council of the Tribes", "armed", r"Military Council of the Tribes"),
    ("Tribal fighters (Sahwa)", "armed", r"Sahwa(?: (?:militia|militiamen|fighters|forces))?|Awakening (?:Councils?|militia\w*|fighters)|Sons of Iraq|tribal (?:fighters|militia\w*|forces|gunmen)|tribesmen|(?:allied |local |Sunni )?tribes\b"),
    ("Shia militia", "armed", r"Shi(?:'?ite|a) (?:militia\w*|fighters|gunmen|groups)|Mukhtar army|Popular Mobili[sz]ation(?: Forces| Units)?|Asa'?ib Ahl al-Haq|Kata'?ib Hezbollah"),
    ("Taliban", "armed", r"Taliban"),
    ("al-Shabaab", "armed", r"al[- ]Shabaa?b"),
    ("Boko Haram", "armed", r"Boko Haram|ISWAP"),
    ("Hamas", "armed", r"Hamas"),
    ("Hezbollah", "armed", r"Hezbollah|Hizbullah|Hizballah"),
    ("Free Syrian Army", "armed", r"Free Syrian Army|\bFSA\b"),
    ("Jabhat al-Nusra", "armed", r"(?:Jabhat )?al-Nusra(?: Front)?|Nusra Front|Hay[’'‘]?at Tahrir al-Sham|Tahrir al-Sham|\bHTS\b"),
    ("Houthis", "armed", r"Houthis?|Ansar Allah"),
    ("PKK", "armed", r"\bPKK\b|Kurdistan Workers'? Party"),
    ("ETA", "armed", r"\bETA\b"),
    # Rebel armies named as armies ("Arakan Army", "Kachin Independence Army", "National Liberation Army"): not the state's army.
    ("Rebel army", "armed", r"(?-i:(?:[A-Z][\w'-]+ ){0,3}(?:Liberation|Independence|Resistance|Revolutionary|Republican|Salvation|Arakan|Kachin|Karen|Shan|Ta'ang|Mai-Mai|People's) Army)"),
    ("Saudi-led coalition", "external", r"(?:Saudi|Arab)[- ]led (?:military )?coalition|Arab coalition"),
    ("US forces", "external", r"(?:US|U\.S\.|American|NATO) (?:forces|troops|soldiers|military|aircraft|warplanes|drones?|marines)|American troops|US-led coalition"),
    # A coalition not named by its leader, when its arms follow ("coalition air strikes"): not a political one.
    (
        "Coalition forces",
        "external",
        r"\bcoalition(?:'s)?(?= (?:forces|troops|soldiers|military|aircraft|warplanes|jets|planes|drones?|helicopters?|air ?strikes?|strikes?|air raids?|raids?|bombing|bombardment|shelling|fire|attacks?))",
    ),
    (
        "security forces",
        "state",
        r"(?:security|government|regime|pro-government|ground|armed|special|federal|counter-?terrorism|state) forces|\barmy\b(?! of)|military\b(?! sources| officials?| council| officer| spokes\w*| camps?| bases?| courts?| vehicles?| convoys?| posts?| positions?| checkpoints?| operations?| hospitals?| trucks?| barracks| (?-i:Airport|Air ?[Bb]ase|Academy|College|Hospital|Intelligence))|troops|soldiers|servicemen"
        r"|police(?:men|women| officers| forces)?(?! sources?| chief| said| officials?| stations?| vehicles?| checkpoints?| posts?| headquarters| cars?| trucks?)|policem[ae]n|gendarm\w*|commandos|air force|national guard|border guards?|(?-i:\bSWAT\b)|security personnel|officers|(?-i:\bSAA\b)|Republican Guard",
    ),
    ("Unidentified armed group", "armed", r"(?:unidentified |unknown |masked |armed )?gunmen|militants|insurgents|jihadists|extremists|terrorists|armed (?:men|group|groups)|attackers|assailants|rebels|fighters|militiam[ae]n|militias?"
     r"|bandits|guerrill\w*|factions?|armed gangs?|gang members|gangsters|cartel (?:members|gunmen|hitmen)|pirates|an? (?:lone )?(?:gunman|attacker|militant)"
     # the singular as a word for the attackers: "in Kurdish militant attack", "a rebel ambush"
     r"|(?:militant|rebel|insurgent|jihadist|terrorist|guerrilla|bandit|separatist)(?= (?:attacks?|ambush(?:es)?|raids?|assaults?|offensive|bombings?|fire)\b)"),
    ("Rioters", "rioters", r"rioters|\bmobs?\b|angry (?:crowd|residents|youths)"),
    ("Protesters", "protesters", r"protesters|protestors|demonstrators|marchers|strikers|activists"),
    (
        "Civilians",
        "civilians",
        # not "people's": "the people's militia" is an armed group
        r"civilians|residents|villagers|(?<!armed )people(?!'s)|family members|famil(?:y|ies)|children|\bchild\b|\bwomen\b|\bwoman\b|\bmen\b|\bman\b|boys?|girls?|passengers|worshipp?ers|pilgrims"
        r"|shoppers|farmers|students|journalists?|workers|teachers|doctors|traders|herders|displaced|refugees|\bIDPs\b|bystanders|motorists|drivers|mourners|a driver|an? (?:elderly|young) \w+"
        r"|detainees|prisoners|inmates|captives|hostages|civilian"
        # lower case only: "Imam Ali hospital", "Taybat Al-Imam" are places
        r"|(?-i:[Ss]upporters|[Ff]ans|[Yy]ouths|young men|travell?ers|commuters|tourists|pedestrians|patients|pupils|schoolchildren|teenagers?|nurses?|aid workers?|health workers?|elders?|businessm[ae]n|shopkeepers?|merchants?|herdsm[ae]n|shepherds?|hunters?|opposition (?:members?|supporters?|figures?|politicians?|activists?|leaders?)|politicians?|pastors?|priests?|imams?|clerics?|village (?:chiefs?|heads?)|councill?ors?|vendors|miners|fishermen)",
    ),
]
_SCREEN = Screen(re.compile(pattern, re.IGNORECASE) for _, _, pattern in _ACTORS)
_GUARDED = [first_char_guard(pattern) for pattern in _SCREEN.patterns]  # the same matches, found faster
# "the militants" after a named group usually means that group: the generic name yields to a named one in the same sentence.
_GENERIC = {"Unidentified armed group"}
_DEMONYM = re.compile(r"\b([A-Z][a-z]+(?:i|ian|ese|ish|an|ic))(?:\s+(?:security|government|army|armed|special|ground|federal))?\s*$")
# A subordinate clause between a passive verb and "by": its agent is not the verb's ("killed when police broke up a sit-in by farmers").
_NEW_CLAUSE = re.compile(r"\b(?:when|while|after|before|as|because|since|during|which|who|that)\b|[;,]", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# Death words, and those of them that take no object: their subject is always the one who died.
_DEATH_WORD = re.compile(
    r"\b(?:killed|slain|shot dead|gunned down|executed|massacred|beheaded|murdered|died|dies|die|dead|perished|lost (?:their|his|her) lives?)\b",
    re.IGNORECASE,
)
_INTRANSITIVE = re.compile(r"died|dies|die|dead|perished|lost (?:their|his|her) lives?", re.IGNORECASE)
# What may follow a death word with no auxiliary for it to be a passive: nothing, punctuation, a preposition or a
# time, or "and" with the count of the wounded ("12 killed and 5 injured"); an object after it makes it active
# ("Taliban killed 12 policemen", "Militants killed civilians").
_NO_OBJECT = re.compile(
    r"\s*(?:$|[^\w\s\"'‘“#]|(?:in|at|on|near|by|as|after|while|during|when|amid|outside|inside|following|from|with|over|across"
    r"|since|yesterday|today|overnight|last|this)\b|and\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|scores|many|others?)\b))",
    re.IGNORECASE,
)
# Between a group and the death word it suffers: a noun or two and an auxiliary ("Hezbollah experts were killed").
_SUBJECT_GAP = re.compile(r"(?:\s+[\w'-]+){0,2}?(?:\s+(?:were|was|are|is|have been|has been|had been|being))?(?:\s+\w+ly)?\s+", re.IGNORECASE)
# A death word in the active voice and what may come between it and its object ("kills 13 soldiers", "killed at
# least two SDF fighters").
_KILLS = re.compile(r"\b(?:kills?|killed|killing|shot dead|gunned down|executed|massacred|beheaded|murdered)\b", re.IGNORECASE)
_OBJECT_GAP = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+", re.IGNORECASE)
_INCLUDING = re.compile(r"\b(?:including|among them|among whom|mostly)\b", re.IGNORECASE)
# A group right before an attack word made the attack: "Kurdish militant attack", "Taliban ambush", "coalition air strikes".
_ATTACK_NOUN = re.compile(
    r"(?:\s+[\w'-]+)?\s+(?:attacks?|ambush(?:es)?|raids?|assaults?|offensive|(?:air ?)?strikes?|air raids?|bombings?|bombardment|shelling|fire|rockets?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in a text: its normalised ``name``, ``category`` and span ``[start, end)``."""

    start: int
    end: int
    name: str
    category: str


def find_actors(text: str, start: int = 0, end: int | None = None) -> list[ActorMention]:
    """Returns the actor mentions in ``text[start:end]`` in reading order (offsets into ``text``), without overlaps."""
    return list(_find_actors(text, start, len(text) if end is None else end))


@lru_cache(maxsize=512)  # the rules ask about the same clause several times
def _find_actors(text: str, start: int, end: int) -> tuple[ActorMention, ...]:
    found: list[ActorMention] = []
    taken: list[tuple[int, int]] = []
    for index in _SCREEN.may_match(text, start, end):
        name, category, _ = _ACTORS[index]
        for match in _GUARDED[index].finditer(text, start, end):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            found.append(ActorMention(match.start(), match.end(), _qualified(text, match.start(), name, category), category))
    found.sort(key=lambda mention: mention.start)
    named = [m for m in found if m.category == "armed" and m.name not in _GENERIC]
    if named:
        found = [ActorMention(m.start, m.end, named[0].name, m.category) if m.name in _GENERIC else m for m in found]
    return tuple(found)


def _qualified(text: str, start: int, name: str, category: str) -> str:
    """Returns ``name`` with its country for state forces ("Iraqi security forces")."""
    if category != "state":
        return name
    demonym = _DEMONYM.search(text[max(0, start - 40) : start])
    return f"{demonym.group(1)} security forces" if demonym else "Security forces"


def is_passive(text: str, trigger_start: int) -> bool:
    """Returns True when the event word at ``trigger_start`` is in the passive voice ("were killed")."""
    return bool(_PASSIVE.search(text[max(0, trigger_start - 30) : trigger_start]))


def actors_of(text: str, clause: tuple[int, int], trigger: tuple[int, int]) -> tuple[str, str]:
    """Returns ``(actor1, actor2)``: who acted and on whom, for the event signalled at ``trigger`` in ``clause``.

    Either is "" when the text does not say.
    """
    mentions = find_actors(text, *clause)
    before = [m for m in mentions if m.end <= trigger[0]]
    after = [m for m in mentions if m.start >= trigger[1]]
    victims = _victims(text, clause, mentions)
    attackers = [m for m in _attackers(text, mentions) if m not in victims]
    if is_passive(text, trigger[0]) or _suffered(text, trigger, clause[1]):
        # "30 Taliban killed", "Three policemen die", "138 died, including 44 soldiers": those who died
        sufferer = before[-1] if before else _breakdown(text, after, trigger[1], clause[1])
        actor2 = sufferer.name if sufferer else ""
        agent = _agent(text, after, trigger[1], clause[1]) or next((m for m in attackers if m.name != actor2), None)
        actor1 = agent.name if agent else ""
    else:
        # Who acted: the subject, unless it died ("Four soldiers killed in rebel attack"); else the group named with
        # the attack; else, after a subject that died, the other side ("Six soldiers killed in raid by insurgents").
        died = {m.name for m in victims}  # by name: "27 Taliban fighters killed" names the Taliban twice
        doers = [m for m in before if m.name not in died]
        others = [m for m in after if m.name not in died]
        actor = doers[-1] if doers else next(iter(attackers), None) or (others[0] if died and others else None)
        actor1 = actor.name if actor else ""
        targets = [m for m in after if m.name != actor1] or [m for m in victims if m.name != actor1]
        actor2 = targets[0].name if targets else ""
    if actor1 == actor2:
        actor2 = ""
    return actor1, actor2


def _suffered(text: str, trigger: tuple[int, int], clause_end: int) -> bool:
    """Returns True when the death word at ``trigger`` befalls its subject: intransitive ("died", "dead"), passive
    ("were killed") or a headline's passive without auxiliary ("Taliban killed in air strike", "2 killed, 5 hurt")."""
    if not _DEATH_WORD.fullmatch(text, *trigger):
        return False
    if _INTRANSITIVE.fullmatch(text, *trigger) or is_passive(text, trigger[0]):
        return True
    return bool(_NO_OBJECT.match(text, trigger[1], clause_end))


def _victims(text: str, clause: tuple[int, int], mentions: list[ActorMention]) -> list[ActorMention]:
    """Returns the mentions in ``clause`` of those who died: the subject of a death word they suffer ("Four Iraqi
    soldiers killed", "Three policemen die", "30 Taliban were killed") and the object of one in the active voice
    ("Al-Shabaab kills 13 soldiers in ambush")."""
    victims = []
    for death in _DEATH_WORD.finditer(text, *clause):
        if _suffered(text, death.span(), clause[1]):
            subject = next((m for m in reversed(mentions) if m.end <= death.start()), None)
            if subject and _SUBJECT_GAP.fullmatch(text, subject.end, death.start()):
                victims.append(subject)
    for kill in _KILLS.finditer(text, *clause):
        if not _suffered(text, kill.span(), clause[1]):
            target = next((m for m in mentions if m.start >= kill.end()), None)
            if target and _OBJECT_GAP.fullmatch(text, kill.end(), target.start):
                victims.append(target)
    return victims


def _agent(text: str, after: list[ActorMention], trigger_end: int, clause_end: int) -> ActorMention | None:
    """Returns the agent after "by" that follows a passive event word, or None."""
    by = re.search(r"\bby\b", text[trigger_end:clause_end])
    if by is None or _NEW_CLAUSE.search(text, trigger_end, trigger_end + by.start()):  # "killed when police broke up a sit-in by farmers"
        return None
    return next((m for m in after if m.start >= trigger_end + by.end()), None)


def _breakdown(text: str, after: list[ActorMention], start: int, end: int) -> ActorMention | None:
    """Returns the first group named after "including" or "among them" in ``text[start:end]`` ("138 died yesterday,
    including 44 soldiers"), or None."""
    word = _INCLUDING.search(text, start, end)
    return next((m for m in after if m.start >= word.end()), None) if word else None


def _attackers(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Returns the mentions named with an attack ("Kurdish militant attack", "a Taliban ambush", "coalition air strikes")."""
    return [m for m in mentions if _ATTACK_NOUN.match(text, m.end)]


def victim_categories(text: str, clause: tuple[int, int], trigger: tuple[int, int]) -> set[str]:
    """Returns the categories of those an act of violence at ``trigger`` fell on (e.g. {"civilians"})."""
    mentions = find_actors(text, *clause)
    # "were killed", "Four soldiers killed in ...", "leaving three civilians dead", "two soldiers died": the victims
    # come before the word.
    if is_passive(text, trigger[0]) or _suffered(text, trigger, clause[1]) or re.match(r"deaths?|slain", text[trigger[0] : trigger[1]], re.IGNORECASE):
        near = [m for m in mentions if m.end <= trigger[0] and trigger[0] - m.end < 60]
        return {m.category for m in near[-2:]}
    near = [m for m in mentions if m.start >= trigger[1] and m.start - trigger[1] < 40]
    return {m.category for m in near[:2]}
