"""A folium map of the events: a convenience for notebooks. It loads Leaflet and tiles from the web;
the offline page is :func:`timeline.render.render_html` (``Timeline.to_html``)."""

from __future__ import annotations

import html

import folium
import pandas as pd

from timeline.render.data import safe_url
from timeline.render.style import EVENT_TYPE_COLORS, GEO_PRECISION_NAMES, marker_radius, type_color


def folium_map(events: pd.DataFrame) -> folium.Map:
    """Returns a ``folium.Map`` with one circle per located event, coloured by type and sized by deaths.

    Approximate places (geo_precision 2-4) are drawn hollow and dashed. Every text in a popup is escaped.
    """
    located = events.dropna(subset=["latitude", "longitude"]) if len(events) else events
    fmap = folium.Map(location=[20, 20], zoom_start=2, tiles="OpenStreetMap")
    for record in located.astype(object).where(located.notna(), None).to_dict(orient="records"):
        fatalities = record.get("fatalities")
        approximate = (record.get("geo_precision") or 1) >= 2
        color = type_color(record.get("event_type"))
        folium.CircleMarker(
            [float(record["latitude"]), float(record["longitude"])],
            radius=marker_radius(int(fatalities) if fatalities is not None else None),
            color=color, weight=2 if approximate else 1, dash_array="4 3" if approximate else None,
            fill=True, fill_color=color, fill_opacity=0.15 if approximate else 0.75,
            popup=folium.Popup(_popup_html(record), max_width=360),
            tooltip=html.escape(str(record.get("event_type") or "event")),
        ).add_to(fmap)
    if len(located):
        fmap.fit_bounds([[located["latitude"].min(), located["longitude"].min()],
                         [located["latitude"].max(), located["longitude"].max()]], max_zoom=8)
    fmap.get_root().html.add_child(folium.Element(_legend_html()))
    return fmap


def _popup_html(record: dict) -> str:
    def esc(value) -> str:
        return html.escape("" if value is None else str(value))

    date = esc(record.get("date"))
    if record.get("date_start") and record.get("date_end") and record["date_start"] != record["date_end"]:
        date = f"{esc(record['date_start'])} – {esc(record['date_end'])}"
    precision = record.get("geo_precision")
    place = ", ".join(esc(record.get(k)) for k in ("location", "admin1", "country_code") if record.get(k))
    rows = [
        f"<b>{esc(record.get('event_type'))}</b> — {esc(record.get('sub_event_type'))}",
        f"Date: {date} ({esc(record.get('time_precision'))})",
        f"Place: {place} ({esc(GEO_PRECISION_NAMES.get(int(precision), '') if precision else '')})",
        f"Actors: {esc(record.get('actor1'))} → {esc(record.get('actor2'))}",
        f"Fatalities: {esc(record.get('fatalities') if record.get('fatalities') is not None else 'not reported')}",
        f"<i>{esc(record.get('evidence'))}</i>",
    ]
    url = safe_url(record.get("url"))
    title = esc(record.get("title") or record.get("article_id"))
    rows.append(f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">{title}</a>' if url else title)
    return "<br>".join(rows)


def _legend_html() -> str:
    items = "".join(
        f'<div><span style="display:inline-block;width:10px;height:10px;border-radius:50%;background:{color}"></span> '
        f"{html.escape(name)}</div>"
        for name, color in EVENT_TYPE_COLORS.items()
    )
    return (
        '<div style="position:fixed;bottom:20px;left:20px;z-index:1000;background:white;padding:6px 8px;'
        f'border:1px solid #999;font:12px sans-serif">{items}'
        '<div style="color:#666">dashed: approximate place</div></div>'
    )
