"""发展指标 Other indicators: one category at a time, one chart per unit (like with like)."""

import streamlit as st

from dashboard import cache, charts, ui
from dashboard.i18n import t

lang = ui.page_header("page_indicators", "indicators_intro")
en = lang == "en"
sources = ui.sources_table()

cats = cache.query("categories")
cats = cats[~cats["category"].isin(["shares", "rankings"]) & (cats["figures"] > 0)]
codes = cats["category"].tolist()
names = dict(zip(cats["category"], cats["name_en" if en else "name_zh"], strict=True))
category = ui.bound_widget(st.segmented_control, t("category", lang), "category", codes, "investment",
                          lang, required=True, format_func=lambda c: names[c])

figures = cache.query("indicator_group", category=category)
for unit in dict.fromkeys(figures["unit"]):
    rows = figures[figures["unit"] == unit]
    names_col = rows["name_en" if en else "name_zh"]
    rows = rows.assign(label=[f"{n}<br>{p}" for n, p in zip(names_col, rows["period"], strict=True)])
    ui.show_chart(charts.kind_bars(
        rows, sources, lang, chart_id=f"indicators_{category}_{charts.unit_slug(unit)}",
        title=f"{names[category]}（{unit}）" if not en else f"{names[category]} ({unit})",
        unit_label=unit, label_col="label",
        period=f"{rows['period_start'].min()}-{rows['period_start'].max()}"), lang)
ui.footer(lang)
