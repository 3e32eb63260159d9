"""发展指标 Other indicators: one category at a time, one chart per unit (like with like)."""

import streamlit as st

from dashboard import cache, cards, catalog, chart_display, charts, furniture, url_state
from dashboard.i18n import name, t

lang = furniture.page_header("indicators")
names = cache.indicator_categories(lang)
opening = cache.page_selection("indicators")[catalog.INDICATOR_GROUPS.chart_id]
category = url_state.url_choice("category", list(names), opening["category"], lang)
url_state.choice_links("pages/indicators.py", "category", list(names), category, lang, t("category", lang),
                format_func=lambda c: names[c])
chart_display.show_views([catalog.INDICATOR_GROUPS], lang, category=category)

singles = cache.indicator_singles(category)
if len(singles):
    st.subheader(t("indicators_singles", lang))
    for start in range(0, len(singles), 3):
        for col, row in zip(st.columns(3), singles.iloc[start:start + 3].itertuples(), strict=False):
            with col:
                cards.figure_card(name(row, lang),
                               charts.fmt_value(row.value, row.unit, row.approx, lang, row.decimals,
                                                row.unit_en),
                               cards.kind_caption(row.period, row.kind, lang), [row], lang)
st.page_link("pages/explorer.py", label=t("page_explorer", lang), icon=":material/timeline:",
             query_params={"lang": lang} if lang != "zh" else None)
furniture.footer(lang)
