"""Router of the dashboard: only st.navigation over the pages."""

import streamlit as st

pages = [st.Page("pages/overview.py", title="总览 Overview", icon="📊", default=True)]
st.navigation(pages).run()
