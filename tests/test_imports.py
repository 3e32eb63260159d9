"""Imports: every bad upload is refused with a clear message and writes nothing; good ones land."""

from __future__ import annotations

import csv
import hashlib
import io

import duckdb
import pytest
from openpyxl import Workbook

from dashboard import export, imports
from dashboard.build import build

HEADER = "region,indicator,period,value,unit,kind,source,quote"
GOOD_ROW = "醴陵市,地区生产总值,2021,820.5,亿元,actual,bulletin-2021,第3页"
NEW_SOURCE = ",source_title,source_publisher,source_date"
NEW_SOURCE_ROW = ",醴陵市2021年统计公报,醴陵市统计局,2022-03-01"


@pytest.fixture
def env(tmp_path, data_copy):
    """A scratch data dir and database, and the database's checksum before any import."""
    db = build(tmp_path / "e.duckdb", data_copy)
    return data_copy, db


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _csv(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def _xlsx(rows: list[list]) -> bytes:
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


BAD_FILES = [
    ("unknown region", _csv(HEADER, "醴陵,地区生产总值,2021,1,亿元,actual,liling-2021-spring,x"),
     "未知地区“醴陵”，是否指：醴陵市"),
    ("unknown indicator", _csv(HEADER, "醴陵市,地区生产总量,2021,1,亿元,actual,liling-2021-spring,x"),
     "未知指标“地区生产总量”，是否指：地区生产总值"),
    ("bad period", _csv(HEADER, "醴陵市,地区生产总值,二〇二一,1,亿元,actual,liling-2021-spring,x"),
     "时期“二〇二一”无效"),
    ("value not a number", _csv(HEADER, "醴陵市,地区生产总值,2021,八百,亿元,actual,liling-2021-spring,x"),
     "数值“八百”不是数字"),
    ("unit not the indicator's", _csv(HEADER, "醴陵市,地区生产总值,2021,1,万人,actual,liling-2021-spring,x"),
     "单位“万人”与指标单位“亿元”不符"),
    ("unknown kind", _csv(HEADER, "醴陵市,地区生产总值,2021,1,亿元,guess,liling-2021-spring,x"),
     "未知类型“guess”"),
    ("missing source", _csv(HEADER, "醴陵市,地区生产总值,2021,1,亿元,actual,,x"), "缺少来源"),
    ("unknown source", _csv(HEADER, "醴陵市,地区生产总值,2021,1,亿元,actual,nowhere,x"), "未知来源“nowhere”"),
    ("missing quote", _csv(HEADER, "醴陵市,地区生产总值,2021,1,亿元,actual,liling-2021-spring,"), "缺少原文摘录"),
    ("quote not in source", _csv(HEADER, "醴陵市,地区生产总值,2021,1,亿元,actual,liling-2021-spring,不存在的句子"),
     "原文摘录在该来源文档中找不到"),
    ("duplicate rows", _csv(HEADER + NEW_SOURCE, GOOD_ROW + NEW_SOURCE_ROW, GOOD_ROW + NEW_SOURCE_ROW),
     "与第2行重复"),
    ("conflict with a held figure",
     _csv(HEADER, "醴陵市,地区生产总值,2020,740.1,亿元,actual,liling-2021-spring,"
                  "去年，该市实现地区生产总值737.6亿元"), "与已有数字冲突：已有 737.6（liling-2021-spring），新值 740.1"),
    ("missing columns", _csv("region,indicator,value", "醴陵市,地区生产总值,1"), "缺少列：period"),
    ("empty file", b"", "文件是空的"),
    ("header only", _csv(HEADER), "没有数据行"),
    ("binary file", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "含二进制内容"),
    ("UTF-16 text", (HEADER + "\n" + GOOD_ROW).encode("utf-16"), "含二进制内容"),
    ("Big5 text (wrong encoding)", (HEADER.replace("region", "地區") + "\n").encode("big5"), "缺少列：region"),
    ("damaged xlsx", b"PK\x03\x04" + bytes(100), "无法打开 Excel 文件"),
    ("too many rows", _csv(HEADER, *[GOOD_ROW.replace("2021", str(1000 + i % 999)) for i in range(6000)]),
     "行数过多"),
    ("100 000 rows (too large)", _csv(HEADER, *[GOOD_ROW] * 100_000), "文件过大"),
]


@pytest.mark.parametrize(("case", "data", "expected"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_upload_is_refused_and_writes_nothing(env, case, data, expected):
    data_dir, db = env
    before = _sha(db)
    plan, entry = imports.import_file(data, "upload.csv", "tester", data_dir=data_dir, db_path=db)
    messages = [p.text("zh") for p in plan.problems]
    assert entry is None
    assert any(expected in m for m in messages), messages
    assert all(p.en for p in plan.problems)  # every message exists in English too
    assert _sha(db) == before
    assert not (data_dir / "imports" / "log.csv").exists()


def _figures(db, indicator="gdp"):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("select period, value, source_id from facts_enriched where indicator_code = ? "
                           "and kind = 'actual' order by period", [indicator]).fetchall()
    finally:
        con.close()


GOOD = (HEADER + NEW_SOURCE + "\n" + GOOD_ROW + NEW_SOURCE_ROW + "\n").encode("utf-8")


@pytest.mark.parametrize(("encoding", "data", "name"), [
    ("utf-8", GOOD, "good.csv"),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + GOOD, "good.csv"),
    ("gbk", GOOD.decode("utf-8").encode("gbk"), "good.csv"),
    ("gb18030", GOOD.decode("utf-8").encode("gb18030"), "good.csv"),
    ("xlsx", _xlsx([r.split(",") for r in GOOD.decode("utf-8").splitlines()]), "good.xlsx"),
])
def test_good_upload_imports_and_survives_a_rebuild(env, tmp_path, encoding, data, name):
    data_dir, db = env
    plan, entry = imports.import_file(data, name, "tester", data_dir=data_dir, db_path=db)
    assert plan.problems == [] and entry is not None
    assert entry["rows_added"] == "1" and entry["editor"] == "tester"
    assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert ("2021", 820.5, "bulletin-2021") in _figures(db)
    with (data_dir / "imports" / "log.csv").open(encoding="utf-8") as f:
        assert [r["batch_id"] for r in csv.DictReader(f)] == ["b0001"]
    rebuilt = build(tmp_path / "again.duckdb", data_dir)
    assert _figures(rebuilt) == _figures(db)


def test_a_changed_figure_becomes_a_revision_and_nothing_is_lost(env):
    data_dir, db = env
    data = _csv(HEADER + NEW_SOURCE, "醴陵市,地区生产总值,2020,740.1,亿元,actual,bulletin-2021,第2页"
                + NEW_SOURCE_ROW)
    plan, entry = imports.import_file(data, "rev.csv", "tester", data_dir=data_dir, db_path=db)
    assert entry is None and plan.conflicts  # refused without the editor's consent
    plan, entry = imports.import_file(data, "rev.csv", "tester", accept_revisions=True,
                                      data_dir=data_dir, db_path=db)
    assert entry["rows_revised"] == "1"
    assert ("2020", 740.1, "bulletin-2021") in _figures(db)
    con = duckdb.connect(str(db), read_only=True)
    history = con.execute("select value, revision, is_latest, source_id from fact_revisions "
                          "where indicator_code = 'gdp' and period = '2020' and kind = 'actual' "
                          "order by revision").fetchall()
    con.close()
    assert history == [(737.6, 1, False, "liling-2021-spring"), (740.1, 2, True, "bulletin-2021")]


def test_formula_and_html_payloads_are_kept_as_text_and_neutralised_in_downloads(env):
    data_dir, db = env
    payload = '=HYPERLINK("http://evil.example","x")'
    html = "<script>alert(1)</script><b>x</b>"
    data = _csv(HEADER + NEW_SOURCE,
                f'醴陵市,地区生产总值,2022,1,亿元,actual,src-x,"{payload.replace(chr(34), 2 * chr(34))}",'
                f'"{html}",@pub,2022-01-01')
    plan, entry = imports.import_file(data, "payload.csv", "tester", data_dir=data_dir, db_path=db)
    assert entry is not None, [p.text("en") for p in plan.problems]
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("select * from facts_export where source = 'src-x'").df()
    title = con.execute("select title_zh from sources where source_id = 'src-x'").fetchall()[0][0]
    con.close()
    assert rows["quote"].tolist() == [payload] and title == html  # stored exactly as given
    text = export.facts_csv(rows)
    assert f"'{payload}" in text.replace('""', '"')
    xlsx = export.facts_xlsx(rows)
    from openpyxl import load_workbook
    cell = load_workbook(io.BytesIO(xlsx)).active["H2"].value
    assert cell == "'" + payload


def test_template_has_the_export_columns():
    header = imports.template_csv().decode("utf-8-sig").splitlines()[0].split(",")
    assert header[:8] == HEADER.split(",")
