"""占株洲比重 Shares: Liling's 1/3 1/4 1/5 1/6 of Zhuzhou, labelled as stated."""

from dashboard import catalog, ui

lang = ui.page_header("page_shares")
ui.show_charts(catalog.SHARES_OF_ZHUZHOU, lang)
ui.footer(lang)
