"""Report intake on the 数据维护 page: upload or paste a report, review the proposed figures, import them."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import time
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import config, imports
from dashboard.curated import read_all
from dashboard.documents import DOCUMENT_TYPES, DocumentError, read_document
from dashboard.extract import document_date, extract, rows
from dashboard.extract.indicators import Registry
from dashboard.highlight import highlighted_html

TEXT = {
    "intake": {
        "zh": "报告录入：从报告到已核对的数字",
        "en": "Report intake: from a report to reviewed figures",
    },
    "intake_help": {
        "zh": "上传或粘贴一份报告（TXT、DOCX 或带文字层的 PDF）。系统逐条提出数字及原文摘录，"
        "请逐行核对：勾选“采用”、修改或取消，再通过同一校验路径导入。",
        "en": "Upload or paste a report (TXT, DOCX or a PDF with a text layer). Each proposed "
        "figure comes with its verbatim quote: tick 'accept', edit or untick each row, then "
        "import through the same validated path.",
    },
    "intake_upload": {"zh": "上传报告", "en": "Upload a report"},
    "intake_paste": {"zh": "或粘贴报告全文", "en": "or paste the report's text"},
    "intake_source": {"zh": "来源（须为已登记来源）", "en": "Source (must be registered)"},
    "intake_source_help": {
        "zh": "新文档请先登记：python -m dashboard add-source",
        "en": "Register a new document first: python -m dashboard add-source",
    },
    "intake_unregistered": {
        "zh": "这份文档还不是已登记来源：可先核对候选数字；导入前请用 python -m dashboard add-source "
        "登记，再选择来源。",
        "en": "This document is not a registered source yet: review the candidates now; before importing, "
        "register it with python -m dashboard add-source and choose it here.",
    },
    "intake_date": {"zh": "文档日期", "en": "Document date"},
    "intake_date_how": {"zh": "日期来源：{how}", "en": "Date from: {how}"},
    "intake_found": {
        "zh": "提出 {n} 条候选数字，其中 {placed} 条已对应到指标；其余请核对。",
        "en": "{n} candidate figures, {placed} matched to an indicator; check the rest.",
    },
    "intake_none": {"zh": "文中没有找到数字。", "en": "No figures found in the text."},
    "intake_document": {"zh": "原文（候选数字已标出）", "en": "The document (candidates highlighted)"},
    "intake_accept": {"zh": "采用", "en": "accept"},
    "intake_new": {"zh": "待确认的新指标", "en": "New indicators to confirm"},
    "intake_new_help": {
        "zh": "以下名称不在指标表中。确认后写入 data/indicators.csv；或在表格中改为已有指标。",
        "en": "These names are not in the indicator registry. Confirm to add them to "
        "data/indicators.csv, or change the row to an existing indicator.",
    },
    "intake_code": {"zh": "代码（英文小写）", "en": "Code (lower-case)"},
    "intake_name_en": {"zh": "英文名", "en": "English name"},
    "intake_unit": {"zh": "单位", "en": "Unit"},
    "intake_category": {"zh": "类别", "en": "Category"},
    "intake_scope": {"zh": "榜单范围", "en": "Scope of the list"},
    "intake_publisher": {"zh": "发布机构（以文中所写为准）", "en": "Publisher (as the document names it)"},
    "intake_confirm": {"zh": "确认新指标", "en": "Confirm the new indicator"},
    "intake_added": {"zh": "已登记新指标 {code}。", "en": "Indicator {code} registered."},
    "intake_check": {"zh": "检查所选 {n} 行", "en": "Check the {n} accepted rows"},
    "intake_import": {"zh": "导入所选 {n} 行", "en": "Import the {n} accepted rows"},
    "intake_ok": {
        "zh": "检查通过：新增 {added}，修订 {revised}，不变 {unchanged}。",
        "en": "Check passed: {added} new, {revised} revised, {unchanged} unchanged.",
    },
    "intake_bad": {"zh": "有 {n} 个问题，未写入任何数据：", "en": "{n} problems; nothing was written:"},
    "intake_done": {
        "zh": "已导入批次 {batch}：新增 {added}，修订 {revised}。从上传到导入用时 {seconds:.0f} 秒。",
        "en": "Imported batch {batch}: {added} new, {revised} revised. {seconds:.0f} s from upload "
        "to import.",
    },
    "intake_revisions": {"zh": "接受修订（改变已有数字）", "en": "Accept revisions (change held figures)"},
    "intake_nothing": {"zh": "没有勾选任何行。", "en": "No row is ticked."},
}
EDITOR_COLUMNS = [
    "accept",
    "region",
    "indicator",
    "period",
    "value",
    "unit",
    "kind",
    "source",
    "quote",
    "confidence",
    "note",
]
_CODE = re.compile(r"^[a-z][a-z0-9_]{2,60}$")


def _t(key: str, lang: str, **kw) -> str:
    text = TEXT[key]["en" if lang == "en" else "zh"]
    return text.format(**kw) if kw else text


def candidate_frame(cands: list, reg: Registry) -> pd.DataFrame:
    """The candidates as the review table: a row is ticked when it is placed and fairly sure."""
    df = pd.DataFrame(rows(cands, reg), columns=EDITOR_COLUMNS[1:])
    df.insert(
        0,
        "accept",
        [c.indicator_known and c.region_known and bool(c.period) and c.confidence >= 0.6 for c in cands],
    )
    df["confidence"] = df["confidence"].astype(float)
    return df


def accepted_csv(df: pd.DataFrame) -> bytes:
    """The ticked rows as an import file (the import columns and the note), UTF-8."""
    kept = df[df["accept"].astype(bool)]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(config.FACTS_EXPORT_COLUMNS + ["note"])
    for _, r in kept.iterrows():
        w.writerow([str(r[c]) if pd.notna(r[c]) else "" for c in config.FACTS_EXPORT_COLUMNS + ["note"]])
    return buf.getvalue().encode("utf-8")


def unknown_indicators(df: pd.DataFrame, reg: Registry) -> list[str]:
    """Indicator names in ticked rows that the registry does not know (to confirm or change)."""
    known = {r["name_zh"] for r in reg.indicators.values()} | set(reg.indicators)
    names = [str(x) for x in df.loc[df["accept"].astype(bool), "indicator"] if str(x) not in known]
    return list(dict.fromkeys(names))


def add_indicator(
    code: str,
    name_zh: str,
    name_en: str,
    unit: str,
    category: str,
    data_dir: Path | None = None,
    ranking: dict | None = None,
) -> tuple[str, str] | None:
    """Append a confirmed indicator to indicators.csv; the problem (zh, en), or None when added.

    `ranking` ({"scope", "publisher"}) registers it as a ranking list too (ranking_lists.csv); the
    publisher is only what the document names."""
    data_dir = data_dir or config.DATA_DIR
    reg = Registry.load(data_dir)
    if not _CODE.match(code):
        return (
            "代码须为 3–61 个小写字母、数字或下划线。",
            "the code must be 3 to 61 lower-case letters, digits or _.",
        )
    if code in reg.indicators:
        return f"指标代码 {code} 已存在。", f"indicator {code} exists already."
    if any(r["name_zh"] == name_zh for r in reg.indicators.values()):
        return f"已有名为“{name_zh}”的指标。", f"an indicator is already named {name_zh}."
    if unit not in reg.unit_dim:
        return f"未知单位“{unit}”。", f"unknown unit {unit}."
    if category not in {r["category"] for r in read_all(data_dir)["categories"]}:
        return f"未知类别“{category}”。", f"unknown category {category}."
    path = data_dir / "indicators.csv"
    with path.open(encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    row = {
        "indicator_code": code,
        "name_zh": name_zh,
        "name_en": name_en or code,
        "unit": unit,
        "category": category,
        "decimals": "1" if unit in ("%", "亿元", "万人", "万元") else "0",
        "higher_is_better": "true",
        "description": "added from report intake",
    }
    if ranking is not None and ranking.get("scope") not in ("national", "provincial", "municipal"):
        return (
            "范围须为 national、provincial 或 municipal。",
            "scope must be national, provincial or municipal.",
        )
    _append(path, header, row)
    if ranking is not None:
        lists = data_dir / "ranking_lists.csv"
        with lists.open(encoding="utf-8", newline="") as f:
            list_header = next(csv.reader(f))
        _append(
            lists,
            list_header,
            {
                "list_code": code,
                "change_indicator_code": "",
                "name_zh": name_zh,
                "name_en": name_en or code,
                "publisher": ranking.get("publisher", ""),
                "scope": ranking["scope"],
                "scope_region_code": "",
                "note": "added from report intake",
            },
        )
    return None


def _append(path: Path, header: list[str], row: dict) -> None:
    with path.open("a", encoding="utf-8", newline="") as f:
        csv.DictWriter(f, header, lineterminator="\n").writerow({h: row.get(h, "") for h in header})


def _registered_sources(reg: Registry) -> list[str]:
    return sorted(reg.sources)


def _guess_source(data: bytes, file_name: str, reg: Registry) -> str | None:
    sha = hashlib.sha256(data).hexdigest()
    for sid, s in reg.sources.items():
        if s.get("sha256") == sha or Path(file_name).stem in (sid, Path(s.get("file", "")).stem):
            return sid
    return None


def review_section(lang: str, editor: str) -> None:
    """The intake section: document in, candidates reviewed, accepted rows imported."""
    st.subheader(_t("intake", lang))
    st.caption(_t("intake_help", lang))
    reg = Registry.load()
    upload = st.file_uploader(
        _t("intake_upload", lang), type=[t.lstrip(".") for t in DOCUMENT_TYPES], key="intake_upload"
    )
    pasted = st.text_area(_t("intake_paste", lang), key="intake_paste", height=120)
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
    sources = _registered_sources(reg)
    guess = _guess_source(data, file_name, reg)
    source_id = st.selectbox(
        _t("intake_source", lang),
        sources,
        key="intake_source",
        index=sources.index(guess) if guess in sources else None,
        help=_t("intake_source_help", lang),
    )
    if source_id is None:  # an unregistered document: candidates are shown, importing waits for add-source
        st.warning(_t("intake_unregistered", lang))
    found, how = document_date(text, source_id=source_id, reg=reg)
    doc_date = st.date_input(_t("intake_date", lang), value=found or date.today(), key="intake_date")
    st.caption(_t("intake_date_how", lang, how=how if found else "—"))
    run_key = (doc_key, source_id, doc_date)
    if st.session_state.get("intake_run_key") != run_key:  # edits rerun the page: extract once per input
        st.session_state["intake_cands"] = extract(
            text, source_id=source_id or "", doc_date=doc_date, registry=reg
        )
        st.session_state["intake_run_key"] = run_key
    cands = st.session_state["intake_cands"]
    if not cands:
        st.info(_t("intake_none", lang))
        return
    st.caption(
        _t(
            "intake_found",
            lang,
            n=len(cands),
            placed=sum(c.indicator_known and c.region_known for c in cands),
        )
    )
    with st.expander(_t("intake_document", lang), expanded=False):
        style = "white-space:pre-wrap;line-height:1.9;max-height:28em;overflow-y:auto"
        st.html(f'<div style="{style}">{highlighted_html(text, [c.quote for c in cands])}</div>')
    kinds = ["actual", "estimate", "target", "rank", "share", "derived"]
    edited = st.data_editor(
        candidate_frame(cands, reg),
        key=f"intake_rows_{doc_key}_{source_id}",
        hide_index=True,
        width="stretch",
        num_rows="fixed",
        column_config={
            "accept": st.column_config.CheckboxColumn(_t("intake_accept", lang)),
            "kind": st.column_config.SelectboxColumn(options=kinds),
            "source": st.column_config.TextColumn(disabled=True),
            "quote": st.column_config.TextColumn(disabled=True, width="large"),
            "confidence": st.column_config.NumberColumn(disabled=True, format="%.2f"),
            "note": st.column_config.TextColumn(disabled=True),
        },
    )
    _confirm_new_indicators(edited, reg, lang)
    n = int(edited["accept"].astype(bool).sum())
    if not n:
        st.info(_t("intake_nothing", lang))
        return
    if source_id is None:
        return
    accept = st.checkbox(_t("intake_revisions", lang), key="intake_accept_revisions")
    data_csv = accepted_csv(edited)
    name = f"intake-{source_id}.csv"
    plan, _ = imports.import_file(data_csv, name, editor, accept_revisions=accept, dry_run=True)
    if plan.problems:
        st.error(_t("intake_bad", lang, n=len(plan.problems)))
        st.dataframe(
            pd.DataFrame({"#": [p.row for p in plan.problems], "": [p.text(lang) for p in plan.problems]}),
            hide_index=True,
        )
        return
    st.success(_t("intake_ok", lang, added=plan.added, revised=plan.revised, unchanged=plan.unchanged))
    if st.button(_t("intake_import", lang, n=n), type="primary", key="intake_do_import"):
        plan, entry = imports.import_file(data_csv, name, editor, accept_revisions=accept)
        if entry:
            seconds = time.monotonic() - st.session_state.get("intake_t0", time.monotonic())
            st.success(
                _t(
                    "intake_done",
                    lang,
                    batch=entry["batch_id"],
                    added=entry["rows_added"],
                    revised=entry["rows_revised"],
                    seconds=seconds,
                )
            )
        else:
            st.error(_t("intake_bad", lang, n=len(plan.problems)))


def _confirm_new_indicators(edited: pd.DataFrame, reg: Registry, lang: str) -> None:
    unknown = unknown_indicators(edited, reg)
    if not unknown:
        return
    st.markdown(f"**{_t('intake_new', lang)}**")
    st.caption(_t("intake_new_help", lang))
    units = sorted(reg.unit_dim)
    categories = sorted({r["category"] for r in reg.indicators.values()})
    for i, name in enumerate(unknown):
        unit_guess = str(edited.loc[edited["indicator"] == name, "unit"].iloc[0])
        with st.form(f"intake_new_{i}", border=True):
            st.text(name)
            cols = st.columns(4)
            code = cols[0].text_input(_t("intake_code", lang), key=f"intake_new_code_{i}")
            name_en = cols[1].text_input(_t("intake_name_en", lang), key=f"intake_new_en_{i}")
            unit = cols[2].selectbox(
                _t("intake_unit", lang),
                units,
                key=f"intake_new_unit_{i}",
                index=units.index(unit_guess) if unit_guess in units else 0,
            )
            category = cols[3].selectbox(_t("intake_category", lang), categories, key=f"intake_new_cat_{i}")
            notes = " ".join(str(x) for x in edited.loc[edited["indicator"] == name, "note"])
            ranking = None
            if "new ranking list?" in notes:  # a list: its scope, and the publisher the document names
                named = re.search(r"publisher: (.+?)(?:;|$)", notes)
                publisher = named.group(1).strip() if named and named.group(1) != "not named" else ""
                cols2 = st.columns(2)
                scope = cols2[0].selectbox(
                    _t("intake_scope", lang),
                    ["national", "provincial", "municipal"],
                    key=f"intake_new_scope_{i}",
                )
                publisher = cols2[1].text_input(
                    _t("intake_publisher", lang), value=publisher, key=f"intake_new_pub_{i}"
                )
                ranking = {"scope": scope, "publisher": publisher.strip()}
            if st.form_submit_button(_t("intake_confirm", lang)):
                problem = add_indicator(code.strip(), name, name_en.strip(), unit, category, ranking=ranking)
                if problem:
                    st.error(problem[1] if lang == "en" else problem[0])
                else:
                    st.success(_t("intake_added", lang, code=code))
