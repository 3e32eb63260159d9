"""指标浏览 Indicator explorer: chosen indicators and regions over time, chart and table, state in the URL."""

import streamlit as st

from dashboard import cache, catalog, ui
from dashboard.i18n import col, kind_label, t

lang = ui.page_header("page_explorer", "explorer_intro")
options = cache.query("trend_options")
indicator_names = dict(zip(options["indicator_code"], options[col("name", lang)], strict=False))
region_names = dict(zip(options["region_code"], options[col("region", lang)], strict=False))
opening = catalog.page_selection("explorer", cache.query)[catalog.TRENDS.chart_id]

c1, c2 = st.columns([3, 2])
with c1:
    indicators = ui.bound_widget(st.multiselect, t("explorer_indicators", lang), "indicator",
                                 list(indicator_names), list(opening["indicators"]), lang,
                                 format_func=lambda c: indicator_names[c])
with c2:
    regions = ui.bound_widget(st.multiselect, t("explorer_regions", lang), "region", list(region_names),
                              [], lang, format_func=lambda c: region_names[c],
                              placeholder=t("filter_all", lang))

if not indicators:
    st.info(t("explorer_pick", lang))
else:
    ui.show_charts(catalog.TRENDS, lang, indicators=tuple(indicators), regions=tuple(regions))
    rows = cache.query("trend", indicators=list(indicators), regions=list(regions))
    box = ui.folded(t("explorer_table", lang, n=len(rows)), "explorer_table", ":material/table:")
if indicators and box:
    table = rows.assign(indicator=rows[col("name", lang)], region=rows[col("region", lang)],
                        kind=[kind_label(k, lang) for k in rows["kind"]],
                        latest=[t("latest", lang) if v else "" for v in rows["is_latest"]])
    table = table[["indicator", "region", "period", "value", "unit", "approx", "kind", "revision", "latest",
                   "source_id", "quote"]]
    table.columns = [t(k, lang) for k in ("indicator", "region", "period", "value", "unit", "approx", "kind",
                                          "revision", "latest", "source", "quote")]
    box.dataframe(table, hide_index=True, width="stretch")
ui.footer(lang)
