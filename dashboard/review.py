"""Report intake on the 数据维护 page: upload or paste a report, review the proposed figures, import them."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import time
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import config, imports
from dashboard.curated import read_all
from dashboard.documents import DOCUMENT_TYPES, DocumentError, read_document
from dashboard.extract import IntakeError, document_date, rows, run_bounded
from dashboard.extract.indicators import Registry
from dashboard.highlight import highlighted_html
from dashboard.i18n import t
from dashboard.writing import data_lock

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



def candidate_frame(cands: list, reg: Registry) -> pd.DataFrame:
    """The candidates as the review table: a row is ticked when it is placed and fairly sure."""
    df = pd.DataFrame(rows(cands, reg), columns=EDITOR_COLUMNS[1:])
    df.insert(
        0,
        "accept",
        [c.indicator_known and c.region_known and bool(c.period) and c.confidence >= 0.6 for c in cands],
    )
    df["confidence"] = df["confidence"].astype(float)
    # grouped by region and period (text order within a group), so a document's figures read as a table
    return df.sort_values(["region", "period"], kind="stable").reset_index(drop=True)


def group_summary(df: pd.DataFrame) -> pd.DataFrame:
    """One row per region and period of the candidates: how many, how many sure, how many ticked."""
    g = df.assign(sure=df["confidence"].astype(float) >= 0.5, ticked=df["accept"].astype(bool))
    out = g.groupby(["region", "period"], sort=True, dropna=False).agg(
        candidates=("value", "size"), sure=("sure", "sum"), accepted=("ticked", "sum")
    )
    return out.reset_index()


def new_regions(df: pd.DataFrame, reg: Registry) -> list[str]:
    """Region names in the candidates that data/regions.csv does not hold (proposed, "new region?")."""
    known = set(reg.region_names) | set(reg.region_names.values())
    names = [str(x) for x in df["region"] if str(x) and str(x) not in known]
    return list(dict.fromkeys(names))


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
    with data_lock(data_dir):  # checked and appended as one step: two confirmations add one row
        return _add_indicator(code, name_zh, name_en, unit, category, data_dir, ranking)


def _add_indicator(code: str, name_zh: str, name_en: str, unit: str, category: str, data_dir: Path,
                   ranking: dict | None) -> tuple[str, str] | None:
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


_LEVELS = {"province": "province", "prefecture": "prefecture-level city"}
_NEW_REGION = re.compile(r"new region\? (\S+) \((\d{6})\)")


def proposed_regions(df: pd.DataFrame) -> dict[str, str]:
    """New regions the candidates propose, by name, with the national division code their notes give."""
    found: dict[str, str] = {}
    for note in df["note"]:
        for name, code in _NEW_REGION.findall(str(note)):
            found.setdefault(name, code)
    return found


def add_region(division_code: str, data_dir: Path | None = None) -> tuple[str, str] | None:
    """Append a division (by national code) to regions.csv in one step; the problem (zh, en), or None.

    The row's code is cn + the division code; its parent is the region of the division's parent when
    regions.csv holds it; its English name is left to the editor (the Chinese name stands in)."""
    from dashboard import divisions

    data_dir = data_dir or config.DATA_DIR
    d = divisions.register().get(division_code)
    if d is None:
        return f"未知行政区划代码 {division_code}。", f"unknown division code {division_code}."
    with data_lock(data_dir):  # checked and appended as one step: two confirmations add one row
        regions = read_all(data_dir)["regions"]
        if any(r["name_zh"] == d.name_zh or r["region_code"] == f"cn{d.code}" for r in regions):
            return f"地区表中已有{d.name_zh}。", f"{d.name_zh} is in the region table already."
        parent = divisions.register().get(d.parent_code)
        by_name = {r["name_zh"]: r["region_code"] for r in regions}
        level = _LEVELS.get(d.level) or {"市": "county-level city", "县": "county", "区": "district"}.get(
            d.name_zh[-1], "county"
        )
        path = data_dir / "regions.csv"
        with path.open(encoding="utf-8", newline="") as f:
            header = next(csv.reader(f))
        _append(
            path,
            header,
            {
                "region_code": f"cn{d.code}",
                "name_zh": d.name_zh,
                "name_en": d.name_zh,
                "level": level,
                "parent_code": by_name.get(parent.name_zh, "") if parent else "",
                "sort_order": str(max((int(r["sort_order"] or 0) for r in regions), default=0) + 1),
                "short_zh": d.short_name or d.name_zh,
                "short_en": d.short_name or d.name_zh,
                "color": "",
            },
        )
    return None


def _append(path: Path, header: list[str], row: dict) -> None:
    with path.open("a", encoding="utf-8", newline="") as f:
        csv.DictWriter(f, header, lineterminator="\n").writerow({h: row.get(h, "") for h in header})
        f.flush()
        os.fsync(f.fileno())


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
    sources = _registered_sources(reg)
    guess = _guess_source(data, file_name, reg)
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
    doc_date = st.date_input(t("intake_date", lang), value=found or date.today(), key="intake_date")
    st.caption(t("intake_date_how", lang, how=how if found else "—"))
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
    frame = candidate_frame(cands, reg)
    st.caption(t("intake_groups", lang))
    st.dataframe(group_summary(frame), hide_index=True)
    if unheld := new_regions(frame, reg):
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
        st.info(t("intake_nothing", lang))
        return
    if source_id is None:
        return
    accept = st.checkbox(t("intake_revisions", lang), key="intake_accept_revisions")
    data_csv = accepted_csv(edited)
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
    codes = proposed_regions(frame)
    for i, name in enumerate(n for n in unheld if n in codes):
        if st.button(t("intake_add_region", lang, name=name, code=codes[name]), key=f"intake_region_{i}"):
            problem = add_region(codes[name])
            if problem:
                st.error(problem[1] if lang == "en" else problem[0])
            else:
                st.success(t("intake_region_added", lang, name=name, code=codes[name]))


def _confirm_new_indicators(edited: pd.DataFrame, reg: Registry, lang: str) -> None:
    unknown = unknown_indicators(edited, reg)
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
                problem = add_indicator(code.strip(), name, name_en.strip(), unit, category, ranking=ranking)
                if problem:
                    st.error(problem[1] if lang == "en" else problem[0])
                else:
                    st.success(t("intake_added", lang, code=code))
