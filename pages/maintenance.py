"""数据维护 Data maintenance (editors only): check an upload row by row, then import it as a batch."""

import pandas as pd
import streamlit as st

from dashboard import add_source, cache, furniture, imports, login
from dashboard.i18n import t
from dashboard.review import review_section

lang = furniture.page_header("maintenance")
editor = login.require_editor(lang)

with st.expander(t("add_source", lang), icon=":material/note_add:"):
    with st.form("add_source", clear_on_submit=False):
        st.caption(t("add_source_help", lang))
        doc = st.file_uploader(t("upload", lang), type=["txt", "docx", "pdf"], key="source_file")
        new_id = st.text_input(t("source_id", lang))
        title = st.text_input(t("source_title", lang))
        publisher = st.text_input(t("publisher", lang))
        day = st.text_input(t("source_date", lang))
        if st.form_submit_button(t("register", lang)) and doc is not None:
            try:
                row = add_source.register(doc.getvalue(), doc.name, new_id, title, publisher, day or None)
                st.success(t("registered", lang, id=row["source_id"], date=row["date_from"]))
            except add_source.SourceError as e:
                st.error(e.text(lang))

st.caption(t("limits", lang, kb=imports.MAX_BYTES // 1024, rows=imports.MAX_ROWS))
st.download_button(t("template", lang), imports.template_csv(), file_name="import-template.csv",
                   mime="text/csv", icon=":material/download:")
upload = st.file_uploader(t("upload", lang), type=["csv", "xlsx"], key="upload")
accept = st.checkbox(t("accept_revisions", lang), key="accept_revisions")
outliers = st.checkbox(t("confirm_outliers", lang), key="confirm_outliers")

if upload is not None:
    data = upload.getvalue()
    plan, entry = imports.import_file(data, upload.name, editor, accept_revisions=accept,
                                      confirm_outliers=outliers, dry_run=True)
    if plan.problems:
        st.error(t("check_result_bad", lang, n=len(plan.problems)))
        # Shown as a table: text from the upload is displayed as text, never as markdown or HTML.
        st.dataframe(pd.DataFrame({"#": [p.row for p in plan.problems],
                                   t("note", lang): [p.text(lang) for p in plan.problems]}),
                     hide_index=True, width="stretch")
    elif plan.nothing_new:
        st.info(t("nothing_new", lang))
    else:
        st.success(t("check_result_ok", lang, added=plan.added, revised=plan.revised,
                     unchanged=plan.unchanged))
    if plan.conflicts:
        st.subheader(t("conflicts", lang))
        st.dataframe(imports.conflict_table(plan, lang), hide_index=True, width="stretch")
    if plan.ok and (plan.added or plan.revised):
        if st.button(t("do_import", lang), type="primary", icon=":material/upload:"):
            plan, entry = imports.import_file(data, upload.name, editor, accept_revisions=accept,
                                              confirm_outliers=outliers)
            if entry:
                st.success(t("imported", lang, batch=entry["batch_id"], added=entry["rows_added"],
                             revised=entry["rows_revised"]))
            else:
                st.error(t("check_result_bad", lang, n=len(plan.problems)))
                for p in plan.problems:
                    st.text(p.text(lang))

review_section(lang, editor)
st.subheader(t("import_log", lang))
log = cache.query("import_log")
log.columns = [t(f"log_{c}", lang) for c in log.columns]
st.dataframe(log, hide_index=True, width="stretch")
furniture.footer(lang)
