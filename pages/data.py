"""数据 Data explorer: filter the figures; download them as CSV or Excel (columns as the facts command)."""

import functools

import streamlit as st

from dashboard import cache, cards, charts, export, furniture, periods, url_state
from dashboard.i18n import col, t

lang = furniture.page_header("data")
en = lang == "en"
options = cache.query("filter_options")
label = col("name", lang)

filters = {}
cols = st.columns(5)
for column, (field, title_key) in zip(cols, [("region", "region"), ("category", "category"),
                                             ("period", "period"), ("grain", "grain"), ("kind", "kind")],
                                      strict=True):
    opts = options[options["filter"] == field]
    names = dict(zip(opts["code"], opts[label], strict=True))
    if field == "period":  # months labelled: YYYY年1-5月 / Jan–May YYYY
        names = {c: charts.period_label(c, lang) for c in names}
    elif field == "grain":  # 全年 / year, 累计 / year to date
        names = {c: periods.grain_label(c, lang) for c in names}
    with column:
        filters[field] = url_state.bound_widget(st.multiselect, t(title_key, lang), field, list(names), [],
                                                lang, format_func=lambda c, names=names: names[c],
                                                placeholder=t("filter_all", lang))

rows = cache.query("explorer_facts", regions=filters["region"], categories=filters["category"],
                   periods=filters["period"], kinds=filters["kind"], grains=filters["grain"])
st.caption(t("rows_shown", lang, n=len(rows)))
if rows.empty:
    st.info(t("no_data", lang))

download = rows.rename(columns={"region_zh": "region", "indicator_zh": "indicator", "source_id": "source"})
bar = st.container(horizontal=True)  # buttons as wide as their labels
c1 = c2 = bar
# The files are built when clicked, not on every rerun of the page.
c1.download_button(t("download_csv", lang), functools.partial(export.facts_csv, download),
                   file_name="醴陵株洲经济数据.csv", mime="text/csv", on_click="ignore",
                   icon=":material/download:")
c2.download_button(t("download_xlsx", lang), functools.partial(export.facts_xlsx, download),
                   file_name="醴陵株洲经济数据.xlsx", on_click="ignore",
                   mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   icon=":material/download:")

# The table reads in the page's language: figures as written, kinds and sources by their labels (the
# downloads above keep the facts command's columns and ids). The notes are written in English.
columns = {col("region", lang): "region", col("indicator", lang): "indicator", "period": "period",
           "grain": "grain", "value": "value", "kind": "kind", "source_id": "source", "quote": "quote"}
if en:
    columns["note"] = "note"
view = cards.figures_view(rows, lang, columns)
st.dataframe(view, hide_index=True, width="stretch", height=560)

history = cache.query("fact_history", regions=filters["region"], categories=filters["category"],
                      periods=filters["period"], kinds=filters["kind"], grains=filters["grain"])
if len(history):
    box = furniture.folded(f"{t('history', lang)} ({len(history)})", "history_box", ":material/history:")
    if box:  # built once opened: the page opens with one table
        box.dataframe(cards.figures_view(history, lang, {
            col("region", lang): "region", col("indicator", lang): "indicator", "period": "period",
            "value": "value", "kind": "kind", "revision": "revision", "is_latest": "is_latest",
            "source_id": "source", "quote": "quote"}), hide_index=True, width="stretch")
furniture.footer(lang)
