"""来源 Sources: each document with its metadata and full text, quoted passages highlighted; a link from
a chart or card opens the document at its figures' passages (shown first, marked, scrolled to)."""

import pandas as pd
import streamlit as st

from dashboard import cache, charts, furniture, url_state
from dashboard.highlight import highlighted_html, passages_html
from dashboard.i18n import col, kind_label, name, t

lang = furniture.page_header("sources")
en = lang == "en"
sources = furniture.sources_table()
ids = sources["source_id"].tolist()
labels = dict(zip(ids, sources[col("label", lang)], strict=True))

source_id = url_state.bound_widget(st.selectbox, t("document", lang), "source", ids, ids[0], lang,
                            format_func=lambda s: labels[s])
doc = sources.set_index("source_id").loc[source_id]

focus: list[str] = []
fact_ids = st.query_params.get_all("fact")
for fact_id in fact_ids:
    fact = cache.query("fact_detail", fact_id=fact_id)
    if fact.empty:
        st.warning(t("bad_param", lang, name="fact", value=fact_id))
        continue
    if fact["source_id"].iloc[0] != source_id:  # the reader picked another document
        continue
    row = fact.iloc[0]
    focus.append(row.quote)
    if len(fact_ids) == 1:  # one figure: say which
        with st.container(border=True):
            st.markdown(f"**{t('selected_fact', lang)}** · {furniture.plain(name(row, lang, 'indicator'))}"
                        f" · {row.period} · {kind_label(row.kind, lang)}")
            st.text(f"{row.value:g} {row.unit} {row.approx or ''}".strip())
            st.text(charts.quote_text(row.quote))  # text, never markdown (nor its ** marks)
if fact_ids and not focus:
    del st.query_params["fact"]
style = "white-space:pre-wrap;line-height:1.9;font-size:1.05rem;max-width:60em"
if focus and isinstance(doc.text, str):  # the chosen figures' passages first, marked
    st.subheader(t("focus_passage", lang))
    st.html(f'<div class="focus-passages" style="{style}">{passages_html(doc.text, focus)}</div>')
    furniture.scroll_to("focus")

st.subheader(furniture.plain(name(doc, lang, "title")))
if pd.notna(doc.date_from):
    same = doc.date_from == doc.date_to or pd.isna(doc.date_to)
    dates = f"{doc.date_from:%Y-%m-%d}" if same else f"{doc.date_from:%Y-%m-%d} – {doc.date_to:%Y-%m-%d}"
else:
    dates = "—"
meta = {
    t("publisher", lang): furniture.plain(doc.publisher),
    # the date notes are written in English: an English reader gets them, a Chinese one the dates
    t("date", lang): dates + (f" ({furniture.plain(doc.date_note)})" if en and isinstance(doc.date_note, str)
                              else ""),
    t("doc_kind", lang): t(f"doc_kind_{doc.doc_kind.replace(' ', '_')}", lang),
    t("figures_from_doc", lang, n=int(doc.figures)): "",
}
if doc.url:  # where it was read; a mirror is not the publisher's own site
    meta[t("read_from_mirror" if doc.is_mirror else "read_from", lang)] = furniture.plain(doc.url)
for key, value in meta.items():
    st.markdown(f"**{key}** {value}" if value else f"**{key}**")
st.html(f"<div style='word-break:break-all;font-size:0.85rem;opacity:0.8'>SHA-256 {doc.sha256}</div>")

quotes = cache.query("source_quotes", source_id=source_id)["quote"].tolist()
if not isinstance(doc.text, str):  # a source added by an import: no text is held, only its quotes
    st.subheader(t("full_text", lang))
    for quote in quotes:
        st.text(quote)
    furniture.footer(lang)
    st.stop()
if focus:  # the passages stand above; the whole document below, folded
    box = furniture.folded(t("show_whole_document", lang), "whole_box", ":material/article:")
    if box:  # built once opened
        whole = highlighted_html(doc.text, quotes, focus).replace(' id="focus"', "")  # one anchor: above
        box.html(f'<div style="{style}">{whole}</div>')
else:
    st.subheader(t("full_text", lang))
    st.html(f'<div style="{style}">{highlighted_html(doc.text, quotes)}</div>')
furniture.footer(lang)
