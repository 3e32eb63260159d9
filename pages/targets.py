"""目标与进度 Targets: outcomes beside their targets, and the 千亿时代 paths as projections."""


from dashboard import cache, cards, catalog, chart_display, furniture
from dashboard.i18n import t

lang = furniture.page_header("targets")
en = lang == "en"

chart_display.show_views([catalog.GROWTH_VS_TARGET, catalog.QIANYI_PATHS], lang)

targets = cache.query("targets_table", lang_en=en)
if box := furniture.folded(t("targets_table", lang, n=len(targets)), "targets_box", ":material/table:"):
    box.dataframe(cards.figures_view(targets, lang, {
        "programme": "programme", "region": "region", "indicator": "indicator", "period": "period",
        "value": "value", "source_id": "source", "quote": "quote"}), hide_index=True, width="stretch")
furniture.footer(lang)
