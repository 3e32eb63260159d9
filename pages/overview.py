"""总览 Overview: the newest headline figures as cards, each with its region, period, kind and quote.

Every card shows the newest figure the data hold (periods come from the data, never from code).
"""

import streamlit as st

from dashboard import cache, cards, furniture
from dashboard.charts import fmt_value
from dashboard.i18n import name, rank_text, t

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


for section, title_key in (("size", "overview_gdp"), ("growth", "overview_growth")):
    figures = cache.query("headline_figures", section=section)
    if figures.empty:
        continue
    st.subheader(t(title_key, lang))
    for start in range(0, len(figures), 5):
        chunk = list(figures.iloc[start:start + 5].itertuples())
        for col, row in zip(st.columns(5 if len(figures) > 3 else len(figures)), chunk, strict=False):
            with col:
                cards.figure_card(f"{name(row, lang)} · {name(row, lang, 'region')}",
                               fmt_value(row.value, row.unit, row.approx, lang, row.decimals, row.unit_en),
                               cards.kind_caption(row.period, row.kind, lang) + target_line(row),
                               [row, *target_rows(row)], lang)

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
