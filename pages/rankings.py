"""排名历程 Ranking history: every list over its editions, rank 1 at the top, lists never merged."""

from dashboard import catalog, chart_display, furniture

lang = furniture.page_header("rankings")
chart_display.show_views([catalog.RANKING_HISTORY, catalog.RANKING_SINGLE], lang)
furniture.footer(lang)
