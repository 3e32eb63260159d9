"""目标与进度 Targets: outcomes beside their targets, and the 千亿时代 paths as projections."""


from dashboard import cache, catalog, ui
from dashboard.i18n import t

lang = ui.page_header("page_targets")
en = lang == "en"

ui.show_views("pages/targets.py", [catalog.GROWTH_VS_TARGET, catalog.QIANYI_PATHS], lang)

targets = cache.query("targets_table", lang_en=en)
if box := ui.folded(t("targets_table", lang, n=len(targets)), "targets_box", ":material/table:"):
    box.dataframe(ui.figures_view(targets, lang, {
        "programme": "programme", "region": "region", "indicator": "indicator", "period": "period",
        "value": "value", "source_id": "source", "quote": "quote"}), hide_index=True, width="stretch")
ui.footer(lang)
