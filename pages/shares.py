"""占株洲比重 Shares: Liling's 1/3 1/4 1/5 1/6 of Zhuzhou, labelled as stated."""

from dashboard import cache, charts, ui

lang = ui.page_header("page_shares")
shares = cache.query("shares_of_zhuzhou")
chart = charts.shares_chart(shares, ui.sources_table(), lang)
ui.show_chart(chart, lang)
ui.footer(lang)
