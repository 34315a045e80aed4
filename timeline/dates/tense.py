"""Does a sentence speak of the future where a time expression sits ("will meet on Monday"), and does a
preposition make the expression an end point ("given until Tuesday", "by May")?"""

from __future__ import annotations

import re

# Words that put what follows in the future, and reporting verbs that anchor a date in the past:
# "said Monday he will attack" dates the saying, "said he will attack on Monday" the attack.
_FUTURE = frozenset("will 'll shall going plans plan planned planning scheduled expected expects expect due set "
                    "upcoming would intends aims hopes soon early".split())
# Future words that speak of the future only before a given next word: "as early as Tuesday", "set to meet",
# but not "the early hours of Thursday" nor "set Friday as the deadline".
_FUTURE_ONLY_BEFORE = {"early": ("as",), "set": ("to", "for")}
_PAST = frozenset("said says told announced reported added stated claimed confirmed denied was were had did "
                  "ago last yesterday".split())
_TOKEN = re.compile(r"[A-Za-z']+")
_CLAUSE_START = re.compile(r"[.;:!?\n]|\bbut\b|\bwhile\b|\bwhen\b", re.I)


def speaks_of_future(text: str, start: int, window: int = 80) -> bool:
    """Returns True when the nearest tense marker before ``start`` in its clause points to the future."""
    before = text[max(0, start - window) : start]
    clause_starts = list(_CLAUSE_START.finditer(before))
    if clause_starts:
        before = before[clause_starts[-1].end() :]
    tokens = [token.lower() for token in _TOKEN.findall(before)[-8:]]
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if word in _FUTURE_ONLY_BEFORE and following not in _FUTURE_ONLY_BEFORE[word]:
            continue
        if word.endswith("'ll") or word in _FUTURE:
            return True
        if word in _PAST:
            return False
    return False


# Prepositions that set a deadline or the end of a span: "talks must end by May", "postponed until Tuesday".
_DEADLINE = re.compile(r"(?<!up )\b(until|till|by|through)\s+(?:(?:about|around)\s+)?$", re.I)


# A past-tense verb right before the preposition: "lasted", "continued", "was", "had been".
_PAST_VERB = re.compile(r"[a-z]+ed|was|were|had|been")
# Words that make "until Tuesday" a time limit still to come ("given until Tuesday", "postponed until Tuesday"),
# not the end of something past ("fighting continued until Tuesday").
_TIME_LIMIT = re.compile(r"\b(?:deadline|ultimatum|postpon\w*|delay\w*|extend\w*|adjourn\w*|defer\w*|given|"
                         r"granted|has|have|wait\w*)\b", re.I)


def sets_time_limit(text: str, start: int, window: int = 80) -> bool:
    """Returns True when the clause before ``start`` speaks of a time limit: a deadline, a delay, a wait."""
    before = text[max(0, start - window) : start]
    clause_starts = list(_CLAUSE_START.finditer(before))
    if clause_starts:
        before = before[clause_starts[-1].end() :]
    return bool(_TIME_LIMIT.search(before))


def deadline_before(text: str, start: int) -> str | None:
    """Returns "until", "till", "by" or "through" when that word sets the expression at ``start`` as an end
    point ("by May", "until 9 a.m. Tuesday"), else None ("up until Thursday", a sentence opening "Until
    Thursday," look back)."""
    found = _DEADLINE.search(text[max(0, start - 20) : start])
    if found is None:
        return None
    opening = text[max(0, start - 20) : start][: found.start()].rstrip(" \t\"'`")
    if not opening.strip() or opening[-1:] in ".!?\n":
        return None  # "Until Thursday, they had not called him a suspect": looks back from the sentence's start
    last_word = opening.split()[-1].lower()
    if _PAST_VERB.fullmatch(last_word) and not _TIME_LIMIT.fullmatch(last_word):
        return None  # "fighting lasted through March" ends something past; "postponed until" sets a limit
    return found.group(1).lower()
