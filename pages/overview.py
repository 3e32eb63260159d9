"""Placeholder overview until the pages issue lands: the headline count of curated figures."""

import streamlit as st

from dashboard import db

con = db.connect()
facts = db.run(con, "facts_export")
con.close()
st.title("醴陵·株洲经济看板")
st.metric("已整理的数字 Figures curated", len(facts))
st.dataframe(facts, hide_index=True)
st.caption("来源：data/sources/ 中的五篇文档 · Sources: the five documents in data/sources/")
