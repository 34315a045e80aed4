"""Fatalities: how many died, read the way ACLED codes it (conservatively, deaths only, never the wounded).

- Numbers in digits or words: "13", "1,050", "twenty-two", "a dozen".
- A lower bound counts as its number: "at least 13" = 13, "more than 100" = 100.
- Groups joined in one list are summed: "22 soldiers and 12 civilians were killed" = 34.
- A breakdown of a group already counted is not added: "five family members, including a man, two women
  and two children" = 5.
- Vague quantities follow ACLED's published convention: "tens" = 10, "dozens" = 12, "hundreds" = 100,
  "thousands" = 1000. For plural deaths with no number ("several", "a number of", "people were killed")
  we record 3, the smallest reading of "several"; ACLED's shared codebook gives no figure for these and
  3 stays conservative. A singular victim ("a man was killed", "the commander was killed") is 1.
- Wounded, injured and hurt are never counted.
"""

from __future__ import annotations

import re

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
_GROUP = rf"{_BOUND}(?:{_NUMBER})(?:\s+of)?(?:(?:\s+(?!and\b|were\b|was\b|have\b|had\b|killed\b|dead\b|died\b)[\w'-]+){{0,5}}?)"
_DEATH_AFTER = r"(?:\s*,)?\s+(?:(?:people|persons|others)\s+)?(?:were|was|have been|had been|are|have|had|being|reportedly|also|all)?\s*(?:\w+ly\s+)?(?:killed|dead|died|slain|lost their lives|perished|executed|massacred|beheaded|shot dead|murdered)"
# "22 soldiers and 12 civilians were killed", "more than 100 people were killed", "44 civilians and one policeman dead"
_BEFORE_DEATH = re.compile(rf"(?P<list>{_GROUP}(?:(?:,\s*|\s+and\s+|,\s+and\s+){_GROUP}){{0,4}}){_DEATH_AFTER}", re.IGNORECASE)
# "killing five family members", "killed at least 13 people", "left 10 people dead", "death toll rose to 20"
_AFTER_DEATH = re.compile(
    rf"(?:\bkill(?:ed|ing|s)?\b|\bleft\b|\bleaving\b|claimed the lives of|death toll (?:\w+ ){{0,3}}?(?:to|at|of|reached)|death toll\b[^.;]{{0,80}}?\b(?:risen|rose|rises|climbed|jumped|increased|reached|stands at|stood at)(?:\s+to)?|took the lives of)\s+(?P<list>{_GROUP}(?:(?:,\s*|\s+and\s+|,\s+and\s+){_GROUP}){{0,4}})",
    re.IGNORECASE,
)
_SINGLE = re.compile(r"\b(?:was|has been|had been)\s+(?:\w+ly\s+)?(?:killed|shot dead|murdered|slain|executed|beheaded)\b|\b(?:was|is)\s+dead\b", re.IGNORECASE)
_WOUNDED = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:wounded|injured|hurt|missing|arrested|detained|abducted|kidnapped|displaced|rescued|freed)", re.IGNORECASE)
_NUMBER_RE = re.compile(_NUMBER, re.IGNORECASE)


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
    never added to the total it breaks down.
    """
    text = re.sub(r"\s+", " ", text)
    total, found, spans = 0, False, []
    for pattern in (_BEFORE_DEATH, _AFTER_DEATH):
        for match in pattern.finditer(text):
            start, end = match.span("list")
            if any(start < e and s < end for s, e in spans) or _is_breakdown(text, start):
                continue
            groups = _group_values(match.group("list"))
            if groups:
                spans.append((start, end))
                total += sum(groups)
                found = True
    if not found and _SINGLE.search(text):
        return 1
    return total if found else None


def _is_breakdown(text: str, start: int) -> bool:
    return bool(re.search(r"(?:including|among them|of whom|of them|among whom|of which|mostly|among the dead)\s*$", text[max(0, start - 30) : start], re.I))


def _group_values(listing: str) -> list[int]:
    """Returns the number of each group in a list like "22 soldiers and 12 civilians" (not the wounded)."""
    values = []
    for match in _NUMBER_RE.finditer(listing):
        before = listing[max(0, match.start() - 1) : match.start()]
        after = listing[match.end() :]
        if before and (before.isalnum() or before == "-"):
            continue
        if re.match(r"\s*(?:km|kilomet|miles?|years?|months?|days?|hours?|%|per ?cent|,\d)", after, re.I):
            continue
        if _WOUNDED.match(after[:40]) and not re.match(r"\s*\w*\s*(?:killed|dead)", after[:20], re.I):
            continue
        value = number_value(match.group())
        if value is not None:
            values.append(value)
    return values
