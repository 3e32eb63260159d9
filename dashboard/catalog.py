"""The chart registry: every chart of the dashboard declared once.

A declaration names the chart's id, the page that shows it, its named query, its builder, its
title, whether it makes a slide and whether the deck picks it by default. Pages render their
declarations; export, the deck, presentation mode, the brief, the tests and the bench iterate
over CHARTS. Adding a chart = one SQL file + one entry here + its test (+ a builder only for a
new shape). `query` is any function (name, **params) -> DataFrame: cache.query in the app, a
plain connection in the CLI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from dashboard import charts
from dashboard import peers as peer_data
from dashboard.i18n import col, kind_label, name, rank_text, t

Query = Callable[..., pd.DataFrame]


@dataclass(frozen=True)
class Variant:
    """One chart of a family: an id suffix, the query's parameters and the builder's options."""

    suffix: str = ""
    params: dict = field(default_factory=dict)
    options: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ChartSpec:
    """A chart (or a family of charts, one per variant the data hold), declared once."""

    chart_id: str
    page: str  # url path of the page showing it
    query: str  # queries/<query>.sql
    builder: Callable[..., charts.Chart]  # (rows, sources, lang, *, chart_id, title_key, **options)
    # An i18n key; its placeholders are the ones the builder fills from the plotted rows: {periods}
    # (outcome_bars, shares_chart, the rank charts, qianyi_paths_chart), {category} and {unit}
    # (indicator_bars), {indicators} and {periods} (trend_chart), none (industry_matrix_chart).
    title_key: str
    slide: bool = True
    deck: bool = False
    bulk: bool = True  # in "every chart" (the ZIP, the brief); False: shown on its page, exported one by one
    slide_split: str = ""  # a column: on slides, the chart is drawn per group of SLIDE_GROUP of its values
    slide_group: int = 0  # with slide_split: groups per slide when not SLIDE_GROUP (rows of one panel)
    # On its page: "plotly" draws the figure; "table" shows it as an HTML table (charts.matrix_html),
    # for a figure that is a table in all but drawing. Exports keep the figure either way.
    screen: str = "plotly"
    # On a page showing its charts one at a time (a row of links names each; only the chosen one is
    # drawn): the i18n key of this chart's link, or "unit" for a family named by its charts' units.
    # A plotly figure costs the viewer's browser 70-170 ms of main-thread time to draw, so a page draws
    # the one being looked at. "" = the page shows its charts one under another.
    view: str = ""
    # With slide_split: on its page the chart is shown one group (panel) per view, each view named by
    # this column (an i18n column base, e.g. list_name; no `view` key needed). One panel draws in about
    # a third of four panels' time; exports, the deck and the brief keep the whole chart.
    view_split: str = ""
    # The views chosen from one drop-down list, not a row of links: their number grows with the data
    # (the monitor's indicators: 30 and more links would be a wall a meeting cannot read).
    view_list: bool = False
    variants: Callable[..., list[Variant]] | None = None  # (query, **selection) -> variants


# --- Variants read from the data ------------------------------------------------------------------

def indicator_categories(query: Query, lang: str) -> dict[str, str]:
    """Category code -> name, for the categories the Other-indicators page offers."""
    cats = query("categories")
    cats = cats[~cats["category"].isin(("shares", "rankings")) & (cats["figures"] > 0)]
    return dict(zip(cats["category"], cats[col("name", lang)], strict=True))


def _indicator_units(query: Query, category: str | None = None) -> list[Variant]:
    """One chart per category and unit holding two figures or more (like is compared with like)."""
    cats = [category] if category else list(indicator_categories(query, "zh"))
    out = []
    for cat in cats:
        figures = query("indicator_group", category=cat)
        counts = figures["unit_name_en"].value_counts()
        for unit_name in dict.fromkeys(figures["unit_name_en"]):
            if counts[unit_name] >= 2:
                unit = figures.loc[figures["unit_name_en"] == unit_name, "unit"].iloc[0]
                out.append(Variant(f"_{cat}_{charts.unit_slug(unit)}", {"category": cat},
                                   {"unit_name_en": unit_name}))
    return out


def _trends(query: Query, indicators: tuple = (), regions: tuple = ()) -> list[Variant]:
    """The chosen indicators, one chart per unit; by default one chart per indicator with a trend."""
    options = query("trend_options")
    if not indicators:
        return [Variant(f"_{code}", {"indicators": [code], "regions": []}, {})
                for code in dict.fromkeys(options["indicator_code"])]
    units = options.drop_duplicates("indicator_code").set_index("indicator_code")["unit"]
    groups: dict[str, list[str]] = {}
    for code in indicators:
        groups.setdefault(units.get(code, ""), []).append(code)
    return [Variant("_" + "_".join(codes)[:80], {"indicators": codes, "regions": list(regions)}, {})
            for codes in groups.values()]


def default_trend_selection(query: Query) -> dict:
    """The explorer's opening view: the first indicator with a trend (categories in their order), in
    every region that has it."""
    options = query("trend_options")
    if options.empty:
        return {"indicators": (), "regions": ()}
    return {"indicators": (options["indicator_code"].iloc[0],), "regions": ()}


# --- The registry ---------------------------------------------------------------------------------

# On a slide or a phone the matrix is too dense: industry_outline gives one system at a time instead.
INDUSTRY_MATRIX = ChartSpec("industry_matrix", "industry", "industry_membership",
                            charts.industry_matrix_chart, "industry_matrix_title", slide=False, deck=True,
                            screen="table", view="view_industry_matrix")
INDUSTRY_OUTPUT_GROWTH = ChartSpec("industry_output_growth", "industry", "industry_output_growth",
                                   charts.outcome_bars, "industry_growth_title", view="view_industry_growth")
SHARES_OF_ZHUZHOU = ChartSpec("shares_of_zhuzhou", "shares", "shares_of_zhuzhou", charts.shares_chart,
                              "shares_title", deck=True)
RANKING_HISTORY = ChartSpec("ranking_history", "rankings", "ranking_history",
                            charts.ranking_history_chart, "rankings_title_history", deck=True,
                            slide_split="list_code", view_split="list_name")
RANKING_SINGLE = ChartSpec("ranking_single", "rankings", "ranking_single", charts.ranking_points_chart,
                           "rankings_title_single", view="view_ranking_single",
                           slide_split="list_code", slide_group=6)  # six lists a slide: names stay apart
GROWTH_VS_TARGET = ChartSpec("growth_vs_target", "targets", "growth_vs_target", charts.outcome_bars,
                             "targets_growth_title", deck=True, view="view_growth_vs_target")
QIANYI_PATHS = ChartSpec("qianyi_paths", "targets", "qianyi_paths", charts.qianyi_paths_chart,
                         "targets_paths_title", deck=True, view="view_qianyi_paths")
INDICATOR_GROUPS = ChartSpec("indicators", "indicators", "indicator_group", charts.indicator_bars,
                             "indicators_title", slide=False, variants=_indicator_units, view="unit")
TRENDS = ChartSpec("trend", "explorer", "trend", charts.trend_chart, "trend_title", slide=False,
                   bulk=False, variants=_trends)
# 经济运行: cumulative figures by month, one line per year; one indicator per view and per pair of slides.
MONITOR_CUMULATIVE = ChartSpec("monitor_cumulative", "monitor", "monitor_cumulative", charts.cumulative_chart,
                               "monitor_title", deck=True, slide_split="indicator_code", view_split="name",
                               view_list=True, slide_group=1)  # one indicator a slide: its two panels



def _peer_ranks(query: Query, peers: tuple | None = None, metric: str | None = None) -> list[Variant]:
    """The chosen peers (default: peers.default_peers) as the query's parameter."""
    return [Variant("", {"peers": list(peer_data.default_peers(query) if peers is None else peers)}, {})]


def _peer_map(query: Query, peers: tuple | None = None, metric: str | None = None) -> list[Variant]:
    """The chosen peers and the metric colouring the map (defaults: peers.opening)."""
    chosen = list(peer_data.default_peers(query) if peers is None else peers)
    metric = peer_data.default_metric(query, chosen) if metric is None else metric
    return [Variant("", {"peers": chosen, "metric": metric}, {})]


PEERS_MAP = ChartSpec("peers_map", "peers", "peers_map", charts.county_map, "peers_title_map", deck=True,
                      variants=_peer_map, view="view_peers_map")
# Not a slide: with no peer ranked it lists every list of the home region, too many rows for a projector
# (the ranking history's slides show those); on its page, in exports and in the deck.
PEERS_RANKS = ChartSpec("peers_ranks", "peers", "peers_ranks", charts.peer_ranks_chart, "peers_title_ranks",
                        slide=False, deck=True, variants=_peer_ranks, view="view_peers_ranks")

CHARTS: list[ChartSpec] = [INDUSTRY_MATRIX, INDUSTRY_OUTPUT_GROWTH, SHARES_OF_ZHUZHOU, RANKING_HISTORY,
                           RANKING_SINGLE, GROWTH_VS_TARGET, QIANYI_PATHS, INDICATOR_GROUPS, TRENDS,
                           MONITOR_CUMULATIVE, PEERS_MAP, PEERS_RANKS]
SPECS = {s.chart_id: s for s in CHARTS}


def build(spec: ChartSpec, query: Query, lang: str, parts: bool = False, **selection) -> list[charts.Chart]:
    """The charts of one declaration: one per variant in the data (none when a query is empty); with
    `parts`, a declaration with view_split gives one chart per group of its slide_split column (its
    page's views), ids <chart id>_<group>."""
    sources = query("sources_list")
    variants = spec.variants(query, **selection) if spec.variants else [Variant()]
    out = []
    for v in variants:
        rows = query(spec.query, **v.params)
        if rows.empty:
            continue
        if parts and spec.view_split:
            for group in dict.fromkeys(rows[spec.slide_split]):
                out.append(spec.builder(rows[rows[spec.slide_split] == group], sources, lang,
                                        chart_id=f"{spec.chart_id}{v.suffix}_{group}",
                                        title_key=spec.title_key, **v.options))
            continue
        out.append(spec.builder(rows, sources, lang, chart_id=spec.chart_id + v.suffix,
                                title_key=spec.title_key, **v.options))
    return out


def on_page(page: str) -> list[ChartSpec]:
    """The declarations a page shows, in order."""
    return [s for s in CHARTS if s.page == page]


def shows_views(page: str) -> bool:
    """Whether a page shows its charts one at a time (its declarations name their views)."""
    return any(s.view or s.view_split for s in on_page(page))


def opening_specs(page: str) -> list[ChartSpec]:
    """The declarations a page draws as it opens: all of them, or the first view's."""
    return on_page(page)[:1] if shows_views(page) else on_page(page)


def view_label(spec: ChartSpec, chart: charts.Chart, lang: str) -> str:
    """The name of a chart's view: its declaration's label; for a family by unit, the unit; for a part
    of a split chart, its group's name (view_split)."""
    if spec.view_split:
        return str(chart.data[col(spec.view_split, lang)].iloc[0])
    return chart.unit if spec.view == "unit" else t(spec.view, lang)


def all_charts(query: Query, lang: str, views: bool = False) -> list[charts.Chart]:
    """Every chart of the pages (all variants), in registry order: the ZIP, the deck's choices and the
    brief. `views=True` adds the explorer's views (a trend per indicator), for export by id."""
    return [c for s in CHARTS if s.bulk or views for c in build(s, query, lang)]


SLIDE_GROUP = 2  # panels a slide holds when a chart is split over slides (one list per panel)


def slide_charts(query: Query, lang: str) -> list[charts.Chart]:
    """The charts presentation mode shows, in registry order; a chart declared with `slide_split` is
    drawn over several slides, SLIDE_GROUP of its lists (panels) each, so a projector's text stays
    large and nothing collides however many lists the data hold."""
    out = []
    for spec in (s for s in CHARTS if s.slide):
        if not spec.slide_split:
            out += build(spec, query, lang)
            continue
        rows, sources = query(spec.query), query("sources_list")
        groups = list(dict.fromkeys(rows[spec.slide_split]))
        size = spec.slide_group or SLIDE_GROUP
        for n, start in enumerate(range(0, len(groups), size), start=1):
            part = rows[rows[spec.slide_split].isin(groups[start:start + size])]
            out.append(spec.builder(part, sources, lang, chart_id=f"{spec.chart_id}_{n}",
                                    title_key=spec.title_key))
    return out


def deck_defaults(chart_list: list[charts.Chart]) -> list[str]:
    """The chart ids the deck picks by default: the charts of declarations marked deck=True."""
    ids = {s.chart_id for s in CHARTS if s.deck}
    return [c.chart_id for c in chart_list if c.chart_id in ids]


def page_of(chart_id: str) -> str:
    """The page that shows a chart (by its declaration: the longest id that prefixes it)."""
    spec = max((s for s in CHARTS if chart_id == s.chart_id or chart_id.startswith(s.chart_id + "_")),
               key=lambda s: len(s.chart_id), default=None)
    return spec.page if spec else ""


def indicator_singles(query: Query, category: str) -> pd.DataFrame:
    """The figures of a category that are alone in their unit (nothing like them to compare with)."""
    figures = query("indicator_group", category=category)
    counts = figures["unit_name_en"].map(figures["unit_name_en"].value_counts())
    return figures[counts == 1]


# --- Headline slides (presentation mode) ----------------------------------------------------------

def headline_slides(query: Query, lang: str) -> list[dict]:
    """Big-number slides: the size of the economy, and the latest ranks with their change."""
    from html import escape

    sources = query("sources_list").set_index("source_id")[col("label", lang)]

    def source(ids) -> str:
        return escape(t("sources_line", lang, sources="; ".join(sources.get(i, i) for i in ids)))

    size = query("headline_figures", section="size")
    ranks = query("headline_ranks")
    ranks = ranks[ranks["stated_change"].notna()]
    slides = []
    if len(size):
        slides.append({
            "title": escape(t("overview_gdp", lang)), "source": source(size["source_id"].unique()),
            "items": [{"label": escape(f"{name(r, lang, 'region')} · {name(r, lang)}"),
                       "value": escape(charts.fmt_value(r.value, r.unit, r.approx, lang, r.decimals,
                                                        r.unit_en)),
                       "note": escape(f"{r.period} · {kind_label(r.kind, lang)}")}
                      for r in size.itertuples()]})
    if len(ranks):
        slides.append({
            "title": escape(t("overview_ranks", lang)), "source": source(ranks["source_id"].unique()),
            "items": [{"label": escape(name(r, lang, "list_name")),
                       "value": escape(rank_text(r.rank, r.approx, lang)),
                       "note": escape(f"{r.period} · " + t("rank_change_up" if r.stated_change > 0
                                                            else "rank_change_down", lang,
                                                            n=abs(int(r.stated_change))))}
                      for r in ranks.itertuples()]})
    return slides


def industry_outline(query: Query, lang: str) -> list[dict]:
    """The industry systems one at a time (the matrix as lists, for a slide or a phone): each
    system's tiers and members, the other systems naming the same industry, its unnamed slots."""
    from html import escape

    df = query("industry_membership")
    if df.empty:
        return []
    sources = query("sources_list")
    systems = df.drop_duplicates("system_code")
    short = {r.system_code: f"{r.region_short_en if lang == 'en' else r.region_short_zh} "
                            f"{r.system_label_en if lang == 'en' else r.system_label}".strip()
             for r in systems.itertuples()}
    out = []
    for code in dict.fromkeys(df["system_code"]):
        rows = df[df["system_code"] == code].sort_values(["tier_order", "member_order"])
        columns = []
        for tier in dict.fromkeys(rows["tier_code"]):
            members = rows[rows["tier_code"] == tier]
            items, unnamed = [], 0
            for r in members.itertuples():
                if not r.is_named:
                    unnamed += 1
                    continue
                also = [short[c] for c in dict.fromkeys(df.loc[(df["industry_key"] == r.industry_key)
                                                                & (df["system_code"] != code), "system_code"])
                        ] if isinstance(r.industry_key, str) else []
                items.append({"label": escape(r.member_en if lang == "en" else r.member_zh),
                              "note": escape(t("industry_also_in", lang, systems="、".join(also)
                                               if lang == "zh" else ", ".join(also))) if also else ""})
            if unnamed:
                items.append({"label": escape(t("industry_unnamed_n", lang, n=unnamed)), "note": "",
                              "unnamed": True})
            columns.append({"heading": escape(str(members[col("tier_name", lang)].iloc[0])), "items": items})
        out.append({"kind": "outline", "title": escape(t("industry_matrix_title", lang)),
                    "subtitle": escape(name(rows.iloc[0], lang, "system_name")), "columns": columns,
                    "source": escape(charts.source_line(charts.source_ids_of(rows), sources, lang))})
    return out


def presentation_slides(query: Query, lang: str) -> list:
    """The slides of presentation mode: headlines, the industry systems one per slide, then every
    chart declared as a slide."""
    return [*headline_slides(query, lang), *industry_outline(query, lang), *slide_charts(query, lang)]
