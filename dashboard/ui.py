"""Page furniture shared by every page: language, URL parameters, charts with sources, figure cards."""

from __future__ import annotations

import streamlit as st

from dashboard import cache, charts
from dashboard.i18n import DEFAULT_LANG, LANGS, kind_label, t

# The pages, in navigation order: (file, url path, title key, icon).
PAGES = [
    ("pages/overview.py", "overview", "page_overview", ":material/dashboard:"),
    ("pages/industry.py", "industry", "page_industry", ":material/factory:"),
    ("pages/shares.py", "shares", "page_shares", ":material/pie_chart:"),
    ("pages/rankings.py", "rankings", "page_rankings", ":material/leaderboard:"),
    ("pages/targets.py", "targets", "page_targets", ":material/flag:"),
    ("pages/indicators.py", "indicators", "page_indicators", ":material/bar_chart:"),
    ("pages/data.py", "data", "page_data", ":material/table:"),
    ("pages/sources.py", "sources", "page_sources", ":material/description:"),
]
SOURCES_PAGE = "pages/sources.py"

_CSS = """
<style>
/* Projector- and phone-friendly: larger base type, compact top padding. */
html { font-size: 17px; }
[data-testid="stMainBlockContainer"] { padding-top: 2.2rem; }
[data-testid="stMetricValue"] { font-size: 2.1rem; }
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
        st.session_state[name] = good if multi else (good[0] if good else default)
    value = widget(label, options, key=name, **kwargs)
    if value == default or value in ([], None):
        if name in st.query_params:
            del st.query_params[name]
    elif st.query_params.get_all(name) != (value if multi else [value]):
        st.query_params[name] = value
    return value


def language_switch() -> str:
    """The language chosen in the sidebar, kept in the URL as ?lang=en (Chinese by default)."""
    ensure_router()
    with st.sidebar:
        choice = bound_widget(
            st.segmented_control, "语言 Language", "lang", list(LANGS), DEFAULT_LANG,
            DEFAULT_LANG, required=True, format_func=lambda v: "中文" if v == "zh" else "English",
        )
    return choice if choice in LANGS else DEFAULT_LANG


def navigation_pages(lang: str) -> list:
    """st.Page objects titled in the chosen language."""
    return [st.Page(f, title=t(key, lang), icon=icon, url_path=path, default=(path == "overview"))
            for f, path, key, icon in PAGES]


def lang() -> str:
    """The current language (set by the sidebar switch in app.py)."""
    value = st.session_state.get("lang", DEFAULT_LANG)
    return value if value in LANGS else DEFAULT_LANG


def page_header(title_key: str, intro_key: str | None = None) -> str:
    """Page title (and intro line) in the current language; returns the language."""
    ensure_router()
    current = lang()
    st.markdown(_CSS, unsafe_allow_html=True)
    st.title(t(title_key, current))
    if intro_key:
        st.caption(t(intro_key, current))
    return current


def sources_table():
    """The sources metadata (cached), for source lines and labels."""
    return cache.query("sources_list")


def source_links(source_ids: list[str], current: str, fact_id: str | None = None) -> None:
    """One link per source to the Sources page, opening that document (and figure)."""
    sources = sources_table().set_index("source_id")
    col = "label_en" if current == "en" else "label_zh"
    for sid in source_ids:
        params = {"source": sid, "lang": current}
        if fact_id:
            params["fact"] = fact_id
        label = sources[col].get(sid, sid)
        st.page_link(SOURCES_PAGE, label=f"{t('source', current)}：{label}",
                     icon=":material/format_quote:", query_params=params)


def show_chart(chart: charts.Chart, current: str) -> None:
    """Render a chart as built (theme=None, so screen and export match), then its source links."""
    st.plotly_chart(
        chart.figure, theme=None, width="stretch", key=f"chart-{chart.chart_id}",
        config={"displaylogo": False, "responsive": True,
                "toImageButtonOptions": {"format": "png", "filename": chart.chart_id,
                                         "width": charts.WIDTH, "height": charts.HEIGHT}},
    )
    source_links(chart.source_ids, current)


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
    """'2019 · 预计' / '2019 · estimate'."""
    return f"{period} · {kind_label(kind, current)}"


def footer(current: str) -> None:
    st.divider()
    st.caption(t("footer", current))
