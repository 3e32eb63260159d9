"""Router of the dashboard: the language switch, the editor login and st.navigation over the pages."""

import streamlit as st

from dashboard import ui

st.set_page_config(page_title="醴陵·株洲经济看板", page_icon="📊", layout="wide")
lang = ui.language_switch()
ui.editor_login(lang)
st.navigation(ui.navigation_pages(lang)).run()
