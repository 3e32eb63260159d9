"""Real browser: presentation mode driven by the keyboard at projector sizes."""

from __future__ import annotations

import pytest

from dashboard import catalog, charts, config, db
from devtools.browser import CHART_SELECTOR, EXCEPTION_SELECTOR, chromium, running_app

pytestmark = pytest.mark.slow  # a real browser against a running app


def _first_chart_run() -> int:
    """The first slide (1-based) opening three chart slides in a row (headline and industry-system
    slides come first; their number comes from the data)."""
    con = db.connect()
    try:
        slides = catalog.presentation_slides(lambda n, **p: db.run(con, n, **p), "zh")
    finally:
        con.close()
    is_chart = [isinstance(s, charts.Chart) for s in slides]
    return next(i + 1 for i in range(len(slides) - 2) if all(is_chart[i:i + 3]))


START = _first_chart_run()


@pytest.fixture(scope="module")
def app_url():
    with running_app() as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


def _slide(page) -> str:
    return page.url.split("slide=")[1].split("&")[0] if "slide=" in page.url else "1"


def _wait_slide(page, n: int) -> None:
    page.wait_for_function(f"() => location.search.includes('slide={n}') || ({n} === 1 && "
                           "!location.search.includes('slide='))", timeout=20000)
    page.wait_for_timeout(800)


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)], ids=["1920x1080", "1280x720"])
def test_keys_move_the_slides_and_nothing_scrolls(app_url, browser, size):
    width, height = size
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(f"{app_url}/present?slide={START}")
    page.wait_for_selector(CHART_SELECTOR, timeout=30000)
    assert _slide(page) == str(START)
    shots = config.ROOT / "artifacts" / "screenshots" / "present" / f"{width}x{height}"
    shots.mkdir(parents=True, exist_ok=True)
    for key, expected in [("ArrowRight", START + 1), ("PageDown", START + 2), ("ArrowLeft", START + 1),
                          ("PageUp", START)]:
        page.keyboard.press(key)
        _wait_slide(page, expected)
        assert page.locator(EXCEPTION_SELECTOR).count() == 0
        page.screenshot(path=str(shots / f"slide-{expected}-{key}.png"))
        overflow = page.evaluate("""() => {
            const m = document.querySelector('[data-testid="stMain"]');
            return {doc: document.documentElement.scrollHeight - window.innerHeight,
                    mainScroll: m.scrollTop, sidebar: !!document.querySelector('[data-testid="stSidebar"]')
                        && getComputedStyle(document.querySelector('[data-testid="stSidebar"]')).display}
        }""")
        assert overflow["doc"] <= 0 and overflow["mainScroll"] == 0
        assert overflow["sidebar"] in (False, "none")
        svg = page.locator(CHART_SELECTOR).first.bounding_box()
        assert svg and svg["y"] + svg["height"] <= height + 1  # the chart fits on the screen
    page.get_by_role("button", name="▶").click()
    _wait_slide(page, START + 1)


def test_a_link_opens_at_its_slide_and_bad_values_fall_back(app_url, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    page.goto(f"{app_url}/present?slide=2")
    page.get_by_text("2 / ").wait_for(timeout=30000)
    page.goto(f"{app_url}/present?slide=999")
    page.get_by_text("1 / ").wait_for(timeout=30000)
    assert page.locator(EXCEPTION_SELECTOR).count() == 0
    assert page.get_by_text("slide=999").count() >= 1  # the warning names the bad value


def test_auto_advance(app_url, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    page.goto(f"{app_url}/present?slide=2&auto=3")
    page.get_by_text("2 / ").wait_for(timeout=30000)
    page.get_by_text("3 / ").wait_for(timeout=15000)
    assert page.locator(EXCEPTION_SELECTOR).count() == 0
