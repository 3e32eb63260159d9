"""排名历程 Ranking history: every list over its editions, rank 1 at the top, scopes kept apart."""

from dashboard import cache, ui

lang = ui.page_header("page_rankings")
for chart in cache.charts("ranking_charts", lang):
    ui.show_chart(chart, lang)
ui.footer(lang)
