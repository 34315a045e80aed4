"""Fatalities: how many died, read the way ACLED codes it (conservatively, deaths only, never the wounded).

- Numbers in digits or words: "13", "1,050", "twenty-two", "a dozen".
- A lower bound counts as its number: "at least 13" = 13, "more than 100" = 100.
- Groups joined in one list are summed: "22 soldiers and 12 civilians were killed" = 34.
- A breakdown of a group already counted is not added: "five family members, including a man, two women
  and two children" = 5, "56 including 9 children killed" = 56, "two policemen among eight killed" = 8.
- Headline forms count: "4 policemen die", "Rebel commander killed" = 1, "7 bodies found", "killing of 22".
- Vague quantities follow ACLED's published convention: "tens" = 10, "dozens" = 12, "hundreds" = 100,
  "thousands" = 1000. For plural deaths with a vague word ("several", "a number of", "some") we record 3,
  the smallest reading of "several"; ACLED's shared codebook gives no figure for these and 3 stays
  conservative. A singular victim ("a man was killed", "the commander was killed") is 1.
- A death toll ("the death toll rose to 17") is a total: it stands only when the text gives no count of
  its own ("killed 12, raising the death toll to 270" = 12). A total over a period ("in 13 days", "to date",
  "since January") is no one event's toll and is not counted.
- Wounded, injured and hurt are never counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_UNITS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "a dozen": 12, "dozen": 12, "a score": 20,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_VAGUE = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "several": 3, "a number": 3, "a few": 3, "many": 3, "some": 3}
_WORD_NUMBER = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|a dozen|dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?: hundred)?"
)
_NUMBER = rf"\b(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORD_NUMBER}|tens|dozens|scores|hundreds|thousands|several|a number|a few|many)\b"
_BOUND = r"(?:(?:at least|more than|over|some|about|around|nearly|almost|up to|as many as|an estimated|approximately|roughly|a total of|another|a further|at most|fewer than|less than)\s+)?"
# A word of a group's description; a hashtag or quotes keep their word ("20 #Taliban fighters", "five 'generals'").
# Auxiliaries, modals and death words end it: "4 policemen will die" reports no death.
_WORD = r"[\"'‘“]?#?[\w'-]+[\"'’”]?"
_GROUP = (
    rf"{_BOUND}(?:{_NUMBER})(?:\s+of)?"
    rf"(?:(?:\s+(?!(?:and|were|was|have|had|killed|dead|died|dies?|will|would|could|may|might|to)\b){_WORD}){{0,5}}?)"
)
# A person named in the singular is one victim: agent nouns ("soldier", "commander", "journalist", "civilian",
# "policeman", "militant"), short of common words with those endings that name no one, and a few others.
_PERSON = (
    r"(?:(?!(?:after|never|ever|other|under|over|whether|either|neither|later|together|number|another|rather|water|power|border"
    r"|order|winter|summer|quarter|center|centre|sector|corridor|river|major|minor|prior|further|event|incident|moment"
    r"|government|parliament|movement|agreement|statement)\b)[a-z][a-z'-]{2,}(?:er|or|ist|ian|ant|ent|man|woman)"
    r"|man|woman|child|boy|girl|person|youth|teen(?:ager)?|chief|guard|judge|priest|imam|cleric|pilot|medic|monk|nun|wife"
    r"|husband|son|baby|infant|toddler|cop|spy)\b"
)
# "a policeman", "NATO soldier", "the local chief" (never plural: "soldiers" has no number to count); its words
# describe the person, so a preposition ends them ("killed in Indian shelling" names no victim). "is" is left out of
# the words that end them for "IS militant".
_MODIFIER = r"(?!(?:in|at|on|by|of|near|with|from|for|to|as|after|before|during|while|when|and|or|but|are|was|were|has|have|had|who|which|that)\b)"
_ONE = rf"(?:(?:an?|the)\s+)?(?:{_MODIFIER}{_WORD}\s+){{0,2}}?{_PERSON}"
_ITEM = rf"(?:{_GROUP}|{_ONE})"
_SEPARATOR = r"(?:,\s*|\s+and\s+|,\s+and\s+)"
_LIST = rf"{_ITEM}(?:{_SEPARATOR}{_ITEM}){{0,4}}"
# A breakdown set off by commas between the list and its death word: "More than 120, including 30 women, killed".
_ASIDE = r"(?:,\s*(?:including|among them|mostly)\b[^,.;:]{1,60},)?"
_DEATH_VERB = r"killed|dead|died|dies?|slain|lost their lives|perished|executed|massacred|beheaded|shot dead|murdered"
_DEATH_AFTER = (
    r"(?:\s*,)?\s+(?:(?:people|persons|others)\s+)?(?P<aux>were|was|is|have been|had been|are|have|had|being|reportedly|also|all)?\s*(?:\w+ly\s+)?"
    rf"(?P<verb>{_DEATH_VERB})\b"  # \b: not "deadly"
)
# "22 soldiers and 12 civilians were killed", "more than 100 people were killed", "44 civilians and one policeman dead",
# "Rebel commander killed in Kivu", "A policeman and three soldiers died"
_BEFORE_DEATH = re.compile(rf"(?P<list>{_LIST}){_ASIDE}{_DEATH_AFTER}", re.IGNORECASE)
# A list can start at almost any word, so it is looked for only in the 240 characters before a death word (a list
# of five groups fits in them), which spares scanning the rest of a long text.
_DEATH_WORD = re.compile(rf"\b(?:{_DEATH_VERB})\b", re.IGNORECASE)
_REACH = 240
# With no passive auxiliary, a transitive death verb followed by its object makes the list its subject, the killers:
# "5 gunmen killed 3 policemen", "The officer killed his wife" (not "Soldier killed in ambush", "2 killed, 5 hurt").
_TRANSITIVE = re.compile(r"killed|executed|massacred|beheaded|murdered|shot dead", re.IGNORECASE)
_PASSIVE_AUX = {"were", "was", "is", "are", "have been", "had been", "being"}
_OBJECT = re.compile(
    r"\s+(?!(?:in|at|on|near|by|as|after|before|while|when|during|amid|and|or|but|outside|inside|following|from|with|over|across"
    r"|since|for|along|under|among|including|reportedly|earlier|yesterday|today|tonight|overnight|this|last|early|late|so"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)[\w#\"'‘“]",
    re.IGNORECASE,
)
# "killing five family members", "killed at least 13 people", "shot dead a shopkeeper", "the killing of 22 villagers"
_AFTER_DEATH = re.compile(
    rf"(?:\bkill(?:ed|ing|s)?\b|\bshot dead\b|\bgunned down\b|\b(?:killings?|deaths?|massacre|murders?|slaughter) of\b|claimed the lives of|took the lives of)"
    rf"\s+(?P<list>{_LIST})",
    re.IGNORECASE,
)
# A count of bodies found is a count of the dead (ACLED codes it as fatalities): "9 bodies found", "recovered 14
# bodies", "the bodies of 12 men were found". Read only where a finding verb is in the text.
_FOUND = re.compile(r"\b(?:finds?|found|recovered|discovered|retrieved|exhumed|unearthed|dumped|pulled out|washed (?:up|ashore))\b", re.IGNORECASE)
_N_BODIES = re.compile(rf"(?P<list>{_BOUND}(?:{_NUMBER}))(?:\s+{_WORD}){{0,2}}?\s+(?:dead\s+)?(?:bodies|corpses)\b", re.IGNORECASE)
_BODIES_OF = re.compile(rf"\b(?:bodies|corpses|remains) of\s+(?P<list>{_LIST})", re.IGNORECASE)
# A death toll is a total, read only when the text gives no count of its own: "death toll rose to 20", "the blast
# toll rises to 80", "raising the number of dead to 41".
_TOLL_NOUN = r"(?:death|fatality|body) (?:toll|tally|count)|number of (?:the )?(?:dead|deaths|fatalities|people killed|those killed)"
_TOLL = re.compile(
    rf"(?:\b(?:{_TOLL_NOUN}) (?:[\w']+ ){{0,5}}?(?:to|at|of|reached)"
    rf"|\b(?:{_TOLL_NOUN}|toll)\b[^.;]{{0,80}}?\b(?:risen|rose|rises|climbed|climbs|jumped|increased|reached|reaches|stands at|stood at)(?:\s+to)?)"
    rf"\s+(?P<list>{_LIST})",
    re.IGNORECASE,
)
# A total over a period is no one event's toll: "270 in 13 days", "95 dead to date", "300 since the truce collapsed",
# "so far this year". Up to three words may come between the figure and the period ("killed 40 people in Homs since").
_PERIOD = (
    rf"to date|since\b|this (?:year|month)|(?:in|over|during|within|across) (?:the )?(?:(?:past|last|first|previous) )?"
    rf"(?:(?:\d+|{_WORD_NUMBER}|a|few|several) )?(?:days|weeks?|months?|years?|decades?)\b"
)
_PERIOD_AFTER = re.compile(rf"(?:\s+[\w'-]+){{0,3}}?\s+(?:{_PERIOD})", re.IGNORECASE)
# ... or opening the sentence: "Since 2011, more than 300,000 people have been killed".
_PERIOD_BEFORE = re.compile(rf"(?:^|[.;:!?]\s*)(?:so far|thus far|{_PERIOD})[^,.;:]{{0,40}},\s*{_BOUND}$", re.IGNORECASE)
# "So far" is a running total of many events ("150 dead so far in the clashes") unless the text names one incident
# ("the bombing has killed 30 people so far").
_SO_FAR = re.compile(r"(?:\s+[\w'-]+){0,3}?\s+(?:so far|thus far|until now|up to now)\b", re.IGNORECASE)
_INCIDENT = re.compile(r"\b(?:attack|bombing|blast|explosion|ambush|raid|(?:air ?)?strike|shooting|massacre|crash|stampede|collapse)\b", re.IGNORECASE)
# A victim named by name or pronoun: "Smith was killed", "he is dead", "the killing of a 23-year-old" (not "of a number of")
_SINGLE = re.compile(
    r"\b(?:was|has been|had been)\s+(?:\w+ly\s+)?(?:killed|shot dead|murdered|slain|executed|beheaded)\b|\b(?:was|is)\s+dead\b"
    r"|\b(?:killing|murder|assassination|death|execution|beheading|lynching) of (?:a|an|one)\b(?!(?: \w+)? (?:number|few|dozen)\b)",
    re.IGNORECASE,
)
# What stops a list at a breakdown of its figure ("56 including 9 children"), and what makes the figure before it
# part of the one after ("two policemen among eight").
_INCLUDING = re.compile(r"\b(?:including|among them|among whom|of whom|of them|mostly)\b", re.IGNORECASE)
_AMONG = re.compile(r"\bamong\b", re.IGNORECASE)
# The wounded, the missing and the arrested in a number's own group ("40 were injured", "12 wounded") ...
_WOUNDED = re.compile(
    r"\s*(?:(?!(?:and|or)\b)[#\w'-]+\s+){0,2}?(?:wounded|injured|hurt|missing|arrested|detained|abducted|kidnapped|displaced|rescued|freed)\b",
    re.IGNORECASE,
)
# ... unless the word describes a noun the list goes on to ("four displaced persons killed", "five wounded soldiers").
_ATTRIBUTIVE = re.compile(
    r"\s+(?!(?:and|or|but|in|at|on|by|as|after|while|when|during|near|from|with|were|was|are|have|had)\b)#?[a-z][\w'-]*", re.IGNORECASE
)
# Numbers that count no people: distances, ages, durations, shares, sums of money ("a bounty of Rs 5 lakh").
_UNIT = re.compile(r"\s*(?:km|kilomet|miles?|years?|months?|days?|hours?|%|per ?cent|,\d|lakhs?|crores?|(?:\w+ )?(?:dollars|rupees|euros)\b)", re.IGNORECASE)
_CURRENCY = re.compile(r"(?:\bRs\.?|\bUSD|[$€£])\s*$", re.IGNORECASE)
# A year after a preposition is a date, not a count: "the deadliest since 2015, killed 12".
_YEAR = re.compile(r"\b(?:since|in|of|from|until|till|by|before|after|during)\s+(?:19|20)\d\d$", re.IGNORECASE)
_NUMBER_RE = re.compile(_NUMBER, re.IGNORECASE)
_PERSON_RE = re.compile(_PERSON, re.IGNORECASE)
_SEPARATOR_RE = re.compile(r",(?!\d{3}\b)\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)  # not the comma of "1,050"


def number_value(text: str) -> int | None:
    """Returns the integer a number written in digits or words stands for ("1,050" -> 1050, "twenty-two" -> 22)."""
    words = text.lower().strip()
    if re.fullmatch(r"[\d,]+", words):
        return int(words.replace(",", ""))
    if words in _VAGUE:
        return _VAGUE[words]
    hundred = words.endswith(" hundred")
    words = words.removesuffix(" hundred")
    value = _UNITS.get(words)
    if value is None:
        parts = re.split(r"[- ]", words)
        if parts[0] in _TENS:
            value = _TENS[parts[0]] + (_UNITS.get(parts[1], 0) if len(parts) > 1 else 0)
    if value is None:
        return None
    return value * 100 if hundred else value


def count_fatalities(text: str) -> int | None:
    """Returns the deaths ``text`` reports (summed over the groups it lists), or None when it reports none.

    Counts of different events in one text add up; a breakdown after "including" or "among them" is
    never added to the total it breaks down. A death toll counts only when no other count is given, and
    a total over a period ("in 13 days", "to date", "since January") never does.
    """
    text = re.sub(r"\s+", " ", text)
    spans: list[tuple[int, int]] = []
    bodies = (_N_BODIES, _BODIES_OF) if _FOUND.search(text) else ()
    own = _counts(text, [*_before_death(text), *_AFTER_DEATH.finditer(text), *(m for p in bodies for m in p.finditer(text))], spans)
    if own:
        return sum(own)
    tolls = _counts(text, _TOLL.finditer(text), spans)
    if tolls:
        return max(tolls)  # several statements of a toll are one total, not parts of it
    if _SINGLE.search(text):
        return 1
    return None


def _before_death(text: str) -> list[re.Match[str]]:
    """Returns the matches of ``_BEFORE_DEATH`` in ``text``, looked for in the stretches that end at a death word."""
    stretches: list[list[int]] = []
    for verb in _DEATH_WORD.finditer(text):
        start = text.rfind(" ", 0, max(0, verb.start() - _REACH)) + 1  # from the start of a word
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = verb.end()
        else:
            stretches.append([start, verb.end()])
    return [match for start, end in stretches for match in _BEFORE_DEATH.finditer(text, start, end)]


def _counts(text: str, matches: Iterable[re.Match[str]], spans: list[tuple[int, int]]) -> list[int]:
    """Returns the deaths each of ``matches`` reports, for the matches whose list no earlier match took (recording
    each list's span in ``spans``), leaving out breakdowns, the killers and totals over a period."""
    counts = []
    for match in matches:
        start, end = match.span("list")
        if any(start < e and s < end for s, e in spans) or _is_breakdown(text, start) or _is_subject(text, match):
            continue
        groups = _group_values(text, start, end, match.end())
        if groups:
            spans.append((start, end))
            if not _is_running_total(text, groups[0][0], match.end()):
                counts.append(sum(value for _, value in groups))
    return counts


def _is_breakdown(text: str, start: int) -> bool:
    return bool(re.search(r"(?:including|among them|of whom|of them|among whom|of which|mostly|among the dead)\s*$", text[max(0, start - 30) : start], re.I))


def _is_subject(text: str, match: re.Match[str]) -> bool:
    """Returns True when the list before a death verb is the verb's subject in the active voice ("5 gunmen killed 3
    policemen"): the killers, not the killed."""
    verb, aux = match.groupdict().get("verb"), (match.groupdict().get("aux") or "").lower()
    return bool(verb and _TRANSITIVE.fullmatch(verb) and aux not in _PASSIVE_AUX and _OBJECT.match(text, match.end()))


def _is_running_total(text: str, start: int, end: int) -> bool:
    """Returns True when the figure whose number starts at ``start`` and whose statement ends at ``end`` is a total
    over a period ("270 in 13 days", "95 dead to date", "Since 2011, 300,000 ...") rather than one event's toll."""
    if _PERIOD_AFTER.match(text, end) or _PERIOD_BEFORE.search(text, 0, start):
        return True
    return bool(_SO_FAR.match(text, end)) and not _INCIDENT.search(text)


def _group_values(text: str, start: int, end: int, statement_end: int) -> list[tuple[int, int]]:
    """Returns ``(offset, number)`` of each group in the list ``text[start:end]`` ("22 soldiers and 12 civilians"),
    without the wounded, years and a breakdown of a group already counted; the statement of deaths the list belongs
    to ends at ``statement_end`` ("four displaced persons killed": "persons" describes the displaced who died)."""
    cut = _INCLUDING.search(text, start, end)
    end = cut.start() if cut else end
    among = _AMONG.search(text, start, end)
    if among and _NUMBER_RE.search(text, among.end(), end):
        start = among.end()
    values = []
    for item_start, item_end in _items(text, start, end):
        numbers = list(_NUMBER_RE.finditer(text, item_start, item_end))
        if not numbers and _PERSON_RE.search(text, item_start, item_end):  # "a policeman and three soldiers"
            values.append((item_start, 1))
        for match in numbers:
            before = text[max(0, match.start() - 1) : match.start()]
            if before and (before.isalnum() or before == "-"):
                continue
            if _UNIT.match(text, match.end()) or _CURRENCY.search(text, max(0, match.start() - 5), match.start()):
                continue
            if _YEAR.search(text, max(0, match.start() - 12), match.end()):
                continue
            wounded = _WOUNDED.match(text, match.end())
            if wounded and not _ATTRIBUTIVE.match(text, wounded.end(), statement_end):
                continue
            value = number_value(match.group())
            if value is not None:
                values.append((match.start(), value))
    return values


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Returns the spans of the items of the list ``text[start:end]``, cut at its commas and "and"s."""
    bounds = [start]
    for separator in _SEPARATOR_RE.finditer(text, start, end):
        bounds += [separator.start(), separator.end()]
    bounds.append(end)
    return list(zip(bounds[::2], bounds[1::2]))
