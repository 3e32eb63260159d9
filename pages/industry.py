"""产业集群 Industry clusters: the systems side by side (overlap visible, unnamed slots shown)."""

import streamlit as st

from dashboard import cache, catalog, chart_display, furniture, slides
from dashboard.i18n import col, name, t

lang = furniture.page_header("industry")
en = lang == "en"
views = [catalog.INDUSTRY_MATRIX, catalog.INDUSTRY_OUTPUT_GROWTH]
for spec, chart in chart_display.view_choice(views, lang):
    if spec is not catalog.INDUSTRY_MATRIX:
        chart_display.show_chart(chart, lang)
        continue
    with st.container(key="industry_wide"):  # the matrix; a phone gets the systems as lists instead
        chart_display.show_chart(chart, lang, table=True)
    with st.container(key="industry_narrow"):
        outlines = cache.industry_outline(lang)
        if outlines:  # one element: hidden on a wide screen, it should cost the page little
            st.html(f'<div class="chart-title">{outlines[0]["title"]}</div>'
                    + "".join(slides.outline_html(outline) for outline in outlines))

st.subheader(t("industry_systems", lang))
systems = cache.query("industry_systems")
labels = furniture.sources_table().set_index("source_id")[col("label", lang)].to_dict()
for code in dict.fromkeys(systems["system_code"]):
    rows = systems[systems["system_code"] == code]
    first = rows.iloc[0]
    box = furniture.folded(name(first, lang, "system_name"), f"system-{code}")
    if not box:  # the tiers' table is built once the section is opened
        continue
    with box:
        table = rows.assign(
            member=[(m_en if en else m_zh) if named else t("industry_unnamed", lang)
                    for m_zh, m_en, named in zip(rows["member_zh"], rows["member_en"], rows["is_named"],
                                                 strict=True)],
            tier=rows[col("tier_name", lang)],
            source=["；".join(labels.get(s, s) for s in str(v).split()) for v in rows["source_ids"]],
        )[["tier", "member", "tier_size", "source", "quote"]]
        table.columns = [t("tier", lang), t("member", lang), t("size_stated", lang), t("source", lang),
                         t("quote", lang)]
        st.dataframe(table, hide_index=True, width="stretch")
        for note in rows["note"].dropna().unique():
            st.caption(note)
furniture.footer(lang)
