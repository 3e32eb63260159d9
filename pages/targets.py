"""目标与进度 Targets: 2019 outcomes beside 2020 targets, and the 千亿时代 paths as projections."""

import streamlit as st

from dashboard import cache, ui
from dashboard.i18n import t

lang = ui.page_header("page_targets")
en = lang == "en"

for chart in cache.charts("target_charts", lang):
    ui.show_chart(chart, lang)

st.subheader(t("targets_table", lang))
targets = cache.query("targets_table", lang_en=en)
targets.columns = [*(t(k, lang) for k in ("programme", "region", "indicator", "period", "value", "unit",
                                          "approx", "source")), "id", t("quote", lang)]
st.dataframe(targets, hide_index=True, width="stretch")
ui.footer(lang)
