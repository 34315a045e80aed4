"""Cheap tests that spare a regular expression work it cannot succeed at: texts it cannot match, positions
where no match can start.

The lexicons of the events and dates components are long alternations matched case-insensitively, and
Python's ``re`` tries every alternative at every position of the text. Yet each match must contain
some literal word of its pattern ("protest", "demonstrat", "strike" ...): when none of those words is in
the text, the pattern cannot match and running it is wasted. :func:`needles` reads the words from the
pattern itself, so the test stays right whatever the pattern says; a pattern it cannot read is simply
always run. Likewise :func:`first_char_guard` reads which characters a match can start with, so that the
pattern fails at once everywhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

try:  # the parser behind ``re``: private, so a Python without it only loses the shortcut
    from re import _constants as _op, _parser
except ImportError:  # pragma: no cover
    _parser = None

# Non-ASCII characters that ``re.IGNORECASE`` matches to an ASCII letter ("ſ" to "s", the Kelvin sign to "k").
_ASCII_EQUIVALENTS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """Returns ``text`` lowercased, character for character, with every non-ASCII letter that a case-insensitive
    pattern matches to an ASCII letter made that letter."""
    return text.translate(_ASCII_EQUIVALENTS).lower() if not text.isascii() else text.lower()


def needles(pattern: str | re.Pattern) -> tuple[str, ...] | None:
    """Returns lowercase words one of which is in (the :func:`fold` of) every match of ``pattern``.

    Returns None when the pattern guarantees no such word (``\\d+``, a lone lookaround) or cannot be read.
    Lookarounds are ignored, so a word is always part of the match itself.
    """
    if _parser is None:
        return None
    source, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, 0)
    if not isinstance(source, str):
        return None
    try:
        found = _of_sequence(_parser.parse(source, flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern only loses the shortcut
        return None
    if not found:
        return None
    # A word that holds another is redundant: where it is, the shorter one is too.
    return tuple(sorted(word for word in found if not any(other != word and other in word for other in found)))


def _of_sequence(items: Iterable) -> frozenset[str] | None:
    """Returns the most selective word set found in a sequence of parsed items (every one must match)."""
    best: frozenset[str] | None = None
    run = frozenset([""])  # the strings the current stretch of fixed items can match ("with " + "stones|rocks")

    def consider(words: frozenset[str] | None) -> None:
        nonlocal best
        if words and "" not in words and (best is None or _selectivity(words) > _selectivity(best)):
            best = words

    for op, av in items:
        fixed = _fixed_strings(op, av)
        if fixed is not None:
            longer = frozenset(head + tail for head in run for tail in fixed)
            if len(longer) <= _MAX_FIXED:
                run = longer
                continue
            consider(run)
            run = fixed
            continue
        consider(run)
        run = frozenset([""])
        if op is _op.SUBPATTERN:
            consider(_of_sequence(av[-1]))
        elif op is _op.ATOMIC_GROUP:
            consider(_of_sequence(av))
        elif op is _op.BRANCH:
            alternatives = [_of_sequence(branch) for branch in av[1]]
            if all(alternatives):
                consider(frozenset().union(*alternatives))
        elif op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_of_sequence(av[2]))
    consider(run)
    return best


# A stretch of fixed items is followed only while it can match at most this many strings.
_MAX_FIXED = 64


def _fixed_strings(op, av) -> frozenset[str] | None:
    """Returns the few lowercase ASCII strings an item can match ("" for a zero-width one), or None."""
    if op is _op.LITERAL:
        return frozenset([chr(av).lower()]) if av < 128 else None
    if op in _ZERO_WIDTH:
        return frozenset([""])
    if op is _op.IN:
        if all(o is _op.LITERAL and a < 128 for o, a in av) and len(av) <= 4:  # "[- ]", not "[^x]" nor "\\w"
            return frozenset(chr(a).lower() for _, a in av)
        return None
    if op is _op.SUBPATTERN:
        return _fixed_sequence(av[-1])
    if op is _op.BRANCH:
        alternatives = [_fixed_sequence(branch) for branch in av[1]]
        if all(alternative is not None for alternative in alternatives):
            union = frozenset().union(*alternatives)
            return union if len(union) <= _MAX_FIXED else None
        return None
    if op in (_op.MAX_REPEAT, _op.MIN_REPEAT) and (av[0], av[1]) in ((0, 1), (1, 1)):
        once = _fixed_sequence(av[2])
        return None if once is None else (once | {""} if av[0] == 0 else once)
    return None


def _fixed_sequence(items: Iterable) -> frozenset[str] | None:
    strings = frozenset([""])
    for op, av in items:
        fixed = _fixed_strings(op, av)
        if fixed is None:
            return None
        strings = frozenset(head + tail for head in strings for tail in fixed)
        if len(strings) > _MAX_FIXED:
            return None
    return strings


def _selectivity(words: frozenset[str]) -> tuple[int, int]:
    # The shortest word decides how often the test passes in vain (spaces around it add nothing); fewer words
    # make it cheaper.
    return min(len(word.strip()) for word in words), -len(words)


class Screen:
    """Patterns with their :func:`needles`: tells which of them may match a stretch of a text.

    The words present in a whole text are found once (and remembered for the last few texts: a document's
    clauses are asked about one after another), so each stretch of it is only searched for those.
    """

    def __init__(self, patterns: Iterable[re.Pattern]) -> None:
        self.patterns = list(patterns)
        self._needles = [needles(pattern) for pattern in self.patterns]
        self._read = lru_cache(maxsize=4)(self._read_text)  # few: a text may be 20 MB

    def may_match(self, text: str, start: int = 0, end: int | None = None) -> list[int]:
        """Returns the positions (in :attr:`patterns`) of the patterns that may match ``text[start:end]``.

        A pattern left out cannot match there; one returned may still not match.
        """
        folded, present = self._read(text)
        if start == 0 and (end is None or end >= len(text)):
            return [index for index, _ in present]  # the whole text: its words were found when it was read
        stretch = folded[start:end]
        return [index for index, words in present if words is None or any(word in stretch for word in words)]

    def _read_text(self, text: str) -> tuple[str, tuple[tuple[int, tuple[str, ...] | None], ...]]:
        folded = fold(text)  # as long as ``text``, so offsets into it hold
        # A word can be in the text only if its first three letters are: one pass over the text's trigrams
        # spares most of the hundreds of substring searches (not worth it, nor cheap, for a huge text).
        grams = {folded[i : i + 3] for i in range(len(folded) - 2)} if len(folded) < 200_000 else None
        present = []
        for index, words in enumerate(self._needles):
            found = words if words is None else tuple(
                word for word in words if (grams is None or len(word) < 3 or word[:3] in grams) and word in folded
            )
            if found is None or found:
                present.append((index, found))
        return folded, tuple(present)


# Zero-width items: they consume nothing, so the first character comes from what follows them.
_ZERO_WIDTH = () if _parser is None else (_op.AT, _op.ASSERT, _op.ASSERT_NOT)
_CLASS_ESCAPES = {} if _parser is None else {
    _op.CATEGORY_DIGIT: r"\d", _op.CATEGORY_NOT_DIGIT: r"\D", _op.CATEGORY_SPACE: r"\s",
    _op.CATEGORY_NOT_SPACE: r"\S", _op.CATEGORY_WORD: r"\w", _op.CATEGORY_NOT_WORD: r"\W",
}


def first_char_guard(pattern: re.Pattern) -> re.Pattern:
    """Returns ``pattern`` led by a lookahead for the characters its matches can start with: the same matches,
    found faster, since ``re`` otherwise enters every alternative at every position.

    Returns ``pattern`` itself when any character may start a match, or it can match the empty string.
    """
    if _parser is None or not isinstance(pattern.pattern, str):
        return pattern
    try:
        items, nullable = _first_of_sequence(_parser.parse(pattern.pattern, pattern.flags), pattern.flags)
        if items is None or nullable:
            return pattern
        close = "\n)" if pattern.flags & re.VERBOSE else ")"  # a trailing comment must not swallow the ")"
        return re.compile(f"(?={_character_class(items)})(?:{pattern.pattern}{close}", pattern.flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern only loses the shortcut
        return pattern


def _first_of_sequence(items: Iterable, flags: int) -> tuple[list | None, bool]:
    """Returns (class items any match of the sequence can start with, or None for any character; whether it can be empty)."""
    found: list = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        first, nullable = _first_of_item(op, av, flags)
        if first is None:
            return None, False
        found += first
        if not nullable:
            return found, False
    return found, True


def _first_of_item(op, av, flags: int) -> tuple[list | None, bool]:
    if op is _op.LITERAL:
        return [(op, av)], False
    if op is _op.IN:
        return (None if any(o is _op.NEGATE for o, _ in av) else list(av)), False
    if op is _op.BRANCH:
        found, nullable = [], False
        for branch in av[1]:
            first, empty = _first_of_sequence(branch, flags)
            if first is None:
                return None, False
            found += first
            nullable = nullable or empty
        return found, nullable
    if op is _op.SUBPATTERN:
        if av[1] & re.IGNORECASE and not flags & re.IGNORECASE:  # the class would miss the other case
            return None, False
        return _first_of_sequence(av[3], flags)
    if op is _op.ATOMIC_GROUP:
        return _first_of_sequence(av, flags)
    if op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
        first, empty = _first_of_sequence(av[2], flags)
        return first, empty or av[0] == 0
    return None, False


def _character_class(items: list) -> str:
    parts = set()
    for op, av in items:
        if op is _op.LITERAL:
            parts.add(_class_char(av))
        elif op is _op.RANGE:
            parts.add(f"{_class_char(av[0])}-{_class_char(av[1])}")
        elif op is _op.CATEGORY and av in _CLASS_ESCAPES:
            parts.add(_CLASS_ESCAPES[av])
        else:
            raise ValueError(f"no class syntax for {op} {av}")
    return "[" + "".join(sorted(parts)) + "]"


def _class_char(code: int) -> str:
    char = chr(code)
    return "\\" + char if char in "\\]^-[" else char
