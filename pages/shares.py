"""占株洲比重 Shares: Liling's 1/3 1/4 1/5 1/6 of Zhuzhou, labelled as stated."""

from dashboard import cache, ui

lang = ui.page_header("page_shares")
for chart in cache.charts("shares_charts", lang):
    ui.show_chart(chart, lang)
ui.footer(lang)
