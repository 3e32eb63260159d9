"""Page furniture shared by every page: language, URL parameters, charts with sources, figure cards."""

from __future__ import annotations

import functools
from typing import NamedTuple

import streamlit as st

from dashboard import cache, charts, export
from dashboard.i18n import DEFAULT_LANG, LANGS, col, kind_label, t

# The pages, in navigation order: (file, url path, title key, icon).
PAGES = [
    ("pages/overview.py", "overview", "page_overview", ":material/dashboard:"),
    ("pages/industry.py", "industry", "page_industry", ":material/factory:"),
    ("pages/shares.py", "shares", "page_shares", ":material/pie_chart:"),
    ("pages/rankings.py", "rankings", "page_rankings", ":material/leaderboard:"),
    ("pages/targets.py", "targets", "page_targets", ":material/flag:"),
    ("pages/indicators.py", "indicators", "page_indicators", ":material/bar_chart:"),
    ("pages/explorer.py", "explorer", "page_explorer", ":material/timeline:"),
    ("pages/data.py", "data", "page_data", ":material/table:"),
    ("pages/sources.py", "sources", "page_sources", ":material/description:"),
    ("pages/export.py", "export", "page_export", ":material/download:"),
    ("pages/present.py", "present", "page_present", ":material/slideshow:"),
]
SOURCES_PAGE = "pages/sources.py"

_CSS = """
<style>
/* Projector- and phone-friendly: larger base type, compact top padding. */
html { font-size: 17px; }
[data-testid="stMainBlockContainer"] { padding-top: 2.2rem; }
[data-testid="stMetricValue"] { font-size: 2.1rem; }
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] * { white-space: normal !important;
  overflow: visible !important; text-overflow: clip !important; }
</style>
"""


def ensure_router() -> None:
    """Make every run go through app.py's st.navigation.

    Streamlit still treats a folder named pages/ as a legacy multipage app until the main script
    has called st.navigation once in the process: a first request for /rankings on a fresh
    server would run pages/rankings.py directly, bypassing app.py. Switch that off and rerun.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def bound_widget(widget, label: str, name: str, options: list, default, current: str, **kwargs):
    """A widget whose value lives in the URL (?name=value): read at session start, written back.

    Unknown URL values are reported in plain words and dropped; nothing else changes.
    """
    multi = widget is st.multiselect
    raw = st.query_params.get_all(name)
    for value in raw:
        if value not in options:
            st.warning(t("bad_param", current, name=name, value=value))
    if name not in st.session_state:
        good = [v for v in raw if v in options]
        st.session_state[name] = (good or list(default)) if multi else (good[0] if good else default)
    value = widget(label, options, key=name, **kwargs)
    if value == default or value in ([], None):
        if name in st.query_params:
            del st.query_params[name]
    elif st.query_params.get_all(name) != (value if multi else [value]):
        st.query_params[name] = value
    return value


def language_switch() -> str:
    """The language chosen in the sidebar, kept in the URL as ?lang=en (Chinese by default)."""
    with st.sidebar:
        choice = bound_widget(
            st.segmented_control, "语言 Language", "lang", list(LANGS), DEFAULT_LANG,
            DEFAULT_LANG, required=True, format_func=lambda v: "中文" if v == "zh" else "English",
        )
    return choice if choice in LANGS else DEFAULT_LANG


MAINTENANCE_PAGE = ("pages/maintenance.py", "maintenance", "page_maintenance", ":material/edit_note:")


def navigation_pages(lang: str) -> list:
    """st.Page objects titled in the chosen language; the maintenance page only for a logged-in editor."""
    pages = PAGES + ([MAINTENANCE_PAGE] if current_editor() else [])
    out = [st.Page(f, title=t(key, lang), icon=icon, url_path=path if path != "overview" else "home",
                   default=(path == "overview"))
           for f, path, key, icon in pages]
    # The default page lives at "/"; /overview stays a working address through a hidden alias.
    out.append(st.Page(PAGES[0][0], title=t(PAGES[0][2], lang), url_path="overview", visibility="hidden"))
    return out


def current_editor() -> str | None:
    """The editor logged in in this session, if that editor is still configured."""
    from dashboard import auth

    name = st.session_state.get("_editor")
    return name if name and name in auth.configured_editors() else None


def editor_login(lang: str) -> None:
    """The sidebar's editor login (or logout); says so when no editor is configured."""
    from dashboard import auth

    failed = st.session_state.get("_login_failed", False)
    with st.sidebar.expander(t("editor_login", lang), icon=":material/lock:", expanded=failed):
        if not auth.configured_editors():
            st.caption(t("maintenance_off", lang))
            return
        if current_editor():
            st.caption(t("logged_in_as", lang, name=current_editor()))
            if st.button(t("logout", lang), key="logout"):
                st.session_state.pop("_editor", None)
                st.rerun()
            return
        with st.form("login", clear_on_submit=True, border=False):
            name = st.text_input(t("editor_name", lang), key="login_name")
            password = st.text_input(t("password", lang), type="password", key="login_password")
            submitted = st.form_submit_button(t("login", lang))
        if submitted:
            if auth.check_login(name, password):
                st.session_state["_editor"] = name
                st.session_state["_login_failed"] = False
                st.rerun()
            st.session_state["_login_failed"] = True
        if st.session_state.get("_login_failed"):
            st.error(t("login_failed", lang))


def require_editor(lang: str) -> str:
    """Stop the page unless an editor is logged in (the page is also absent from viewers' menus)."""
    editor = current_editor()
    if not editor:
        st.error(t("editors_only", lang))
        st.stop()
    return editor


def lang() -> str:
    """The current language (set by the sidebar switch in app.py)."""
    value = st.session_state.get("lang", DEFAULT_LANG)
    return value if value in LANGS else DEFAULT_LANG


def page_header(title_key: str, intro_key: str | None = None, hide_title: bool = False) -> str:
    """Page title (and intro line) in the current language; returns the language."""
    ensure_router()
    current = lang()
    st.markdown(_CSS, unsafe_allow_html=True)
    if hide_title:
        return current
    st.title(t(title_key, current))
    if intro_key:
        st.caption(t(intro_key, current))
    return current


_PRESENT_CSS = """
<style>
/* Presentation mode: no sidebar, no toolbar, the slide fills the screen without scrolling. */
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
[data-testid="stMainBlockContainer"] {
  padding: 0.6rem 1.5rem 0 1.5rem !important; max-width: 100% !important; }
[data-testid="stMain"] { overflow: hidden; }
.st-key-slide { height: calc(100vh - 6.8rem); overflow: hidden; }
.st-key-slide [data-testid="stPlotlyChart"] { height: calc(100vh - 7.2rem) !important; }
.headline-title { font-size: 3.2rem; font-weight: 700; margin: 4vh 0 5vh 0; color: #000; }
.headline-label { font-size: 1.9rem; color: #222; }
.headline-value { font-size: 5.2rem; font-weight: 700; color: #0072B2; line-height: 1.15; }
.headline-note { font-size: 1.5rem; color: #333; margin-top: 0.6rem; }
.headline-source { font-size: 1.2rem; color: #444; margin-top: 10vh; }
</style>
"""


def presentation_css() -> None:
    st.markdown(_PRESENT_CSS, unsafe_allow_html=True)


def url_int(name: str, low: int, high: int, current: str, default: int | None = None) -> int:
    """A whole number kept in the URL (?name=3) and in the session; bad values are reported."""
    default = low if default is None else default
    if name not in st.session_state:
        value = default
        raw = st.query_params.get(name)
        if raw is not None:
            if raw.isdigit() and low <= int(raw) <= high:
                value = int(raw)
            else:
                st.warning(t("bad_param", current, name=name, value=raw))
        st.session_state[name] = value
    value = min(max(int(st.session_state[name]), low), high)
    if value != default:
        if st.query_params.get(name) != str(value):
            st.query_params[name] = str(value)
    elif name in st.query_params:
        del st.query_params[name]
    return value


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|<>~$"})


def plain(text) -> str:
    """Text made inert for st.markdown and friends: markdown characters escaped (HTML is off anyway)."""
    return str(text).translate(_MD_SPECIAL)


def sources_table():
    """The sources metadata (cached), for source lines and labels."""
    return cache.query("sources_list")


def source_links(source_ids: list[str], current: str, fact_id: str | None = None) -> None:
    """One link per source to the Sources page, opening that document (and figure)."""
    sources = sources_table().set_index("source_id")
    for sid in source_ids:
        params = {"source": sid, "lang": current}
        if fact_id:
            params["fact"] = fact_id
        label = plain(sources[col("label", current)].get(sid, sid))
        st.page_link(SOURCES_PAGE, label=f"{t('source', current)}：{label}",
                     icon=":material/format_quote:", query_params=params)


def show_charts(spec, current: str, **selection) -> int:
    """Render every chart of one registry declaration (catalog.ChartSpec); returns how many."""
    shown = cache.charts(spec, current, **selection)
    for chart in shown:
        show_chart(chart, current)
    return len(shown)


def show_chart(chart: charts.Chart, current: str) -> None:
    """Render a chart as built (theme=None, so screen and export match), then its source links."""
    st.plotly_chart(
        chart.figure, theme=None, width="stretch", key=f"chart-{chart.chart_id}",
        config={"displaylogo": False, "responsive": True,
                "toImageButtonOptions": {"format": "png", "filename": chart.chart_id,
                                         "width": charts.WIDTH, "height": charts.HEIGHT}},
    )
    source_links(chart.source_ids, current)
    export_menu(chart, current)


@st.cache_data(ttl=300, show_spinner=False)
def export_missing() -> list[str]:
    """What image export lacks on this server (checked at most every 5 minutes)."""
    return export.missing_requirements()


def export_menu(chart: charts.Chart, current: str) -> None:
    """Downloads of one chart: PNG (1x, 2x), SVG, PDF rendered server-side, and its data."""
    region = export.region_name(current)
    with st.popover(t("export_chart", current), icon=":material/download:"):
        missing = export_missing()
        if missing:
            st.warning(t("export_missing", current, what="; ".join(missing)))
        for fmt, scale, label, mime in [("png", 1, "PNG 1600×900", "image/png"),
                                        ("png", 2, "PNG 3200×1800", "image/png"),
                                        ("svg", 1, "SVG", "image/svg+xml"),
                                        ("pdf", 1, "PDF", "application/pdf")]:
            st.download_button(label, functools.partial(export.to_image, chart, fmt, scale),
                               file_name=export.chart_filename(chart, fmt, region, scale), mime=mime,
                               key=f"dl-{chart.chart_id}-{fmt}-{scale}", on_click="ignore",
                               disabled=bool(missing), icon=":material/image:")
        st.download_button(t("data_csv", current), functools.partial(export.chart_data_csv, chart),
                           file_name=export.chart_filename(chart, "csv", region), mime="text/csv",
                           key=f"dl-{chart.chart_id}-csv", on_click="ignore", icon=":material/table:")
        st.download_button(t("data_xlsx", current), functools.partial(export.chart_data_xlsx, chart),
                           file_name=export.chart_filename(chart, "xlsx", region),
                           mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           key=f"dl-{chart.chart_id}-xlsx", on_click="ignore", icon=":material/table:")


class QuoteRow(NamedTuple):
    """The fields a quote popover shows, for a figure held in other columns of a row."""

    period: str
    kind: str
    quote: str
    source_id: str
    fact_id: str


def quote_popover(rows: list, current: str, label: str | None = None) -> None:
    """A '来源' button opening each figure's verbatim quote, its source, note and derivation."""
    with st.popover(label or t("source", current), icon=":material/format_quote:"):
        for row in rows:
            st.markdown(f"**{t('quote', current)}** · {row.period} · {kind_label(row.kind, current)}")
            st.text(row.quote)  # text, never markdown: quotes are shown exactly as written
            if isinstance(getattr(row, "formula", None), str) and row.formula:
                st.caption(f"{t('formula', current)}: {row.formula}")
            if isinstance(getattr(row, "note", None), str) and row.note:
                st.caption(f"{t('note', current)}: {row.note}")
            source_links([row.source_id], current, fact_id=row.fact_id)


def figure_card(label: str, value: str, caption: str, rows: list, current: str,
                delta: str | None = None, delta_color: str = "normal") -> None:
    """A bordered card: the figure, its period and kind, and the way to its quotes."""
    with st.container(border=True):
        st.metric(label, value, delta=delta, delta_color=delta_color)
        st.caption(caption)
        quote_popover(rows, current)


def kind_caption(period: str, kind: str, current: str) -> str:
    """'YYYY · 预计' / 'YYYY · estimate'."""
    return f"{period} · {kind_label(kind, current)}"


def footer(current: str) -> None:
    st.divider()
    st.caption(t("footer", current))
