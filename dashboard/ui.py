"""Page furniture shared by every page: language, URL parameters, charts with sources, figure cards."""

from __future__ import annotations

import functools
import html
from typing import NamedTuple

import pandas as pd
import streamlit as st

from dashboard import cache, catalog, charts, export, page_shell
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
DEFAULT_PAGE = PAGES[0][1]  # the page "/" shows
SOURCES_PAGE = "pages/sources.py"



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


def _url_values(name: str, options: list, current: str) -> list:
    """The URL's values of ?name=..., those not among `options` reported in plain words and dropped."""
    raw = st.query_params.get_all(name)
    for value in raw:
        if value not in options:
            st.warning(t("bad_param", current, name=name, value=value))
    return [v for v in raw if v in options]


def _write_url(name: str, value, default) -> None:
    """Write ?name= back to the URL; the default (or nothing chosen) leaves it out."""
    if value == default or value in ([], None):
        if name in st.query_params:
            del st.query_params[name]
    elif st.query_params.get_all(name) != (value if isinstance(value, list) else [value]):
        st.query_params[name] = value


def bound_widget(widget, label: str, name: str, options: list, default, current: str, **kwargs):
    """A widget whose value lives in the URL (?name=value): read at session start, written back.

    Unknown URL values are reported in plain words and dropped; nothing else changes.
    """
    multi = widget is st.multiselect
    good = _url_values(name, options, current)
    if name not in st.session_state:
        st.session_state[name] = (good or list(default)) if multi else (good[0] if good else default)
    value = widget(label, options, key=name, **kwargs)
    _write_url(name, value, default)
    return value


def url_list(name: str, options: list, default: list, current: str) -> list:
    """A list of choices kept in the URL (?name=a&name=b) and in the session (under `_name`), for a
    widget that is not drawn on every run (a lazy popover's, which edits `_name`): read from the URL at
    session start, unknown values reported in plain words and dropped, written back every run."""
    state = f"_{name}"
    if state not in st.session_state:
        st.session_state[state] = _url_values(name, options, current) or list(default)
    value = [v for v in st.session_state[state] if v in options]
    _write_url(name, value, list(default))
    return value


def list_picker(label: str, name: str, options: list, current: str, **kwargs) -> None:
    """A multiselect editing url_list's `_name` (drawn inside a lazy popover)."""
    def keep() -> None:
        st.session_state[f"_{name}"] = list(st.session_state[f"{name}_pick"])

    st.multiselect(label, options, default=st.session_state[f"_{name}"], key=f"{name}_pick", on_change=keep,
                   **kwargs)


def url_choice(name: str, options: list, default: str, current: str) -> str:
    """One choice kept in the address (?name=value) and in the session (under `_name`), set by links to
    the page (choice_links): the address's value when it gives one, else the session's, else the
    default; written back to the address (the default leaves it out). Unknown values are reported in
    plain words and ignored."""
    state = f"_{name}"
    chosen = _url_values(name, options, current)
    if chosen:
        if chosen[-1] != st.session_state.get(state, default):
            # A change (a link to this very page): the browser's address is told, which a link to the
            # page it is on does not do by itself.
            st.query_params[name] = chosen[-1]
        st.session_state[state] = chosen[-1]
    value = st.session_state.get(state, default)
    value = value if value in options else default
    _write_url(name, value, default)
    return value


def choice_links(page: str, name: str, options: list, value: str, current: str, label: str | None = None,
                 format_func=str) -> None:
    """The options of a url_choice as a row of links to this page (?name=option), the chosen one
    filled (page.css). Links, not a widget: a segmented control of 12 options cost the viewer's
    browser ~100 ms of main-thread time per page, a row of links about a third of that."""
    if label:
        st.html(f'<div class="choice-label">{html.escape(label)}</div>')
    keep = {"lang": current} if current != DEFAULT_LANG else {}
    with st.container(horizontal=True, gap="small", key=f"choice-{name}"):
        for option in options:
            st.page_link(page, label=format_func(option), query_params={name: option, **keep},
                         disabled=option == value)


def language() -> str:
    """The page's language: ?lang= (from the address or the language link), else the session's, else
    Chinese; kept across pages and written back to the address (?lang=en)."""
    return url_choice("lang", list(LANGS), DEFAULT_LANG, DEFAULT_LANG)


def language_link(page, current: str) -> None:
    """The sidebar's language switch: one link to this page in the other language (English / 中文).
    A link, not a two-button control: it costs the viewer's browser next to nothing to draw (the
    segmented control it replaced cost ~70 ms of main-thread time on every page)."""
    other = "en" if current == "zh" else "zh"
    st.sidebar.page_link(page, label="English" if other == "en" else "中文", icon=":material/translate:",
                         query_params={"lang": other})


MAINTENANCE_PAGE = ("pages/maintenance.py", "maintenance", "page_maintenance", ":material/edit_note:")


def navigation_pages(lang: str) -> list:
    """st.Page objects titled in the chosen language; the maintenance page only for a logged-in editor."""
    pages = PAGES + ([MAINTENANCE_PAGE] if current_editor() else [])
    out = [st.Page(f, title=t(key, lang), icon=icon, url_path=path if path != DEFAULT_PAGE else "home",
                   default=(path == DEFAULT_PAGE))
           for f, path, key, icon in pages]
    # The default page lives at "/"; /overview stays a working address through a hidden alias.
    out.append(st.Page(PAGES[0][0], title=t(PAGES[0][2], lang), url_path=DEFAULT_PAGE, visibility="hidden"))
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
    # Lazy: the form is built once the expander is opened (a viewer's page carries none of it).
    box = st.sidebar.expander(t("editor_login", lang), icon=":material/lock:", expanded=failed,
                              key="login_box", on_change="rerun")
    if not box.open:
        return
    with box:
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
    """The current language (kept by ui.language(), which app.py calls on every run)."""
    value = st.session_state.get("_lang", DEFAULT_LANG)
    return value if value in LANGS else DEFAULT_LANG


def page_header(title_key: str, intro_key: str | None = None, hide_title: bool = False) -> str:
    """Page title (and intro line) in the current language; returns the language."""
    ensure_router()
    current = lang()
    if not page_shell.SERVING:  # `dashboard serve` puts the style in the page's <head> (page_shell)
        st.html(f"<style>{page_shell.page_css()}</style>")  # style only: it takes no room
    if hide_title:
        return current
    st.title(t(title_key, current))
    if intro_key:
        st.caption(t(intro_key, current))
    return current


_PRESENT_CSS = """
<style>
/* Presentation mode: no sidebar or toolbar; a slide is designed at SLIDE_W x 1000 px (full-HD width)
   and scaled to fit the screen (--slide-scale, set by fit_slide_script). The slide sets its own
   colours: it reads the same whatever the browser's colour scheme. */
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
[data-testid="stMainBlockContainer"] { padding: 0.3rem 0.6rem 0 0.6rem !important;
  max-width: 100% !important; }
[data-testid="stMain"] { overflow: hidden; }
[data-testid="stMainBlockContainer"] > div > [data-testid="stVerticalBlock"] { gap: 0.2rem; }
.st-key-controls { justify-content: center; gap: 1.2rem; height: 2.6rem; }
.st-key-controls button { min-height: 2.2rem; padding: 0 1.4rem; }
.st-key-controls kbd, .st-key-controls [data-testid="stButtonShortcut"] { display: none !important; }
.st-key-prev_page, .st-key-next_page { position: absolute !important; width: 1px !important;
  height: 1px !important; overflow: hidden !important; opacity: 0; pointer-events: none; }
.slide-count { font-size: 1.1rem; min-width: 5rem; text-align: center; }
.st-key-stage { width: 100% !important; overflow: hidden !important; align-items: center !important;
  height: calc(1000px * var(--slide-scale, 0.66)) !important; }
.st-key-slide { width: SLIDE_Wpx !important; min-width: SLIDE_Wpx !important; max-width: none !important;
  height: 1000px !important; flex: none !important; gap: 0 !important; zoom: var(--slide-scale, 0.66);
  background: #ffffff; color: #111111; overflow: hidden; }
.st-key-slide * { color-scheme: light; }
/* Plotly draws at the size it measures on screen: the chart undoes the slide's zoom and takes the
   slide's width and its share of the height in screen pixels (type stays 24 px at 1080p). */
.st-key-slide_big { zoom: calc(1 / var(--slide-scale, 0.66)); flex: none !important;
  width: calc(SLIDE_Wpx * var(--slide-scale, 0.66)) !important; min-width: 0 !important;
  height: calc(var(--chart-h, 760px) * var(--slide-scale, 0.66)) !important; }
.st-key-slide_big [data-testid="stElementContainer"], .st-key-slide_big [data-testid="stPlotlyChart"] {
  width: 100% !important; height: 100% !important; }
.st-key-slide_small { display: none !important; }
@media (max-width: 640px) {
  /* A phone: the slide becomes a page (no zoom), with the page's version of the chart. */
  [data-testid="stMain"] { overflow: auto; }
  .st-key-stage { height: auto !important; }
  .st-key-slide { zoom: 1; width: 100% !important; min-width: 0 !important; height: auto !important; }
  .st-key-slide_big { display: none !important; }
  .st-key-slide_small { display: flex !important; }
  .headline, .outline-slide { width: 100% !important; height: auto !important; padding: 16px !important; }
  .headline-items, .outline-slide .outline-cols { flex-direction: column; gap: 16px !important; }
  .headline-title, .slide-title, .outline-slide .outline-title { font-size: 24px !important;
    margin-bottom: 12px !important; }
  .headline-label { font-size: 18px !important; }
  .headline-value { font-size: 44px !important; }
  .headline-note, .slide-unit, .outline-slide .outline-sub { font-size: 16px !important; }
  .headline-source, .slide-foot, .outline-slide .outline-source, .outline-slide .outline-note {
    font-size: 14px !important; }
  .outline-slide .outline-head, .outline-slide .outline-item { font-size: 18px !important; }
  .slide-head, .slide-foot { padding-left: 8px !important; padding-right: 8px !important; }
}
.slide-head { padding: 22px 24px 0 24px; background: #fff; }
.slide-title { font-size: 44px; font-weight: 700; color: #000; line-height: 1.25; }
.slide-unit { font-size: 26px; color: #404040; line-height: 1.4; }
.slide-foot { padding: 6px 24px 0 24px; font-size: 24px; line-height: 1.35; color: #333; background: #fff; }
.headline { box-sizing: border-box; width: SLIDE_Wpx; height: 1000px; padding: 56px 72px; background: #fff;
  color: #111; display: flex; flex-direction: column; }
.headline-title { font-size: 72px; font-weight: 700; color: #000; margin-bottom: 80px; }
.headline-items { display: flex; gap: 96px; flex: 1; }
.headline-item { flex: 1; min-width: 0; }
.headline-label { font-size: 40px; color: #222; line-height: 1.3; }
.headline-value { font-size: 132px; font-weight: 700; color: #0060a0; line-height: 1.15; margin: 16px 0; }
.headline-note { font-size: 36px; color: #333; }
.headline-source { font-size: 28px; color: #404040; }
.outline-slide { box-sizing: border-box; width: SLIDE_Wpx; height: 1000px; padding: 40px 56px;
  background: #fff; color: #111; display: flex; flex-direction: column; }
.outline-slide .outline-title { font-size: 44px; font-weight: 700; color: #000; }
.outline-slide .outline-sub { font-size: 36px; color: #0060a0; font-weight: 700; margin: 8px 0 28px 0; }
.outline-slide .outline-cols { display: flex; gap: 48px; flex: 1; }
.outline-slide .outline-col { flex: 1; min-width: 0; }
.outline-slide .outline-head { font-size: 32px; font-weight: 700; color: #000;
  border-bottom: 3px solid #0072B2; padding-bottom: 8px; margin-bottom: 14px; }
.outline-slide .outline-item { font-size: 32px; color: #111; margin: 10px 0; line-height: 1.3; }
.outline-slide .outline-note { font-size: 24px; color: #444; }
.outline-slide .outline-unnamed { color: #555; font-style: italic; }
.outline-slide .outline-source { font-size: 24px; color: #404040; }
</style>
"""

_FIT_SLIDE = """<script>
(() => {
  const fit = () => {
    const stage = document.querySelector('.st-key-stage');
    if (!stage) return;
    const top = stage.getBoundingClientRect().top + 4;
    const s = Math.max(0.2, Math.min(window.innerWidth / SLIDE_W * 0.985, (window.innerHeight - top) / 1000));
    const root = document.documentElement.style;
    const v = s.toFixed(4);
    if (root.getPropertyValue('--slide-scale') !== v) root.setProperty('--slide-scale', v);
  };
  fit();
  if (!window.__slideFit) {  // once per page: on resize, and while the page settles (controls, fonts)
    window.__slideFit = true;
    window.addEventListener('resize', fit);
    setInterval(fit, 400);
  }
})();
</script>"""


def presentation_css() -> None:
    st.html(_PRESENT_CSS.replace("SLIDE_W", str(charts.SLIDE_W)))


def fit_slide_script() -> None:
    """Scale the full-HD-wide slide to the screen (and again when the window changes size)."""
    st.html(_FIT_SLIDE.replace("SLIDE_W", str(charts.SLIDE_W)), unsafe_allow_javascript=True)


def slide_heading(chart: charts.Chart) -> str:
    unit = f'<div class="slide-unit">{html.escape(chart.unit)}</div>' if chart.unit else ""
    return f'<div class="slide-head"><div class="slide-title">{html.escape(chart.title)}</div>{unit}</div>'


def _slide_footer_lines(chart: charts.Chart, current: str) -> list[str]:
    note = charts.chart_note(chart)
    line = charts.source_line(chart.source_ids, sources_table(), current)
    return [*[n for n in note.split("\n") if n], line]


def slide_footer(chart: charts.Chart, current: str) -> str:
    """The note and source line under a slide's chart, as text (24 px at 1080p)."""
    return '<div class="slide-foot">' + "<br>".join(html.escape(x) for x in
                                                     _slide_footer_lines(chart, current)) + "</div>"


def slide_chart_height(chart: charts.Chart, current: str) -> int:
    """What the slide leaves for the chart: 1000 px minus the title, the unit and the footer lines."""
    lines = sum(max(1, -(-charts.label_px([x], 24) // 1800)) for x in _slide_footer_lines(chart, current))
    return 1000 - 88 - (38 if chart.unit else 0) - 8 - 33 * lines - 14


def headline_html(slide: dict) -> str:
    """A big-number slide (its fields are escaped by catalog.headline_slides)."""
    items = "".join(f"<div class='headline-item'><div class='headline-label'>{i['label']}</div>"
                    f"<div class='headline-value'>{i['value']}</div>"
                    f"<div class='headline-note'>{i['note']}</div></div>" for i in slide["items"])
    return (f"<div class='headline'><div class='headline-title'>{slide['title']}</div>"
            f"<div class='headline-items'>{items}</div>"
            f"<div class='headline-source'>{slide['source']}</div></div>")


def outline_html(outline: dict, slide: bool = False) -> str:
    """One industry system as lists (catalog.industry_outline, fields escaped there): a slide, or the
    industry page's view on a phone."""
    cols = "".join(
        "<div class='outline-col'><div class='outline-head'>" + c["heading"] + "</div>"
        + "".join(f"<div class='outline-item{' outline-unnamed' if i.get('unnamed') else ''}'>{i['label']}"
                  + (f"<div class='outline-note'>{i['note']}</div>" if i["note"] else "") + "</div>"
                  for i in c["items"]) + "</div>" for c in outline["columns"])
    title = f"<div class='outline-title'>{outline['title']}</div>" if slide else ""
    return (f"<div class='{'outline-slide' if slide else 'outline'}'>{title}"
            f"<div class='outline-sub'>{outline['subtitle']}</div><div class='outline-cols'>{cols}</div>"
            f"<div class='outline-source'>{outline['source']}</div></div>")


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


def scroll_to(anchor: str) -> None:
    """Scroll the page to the element with this id once it is drawn (a link lands on its passage)."""
    st.html(f"""<script>
    (() => {{ let n = 0; const go = () => {{ const el = document.getElementById({anchor!r});
      if (el) {{ el.scrollIntoView({{block: "center"}}); if (n++ < 3) setTimeout(go, 400); }}
      else if (n++ < 40) setTimeout(go, 100); }}; go(); }})();
    </script>""", unsafe_allow_javascript=True)


def sources_table():
    """The sources metadata (cached), for source lines and labels."""
    return cache.query("sources_list")


def source_links(source_ids: list[str], current: str, fact_id: str | list[str] | None = None) -> None:
    """One link per source to the Sources page, opening that document at the given figures' passages
    (the page keeps those of the linked document)."""
    sources = sources_table().set_index("source_id")
    facts = [fact_id] if isinstance(fact_id, str) else list(fact_id or [])[:30]
    for sid in source_ids:
        params = {"source": sid, "lang": current}
        if facts:
            params["fact"] = facts
        label = plain(sources[col("label", current)].get(sid, sid))
        sep = "：" if current == "zh" else ": "
        st.page_link(SOURCES_PAGE, label=f"{t('source', current)}{sep}{label}",
                     icon=":material/format_quote:", query_params=params)


def figures_view(rows, current: str, columns: dict[str, str]):
    """A table of figures for reading, in the page's language: the figure as written (unit and
    approximation word with it, English units converted, 1/3 not 0.3333), kinds and sources by
    their labels, no internal ids. `columns` maps the rows' columns to heading keys, in order."""
    labels = sources_table().set_index("source_id")[col("label", current)]
    decimals = rows["decimals"] if "decimals" in rows.columns else [None] * len(rows)
    out = {}
    for column, key in columns.items():
        if column == "value":
            out[t(key, current)] = [
                charts.fmt_value(v, u, a if isinstance(a, str) else "", current,
                                 int(d) if d == d and d is not None else _decimals_of(v))
                for v, u, a, d in zip(rows["value"], rows["unit"], rows["approx"], decimals, strict=True)]
        elif column == "kind":
            out[t(key, current)] = [kind_label(k, current) for k in rows["kind"]]
        elif column in ("source_id", "source_ids"):
            out[t(key, current)] = ["；".join(str(labels.get(s, s)) for s in str(v).split())
                                    if isinstance(v, str) else "" for v in rows[column]]
        elif column == "quote":
            out[t(key, current)] = [charts.quote_text(q) for q in rows[column]]
        else:
            out[t(key, current)] = rows[column].tolist()
    return pd.DataFrame(out)


def _decimals_of(value) -> int:
    """Decimals a stored value needs (up to 4): 737.6 -> 1, 5.23 -> 2, 120 -> 0."""
    text = f"{value:.4f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    return len(text.split(".")[1]) if "." in text else 0


def edition_label(edition_zh: str, current: str) -> str:
    """'第二十届' as written in Chinese; '20th edition' in English."""
    if current == "zh" or not isinstance(edition_zh, str):
        return edition_zh
    import cn2an

    core = edition_zh.strip().removeprefix("第").removesuffix("届")
    try:
        n = int(cn2an.cn2an(core, "smart"))
    except (ValueError, KeyError):
        return edition_zh
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} edition"


def chart_facts(chart: charts.Chart) -> list[str]:
    """The fact ids a chart plots (column fact_id, or space-separated fact_ids)."""
    ids: list[str] = []
    for column in ("fact_id", "fact_ids", "base_fact_id", "rate_fact_id"):
        if column in chart.data.columns:
            for v in chart.data[column].dropna():
                ids += str(v).split()
    return list(dict.fromkeys(ids))


def show_charts(spec, current: str, **selection) -> int:
    """Render every chart of one registry declaration (catalog.ChartSpec); returns how many."""
    shown = cache.charts(spec, current, **selection)
    for chart in shown:
        show_chart(chart, current, table=spec.screen == "table")
    return len(shown)


def view_choice(page: str, specs: list, current: str, **selection) -> list:
    """A page's charts one at a time (catalog.ChartSpec.view): a row of links names them (?view=<chart
    id>, kept like any url_choice); returns the chosen (declaration, chart), or the only one."""
    shown = [(spec, chart) for spec in specs
             for chart in cache.charts(spec, current, parts=True, **selection)]
    if len(shown) > 1:
        ids = [chart.chart_id for _, chart in shown]
        labels = {chart.chart_id: catalog.view_label(spec, chart, current) for spec, chart in shown}
        view = url_choice("view", ids, ids[0], current)
        # Named views need no label over their links; a family's units are told as units.
        by_unit = all(spec.view == "unit" for spec, _ in shown)
        choice_links(page, "view", ids, view, current, t("unit", current) if by_unit else None,
                     format_func=labels.get)
        shown = [(spec, chart) for spec, chart in shown if chart.chart_id == view]
    return shown


def show_views(page: str, specs: list, current: str, **selection) -> None:
    """A page's charts one at a time (view_choice), the chosen one drawn."""
    for spec, chart in view_choice(page, specs, current, **selection):
        show_chart(chart, current, table=spec.screen == "table")


# plotly.js ships its zh-CN strings as a separate file that Streamlit does not load: registered here.
PLOTLY_ZH = {"dictionary": {
    "Autoscale": "自动缩放", "Box Select": "矩形框选", "Compare data on hover": "悬停时比较数据",
    "Download plot as a PNG": "下载图表为 PNG 图片", "Download plot as a png": "下载图表为 PNG 图片",
    "Download plot": "下载图表", "Download plot as JSON": "下载图表为 JSON",
    "Lasso Select": "套索选择", "Pan": "平移", "Reset": "重置", "Reset axes": "重置坐标轴",
    "Reset view": "重置视图", "Reset views": "重置视图", "Show closest data on hover": "悬停时显示最近的数据",
    "Toggle Spike Lines": "切换辅助线", "Toggle show closest data on hover": "切换悬停时显示最近的数据",
    "Zoom": "缩放", "Zoom in": "放大", "Zoom out": "缩小",
    "Double-click to zoom back out": "双击恢复原始大小",
    "Taking snapshot - this may take a few seconds": "正在生成图片，请稍候",
    "Snapshot succeeded": "图片已生成",
    "Sorry, there was a problem downloading your image!": "抱歉，图片下载失败！",
    "Sorry, there was a problem downloading your snapshot!": "抱歉，图片下载失败！",
}, "format": {"decimal": ".", "thousands": ",",
              "days": ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
              "shortDays": ["日", "一", "二", "三", "四", "五", "六"],
              "months": [f"{m}月" for m in range(1, 13)], "shortMonths": [f"{m}月" for m in range(1, 13)],
              "date": "%Y-%m-%d"}}


def chart_config(chart: charts.Chart, current: str, **extra) -> dict:
    """Plotly's config: its toolbar in the page's language, the PNG named like the exports."""
    name = export.chart_filename(chart, "png", export.region_name(current)).removesuffix(".png")
    locale = {"locale": "zh-CN", "locales": {"zh-CN": PLOTLY_ZH}} if current == "zh" else {"locale": "en"}
    return {"displaylogo": False, "responsive": True, **locale,
            "modeBarButtonsToRemove": ["select2d", "lasso2d"],
            "toImageButtonOptions": {"format": "png", "filename": name,
                                     "width": charts.WIDTH, "height": charts.HEIGHT}, **extra}


def chart_heading(chart: charts.Chart) -> None:
    """The chart's title and unit as page text (it wraps on a phone; the toolbar cannot cover it)."""
    unit = f'<div class="chart-unit">{html.escape(chart.unit)}</div>' if chart.unit else ""
    st.html(f'<div class="chart-title">{html.escape(chart.title)}</div>{unit}')


def show_chart(chart: charts.Chart, current: str, table: bool = False) -> None:
    """Render a chart (theme=None, so screen and export match) between its title and its note and
    source links; the picture itself carries neither (exports keep both inside the image). With
    `table`, a dot matrix is shown as the HTML table it reads as (charts.matrix_html)."""
    chart_heading(chart)
    if table:
        st.html(charts.matrix_html(chart))
    else:
        st.plotly_chart(charts.screen_figure(chart), theme=None, width="stretch",
                        key=f"chart-{chart.chart_id}", config=chart_config(chart, current))
    note = charts.chart_note(chart)
    if note:
        st.html(f'<div class="chart-note">{html.escape(note).replace(chr(10), "<br>")}</div>')
    source_links(chart.source_ids, current, chart_facts(chart))
    export_menu(chart, current)


@st.cache_data(ttl=300, show_spinner=False)
def export_missing() -> list[str]:
    """What image export lacks on this server (checked at most every 5 minutes)."""
    return export.missing_requirements()


def lazy_popover(label: str, key: str, icon: str, fill, *args) -> None:
    """A popover whose content (`fill(*args)`) is built only once it is opened: a page run sends the
    button alone. Opening reruns the page (no fragment: a fragment costs every run more than the rare
    rerun saves; unchanged elements are not drawn again)."""
    box = st.popover(label, icon=icon, key=key, on_change="rerun")
    if box.open:
        with box:
            fill(*args)


def folded(label: str, key: str, icon: str | None = None):
    """A folded section (an expander) whose content is built once it is opened: the open expander to
    fill, or None while it is folded (a page run then sends its label alone)."""
    box = st.expander(label, key=key, icon=icon, on_change="rerun")
    return box if box.open else None


def export_menu(chart: charts.Chart, current: str) -> None:
    """Downloads of one chart (PNG 1x and 2x, SVG, PDF rendered server-side, and its data), in a popover
    built when opened."""
    lazy_popover(t("export_chart", current), f"export-{chart.chart_id}", ":material/download:",
                 _export_buttons, chart, current)


def _export_buttons(chart: charts.Chart, current: str) -> None:
    region = export.region_name(current)
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
    """A '来源' button opening each figure's verbatim quote, its source, note and derivation (built when
    opened; its key comes from the figures it cites)."""
    key = "quote-" + "-".join(str(row.fact_id) for row in rows)
    lazy_popover(label or t("source", current), key, ":material/format_quote:", _quotes, rows, current)


def _quotes(rows: list, current: str) -> None:
    for row in rows:
        st.markdown(f"**{t('quote', current)}** · {row.period} · {kind_label(row.kind, current)}")
        st.text(charts.quote_text(row.quote))  # text, never markdown (nor its ** marks)
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
    """The page's closing line (one element: a rule and the text, styled by page.css)."""
    st.html(f'<div class="page-foot">{html.escape(t("footer", current))}</div>')
