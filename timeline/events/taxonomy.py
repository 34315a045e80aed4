"""ACLED's event taxonomy: six event types and their 25 sub-event types, by ACLED's own names.

These are the facts of ACLED's public codebook. Political violence events (battles, explosions/remote
violence, violence against civilians) come first, then demonstrations (protests, riots), then the
non-violent strategic developments.
"""

from __future__ import annotations

from dataclasses import dataclass

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC_DEVELOPMENTS = "Strategic developments"

# sub-event type -> event type
SUB_EVENT_TYPES: dict[str, str] = {
    "Armed clash": BATTLES,
    "Government regains territory": BATTLES,
    "Non-state actor overtakes territory": BATTLES,
    "Chemical weapon": EXPLOSIONS,
    "Air/drone strike": EXPLOSIONS,
    "Suicide bomb": EXPLOSIONS,
    "Shelling/artillery/missile attack": EXPLOSIONS,
    "Remote explosive/landmine/IED": EXPLOSIONS,
    "Grenade": EXPLOSIONS,
    "Sexual violence": VIOLENCE_AGAINST_CIVILIANS,
    "Attack": VIOLENCE_AGAINST_CIVILIANS,
    "Abduction/forced disappearance": VIOLENCE_AGAINST_CIVILIANS,
    "Peaceful protest": PROTESTS,
    "Protest with intervention": PROTESTS,
    "Excessive force against protesters": PROTESTS,
    "Violent demonstration": RIOTS,
    "Mob violence": RIOTS,
    "Agreement": STRATEGIC_DEVELOPMENTS,
    "Arrests": STRATEGIC_DEVELOPMENTS,
    "Change to group/activity": STRATEGIC_DEVELOPMENTS,
    "Disrupted weapons use": STRATEGIC_DEVELOPMENTS,
    "Headquarters or base established": STRATEGIC_DEVELOPMENTS,
    "Looting/property destruction": STRATEGIC_DEVELOPMENTS,
    "Non-violent transfer of territory": STRATEGIC_DEVELOPMENTS,
    "Other": STRATEGIC_DEVELOPMENTS,
}
EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(SUB_EVENT_TYPES.values()))


@dataclass(frozen=True, slots=True)
class EventType:
    """An ACLED event type and sub-event type, by ACLED's names."""

    event_type: str
    sub_event_type: str

    @classmethod
    def of(cls, sub_event_type: str) -> "EventType":
        """Returns the EventType of an ACLED sub-event type name; raises ValueError for an unknown name."""
        try:
            return cls(SUB_EVENT_TYPES[sub_event_type], sub_event_type)
        except KeyError:
            raise ValueError(f"unknown ACLED sub-event type {sub_event_type!r}") from None


def with_deaths(sub_event_type: str, fatalities: int | None) -> str:
    """Returns the sub-event type of an event once its reports are put together: ACLED codes an abduction as such
    only "without reports of further violence", so an abduction in which people died is an attack."""
    if sub_event_type == "Abduction/forced disappearance" and fatalities:
        return "Attack"
    return sub_event_type
