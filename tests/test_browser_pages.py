"""Real browser: every page in both languages and at three screen sizes, loaded four at a time.

For each page (both languages at 1280x720, Chinese at 1920x1080 and 390x844): no exception, the page's
title, the charts drawn, a source line next to every chart, no console errors; a whole-page screenshot
lands in artifacts/screenshots/<size>/. The pages load at once under Playwright's asyncio API (a context
each, one group per size and language), then each case asserts on what its page showed.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlparse

import pytest
from test_browser import (
    EXPECTED_CHARTS,
    HIDDEN_TITLE,
    PATHS,
    SCREENSHOTS,
    SOURCE_PREFIX,
    TALLEST_SCREENSHOT,
    TITLE_KEYS,
    VIEWPORTS,
    ConsoleErrors,
)

from dashboard.i18n import t
from devtools.browser import CHART_SELECTOR, CHARTS_DRAWN, EXCEPTION_SELECTOR, async_chromium, running_app

pytestmark = pytest.mark.slow  # a real browser against a running app

# All pages in both languages at 1280x720; all pages in Chinese (the default) at the other two sizes.
CASES = ([("1280x720", lang, path) for lang in ("zh", "en") for path in PATHS]
         + [(vp, "zh", path) for vp in ("1920x1080", "390x844") for path in PATHS])
SOURCE_LINES = """(p) => Array.from(document.querySelectorAll('[data-testid="stPageLink-NavLink"], .slide-foot'))
    .map(e => e.textContent.trim()).filter(s => s.includes(p)).length"""
CHART_TEXTS = """charts => charts.map(c => Array.from(c.querySelectorAll('svg text, svg tspan'))
    .map(e => (e.textContent || '').trim()))"""


async def _settle(page, expected: int) -> None:
    """The app's first run finished and the page's charts drawn; on a timeout, the page is kept."""
    try:
        await page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]',
                                     state="attached", timeout=30000)
        await page.wait_for_function(CHARTS_DRAWN, arg=expected, timeout=30000)
    except Exception:
        failed = SCREENSHOTS / "failed" / (urlparse(page.url).path.strip("/") or "root")
        failed.parent.mkdir(parents=True, exist_ok=True)
        await page.screenshot(path=f"{failed}.png")
        failed.with_suffix(".html").write_text(await page.content(), encoding="utf-8")
        raise


async def _screenshot(page, viewport: str, lang: str, path: str) -> None:
    """The whole page: Streamlit scrolls inside its own container, so full_page=True would capture only
    the viewport; grow the viewport to the content's height for the shot, then restore it."""
    out = SCREENSHOTS / viewport / f"{lang}-{path}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    width, height = page.viewport_size["width"], page.viewport_size["height"]
    content = await page.evaluate(
        """() => { const m = document.querySelector('[data-testid="stMain"]');
                   return m ? m.scrollHeight : document.documentElement.scrollHeight; }""")
    tall = min(max(height, int(content)), TALLEST_SCREENSHOT)
    if tall > height:
        await page.set_viewport_size({"width": width, "height": tall})
        await page.wait_for_timeout(400)  # let plotly's resize handler and Streamlit's layout settle
    await page.screenshot(path=str(out))


async def _render(browser, url: str, viewport: str, lang: str, path: str) -> dict:
    """What one page showed: exceptions, its title, the charts' texts, source lines, console errors."""
    width, height = VIEWPORTS[viewport]
    context = await browser.new_context(viewport={"width": width, "height": height})
    try:
        page = await context.new_page()
        console = ConsoleErrors(page, url, path)
        await page.goto(f"{url}/{path}?lang={lang}")
        await _settle(page, EXPECTED_CHARTS.get(path, 0))
        seen = {"exceptions": await page.locator(EXCEPTION_SELECTOR).all_inner_texts()}
        if path not in HIDDEN_TITLE:
            heading = page.get_by_role("heading", name=t(TITLE_KEYS[path], lang), exact=True)
            seen["titles"] = await heading.count()
        seen["charts"] = await page.eval_on_selector_all(CHART_SELECTOR, CHART_TEXTS)
        seen["source_lines"] = await page.evaluate(SOURCE_LINES, SOURCE_PREFIX[lang])
        await _screenshot(page, viewport, lang, path)
        seen["console"] = list(console.errors)
        return seen
    except Exception as exc:  # the case's own test reports it
        return {"failed": f"{type(exc).__name__}: {exc}"}
    finally:
        await context.close()


@pytest.fixture(scope="module")
def rendered() -> dict:
    """Every case's page, four pages at a time (one group per size and language), on one app that has
    answered its first page request (test_browser's fresh-server test covers that one)."""
    async def run(url: str) -> dict:
        async with async_chromium() as browser:
            warm = await browser.new_context()
            page = await warm.new_page()
            await page.goto(url)
            await _settle(page, 0)
            await warm.close()
            groups: dict[tuple, list] = {}
            for case in CASES:
                groups.setdefault(case[:2], []).append(case)
            out = {}

            async def group(cases: list) -> None:
                for case in cases:
                    out[case] = await _render(browser, url, *case)

            await asyncio.gather(*(group(cases) for cases in groups.values()))
            return out

    with running_app() as url:
        return asyncio.run(run(url))


@pytest.mark.parametrize(("viewport", "lang", "path"), CASES, ids=[f"{v}-{la}-{p}" for v, la, p in CASES])
def test_page_renders(rendered, viewport, lang, path):
    seen = rendered[(viewport, lang, path)]
    assert "failed" not in seen, seen.get("failed")
    assert not seen["exceptions"], seen["exceptions"]
    if path not in HIDDEN_TITLE:
        assert seen["titles"] >= 1, f"no heading {t(TITLE_KEYS[path], lang)!r}"
    expected = EXPECTED_CHARTS.get(path, 0)
    charts = seen["charts"]
    assert len(charts) >= expected, f"{len(charts)} charts drawn, expected at least {expected}"
    # The source line stands next to each chart as page text (a link to the passage; under a slide's
    # chart, its footer); exported images keep it inside the picture (test_export).
    assert seen["source_lines"] >= len(charts), f"{seen['source_lines']} source lines for {len(charts)} charts"
    assert not seen["console"], "\n".join(seen["console"])
