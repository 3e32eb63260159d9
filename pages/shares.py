"""占株洲比重 Shares: Liling's 1/3 1/4 1/5 1/6 of Zhuzhou, labelled as stated."""

from dashboard import catalog, chart_display, furniture

lang = furniture.page_header("shares")
chart_display.show_charts(catalog.SHARES_OF_ZHUZHOU, lang)
furniture.footer(lang)
