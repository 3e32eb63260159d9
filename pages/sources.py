"""来源 Sources: each document with its metadata and full text, quoted passages highlighted."""

import pandas as pd
import streamlit as st

from dashboard import cache, ui
from dashboard.highlight import highlighted_html
from dashboard.i18n import col, kind_label, name, t

lang = ui.page_header("page_sources", "sources_intro")
en = lang == "en"
sources = ui.sources_table()
ids = sources["source_id"].tolist()
labels = dict(zip(ids, sources[col("label", lang)], strict=True))

source_id = ui.bound_widget(st.selectbox, t("document", lang), "source", ids, ids[0], lang,
                            format_func=lambda s: labels[s])
doc = sources.set_index("source_id").loc[source_id]

focus = None
fact_ids = st.query_params.get_all("fact")
if fact_ids:
    fact = cache.query("fact_detail", fact_id=fact_ids[0])
    if fact.empty:
        st.warning(t("bad_param", lang, name="fact", value=fact_ids[0]))
        del st.query_params["fact"]
    elif fact["source_id"].iloc[0] != source_id:  # the reader picked another document
        del st.query_params["fact"]
    else:
        row = fact.iloc[0]
        focus = row.quote
        with st.container(border=True):
            st.markdown(f"**{t('selected_fact', lang)}** · {name(row, lang, 'indicator')}"
                        f" · {row.period} · {kind_label(row.kind, lang)}")
            st.text(f"{row.value:g} {row.unit} {row.approx or ''}".strip())
            st.text(row.quote)

st.subheader(ui.plain(name(doc, lang, "title")))
dates = (f"{doc.date_from:%Y-%m-%d} – {doc.date_to:%Y-%m-%d}" if pd.notna(doc.date_from) else "")
meta = {
    t("publisher", lang): ui.plain(doc.publisher),
    t("date", lang): f"{dates} ({ui.plain(doc.date_note)})",
    t("doc_kind", lang): t(f"doc_kind_{doc.doc_kind.replace(' ', '_')}", lang),
    "id": source_id,
    "sha256": doc.sha256,
    t("figures_from_doc", lang, n=int(doc.figures)): "",
}
for key, value in meta.items():
    st.markdown(f"**{key}** {value}" if value else f"**{key}**")

quotes = cache.query("source_quotes", source_id=source_id)["quote"].tolist()
st.subheader(t("full_text", lang))
if not isinstance(doc.text, str):  # a source added by an import: no text is held, only its quotes
    for quote in quotes:
        st.text(quote)
    ui.footer(lang)
    st.stop()
html_text = highlighted_html(doc.text, quotes, focus)
style = "white-space:pre-wrap;line-height:1.9;font-size:1.05rem;max-width:60em"
st.html(f'<div style="{style}">{html_text}</div>')
ui.footer(lang)
