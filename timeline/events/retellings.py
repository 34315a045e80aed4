"""Retellings: an undated mention of an event that the same article dates elsewhere is that event.

A headline ("Gunmen attack army post near Gao") or a later paragraph often names an event without its day;
the pipeline then dates it by the publication date. When the same article reports an event of the same type at
the same place (or near it, or inside the province or country the undated mention names) on an explicit day in
the week before publication, the undated mention is a retelling of it: it is folded into the dated event, never
left as a second event on the publication date. ACLED's rule is one event per place and day; a mention that
states no day cannot be told apart from the dated event it retells.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from timeline.events.taxonomy import with_deaths
from timeline.merge import distance_km, holds

# A mention without its own place or with a vague one ("near Mopti") may sit this far from the dated event.
NEAR_KM = 75.0
SAME_KM = 10.0
_ELSEWHERE = re.compile(r"\belsewhere\b|\bin other (?:attacks|incidents|violence)\b", re.IGNORECASE)
_TERRITORY = {"Non-state actor overtakes territory", "Government regains territory", "Non-violent transfer of territory"}
# How long before publication a dated event may be for an undated mention to retell it.
RECENT_DAYS = 7


def fold_retellings(events: list[dict[str, Any]], published: dt.date | None) -> list[dict[str, Any]]:
    """Returns ``events`` without the undated mentions that retell a dated event of the same article.

    The dated event keeps its date and place, takes the higher death count (a headline may give the toll the
    body leaves out), the actors it lacks, and the retelling's evidence.
    """
    if published is None:
        return events
    dated = [event for event in events if event.get("date_text") and _recent(event, published)]
    kept = []
    for event in events:
        if event.get("date_text") or event.get("date") != published.isoformat():
            kept.append(event)
            continue
        target = next((other for other in dated if _retells(event, other)), None)
        if target is None:
            kept.append(event)
        else:
            fold_details(target, event)
    return kept


def _recent(event: dict[str, Any], published: dt.date) -> bool:
    day = event.get("date")
    if not day:
        return False
    age = (published - dt.date.fromisoformat(str(day)[:10])).days
    return 0 <= age <= RECENT_DAYS


def _retells(undated: dict[str, Any], dated: dict[str, Any]) -> bool:
    if undated.get("event_type") != dated.get("event_type"):
        return False
    if {undated.get("sub_event_type"), dated.get("sub_event_type")} & _TERRITORY and undated.get("sub_event_type") != dated.get("sub_event_type"):
        return False  # "militants now control part of Ramadi" is the taking, not Monday's clash there
    if _ELSEWHERE.search(undated.get("evidence") or ""):  # "killed in attacks elsewhere in Iraq": other events
        return False
    if undated.get("location") is None:
        return True
    if undated.get("location") == dated.get("location"):
        return True
    precision = undated.get("geo_precision") or 1
    if precision >= 3:
        return holds(undated, dated)
    points = (undated.get("latitude"), undated.get("longitude"), dated.get("latitude"), dated.get("longitude"))
    if any(value is None for value in points):
        return False
    return distance_km(*points) <= (NEAR_KM if precision == 2 or (dated.get("geo_precision") or 1) == 2 else SAME_KM)


def fold_details(kept: dict[str, Any], other: dict[str, Any]) -> None:
    """Folds what ``other`` adds to ``kept``, another report of the same event: the higher death count (one
    mention may give the toll another leaves out; with it an abduction becomes an attack), the actors ``kept``
    lacks, and its evidence, in reading order."""
    counts = [n for n in (kept.get("fatalities"), other.get("fatalities")) if n is not None]
    kept["fatalities"] = max(counts) if counts else None
    if kept.get("sub_event_type"):
        kept["sub_event_type"] = with_deaths(kept["sub_event_type"], kept["fatalities"])
    for column in ("actor1", "actor2"):
        kept[column] = kept.get(column) or other.get(column)
    if other.get("evidence") and other["evidence"] not in (kept.get("evidence") or ""):
        first, second = (other, kept) if _before(other, kept) else (kept, other)
        kept["evidence"] = f"{first['evidence']} … {second['evidence']}"


def _before(first: dict[str, Any], second: dict[str, Any]) -> bool:
    return (first.get("trigger_start") or 0) < (second.get("trigger_start") or 0)

