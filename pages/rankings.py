"""排名历程 Ranking history: every list over its editions, rank 1 at the top, scopes kept apart."""

from dashboard import cache, charts, ui

lang = ui.page_header("page_rankings")
for scope in ("national", "provincial", "municipal"):
    ranks = cache.query("ranking_history", scope=scope)
    if len(ranks):
        ui.show_chart(charts.ranking_chart(ranks, ui.sources_table(), lang, scope), lang)
ui.footer(lang)
