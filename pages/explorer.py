"""指标浏览 Indicator explorer: chosen indicators and regions over time, chart and table, state in the URL.

The choice is shown as a line of text; the two pickers sit in a popover built when opened (a page
that opens with two multiselects drawn costs the browser about a third more).
"""

import streamlit as st

from dashboard import cache, catalog, chart_display, charts, furniture, periods, url_state
from dashboard.i18n import col, kind_label, t

lang = furniture.page_header("explorer")
options = cache.query("trend_options")
indicator_names = dict(zip(options["indicator_code"], options[col("name", lang)], strict=False))
region_names = dict(zip(options["region_code"], options[col("region", lang)], strict=False))
opening = cache.page_selection("explorer")[catalog.TRENDS.chart_id]
indicators = url_state.url_list("indicator", list(indicator_names), list(opening["indicators"]), lang)
regions = url_state.url_list("region", list(region_names), [], lang)

sep = "、" if lang == "zh" else ", "
st.markdown(f"**{t('explorer_indicators', lang)}**{'：' if lang == 'zh' else ': '}"
            + furniture.plain(sep.join(indicator_names[c] for c in indicators) or "—")
            + f"　**{t('explorer_regions', lang)}**{'：' if lang == 'zh' else ': '}"
            + furniture.plain(sep.join(region_names[c] for c in regions) or t("explorer_all_regions", lang)))


def pickers() -> None:
    url_state.list_picker(t("explorer_indicators", lang), "indicator", list(indicator_names), lang,
                   format_func=lambda c: indicator_names[c])
    url_state.list_picker(t("explorer_regions", lang), "region", list(region_names), lang,
                   format_func=lambda c: region_names[c], placeholder=t("filter_all", lang))


furniture.lazy_popover(t("explorer_choose", lang), "explorer_pickers", ":material/tune:", pickers)

if not indicators:
    st.info(t("explorer_pick", lang))
else:
    chart_display.show_charts(catalog.TRENDS, lang, indicators=tuple(indicators), regions=tuple(regions))
    rows = cache.query("trend", indicators=list(indicators), regions=list(regions))
    box = furniture.folded(t("explorer_table", lang, n=len(rows)), "explorer_table", ":material/table:")
if indicators and box:
    table = rows.assign(indicator=rows[col("name", lang)], region=rows[col("region", lang)],
                        kind=[kind_label(k, lang) for k in rows["kind"]],
                        period=[charts.period_label(p, lang) for p in rows["period"]],
                        grain=[periods.grain_label(g, lang) for g in rows["grain"]],
                        latest=[t("latest", lang) if v else "" for v in rows["is_latest"]])
    table = table[["indicator", "region", "period", "grain", "value", "unit", "approx", "kind", "revision",
                   "latest", "source_id", "quote"]]
    table.columns = [t(k, lang) for k in ("indicator", "region", "period", "grain", "value", "unit", "approx",
                                          "kind", "revision", "latest", "source", "quote")]
    box.dataframe(table, hide_index=True, width="stretch")
furniture.footer(lang)
