"""Router of the dashboard: the language, st.navigation over the pages, the language link, the login."""

import streamlit as st

from dashboard import ui

st.set_page_config(page_title="醴陵·株洲经济看板", page_icon="📊", layout="wide")
lang = ui.language()
page = st.navigation(ui.navigation_pages(lang))
ui.language_link(page, lang)
ui.editor_login(lang)
page.run()
