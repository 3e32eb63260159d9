"""目标与进度 Targets: 2019 outcomes beside 2020 targets, and the 千亿时代 paths as projections."""

import streamlit as st

from dashboard import cache, charts, ui
from dashboard.i18n import t

lang = ui.page_header("page_targets")
en = lang == "en"
sources = ui.sources_table()

growth = cache.query("growth_vs_target")
ui.show_chart(charts.kind_bars(
    growth, sources, lang, chart_id="growth_vs_target", title=t("targets_growth_title", lang),
    unit_label="%", label_col="name_en" if en else "name_zh", period="2019-2020"), lang)

paths = cache.query("qianyi_paths", last_year=2026)
ui.show_chart(charts.qianyi_paths_chart(paths, sources, lang), lang)

st.subheader(t("targets_table", lang))
targets = cache.query("targets_table", lang_en=en)
targets.columns = [*(t(k, lang) for k in ("programme", "region", "indicator", "period", "value", "unit",
                                          "approx", "source")), "id", t("quote", lang)]
st.dataframe(targets, hide_index=True, width="stretch")
ui.footer(lang)
