"""The page in headless Chromium with the network refused: it loads, draws, and brushing, filtering and
clicking change what is shown. Skipped when /usr/bin/chromium is absent."""

from __future__ import annotations

import pytest

from timeline import Timeline
from timeline.render import render_html
from timeline.table import events_frame

from .browser import CHROMIUM, CHROMIUM_ARGS, open_offline
from .synthetic import synthetic_events

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Chromium at /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def events():
    return synthetic_events(400, seed=7)


@pytest.fixture
def opened(browser, events, tmp_path):
    """Returns (page, log) for the synthetic page; after the test, asserts it was offline and error-free."""
    path = tmp_path / "page.html"
    path.write_text(render_html(events, title="Synthetic"), encoding="utf-8")
    page, log = open_offline(browser, path)
    yield page, log
    assert log.requests == [], "the page tried to reach the network"
    assert log.errors == []
    page.context.close()


def shown(page) -> int:
    return page.evaluate("timelinePage.shownCount()")


def wait_for_count(page, expected: int, timeout_ms: int = 3000) -> None:
    """Waits until the page shows ``expected`` events (filters on typed input wait for a pause).

    Polls from Python: the page's Content-Security-Policy rightly refuses Playwright's eval-based waits.
    """
    for _ in range(timeout_ms // 50):
        if shown(page) == expected:
            return
        page.wait_for_timeout(50)
    assert shown(page) == expected


def test_markers_and_timeline_are_visible(opened, events):
    page, _ = opened
    assert shown(page) == len(events)
    assert page.evaluate("timelinePage.drawnMarkers()") > 0
    assert page.locator("#timeline-canvas").is_visible()
    assert page.locator("[id*=timeline]").first.bounding_box()["height"] > 100
    counts = page.locator("#counts").inner_text()
    assert f"{len(events)} of {len(events)} events shown" in counts
    # The map canvas has painted pixels of the event colours.
    painted = page.evaluate("""() => {
        const c = document.querySelector('.events-canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let k = 3; k < d.length; k += 4) if (d[k] > 0) n++; return n; }""")
    assert painted > 500


def test_brushing_the_timeline_filters_the_map(opened, events):
    page, _ = opened
    box = page.locator("#timeline-canvas").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=5)
    page.mouse.up()
    page.wait_for_timeout(50)
    brushed = shown(page)
    assert 0 < brushed < len(events) * 0.4
    drawn = page.evaluate("timelinePage.drawnMarkers()")
    assert drawn <= brushed
    # A click on empty timeline space clears the brush.
    page.mouse.click(box["x"] + box["width"] * 0.99, box["y"] + 5)
    assert shown(page) == len(events)


def test_type_filter_changes_the_count(opened, events):
    page, _ = opened
    battles = int((events["event_type"] == "Battles").sum())
    page.locator("#type-legend input[data-type='Battles']").uncheck()
    wait_for_count(page, len(events) - battles)
    page.select_option("#f-country", label=page.locator("#f-country option").nth(1).inner_text())
    assert shown(page) < len(events) - battles
    page.click("#reset-filters")
    assert shown(page) == len(events)


def test_text_and_fatality_filters(opened, events):
    page, _ = opened
    page.fill("#f-fat", "5")
    expected = int((events["fatalities"].fillna(-1) >= 5).sum())
    wait_for_count(page, expected)
    page.fill("#f-fat", "0")
    page.fill("#f-text", "report 12:")
    wait_for_count(page, 1)


TIMELINE_PIXELS = """() => {
    const c = document.getElementById('timeline-canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let sum = 0; for (let k = 0; k < d.length; k += 4) if (d[k] < 40 && d[k + 1] < 40 && d[k + 2] < 40 && d[k + 3] > 200) sum++;
    return sum; }"""  # dark pixels: the selection marks (box and line) are drawn in near-black


def test_clicking_a_marker_opens_its_popup_and_marks_the_timeline(opened):
    page, _ = opened
    dark_before = page.evaluate(TIMELINE_PIXELS)
    first = page.evaluate("timelinePage.firstShownLocated()")
    x, y = page.evaluate(f"timelinePage.markerPosition({first})")
    page.mouse.click(x, y)
    popup = page.locator(".leaflet-popup .event-popup")
    popup.wait_for()
    selected = page.evaluate("timelinePage.selected()")
    assert selected >= 0
    assert popup.get_attribute("data-event") == str(selected)
    text = popup.inner_text()
    assert "Date" in text and "Place" in text and "Actors" in text and "Fatalities" in text
    assert page.evaluate(f"timelinePage.eventId({selected})") in text
    assert popup.locator("mark.trigger").count() == 1 and popup.locator("mark.place").count() == 1
    link = popup.locator("ul.sources a").first
    assert link.get_attribute("href").startswith("https://")
    assert page.evaluate(TIMELINE_PIXELS) > dark_before + 20  # the event is marked on the timeline
    page.locator(".leaflet-popup-close-button").click()
    assert page.evaluate("timelinePage.selected()") == -1
    assert page.evaluate(TIMELINE_PIXELS) == dark_before


def test_clicking_the_timeline_selects_the_event_on_the_map(opened):
    page, _ = opened
    target = page.evaluate("timelinePage.firstShownLocated()")
    x, y = page.evaluate(f"timelinePage.timelinePosition({target})")
    page.mouse.click(x, y)
    popup = page.locator(".leaflet-popup .event-popup")
    popup.wait_for()
    selected = page.evaluate("timelinePage.selected()")
    assert selected >= 0 and popup.get_attribute("data-event") == str(selected)
    # The selected event is one drawn at the clicked spot of the timeline.
    bx, by = page.evaluate(f"timelinePage.timelinePosition({selected})")
    assert abs(by - y) < 6 and abs(bx - x) < 40


def test_fit_map_zooms_to_the_events_shown(opened):
    page, _ = opened
    before = page.evaluate("timelinePage.drawnMarkers()")
    page.select_option("#f-country", label=page.locator("#f-country option").nth(1).inner_text())
    page.click("#fit-map")
    page.wait_for_timeout(400)
    assert 0 < page.evaluate("timelinePage.drawnMarkers()") == shown(page) < before


def test_play_moves_a_window_through_time(opened, events):
    page, _ = opened
    page.click("#play")
    page.wait_for_timeout(700)
    during = shown(page)
    assert 0 < during < len(events)
    assert "Pause" in page.locator("#play").inner_text()
    page.click("#play")
    page.click("#clear-brush")
    assert shown(page) == len(events)


def test_download_gives_the_filtered_events_as_csv(opened, events, tmp_path):
    page, _ = opened
    page.locator("#type-legend input[data-type='Riots']").uncheck()
    with page.expect_download() as download:
        page.click("#download")
    path = tmp_path / "out.csv"
    download.value.save_as(path)
    import pandas as pd

    table = pd.read_csv(path, encoding="utf-8-sig")
    assert len(table) == shown(page) == len(events) - int((events["event_type"] == "Riots").sum())
    assert set(table["event_type"]) == set(events["event_type"]) - {"Riots"}
    assert set(table["event_id"]) <= set(events["event_id"])


def test_hostile_text_does_not_run(browser, tmp_path):
    attack = ('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2; alert(2)">'
              '</script><svg onload="window.__pwned = 3">\u2028')
    rows = synthetic_events(3, seed=3).to_dict(orient="records")
    for row in rows:
        row.update(evidence=attack + " clashed", trigger="clashed", actor1=attack, location=attack, title=attack,
                   publisher=attack, url="javascript:window.__pwned = 4", sub_event_type=attack, admin1=attack)
    path = tmp_path / "hostile.html"
    Timeline.from_events(events_frame(rows), title=attack).to_html(path)
    page, log = open_offline(browser, path)
    x, y = page.evaluate("timelinePage.markerPosition(timelinePage.firstShownLocated())")
    page.mouse.click(x, y)
    popup = page.locator(".leaflet-popup .event-popup")
    popup.wait_for()
    assert "<img src=x" in popup.inner_text()  # shown as text
    assert popup.locator("img, svg, script").count() == 0
    assert popup.locator("a").count() == 0  # the javascript: link is dropped
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    assert log.dialogs == [] and log.requests == []
    page.context.close()


def test_an_empty_table_gives_a_working_page(browser, tmp_path):
    path = tmp_path / "empty.html"
    path.write_text(render_html(events_frame([])), encoding="utf-8")
    page, log = open_offline(browser, path)
    assert page.locator(".empty-note").is_visible()
    assert log.errors == [] and log.requests == []
    page.context.close()


def test_the_seed_page_works_offline(browser, seeds_dir, tmp_path):
    import timeline

    tl = timeline.build(seeds_dir, manifest=seeds_dir / "manifest.csv")
    path = tmp_path / "seeds.html"
    tl.to_html(path)
    page, log = open_offline(browser, path)
    assert log.requests == [] and log.errors == []
    assert shown(page) == len(tl.events)
    located = int(tl.events["latitude"].notna().sum())
    assert (page.evaluate("timelinePage.drawnMarkers()") > 0) == (located > 0)
    assert page.locator("#timeline-canvas").is_visible()
    page.context.close()


@pytest.mark.slow
def test_100000_events_load_quickly_offline(browser, tmp_path):
    import time

    from timeline.cli import main

    table = tmp_path / "events.csv"
    synthetic_events(100_000, seed=5).to_csv(table, index=False)
    page_path = tmp_path / "big.html"
    assert main(["render", str(table), "-o", str(page_path)]) == 0
    assert page_path.stat().st_size < 40e6
    started = time.perf_counter()
    page, log = open_offline(browser, page_path)
    ready = time.perf_counter() - started
    assert log.requests == [] and log.errors == []
    assert shown(page) == 100_000 and page.evaluate("timelinePage.drawnMarkers()") > 0
    # The acceptance target is 5 s (benchmarks/render.py measures it); CI machines are shared, so allow slack.
    assert ready < 15, f"page took {ready:.1f} s to be ready"
    page.context.close()


def test_the_notebook_view_runs_in_its_sandboxed_iframe(browser):
    tl = Timeline.from_events(synthetic_events(50, seed=11), title="Inline")
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    requests, errors = [], []
    context.route("**/*", lambda route: (requests.append(route.request.url), route.abort()))
    page = context.new_page()
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.set_content(f"<!doctype html><body>{tl._repr_html_()}</body>")
    frame = page.frames[1]
    frame.wait_for_selector("html[data-ready=true]", timeout=30_000)
    assert frame.evaluate("timelinePage.shownCount()") == 50
    assert frame.locator("#timeline-canvas").is_visible()
    assert requests == [] and errors == []
    context.close()


def test_online_tiles_are_an_option_that_is_off_until_chosen(opened):
    page, log = opened
    assert log.requests == []
    page.hover(".leaflet-control-layers")
    page.get_by_label("OpenStreetMap tiles (online)").check()
    page.wait_for_timeout(300)
    assert log.requests and all(url.startswith("https://tile.openstreetmap.org/") for url in log.requests)
    log.requests.clear()  # refused on purpose here; the fixture checks nothing else was asked for
    log.errors[:] = [e for e in log.errors if "ERR_FAILED" not in e and "Failed to load resource" not in e]


def test_skipped_articles_and_undated_events_are_shown(browser, tmp_path):
    import pandas as pd

    events = events_frame([{"event_id": "dated", "article_id": "a.txt", "date": "2014-01-04", "event_type": "Battles",
                            "latitude": 33.3, "longitude": 43.8},
                           {"event_id": "undated", "article_id": "b.txt", "event_type": "Battles",
                            "latitude": 33.4, "longitude": 43.9}])
    articles = pd.DataFrame({"id": ["a.txt", "b.txt", "empty.txt"], "status": ["processed", "processed", "skipped"],
                             "reason": ["", "", "empty file"]})
    path = tmp_path / "skipped.html"
    path.write_text(render_html(events, articles), encoding="utf-8")
    page, log = open_offline(browser, path)
    assert "1 undated, not on the timeline" in page.locator("#counts").inner_text()
    assert page.locator("#skipped summary").inner_text() == "1 article skipped"
    page.locator("#skipped summary").click()
    assert page.locator("#skipped-list li").inner_text() == "empty.txt: empty file"
    assert log.errors == [] and log.requests == []
    page.context.close()


def test_no_skipped_list_when_every_article_was_read(opened):
    page, _ = opened
    assert page.locator("#skipped").is_hidden()


def test_a_narrow_window_keeps_the_map_wide_and_the_counts_whole(browser, events, tmp_path):
    path = tmp_path / "narrow.html"
    path.write_text(render_html(events, title="Synthetic"), encoding="utf-8")
    page, log = open_offline(browser, path, width=420, height=800)
    map_box = page.locator("#map").bounding_box()
    assert map_box["width"] >= 400 and map_box["height"] >= 200
    counts = page.locator("#counts")
    assert counts.evaluate("node => node.scrollWidth <= node.clientWidth")  # not cut off with an ellipsis
    assert log.errors == [] and log.requests == []
    page.context.close()


@pytest.mark.parametrize("width", [1280, 1000, 700, 420])
def test_date_labels_are_never_cut_at_the_edge(browser, events, tmp_path, width):
    path = tmp_path / "axis.html"
    path.write_text(render_html(events, title="Synthetic"), encoding="utf-8")
    page, log = open_offline(browser, path, width=width)
    labels = page.evaluate("timelinePage.axisLabels()")
    canvas_width = page.locator("#timeline-canvas").bounding_box()["width"]
    assert labels and all(x + label_width <= canvas_width for x, label_width, _ in labels)
    assert log.errors == []
    page.context.close()
