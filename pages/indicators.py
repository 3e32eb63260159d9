"""发展指标 Other indicators: one category at a time, one chart per unit (like with like)."""

import streamlit as st

from dashboard import cache, catalog, charts, ui
from dashboard.i18n import name, t

lang = ui.page_header("page_indicators", "indicators_intro")
names = cache.indicator_categories(lang)
opening = cache.page_selection("indicators")[catalog.INDICATOR_GROUPS.chart_id]
category = ui.url_choice("category", list(names), opening["category"], lang)
ui.choice_links("pages/indicators.py", "category", list(names), category, lang, t("category", lang),
                format_func=lambda c: names[c])
ui.show_views("pages/indicators.py", [catalog.INDICATOR_GROUPS], lang, category=category)

singles = cache.indicator_singles(category)
if len(singles):
    st.subheader(t("indicators_singles", lang))
    for start in range(0, len(singles), 3):
        for col, row in zip(st.columns(3), singles.iloc[start:start + 3].itertuples(), strict=False):
            with col:
                ui.figure_card(name(row, lang),
                               charts.fmt_value(row.value, row.unit, row.approx, lang, row.decimals,
                                                row.unit_en),
                               ui.kind_caption(row.period, row.kind, lang), [row], lang)
st.page_link("pages/explorer.py", label=t("page_explorer", lang), icon=":material/timeline:",
             query_params={"lang": lang} if lang != "zh" else None)
ui.footer(lang)
