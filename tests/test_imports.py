"""Imports: every bad upload is refused with a clear message and writes nothing; good ones land."""

from __future__ import annotations

import csv
import hashlib
import io

import duckdb
import pytest
from import_helpers import HEADER, csv_bytes, figures, register_source, without_imports, xlsx_bytes

from dashboard import checks, export, imports
from dashboard.build import build
from dashboard.curated import read_all

GOOD_ROW = "醴陵市,地区生产总值,2021,820.5,亿元,actual,test-report,全市实现地区生产总值820.5亿元"
HELD_QUOTE = "去年，该市实现地区生产总值737.6亿元"


@pytest.fixture
def env(tmp_path, data_copy):
    """A scratch data dir with a registered test source, and its database."""
    register_source(without_imports(data_copy))
    register_source(data_copy, "test-report-b")
    db = build(tmp_path / "e.duckdb", data_copy)
    return data_copy, db


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _row(period="2021", value="820.5", unit="亿元", kind="actual", source="test-report",
         quote="全市实现地区生产总值820.5亿元", indicator="地区生产总值", region="醴陵市") -> str:
    return ",".join([region, indicator, period, value, unit, kind, source, quote])


BAD_FILES = [
    ("unknown region", csv_bytes(HEADER, _row(region="醴陵")), "未知地区“醴陵”，是否指：醴陵市"),
    ("unknown indicator", csv_bytes(HEADER, _row(indicator="地区生产总量")), "未知指标“地区生产总量”，是否指：地区生产总值"),
    ("bad period", csv_bytes(HEADER, _row(period="二〇二一")), "时期“二〇二一”无效"),
    ("value not a number", csv_bytes(HEADER, _row(value="八百")), "数值“八百”不是数字"),
    ("unit not the indicator's", csv_bytes(HEADER, _row(unit="万人")), "单位“万人”与指标单位“亿元”不符"),
    ("unknown kind", csv_bytes(HEADER, _row(kind="guess")), "未知类型“guess”"),
    ("missing source", csv_bytes(HEADER, _row(source="")), "缺少来源"),
    ("missing quote", csv_bytes(HEADER, _row(quote="")), "缺少原文摘录"),
    ("quote not in source", csv_bytes(HEADER, _row(quote="不存在的句子820.5")), "原文摘录在该来源文档中找不到"),
    ("duplicate rows", csv_bytes(HEADER, GOOD_ROW, GOOD_ROW), "与第2行重复"),
    ("conflict with a held figure",
     csv_bytes(HEADER, _row(period="2020", value="740.1", quote="2020年地区生产总值740.1亿元")),
     "与已有数字冲突：已有 737.6亿元（liling-2021-spring），新值 740.1亿元"),
    ("missing columns", csv_bytes("region,indicator,value", "醴陵市,地区生产总值,1"), "缺少列：period"),
    ("empty file", b"", "文件是空的"),
    ("header only", csv_bytes(HEADER), "没有数据行"),
    ("binary file", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "含二进制内容"),
    ("UTF-16 text", (HEADER + "\n" + GOOD_ROW).encode("utf-16"), "含二进制内容"),
    ("Big5 text (wrong encoding)", (HEADER.replace("region", "地區") + "\n").encode("big5"), "缺少列：region"),
    ("damaged xlsx", b"PK\x03\x04" + bytes(100), "无法打开 Excel 文件"),
    ("too many rows", csv_bytes(HEADER, *[_row(period=str(1950 + i % 70)) for i in range(6000)]), "行数过多"),
    ("100 000 rows (too large)", csv_bytes(HEADER, *[GOOD_ROW] * 100_000), "文件过大"),
    # Issue 10, case 1: one file, two values for one figure from two sources.
    ("two values for one figure",
     csv_bytes(HEADER, GOOD_ROW, _row(value="999.9", source="test-report-b", quote="另据测算，地区生产总值999.9亿元")),
     "同一文件中同一数字有两个值"),
    ("two values for one figure, both registered",
     csv_bytes(HEADER, GOOD_ROW, _row(value="999.9", quote="另据测算，地区生产总值999.9亿元")),
     "第2行 820.5亿元（test-report），本行 999.9亿元（test-report）"),
    # Case 3: the value must be stated in its quote; the source must be registered.
    ("quote states no number", csv_bytes(HEADER, _row(quote="亿元")), "原文摘录中没有写出数值 820.5"),
    ("real quote, other value",
     csv_bytes(HEADER, _row(period="2022", value="99999", source="liling-2021-spring", quote=HELD_QUOTE)),
     "原文摘录中没有写出数值 99999"),
    ("quote states it in another unit", csv_bytes(HEADER, _row(period="2022", value="737.6", unit="万元",
                                                               source="liling-2021-spring", quote=HELD_QUOTE)),
     "原文摘录中没有写出数值 737.6（单位 万元）"),
    ("unregistered source", csv_bytes(HEADER, _row(source="bulletin-2021")),
     "未知来源“bulletin-2021”：请先用 python -m dashboard add-source"),
    # Case 4: held figures compared in the indicator's unit.
    ("737.6 万元 is not 737.6 亿元",
     csv_bytes(HEADER, _row(period="2020", value="737.6", unit="万元", quote="该市地区生产总值737.6万元")),
     "与已有数字冲突：已有 737.6亿元（liling-2021-spring），新值 737.6万元"),
    # Case 5: plausibility rules (data/plausibility.csv).
    ("period 0000", csv_bytes(HEADER, _row(period="0000")), "时期“0000”无效"),  # outside the grammar
    ("period 9999", csv_bytes(HEADER, _row(period="9999")), "时期“9999”无效"),
    ("period 1900", csv_bytes(HEADER, _row(period="1900")), "时期须在 1949 年至来源文件年份加 15 年之间"),
    ("negative GDP", csv_bytes(HEADER, _row(value="-5", quote="地区生产总值下降5亿元")), "不能为负数"),
    ("rank 0.5", csv_bytes(HEADER, _row(indicator="rank_county_top100", value="0.5", unit="位", kind="rank",
                                       quote="在全国县域经济百强县中排名第0.5位")), "名次或名次变化须为整数"),
    ("derived without a formula", csv_bytes(HEADER, _row(kind="derived")), "推算值须给出公式"),
    ("growth of 150% unconfirmed", csv_bytes(HEADER, _row(indicator="gdp_growth", value="150", unit="%",
                                                          quote="地区生产总值增长150%")), "百分比超出 ±100% 须确认"),
    # Case 11: strict numbers, duplicate columns, NUL bytes.
    ("8_2_0", csv_bytes(HEADER, _row(value="8_2_0")), "数值“8_2_0”不是数字"),
    ("Arabic-Indic digits", csv_bytes(HEADER, _row(value="٨٢٠.٥")), "数值“٨٢٠.٥”不是数字"),
    ("Arabic-Indic period", csv_bytes(HEADER, _row(period="٢٠٢١")), "时期“٢٠٢١”无效"),
    # The period grammar (dashboard/periods.py): each period outside it is refused, naming why.
    ("month 13", csv_bytes(HEADER, _row(period="2021-13")), "时期“2021-13”无效：期间 '2021-13' 的月份 13 不在 01-12 之内"),
    ("months backwards", csv_bytes(HEADER, _row(period="2021-05/03")), "期间 '2021-05/03' 的结束月份不晚于起始月份"),
    ("month 00", csv_bytes(HEADER, _row(period="2021-00/05")), "期间 '2021-00/05' 的月份 00 不在 01-12 之内"),
    ("end month 13", csv_bytes(HEADER, _row(period="2021-01/13")), "期间 '2021-01/13' 的月份 13 不在 01-12 之内"),
    ("whole year as months", csv_bytes(HEADER, _row(period="2021-01/12")), "期间 '2021-01/12' 是全年：请写 2021"),
    ("quarter word", csv_bytes(HEADER, _row(period="2021Q1")), "时期“2021Q1”无效：期间 '2021Q1' 不符合格式"),
    ("duplicate column", csv_bytes(HEADER + ",value", GOOD_ROW + ",999.9"), "列名重复：value"),
    ("NUL byte in a quote", csv_bytes(HEADER + ",note", *[GOOD_ROW + "," + "x" * 100] * 50,
                                      _row(period="2019", quote="全市实现地区生产总值820.5亿元\x00")),
     "NUL"),
    # XLSX: two visible sheets are refused, naming them.
    ("two visible sheets", xlsx_bytes([HEADER.split(","), GOOD_ROW.split(",")], {"备注": [["x"]]}),
     "工作簿须恰好有一个可见工作表，现有 2 个：“Sheet”、“备注”"),
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


def test_two_values_for_one_figure_show_both_rows(env):
    data_dir, db = env
    data = csv_bytes(HEADER, GOOD_ROW, _row(value="999.9", quote="另据测算，地区生产总值999.9亿元"))
    plan, entry = imports.import_file(data, "two.csv", "tester", data_dir=data_dir, db_path=db)
    assert entry is None
    assert [(c["row"], c["held_fact"], c["held_value"], c["new_value"]) for c in plan.conflicts] == [
        (3, "row 2", 820.5, 999.9)]
    assert ("2021", 999.9, "亿元", "test-report") not in figures(db)


def test_a_value_beyond_the_limit_imports_once_confirmed(env):
    data_dir, db = env
    data = csv_bytes(HEADER, _row(indicator="gdp_growth", value="150", unit="%", quote="地区生产总值增长150%"))
    plan, entry = imports.import_file(data, "g.csv", "tester", confirm_outliers=True, data_dir=data_dir, db_path=db)
    assert entry is not None, [p.text("en") for p in plan.problems]
    assert ("2021", 150.0, "%", "test-report") in figures(db, "gdp_growth")


def test_the_plausibility_table_is_data_an_editor_can_read(data_copy):
    rules = checks.read_rules(data_copy)
    assert set(rules) >= {"period_range", "not_negative", "whole_rank", "rank_from_one", "percent_outlier",
                          "derived_formula"}
    assert all(r.zh and r.en for r in rules.values())
    assert rules["period_range"].parameters["first"] == 1949
    # Editing the table changes the rule: allow periods from 1900.
    path = data_copy / "plausibility.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("first=1949", "first=1900"), encoding="utf-8")
    assert checks.read_rules(data_copy)["period_range"].parameters["first"] == 1900


def test_every_curated_quote_states_its_value():
    """The reader of stated numbers agrees with the curated facts (the seeds' own checks)."""
    data = read_all()
    factor = {u["unit"]: float(u["factor"]) for u in data["units"]}
    missed = [f["fact_id"] for f in data["facts"] if f["kind"] != "derived"
              and not checks.stated_match(f["quote"], float(f["value"]), factor[f["unit"]])]
    assert missed == []


@pytest.mark.parametrize(("quote", "value", "unit", "ok"), [
    ("增长8.2%", 8.2, "%", True), ("七成", 70, "%", True), ("占株洲的1/3", 0.333333, "分数", True),
    ("排名第3位", 3, "位", True), ("81万人", 81, "万人", True), ("81万人", 810000, "人", True),
    ("81万人", 81, "人", False), ("737.6亿元", 737.6, "万元", False), ("1,135家", 1135, "家", True),
    ("迈进千亿", 1000, "亿元", True), ("亿元", 820.5, "亿元", False), ("增长8.2%", 8.0, "%", False),
])
def test_stated_numbers(quote, value, unit, ok):
    factor = {"%": 1, "分数": 1, "位": 1, "万人": 1e4, "人": 1, "万元": 1e4, "亿元": 1e8, "家": 1}[unit]
    assert bool(checks.stated_match(quote, value, factor)) is ok


def test_full_width_digits_are_normalised_and_import(env):
    data_dir, db = env
    data = csv_bytes(HEADER, _row(period="２０２１", value="８２０．５"))
    plan, entry = imports.import_file(data, "fw.csv", "tester", data_dir=data_dir, db_path=db)
    assert entry is not None, [p.text("en") for p in plan.problems]
    assert ("2021", 820.5, "亿元", "test-report") in figures(db)


def test_extra_columns_are_ignored(env):
    data_dir, db = env
    data = csv_bytes(HEADER + ",confidence,note", GOOD_ROW + ",0.9,from the extractor")
    plan, entry = imports.import_file(data, "cand.csv", "tester", data_dir=data_dir, db_path=db)
    assert entry is not None, [p.text("en") for p in plan.problems]


def test_the_size_message_gives_the_size(env):
    data_dir, db = env
    data = csv_bytes(HEADER, GOOD_ROW)
    data += b"#" * (imports.MAX_BYTES + 1 - len(data))
    plan, _ = imports.import_file(data, "big.csv", "tester", data_dir=data_dir, db_path=db)
    assert f"{imports.MAX_BYTES + 1:,} 字节" in plan.problems[0].text("zh")
    assert f"{imports.MAX_BYTES:,} 字节" in plan.problems[0].text("zh")


GOOD = csv_bytes(HEADER, GOOD_ROW)


@pytest.mark.parametrize(("encoding", "data", "name"), [
    ("utf-8", GOOD, "good.csv"),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + GOOD, "good.csv"),
    ("gbk", GOOD.decode("utf-8").encode("gbk"), "good.csv"),
    ("gb18030", GOOD.decode("utf-8").encode("gb18030"), "good.csv"),
    ("xlsx", xlsx_bytes([r.split(",") for r in GOOD.decode("utf-8").splitlines()]), "good.xlsx"),
    ("xlsx, hidden first sheet", xlsx_bytes([["junk"]], {"数据": [r.split(",") for r in GOOD.decode().splitlines()]},
                                            hide_first=True), "good.xlsx"),
])
def test_good_upload_imports_and_survives_a_rebuild(env, tmp_path, encoding, data, name):
    data_dir, db = env
    plan, entry = imports.import_file(data, name, "tester", data_dir=data_dir, db_path=db)
    assert plan.problems == [] and entry is not None
    assert entry["rows_added"] == "1" and entry["editor"] == "tester"
    assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert ("2021", 820.5, "亿元", "test-report") in figures(db)
    with (data_dir / "imports" / "log.csv").open(encoding="utf-8") as f:
        assert [r["batch_id"] for r in csv.DictReader(f)] == ["b0001"]
    rebuilt = build(tmp_path / "again.duckdb", data_dir)
    assert figures(rebuilt) == figures(db)


def test_importing_the_same_file_twice_logs_one_batch(env):
    data_dir, db = env
    _, first = imports.import_file(GOOD, "good.csv", "tester", data_dir=data_dir, db_path=db)
    plan, second = imports.import_file(GOOD, "good.csv", "tester", data_dir=data_dir, db_path=db)
    assert first is not None and second is None
    assert "作为批次 b0001 导入" in plan.problems[0].text("zh")
    # The same rows in another file: nothing new, no empty batch.
    plan, third = imports.import_file(GOOD + b"\n", "again.csv", "tester", data_dir=data_dir, db_path=db)
    assert third is None and plan.ok and plan.nothing_new and plan.unchanged == 1
    assert [e["batch_id"] for e in imports.read_log(data_dir)] == ["b0001"]


def test_a_changed_figure_becomes_a_revision_and_nothing_is_lost(env):
    data_dir, db = env
    data = csv_bytes(HEADER, _row(period="2020", value="740.1", quote="2020年地区生产总值740.1亿元"))
    plan, entry = imports.import_file(data, "rev.csv", "tester", data_dir=data_dir, db_path=db)
    assert entry is None and plan.conflicts  # refused without the editor's consent
    plan, entry = imports.import_file(data, "rev.csv", "tester", accept_revisions=True,
                                      data_dir=data_dir, db_path=db)
    assert entry["rows_revised"] == "1"
    assert ("2020", 740.1, "亿元", "test-report") in figures(db)
    con = duckdb.connect(str(db), read_only=True)
    history = con.execute("select value, revision, is_latest, source_id from fact_revisions "
                          "where indicator_code = 'gdp' and period = '2020' and kind = 'actual' "
                          "order by revision").fetchall()
    curated = con.execute("select count(*) from fact_revisions where batch_id is null").fetchone()[0]
    con.close()
    assert history == [(737.6, 1, False, "liling-2021-spring"), (740.1, 2, True, "test-report")]
    assert curated == len(read_all(data_dir)["facts"])  # curated facts inserted once


def test_formula_payloads_are_kept_as_text_and_neutralised_in_downloads(env):
    data_dir, db = env
    payload = '=HYPERLINK("http://evil.example","x")地区生产总值1亿元'
    data = csv_bytes(HEADER, _row(period="2022", value="1", quote='"' + payload.replace('"', '""') + '"'))
    plan, entry = imports.import_file(data, "payload.csv", "tester", data_dir=data_dir, db_path=db)
    assert entry is not None, [p.text("en") for p in plan.problems]
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("select * from facts_export where source = 'test-report'").df()
    con.close()
    assert rows["quote"].tolist() == [payload]  # stored exactly as given
    assert f"'{payload}" in export.facts_csv(rows).replace('""', '"')
    from openpyxl import load_workbook
    assert load_workbook(io.BytesIO(export.facts_xlsx(rows))).active["H2"].value == "'" + payload


def test_template_has_the_export_columns():
    header = imports.template_csv().decode("utf-8-sig").splitlines()[0].split(",")
    assert header[:8] == HEADER.split(",")


def test_the_conflict_table_speaks_the_readers_language(env):
    data_dir, db = env
    data = csv_bytes(HEADER, _row(period="2020", value="740.1", quote="2020年地区生产总值740.1亿元"))
    plan, _ = imports.import_file(data, "rev.csv", "tester", dry_run=True, data_dir=data_dir, db_path=db)
    zh, en = imports.conflict_table(plan, "zh"), imports.conflict_table(plan, "en")
    assert list(zh.columns) == ["行", "数字（地区·指标·时期·类型）", "已有值", "已有来源", "新值", "新来源"]
    assert list(en.columns)[2:5] == ["Held value", "Held source", "New value"]
    assert zh.iloc[0].tolist() == [2, "liling · gdp · 2020 · actual", "737.6 亿元", "liling-2021-spring",
                                   "740.1 亿元", "test-report"]
