"""数据维护 Data maintenance (editors only): check an upload row by row, then import it as a batch."""

import hashlib
import re
import time

import pandas as pd
import streamlit as st

from dashboard import add_source, cache, furniture, imports, login, review
from dashboard.documents import DOCUMENT_TYPES, DocumentError, read_document
from dashboard.extract import IntakeError, document_date, run_bounded
from dashboard.extract.indicators import Registry
from dashboard.highlight import highlighted_html
from dashboard.i18n import date_how, kind_label, t


def review_section(lang: str, editor: str) -> None:
    """The intake section: document in, candidates reviewed, accepted rows imported."""
    st.subheader(t("intake", lang))
    st.caption(t("intake_help", lang))
    reg = Registry.load()
    upload = st.file_uploader(
        t("intake_upload", lang), type=[d.lstrip(".") for d in DOCUMENT_TYPES], key="intake_upload"
    )
    pasted = st.text_area(t("intake_paste", lang), key="intake_paste", height=120)
    if upload is not None:
        data, file_name = upload.getvalue(), upload.name
    elif pasted.strip():
        data, file_name = pasted.encode("utf-8"), "pasted.txt"
    else:
        return
    try:
        text = read_document(data, file_name)
    except DocumentError as e:
        st.error(e.text(lang))
        return
    doc_key = hashlib.sha256(data).hexdigest()[:16]
    if st.session_state.get("intake_doc") != doc_key:
        st.session_state["intake_doc"] = doc_key
        st.session_state["intake_t0"] = time.monotonic()
    sources = review.registered_sources(reg)
    guess = review.guess_source(data, file_name, reg)
    source_id = st.selectbox(
        t("intake_source", lang),
        sources,
        key="intake_source",
        index=sources.index(guess) if guess in sources else None,
        help=t("intake_source_help", lang),
    )
    if source_id is None:  # an unregistered document: candidates are shown, importing waits for add-source
        st.warning(t("intake_unregistered", lang))
    found, how = document_date(text, source_id=source_id, reg=reg)
    # No date found: the field stays empty and the text dates its own figures (a title's year, 今年前11月…);
    # today's date would turn a past year's bulletin's figures into this year's.
    doc_date = st.date_input(t("intake_date", lang), value=found, key="intake_date")
    st.caption(t("intake_date_how", lang, how=date_how(how, lang) if found else t("intake_date_text", lang)))
    run_key = (doc_key, source_id, doc_date)
    if st.session_state.get("intake_run_key") != run_key:  # edits rerun the page: extract once per input
        try:  # in a worker process with a time limit: a slow document cannot hold this script thread
            st.session_state["intake_cands"] = run_bounded(
                text, source_id=source_id or "", doc_date=doc_date, registry=reg
            )
        except IntakeError as e:
            st.error(e.text(lang))
            return
        st.session_state["intake_run_key"] = run_key
    cands = st.session_state["intake_cands"]
    if not cands:
        st.info(t("intake_none", lang))
        return
    st.caption(
        t(
            "intake_found",
            lang,
            n=len(cands),
            placed=sum(c.indicator_known and c.region_known for c in cands),
        )
    )
    frame = review.candidate_frame(cands, reg)
    st.caption(t("intake_groups", lang))
    st.dataframe(
        review.group_summary(frame),
        hide_index=True,
        column_config={  # the review's words in the reader's language
            "region": t("region", lang),
            "period": t("period", lang),
            "candidates": t("intake_candidates", lang),
            "sure": t("intake_sure", lang),
            "accepted": t("intake_accepted", lang),
        },
    )
    if unheld := review.new_regions(frame, reg):
        st.warning(t("intake_new_regions", lang, names="、".join(unheld)))
        _confirm_new_regions(frame, unheld, lang)
    with st.expander(t("intake_document", lang), expanded=False):
        style = "white-space:pre-wrap;line-height:1.9;max-height:28em;overflow-y:auto"
        st.html(f'<div style="{style}">{highlighted_html(text, [c.quote for c in cands])}</div>')
    kinds = ["actual", "estimate", "target", "rank", "share", "derived"]
    edited = st.data_editor(
        frame,
        key=f"intake_rows_{doc_key}_{source_id}",
        hide_index=True,
        width="stretch",
        num_rows="fixed",
        column_config={
            "accept": st.column_config.CheckboxColumn(t("intake_accept", lang)),
            "region": st.column_config.TextColumn(t("region", lang)),
            "indicator": st.column_config.TextColumn(t("indicator", lang)),
            "period": st.column_config.TextColumn(t("period", lang)),
            "value": st.column_config.TextColumn(t("value", lang)),
            "unit": st.column_config.TextColumn(t("unit", lang)),
            "kind": st.column_config.SelectboxColumn(  # 预计, 目标: the kind in the reader's language
                t("kind", lang), options=kinds, format_func=lambda k: kind_label(k, lang)
            ),
            "source": st.column_config.TextColumn(t("source", lang), disabled=True),
            "quote": st.column_config.TextColumn(t("quote", lang), disabled=True, width="large"),
            "confidence": st.column_config.NumberColumn(
                t("intake_confidence", lang), disabled=True, format="%.2f"
            ),
            "note": st.column_config.TextColumn(t("note", lang), disabled=True),
        },
    )
    _confirm_new_indicators(edited, reg, lang)
    n = int(edited["accept"].astype(bool).sum())
    if not n:
        st.info(t("intake_nothing", lang))
        return
    if source_id is None:
        return
    accept = st.checkbox(t("intake_revisions", lang), key="intake_accept_revisions")
    data_csv = review.accepted_csv(edited)
    name = f"intake-{source_id}.csv"
    plan, _ = imports.import_file(data_csv, name, editor, accept_revisions=accept, dry_run=True)
    if plan.problems:
        st.error(t("intake_bad", lang, n=len(plan.problems)))
        st.dataframe(
            pd.DataFrame({"#": [p.row for p in plan.problems], "": [p.text(lang) for p in plan.problems]}),
            hide_index=True,
        )
        return
    st.success(t("intake_ok", lang, added=plan.added, revised=plan.revised, unchanged=plan.unchanged))
    if st.button(t("intake_import", lang, n=n), type="primary", key="intake_do_import"):
        plan, entry = imports.import_file(data_csv, name, editor, accept_revisions=accept)
        if entry:
            seconds = time.monotonic() - st.session_state.get("intake_t0", time.monotonic())
            st.success(
                t(
                    "intake_done",
                    lang,
                    batch=entry["batch_id"],
                    added=entry["rows_added"],
                    revised=entry["rows_revised"],
                    seconds=seconds,
                )
            )
        else:
            st.error(t("intake_bad", lang, n=len(plan.problems)))


def _confirm_new_regions(frame: pd.DataFrame, unheld: list[str], lang: str) -> None:
    """One button per proposed region with a division code: registered in regions.csv in one step."""
    codes = review.proposed_regions(frame)
    for i, name in enumerate(n for n in unheld if n in codes):
        if st.button(t("intake_add_region", lang, name=name, code=codes[name]), key=f"intake_region_{i}"):
            problem = review.add_region(codes[name])
            if problem:
                st.error(problem[1] if lang == "en" else problem[0])
            else:
                st.success(t("intake_region_added", lang, name=name, code=codes[name]))


def _confirm_new_indicators(edited: pd.DataFrame, reg: Registry, lang: str) -> None:
    unknown = review.unknown_indicators(edited, reg)
    if not unknown:
        return
    st.markdown(f"**{t('intake_new', lang)}**")
    st.caption(t("intake_new_help", lang))
    units = sorted(reg.unit_dim)
    categories = sorted({r["category"] for r in reg.indicators.values()})
    for i, name in enumerate(unknown):
        unit_guess = str(edited.loc[edited["indicator"] == name, "unit"].iloc[0])
        with st.form(f"intake_new_{i}", border=True):
            st.text(name)
            cols = st.columns(4)
            code = cols[0].text_input(t("intake_code", lang), key=f"intake_new_code_{i}")
            name_en = cols[1].text_input(t("intake_name_en", lang), key=f"intake_new_en_{i}")
            unit = cols[2].selectbox(
                t("intake_unit", lang),
                units,
                key=f"intake_new_unit_{i}",
                index=units.index(unit_guess) if unit_guess in units else 0,
            )
            category = cols[3].selectbox(t("intake_category", lang), categories, key=f"intake_new_cat_{i}")
            notes = " ".join(str(x) for x in edited.loc[edited["indicator"] == name, "note"])
            ranking = None
            if "new ranking list?" in notes:  # a list: its scope, and the publisher the document names
                named = re.search(r"publisher: (.+?)(?:;|$)", notes)
                publisher = named.group(1).strip() if named and named.group(1) != "not named" else ""
                cols2 = st.columns(2)
                scope = cols2[0].selectbox(
                    t("intake_scope", lang),
                    ["national", "provincial", "municipal"],
                    key=f"intake_new_scope_{i}",
                )
                publisher = cols2[1].text_input(
                    t("intake_publisher", lang), value=publisher, key=f"intake_new_pub_{i}"
                )
                ranking = {"scope": scope, "publisher": publisher.strip()}
            if st.form_submit_button(t("intake_confirm", lang)):
                problem = review.add_indicator(code.strip(), name, name_en.strip(), unit, category,
                                               ranking=ranking)
                if problem:
                    st.error(problem[1] if lang == "en" else problem[0])
                else:
                    st.success(t("intake_added", lang, code=code))


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
