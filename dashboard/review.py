"""Report intake, the library side: candidates as an editable table, grouped by region and period,
accepted rows as an import file, new indicators and regions added to the registries under the
writers' lock. The widgets are on the 数据维护 page (pages/maintenance.py)."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from pathlib import Path

import pandas as pd

from dashboard import config
from dashboard.curated import read_all
from dashboard.extract import rows
from dashboard.extract.indicators import Registry
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


def registered_sources(reg: Registry) -> list[str]:
    """The registered sources' ids, sorted (the intake's choice of source)."""
    return sorted(reg.sources)


def guess_source(data: bytes, file_name: str, reg: Registry) -> str | None:
    """The registered source a document is (same bytes, or its file named like the source), else None."""
    sha = hashlib.sha256(data).hexdigest()
    for sid, s in reg.sources.items():
        if s.get("sha256") == sha or Path(file_name).stem in (sid, Path(s.get("file", "")).stem):
            return sid
    return None
