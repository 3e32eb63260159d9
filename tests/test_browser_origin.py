"""Real browser: no page makes a request outside the app's own origin (intranets have no internet).

Every page of dashboard.site_pages.PAGES a viewer sees is opened in Chromium; every request the browser makes (documents,
scripts, fonts, images, XHR, the websocket) is recorded and must go to the app's scheme, host and
port. data: and blob: URLs never leave the browser and are allowed.
"""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from dashboard import site_pages
from devtools.browser import EXCEPTION_SELECTOR, chromium, running_app, wait_for_page

pytestmark = pytest.mark.slow  # a real browser against a running app

PATHS = [p.path for p in site_pages.viewer_pages()]
LOCAL_SCHEMES = {"data", "blob", "about"}


def origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) with ws/wss counted as http/https and default ports filled in."""
    u = urlparse(url)
    scheme = {"ws": "http", "wss": "https"}.get(u.scheme, u.scheme)
    return scheme, (u.hostname or ""), u.port or {"http": 80, "https": 443}.get(scheme)


def outside(urls: list[str], base: str) -> list[str]:
    """The URLs that leave `base`'s origin."""
    return [u for u in urls if urlparse(u).scheme not in LOCAL_SCHEMES and origin(u) != origin(base)]


def test_outside_flags_other_origins():
    base = "http://127.0.0.1:8501"
    urls = ["http://127.0.0.1:8501/static/js/main.js", "ws://127.0.0.1:8501/_stcore/stream",
            "data:image/png;base64,AAAA", "blob:http://127.0.0.1:8501/1",
            "https://cdn.jsdelivr.net/npm/mathjax.js", "http://127.0.0.1:8502/x", "http://localhost:8501/",
            "https://fonts.googleapis.com/css2?family=Source+Sans"]
    assert outside(urls, base) == ["https://cdn.jsdelivr.net/npm/mathjax.js", "http://127.0.0.1:8502/x",
                                   "http://localhost:8501/",
                                   "https://fonts.googleapis.com/css2?family=Source+Sans"]


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def app_url():
    with running_app() as url:
        yield url


@pytest.mark.parametrize("path", PATHS)
def test_page_requests_stay_on_the_app_origin(browser, app_url, path):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    urls: list[str] = []
    context.on("request", lambda request: urls.append(request.url))
    try:
        page = context.new_page()
        page.on("websocket", lambda ws: urls.append(ws.url))
        page.goto(app_url + ("/" if path == "overview" else f"/{path}"))
        page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]',
                               state="attached", timeout=60000)
        wait_for_page(page, 0, timeout_ms=60000)
        page.wait_for_load_state("networkidle")  # fonts, chart libraries and images loaded late
        assert page.locator(EXCEPTION_SELECTOR).count() == 0
    finally:
        context.close()
    assert any(u.endswith("/_stcore/stream") for u in urls), "the websocket was not recorded"
    assert len(urls) > 5, urls  # the listener saw the page's own files
    assert outside(urls, app_url) == []
