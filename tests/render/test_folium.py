"""The folium convenience map: a marker per located event, escaped popups."""

from __future__ import annotations

import folium

from timeline import Timeline
from timeline.render import folium_map
from timeline.table import events_frame

from .test_data import event
from .test_page import ATTACK


def test_folium_map_has_one_marker_per_located_event():
    events = events_frame([event(), event(event_id="e2", geo_precision=3), event(event_id="e3", latitude=None, longitude=None)])
    fmap = folium_map(events)
    assert isinstance(fmap, folium.Map)
    markers = [c for c in fmap._children.values() if isinstance(c, folium.CircleMarker)]
    assert len(markers) == 2
    assert markers[1].options.get("dashArray") == "4 3"  # approximate place: dashed


def test_folium_popups_are_escaped():
    fmap = Timeline.from_events(events_frame([event(evidence=ATTACK, title=ATTACK, url="javascript:x()")])).map()
    rendered = fmap.get_root().render()
    assert "<img src=x" not in rendered and "window.__pwned = 1</script>" not in rendered
    assert "javascript:x()" not in rendered
