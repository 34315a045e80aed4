"""Opening a page in headless Chromium with every network request refused, recording what it tried."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@dataclass
class PageLog:
    """What a page did: requests other than the page itself (all refused), console errors, dialogs."""

    page_url: str = ""
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def open_offline(browser, path: Path, width: int = 1400, height: int = 900):
    """Returns ``(page, log)``: ``path`` opened from file:// with every other request aborted and logged."""
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    page = context.new_page()
    log = PageLog(page_url=path.resolve().as_uri())

    def route(route_request) -> None:
        url = route_request.request.url
        if url == log.page_url:
            route_request.continue_()
        else:
            log.requests.append(url)
            route_request.abort()

    context.route("**/*", route)
    page.on("console", lambda message: log.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: log.errors.append(str(error)))
    page.on("dialog", lambda dialog: (log.dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(log.page_url)
    page.wait_for_selector("html[data-ready=true]", timeout=30_000)
    return page, log
