"""占株洲比重 Shares: Liling's 1/3 1/4 1/5 1/6 of Zhuzhou as stated, beside the shares derived per period."""

import streamlit as st

from dashboard import cache, cards, catalog, chart_display, furniture

lang = furniture.page_header("shares")
chart_display.show_charts(catalog.SHARES_OF_ZHUZHOU, lang)
st.html(cards.derived_shares_html(cache.query("shares_derived"), lang))
furniture.footer(lang)
