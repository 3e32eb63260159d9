"""总览 Overview: headline figures as cards, each with its period, kind and source quote."""

import streamlit as st

from dashboard import cache, ui
from dashboard.charts import fmt_value
from dashboard.i18n import kind_label, t

lang = ui.page_header("page_overview", "overview_intro")
name = "name_en" if lang == "en" else "name_zh"

st.subheader(t("overview_gdp", lang))
gdp = cache.query("headline_gdp")
for col, row in zip(st.columns(len(gdp)), gdp.itertuples(), strict=True):
    with col:
        ui.figure_card(getattr(row, name), fmt_value(row.value, row.unit, row.approx, lang, row.decimals),
                       ui.kind_caption(row.period, row.kind, lang), [row], lang)

st.subheader(t("overview_growth", lang))
growth = cache.query("growth_vs_target")
indicators = list(dict.fromkeys(growth["indicator_code"]))
for col, code in zip(st.columns(len(indicators)), indicators, strict=True):
    rows = growth[growth["indicator_code"] == code]
    outcome = rows[rows["period"] == "2019"].iloc[0]
    target = rows[rows["period"] == "2020"].iloc[0]
    with col:
        ui.figure_card(
            outcome[name], fmt_value(outcome.value, outcome.unit, outcome.approx, lang, outcome.decimals),
            f"{ui.kind_caption('2019', outcome.kind, lang)}\n\n"
            + t("vs_target", lang, target=fmt_value(target.value, target.unit, target.approx, lang,
                                                     target.decimals))
            + f" ({kind_label('target', lang)})",
            list(rows.itertuples()), lang)

st.subheader(t("overview_ranks", lang))
ranks = cache.query("headline_ranks")
list_name = "list_name_en" if lang == "en" else "list_name_zh"
for start in range(0, len(ranks), 4):
    chunk = ranks.iloc[start:start + 4]
    for col, row in zip(st.columns(4), chunk.itertuples(), strict=False):
        with col:
            delta = None
            if row.stated_change == row.stated_change and row.stated_change:  # not NaN, not 0
                key = "rank_change_up" if row.stated_change > 0 else "rank_change_down"
                delta = ("" if row.stated_change > 0 else "-") + t(key, lang, n=abs(int(row.stated_change)))
            edition = f" · {row.edition_zh}" if isinstance(row.edition_zh, str) else ""
            ui.figure_card(getattr(row, list_name), t("rank_value", lang, n=int(row.rank)),
                           ui.kind_caption(row.period, "rank", lang) + edition, [row], lang, delta=delta)

ui.footer(lang)
