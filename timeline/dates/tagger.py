"""Finding time expressions in running text: a small grammar of compiled patterns.

Each :class:`Rule` is a regular expression with a handler that reads the match into a
:class:`~timeline.dates.resolve.Reading`, or refuses it (``None``). Refusals carry the precision:
"may" the modal, "march" the verb, "second" the ordinal, ages ("a 25-year-old"), counts ("2000
troops"), clock-less numbers and names ("June Carter") are not dates. Overlapping candidates are
settled leftmost-longest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable

from timeline.dates.resolve import UNIT_CODES, Reading
from timeline.prefilter import first_char_guard, fold, needles

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS = {word: n for n, word in enumerate(_SMALL)} | _TENS | {"a": 1, "an": 1, "hundred": 100, "dozen": 12}
# Quantities that do not say how many: "several years" is P-X-Y.
FUZZY_NUMBERS = {"few", "a few", "several", "many", "some", "a number of", "the next few", "the past few"}

# Modifiers of a period: "early 2012", "mid-June", "the end of the year".
MODS = {"early": "START", "earlier": "START", "beginning": "START", "start": "START", "mid": "MID",
        "middle": "MID", "late": "END", "later": "END", "end": "END"}
APPROX = {"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "some": "APPROX", "nearly": "LESS_THAN",
          "almost": "LESS_THAN", "less than": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
          "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS"}

# Words before a bare month/season that make it a time ("in May", not "may"); "and"/"or" for lists.
_TIME_PREPOSITIONS = frozenset(
    "in since until till by during through throughout from to of before after between and or early late "
    "mid last next this that each every until around".split())
# Plural nouns counted by a number: "2000 troops" is a count, not a year.
_COUNT_NOUNS = re.compile(
    r"(?:people|persons|troops|soldiers|men|women|children|families|residents|fighters|militants|police|"
    r"policemen|officers|civilians|members|workers|refugees|prisoners|students|cases|deaths|dead|killed|"
    r"wounded|injured|homes|houses|buildings|vehicles|cars|meters|metres|feet|km|kilometers|kilometres|miles|"
    r"tons|tonnes|barrels|dollars|euros|pounds|votes|seats|jobs|shares|units|acres|hectares|rounds|rockets|"
    r"missiles|guns|weapons|pages|words|points|times|or\s+so|of\s+them)\b", re.I)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\$|€|£|#|\bno\.?|\bnumber|\bflight|\bresolution|\broute|\broom|\bpage|\bhighway|\bmodel|\bversion|"
    r"\bcode|\bpop\.?|\babout|\bsome|\bnearly|\balmost|\bat|\bp\.)\s*$", re.I)
_YEAR_PREPOSITION = re.compile(r"\b(?:in|since|of|by|until|till|from|to|before|after|during|year|circa|c\.)\s+$", re.I)

MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?P<dot>\.)?")
FULL_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_PREFIX = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
NUMBER = (r"(?P<num>\d+(?:\.\d+|\s+1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
          r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|"
          r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
          r"a\s+hundred|hundred|a\s+dozen|dozen|a\s+couple\s+of|a\s+few|few|several|many|some|a\s+number\s+of|an?)")
UNIT = (r"(?P<unit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|"
        r"century|centuries)")
APPROX_PREFIX = (r"(?:(?P<approx>about|around|roughly|nearly|almost|less\s+than|more\s+than|over|at\s+least|"
                 r"up\s+to)\s+)?")
PERIOD_MOD = (r"(?:(?P<mod>early|mid|late|earlier|later)(?:-|\s+(?:in\s+)?)|"
              r"(?:the\s+)?(?P<mod2>end|beginning|start|middle)\s+of\s+)?")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span of text read as a time expression."""

    start: int
    end: int
    reading: Reading
    specific: bool = False  # read with its context checked ("$5 million a year"): wins a tie of spans


@dataclass(frozen=True, slots=True)
class Rule:
    """A pattern and the handler that reads its matches (``None`` refuses a match)."""

    name: str
    pattern: re.Pattern
    handler: Callable[[re.Match, str], Reading | None]
    span_group: str | None = None  # the group that is the expression, when context is matched too
    keys: tuple[str, ...] = ()  # lower-case strings one of which a text must contain for the rule to run
    needles: tuple[str, ...] | None = None  # the same, read from the pattern (see timeline.prefilter)


def _rule(name: str, pattern: str, span_group: str | None = None, flags: int = re.I, keys: str = ""):
    """Registers a rule; texts that contain none of ``keys`` (space-separated) skip it, for speed."""
    def register(handler: Callable[[re.Match, str], Reading | None]) -> Callable:
        compiled = re.compile(r"(?<![\w'-])" + pattern + r"(?![\w])", flags)
        RULES.append(Rule(name, first_char_guard(compiled), handler, span_group, tuple(keys.split()), needles(compiled)))
        return handler

    return register


RULES: list[Rule] = []
_MONTH_KEYS = "jan feb mar apr may jun jul aug sep oct nov dec"


# --- helpers for handlers ----------------------------------------------------------------------


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _word_before(text: str, start: int) -> str:
    found = re.search(r"([A-Za-z]+)\W*$", text[max(0, start - 30) : start])
    return found.group(1).lower() if found else ""


def _word_after(text: str, end: int) -> str:
    found = re.match(r"\W{0,3}([A-Za-z]+)", text[end : end + 30])
    return found.group(1) if found else ""


def _number(words: str) -> float | None:
    """Returns the number a numeral or number word says, or None for "several", "a few"."""
    words = re.sub(r"\s+", " ", words.lower().strip())
    if words in FUZZY_NUMBERS:
        return None
    if words == "a couple of":
        return 2
    if words in ("a hundred", "a dozen"):
        return NUMBER_WORDS[words.split()[1]]
    if words.endswith(" 1/2"):  # "2 1/2 years"
        return float(words[:-4]) + 0.5
    try:
        return float(words)
    except ValueError:
        pass
    parts = re.split(r"[\s-]", words)
    return float(sum(NUMBER_WORDS.get(p, 0) for p in parts))


def _unit(word: str) -> str:
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    if word.startswith("fortnight"):
        return "fortnight"
    return word.rstrip("s")


def duration_value(number: float | None, unit: str) -> str:
    """Returns the TIMEX3 duration for ``number`` ``unit``s: P3Y, PT24H, P10Y for a decade, PXM."""
    if unit == "fortnight":
        number, unit = (None if number is None else 2 * number), "week"
    if unit == "decade":  # "a decade" is P10Y and "decades" PXY, as TimeBank writes them
        number, unit = (None if number is None else 10 * number), "year"
    if unit == "century" and number is not None:
        number, unit = 100 * number, "year"
    if number is not None and not float(number).is_integer() and unit in _SMALLER_UNIT:
        # "2 1/2 years" is P2Y6M, "a minute and a half" PT1M30S: the fraction in the next smaller unit
        smaller, per = _SMALLER_UNIT[unit]
        whole, rest = int(number), round((number - int(number)) * per, 6)
        if float(rest).is_integer():
            head = duration_value(whole, unit) if whole else "P"
            tail = duration_value(rest, smaller)[1:]
            if tail.startswith("T") and "T" in head:
                tail = tail[1:]
            return head + tail
    code = UNIT_CODES[unit]
    amount = "X" if number is None else (str(int(number)) if float(number).is_integer() else f"{number:g}")
    if code.startswith("T"):
        return f"PT{amount}{code[1:]}"
    return f"P{amount}{code}"


# The unit a fraction of a unit is written in, and how many of them make the unit.
_SMALLER_UNIT = {"year": ("month", 12), "week": ("day", 7), "day": ("hour", 24), "hour": ("minute", 60),
                 "minute": ("second", 60)}


def _mod(match: re.Match) -> str | None:
    groups = match.groupdict()
    word = groups.get("mod") or groups.get("mod2")
    return MODS.get(word.lower()) if word else None


def _approx(match: re.Match) -> str | None:
    word = match.groupdict().get("approx")
    return APPROX.get(re.sub(r"\s+", " ", word.lower())) if word else None


def _month_number(match: re.Match) -> int:
    return MONTHS[match.group("month").lower()]


def _plausible_year(text: str, start: int, end: int) -> bool:
    """A four-digit number is a year unless it counts something or names a flight, page, sum."""
    after = text[end : end + 30]
    if re.match(r"\s*(?:%|percent\b|per\s+cent|[.,]\d|-\d|/\d|:\d)", after):
        return False
    if _COUNT_NOUNS.match(after.lstrip()) and not re.match(r"\s*[,.;]", after):
        return False
    return not _NOT_YEAR_BEFORE.search(text[max(0, start - 14) : start])


# --- dates with a year ------------------------------------------------------------------------


@_rule("iso", r"(?P<year>\d{4})-(?P<mo>[01]\d)-(?P<day>[0-3]\d)(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d))?", keys="-")
def _iso(m: re.Match, text: str) -> Reading | None:
    month, day = int(m.group("mo")), int(m.group("day"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    part = f"{m.group('h')}:{m.group('mi')}" if m.group("h") else None
    return Reading("absolute", "TIME" if part else "DATE", year=int(m.group("year")), month=month, day=day, part=part)


@_rule("nine_eleven", r"9/11", keys="9/11")
def _nine_eleven(m: re.Match, text: str) -> Reading | None:
    """"9/11" names the attacks of 11 September 2001, whatever the day of writing."""
    return Reading("absolute", year=2001, month=9, day=11)


@_rule("numeric", r"(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<year>\d{4}|\d{2})", keys="/")
def _numeric(m: re.Match, text: str) -> Reading | None:
    first, second, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    month, day = (first, second) if first <= 12 else (second, first)  # US order unless impossible
    if len(m.group("year")) == 2:
        year += 1900 if year > 30 else 2000
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Reading("absolute", year=year, month=month, day=day)


def _month_day(m: re.Match, text: str) -> Reading | None:
    word, day = m.group("month"), int(m.group("day"))
    if not _capitalised(word) or not 1 <= day <= 31:
        return None
    month = _month_number(m)
    if m.groupdict().get("year"):
        return Reading("absolute", year=int(m.group("year")), month=month, day=day)
    after = text[m.end() : m.end() + 24]
    if re.match(r"\s*(?:%|percent|people|troops|[.,]\d|-\w)", after) or _NAMED_AFTER_DATE.match(after):
        return None  # "March 14 Alliance", "the February 17 Revolution": names, not dates
    if (month, day) == (9, 11) and _SEPTEMBER_11.match(after):
        return Reading("absolute", year=2001, month=9, day=11)
    return Reading("month_day", month=month, day=day)


# Names built on a date: a month-day followed by one of these is a movement, a square, a brigade.
_NAMED_AFTER_DATE = re.compile(r"\s+(?:Alliance|Movement|Coalition|Revolution|Brigades?|Square|Street|Bridge|Stadium|"
                               r"Party|Front|Forces|Group|Bloc|Youth|Martyrs)\b")
# The attacks of 11 September 2001 are written without their year.
_SEPTEMBER_11 = re.compile(r"\s*(?:,\s*)?(?:terror(?:ist)?\s+)?attacks?\b|\s+hijack", re.I)


_rule("month_day_year", WEEKDAY_PREFIX + r"(?:the\s+)?" + MONTH + r"\s+" + DAY + r"(?:,?\s+" + YEAR + r")?(?!\d)",
      flags=0, keys=_MONTH_KEYS)(_month_day)
_rule("day_month_year", WEEKDAY_PREFIX + r"(?:the\s+)?" + DAY + r"\s+(?:of\s+)?" + MONTH + r"(?:,?\s+" + YEAR + r")?",
      flags=0, keys=_MONTH_KEYS)(_month_day)


@_rule("second_day", MONTH + r"\s+[0-3]?\d(?:st|nd|rd|th)?\s+(?:and|or|to|through|-)\s+(?P<span>" + DAY +
       r"(?:,?\s+" + YEAR + r")?)(?=\s*[,.;:)]|\s*$|\s+(?:in|at|when|after|before)\b)", span_group="span", flags=0,
       keys=_MONTH_KEYS)
def _second_day(m: re.Match, text: str) -> Reading | None:
    """The second day of a pair, "April 24 and 25": a date of its own, in the month written before it."""
    day = int(m.group("day"))
    if not _capitalised(m.group("month")) or not 1 <= day <= 31:
        return None
    if m.group("year"):
        return Reading("absolute", year=int(m.group("year")), month=_month_number(m), day=day)
    return Reading("month_day", month=_month_number(m), day=day)


@_rule("month_year", PERIOD_MOD + MONTH + r",?\s+(?:of\s+)?" + YEAR, keys=_MONTH_KEYS)
def _month_year(m: re.Match, text: str) -> Reading | None:
    if not _capitalised(m.group("month")) or not _plausible_year(text, m.start("year"), m.end()):
        return None  # "In April, 2000 troops"
    return Reading("absolute", year=int(m.group("year")), month=_month_number(m), mod=_mod(m))


@_rule("month", PERIOD_MOD + r"(?:(?P<dir>last|next|this|past|coming)\s+)?" + FULL_MONTH +
      r"(?:,?\s+(?:of\s+)?(?P<year_dir>this|last|next)\s+year)?", keys=_MONTH_KEYS)
def _month(m: re.Match, text: str) -> Reading | None:
    word = m.group("month")
    if not _capitalised(word) or re.match(r"\s*\d", text[m.end() : m.end() + 3]):
        return None  # a month-day or month-year the other rules refused: "the February 17 Revolution"
    before = _word_before(text, m.start())
    context = m.group("mod") or m.group("mod2") or m.group("dir") or before in _TIME_PREPOSITIONS or (
        before == "the" and re.match(r"\s+[a-z]", text[m.end() : m.end() + 3]))  # "the March accession"
    if word.lower() in ("may", "march") and not context:
        return None  # the modal verb, the verb and the protest
    if not context and _capitalised(_word_after(text, m.end())):
        return None  # a name: "June Carter", "August Wilson"
    direction = {"past": "last", "coming": "next"}.get((m.group("dir") or "").lower(), (m.group("dir") or "").lower())
    if m.group("year_dir"):  # "June last year" is one date, June of the year before the anchor's
        offset = {"last": -1, "this": 0, "next": 1}[m.group("year_dir").lower()]
        return Reading("month", month=_month_number(m), unit="year", offset=offset, mod=_mod(m))
    return Reading("month", month=_month_number(m), direction=direction or None, mod=_mod(m))


@_rule("year", PERIOD_MOD + r"(?:(?P<fiscal>fiscal|calendar|the\s+year)\s+)?" + YEAR)
def _year(m: re.Match, text: str) -> Reading | None:
    year = int(m.group("year"))
    start = m.start("year")
    if not _plausible_year(text, start, m.end()):
        return None
    prefixed = m.group("mod") or m.group("mod2") or m.group("fiscal")
    if year < 1900 and not (prefixed or _YEAR_PREPOSITION.search(text[max(0, start - 12) : start])):
        return None
    return Reading("absolute", year=year, mod=_mod(m))


@_rule("decade", PERIOD_MOD + r"(?:the\s+)?(?:(?P<decade>1\d\d0|20\d0)|'(?P<short>\d)0)'?s", keys="0s 0's")
def _decade(m: re.Match, text: str) -> Reading | None:
    year = int(m.group("decade")) if m.group("decade") else 1900 + 10 * int(m.group("short"))
    return Reading("decade", year=year, mod=_mod(m))


@_rule("century", r"(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]century|"
                  r"(?:the\s+)?(?P<word>eighteenth|nineteenth|twentieth|twenty-first)[\s-]century", keys="century")
def _century(m: re.Match, text: str) -> Reading | None:
    words = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
    number = int(m.group("n")) if m.group("n") else words[m.group("word").lower()]
    return Reading("century", year=number)


# --- dates relative to the day of writing ------------------------------------------------------


@_rule("relative_day", r"(?:(?P<mod>early|late|earlier|later)\s+)?(?P<word>today|yesterday|tomorrow|tonight)"
                       r"(?:'s)?(?:\s+(?P<part>morning|afternoon|evening|night))?",
       keys="today yesterday tomorrow tonight")
def _relative_day(m: re.Match, text: str) -> Reading | None:
    word = m.group("word").lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    part = PARTS_OF_DAY[m.group("part").lower()] if m.group("part") else ("NI" if word == "tonight" else None)
    return Reading("relative_day", "TIME" if part else "DATE", offset=offset, part=part, mod=_mod(m))


@_rule("this_part", r"(?P<dir>this|last)\s+(?P<part>morning|afternoon|evening|night)",
       keys="morning afternoon evening night")
def _this_part(m: re.Match, text: str) -> Reading | None:
    part = PARTS_OF_DAY[m.group("part").lower()]
    offset = -1 if m.group("dir").lower() == "last" else 0
    return Reading("relative_day", "TIME", offset=offset, part=part)


@_rule("weekday", r"(?:(?P<mod>early|late|earlier|later)\s+)?(?:(?:the\s+)?(?P<dir>last|next|this|past|coming|"
                  r"previous|following)\s+)?"
                  + WEEKDAY + r"(?:'s)?(?:\s+(?P<part>morning|afternoon|evening|night))?", keys="day")
def _weekday(m: re.Match, text: str) -> Reading | None:
    if not _capitalised(m.group("weekday")):
        return None
    direction = (m.group("dir") or "").lower()
    direction = {"past": "last", "previous": "last", "coming": "next", "following": "next"}.get(
        direction, direction) or None
    if direction is None and re.match(r"'s\s+[a-z]", text[m.end("weekday") : m.end("weekday") + 5]):
        direction = "latest"  # "Friday's ruling" names an event already reported, whatever the tense around it
    part = PARTS_OF_DAY[m.group("part").lower()] if m.group("part") else None
    return Reading("weekday", "TIME" if part else "DATE", weekday=WEEKDAYS[m.group("weekday").lower()],
                   direction=direction, part=part, mod=_mod(m))


@_rule("part_weekday", r"(?P<part>morning|afternoon|evening|night|midnight)\s+(?:on\s+)?" + WEEKDAY, keys="day")
def _part_weekday(m: re.Match, text: str) -> Reading | None:
    if not _capitalised(m.group("weekday")):
        return None
    word = m.group("part").lower()
    part = "24:00" if word == "midnight" else PARTS_OF_DAY[word]
    return Reading("weekday", "TIME", weekday=WEEKDAYS[m.group("weekday").lower()], part=part)


@_rule("relative_unit", PERIOD_MOD + r"(?P<dir>last|this|next|previous|coming|current|past)\s+(?:fiscal\s+)?"
                        r"(?P<unit>week|month|year|quarter|decade|century)",
       keys="last this next previous coming current past")
def _relative_unit(m: re.Match, text: str) -> Reading | None:
    if _capitalised(m.group("unit")):
        return None  # a title: "This Week With David Brinkley"
    direction = m.group("dir").lower()
    if direction in ("past", "coming") and _word_before(text, m.start()) == "the":
        return None  # "the past week" is a duration, read by the duration rule
    offset = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(direction, 0)
    return Reading("relative_unit", unit=m.group("unit").lower(), offset=offset, mod=_mod(m))


@_rule("in_the_unit", r"(?P<mod>earlier|later)\s+(?:in\s+)?the\s+(?P<unit>week|month|year)|"
                      r"(?:the\s+)?(?P<mod2>end|beginning|start|middle)\s+of\s+the\s+(?P<unit2>week|month|year)|"
                      r"(?P<yearend>year-end|year's\s+end)", keys="earlier later end beginning start middle year-end")
def _in_the_unit(m: re.Match, text: str) -> Reading | None:
    if m.group("yearend"):
        return Reading("relative_unit", unit="year", mod="END")
    return Reading("relative_unit", unit=(m.group("unit") or m.group("unit2")).lower(), mod=_mod(m))


@_rule("weekend", r"(?P<dir>this|last|next|past|coming|the)\s+weekend", keys="weekend")
def _weekend(m: re.Match, text: str) -> Reading | None:
    direction = m.group("dir").lower()
    offset = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(direction, 0)
    return Reading("relative_unit", unit="weekend", offset=offset, direction="this" if direction == "this" else None)


@_rule("ago", APPROX_PREFIX + NUMBER + r"[\s-]+" + UNIT + r"\s+(?P<rel>ago|earlier|before|later)",
       keys="ago earlier before later")
def _ago(m: re.Match, text: str) -> Reading | None:
    rel = m.group("rel").lower()
    if rel == "before" and not re.match(r"\s*[,.;]", text[m.end() : m.end() + 2]):
        return None  # "two days before the vote" is a duration before an event, not a date
    number = _number(m.group("num"))
    unit = _unit(m.group("unit"))
    if number is None:
        return Reading("fixed", value="FUTURE_REF" if rel == "later" else "PAST_REF")
    sign = 1 if rel == "later" else -1
    kind = "narrative" if rel == "later" else "ago"
    if unit in ("second", "quarter", "fortnight") or not float(number).is_integer():
        return Reading("fixed", value="FUTURE_REF" if sign > 0 else "PAST_REF")
    return Reading(kind, unit=unit, offset=sign * int(number), mod=_approx(m))


@_rule("narrative_day", r"(?P<which>the\s+(?:next|following|previous|same)\s+(?P<what>day|morning|afternoon|evening|"
                        r"night)|that\s+(?:same\s+)?day|the\s+day\s+(?:before|after)(?=\s*[,.;:!?]|$)|"
                        r"the\s+night\s+before)", keys="day night morning afternoon evening")
def _narrative_day(m: re.Match, text: str) -> Reading | None:
    which = re.sub(r"\s+", " ", m.group("which").lower())
    offset = 1 if any(w in which for w in ("next", "following", "after")) else (
        -1 if any(w in which for w in ("previous", "before")) else 0)
    part = PARTS_OF_DAY.get((m.group("what") or "").lower()) or ("NI" if "night" in which else None)
    return Reading("narrative", "TIME" if part else "DATE", unit="day", offset=offset, part=part)


@_rule("duration", APPROX_PREFIX + r"(?:(?P<det>the\s+|its\s+|their\s+)?(?P<dir>past|last|next|coming|first|previous|"
                   r"latest|final|following|same)\s+)?" + NUMBER + r"(?:[\s-]+)(?:more\s+|additional\s+|further\s+)?"
                   + UNIT + r"(?P<half>\s+and\s+a\s+half)?(?P<long>-long)?",
       keys="second minute hour day week fortnight month quarter year decade centur")
def _duration(m: re.Match, text: str) -> Reading | None:
    after = text[m.end() : m.end() + 12]
    if re.match(r"-old|\s+old\b|\s+of\s+age", after, re.I):
        return None  # an age: "a 25-year-old", "25 years old"
    if re.match(r"-(?:earlier|ago)\b", after, re.I):
        return None  # "a year-earlier profit": the report's comparison, read by the reported_quarter rule
    if _word_before(text, m.start()) in ("aged", "age"):
        return None
    unit = _unit(m.group("unit"))
    number_words = m.group("num").lower()
    if unit == "second" and not number_words[0].isdigit():
        return None  # "a second attack", "one second"
    if unit == "quarter" and (number_words in ("a", "an") or re.match(r"\s+of\b", after)):
        return None  # "a quarter of the city", "three-quarters of its food"
    if number_words in ("a", "an") and m.group("unit").lower().endswith("s"):
        number_words = "several"  # "a decades-long embargo"
    if number_words in ("some", "many", "a number of") and not (m.group("dir") or m.group("unit")[-1:].lower() == "s"):
        return None  # "some day", "many a year"
    number = _number(number_words)
    if number is not None and m.group("half"):
        number += 0.5
    value = duration_value(number, unit)
    direction = (m.group("dir") or "").lower()
    if number is not None and float(number).is_integer() and direction in _PERIOD_DIRECTIONS:
        return Reading("period", "DURATION", value=value, unit=unit, offset=_PERIOD_DIRECTIONS[direction] * int(number),
                       mod=_approx(m))
    return Reading("fixed", "DURATION", value=value, mod=_approx(m))


# "the past two days" ends at the day of writing, "the next three weeks" starts there ("the previous week" is
# a date counted from the story's day, read by the narrative rules).
_PERIOD_DIRECTIONS = {"past": -1, "last": -1, "previous": -1, "next": 1, "coming": 1}


@_rule("past_units", r"(?P<det>the\s+)?(?P<dir>past|last|next|coming)\s+(?P<unit>day|week|month|year|"
                     r"decade|century|hour)", keys="past last next coming")
def _past_units(m: re.Match, text: str) -> Reading | None:
    if not m.group("det") and m.group("dir").lower() not in ("past",):
        return None  # "last week" is a date, read by the relative_unit rule
    unit = m.group("unit").lower()
    return Reading("period", "DURATION", value=duration_value(1, unit), unit=unit,
                   offset=_PERIOD_DIRECTIONS[m.group("dir").lower()])


@_rule("fuzzy_duration", r"(?P<which>recent|coming|the\s+coming|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few)\s+"
                         r"(?P<unit>days|weeks|months|years|decades)", keys="recent coming few")
def _fuzzy_duration(m: re.Match, text: str) -> Reading | None:
    return Reading("fixed", "DURATION", value=duration_value(None, _unit(m.group("unit"))))


@_rule("for_units", r"(?P<pre>(?:for|over|in|within|took|take|takes|lasted|last)\s+)"
                    r"(?P<span>years|months|weeks|days|decades|hours|centuries)", span_group="span", keys="s")
def _for_units(m: re.Match, text: str) -> Reading | None:
    if re.match(r"\s+(?:ago|earlier|later|of\s+the|after|before)", text[m.end() : m.end() + 12]):
        return None
    return Reading("fixed", "DURATION", value=duration_value(None, _unit(m.group("span"))))


@_rule("quarter", r"(?:(?P<det>the|its|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:fiscal\s+)?"
                  r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+(?:of\s+)?" + YEAR + r")?",
       keys="quarter")
def _quarter(m: re.Match, text: str) -> Reading | None:
    det = (m.group("det") or "").lower()
    offset = -1 if det.startswith("last") else (1 if det.startswith("next") else 0)
    if not (m.group("year") or det or re.match(r"-", text[m.start("ord") + len(m.group("ord")):][:1])):
        if not re.search(r"\b(?:profit|earnings|revenue|sales|growth|results?|loss|economy|gdp)\b",
                         text[max(0, m.start() - 80) : m.end() + 80], re.I):
            return None  # "a second quarter of the city"
    year = int(m.group("year")) if m.group("year") else None
    return Reading("quarter", quarter=ORDINALS[m.group("ord").lower()], year=year, offset=offset)


@_rule("quarter_code", r"Q(?P<q>[1-4])(?:\s+" + YEAR + r")?", flags=0, keys="q")
def _quarter_code(m: re.Match, text: str) -> Reading | None:
    year = int(m.group("year")) if m.group("year") else None
    return Reading("quarter", quarter=int(m.group("q")), year=year)


@_rule("latest_quarter", r"the\s+(?P<which>current|last|previous|past)\s+quarter", keys="quarter")
def _latest_quarter(m: re.Match, text: str) -> Reading | None:
    return Reading("relative_unit", unit="quarter", offset=0 if m.group("which").lower() == "current" else -1)


@_rule("reported_quarter",
       r"(?:(?P<det>the|that|its)\s+(?:(?P<which>latest|most\s+recent|comparable|corresponding|same)\s+)?"
       r"(?:(?P<ago>year-ago|year-earlier)\s+)?(?:" + YEAR + r"\s+)?(?:fiscal[\s-]+)?"
       r"(?:(?P<ord>first|second|third|fourth)[\s-]+)?(?P<noun>quarter|period)"
       r"(?:\s+(?P<ago_after>a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)|"
       r"(?=\s+end(?:ed|ing)\s+" + MONTH + r"\s+" + DAY + r"))?"
       r"|(?P<adjective>year-(?:ago|earlier))(?=\s+[a-z]))", keys="quarter period year-ago year-earlier")
def _reported_quarter(m: re.Match, text: str) -> Reading | None:
    """The quarter a company report is about, and its comparison a year before: "the quarter", "the latest
    period", "the year-ago quarter", "the 1988 period", "year-earlier profit".

    These name the report's quarter only where the story has named one, so the reading is of kind
    "reported_quarter": :func:`timeline.dates.find_dates` keeps it only with that quarter known (or with a
    quarter ending on a stated day: "the quarter ended Sept. 30").
    """
    ago = bool(m.group("ago") or m.group("ago_after") or m.group("adjective"))
    if m.group("noun") and m.group("noun").lower() == "period" and not (
            ago or m.group("year") or m.group("which") in ("latest", "most recent")):
        return None  # "the period", "the same period": too vague without a stated comparison
    if m.group("ord") and not (ago or m.group("year")):
        return None  # "the third quarter": the quarter rule reads it
    if m.group("noun") and re.match(r"\s+of\s+(?!19|20)|-", text[m.end() : m.end() + 8]):
        return None  # "the quarter of the city", "the quarter-to-quarter comparison"
    which = (m.group("which") or "").lower()
    month = _month_number(m) if m.group("month") else None
    return Reading("reported_quarter", year=int(m.group("year")) if m.group("year") else None,
                   quarter=ORDINALS[m.group("ord").lower()] if m.group("ord") else None, offset=-1 if ago else 0,
                   month=month, day=int(m.group("day")) if month else None,
                   direction="latest" if which in ("latest", "most recent") else None,
                   unit="year" if m.group("adjective") else "quarter")


@_rule("half", r"(?:the\s+)?(?P<ord>first|second|last)[\s-]half\s+(?:of\s+)?(?:" + YEAR +
               r"|(?P<dir>this|last|next)\s+year|the\s+year)", keys="half")
def _half(m: re.Match, text: str) -> Reading | None:
    offset = {"last": -1, "next": 1}.get((m.group("dir") or "").lower(), 0)
    year = int(m.group("year")) if m.group("year") else None
    half = 2 if m.group("ord").lower() == "last" else ORDINALS[m.group("ord").lower()]  # "the last half of 1989"
    return Reading("half", half=half, year=year, offset=offset)


@_rule("season", PERIOD_MOD + r"(?:(?P<dir>last|this|next|past|coming)\s+|(?P<the>the\s+))?"
                 r"(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?" + YEAR + r")?",
       keys="spring summer autumn fall winter")
def _season(m: re.Match, text: str) -> Reading | None:
    word = m.group("season")
    direction = (m.group("dir") or "").lower()
    before = _word_before(text, m.start())
    if _capitalised(word) and m.start("season") > 0 and _capitalised(_word_before(text, m.start("season"))):
        return None  # "Arab Spring"
    stated = direction or m.group("year") or m.group("mod") or m.group("mod2")
    if not stated:
        if not m.group("the") and word.lower() == "fall":
            return None  # the verb
        if before not in ("in", "during", "since", "by", "until", "through", "over", "before", "after", "this"):
            return None
    direction = {"past": "last", "coming": "next"}.get(direction, direction) or None
    year = int(m.group("year")) if m.group("year") else None
    return Reading("season", season=SEASONS[word.lower()], year=year, direction=direction, mod=_mod(m))


@_rule("thanksgiving", r"(?:last\s+)?Thanksgiving(?:\s+Day)?(?:\s+(?:of\s+)?" + YEAR + r")?", flags=0,
       keys="thanksgiving")
def _thanksgiving(m: re.Match, text: str) -> Reading | None:
    return Reading("thanksgiving", year=int(m.group("year")) if m.group("year") else None)


@_rule("holiday", r"(?P<name>Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year's\s+Eve|New\s+Year's\s+Day|"
                  r"New\s+Year's|Valentine's\s+Day|Halloween)(?:\s+(?:of\s+)?" + YEAR + r")?", flags=0,
       keys="christmas year's valentine halloween")
def _holiday(m: re.Match, text: str) -> Reading | None:
    name = re.sub(r"\s+", " ", m.group("name"))
    if re.match(r"\s+(?:tree|card|present|gift|message|song|party|market|holiday|season|period|truce)",
                text[m.end() : m.end() + 12]) and name == "Christmas":
        return None
    month, day = {"Christmas Eve": (12, 24), "Christmas Day": (12, 25), "Christmas": (12, 25),
                  "New Year's Eve": (12, 31), "New Year's Day": (1, 1), "New Year's": (1, 1),
                  "Valentine's Day": (2, 14), "Halloween": (10, 31)}[name]
    year = int(m.group("year")) if m.group("year") else None
    return Reading("holiday", year=year, month=month, day=day)


_DETERMINERS = frozenset("a an the its their his her our your my this that".split())
_SPELLED_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                  "seventeen eighteen nineteen").split()


@_rule("spelled_year", r"(?:the\s+year\s+)?(?P<century>nineteen|two\s+thousand)(?:[\s-]+(?:and\s+)?"
                       r"(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)?[\s-]*(?P<unit>one|two|three|"
                       r"four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                       r"eighteen|nineteen)?)?", keys="nineteen thousand")
def _spelled_year(m: re.Match, text: str) -> Reading | None:
    """Years as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand"."""
    century = m.group("century").lower()
    rest = (_TENS[m.group("tens").lower()] if m.group("tens") else 0) + (
        _SPELLED_UNITS.index(m.group("unit").lower()) + 1 if m.group("unit") else 0)
    if century == "nineteen":
        if not m.group("tens"):
            return None  # "nineteen people"
        return Reading("absolute", year=1900 + rest)
    if not (m.group(0).lower().startswith("the year") or rest):
        return None  # "two thousand people"
    if _COUNT_NOUNS.match(text[m.end() : m.end() + 20].lstrip()):
        return None
    return Reading("absolute", year=2000 + rest)


@_rule("spelled_decade", r"(?:(?P<mod>early|mid|late)[\s-]+)?the\s+(?P<word>twenties|thirties|forties|fifties|sixties|"
                         r"seventies|eighties|nineties)", keys="ties")
def _spelled_decade(m: re.Match, text: str) -> Reading | None:
    tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
            "nineties": 9}[m.group("word").lower()]
    return Reading("decade", year=1900 + 10 * tens, mod=_mod(m))


@_rule("narrative_year", r"(?:(?P<mod>earlier|later)\s+)?(?:that|the\s+same|the\s+following|the\s+previous|"
                         r"the\s+next)\s+(?P<unit>year|month)|(?:that|the\s+same|the\s+following|the\s+previous)"
                         r"\s+(?P<week>week)", keys="year month week")
def _narrative_year(m: re.Match, text: str) -> Reading | None:
    """"later that year", "the following month", "the previous week": counted from the story's last date."""
    words = m.group(0).lower()
    offset = 1 if ("following" in words or "next" in words) else (-1 if "previous" in words else 0)
    if m.group("week"):  # "the following week" (not "the next week", a span of seven days from now)
        return Reading("narrative", unit="week", offset=offset)
    return Reading("narrative", unit=m.group("unit").lower(), offset=offset, mod=_mod(m))


# Words "overnight" qualifies as a kind, not a time: what is sudden ("an overnight success"), made or sold by the
# night ("an overnight bag", "the overnight shift", "overnight lending") or in force every night (a curfew).
_NOT_A_NIGHT = ("success", "sensation", "stars?", "celebrity", "stays?", "bags?", "shifts?", "flights?", "trains?",
                "bus(?:es)?", "ferry", "guests?", "accommodation", "parking", "delivery", "shipping", "rates?",
                "lending", "loans?", "deposits?", "funds", "money", "markets?", "curfews?")


@_rule("overnight", r"overnight(?!\s+(?:" + "|".join(_NOT_A_NIGHT) + r")\b)", keys="overnight")
def _overnight(m: re.Match, text: str) -> Reading | None:
    """"overnight" in a report of day D is the night from D-1 to D, the night of D-1 in TIMEX3's terms
    (TimeBank tags "overnight losses" so): as an adverb ("attacked a checkpoint overnight killing four",
    "planes overnight bombed") or before the event it dates ("in overnight clashes")."""
    return Reading("relative_day", "TIME", offset=-1, part="NI")


# --- references, sets and clock times -----------------------------------------------------------


@_rule("reference", r"(?P<word>now|currently|nowadays|at\s+present|at\s+the\s+moment|these\s+days|recently|"
                    r"lately|(?:in\s+)?the\s+(?:near\s+|distant\s+)?future|(?<=\bin\s)the\s+past|current)",
       keys="now current present moment days recently lately future past")
def _reference(m: re.Match, text: str) -> Reading | None:
    word = m.group("word").lower()
    if word == "now" and re.match(r"-|\s+that\b", text[m.end() : m.end() + 6]):
        return None  # "now-defunct", "now that"
    if word == "current" and (not re.match(r"\s+(?!account|affairs)[a-z0-9]", text[m.end() : m.end() + 10])
                              or _word_before(text, m.start()) in _NOT_PRESENT_CURRENT):
        return None  # "current" means "at present" only as an adjective: not "a strong current", "current account"
    if word in ("recently", "lately") or word.startswith("the") and word.endswith("past"):
        return Reading("fixed", value="PAST_REF")
    if "future" in word:
        return Reading("fixed", value="FUTURE_REF")
    return Reading("fixed", value="PRESENT_REF")


# Words before "current" that make it the flow of water or electricity, or a past present ("the then current price").
_NOT_PRESENT_CURRENT = frozenset("then strong electric powerful swift ocean river".split())


@_rule("set_adverb", r"(?P<word>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|semiannually)",
       keys="ly")
def _set_adverb(m: re.Match, text: str) -> Reading | None:
    if _word_before(text, m.start()) in _DETERMINERS:
        return None  # "a quarterly dividend", "the Communist Party daily": an adjective or a newspaper
    value = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "quarterly": "P3M",
             "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M"}[m.group("word").lower()]
    return Reading("fixed", "SET", value=value)


@_rule("set_every", r"(?P<freq>(?:once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each|every)|"
                    r"every|each|per)\s+(?P<what>day|week|month|year|quarter|hour|morning|night|evening|afternoon|"
                    r"weekend|summer|winter|spring|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                    r"January|February|March|April|June|July|August|September|October|November|December)",
       keys="every each per once twice times")
def _set_every(m: re.Match, text: str) -> Reading | None:
    what = m.group("what").lower()
    if what in WEEKDAYS:
        return Reading("fixed", "SET", value=f"XXXX-WXX-{WEEKDAYS[what] + 1}")
    if what in PARTS_OF_DAY:
        return Reading("fixed", "SET", value=f"XXXX-XX-XXT{PARTS_OF_DAY[what]}")
    if what in SEASONS:
        return Reading("fixed", "SET", value=f"XXXX-{SEASONS[what]}")
    if what == "weekend":
        return Reading("fixed", "SET", value="XXXX-WXX-WE")
    if what in MONTHS:  # "each July": every July (not "every march", nor "each may", left out)
        if not _capitalised(m.group("what")):
            return None
        return Reading("fixed", "SET", value=f"XXXX-{MONTHS[what]:02d}")
    return Reading("fixed", "SET", value=duration_value(1, what))


@_rule("set_a_unit", r"(?P<pre>(?:\d|million|billion|thousand|percent|dollars|tons|barrels|times)\s+)"
                     r"(?P<span>a\s+(?:year|month|week|day))", span_group="span", keys="a")
def _set_a_unit(m: re.Match, text: str) -> Reading | None:
    return Reading("fixed", "SET", value=duration_value(1, m.group("span").split()[-1].lower()))


@_rule("weekday_plural", r"(?P<pre>(?:on|every)\s+)(?P<span>(?P<weekday>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|"
                         r"Saturdays|Sundays))", span_group="span", flags=0, keys="days")
def _weekday_plural(m: re.Match, text: str) -> Reading | None:
    return Reading("fixed", "SET", value=f"XXXX-WXX-{WEEKDAYS[m.group('weekday')[:-1].lower()] + 1}")


@_rule("clock", r"(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am|pm)"
                r"(?:\s+(?P<tz>local\s+time|GMT|UTC|EST|EDT|ET))?", keys="am pm a.m p.m")
def _clock(m: re.Match, text: str) -> Reading | None:
    hour = int(m.group("h"))
    if not 1 <= hour <= 12:
        return None
    ampm = m.group("ampm").lower()
    hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    return Reading("relative_day", "TIME", part=f"{hour:02d}:{m.group('mi') or '00'}")


@_rule("clock_24", r"(?P<h>[0-2]\d)(?::?(?P<mi>[0-5]\d))\s*(?P<tz>GMT|UTC|hours|hrs|local\s+time)", flags=0,
       keys="gmt utc hours hrs local")
def _clock_24(m: re.Match, text: str) -> Reading | None:
    if int(m.group("h")) > 23:
        return None
    return Reading("relative_day", "TIME", part=f"{m.group('h')}:{m.group('mi')}")


@_rule("noon", r"(?P<word>noon|midday|midnight)", keys="noon midday midnight")
def _noon(m: re.Match, text: str) -> Reading | None:
    return Reading("relative_day", "TIME", part="24:00" if m.group("word").lower() == "midnight" else "12:00")


def find_candidates(text: str) -> list[Candidate]:
    """Returns the time expressions of ``text`` read by the rules, leftmost-longest, in order."""
    found: list[Candidate] = []
    lower, folded = text.lower(), fold(text)
    for rule in RULES:
        if rule.keys and not any(key in lower for key in rule.keys):
            continue
        if rule.needles and not any(needle in folded for needle in rule.needles):
            continue
        for match in rule.pattern.finditer(text):
            reading = rule.handler(match, text)
            if reading is None:
                continue
            start, end = match.span(rule.span_group) if rule.span_group else match.span()
            if text.endswith("'s", start, end):
                end -= 2  # TIMEX3 leaves the possessive out: "Friday's ruling" tags "Friday"
            found.append(Candidate(start, end, reading, rule.span_group is not None))
    found.sort(key=lambda c: (c.start, -(c.end - c.start), not c.specific))
    chosen: list[Candidate] = []
    for candidate in found:
        if chosen and candidate.start < chosen[-1].end:
            continue
        chosen.append(candidate)
    return _join_nights_to_days(_join_clocks_to_days(chosen, text), text)


# Kinds of reading that name one calendar day a clock time can be put on.
_DAY_KINDS = frozenset({"weekday", "month_day", "absolute", "holiday"})
# What may stand between a clock time and its day: "5 p.m. EST, Nov. 6", "noon on Thursday".
_CLOCK_DAY_GAP = re.compile(r",?\s+(?:on\s+)?")


def _join_clocks_to_days(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Joins a clock time and the day written right after it into one TIME ("9 a.m. Tuesday").

    TIMEX3 gives "10 p.m. Wednesday" one value, the day with its hour; read apart, the clock would
    be a second expression with no day of its own.
    """
    joined: list[Candidate] = []
    for candidate in candidates:
        if joined and is_clock(joined[-1].reading) and _names_one_day(candidate.reading) and \
                _CLOCK_DAY_GAP.fullmatch(text[joined[-1].end : candidate.start]):
            clock = joined.pop()
            reading = replace(candidate.reading, type="TIME", part=clock.reading.part)
            candidate = Candidate(clock.start, candidate.end, reading, candidate.specific)
        joined.append(candidate)
    return joined


# What may stand between "overnight" and the day it names: "overnight Friday", "overnight on Friday"; the day first:
# "Wednesday overnight", "on Tuesday overnight".
_NIGHT_THEN_DAY_GAP = re.compile(r"\s+(?:on\s+)?")
_DAY_THEN_NIGHT_GAP = re.compile(r"\s+")


def _join_nights_to_days(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Joins "overnight" and the day written beside it into one TIME, the night of that day.

    Alone, "overnight" is the night before the day of writing; with a day stated beside it, the stated
    day wins ("overnight on Monday" in a Wednesday report is Monday night), and read apart the nearer of
    the two would date the event.
    """
    joined: list[Candidate] = []
    for candidate in candidates:
        if joined:
            first, gap = joined[-1], text[joined[-1].end : candidate.start]
            night_then_day = _is_overnight(first, text) and _NIGHT_THEN_DAY_GAP.fullmatch(gap) and \
                _is_plain_day(candidate.reading)
            day_then_night = _is_overnight(candidate, text) and _DAY_THEN_NIGHT_GAP.fullmatch(gap) and \
                _is_plain_day(first.reading)
            if night_then_day or day_then_night:
                day = candidate if night_then_day else first
                joined.pop()
                reading = replace(day.reading, type="TIME", part="NI")
                candidate = Candidate(first.start, candidate.end, reading, day.specific)
        joined.append(candidate)
    return joined


def _is_overnight(candidate: Candidate, text: str) -> bool:
    return text[candidate.start : candidate.end].lower() == "overnight"


def _is_plain_day(reading: Reading) -> bool:
    """True for one calendar day with no part of day or clock time of its own ("Friday", "June 3")."""
    return _names_one_day(reading) and not reading.part


def is_clock(reading: Reading) -> bool:
    """True for a bare clock time ("10 a.m.", "noon"), which takes its day from the words around it."""
    return reading.kind == "relative_day" and reading.offset == 0 and ":" in (reading.part or "")


def _names_one_day(reading: Reading) -> bool:
    if reading.kind == "relative_day":
        return not reading.part  # "noon tomorrow"
    return reading.kind in _DAY_KINDS and reading.day is not None or reading.kind == "weekday" and not reading.part
