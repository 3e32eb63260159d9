"""Real-browser tests: the running app in Debian's Chromium, driven by Playwright (devtools.browser).

Every page in both languages and at three screen sizes: no exception, the charts drawn, a source line
inside every chart, no console errors; a screenshot of each lands in artifacts/screenshots/.
Then deep links on a fresh server, the language switch, bad link parameters and an unknown page.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from dashboard import catalog, config, db, site_pages
from dashboard.formatting import readable_quote
from dashboard.i18n import t
from devtools.bench import expected_charts
from devtools.browser import (
    CHART_SELECTOR,
    EXCEPTION_SELECTOR,
    chromium,
    running_app,
    wait_for_page,
)

pytestmark = pytest.mark.slow  # a real browser against a running app

EXPECTED_CHARTS = expected_charts()  # the charts each page draws on opening, from the registry
HIDDEN_TITLE = {"present"}  # presentation mode shows no page title
# What a viewer's menu must list, from the page files on disk, not from the registry under test: every
# page in pages/ but those that stop for anyone not logged in as an editor.
PAGE_FILES = sorted((config.ROOT / "pages").glob("*.py"))
VIEWERS_PAGES = sorted(f.stem for f in PAGE_FILES if "require_editor" not in f.read_text(encoding="utf-8"))
PATHS = [p.path for p in site_pages.viewer_pages()]  # in menu order
TITLE_KEYS = {path: site_pages.page(path).title_key for path in PATHS}
SOURCE_PREFIX = {"zh": "来源：", "en": "Source:"}
VIEWPORTS = {"1920x1080": (1920, 1080), "1280x720": (1280, 720), "390x844": (390, 844)}
SCREENSHOTS = config.ROOT / "artifacts" / "screenshots"
SWITCH = '[data-testid="stSidebarUserContent"] [data-testid="stPageLink-NavLink"]'  # the language link
# Streamlit 1.67 renders st.warning as stAlert > stAlertContainer > stAlertContentWarning: both of the
# selectors the brief names exist; stAlert is the outer element.
ALERT = '[data-testid="stAlert"]'
WARNING = '[data-testid="stAlertContentWarning"]'
TALLEST_SCREENSHOT = 12000  # px; the sources page (a whole document) is about 10,000 px at 1280 wide

# All pages in both languages at 1280x720; all pages in Chinese (the default) at the other two sizes.
CASES = ([("1280x720", lang, path) for lang in ("zh", "en") for path in PATHS]
         + [(vp, "zh", path) for vp in ("1920x1080", "390x844") for path in PATHS])


def test_every_page_has_an_expected_chart_count():
    assert sorted(PATHS) == sorted(EXPECTED_CHARTS) == VIEWERS_PAGES
    assert {s.page for s in catalog.CHARTS} <= set(PATHS)  # every declaration is on a page
    for path in PATHS:  # a page with declarations opens on a figure (or on a chart shown as a table)
        opening = catalog.opening_specs(path)
        if opening and any(s.screen == "plotly" for s in opening):
            assert EXPECTED_CHARTS[path] >= 1, path


def test_the_menu_lists_the_pages(browser, app_url):
    """The sidebar's menu links the viewers' pages, in order (the first at "/"), and no editor's page."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    try:
        page = context.new_page()
        page.goto(app_url)
        settle(page, 0)
        hrefs = page.locator('[data-testid="stSidebarNav"] a').evaluate_all("els => els.map(e => e.href)")
        shown = [urlparse(h).path.strip("/") or site_pages.HOME.path for h in hrefs]
        assert sorted(shown) == VIEWERS_PAGES
        assert shown == PATHS  # in the registry's order
    finally:
        context.close()


def test_view_links_draw_one_chart_at_a_time(browser, app_url):
    """On a page with several charts, a view link draws the chosen chart in place of the other and
    puts ?view= in the address; the language link keeps the view."""
    con = db.connect()
    try:
        first, second = site_pages.page_charts("targets", lambda name, **p: db.run(con, name, **p), "zh")
    finally:
        con.close()
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    try:
        page = context.new_page()
        console = ConsoleErrors(page, app_url, "targets")
        page.goto(f"{app_url}/targets")
        settle(page, 1)
        assert page.locator(CHART_SELECTOR).count() == 1
        assert first.title in page.locator('[data-testid="stMain"]').inner_text()
        link = page.locator('.st-key-choice-view [data-testid="stPageLink-NavLink"]', has_text=t("view_qianyi_paths", "zh"))
        link.click()
        page.wait_for_function("() => new URLSearchParams(location.search).get('view') === 'qianyi_paths'")
        page.get_by_text(second.title, exact=True).wait_for(timeout=30000)
        settle(page, 1)
        main = page.locator('[data-testid="stMain"]').inner_text()
        assert second.title in main and first.title not in main
        assert page.locator(CHART_SELECTOR).count() == 1
        page.locator(SWITCH, has_text="English").click()
        page.get_by_role("heading", name=t("page_targets", "en"), exact=True).wait_for(timeout=30000)
        settle(page, 1)
        page.wait_for_function("() => new URLSearchParams(location.search).get('view') === 'qianyi_paths'")
        assert page.locator(CHART_SELECTOR).count() == 1
        assert not console.errors, "\n".join(console.errors)
    finally:
        context.close()


def test_a_long_list_of_views_is_one_drop_down_list(browser, app_url):
    """/monitor's views grow with its indicators (30 and more): one drop-down list chooses the chart,
    the address keeps it (?view=) and a reload shows the same chart."""
    con = db.connect()
    try:
        every = site_pages.page_charts("monitor", lambda name, **p: db.run(con, name, **p), "zh")
    finally:
        con.close()
    assert len(every) > 1 and catalog.MONITOR_CUMULATIVE.view_list
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    try:
        page = context.new_page()
        console = ConsoleErrors(page, app_url, "monitor")
        page.goto(f"{app_url}/monitor")
        settle(page, 1)
        first = catalog.view_label(catalog.MONITOR_CUMULATIVE, every[0], "zh")
        assert first in page.locator(CHART_SELECTOR).first.text_content()
        choose = page.locator('.st-key-view_pick input')
        choose.click()
        choose.press("ArrowDown")  # the list opens
        label = catalog.view_label(catalog.MONITOR_CUMULATIVE, every[1], "zh")
        page.locator('[role="option"]').filter(has_text=re.compile(f"^{re.escape(label)}$")).first.click()
        page.wait_for_function(f"() => new URLSearchParams(location.search).get('view') === '{every[1].chart_id}'")
        settle(page, 1)
        assert page.locator(CHART_SELECTOR).count() == 1
        assert label in page.locator(CHART_SELECTOR).first.text_content()
        page.reload()
        settle(page, 1)
        assert page.locator('.st-key-view_pick input').input_value() == label
        assert not console.errors, "\n".join(console.errors)
    finally:
        context.close()


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def app_url(browser):
    """One app for the module, past its first page request (which a fresh server handles differently:
    test_deep_link_on_fresh_server covers that), so results do not depend on which test runs first."""
    with running_app() as url:
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(url)
            settle(page, 0)
        finally:
            context.close()
        yield url


class ConsoleErrors:
    """Console messages of type error and uncaught page errors. (Streamlit's frontend used to probe
    /<page>/_stcore/health and /<page>/_stcore/host-config on a deep link, two 404s: the page shell
    tells it the app's base URL, so none is allowed any more.)"""

    def __init__(self, page, base_url: str, path: str):
        self.base_url = base_url
        self.path = path
        self.errors: list[str] = []
        page.on("console", self._on_console)
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))

    def _on_console(self, msg) -> None:
        if msg.type == "error":
            self.errors.append(f"console: {msg.text} ({(msg.location or {}).get('url', '')})")


def settle(page, expected_charts: int) -> None:
    """wait_for_page, after the app's first script run has finished.

    wait_for_page alone can return before the script has even started when no charts are expected
    (nothing to wait for, and the status widget not shown yet). The app root carries the run state
    (data-test-script-state: "initial" until a run has begun, then "running" ... "notRunning").
    """
    try:
        page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]',
                               state="attached", timeout=30000)
        wait_for_page(page, expected_charts)
    except Exception:
        # Keep what the browser showed, to see why the page never finished.
        failed = SCREENSHOTS / "failed" / (urlparse(page.url).path.strip("/") or "root")
        failed.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{failed}.png")
        failed.with_suffix(".html").write_text(page.content(), encoding="utf-8")
        raise


def chart_text_lines(page) -> list[list[str]]:
    """For each rendered chart, the text of every SVG text/tspan element inside it."""
    return page.eval_on_selector_all(
        CHART_SELECTOR,
        """charts => charts.map(c => Array.from(c.querySelectorAll('svg text, svg tspan'))
                                  .map(e => (e.textContent || '').trim()))""")


def screenshot(page, viewport: str, lang: str, path: str) -> Path:
    """The whole page: Streamlit scrolls inside its own container, so full_page=True would capture only
    the viewport; grow the viewport to the content's height for the shot, then restore it."""
    out = SCREENSHOTS / viewport / f"{lang}-{path}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    width, height = page.viewport_size["width"], page.viewport_size["height"]
    content = page.evaluate(
        """() => { const m = document.querySelector('[data-testid="stMain"]');
                   return m ? m.scrollHeight : document.documentElement.scrollHeight; }""")
    tall = min(max(height, int(content)), TALLEST_SCREENSHOT)
    if tall > height:
        page.set_viewport_size({"width": width, "height": tall})
        page.wait_for_timeout(400)  # let plotly's resize handler and Streamlit's layout settle
    page.screenshot(path=str(out))
    if tall > height:
        page.set_viewport_size({"width": width, "height": height})
    return out


def query_param(url: str, name: str) -> list[str]:
    return parse_qs(urlparse(url).query).get(name, [])


@pytest.mark.parametrize(("viewport", "lang", "path"), CASES, ids=[f"{v}-{la}-{p}" for v, la, p in CASES])
def test_page_renders(app_url, browser, viewport, lang, path):
    width, height = VIEWPORTS[viewport]
    expected = EXPECTED_CHARTS.get(path, 0)
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        console = ConsoleErrors(page, app_url, path)
        page.goto(f"{app_url}/{path}?lang={lang}")
        settle(page, expected)

        exceptions = page.locator(EXCEPTION_SELECTOR)
        assert exceptions.count() == 0, exceptions.all_inner_texts()
        if path not in HIDDEN_TITLE:
            assert page.get_by_role("heading", name=t(TITLE_KEYS[path], lang), exact=True).count() >= 1

        charts = chart_text_lines(page)
        assert len(charts) >= expected, f"{len(charts)} charts drawn, expected at least {expected}"
        # The source line stands next to each chart as page text (a link to the passage; under a
        # slide's chart, its footer); exported images keep it inside the picture (test_export).
        prefix = SOURCE_PREFIX[lang]
        lines = page.evaluate("""(p) => Array.from(document.querySelectorAll(
            '[data-testid="stPageLink-NavLink"], .slide-foot')).map(e => e.textContent.trim())
            .filter(s => s.includes(p)).length""", prefix)
        assert lines >= len(charts), f"{lines} source lines for {len(charts)} charts"

        screenshot(page, viewport, lang, path)
        assert not console.errors, "\n".join(console.errors)
    finally:
        context.close()


def test_deep_link_on_fresh_server(browser):
    """The very first page request to a new server is a deep link: it must go through app.py's router
    (English title from ?lang=en, the language switch in the sidebar), and the switch must work."""
    with running_app() as url:
        context = browser.new_context(viewport={"width": 1280, "height": 720})
        try:
            page = context.new_page()
            console = ConsoleErrors(page, url, "rankings")
            page.goto(f"{url}/rankings?lang=en")
            settle(page, EXPECTED_CHARTS["rankings"])
            assert page.locator(EXCEPTION_SELECTOR).count() == 0
            assert page.locator("h1").first.inner_text().strip() == "Ranking history"
            switch = page.locator(SWITCH, has_text="中文")
            assert switch.count() == 1, "the language link is missing from the sidebar"

            switch.click()
            page.get_by_role("heading", name="排名历程", exact=True).wait_for(timeout=30000)
            settle(page, EXPECTED_CHARTS["rankings"])
            page.wait_for_function("() => !new URLSearchParams(location.search).has('lang') "
                                   "|| new URLSearchParams(location.search).get('lang') === 'zh'")
            assert query_param(page.url, "lang") in ([], ["zh"])
            assert urlparse(page.url).path == "/rankings"

            page.locator(SWITCH, has_text="English").click()
            page.get_by_role("heading", name="Ranking history", exact=True).wait_for(timeout=30000)
            settle(page, EXPECTED_CHARTS["rankings"])
            page.wait_for_function("() => new URLSearchParams(location.search).get('lang') === 'en'")
            assert query_param(page.url, "lang") == ["en"]
            assert urlparse(page.url).path == "/rankings"
            assert page.locator(EXCEPTION_SELECTOR).count() == 0
            assert not console.errors, "\n".join(console.errors)
        finally:
            context.close()


BAD_PARAMS = [("overview", "lang", "fr"), ("indicators", "category", "bogus"), ("data", "region", "nowhere"),
              ("sources", "source", "nope"), ("explorer", "indicator", "bogus")]


@pytest.mark.parametrize(("path", "name", "value"), BAD_PARAMS, ids=[f"{p}-{n}" for p, n, _ in BAD_PARAMS])
def test_bad_url_parameter_warns(app_url, browser, path, name, value):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    try:
        page = context.new_page()
        page.goto(f"{app_url}/{path}?{name}={value}")
        settle(page, EXPECTED_CHARTS[path])
        assert page.locator(EXCEPTION_SELECTOR).count() == 0
        alerts = page.locator(ALERT)
        assert alerts.count() >= 1, "no warning shown for a bad link parameter"
        assert page.locator(WARNING).count() >= 1
        text = " ".join(alerts.all_inner_texts())
        assert f"{name}={value}" in text, text
    finally:
        context.close()


def test_unknown_page_shows_no_traceback(app_url, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    try:
        page = context.new_page()
        page.goto(f"{app_url}/nonexistent")
        settle(page, 0)  # Streamlit runs the main (default) page instead
        assert page.locator(EXCEPTION_SELECTOR).count() == 0
        assert page.get_by_role("heading", name=t("page_overview", "zh"), exact=True).count() >= 1
    finally:
        context.close()


def test_folded_content_is_built_when_opened(app_url, browser):
    """Popovers and the industry tiers are lazy (a page run sends their buttons only): opening one
    shows its content. A chart's export menu holds its six downloads; an overview card's '来源' opens
    its figure's verbatim quote from the database; a system's expander its tiers' table."""
    con = db.connect()
    try:
        size = db.run(con, "headline_figures", section="size")
        systems = db.run(con, "industry_systems")
    finally:
        con.close()
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    try:
        page = context.new_page()
        console = ConsoleErrors(page, app_url, "overview")
        page.goto(app_url)
        settle(page, 0)
        assert page.locator('[data-testid="stDownloadButton"]').count() == 0
        shown = readable_quote(size["quote"].iloc[0])  # as a page shows it: simplified, no inline pinyin
        assert page.get_by_text(shown, exact=False).count() == 0  # not sent yet
        page.locator('[data-testid="stPopover"] button').first.click()
        page.get_by_text(shown, exact=False).first.wait_for(timeout=30000)
        link = page.locator('[data-testid="stPopoverBody"] [data-testid="stPageLink-NavLink"]').first
        link.wait_for(timeout=30000)
        assert SOURCE_PREFIX["zh"] in link.inner_text()  # and the link to the passage

        page.goto(f"{app_url}/shares")
        settle(page, EXPECTED_CHARTS["shares"])
        assert page.locator('[data-testid="stDownloadButton"]').count() == 0
        page.get_by_role("button", name=t("export_chart", "zh")).first.click()
        page.locator('[data-testid="stDownloadButton"]').nth(5).wait_for(timeout=30000)
        labels = page.locator('[data-testid="stDownloadButton"]').all_inner_texts()
        assert any("PNG 1600×900" in x for x in labels) and any(t("data_xlsx", "zh") in x for x in labels)

        page.goto(f"{app_url}/industry")
        settle(page, EXPECTED_CHARTS["industry"])
        tables = page.locator('[data-testid="stDataFrame"]')
        assert tables.count() == 0
        page.locator('[data-testid="stExpander"] summary',
                     has_text=systems["system_name_zh"].iloc[0]).first.click()
        tables.first.wait_for(timeout=30000)
        assert tables.count() == 1
        assert page.locator(EXCEPTION_SELECTOR).count() == 0
        assert not console.errors, "\n".join(console.errors)
    finally:
        context.close()
