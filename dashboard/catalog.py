"""Every chart of the dashboard, page by page: which named query feeds which builder.

Pages render these; export, the deck and presentation mode iterate over them. `query` is any
function (name, **params) -> DataFrame: cache.query in the app, a plain connection in the CLI.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from dashboard import charts
from dashboard.i18n import kind_label, t

Query = Callable[..., pd.DataFrame]
INDICATOR_CATEGORIES_EXCLUDED = ("shares", "rankings")  # they have pages of their own


def industry_charts(query: Query, lang: str) -> list[charts.Chart]:
    sources = query("sources_list")
    return [
        charts.industry_matrix_chart(query("industry_membership"), sources, lang),
        charts.kind_bars(query("industry_output_growth"), sources, lang,
                         chart_id="industry_output_growth", title=t("industry_growth_title", lang),
                         unit_label="%", label_col="name_en" if lang == "en" else "name_zh",
                         period="2019"),
    ]


def shares_charts(query: Query, lang: str) -> list[charts.Chart]:
    return [charts.shares_chart(query("shares_of_zhuzhou"), query("sources_list"), lang)]


def ranking_charts(query: Query, lang: str) -> list[charts.Chart]:
    sources = query("sources_list")
    out = [charts.ranking_history_chart(
        query("ranking_history", scope="national", many_editions=True), sources, lang, "national")]
    for scope in ("national", "provincial", "municipal"):
        single = query("ranking_history", scope=scope, many_editions=False)
        if len(single):
            out.append(charts.ranking_points_chart(single, sources, lang, scope))
    return out


def target_charts(query: Query, lang: str) -> list[charts.Chart]:
    sources = query("sources_list")
    return [
        charts.kind_bars(query("growth_vs_target"), sources, lang, chart_id="growth_vs_target",
                         title=t("targets_growth_title", lang), unit_label="%",
                         label_col="name_en" if lang == "en" else "name_zh", period="2019-2020"),
        charts.qianyi_paths_chart(query("qianyi_paths", last_year=2026), sources, lang),
    ]


def indicator_categories(query: Query, lang: str) -> dict[str, str]:
    """Category code -> name, for the categories the Other-indicators page offers."""
    cats = query("categories")
    cats = cats[~cats["category"].isin(INDICATOR_CATEGORIES_EXCLUDED) & (cats["figures"] > 0)]
    return dict(zip(cats["category"], cats["name_en" if lang == "en" else "name_zh"], strict=True))


def indicator_singles(query: Query, category: str) -> pd.DataFrame:
    """The figures of a category that are alone in their unit (nothing like them to compare with)."""
    figures = query("indicator_group", category=category)
    counts = figures["unit_name_en"].map(figures["unit_name_en"].value_counts())
    return figures[counts == 1]


def indicator_charts(query: Query, lang: str, category: str) -> list[charts.Chart]:
    """One chart per unit within a category, so a chart compares like with like (two figures or more)."""
    en = lang == "en"
    name = indicator_categories(query, lang).get(category, category)
    sources = query("sources_list")
    figures = query("indicator_group", category=category)
    out = []
    for unit_name in dict.fromkeys(figures["unit_name_en"]):
        rows = figures[figures["unit_name_en"] == unit_name]
        if len(rows) < 2:
            continue
        unit = rows["unit"].iloc[0]
        names = rows["name_en" if en else "name_zh"]
        rows = rows.assign(label=[f"{n}<br>{p}" for n, p in zip(names, rows["period"], strict=True)])
        unit_shown = unit_name if en else "／".join(dict.fromkeys(rows["unit"]))
        out.append(charts.kind_bars(
            rows, sources, lang, chart_id=f"indicators_{category}_{charts.unit_slug(unit)}",
            title=f"{name}（{unit}）" if not en else f"{name} ({unit_shown})", unit_label=unit_shown,
            label_col="label", period=_years(rows["period_start"])))
    return out


def _years(years: pd.Series) -> str:
    """'2019' or '2019-2021': the span of the plotted periods."""
    first, last = int(years.min()), int(years.max())
    return str(first) if first == last else f"{first}-{last}"


def all_charts(query: Query, lang: str) -> list[charts.Chart]:
    """Every chart the dashboard shows, in page order."""
    out = industry_charts(query, lang) + shares_charts(query, lang) + ranking_charts(query, lang)
    out += target_charts(query, lang)
    for category in indicator_categories(query, lang):
        out += indicator_charts(query, lang, category)
    return out


def headline_slides(query: Query, lang: str) -> list[dict]:
    """Big-number slides: the size of the economy, and the latest ranks with their change."""
    from html import escape

    en = lang == "en"
    sources = query("sources_list").set_index("source_id")["label_en" if en else "label_zh"]

    def source(ids) -> str:
        return escape(t("sources_line", lang, sources="; ".join(sources.get(i, i) for i in ids)))

    gdp = query("headline_gdp")
    ranks = query("headline_ranks")
    ranks = ranks[ranks["stated_change"].notna()]
    return [
        {"title": escape(t("overview_gdp", lang)), "source": source(gdp["source_id"].unique()),
         "items": [{"label": escape(r.name_en if en else r.name_zh),
                    "value": escape(charts.fmt_value(r.value, r.unit, r.approx, lang, r.decimals)),
                    "note": escape(f"{r.period} · {kind_label(r.kind, lang)}")}
                   for r in gdp.itertuples()]},
        {"title": escape(t("overview_ranks", lang)), "source": source(ranks["source_id"].unique()),
         "items": [{"label": escape(r.list_name_en if en else r.list_name_zh),
                    "value": escape(t("rank_value", lang, n=int(r.rank))),
                    "note": escape(f"{r.period} · " + t("rank_change_up" if r.stated_change > 0
                                                         else "rank_change_down", lang,
                                                         n=abs(int(r.stated_change))))}
                   for r in ranks.itertuples()]},
    ]


def presentation_slides(query: Query, lang: str) -> list:
    """The slides of presentation mode: headlines, then the charts of the main pages."""
    return [*headline_slides(query, lang), *industry_charts(query, lang), *shares_charts(query, lang),
            *ranking_charts(query, lang), *target_charts(query, lang)]
