"""Typing: the ACLED sub-event type of a clause, from its cues, by rules a careful coder would follow.

The rules run from the most specific signal to the least, the way ACLED's codebook resolves overlaps:
the weapon used decides among the explosions (a suicide bomber at a protest is a suicide bomb); protests
and riots are told apart by what the crowd did and what was done to it; territory changes outrank the
fighting that brought them; violence is a battle when both sides are armed and an attack when the victims
are civilians; an arrest reported first is the event, not the crime it is for.
"""

from __future__ import annotations

import re

from gazetteer.relative import BEARING_WORD
from timeline.events.actors import actors_of, find_actors, victim_categories
from timeline.events.taxonomy import EventType
from timeline.events.triggers import Cue, find_cues

_ARMED = {"state", "armed", "external"}
# "attacked a police station", "stormed an army checkpoint": the place where armed men of the state are posted
_ARMED_POST = re.compile(
    r"\s+(?:on\s+)?(?:an?|the|two|three|several)\s+(?:\w+\s+)?(?:police|army|military|security|border\s+guard)\s+"
    r"(?:stations?|posts?|checkpoints?|bases?|barracks|convoys?|patrols?|headquarters|outposts?)\b", re.IGNORECASE)
_TERRITORY = re.compile(
    r"^(?:\S+ ){0,6}?(?:towns?|city|cities|villages?|districts?|area|areas|regions?|territory|bases?|position|positions|post|posts|checkpoints?|border|crossing"
    r"|hill|airport|neighbou?rhoods?|parts?|control|province|camp|oil ?field|dam|bridge|highway|locality|outposts?|station|stations|barracks"
    r"|headquarters|county|municipality|stronghold|swathes?|land|most|much|half|thirds?|quarter|percent|large|all|buildings|blocks|stretch(?:es)?|roads?)\b",
    re.IGNORECASE,
)
_NOT_TERRITORY = re.compile(
    r"^(?:\S+ ){0,4}?(?:weapons|arms|ammunition|explosives|rifles|guns|vehicles?|cars?|drugs|money|cash|documents|suspects?|militants|fighters|soldiers|members|people|men|women|hostages)\b",
    re.IGNORECASE,
)
# People seized are no ground ("seized a dozen traders on the highway": an abduction or an arrest, wherever it
# happened); people named after a preposition own or held the ground ("seized a post from policemen").
_PEOPLE_SEIZED = re.compile(
    r"^(?:(?!(?:from|in|at|near|on|by|held|belonging|used)\b)\S+ ){0,4}?(?:civilians|villagers|passengers|travell?ers|traders|merchants"
    r"|workers|farmers|herders|fishermen|students|pupils|schoolgirls|children|boys|girls|residents|tourists|pilgrims|worshippers|motorists"
    r"|drivers|journalists|officials|employees|persons|policemen|officers|troops)\b",
    re.IGNORECASE,
)
# Captives taken back from their captors ("rescued four hostages", "freeing 12 abducted villagers").
_RESCUE = re.compile(
    r"\b(?:rescu(?:e|es|ed|ing)|freed|freeing|liberat(?:ed|ing))\s+(?:\S+\s+){0,3}?(?:hostages?|captives?|abductees"
    r"|(?:kidnap|abduct)(?:ped|ion|ing)\s+victims?|(?:kidnapped|abducted)\s+\w+)",
    re.IGNORECASE,
)
# What is handed over right after the verb: people or bodies ("handed over more than 1,100 prisoners").
_PEOPLE_HANDED = re.compile(
    r"\s+(?:over\s+)?(?:[\w,'-]+\s+){0,6}?(?:prisoners|detainees|captives|hostages|suspects|bodies|remains|soldiers|him|her|them)\b", re.IGNORECASE
)
# A capital taken is its object, not where someone was taken ("captured the provincial capital", not "captured near
# the capital").
# Someone seized at a building ("captured Juan Soto at a safe house in X"): towns are not taken at a house.
_NAMED_AT_BUILDING = re.compile(
    r"^[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}\s+(?:at|in|inside|outside)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:shelter|house|home|hideout|hide-out|hotel|apartment|flat|farm|restaurant|hospital|residence|office|bar|hideaway|church|mosque)\b"
)
# Land named before a passive seizure ("Western Krajina, captured by the Serbs", "the town, seized by rebels").
_LAND_BEFORE_PASSIVE = re.compile(
    rf"(?:\b(?i:{BEARING_WORD})\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?|\b(?i:towns?|city|villages?|districts?|regions?|province|territory|area|base|stronghold)(?:\s+of\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?)"
    r",?\s+(?:(?:which\s+)?(?:was|were|had\s+been|has\s+been)\s+)?$"
)
_CAPITAL = re.compile(r"(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?capital\b", re.IGNORECASE)
_PLACE_NAME = re.compile(rf"^(?:(?:the|of|al-|a|parts?|most|much|{BEARING_WORD}|central) ){{0,3}}[A-Z][a-z]")
_VIOLENT = {"chemical", "suicide", "air", "grenade", "shelling", "explosive", "sexual", "abduction", "clash", "attack", "kill", "mob"}
# A death or a fight means the weapons were used, not disrupted (a detonation too: see _detonated).
_USED = {"kill", "clash"}
# Strategic developments reported first: violence told after "after"/"following"/"ahead of" is their background.
_LEADS = {"change", "agreement", "base", "arrest", "displaced", "coup", "display", "other"}
_BACKGROUND = re.compile(r"\b(?:after|following|ahead of|amid|in response to|in the wake of|due to|because of|in retaliation for|to end|ending|that|which)\b", re.I)
_AFTER = re.compile(r"\b(?:after|following)\b", re.I)
_VIOLENT_KINDS = _VIOLENT | {"riot", "lethal_force", "shelling", "explosive", "overtake", "regain"}
_DEMAND = re.compile(r"demand|to protest|in protest|against|\bover (?:unpaid|pay|salar|wages|allowances)|for (?:better|higher|payment|the release)|slogans|placards", re.I)
# A rally held by candidates or a party ("while addressing an election rally"): where a deed was done, no protest.
_CAMPAIGN_RALLY = re.compile(r"(?:address\w*\s+(?:\S+\s+){0,3}?|(?:election|electoral|campaign|party)\s+)$", re.I)
# The word before whoever did a passive's deed ("surrounded by police"): they are not the clause's subject.
_AGENT_BEFORE = re.compile(r"\bby\s+$", re.I)
# What a deed was done in spite of ("undeterred by the bombings in X", "despite the ban"), up to the phrase's end.
_CONCESSION = re.compile(r"\b(?:despite|in spite of|undeterred by|notwithstanding)\b", re.I)
_PHRASE_END = re.compile(r"[,;:]")
# A relative clause in the perfect on the place just named: what it has seen before (", where 80 attacks have occurred").
_PLACE_HISTORY = re.compile(r",\s+(?:where|which)\b(?=[^,;.]*\b(?:has|have|had)\b)", re.I)
# Crude weapons in a fight between crowds (not armed groups): mob violence.
_CRUDE = re.compile(r"with (?:stones|sticks|rocks|objects|bricks|clubs|machetes)", re.I)
_FIGHTING = re.compile(r"\b(?:clash(?:es|ed)?|fighting|fought|battles?|battled|skirmish\w*|gun ?battles?|fire ?fights?)\b", re.IGNORECASE)
_FIGHT = re.compile(r"clash|fight|fought|scuffl|skirmish|battl|gun ?battle|fire ?fight", re.IGNORECASE)
_STRONG_CHANGE = re.compile(
    r"merg|formed|form(?:ation|ing)|dissolv|disband|renam|allegiance|defect|recruit|surrender|laid down|new leader|curfew|state of emergency"
    r"|patrol|deploy|reinforcement|mobili[sz]|operation", re.I
)


def classify(text: str) -> EventType | None:
    """Returns the ACLED type and sub-type of the event ``text`` reports, or None when it reports none."""
    if not text or not text.strip():
        return None
    decision = decide(text, (0, len(text)), find_cues(text))
    return EventType.of(decision[0]) if decision else None


def decide(text: str, clause: tuple[int, int], cues: list[Cue]) -> tuple[str, Cue] | None:
    """Returns ``(sub_event_type, trigger cue)`` for the cues of ``clause``, or None when they report no event."""
    if not cues:  # most clauses: no rule below fires without a cue
        return None
    cues = _without_place_history(text, clause, _without_concession(text, clause, cues))
    cues = _without_earlier_taking(text, clause, _without_background(text, clause, _not_gatherings(text, clause, _without_campaign_rally(text, cues))))
    # "banned all demonstrations": the protest a ban names did not take place; "exchanged the bodies": no one died.
    wrappers = [c for c in cues if c.kind == "agreement" or (c.kind == "change" and re.match(r"ban|prohibit|outlaw|suspend", c.text, re.I))]
    cues = [c for c in cues if not any(w.start < c.start and c.end <= w.end and w.kind != c.kind for w in wrappers)]
    if not cues:
        return None
    by_kind: dict[str, list[Cue]] = {}
    for cue in cues:
        by_kind.setdefault(cue.kind, []).append(cue)

    def first(*kinds: str) -> Cue | None:
        found = [c for kind in kinds for c in by_kind.get(kind, [])]
        return min(found, key=lambda c: c.start) if found else None

    if cue := first("chemical"):
        return "Chemical weapon", cue
    # A weapon seized, defused or shot down before it was used: no death, no fight, no detonation, no air raid on a depot.
    disrupted = first("disrupted")
    used = any(c.kind in _USED and not re.match(r"raid", c.text, re.I) for c in cues)  # a search raid is no fight
    if disrupted and not used and not _detonated(by_kind):
        if "air" not in by_kind or re.match(r"intercept|shot down", disrupted.text, re.I):
            return "Disrupted weapons use", disrupted
    if cue := first("suicide"):
        return "Suicide bomb", cue
    # A disappearance (no word of the whereabouts) is an abduction, even when it began as an arrest.
    if cue := next((c for c in by_kind.get("abduction", []) if re.search(r"whereabouts|seen|heard", c.text, re.I)), None):
        return "Abduction/forced disappearance", cue
    arrest = first("arrest")
    # A raid that ends in arrests is the arrest ("police raided the house and detained him").
    violent = min((c for kind in _VIOLENT for c in by_kind.get(kind, []) if not (kind == "clash" and re.match(r"raid", c.text, re.I))), key=lambda c: c.start, default=None)
    # Torture or death in custody after an arrest is violence against the detainee, not the arrest.
    in_custody = any(re.match(r"tortur|executed|beat", c.text, re.I) or re.search(r"to death", text[c.end : c.end + 12], re.I)
                     for c in by_kind.get("attack", []) + by_kind.get("kill", []) if arrest and c.start > arrest.start)
    if arrest and "protest" not in by_kind and (violent is None or arrest.start < violent.start) and not in_custody:
        return "Arrests", arrest
    if (decision := _taken_after_bombardment(text, clause, by_kind, first)):
        return decision
    if cue := first("air"):
        return "Air/drone strike", cue
    armed_present = any(m.category in ("armed", "external") for m in find_actors(text, *clause))
    fight = min((c for c in by_kind.get("clash", []) if armed_present or _FIGHT.match(c.text)), key=lambda c: c.start, default=None)
    protest = first("protest")
    armed_take = _territory(text, clause, by_kind, first, armed_only=True)
    # Fighting reported first, or ground taken by armed men, is the event; the protest is only its setting.
    fight_first = fight is not None and protest is not None and fight.start < protest.start and protest.start - fight.end > 25  # not "clashed with protesters"
    protest_is_setting = protest is not None and (fight_first or armed_take is not None)
    # A grenade at a rally is a grenade attack, whoever threw it (as a suicide bomb at a protest is a suicide bomb).
    if cue := first("grenade"):
        return "Grenade", cue
    if not protest_is_setting and (decision := _demonstration(text, clause, by_kind, first)):
        return decision
    if cue := first("coup", "display"):  # a seizure of power, a weapons test or parade: ACLED's Other
        return "Other", cue
    if cue := next((c for c in by_kind.get("other", []) if re.match(r"mass grave", c.text, re.I)), None):
        return "Other", cue  # a mass grave found: the killings are not dated by the find
    if cue := first("shelling"):
        return "Shelling/artillery/missile attack", cue
    if cue := first("explosive"):
        demolition = next((c for c in by_kind.get("looting", []) if re.match(r"blew|blown", c.text, re.I)), None)
        if demolition and not {"kill", "attack", "clash"} & by_kind.keys() and not _harmed(text, clause):
            return "Looting/property destruction", demolition  # infrastructure blown up, nobody hurt
        return "Remote explosive/landmine/IED", cue
    if cue := first("sexual"):
        return "Sexual violence", cue
    if decision := _rescue(text, clause, first):
        return decision
    releases = [c for c in by_kind.get("agreement", []) if re.match(r"released|freed", c.text, re.I)]
    abduction = first("abduction")
    if abduction and any(r.start <= abduction.start < r.end for r in releases):
        abduction = None  # "released 5 hostages" ends an abduction
    # ACLED codes an abduction as such only "without reports of further violence": people killed in the same deed
    # make it an attack, one event told by its gravest act (a second event for the abduction would count the deed
    # twice). Ground taken still outranks both.
    if abduction and "kill" not in by_kind:
        return "Abduction/forced disappearance", abduction
    if decision := _territory(text, clause, by_kind, first):
        return decision
    if abduction and (decision := _killed_and_abducted(text, clause, first)):
        return decision
    if decision := _violence(text, clause, by_kind, first):
        return decision
    if arrest:
        return "Arrests", arrest
    if decision := _person_captured(text, clause, by_kind):
        return decision
    if cue := first("agreement"):
        return "Agreement", cue
    if cue := first("base"):
        return "Headquarters or base established", cue
    if cue := first("looting"):
        return "Looting/property destruction", cue
    if cue := first("change"):
        return "Change to group/activity", cue
    if cue := first("other", "displaced"):
        return "Other", cue
    return None


def is_strong_change(cue: Cue) -> bool:
    """Returns True for changes to a group a timeline should show (a merger, a surrender, forces deployed or sent on
    patrol, which ACLED records as a change to a group's activity where it matters), not an appointment, an
    announcement or a checkpoint."""
    return bool(_STRONG_CHANGE.search(cue.text))


def _detonated(by_kind: dict[str, list[Cue]]) -> bool:
    safe = [c for c in by_kind.get("disrupted", []) if re.search(r"safely|controlled", c.text, re.I)]  # "safely detonated"
    acts = [c for c in by_kind.get("explosive", []) + by_kind.get("suicide", []) if not any(s.start <= c.start < s.end for s in safe)]
    return any(re.search(r"explod|went off|blast|explosion|detonat(?!or)|blew|drove|rammed|crashed|died|killed|perished|including|among|along", c.text, re.I) for c in acts)


def _harmed(text: str, clause: tuple[int, int]) -> bool:
    return bool(re.search(r"\b(?:injur\w*|wound\w*|casualt\w*|hurt)\b", text[clause[0] : clause[1]], re.I)) and not re.search(
        r"\b(?:no (?:one|casualties|injuries)|nobody|no-one|none)\b|without (?:casualties|injur)", text[clause[0] : clause[1]], re.I
    )


def _not_gatherings(text: str, clause: tuple[int, int], cues: list[Cue]) -> list[Cue]:
    """Drops the words of a gathering said of armed men ("troops marched into the town", "gunmen set up a roadblock"):
    only an explicit protest or strike by soldiers is a protest. Armed men named after "by" ("the crowd, surrounded by
    police, marched") are not the ones gathering."""
    if not any(c.kind == "protest" for c in cues) or _DEMAND.search(text, *clause):
        return cues  # ex-fighters blocking a road to demand their pay are protesters
    mentions = find_actors(text, *clause)
    kept = []
    for cue in cues:
        # the verbs of armed men ("troops marched into"), and their roadblocks; not a march they fired on
        verb = re.match(r"march(?:ed|ing)|rall(?:ied|ying)|gathered|block(?:ed|ing)", cue.text, re.I) and not re.search(
            r"\b(?:a|an|the|on|at|into|against|during|peaceful)\s+$", text[max(clause[0], cue.start - 12) : cue.start], re.I
        )
        if cue.kind == "protest" and (verb or re.match(r"road ?block", cue.text, re.I)):
            before = [m for m in mentions if m.end <= cue.start and not _AGENT_BEFORE.search(text, max(clause[0], m.start - 4), m.start)]
            if before and before[-1].category in _ARMED and cue.start - before[-1].end < 40:
                continue
        kept.append(cue)
    return kept


def _without_concession(text: str, clause: tuple[int, int], cues: list[Cue]) -> list[Cue]:
    """Drops what a deed was done in spite of ("protesters marched in London, undeterred by the suicide bombings in
    Istanbul", "marched despite the ban"): a known earlier event or a hindrance, not what the clause reports."""
    if not cues:
        return cues
    concession = _CONCESSION.search(text, cues[0].end, clause[1])
    if concession is None:
        return cues
    phrase_end = _PHRASE_END.search(text, concession.end(), clause[1])
    end = phrase_end.start() if phrase_end else clause[1]
    return [c for c in cues if not concession.start() <= c.start < end]


def _without_place_history(text: str, clause: tuple[int, int], cues: list[Cue]) -> list[Cue]:
    """Drops what a place has seen before, told in a relative clause in the perfect after the deed ("patrolled the Gulf
    of Aden, where more than 80 attacks have occurred this year"); one in the simple past tells a deed of its own
    ("entered the town, where they killed five")."""
    if not cues:
        return cues
    relative = _PLACE_HISTORY.search(text, cues[0].end, clause[1])
    return cues if relative is None else [c for c in cues if c.start < relative.start()]


def _without_campaign_rally(text: str, cues: list[Cue]) -> list[Cue]:
    """Drops an election or campaign rally that violence was done at ("was shot while addressing an election
    rally"): candidates and their crowd gathered to campaign, not to protest; the deed is the event."""
    if not any(c.kind in _VIOLENT for c in cues):
        return cues
    return [c for c in cues if not (c.kind == "protest" and re.match(r"rall", c.text, re.I) and _CAMPAIGN_RALLY.search(text, max(0, c.start - 40), c.start))]


def _without_background(text: str, clause: tuple[int, int], cues: list[Cue]) -> list[Cue]:
    """Drops the violence a strategic development reported first was a reaction to ("imposed a curfew after attacks")."""
    if not cues:
        return cues
    lead = cues[0]
    if lead.kind not in _LEADS or not any(c.kind in _VIOLENT_KINDS for c in cues):
        return cues
    connective = _BACKGROUND.search(text, lead.end, clause[1])
    if connective is None or any(c.kind in _VIOLENT_KINDS and c.start < connective.start() for c in cues):
        return cues
    return [c for c in cues if c.start < connective.start() or c.kind not in _VIOLENT_KINDS]


def _without_earlier_taking(text: str, clause: tuple[int, int], cues: list[Cue]) -> list[Cue]:
    """Drops the ground taken that a fight reported first followed ("launched a counter-offensive in X after their
    rivals seized the village of Y"): the fight is this clause's news, the taking its background."""
    fight = next((c for c in cues if c.kind in ("clash", "attack")), None)
    if fight is None or any(c.kind in ("overtake", "regain") and c.start < fight.start for c in cues):
        return cues
    connective = _AFTER.search(text, fight.end, clause[1])
    if connective is None:
        return cues
    return [c for c in cues if c.start < connective.start() or c.kind not in ("overtake", "regain")]


def _demonstration(text, clause, by_kind, first) -> tuple[str, Cue] | None:
    protest = first("protest")
    riot_word = next((c for c in by_kind.get("riot", []) if re.match(r"riot", c.text, re.I)), None)
    if protest is None and riot_word is None:
        if any(kind in by_kind for kind in ("grenade", "shelling", "explosive", "air")):
            return None  # "a vigilante leader said": the weapon decides
        if cue := first("mob"):
            return "Mob violence", cue
        # Crowds fighting with stones and sticks, no armed group among them: mob violence.
        crude = next((c for c in by_kind.get("riot", []) if _CRUDE.match(c.text)), None)
        hit = first("clash", "attack", "kill")
        actors = {m.category for m in find_actors(text, *clause)}
        if crude and hit and not actors & _ARMED:
            return "Mob violence", hit
        # Crowds (supporters, residents, fans) fighting each other, nobody armed or in uniform: mob violence.
        # a gun battle or a firefight is fought with guns: armed men, not a mob
        fight = next((c for c in by_kind.get("clash", []) if _FIGHT.match(c.text) and not re.match(r"gun|fire", c.text, re.I)), None)
        # the crowds must be the fight's subject, close before it ("returned home after the fighting ended" is no fight of theirs)
        fighters = {m.category for m in find_actors(text, max(clause[0], fight.start - 60), fight.start)} if fight else set()
        if fight and _BACKGROUND.search(text[max(clause[0], fight.start - 60) : fight.start]):
            fighters = set()
        if fight and fighters and fighters <= {"civilians", "protesters", "rioters"} and not actors & _ARMED:
            return "Mob violence", fight
        return None
    if cue := first("mob"):
        return "Mob violence", cue
    if protest is None:  # rioting with no demand voiced: ACLED's mob violence
        return "Mob violence", riot_word
    trigger = protest
    fights = [c for c in by_kind.get("clash", []) if _FIGHT.match(c.text)]
    crowd_fight = bool(fights) and not any(m.category in ("armed", "external") for m in find_actors(text, *clause))
    if riot_word or "riot" in by_kind or crowd_fight:  # a violent crowd: a riot, whatever force met it
        return "Violent demonstration", trigger
    if (lethal := first("lethal_force")) and _force_on_protesters(text, clause, lethal):
        return "Excessive force against protesters", trigger
    state_acted = any(m.category == "state" for m in find_actors(text, *clause)) and ("attack" in by_kind or "clash" in by_kind)
    if "intervention" in by_kind or state_acted:
        return "Protest with intervention", trigger
    return "Peaceful protest", trigger


def _aimed_at_protesters(text: str, clause: tuple[int, int], cue: Cue) -> bool:
    """Returns True when the lethal force at ``cue`` fell on the crowd itself (protesters near the act)."""
    near = text[max(clause[0], cue.start - 60) : min(clause[1], cue.end + 60)]
    return bool(re.search(r"protest(?:er|or)s?|demonstrat\w+|marchers|crowd|strikers", near, re.I))


def _force_on_protesters(text: str, clause: tuple[int, int], cue: Cue) -> bool:
    """Returns True when lethal force or grave harm at ``cue`` fell on a peaceful gathering, not used by the crowd.

    The force falls on the gathering when protesters are named near it, or the gathering's own words follow it
    ("opened fire on a march", "during a sit-in", "a procession of mourners"). Protesters or bystanders who killed
    someone are not its victims; a killing told with a date of its own or in a relative clause ("relatives of a man
    who was killed in 2002 protested") is what the protest is about.
    """
    actor1, _ = actors_of(text, clause, (cue.start, cue.end))
    subject = next((m for m in find_actors(text, *clause) if m.end <= cue.start), None)  # who the clause is about
    if _category_of(text, clause, actor1) in ("protesters", "rioters", "civilians") and not (subject and subject.category == "state"):
        return False
    if re.search(r"\b(?:who|whom|which|that)\s+(?:was|were|had been|has been)\s+$", text[max(clause[0], cue.start - 25) : cue.start], re.I):
        return False
    if re.match(r"killing|shooting|death|murder", cue.text, re.I) and re.search(
        r"\b(?:after|over|following|against|for|about|of)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?$", text[max(clause[0], cue.start - 30) : cue.start], re.I
    ):
        return False  # "protested after the killing of a boy": what the protest is about
    if re.match(r"(?:\s+\S+){0,4}?\s+(?:in (?:19|20)\d\d|on \d{1,2} \w+ (?:19|20)\d\d|(?:years|months) ago)\b", text[cue.end : clause[1]], re.I):
        return False
    near = text[max(clause[0], cue.start - 60) : min(clause[1], cue.end + 70)]
    gathering = r"protest\w*|demonstrat\w+|marche[rs]|march\b|rall(?:y|ies|ying)|sit-?ins?|processions?|mourners|strikers|gathering|vigils?"
    return bool(re.search(gathering, near, re.I))


def _territory(text, clause, by_kind, first, armed_only: bool = False) -> tuple[str, Cue] | None:
    withdraw = first("withdraw")
    takes = [c for c in by_kind.get("overtake", []) + by_kind.get("regain", []) if _takes_ground(text, clause, c)]
    taken_first = takes and min(c.start for c in takes) < (withdraw.start if withdraw else 0)
    without = withdraw is not None and re.match(r"without", withdraw.text, re.I)
    moved_out = [c for c in by_kind.get("withdraw", []) if not re.match(r"without", c.text, re.I) and not _hands_over_people(text, clause, by_kind, c)]
    withdraw = withdraw if withdraw in moved_out or without else (moved_out[0] if moved_out else None)
    # Ground changes hands without a fight: one side left (withdrew, handed over, abandoned), the other moved in, no
    # fighting or deaths reported. A retreat before a taking was forced. "Without a shot" alone may be an arrest.
    violence = {"clash", "kill", "air", "shelling", "explosive", "grenade"}
    peaceful = not violence & by_kind.keys() and not (taken_first and all(re.match(r"retreat", c.text, re.I) for c in moved_out))
    peaceful = peaceful and not any(  # "when bloody clashes broke out": ground not given up, whatever the cue list says
        not re.search(r"\b(?:without|no)\s+(?:any\s+|a\s+)?$", text[max(clause[0], m.start() - 12) : m.start()], re.I)
        for m in _FIGHTING.finditer(text, clause[0], clause[1])
    )
    process = re.compile(r"\s+(?:from|of) (?:the |a )?(?:\S+ )?(?:process|talks|agreements?|deal|negotiations|coalition|government|alliance|elections?|accord|dialogue|treaty|ceasefire)\b", re.I)
    if withdraw and not takes and process.match(text, withdraw.end):
        return ("Change to group/activity", withdraw) if not armed_only else None  # leaving a peace process is no ground given up
    if withdraw and not armed_only and ((without and (takes or moved_out)) or (moved_out and peaceful)):
        if not takes and not any(re.match(r"hand", c.text, re.I) for c in moved_out) and (change := first("change")) and re.match(r"redeploy|relocat", change.text, re.I):
            return "Change to group/activity", change  # forces withdrawn from a base and moved elsewhere: a troop movement
        return "Non-violent transfer of territory", withdraw
    if not takes:
        return None
    cue = min(takes, key=lambda c: c.start)
    actor1, actor2 = actors_of(text, clause, (cue.start, cue.end))
    if re.match(r"lost", cue.text, re.I):  # "Iraq has lost Fallujah to militants": the taker follows "to"
        actor1 = actor2
    category = _category_of(text, clause, actor1)
    if armed_only and category not in _ARMED:
        return None
    if category in ("state", "external") or (not category and cue.kind == "regain"):
        return "Government regains territory", cue
    return "Non-state actor overtakes territory", cue


def _hands_over_people(text: str, clause: tuple[int, int], by_kind: dict[str, list[Cue]], cue: Cue) -> bool:
    """Returns True when what is handed or turned over is people, not ground: prisoners or bodies named after it,
    a pronoun inside it ("turned him over"), or someone arrested or captured before it ("captured by police and
    handed over to the rebels")."""
    if not re.match(r"hand|turn|agreed to hand", cue.text, re.I):
        return False
    if re.search(r"\b(?:him|her|them|me|us)\b", cue.text, re.I) or _PEOPLE_HANDED.match(text, cue.end, clause[1]):
        return True
    seizures = by_kind.get("arrest", []) + [c for c in by_kind.get("overtake", []) if re.match(r"captur|seiz", c.text, re.I)]
    return any(c.start < cue.start and not _takes_ground(text, clause, c) for c in seizures)


def _taken_after_bombardment(text, clause, by_kind, first) -> tuple[str, Cue] | None:
    """Returns the territory decision when ground taken is told first and the strikes that preceded it after
    "after"/"following" ("took over three villages after heavy airstrikes"): the taking is the event."""
    weapons = [c for kind in ("air", "shelling", "explosive", "grenade") for c in by_kind.get(kind, [])]
    takes = [c for c in by_kind.get("overtake", []) + by_kind.get("regain", []) if _takes_ground(text, clause, c)]
    if not weapons or not takes:
        return None
    take = min(takes, key=lambda c: c.start)
    connective = _BACKGROUND.search(text, take.end, clause[1])
    if connective is None or min(c.start for c in weapons) < connective.start():
        return None
    return _territory(text, clause, by_kind, first)


def _takes_ground(text: str, clause: tuple[int, int], cue: Cue) -> bool:
    """Returns True when the object of a seizure is ground (a town, parts of a city), not people or weapons."""
    if cue.kind == "regain" or re.search(r"control|takeover|overr|fell|fall|occup|swept|^lost|secur", cue.text, re.I):
        return True
    following = text[cue.end : clause[1]].lstrip(" ,")
    if _NOT_TERRITORY.match(following) or _PEOPLE_SEIZED.match(following) or _NAMED_AT_BUILDING.match(following):
        return False
    if re.match(r"by\b", following) and _LAND_BEFORE_PASSIVE.search(text, clause[0], cue.start):
        return True
    return bool(_TERRITORY.match(following) or _PLACE_NAME.match(following) or _CAPITAL.match(following))


def _person_captured(text, clause, by_kind) -> tuple[str, Cue] | None:
    """Returns Arrests (or Abduction when an armed group took them) for a person captured, not ground."""
    for cue in by_kind.get("overtake", []):
        if re.match(r"captur|seiz", cue.text, re.I):
            actor1, _ = actors_of(text, clause, (cue.start, cue.end))
            if _category_of(text, clause, actor1) == "armed":
                return "Abduction/forced disappearance", cue
            return "Arrests", cue
    return None


def _rescue(text, clause, first) -> tuple[str, Cue] | None:
    """Returns Armed clash for security forces freeing captives by force ("stormed the hideout, killing three
    kidnappers and freeing five hostages"): ACLED codes the rescue as a fight with the armed kidnappers, not an attack
    on the hostages. None for captives freed with no fight or death told, or freed by their own captors."""
    rescue = _RESCUE.search(text, clause[0], clause[1])
    fought = first("clash", "kill", "attack")
    if rescue is None or fought is None:
        return None
    rescuer, _ = actors_of(text, clause, rescue.span())
    if _category_of(text, clause, rescuer) not in ("state", "external"):
        return None
    return "Armed clash", fought


def _category_of(text: str, clause: tuple[int, int], name: str) -> str:
    for mention in find_actors(text, *clause):
        if mention.name == name:
            return mention.category
    return ""


def _killed_and_abducted(text, clause, first) -> tuple[str, Cue] | None:
    """Returns Attack for people killed where others were abducted ("attack buses, kill 9, abduct 35"): those taken
    are civilians, so the violence fell on them, whoever else the clause names; None when the dead are armed men
    only (a patrol ambushed, its soldiers killed and captured), left to the fight rules. The trigger is the first
    deed told, the abduction too ("was abducted from his house before being killed"), as for every other type."""
    hit = first("attack", "kill")
    victims = victim_categories(text, clause, (hit.start, hit.end))
    if victims and victims <= _ARMED:
        return None
    return "Attack", first("attack", "kill", "abduction")


def _violence(text, clause, by_kind, first) -> tuple[str, Cue] | None:
    clash = first("clash")
    hit = first("kill", "attack")
    if clash is None and hit is None:
        return None
    if clash is not None and hit is None and "looting" in by_kind and re.match(r"raid|storm", clash.text, re.I):
        if not any(m.category in _ARMED for m in find_actors(text, clash.end, clause[1])):
            return None  # robbers raiding a bank, no fight with anyone armed: looting
    if hit is not None and hit.kind == "attack" and "looting" in by_kind and "kill" not in by_kind and not victim_categories(text, clause, (hit.start, hit.end)):
        return None  # an attack on property only: property destruction
    if hit is not None:
        victims = victim_categories(text, clause, (hit.start, hit.end))
        if _ARMED_POST.match(text, hit.end):
            victims |= {"state"}  # an attack on a police station or an army post is on armed men: a fight
        if victims & {"civilians", "protesters"} and not victims & _ARMED:
            actor1, _ = actors_of(text, clause, (hit.start, hit.end))
            # "assaulted", "raided", "stormed" are one-sided: on civilians they are an attack, whoever did it.
            if clash is None or _category_of(text, clause, actor1) in _ARMED or re.match(r"assault|raid|storm", clash.text, re.I):
                return "Attack", hit
        if clash is None:
            actors = {m.category for m in find_actors(text, *clause)}
            both_armed = victims & _ARMED or len(actors & _ARMED) >= 1 and "civilians" not in actors and victims
            return ("Armed clash" if both_armed else "Attack"), hit
    return "Armed clash", clash
