"""总览 Overview: a cockpit of the newest headline figures, each with period, grain, kind, change and series.

Every card shows the newest figure the data hold (periods come from the data, never from code).
"""

import streamlit as st

from dashboard import cache, cards, cockpit, furniture, periods
from dashboard.charts import fmt_value
from dashboard.i18n import kind_label, name, rank_text, t

lang = furniture.page_header("overview")


def target_line(row) -> str:
    """'YYYY年目标 8%以上' for the target paired with an outcome; empty when there is none."""
    if not isinstance(row.target_period, str):
        return ""
    key = "vs_target" if "-" not in row.target_period else "vs_target_range"
    value = fmt_value(row.target_value, row.unit, row.target_approx, lang, row.decimals, row.unit_en)
    return "\n\n" + t(key, lang, period=row.target_period, target=value)


def target_rows(row) -> list:
    """The target's own quote, for the card's source popover."""
    if not isinstance(row.target_period, str):
        return []
    return [cards.QuoteRow(row.target_period, "target", row.target_quote, row.target_source_id,
                        row.target_fact_id)]


def period_caption(row) -> str:
    """'YYYY年1-5月 · 累计 · 实际': the period, its grain (a year to date is never a year), its kind."""
    grain = periods.grain_label(periods.parse(row.period).grain, lang)
    return f"{periods.label(row.period, lang)} · {grain} · {kind_label(row.kind, lang)}"


def change(row, series: list) -> tuple[str | None, str]:
    """The metric's delta against the previous comparable period, and the words saying which period."""
    before = cockpit.comparable_before(series, row.period)
    if before is None:
        return None, t("cockpit_no_previous", lang)
    said = t("cockpit_vs", lang, period=periods.label(before.period, lang),
             kind=kind_label(before.kind, lang))
    if before.missing_years:
        years = before.missing_years
        span = str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
        said += t("cockpit_gap", lang, years=span + ("年" if lang == "zh" else ""))
    return cockpit.change_label(row.value, before.value, row.unit, lang), said


def progress_line(row) -> str:
    """'已达目标的 95.3%' for a level with a target; empty otherwise."""
    share = cockpit.progress_share(row.value, row.target_value, row.unit) if isinstance(
        row.target_period, str) else None
    return "" if share is None else " · " + t("cockpit_progress", lang, pct=f"{share * 100:.1f}")


def held_years(values: list) -> int:
    """How many slots of a sparkline hold a figure (a single figure draws no line of years)."""
    return sum(1 for v in values if v == v)


held = cache.query("outcome_periods")
newest_period = cockpit.as_of(list(held.itertuples()))
if newest_period:
    st.caption(t("overview_as_of", lang, period=periods.label(newest_period, lang),
                 date=str(held["newest_source_date"].max())[:10]))

for section, title_key in (("size", "overview_gdp"), ("growth", "overview_growth")):
    figures = cache.query("headline_figures", section=section)
    if figures.empty:
        continue
    series = cache.query("headline_series", section=section)
    st.subheader(t(title_key, lang))
    for start in range(0, len(figures), 5):
        chunk = list(figures.iloc[start:start + 5].itertuples())
        for col, row in zip(st.columns(5 if len(figures) > 3 else len(figures)), chunk, strict=False):
            own = list(series[(series["indicator_code"] == row.indicator_code)
                              & (series["region_code"] == row.region_code)].itertuples())
            delta, compared = change(row, own)
            spark = cockpit.spark_values(own, row.period)
            with col, st.container(border=True):
                st.metric(f"{name(row, lang)} · {name(row, lang, 'region')}",
                          fmt_value(row.value, row.unit, row.approx, lang, row.decimals, row.unit_en),
                          delta=delta, chart_data=spark if held_years(spark) > 1 else None, chart_type="bar",
                          help=t("cockpit_spark", lang, n=cockpit.SPARK_YEARS))
                # the comparison in full (a metric's own delta description is cut short on a card)
                st.caption(period_caption(row) + progress_line(row) + f"\n\n{compared}" + target_line(row))
                cards.quote_popover([row, *target_rows(row)], lang)

ranks = cache.query("headline_ranks")
if len(ranks):
    st.subheader(t("overview_ranks", lang))
for start in range(0, len(ranks), 4):
    chunk = ranks.iloc[start:start + 4]
    for col, row in zip(st.columns(4), chunk.itertuples(), strict=False):
        with col:
            delta = None
            if row.stated_change == row.stated_change and row.stated_change:  # not NaN, not 0
                key = "rank_change_up" if row.stated_change > 0 else "rank_change_down"
                delta = ("" if row.stated_change > 0 else "-") + t(key, lang, n=abs(int(row.stated_change)))
            edition = (f" · {cards.edition_label(row.edition_zh, lang)}" if isinstance(row.edition_zh, str)
                       else "")
            cards.figure_card(name(row, lang, "list_name"), rank_text(row.rank, row.approx, lang),
                           cards.kind_caption(row.period, "rank", lang) + edition, [row], lang, delta=delta)

furniture.footer(lang)
