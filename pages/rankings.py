"""排名历程 Ranking history: every list over its editions, rank 1 at the top, scopes kept apart."""

from dashboard import cache, charts, ui

lang = ui.page_header("page_rankings")
sources = ui.sources_table()
history = cache.query("ranking_history", scope="national", many_editions=True)
ui.show_chart(charts.ranking_history_chart(history, sources, lang, "national"), lang)
for scope in ("national", "provincial", "municipal"):
    single = cache.query("ranking_history", scope=scope, many_editions=False)
    if len(single):
        ui.show_chart(charts.ranking_points_chart(single, sources, lang, scope), lang)
ui.footer(lang)
