"""Rendering: the events table as one self-contained HTML page (map + linked timeline), and as a folium map.

SKELETON: the page work replaces this.
"""

from __future__ import annotations

import html

import folium
import pandas as pd


def render_html(events: pd.DataFrame, articles: pd.DataFrame | None = None, title: str = "Conflict timeline") -> str:
    """Returns the HTML text of a self-contained page showing ``events`` on a map and a timeline."""
    rows = "".join(f"<li>{html.escape(str(r.date))} {html.escape(str(r.location))}</li>" for r in events.itertuples())
    return f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head><body><div id='map'></div><ul id='timeline'>{rows}</ul></body></html>"


def folium_map(events: pd.DataFrame) -> folium.Map:
    """Returns a folium Map with one marker per located event."""
    fmap = folium.Map(location=[20, 0], zoom_start=2)
    for row in events.dropna(subset=["latitude", "longitude"]).itertuples():
        folium.CircleMarker([row.latitude, row.longitude], radius=5, popup=html.escape(str(row.evidence))).add_to(fmap)
    return fmap
