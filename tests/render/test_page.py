"""The page as text: self-contained, escaped, and what Timeline.to_html / _repr_html_ give."""

from __future__ import annotations

import base64
import hashlib
import html
import re

from timeline import Timeline
from timeline.render import render_html
from timeline.render.page import unpack_data
from timeline.table import events_frame

from .test_data import event

ATTACK = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">"


def test_page_is_self_contained():
    page = render_html(events_frame([event()]), title="Test")
    assert page.startswith("<!doctype html>")
    markup = re.sub(r"<script[^>]*>.*?</script>", "", page, flags=re.S)
    # Nothing is fetched: no src/href attribute in the markup, no @import or url() to the web.
    assert not re.search(r"""(src|href)\s*=""", markup)
    assert "@import" not in page
    assert not re.search(r"url\((?!data:|#default#VML)", page)
    assert "L.map(" in page and "basemap-data" in page


def test_only_the_pages_own_scripts_may_run():
    page = render_html(events_frame([event()]))
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    allowed = set(re.findall(r"'(sha256-[^']+)'", policy))
    scripts = re.findall(r"<script>(.*?)</script>", page, flags=re.S)
    assert len(scripts) == 2
    digests = {"sha256-" + base64.b64encode(hashlib.sha256(code.encode()).digest()).decode() for code in scripts}
    assert digests == allowed
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


def test_hostile_text_never_appears_as_markup():
    events = events_frame([event(evidence=ATTACK, actor1=ATTACK, location=ATTACK, title=ATTACK, url="javascript:alert(1)")])
    page = render_html(events, title=ATTACK)
    assert "<img src=x" not in page
    assert page.count("<script>") == 2 and "window.__pwned = 1</script>" not in page
    assert html.escape(ATTACK) in page  # the title, escaped
    assert "javascript:alert" not in page
    data = unpack_data(page)
    assert data["dicts"]["ev"][1] == ATTACK  # kept as text, shown with textContent only
    assert data["articles"][0][3] == ""  # the javascript: link is dropped


def test_placeholders_in_data_are_not_expanded():
    page = render_html(events_frame([event(evidence="{{page_js}} {{data}}")]), title="{{leaflet_js}}")
    assert "{{leaflet_js}}" in page and unpack_data(page)["dicts"]["ev"][1] == "{{page_js}} {{data}}"


def test_empty_table_renders():
    page = render_html(events_frame([]))
    assert unpack_data(page)["n"] == 0


def test_timeline_to_html_writes_the_page(tmp_path):
    tl = Timeline.from_events(events_frame([event()]), title="Written")
    out = tmp_path / "sub" / "page.html"
    page = tl.to_html(out)
    assert out.read_text(encoding="utf-8") == page
    assert "<title>Written</title>" in page


def test_repr_html_is_an_iframe_of_the_same_page():
    tl = Timeline.from_events(events_frame([event()]), title="Inline")
    shown = tl._repr_html_()
    assert shown.startswith("<iframe srcdoc=")
    srcdoc = html.unescape(re.search(r'srcdoc="([^"]*)"', shown).group(1))
    assert srcdoc == tl.to_html()
