"""The page registry: every page declared once, read by navigation, the shell, the brief, bench and tests.

A declaration names the page's file and url path, its title (and intro) key, its icon, the element
types its first run draws, its section of the brief, the selection it opens with, whether its title
is hidden and whether only editors see it. Adding a page = its file in pages/ + one entry here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from dashboard import catalog, charts

Query = Callable[..., pd.DataFrame]
Opening = Callable[[Query], dict[str, dict]]  # (query) -> {chart id: the selection it opens with}

# Streamlit's frontend loads an element type's code (static/js/<Name>.<hash>.js) when it first draws an
# element of that type; the page shell asks for what a page's first run draws while the websocket
# connects (tests/test_page_shell.py checks it against the runs).
EVERY_PAGE = ("Html", "PageLink")  # chart titles, the closing line, the language link
CHART_PAGE = ("PlotlyChart",)  # pages opening on a plotly-drawn chart (catalog.opening_specs)


@dataclass(frozen=True)
class Page:
    """A page, declared once."""

    path: str  # its url path (/<path>); the first page is also served at "/"
    file: str  # pages/<file>.py, relative to the app
    title_key: str  # i18n key of its title (navigation, page title, brief section)
    icon: str
    intro_key: str | None = None  # i18n key of the line under its title
    elements: tuple[str, ...] = ()  # element types its first run draws besides EVERY_PAGE and charts
    # Its section of the brief: "" none, "page" one section of its charts, "categories" one section per
    # indicator category. brief_default: in the brief by default (for "categories", the first category).
    brief: str = ""
    brief_default: bool = False
    opening: Opening | None = None  # the selection its charts open with (none: their defaults)
    hide_title: bool = False
    editor_only: bool = False  # in the menu for a logged-in editor only


def _first_category(query: Query) -> dict[str, dict]:
    """The indicators page opens on the first category (in the data's order)."""
    cats = list(catalog.indicator_categories(query, "zh"))
    return {catalog.INDICATOR_GROUPS.chart_id: {"category": cats[0] if cats else None}}


def _first_trend(query: Query) -> dict[str, dict]:
    """The explorer opens on the first indicator with a trend, in every region that has it."""
    return {catalog.TRENDS.chart_id: catalog.default_trend_selection(query)}


def _peers(query: Query) -> dict[str, dict]:
    """/peers opens with the regions sharing lists with the home region, then the prefecture's others."""
    from dashboard import peers

    chosen = peers.opening(query)
    return {catalog.PEERS_MAP.chart_id: chosen, catalog.PEERS_RANKS.chart_id: chosen}


# In navigation order; the first is the page "/" shows.
PAGES: tuple[Page, ...] = (
    Page("overview", "pages/overview.py", "page_overview", ":material/dashboard:", "overview_intro",
         elements=("Metric",)),
    Page("industry", "pages/industry.py", "page_industry", ":material/factory:",
         brief="page", brief_default=True),
    Page("shares", "pages/shares.py", "page_shares", ":material/pie_chart:",
         brief="page", brief_default=True),
    Page("rankings", "pages/rankings.py", "page_rankings", ":material/leaderboard:",
         brief="page", brief_default=True),
    Page("targets", "pages/targets.py", "page_targets", ":material/flag:",
         brief="page", brief_default=True),
    Page("monitor", "pages/monitor.py", "page_monitor", ":material/monitoring:", "monitor_intro",
         elements=("Metric", "Selectbox"), brief="page", brief_default=True),
    Page("indicators", "pages/indicators.py", "page_indicators", ":material/bar_chart:", "indicators_intro",
         brief="categories", brief_default=True, opening=_first_category),
    Page("explorer", "pages/explorer.py", "page_explorer", ":material/timeline:", "explorer_intro",
         opening=_first_trend),
    Page("peers", "pages/peers.py", "page_peers", ":material/map:", "peers_intro", opening=_peers,
         brief="page"),
    Page("data", "pages/data.py", "page_data", ":material/table:",
         elements=("Multiselect", "DataFrame", "DownloadButton")),
    Page("sources", "pages/sources.py", "page_sources", ":material/description:", "sources_intro",
         elements=("Selectbox",)),
    Page("export", "pages/export.py", "page_export", ":material/download:", "export_intro",
         elements=("Multiselect", "Selectbox", "Button", "DownloadButton")),
    Page("present", "pages/present.py", "page_present", ":material/slideshow:", elements=("Button",),
         hide_title=True),
    Page("maintenance", "pages/maintenance.py", "page_maintenance", ":material/edit_note:",
         "maintenance_intro", editor_only=True),
)
BY_PATH = {p.path: p for p in PAGES}
BY_FILE = {p.file: p for p in PAGES}
HOME = PAGES[0]  # the page "/" shows
SOURCES = BY_PATH["sources"]  # source links open it


def viewer_pages() -> list[Page]:
    """The pages every viewer's menu lists, in order."""
    return [p for p in PAGES if not p.editor_only]


def page(path: str) -> Page:
    """The declaration of a url path ("" is the home page)."""
    return BY_PATH[path or HOME.path]


def first_run_elements(path: str) -> tuple[str, ...]:
    """The element types a page's first run draws (path: its url path; "" for the root)."""
    declared = page(path)
    plotly = any(spec.screen == "plotly" for spec in catalog.opening_specs(declared.path))
    return EVERY_PAGE + (CHART_PAGE if plotly else ()) + declared.elements


def page_selection(query: Query, path: str) -> dict[str, dict]:
    """The selection a page opens with, per chart declaration id (widgets start from these)."""
    opening = BY_PATH[path].opening if path in BY_PATH else None
    return opening(query) if opening else {}


def page_charts(path: str, query: Query, lang: str, screen: str | None = None,
                opening: bool = False) -> list[charts.Chart]:
    """The charts a page shows with its opening selection (tests and the bench count these); with
    `opening`, those it draws as it opens (the first view of a page showing views); with `screen`,
    only those its declaration shows that way ("plotly": the ones drawn as figures)."""
    selection = page_selection(query, path)
    views = catalog.shows_views(path)
    shown = [(s, c) for s in catalog.on_page(path)
             for c in catalog.build(s, query, lang, parts=views, **selection.get(s.chart_id, {}))]
    if opening and views:
        shown = shown[:1]
    return [c for s, c in shown if screen in (None, s.screen)]
