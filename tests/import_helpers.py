"""Helpers for the import tests: a registered test-only source, CSV and XLSX builders, counts."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import shutil
import zipfile
from pathlib import Path

import duckdb
from openpyxl import Workbook

HEADER = "region,indicator,period,value,unit,kind,source,quote"

# A test-only document (never under data/): every quote the tests use is verbatim in it.
TEST_TEXT = """测试公报（仅供测试，非真实文件）
全市实现地区生产总值820.5亿元，增长8.2%。
另据测算，地区生产总值999.9亿元。
2020年地区生产总值740.1亿元。
该市地区生产总值737.6万元。
地区生产总值下降5亿元。
在全国县域经济百强县中排名第0.5位，排名第45位。
地区生产总值增长150%。
=HYPERLINK("http://evil.example","x")地区生产总值1亿元
"""


def without_imports(data_dir: Path) -> Path:
    """The data copy without the shipped import batches: import tests start from an empty log."""
    shutil.rmtree(data_dir / "imports", ignore_errors=True)
    return data_dir


def register_source(data_dir: Path, source_id: str = "test-report", text: str = TEST_TEXT,
                    date: str = "2022-03-01", title: str = "测试公报") -> None:
    """Register a document the way `add-source` does: its text under sources/, a sources.csv row."""
    file = f"{source_id}.txt"
    (data_dir / "sources" / file).write_text(text, encoding="utf-8")
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    with (data_dir / "sources.csv").open("a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(
            [source_id, title, "Test bulletin", title, "Test bulletin", "测试", date, date,
             "test only", "newspaper report", "", file, sha, "", "no"])


def csv_bytes(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def xlsx_bytes(rows: list[list], extra_sheets: dict[str, list[list]] | None = None,
               hide_first: bool = False) -> bytes:
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    for title, sheet_rows in (extra_sheets or {}).items():
        ws = wb.create_sheet(title)
        for r in sheet_rows:
            ws.append(r)
    if hide_first:
        wb.worksheets[0].sheet_state = "hidden"
        wb.active = 1
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def rewrite_member(data: bytes, name: str, change) -> bytes:
    """The XLSX with one member's text changed (e.g. a stale <dimension>)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == name:
                body = change(body.decode("utf-8")).encode("utf-8")
            dst.writestr(info.filename, body)
    return out.getvalue()


def stale_dimension(data: bytes, ref: str = "A1:H2") -> bytes:
    return rewrite_member(data, "xl/worksheets/sheet1.xml",
                          lambda x: re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="{ref}"', x))


def figures(db: Path, indicator: str = "gdp") -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("select period, value, unit, source_id from facts_enriched where indicator_code = ? "
                           "and kind = 'actual' order by period, source_id", [indicator]).fetchall()
    finally:
        con.close()


def count_facts(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("select count(*) from fact_revisions").fetchone()[0]
    finally:
        con.close()
