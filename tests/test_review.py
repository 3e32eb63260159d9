"""The intake section of the 数据维护 page: paste a report, review candidates, import through imports."""

from __future__ import annotations

import csv
import hashlib
import shutil
from pathlib import Path

import pandas as pd
import pytest
from import_helpers import without_imports
from streamlit.testing.v1 import AppTest

from dashboard import config, imports
from dashboard.review import accepted_csv, add_indicator, candidate_frame, unknown_indicators

FIXTURE = Path(__file__).parent / "fixtures" / "gov-report-2023.txt"
SOURCE_ID = "test-gov-2023"


@pytest.fixture
def registered(data_copy: Path, monkeypatch) -> Path:
    """data_copy (without the shipped import batches) with the test report registered as a source,
    and the app pointed at it."""
    without_imports(data_copy)
    shutil.copy(FIXTURE, data_copy / "sources" / f"{SOURCE_ID}.txt")
    data = FIXTURE.read_bytes()
    with (data_copy / "sources.csv").open(encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    row = {
        "source_id": SOURCE_ID,
        "title_zh": "测试报告",
        "title_en": "Test report",
        "label_zh": "测试",
        "label_en": "test",
        "publisher": "测试",
        "date_from": "2023-02-20",
        "date_to": "2023-02-20",
        "date_note": "test only",
        "doc_kind": "planning text",
        "original_file": FIXTURE.name,
        "file": f"{SOURCE_ID}.txt",
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    with (data_copy / "sources.csv").open("a", encoding="utf-8", newline="") as f:
        csv.DictWriter(f, header, lineterminator="\n").writerow(row)
    monkeypatch.setattr(config, "DATA_DIR", data_copy)
    monkeypatch.setattr(config, "DB_PATH", data_copy / "economy.duckdb")
    return data_copy


@pytest.fixture(autouse=True)
def _as_editor(monkeypatch):
    """The 数据维护 page as a logged-in editor would see it (the login itself: tests/test_editor_cookie.py)."""
    from dashboard import login

    monkeypatch.setattr(login, "require_editor", lambda lang: "tester")


def _page() -> AppTest:
    return AppTest.from_file(str(config.ROOT / "pages" / "maintenance.py"), default_timeout=120)


def test_paste_review_and_import(registered):
    at = _page().run()
    assert not at.exception
    at.text_area(key="intake_paste").input(FIXTURE.read_text(encoding="utf-8")).run()
    assert not at.exception
    assert at.selectbox(key="intake_source").value == SOURCE_ID
    assert any("检查通过" in s.value for s in at.success), [e.value for e in at.error]
    at.button(key="intake_do_import").click().run()
    assert not at.exception
    done = [s.value for s in at.success if "已导入批次" in s.value]
    assert done and "从上传到导入用时" in done[0]
    log = imports.read_log(registered)
    assert len(log) == 1 and int(log[0]["rows_added"]) >= 10


def test_bad_paste_says_why(registered):
    at = _page().run()
    at.text_area(key="intake_paste").input("\x00\x01").run()
    assert not at.exception
    assert at.error and "二进制" in at.error[0].value
    assert not imports.read_log(registered)


def test_accepted_rows_become_an_import_file(registered):
    from datetime import date

    from dashboard.extract import extract
    from dashboard.extract.indicators import Registry

    reg = Registry.load(registered)
    cands = extract(
        FIXTURE.read_text(encoding="utf-8"), source_id=SOURCE_ID, doc_date=date(2023, 2, 20), registry=reg
    )
    df = candidate_frame(cands, reg)
    assert df["accept"].any()
    df.loc[1, "accept"] = False  # a rejected row stays out of the import file
    rows, problems = imports.read_table(accepted_csv(df), "x.csv")
    assert not problems and len(rows) == int(df["accept"].sum())
    df.loc[0, "accept"] = True
    df.loc[0, "indicator"] = "充电桩数量"
    assert unknown_indicators(df, reg) == ["充电桩数量"]


def test_add_indicator_checks_and_appends(data_copy):
    assert add_indicator("Bad Code", "充电桩数量", "", "个", "macro", data_copy)
    assert add_indicator("gdp", "充电桩数量", "", "个", "macro", data_copy)
    assert add_indicator("charging_piles", "地区生产总值", "", "个", "macro", data_copy)
    assert add_indicator("charging_piles", "充电桩数量", "", "只", "macro", data_copy)
    assert add_indicator("charging_piles", "充电桩数量", "Charging piles", "个", "macro", data_copy) is None
    df = pd.read_csv(data_copy / "indicators.csv")
    assert "charging_piles" in set(df["indicator_code"])
    assert add_indicator(
        "county_digital_top100",
        "县域数字经济百强",
        "",
        "位",
        "rankings",
        data_copy,
        ranking={"scope": "nowhere"},
    )
    assert (
        add_indicator(
            "county_digital_top100",
            "县域数字经济百强",
            "County digital economy top 100",
            "位",
            "rankings",
            data_copy,
            ranking={"scope": "national", "publisher": "赛迪顾问"},
        )
        is None
    )
    lists = pd.read_csv(data_copy / "ranking_lists.csv", dtype=str)
    assert lists.set_index("list_code").loc["county_digital_top100", "publisher"] == "赛迪顾问"
    from dashboard.validate import problems

    assert problems(data_copy) == []


def test_unregistered_document_shows_candidates_but_does_not_import(registered):
    at = _page().run()
    at.text_area(key="intake_paste").input("去年，醴陵实现地区生产总值737.6亿元。新建充电桩3200个。").run()
    assert not at.exception
    assert at.selectbox(key="intake_source").value is None
    assert at.warning and "add-source" in at.warning[0].value
    assert not [b for b in at.button if b.key == "intake_do_import"]
    assert not imports.read_log(registered)


def test_a_paste_past_the_intake_limits_gets_a_message_at_once(registered):
    """Issue 26.4: a 100 kB line held the page run for 10 s (the time-word scan was quadratic)."""
    import time

    at = _page().run()
    t0 = time.monotonic()
    at.text_area(key="intake_paste").input("2021年2月25日，地区生产总值增长8%。" * 10_000).run()
    assert time.monotonic() - t0 < 5
    assert not at.exception
    assert at.error and "过长" in at.error[0].value
    assert not at.get("data_editor")


def test_candidates_are_grouped_by_region_and_period_and_unticked_rows_never_imported(registered):
    from datetime import date

    from dashboard.extract import extract
    from dashboard.extract.indicators import Registry
    from dashboard.review import group_summary, new_regions

    reg = Registry.load(registered)
    text = (
        "株洲市2021年国民经济和社会发展统计公报\n时间:2022-03-25\n"
        "全市地区生产总值3420.3亿元,增长8.3%。长顺县地区生产总值52.9亿元。"
    )
    df = candidate_frame(extract(text, source_id="new-doc", doc_date=date(2022, 3, 25), registry=reg), reg)
    keys = list(zip(df["region"], df["period"], strict=True))
    assert keys == sorted(keys)  # one block per region and period
    groups = group_summary(df)
    assert set(zip(groups["region"], groups["period"], strict=True)) == {("株洲市", "2021"), ("长顺县", "2021")}
    assert int(groups["candidates"].sum()) == len(df)
    assert new_regions(df, reg) == ["长顺县"]
    df["accept"] = df["region"] == "株洲市"
    rows, problems = imports.read_table(accepted_csv(df), "x.csv")
    assert not problems and {r["region"] for r in rows} == {"株洲市"}  # the unticked row is not in the file


def test_a_second_reading_of_a_number_shows_in_its_rows_note(registered):
    from dashboard.extract import document_date, extract
    from dashboard.extract.indicators import Registry

    reg = Registry.load(registered)
    text = (
        "醴陵陶瓷产业走向世界\n\n2025-08-22 17:32:43 来源:新华网\n\n"
        "如今的醴陵拥有陶瓷企业1593家,从业人员近20万人,产业集群总产值达781.22亿元。\n"
    )
    doc_date, _ = document_date(text, reg=reg)
    df = candidate_frame(extract(text, source_id="new-doc", doc_date=doc_date, registry=reg), reg)
    row = df[df["value"] == "781.22"]
    assert len(row) == 1 and "或：" in row["note"].iloc[0]  # one row; the other reading named for the editor


def test_a_text_without_a_full_date_keeps_its_own_years(registered):
    """No date line: the date field stays empty and the figures keep the year the title states, never
    today's (a bulletin of a past year pasted today is that year's)."""
    text = "2019年玉环市国民经济和社会发展统计公报 全年实现地区生产总值617.50亿元,比上年增长5.2%。"
    at = _page().run()
    at.text_area(key="intake_paste").input(text).run()
    assert not at.exception
    assert at.date_input(key="intake_date").value is None
    groups = at.dataframe[0].value
    assert set(groups["period"]) == {"2019"}, groups


def test_the_dates_origin_is_shown_in_the_pages_language(registered):
    """日期来源 in Chinese: the page names how the date was found in zh, and every way the extractor can
    name (the second value its date readers return) has a Chinese name."""
    import ast
    import inspect

    from dashboard import extract as extract_pkg
    from dashboard.extract import clauses
    from dashboard.i18n import DATE_HOW_ZH

    said = set()
    for fn in (extract_pkg.document_date, clauses.date_in_text):
        for node in ast.walk(ast.parse(inspect.getsource(fn).strip())):
            if isinstance(node, ast.Return) and isinstance(node.value, ast.Tuple):
                how = node.value.elts[-1]
                if isinstance(how, ast.Constant) and isinstance(how.value, str):
                    said.add(how.value)
    assert len(said) >= 6 and said - {"unknown"} <= set(DATE_HOW_ZH), said - set(DATE_HOW_ZH)
    text = "2023年宜宾市经济运行情况\n2023-02-20 10:11:12\n全年实现地区生产总值3806.11亿元,比上年增长5.1%。"
    at = _page().run()
    at.text_area(key="intake_paste").input(text).run()
    shown = " ".join(c.value for c in at.caption)
    assert "日期来源：文首的日期行" in shown, shown
