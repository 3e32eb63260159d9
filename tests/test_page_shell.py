"""Page requests get Streamlit's index.html told where the app lives (no failed base-path probes)."""

from __future__ import annotations

import urllib.request

import pytest

from dashboard import site_pages
from dashboard.page_shell import TITLE, is_page_request, page_css, page_elements, shell
from devtools.browser import running_app


@pytest.mark.parametrize(("path", "base", "method", "accept", "expected"), [
    ("/", "", "GET", "text/html,application/xhtml+xml", True),
    ("/rankings", "", "GET", "text/html", True),
    ("/rankings", "", "HEAD", "text/html", True),
    ("/rankings", "", "POST", "text/html", False),
    ("/rankings", "", "GET", "*/*", False),  # a script's fetch, not a navigation
    ("/rankings/", "", "GET", "text/html", False),  # Streamlit's own redirect to /rankings
    ("/data/x", "", "GET", "text/html", False),  # nested: nested_urls redirects it
    ("/favicon.png", "", "GET", "text/html", False),  # a file
    ("/static", "", "GET", "text/html", False),
    ("/_stcore", "", "GET", "text/html", False),
    ("/board/rankings", "board", "GET", "text/html", True),
    ("/board", "/board/", "GET", "text/html", True),
    ("/rankings", "board", "GET", "text/html", False),  # outside the base path
])
def test_is_page_request(path, base, method, accept, expected):
    assert is_page_request(path, base, method, accept) is expected


def test_shell_sets_the_backend_before_the_frontend_runs():
    html = shell("").decode("utf-8")
    script = 'window.__streamlit={BACKEND_BASE_URL:location.origin+"/"}'
    assert script in html
    assert html.index(script) < html.index("<script type=\"module\"")  # before Streamlit's bundle
    assert f"<title>{TITLE}</title>" in html
    assert 'location.origin+"/board/"' in shell("/board/").decode("utf-8")


def test_shell_carries_the_pages_style_in_its_head():
    """page.css arrives with the page: pages served this way add no style element of their own
    (one arriving after the first elements restyled the whole page)."""
    html = shell("").decode("utf-8")
    head = html[:html.index("</head>")]
    assert f"<style>\n{page_css()}</style>" in head
    for rule in (".chart-title", ".page-foot", ".st-key-industry_narrow", "@media (max-width: 640px)"):
        assert rule in page_css()


def test_pages_add_the_style_themselves_without_the_shell():
    """Run without `dashboard serve` (AppTest here, or a bare `streamlit run app.py`), a page adds
    page.css itself; the closing line is one element."""
    from streamlit.testing.v1 import AppTest

    from dashboard import config, page_shell

    assert not page_shell.SERVING
    at = AppTest.from_file(str(config.ROOT / "app.py"), default_timeout=60)
    at.run()
    html = [h.proto.body for h in at.get("html")]
    assert any(page_css() in body for body in html)
    assert sum(body.startswith('<div class="page-foot">') for body in html) == 1


# AppTest's element types whose code Streamlit's frontend loads lazily, and that code's module name.
LAZY_MODULES = {"html": "Html", "page_link": "PageLink", "plotly_chart": "PlotlyChart", "metric": "Metric",
                "multiselect": "Multiselect", "dataframe": "DataFrame", "download_button": "DownloadButton",
                "selectbox": "Selectbox", "button": "Button", "button_group": "ButtonGroup",
                "text_input": "TextInput", "checkbox": "Checkbox", "radio": "Radio", "slider": "Slider"}


def awaits_data(page: str) -> bool:
    """A page declaring charts of which the bundled data fill none (its empty state shows instead)."""
    from dashboard import catalog, db

    if not catalog.on_page(page):
        return False
    con = db.connect()
    try:
        return not site_pages.page_charts(page, lambda name, **p: db.run(con, name, **p), "zh", opening=True)
    finally:
        con.close()


@pytest.mark.parametrize("page", [p.path for p in site_pages.viewer_pages()])
def test_the_shell_preloads_what_each_page_draws_first(page):
    """The element code the shell asks for early is what the page's first run draws: nothing missing
    (it would load late, one type after another), nothing unused (a page would load 4.7 MB of chart
    code it does not draw)."""
    from streamlit.testing.v1 import AppTest

    from dashboard import config, page_shell

    at = AppTest.from_file(str(config.ROOT / "app.py"), default_timeout=60)
    file = site_pages.page(page).file
    at.switch_page(file).run()
    assert not at.exception
    drawn = {module for kind, module in LAZY_MODULES.items() if len(at.get(kind))}
    if awaits_data(page):  # the monitor before sub-annual figures are imported: its empty state draws
        assert drawn == set(site_pages.EVERY_PAGE)  # nothing lazy; the shell preloads its filled state
    else:
        assert set(page_elements(page)) == drawn
    html = shell("", page).decode("utf-8")
    for module in page_elements(page):
        assert f'import("/static/js/{module}.' in html
    assert page_shell.page_elements("") == page_elements("overview")  # "/" shows the overview


def _get(url: str, accept: str = "text/html") -> tuple[int, str, str]:
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept}), timeout=30) as r:
        return r.status, r.headers.get("Content-Type", ""), r.read().decode("utf-8", "replace")


@pytest.mark.slow  # starts a server
def test_the_server_answers_pages_with_the_shell():
    with running_app() as url:
        for path in ("/", "/rankings", "/data?lang=en"):
            status, ctype, body = _get(url + path)
            assert (status, ctype.split(";")[0]) == (200, "text/html"), path
            assert "BACKEND_BASE_URL" in body and TITLE in body, path
            assert "HOST_CONFIG" not in body, path  # dropped: no measured gain (deploy/README.md)
        status, _, body = _get(url + "/_stcore/health", "*/*")
        assert status == 200 and "BACKEND_BASE_URL" not in body
