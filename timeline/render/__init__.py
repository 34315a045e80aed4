"""Rendering: the events table as one self-contained HTML page (map + linked timeline), and as a folium map.

:func:`render_html` is the offline page (``Timeline.to_html``); :func:`folium_map` is a convenience
for notebooks that loads Leaflet from a CDN, so it needs a network connection to display.
"""

from timeline.render.folium_view import folium_map
from timeline.render.page import render_html

__all__ = ["folium_map", "render_html"]
