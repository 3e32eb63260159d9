"""排名历程 Ranking history: every list over its editions, rank 1 at the top, scopes kept apart."""

from dashboard import cache, catalog, ui

lang = ui.page_header("page_rankings")
for chart in catalog.ranking_charts(cache.query, lang):
    ui.show_chart(chart, lang)
ui.footer(lang)
