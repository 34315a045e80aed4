"""The page's static parts, read from installed packages and this package: Leaflet, the basemap, the page's own JS/CSS."""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import xstatic.pkg.leaflet as xstatic_leaflet

_OWN = resources.files("timeline.render") / "assets"


@lru_cache(maxsize=None)
def own(name: str) -> str:
    """Returns the text of one of this package's asset files (page.html, page.css, js/*.js, basemap.geojson)."""
    return (_OWN / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def leaflet_js() -> str:
    """Returns Leaflet's minified JavaScript, from the xstatic-leaflet package."""
    return _leaflet_file("leaflet.js").read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def leaflet_css() -> str:
    """Returns Leaflet's stylesheet with its images inlined as data: URIs, so the page loads nothing."""
    css = _leaflet_file("leaflet.css").read_text(encoding="utf-8")

    def inline(match: re.Match) -> str:
        image = _leaflet_file(match.group(1))
        return f"url(data:image/png;base64,{base64.b64encode(image.read_bytes()).decode('ascii')})"

    return re.sub(r"url\((images/[\w.-]+\.png)\)", inline, css)


def _leaflet_file(name: str) -> Path:
    return Path(xstatic_leaflet.BASE_DIR) / name


# The page's own scripts, in the order they build on each other; they share one function scope.
PAGE_SCRIPTS = ("data.js", "filters.js", "map.js", "popup.js", "timeline.js", "controls.js", "main.js")


@lru_cache(maxsize=None)
def page_js() -> str:
    """Returns the page's JavaScript: its modules concatenated inside one strict-mode function that
    runs once the embedded data is unpacked (``load.js``)."""
    body = "\n".join(own(f"js/{name}") for name in PAGE_SCRIPTS)
    return (
        f"(function () {{\n'use strict';\n{own('js/load.js')}\n"
        f"function start(RAW) {{\n{body}\n}}\n"
        "loadPageData().then(start).catch(showFailure);\n})();\n"
    )
