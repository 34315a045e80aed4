"""The self-contained page: Leaflet, the basemap, the data and the page's code, all inlined in one HTML file."""

from __future__ import annotations

import base64
import gzip
import hashlib
import html
import json
import re

import pandas as pd

from timeline.render import assets
from timeline.render.data import page_data, script_json


def _script_text(code: str) -> str:
    # A literal "</script" inside inlined code would end the element early.
    return code.replace("</script", "<\\/script")


def render_html(events: pd.DataFrame, articles: pd.DataFrame | None = None, title: str = "Conflict timeline") -> str:
    """Returns the HTML text of one self-contained page showing ``events`` on a map and a linked timeline.

    The page makes no network request: Leaflet, the Natural Earth basemap and the events are inlined.
    OpenStreetMap tiles are offered as an extra layer, off until the reader turns them on.
    """
    title = str(title or "Conflict timeline")
    scripts = [_script_text(assets.leaflet_js()), _script_text(assets.page_js())]
    parts = {
        "title": html.escape(title),
        # Only these two scripts may run: an injected <script> or onerror= attribute is refused by the browser.
        "script_hashes": " ".join(_csp_hash(code) for code in scripts),
        "leaflet_css": assets.leaflet_css(),
        "page_css": assets.own("page.css"),
        "leaflet_js": scripts[0],
        "page_js": scripts[1],
        "basemap": script_json_text(assets.own("basemap.geojson")),
        "data": packed_data(page_data(events, articles)),
    }
    # One pass over the template: text put in is never scanned again for {{placeholders}}.
    return re.sub(r"\{\{(\w+)\}\}", lambda match: parts[match.group(1)], assets.own("page.html"))


def packed_data(data: dict) -> str:
    """Returns the page data as gzip-compressed JSON in base64 (what ``load.js`` unpacks)."""
    return base64.b64encode(gzip.compress(script_json(data).encode("utf-8"), compresslevel=6, mtime=0)).decode("ascii")


def unpack_data(page: str) -> dict:
    """Returns the data embedded in a page made by :func:`render_html` (for tests and tools)."""
    packed = re.search(r'<script type="application/octet-stream" id="timeline-data"[^>]*>([^<]*)</script>', page).group(1)
    return json.loads(gzip.decompress(base64.b64decode(packed)))


def _csp_hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def script_json_text(text: str) -> str:
    """Returns JSON text with the characters that could close a ``<script>`` element escaped."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
