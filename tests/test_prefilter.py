import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates.tagger import RULES
from timeline.events.actors import _SCREEN as ACTOR_SCREEN
from timeline.events.triggers import _SCREEN as TRIGGER_SCREEN
from timeline.events.triggers import PATTERNS, find_cues
from timeline.prefilter import Screen, first_char_guard, fold, needles

NEWS = (
    "Gunmen killed 12 people in an attack on a market in Ramadi on Monday, police said. "
    "Protesters marched in Tunis on 3 March 2014 and clashed with riot police, who fired tear gas. "
    "An air strike hit a convoy near Aleppo last week; rebels later recaptured the town. "
    "ISIL militants seized Fallujah two days ago. Six soldiers died when a roadside bomb exploded at 9 a.m. "
    "The ceasefire signed in mid-June collapsed in early 2013, and the Taliban kidnapped 3 aid workers."
)
WORDS = st.sampled_from(NEWS.replace(",", " ,").replace(".", " .").split() + ["ſtruck", "İSIL", "\u212aabul", "\n"])
SENTENCES = st.lists(WORDS, min_size=1, max_size=40).map(" ".join)


def test_needles_are_words_every_match_holds():
    assert needles(re.compile(r"protest\w*|demonstrat(?:ed|ion)|(?-i:March)", re.I)) == (
        "demonstrated", "demonstration", "march", "protest")
    # Fixed words are followed into the alternatives after them: "with stones", not the common "with".
    assert needles(r"thr(?:ew|own) (?:\S+ )?rocks|with (?:stones|rocks)\b") == ("rocks", "with stones")
    assert needles(r"\d+") is None
    assert needles(r"(?:an? )?attack") == ("attack",)
    # A word that holds another adds nothing: "strike" is enough for "air strike" and "strikes".
    assert needles(r"air strike|strikes?") == ("strike",)


def test_optional_parts_give_no_needles():
    assert needles(r"(?:bomb)?\w+") is None
    assert needles(r"x|\d") is None


def test_fold_keeps_offsets_and_matches_case_insensitive_letters():
    text = "ſtruck İSIL \u212aabul Straße"
    assert len(fold(text)) == len(text)
    assert fold(text).startswith("struck isil kabul")


def test_screen_drops_only_patterns_that_cannot_match():
    screen = Screen([re.compile(r"kill\w*", re.I), re.compile(r"arrest\w*", re.I), re.compile(r"\d+")])
    text = "Police arrested two men. Gunmen KILLED a guard."
    assert screen.may_match(text, 0, 24) == [1, 2]
    assert screen.may_match(text, 25) == [0, 2]


@pytest.mark.parametrize("pattern", [*PATTERNS.values(), *ACTOR_SCREEN.patterns, *(rule.pattern for rule in RULES)],
                         ids=lambda p: p.pattern[:30])
@settings(max_examples=12, deadline=None)
@given(text=SENTENCES)
def test_every_match_of_the_lexicons_holds_a_needle(pattern, text):
    words = needles(pattern)
    for match in pattern.finditer(text):
        assert words is None or any(word in fold(match.group()) for word in words), match.group()


def _unguarded(pattern: re.Pattern) -> re.Pattern:
    # A guard is "(?=[class])(?:original)"; a sorted class cannot hold ")(?:", so the first one ends it.
    if not pattern.pattern.startswith("(?=["):
        return pattern
    return re.compile(pattern.pattern.split(")(?:", 1)[1][:-1], pattern.flags)


@given(text=SENTENCES)
@settings(max_examples=200, deadline=None)
def test_guarded_patterns_find_the_same_matches(text):
    for pattern in [*PATTERNS.values(), *ACTOR_SCREEN.patterns]:
        assert [m.span() for m in first_char_guard(pattern).finditer(text)] == [m.span() for m in pattern.finditer(text)]
    for rule in RULES:
        assert [m.span() for m in rule.pattern.finditer(text)] == [m.span() for m in _unguarded(rule.pattern).finditer(text)]


def test_first_char_guard_keeps_matches_and_leaves_unguardable_patterns():
    pattern = re.compile(r"(?<![\w'-])(?:(?:early|late)\s+)?(?:January|March)(?:\s+\d{4})?", re.I)
    guarded = first_char_guard(pattern)
    assert guarded.pattern.startswith("(?=[")
    assert [m.span() for m in guarded.finditer(NEWS + " late january")] == [m.span() for m in pattern.finditer(NEWS + " late january")]
    assert first_char_guard(re.compile(r"\d*")).pattern == r"\d*"  # can match nothing: no first character
    assert first_char_guard(re.compile(r".x")).pattern == r".x"  # any first character
    verbose = first_char_guard(re.compile(r"bomb  # a comment", re.X))
    assert verbose.search("a bomb") and not verbose.search("a blast")


@given(text=SENTENCES, cut=st.tuples(st.integers(0, 400), st.integers(0, 400)))
@settings(max_examples=200, deadline=None)
def test_the_trigger_screen_keeps_every_kind_that_matches_a_clause(text, cut):
    start, end = sorted(cut)
    matching = {index for index, pattern in enumerate(TRIGGER_SCREEN.patterns) if pattern.search(text[start:end])}
    assert matching <= set(TRIGGER_SCREEN.may_match(text, start, end))


def test_cues_of_a_news_text():
    cues = {(cue.text, cue.kind) for cue in find_cues(NEWS)}
    assert {("killed", "kill"), ("air strike", "air"), ("recaptured", "regain"), ("kidnapped", "abduction")} <= cues
