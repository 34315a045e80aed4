"""Page furniture: the parts of a scraped page that are not the article, removed line by line.

Scraped news carries link lists ("Don't miss" ... "Read more"), section headers ("More on This
Story"), copyright and credit lines, author boxes, browser notices and share buttons. None of it
reports an event, and a headline in a "Read more" list would otherwise yield a false one. The cues
are structural and generic: short title-like lines followed by a call to action, runs of
title-like lines, lines that are only a label, a credit or a notice.
"""

from __future__ import annotations

import re

# A whole line that is a call to action: the tail of a link-list item.
_CALL_TO_ACTION = re.compile(
    r"^(?:read|see|learn|find out|show|view|click here for|continue reading|keep reading|watch|listen)"
    r"(?: (?:more|all|full story|the full story|story|article|now|here|video|gallery))?\W*$"
    r"|^(?:take me there|click here|more|full story|go|next|previous|back to top|top of page)\W*$",
    re.I,
)
# A short line that heads a list of other stories or links.
_LIST_HEADING = re.compile(
    r"^(?:don'?t miss|do not miss|related(?: \w+){0,2}|more (?:on|from|about|in|stories|news|from this section)\b.*"
    r"|more \w+(?: \w+)? (?:stories|news|videos)|most (?:read|popular|viewed|shared|watched|emailed)(?: \w+)?"
    r"|(?:you|we think you) (?:may|might) (?:also )?(?:like|enjoy|be interested in)\b.*|recommended(?: \w+)?"
    r"|see also|also (?:read|see|on|in)\b.*|read (?:also|next|more about)\b.*|further reading|top stories"
    r"|latest (?:news|stories|videos|headlines)|trending(?: now)?|editor'?s picks?|in (?:other|related) news"
    r"|around the web|from around the web|popular now|what to read next|sponsored(?: content| stories)?"
    r"|advertisement|share (?:this|on)\b.*|follow us\b.*|sign up\b.*|subscribe\b.*|newsletter\b.*|tags?:.*"
    r"|topics?:.*|filed under:?.*|comments?(?: \(\d+\))?|print|email|tweet|share|facebook|twitter|whatsapp)\W*$",
    re.I,
)
_CREDIT = re.compile(
    r"^(?:©|\(c\)|copyright\b|all rights reserved"
    r"|(?:text|words|reporting|additional reporting|writing|editing|edited|compiled|photos?|pictures?|images?|video"
    r"|graphics?|illustrations?) by\b"
    r"|(?:author|by|photo|photos|image|picture|credit|credits|photograph|caption|source: (?:getty|afp|reuters|ap))\s*[:|]"
    r"|(?:image|media|photo|video) (?:copyright|caption|credit)\b"
    r"|(?:latest update|last updated?|updated|date created|published|posted|first published)\s*(?:on|at)?\s*[:|-]?\s*\d)",
    re.I,
)
_NOTICE = re.compile(
    r"\b(?:browser|javascript|cookies?|style ?sheets|ad ?blocker)\b.*\b(?:enable|disable|upgrade|update|support|"
    r"accept|best viewed|up-to-date|turn off)|\b(?:enable|upgrade|update|accept)\b.*\b(?:browser|javascript|cookies?)\b"
    r"|\bnot responsible for the content of external\b|\ball rights reserved\b|\btry our new site\b"
    r"|\bsubscribe to (?:our|the)\b.*\bnewsletter\b",
    re.I,
)
# "• IRAQ", "| Middle East": a bullet and a category name.
_TAG = re.compile(r"^[•·▪►|>*-]\s*[\w'’&.-]+(?:\s+[\w'’&.-]+){0,2}\s*$")
_SENTENCE_END = re.compile(r"[.;:,]['\"”’)]*$")
# Headlines start with a capital, a digit or a quote; a hard-wrapped line often starts mid-sentence.
_TITLE_START = re.compile(r"^['\"“‘(]?[A-Z0-9À-Þ]")
_TITLE_MAX_WORDS = 20
_LIST_MIN_RUN = 3


def remove_furniture(text: str) -> str:
    """Returns ``text`` with its page furniture blanked out: same length, same offsets.

    Furniture lines become spaces (their line breaks kept), so every character offset into the result is
    also an offset into the article as given: the events table's spans point into the text the user has.
    """
    raw_lines = text.split("\n")
    lines = [line.strip() for line in raw_lines]
    drop = [False] * len(lines)
    author: str | None = None
    for i, line in enumerate(lines):
        if not line:
            continue
        if _CALL_TO_ACTION.match(line):
            drop[i] = True
            _drop_item_before(lines, drop, i)
        elif _is_furniture_line(line):
            drop[i] = True
            if match := re.match(r"^(?:author|by)\s*[:|]?\s*(.{3,60})$", line, re.I):
                author = match.group(1).strip()
        elif author and line.startswith(author.split()[0]) and _previous_kept_is_dropped(lines, drop, i):
            drop[i] = True  # the author's biography, right after the author line
    _drop_title_runs(lines, drop)
    return "\n".join(_blank(raw) if dropped else raw for raw, dropped in zip(raw_lines, drop))


def _is_furniture_line(line: str) -> bool:
    words = len(line.split())
    if _TAG.match(line) or (words <= 8 and _LIST_HEADING.match(line)):
        return True
    if _CREDIT.match(line) and words <= 40:
        return True
    if _NOTICE.search(line) and words <= 80:
        return True
    # "Something. Read more." / "... Learn more": a blurb ending in a call to action.
    return words <= 40 and bool(re.search(r"\b(?:read|learn|find out|see) more\W*$", line, re.I))


def _title_like(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _TITLE_MAX_WORDS and _TITLE_START.match(line) is not None and not _SENTENCE_END.search(line)


def _standalone(lines: list[str], drop: list[bool], index: int) -> bool:
    """Returns True when line ``index`` is a paragraph of its own, not one line of a hard-wrapped paragraph."""
    before = index == 0 or not lines[index - 1] or drop[index - 1]
    after = index + 1 == len(lines) or not lines[index + 1] or drop[index + 1] or _CALL_TO_ACTION.match(lines[index + 1])
    return before and bool(after)


def _drop_item_before(lines: list[str], drop: list[bool], index: int) -> None:
    """Drops the title (and its category tag) of the link-list item that ends at ``index``."""
    taken = 0
    for j in range(index - 1, -1, -1):
        if not lines[j]:
            continue
        if drop[j] or taken >= 2 or not _title_like(lines[j]) or not _standalone(lines, drop, j):
            return
        drop[j] = True
        taken += 1


def _drop_title_runs(lines: list[str], drop: list[bool]) -> None:
    """Drops runs of title-like lines, each a paragraph of its own: a list of links."""
    run: list[int] = []
    for i, line in enumerate(lines):
        if not line:
            continue
        if not drop[i] and _title_like(line) and len(line.split()) >= 2 and _standalone(lines, drop, i):
            run.append(i)
            continue
        _flush(run, drop)
        run = []
    _flush(run, drop)


def _flush(run: list[int], drop: list[bool]) -> None:
    if len(run) >= _LIST_MIN_RUN:
        for j in run:
            drop[j] = True


def _previous_kept_is_dropped(lines: list[str], drop: list[bool], index: int) -> bool:
    for j in range(index - 1, -1, -1):
        if lines[j]:
            return drop[j]
    return False


def _blank(line: str) -> str:
    return "".join(c if c in "\r\t" else " " for c in line)
