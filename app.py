"""Router of the dashboard: the language, st.navigation over the page registry, the language link, login."""

import streamlit as st

from dashboard import login, page_shell, router, url_state

st.set_page_config(page_title=page_shell.TITLE, page_icon="📊", layout="wide")
lang = url_state.language()
page = st.navigation(router.navigation_pages(lang), expanded=True)  # every page listed, no "view more"
url_state.language_link(page, lang)
login.editor_login(lang)
page.run()
