"""How events look, shared by the offline page and the folium map: colours per ACLED event type, marker sizes."""

from __future__ import annotations

import math

# One colour per ACLED event type, in the spirit of ACLED's own dashboards (warm colours for
# violence, cool for demonstrations and strategic developments); "" is the fallback.
EVENT_TYPE_COLORS: dict[str, str] = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2e86c1",
    "Riots": "#c9a400",
    "Strategic developments": "#16a085",
}
UNKNOWN_TYPE_COLOR = "#555555"

# geo_precision -> how the popup names it
GEO_PRECISION_NAMES: dict[int, str] = {
    1: "exact town or place",
    2: "near a town, or part of a region",
    3: "province",
    4: "country",
}


def type_color(event_type: str | None) -> str:
    """Returns the colour of ``event_type`` (a neutral grey for unknown types)."""
    return EVENT_TYPE_COLORS.get(event_type or "", UNKNOWN_TYPE_COLOR)


def marker_radius(fatalities: int | None) -> float:
    """Returns the marker radius in pixels: 4 when none are reported, growing with the square root of deaths."""
    if fatalities is None or fatalities <= 0:
        return 4.0
    return 4.0 + min(14.0, 2.2 * math.sqrt(fatalities))
