"""排名历程 Ranking history: every list over its editions, rank 1 at the top, lists never merged."""

from dashboard import catalog, ui

lang = ui.page_header("page_rankings")
ui.show_views("pages/rankings.py", [catalog.RANKING_HISTORY, catalog.RANKING_SINGLE], lang)
ui.footer(lang)
