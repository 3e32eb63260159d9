"""Report intake: numerals, context, indicator aliases, enumerations, bad input, output, and the score floor."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dashboard import config, imports
from dashboard.documents import DocumentError, read_document
from dashboard.extract import CSV_COLUMNS, candidates_csv, document_date, extract
from dashboard.extract.candidates import CLASH
from dashboard.extract.indicators import Registry, read_aliases
from dashboard.extract.numerals import find_numbers
from dashboard.extract.score import score_all
from dashboard.numbers import squeeze

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def reg() -> Registry:
    return Registry.load()


def one(text: str, reg: Registry, doc_date: date | None = date(2021, 6, 1)):
    cands = extract(text, source_id="t", doc_date=doc_date, registry=reg)
    assert len(cands) == 1, [(c.indicator, c.value) for c in cands]
    return cands[0]


# --- numerals ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit", "approx", "form"),
    [
        ("增长8.2%", 8.2, "%", "", "percent"),
        ("引进专技人才1,135人", 1135, "人", "", "count"),
        ("实现产值100亿元", 100, "亿元", "", "count"),
        ("外贸进出口总额达5.2亿美元", 5.2, "亿美元", "", "count"),
        ("安全转移受灾群众7.8万人", 7.8, "万人", "", "count"),
        ("日生产量达5万多件", 5, "万件", "多", "count"),
        ("收集办理群众诉求1万余件", 1, "万件", "余", "count"),
        ("参观人次60余万", 60, "万", "余", "count"),
        ("已有近40家企业", 40, "家", "近", "count"),
        ("引进各类人才近千名", 1000, "名", "近", "count"),
        ("新建基站230个以上", 230, "个", "以上", "count"),
        ("每年增长8%左右", 8, "%", "左右", "percent"),
        ("突破1000亿元", 1000, "亿元", "突破", "count"),
        ("超过650家", 650, "家", "超过", "count"),
        ("约3万人", 3, "万人", "约", "count"),
        ("压减在5%以内", 5, "%", "以内", "percent"),
        ("百分之五", 5, "%", "", "percent"),
        ("增长百分之八点五", 8.5, "%", "", "percent"),
        ("三分之一", 1 / 3, "分数", "", "fraction"),
        ("分别占株洲的1/3", 1 / 3, "分数", "", "fraction"),
        ("七成以上财力", 70, "%", "以上", "percent"),
        ("超过7成", 70, "%", "超过", "percent"),
        ("两位位数增长", 10, "%", "以上", "percent"),
        ("提前三年实现", 3, "年", "", "count"),
        ("跃居全国第46位", 46, "位", "", "rank"),
        ("获株洲市第一名", 1, "位", "", "rank"),
        ("冲刺全国五十强", 50, "位", "以内", "strong"),
        ("进入全省前三", 3, "位", "以内", "strong"),
        ("荣获全省第一", 1, "位", "", "rank"),
        ("排名第44", 44, "位", "", "rank"),
        ("较上年前进9位", 9, "位", "", "change"),
        ("用3—4年时间", 3, "年", "", "range"),
        ("十二个村", 12, "个", "", "count"),
    ],
)
def test_numerals(text, value, unit, approx, form):
    found = find_numbers(text)
    assert len(found) == 1, found
    n = found[0]
    assert n.value == pytest.approx(value) and n.unit == unit and n.approx == approx and n.form == form


@pytest.mark.parametrize(
    "text",
    [
        "2019年,醴陵",
        "1月4日召开",
        "“十四五”时期",
        "“3+5+2”现代产业体系",
        "一批传统产业",
        "两个维护",
        "第十九届县域经济",
        "市委十二届八次全体(扩大)会议",
        "前100名等监测评价结果",
        "千年古迹",
        "“500强”",
        "五年行动计划",
        "电话:28891459",
    ],
)
def test_not_figures(text):
    assert find_numbers(text) == []


def test_changes_after_and():
    found = find_numbers("分别较上年前进9位和3位")
    assert [(n.value, n.form) for n in found] == [(9, "change"), (3, "change")]


# --- periods, kinds, regions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doc_date", "period"),
    [
        ("去年，醴陵实现地区生产总值737.6亿元。", date(2021, 2, 25), "2020"),
        ("2019年，醴陵实现地区生产总值700亿元。", date(2021, 2, 25), "2019"),
        ("今年，醴陵力争地区生产总值增长8%。", date(2021, 2, 25), "2021"),
        ("近三年共引进专技人才1135人。", date(2021, 3, 22), "2018-2020"),
        ("今后五年，醴陵力争新增城镇就业3万人。", date(2021, 9, 28), "2021-2025"),
        ("醴陵用4年左右时间实现地区生产总值突破1000亿元。", date(2021, 2, 25), "2021-2024"),
        ("“十四五”期间，醴陵力争地区生产总值突破1000亿元。", date(2021, 2, 25), "2021-2025"),
        ("醴陵预计全年地区生产总值增长8.2%。", date(2020, 1, 4), "2019"),
        ("目前，醴陵已有50余条道路与湘赣边区连接互通。", date(2021, 2, 25), "2021"),
        ("醴陵新增城镇就业6000人。", None, ""),
        ("到“十四五”末，醴陵地区生产总值突破1000亿元。", date(2023, 1, 5), "2025"),
        ("到2025年，醴陵地区生产总值达到1000亿元。", date(2023, 1, 5), "2025"),
    ],
)
def test_periods(reg, text, doc_date, period):
    assert one(text, reg, doc_date).period == period


# Spans below a year: dated to their months in the period grammar (dashboard/periods.py), never a whole year.
@pytest.mark.parametrize(
    ("text", "doc_date", "period"),
    [
        ("今年前4个月,我市规模工业增加值同比增长6.5%。", date(2018, 5, 20), "2018-01/04"),
        ("1-4月，全市规模工业增加值同比增长6.5%。", date(2018, 5, 20), "2018-01/04"),
        ("1至4月，全市规模工业增加值同比增长6.5%。", date(2018, 5, 20), "2018-01/04"),
        ("1~4月，全市规模工业增加值同比增长6.5%。", date(2018, 5, 20), "2018-01/04"),
        ("1月至4月，全市规模工业增加值同比增长6.5%。", date(2018, 5, 20), "2018-01/04"),
        ("一至四月份，全市规模工业增加值同比增长6.5%。", date(2018, 5, 20), "2018-01/04"),
        ("前两个月，全市规模工业增加值同比增长6.5%。", date(2018, 3, 20), "2018-01/02"),
        ("一季度，全市地区生产总值同比增长18.9%。", date(2021, 4, 20), "2021-01/03"),
        ("第一季度，全市地区生产总值同比增长18.9%。", date(2021, 4, 20), "2021-01/03"),
        ("2021年一季度，全市地区生产总值同比增长18.9%。", date(2022, 2, 1), "2021-01/03"),
        ("二季度，全市地区生产总值同比增长8.2%。", date(2025, 7, 25), "2025-04/06"),
        ("上半年，全市地区生产总值同比增长8.2%。", date(2025, 7, 20), "2025-01/06"),
        ("前三季度，全市地区生产总值同比增长8.2%。", date(2025, 10, 25), "2025-01/09"),
        ("4月份，全市规模工业增加值同比增长6.1%。", date(2024, 5, 20), "2024-04"),
        ("4月单月，全市规模工业增加值同比增长6.1%。", date(2024, 5, 20), "2024-04"),
        ("截至5月底，全市固定资产投资同比增长10.8%。", date(2025, 6, 20), "2025-01/05"),
        ("截至5月末，全市固定资产投资同比增长10.8%。", date(2025, 6, 20), "2025-01/05"),
        ("2018年，全市经济运行平稳，1-4月规模工业增加值增长6.5%。", date(2019, 5, 20), "2018-01/04"),
        # months long over at the document's date: the year before's (a January report on 1-11月)
        ("1-11月，全市规模工业增加值同比增长7.2%。", date(2021, 1, 15), "2020-01/11"),
        # the same months as a plan are this year's
        ("力争1-11月全市规模工业增加值同比增长7.2%。", date(2021, 1, 15), "2021-01/11"),
        ("力争上半年全市地区生产总值增长8%。", date(2025, 2, 20), "2025-01/06"),
        # a span below a year with no document date: the months of the year the clause states, else none
        ("2018年1-4月，全市规模工业增加值同比增长6.5%。", None, "2018-01/04"),
        ("1-4月，全市规模工业增加值同比增长6.5%。", None, ""),
        ("6月20日，全市规模工业增加值同比增长6.5%。", date(2025, 6, 23), "2025"),  # a date, no span
    ],
)
def test_spans_below_a_year_are_dated_to_their_months(reg, text, doc_date, period):
    c = one(text, reg, doc_date)
    assert c.period == period
    assert c.value not in (4, 5) or c.unit != "个"  # the 4 of 前4个月 is no figure of its own


@pytest.mark.parametrize("text", ["提前3个月完成", "6月20日", "5月1日至4日", "每季度", "超前两个月"])
def test_words_that_name_no_span_of_months(text):
    from dashboard.extract import context as cx

    assert [w.how for _, w in cx.time_words(text, 2025, doc_month=6) if w.months] == []


# Passages of real releases on Zhuzhou (verbatim), with the dates they state.
RELEASE_2025_06 = (  # gxt.hunan.gov.cn/gxt/xxgk_71033/gzdt/dfgz/202506/t20250623_33717433.html
    "株洲规模工业增加值增速前五月领跑全省\n\n"
    "6月20日,株洲市统计局发布数据显示,今年1-5月,全市规模工业增加值同比增长10.8%,居全省第一,"
    "分别高于全国、全省4.5和2.7个百分点。\n\n"
    "作为工业经济的主阵地,园区发展势头强劲,其工业规模增加值增速全面领跑。数据显示,1至5月,"
    "园区规模工业增加值增速达11.6%,占全市规模工业增加值比重(剔除电业局)为77.8%,"
    "对全市规模工业增加值的贡献率达82.6%。工业投资提速扩量,增速达17.5%,较前4月提升4.3个百分点,"
    "占固投比重突破60%。"
)
RELEASE_2021_05 = (  # 湖南日报 2021-05-07, 株洲一季度实现地区生产总值754.2亿元 增速居全省第一
    "记者日前从株洲市统计局了解到,今年一季度,该市实现地区生产总值754.2亿元,同比增长18.9%,"
    "增速居全省第一,比2019年同期增长15%。两年均增长7.2%,增速恢复到正常水,经济总体呈现加快回稳、"
    "开局良好局面。\n\n"
    "株洲工业经济呈现良好发展态势,一季度全市规模工业增加值同比增长27.6%,在一类市中排名第一。"
)


@pytest.mark.parametrize(
    ("text", "doc_date", "months"),
    [(RELEASE_2025_06, date(2025, 6, 23), "2025-01/05"), (RELEASE_2021_05, date(2021, 5, 7), "2021-01/03")],
)
def test_every_figure_of_a_monthly_release_is_dated_to_its_months(reg, text, doc_date, months):
    cands = [c for c in extract(text, source_id="t", doc_date=doc_date, registry=reg) if c.unit]
    assert len(cands) >= 6
    assert {c.period for c in cands} == {months}  # none is given the whole year, none the base's months


def test_a_growth_over_an_older_year_is_no_figure_of_that_year(reg):
    text = "醴陵市2021年统计公报\n2021年，全市地区生产总值增长8.2%，比2019年增长12.7%，两年平均增长6.1%。"
    got = {c.value: c for c in extract(text, source_id="t", doc_date=date(2022, 3, 1), registry=reg)}
    assert {got[v].period for v in (8.2, 12.7, 6.1)} == {"2021"}
    assert got[8.2].confidence >= 0.5 and "check the indicator" not in got[8.2].note
    for v in (12.7, 6.1):  # not the growth over the year before: the editor checks the indicator
        assert got[v].confidence < 0.5 and "check the indicator" in got[v].note
    c = one("与2019年相比，全市地区生产总值增长12.7%。", reg, date(2021, 6, 1))
    assert c.period == "2021" and c.confidence < 0.5
    c = one("一季度，全市规模工业增加值增速较1-2月提升4.3个百分点。", reg, date(2025, 4, 20))
    assert c.period == "2025-01/03"  # 较1-2月 is the base of the change


def test_a_heading_naming_months_dates_its_section(reg):
    text = "2018年1-4月全市经济运行情况\n\n全市规模工业增加值同比增长6.5%。"
    assert one(text, reg, date(2018, 5, 20)).period == "2018-01/04"
    text = "2018年1-4月全市经济运行情况\n\n全年全市地区生产总值力争增长8%。"
    assert one(text, reg, date(2018, 5, 20)).period == "2018"  # 全年 is the whole year of its section


def test_every_candidate_period_is_in_the_grammar(reg):
    from dashboard import periods

    texts = [(p.read_text(encoding="utf-8"), None) for p in sorted((config.DATA_DIR / "sources").glob("*.txt"))]
    texts += [(p.read_text(encoding="utf-8"), date(2023, 2, 20)) for p in sorted(FIXTURES.glob("*.txt"))]
    texts += [(RELEASE_2025_06, date(2025, 6, 23)), (RELEASE_2021_05, date(2021, 5, 7))]
    seen = set()
    for text, doc_date in texts:
        d = doc_date or document_date(text, reg=reg)[0]
        seen |= {c.period for c in extract(text, source_id="t", doc_date=d, registry=reg)}
    assert {p for p in seen if p and not periods.is_period(p)} == set()
    assert {"annual", "multi_year", "cumulative"} <= {periods.parse(p).grain for p in seen if p}


def test_time_words_are_found_once_per_paragraph_not_once_per_figure(reg, monkeypatch):
    from dashboard.extract import context as cx

    calls = []
    real = cx.time_words
    monkeypatch.setattr(cx, "time_words", lambda text, *a, **k: calls.append(len(text)) or real(text, *a, **k))
    cx.time_index.cache_clear()
    line = "我市规模工业增加值增长6.5%，" * 400  # one line, one sentence, 400 figures
    extract(line, source_id="t", doc_date=date(2018, 5, 20), registry=reg)
    assert len([n for n in calls if n > 1000]) == 1, calls  # the whole line scanned once
    assert sum(calls) < 3 * len(line)


def test_pieces_of_a_line_are_the_plain_cuts():
    from dashboard.extract import context as cx

    for text in ["", "甲", "甲，乙。丙", "，，。", "甲乙丙，", "a,b;c：d"]:
        for a in range(len(text) + 1):
            for b in range(a, len(text) + 1):
                want, s = [], a
                for i in range(a, b):
                    if text[i] in cx.CLAUSE_END:
                        want.append((s, i + 1))
                        s = i + 1
                if s < b:
                    want.append((s, b))
                got = cx.spans(text, cx.CLAUSE_END, a, b)
                assert list(got) == want and len(got) == len(want)
                assert [got.at(p) for p in range(a, b)] == [next(x for x in want if x[0] <= p < x[1]) for p in range(a, b)]
                if want:
                    assert (got[0], got[-1]) == (want[0], want[-1])


def test_work_review_section_dates_its_figures(reg):
    text = "一、2022年工作回顾\n\n全市新增城镇就业6000人，年内引进项目105个。\n\n二、2023年主要目标\n\n引进项目120个。"
    cands = extract(text, source_id="t", doc_date=date(2023, 2, 20), registry=reg)
    assert [(c.value, c.period, c.kind) for c in cands] == [
        (6000, "2022", "actual"),
        (105, "2022", "actual"),
        (120, "2023", "target"),
    ]


def test_now_in_the_review_of_an_early_report_is_the_year_just_ended(reg):
    text = "一、2022年工作回顾\n\n柔性引才多领域展开，目前引进各类人才近800名。"
    assert one(text, reg, date(2023, 2, 20)).period == "2022"
    assert one("柔性引才多领域展开，目前引进各类人才近800名。", reg, date(2023, 6, 20)).period == "2023"


def test_section_heading_spans_targets_and_base_years(reg):
    text = "二、今后五年的奋斗目标\n\n地区生产总值年均增长7.5%以上。"
    c = one(text, reg, date(2022, 1, 10))
    assert (c.indicator, c.period, c.kind) == ("gdp_growth", "2022-2026", "target")
    text = "一、过去五年工作回顾\n\n过去五年，地区生产总值由546亿元增加到737.6亿元，年均增长7.8%。"
    cands = extract(text, source_id="t", doc_date=date(2021, 1, 10), registry=reg)
    assert [(c.value, c.period) for c in cands] == [(546, "2015"), (737.6, "2020"), (7.8, "2016-2020")]


def test_each_rank_goes_to_the_place_named_before_it(reg):
    text = "湖南省有4个县市上榜，分别是长沙县（第4位）、浏阳市（第7位）、醴陵市（第45位）。"
    ranks = [
        c for c in extract(text, source_id="t", doc_date=date(2022, 7, 1), registry=reg) if c.kind == "rank"
    ]
    assert [(c.region, c.value) for c in ranks] == [("长沙县", 4), ("浏阳市", 7), ("liling", 45)]


def test_ranking_edition_maps_to_its_year(reg):
    text = "第二十届全国县域经济百强排名榜单公布，醴陵县域经济与县域综合发展列第45位。"
    c = one(text, reg)
    assert (c.indicator, c.period, c.kind) == ("rank_county_top100", "2020", "rank")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("醴陵预计全年地区生产总值增长8.2%。", "estimate"),
        ("醴陵力争新增城镇就业3万人。", "target"),
        ("醴陵确保引进项目120个以上。", "target"),
        ("醴陵计划新增城镇就业3万人。", "target"),
        ("醴陵的目标是新增城镇就业3万人。", "target"),
        ("醴陵去年新增城镇就业7361人。", "actual"),
        ("县域经济与县域综合发展跃居全国第46位。", "rank"),
        ("醴陵县域经济与县域综合发展较上年前进9位。", "rank"),
        ("醴陵冲刺全国县域经济百强五十强。", "target"),
        ("醴陵的规模工业占株洲的1/3。", "share"),
        ("到2025年，醴陵地区生产总值达到1000亿元。", "target"),
    ],
)
def test_kinds(reg, text, kind):
    assert one(text, reg, date(2021, 6, 1)).kind == kind


def test_estimate_scope_marker_covers_the_list_after_it(reg):
    text = "2019,醴陵主要经济指标(预计)\n\n- 地区生产总值增长**8.2%**\n- 固定资产投资增长**13%**"
    cands = extract(text, source_id="t", doc_date=date(2020, 1, 4), registry=reg)
    assert [(c.indicator, c.period, c.kind) for c in cands] == [
        ("gdp_growth", "2019", "estimate"),
        ("fixed_asset_investment_growth", "2019", "estimate"),
    ]


def test_enumeration_of_counties_is_aligned_not_given_to_liling(reg):
    text = (
        "第二十二届全国县域经济与县域综合发展百强榜单发布。湖南省长沙县、浏阳市、醴陵市入围，"
        "分别位列第4位、第7位、第45位。"
    )
    cands = extract(text, source_id="t", doc_date=date(2022, 7, 28), registry=reg)
    assert [(c.region, c.value) for c in cands] == [("长沙县", 4), ("浏阳市", 7), ("liling", 45)]
    assert all(c.indicator == "rank_county_top100" and c.period == "2022" for c in cands)
    assert "new region?" in cands[0].note and cands[2].region_known


def test_enumeration_of_indicators_is_aligned(reg):
    text = "醴陵的规模工业、人口、GDP、税收分别占株洲的1/3、1/4、1/5、1/6。"
    cands = extract(text, source_id="t", doc_date=date(2021, 3, 22), registry=reg)
    assert [c.indicator for c in cands] == [
        "share_of_zhuzhou_industry",
        "share_of_zhuzhou_population",
        "share_of_zhuzhou_gdp",
        "share_of_zhuzhou_tax",
    ]


def test_rank_changes_follow_the_ranks_they_belong_to(reg):
    text = "醴陵分列县域经济与县域综合发展第45位、县域经济基本竞争力第64位，分别比上年提升1位和6位。"
    cands = extract(text, source_id="t", doc_date=date(2021, 2, 25), registry=reg)
    assert [(c.indicator, c.value) for c in cands] == [
        ("rank_county_top100", 45),
        ("rank_county_competitiveness", 64),
        ("rank_county_top100_change", 1),
        ("rank_county_competitiveness_change", 6),
    ]


def test_development_zone_figures_go_to_the_zone(reg):
    c = one("醴陵经开区简介\n去年，园区技工贸收入达600亿元。", reg)
    assert (c.region, c.indicator) == ("liling_edz", "park_revenue")
    # a text that names no region: whose 园区 it is, the editor says (no home region by default)
    c = one("去年，园区技工贸收入达600亿元。", reg)
    assert (c.region, c.region_known, c.indicator) == ("", False, "park_revenue") and c.confidence < 0.5



def test_a_semicolon_list_keeps_the_zone_its_sentence_opens_on(reg):
    text = "醴陵市持续开展项目建设。预计2020年，园区可实现技工贸总收入570亿元，增长10%；规模工业增加值190亿元，增长12%。"
    got = {c.value: c for c in extract(text, source_id="t", doc_date=date(2020, 11, 19), registry=reg)}
    assert got[190].region == got[12].region == "liling_edz"
    # a sentence that opens on the county keeps its figures with the county, whatever 园区 follows
    text = "醴陵正加快产业园区建设，力争今年规模工业增加值190亿元。"
    got = {c.value: c for c in extract(text, source_id="t", doc_date=date(2020, 11, 19), registry=reg)}
    assert got[190].region == "liling"


# --- indicators and proposals ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("醴陵GDP增长8%。", "gdp_growth"),
        ("醴陵经济总量达到737.6亿元。", "gdp"),
        ("醴陵规模工业增加值增长9%。", "industrial_value_added_growth"),
        ("醴陵规模以上工业增加值增长9%。", "industrial_value_added_growth"),
        ("醴陵社会消费品零售总额增长10.2%。", "retail_sales_growth"),
        ("醴陵新增城镇就业7361人。", "new_urban_jobs"),
    ],
)
def test_indicator_aliases(reg, text, code):
    assert one(text, reg).indicator == code


def test_every_alias_points_to_a_known_indicator(reg):
    aliases = read_aliases(config.DATA_DIR)
    assert aliases, "the alias table is empty"
    unknown = [(a, code) for a, code in aliases if code not in reg.indicators]
    assert not unknown
    assert len(set(aliases)) == len(aliases), "an alias is listed twice"


def test_unknown_indicator_is_proposed_not_dropped(reg):
    c = one("去年，醴陵新建充电桩3200个。", reg)
    assert not c.indicator_known and "new indicator?" in c.note and c.confidence < 0.5
    assert c.value == 3200 and c.unit == "个" and c.period == "2020"


def test_unknown_ranking_list_is_proposed_with_its_publisher(reg):
    c = one("由赛迪顾问发布的2022中国县域数字经济百强榜单中，醴陵列第31位。", reg, date(2022, 8, 1))
    assert c.kind == "rank" and not c.indicator_known
    assert "new ranking list? publisher: 赛迪顾问" in c.note


def test_full_width_digits_are_read_and_quoted_as_written(reg):
    text = "醴陵去年地区生产总值增长８.２％。"
    c = one(text, reg)
    assert (c.indicator, c.value, c.unit) == ("gdp_growth", 8.2, "%") and c.quote in text


def test_traditional_characters_match_but_the_quote_stays_as_written(reg):
    text = "去年，醴陵實現地區生產總值737.6億元。"
    c = one(text, reg)
    assert c.indicator == "gdp" and c.quote in text


# --- document date ----------------------------------------------------------------------------------


def test_document_date_order(reg):
    text = "2023年2月20日 醴陵市第十八届人民代表大会。2022年12月1日……"
    assert document_date(text, given=date(2023, 3, 1), reg=reg)[0] == date(2023, 3, 1)
    assert document_date(text, source_id="liling-2021-spring", reg=reg)[0] == date(2021, 2, 25)
    assert document_date(text, reg=reg) == (date(2023, 2, 20), "date line near the top")
    assert document_date("时间:2022-03-25 18:48:46 …… 2023年1月5日", reg=reg) == (
        date(2022, 3, 25),
        "labelled date in the text",
    )
    assert document_date("没有日期。", reg=reg) == (None, "unknown")
    assert document_date("2023年度榜单。7月25日发布。", reg=reg) == (
        date(2023, 7, 25),
        "year and day named apart in the text",
    )


def test_ranking_table_rows_and_new_lists(reg):
    text = (FIXTURES / "ranking-table-2023.txt").read_text(encoding="utf-8")
    cands = extract(text, source_id="t", doc_date=date(2023, 7, 25), registry=reg)
    by_region = {c.region: c for c in cands if c.kind == "rank" and c.value != 3}
    assert {r: c.value for r, c in by_region.items()} == {
        "长沙县": 4,
        "浏阳市": 9,
        "宁乡市": 17,
        "liling": 44,
    }
    # the list data/indicator_aliases.csv names (the 中小城市 committee's 全国综合实力百强县市)
    assert by_region["liling"].indicator == "rank_small_city_comprehensive" and by_region["liling"].indicator_known
    rows = extract(
        "全国百强县（部分）\n4 长沙县 湖南\n44 醴陵市 湖南",
        source_id="t",
        doc_date=date(2023, 7, 25),
        registry=reg,
    )
    assert [(c.region, c.value, c.kind) for c in rows] == [("长沙县", 4, "rank"), ("liling", 44, "rank")]


def test_table_rows_with_the_name_first_and_abstract_counts(reg):
    text = "2023中国县域经济百强榜（湖南部分）\n长沙县 湖南 4\n醴陵市 湖南 44\n\n要着力抓好七个方面工作，打造三个高地。"
    cands = extract(text, source_id="t", doc_date=date(2023, 8, 1), registry=reg)
    assert [(c.region, c.value, c.period, c.kind) for c in cands] == [
        ("长沙县", 4, "2023", "rank"),
        ("liling", 44, "2023", "rank"),
    ]


def test_a_number_without_a_place_is_listed_not_dropped(reg):
    cands = extract(
        "醴陵综合得分72.5，较好。【亮点1】2022年12月1日，S333，5G。",
        source_id="t",
        doc_date=date(2023, 2, 1),
        registry=reg,
    )
    assert [(c.value, c.region, c.indicator) for c in cands] == [(72.5, "", "")]
    assert cands[0].confidence <= 0.1 and "not placed" in cands[0].note


def test_a_name_that_qualifies_another_is_not_the_indicator(reg):
    c = one("醴陵万元GDP能耗下降3.1%。", reg)
    assert c.indicator != "gdp_growth" and c.value == -3.1  # energy intensity falls: not GDP, and negative


def _codes(text: str, reg: Registry) -> dict[float, str]:
    return {
        c.value: c.indicator for c in extract(text, source_id="t", doc_date=date(2021, 6, 1), registry=reg)
    }


def test_a_count_is_named_by_the_noun_after_it(reg):
    # the noun after the count names it; the words before it belong to the previous number
    got = _codes("博览会吸引了12个省份的250家陶瓷企业参加。", reg)
    assert got[12] == "expo_participating_provinces"
    assert got[250] in ("expo_domestic_ceramic_enterprises", "expo_foreign_ceramic_enterprises",
                        "ceramics_producers")  # 陶瓷企业, a registered indicator since the intake
    assert _codes("醴陵培育引进3家10亿元企业。", reg)[3] == "enterprises_over_1bn_added"


def test_a_rank_takes_the_list_of_its_scope(reg):
    got = _codes("醴陵位居营商环境全国百强第31位、全省第4位。", reg)
    assert got == {31: "rank_business_environment_national", 4: "rank_business_environment_provincial"}


def test_a_ranking_list_in_other_words_matches_by_most_of_its_words(reg):
    assert (
        one("醴陵巩固脱贫九清零工作位居株洲第二名。", reg).indicator == "rank_poverty_consolidation_zhuzhou"
    )


def test_an_increase_over_last_year_is_the_increase_indicator(reg):
    got = _codes("醴陵享受研发费用加计扣除企业实际研发投入达5.2亿元，比上年增加1.3亿元。", reg)
    assert (
        got[1.3] == "rd_investment_super_deduction_increase" and got[5.2] == "rd_investment_super_deduction"
    )


def test_counts_named_by_their_noun_and_the_predicate(reg):
    got = _codes("全市230个村、18个社区均建有一站式便民服务中心。", reg)
    assert got == {
        230: "villages_with_one_stop_service_centre",
        18: "communities_with_one_stop_service_centre",
    }


def test_the_best_fuzzy_name_wins_over_a_shorter_one(reg):
    assert one("近三年醴陵农业专家人才65人。", reg).indicator == "talent_introduced_agricultural_experts"


def test_a_figure_less_clause_names_the_figure_after_it(reg):
    c = one("醴陵启动老城区供水管网改造工程，先后投入640万元。", reg)
    assert c.indicator == "water_pipe_renovation_investment"


def test_an_enterprise_named_before_holds_the_figures_of_its_sentence(reg):
    text = "株洲时代金属制造有限公司车间内，工人正赶制订单。今年，企业预计产值突破6亿元，较去年增长20%以上。"
    got = {c.value: c for c in extract(text, source_id="t", doc_date=date(2021, 6, 1), registry=reg)}
    assert got[6].indicator == "shidai_metal_output" and got[20].indicator == "shidai_metal_output_growth"
    assert {got[6].period, got[20].period} == {"2021"}  # 较去年 is the base of the comparison
    # with no other time word in its sentence, 较去年 still dates the figure as before
    alone = extract(
        "醴陵GDP达737.6亿元，较去年增长4%。", source_id="t", doc_date=date(2021, 6, 1), registry=reg
    )
    assert [c.period for c in alone if c.value == 4] == ["2020"]
    # without 企业/公司 in its sentence, the county's own figure is not given to the enterprise
    other = "株洲时代金属制造有限公司车间内，工人正赶制订单。今年，全市预计产值突破6亿元。"
    assert one(other, reg).indicator != "shidai_metal_output"


def test_a_name_closing_the_clause_after_a_list_names_the_count(reg):
    c = one("醴陵已有60余条国道、省道、县道与湘赣边区连接互通。", reg)
    assert c.indicator == "roads_linked_xianggan" and c.value == 60


def test_also_for_n_years_takes_its_subject_from_the_clause_before(reg):
    c = one("安全生产工作获评全省先进单位，也是连续四年获此殊荣。", reg)
    assert c.indicator == "work_safety_advanced_years" and c.value == 4


def test_a_bare_output_figure_belongs_to_the_sentence_topic(reg):
    c = one("花炮是醴陵的传统产业，近三年产值年均增长12%。", reg)
    assert c.indicator == "fireworks_output_growth" and c.value == 12
    assert "花炮" in c.quote


def test_money_spent_is_named_by_its_purpose_clause_and_quoted_with_it(reg):
    c = one("2020年，醴陵投入120万元，打造首个陶瓷行业的“云平台”。", reg)
    assert (c.indicator, c.period) == ("ceramics_cloud_platform_investment", "2020")
    assert c.quote == "醴陵投入120万元，打造首个陶瓷行业的“云平台”"


def test_an_amount_naming_a_class_of_enterprises_is_no_figure(reg):
    assert set(_codes("园区培育引进6家10亿元企业。", reg)) == {6}
    assert set(_codes("全年引进10亿元以上项目12个。", reg)) == {12}
    assert set(_codes("全年实施总投资120亿元的重点项目35个。", reg)) == {120, 35}  # a total is a figure


def test_a_new_list_is_proposed_from_the_name_before_its_rank(reg):
    cands = extract(
        "县域经济综合竞争力位居全国百强第40位；营商环境全国百强第20位。",
        source_id="t",
        doc_date=date(2023, 6, 1),
        registry=reg,
    )
    first = next(c for c in cands if c.value == 40)
    assert not first.indicator_known and first.indicator == "县域经济综合竞争力全国百强"


def test_an_edition_named_for_one_list_does_not_date_another(reg):
    text = (
        "在第二十届全国县域经济基本竞争力评价中，醴陵市排名第61位。"
        "株洲市有3个县市区入选2024年全国投资潜力百强县，醴陵市居第28位。"
    )
    cands = {c.value: c for c in extract(text, source_id="t", doc_date=date(2024, 7, 25), registry=reg)}
    assert cands[28].period == "2024" and cands[61].period != "2024"


def test_a_zone_plan_gives_a_county_indicator_to_the_county(reg):
    text = (
        "醴陵经开区规划\n我区将建成国家级经开区。我区力争技工贸总收入突破800亿元。"
        "打造极具国际影响力的千亿级陶瓷优势产业集群。"
    )
    got = {c.value: c for c in extract(text, source_id="t", doc_date=date(2021, 6, 1), registry=reg)}
    assert (got[800].region, got[800].indicator) == ("liling_edz", "park_revenue")
    assert (got[1000].region, got[1000].indicator) == ("liling", "ceramics_output")


# --- quotes, fixtures and the seeds ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["gov-report-2023.txt", "ranking-2022.txt", "ranking-table-2023.txt", "gov-report-2023b.txt"]
)
def test_every_quote_is_verbatim_and_states_its_number(reg, name):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    cands = extract(text, source_id="t", doc_date=None, registry=reg)
    assert cands
    for c in cands:
        assert squeeze(c.quote) in squeeze(text)
        assert squeeze(c.stated) in squeeze(c.quote)


GOV_2023 = [  # (value, unit, period, kind) a careful analyst records for Liling
    (820.5, "亿元", "2022", "actual"),
    (5.1, "%", "2022", "actual"),
    (7.2, "%", "2022", "actual"),
    (32.6, "亿元", "2022", "actual"),
    (6.3, "%", "2022", "actual"),
    (8200, "家", "2022", "actual"),
    (105, "个", "2022", "actual"),
    (300, "亿元", "2022", "actual"),
    (800, "亿元", "2022", "actual"),
    (9.5, "%", "2022", "actual"),
    (12, "%", "2022", "actual"),
    (40, "位", "2022", "rank"),
    (3, "位", "2022", "rank"),
    (6.5, "%", "2023", "target"),
    (8, "%", "2023", "target"),
    (10, "%", "2023", "target"),
    (6000, "人", "2023", "target"),
    (1000, "亿元", "2023-2027", "target"),
]
RANKING_2022 = [(45, "位", "2022", "rank"), (2, "位", "2022", "rank"), (61, "位", "2022", "rank")]
RANKING_TABLE_2023 = [(44, "位", "2023", "rank"), (3, "位", "2023", "rank")]
GOV_2023B = [
    (5.8, "%", "2022", "estimate"),
    (32.5, "亿元", "2022", "estimate"),
    (6.1, "%", "2022", "estimate"),
    (5.6, "万元", "2022", "actual"),
    (3.2, "万元", "2022", "actual"),
    (5.2, "%", "2022", "actual"),
    (6.5, "%", "2022", "actual"),
    (3.1, "%", "2022", "actual"),
    (91.2, "%", "2022", "actual"),
    (1.5, "个百分点", "2022", "actual"),
    (216, "个", "2022", "actual"),
    (312, "亿元", "2022", "actual"),
    (62, "家", "2022", "actual"),
    (820, "家", "2022", "actual"),
    (6.5, "%", "2023", "target"),
    (5, "%", "2023", "target"),
    (6000, "人", "2023", "target"),
    (5.5, "%", "2023", "target"),
]


@pytest.mark.parametrize(
    ("name", "doc_date", "expected"),
    [
        ("gov-report-2023.txt", date(2023, 2, 20), GOV_2023),
        ("ranking-2022.txt", date(2022, 7, 28), RANKING_2022),
        ("ranking-table-2023.txt", None, RANKING_TABLE_2023),
        ("gov-report-2023b.txt", None, GOV_2023B),
    ],
)
def test_fixture_recall_and_precision_for_liling(reg, name, doc_date, expected):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    doc_date = doc_date or document_date(text, reg=reg)[0]  # inferred from the text when not given
    cands = [c for c in extract(text, source_id="t", doc_date=doc_date, registry=reg) if c.region == "liling"]
    got = [(c.value, c.unit, c.period, c.kind) for c in cands]
    found = [e for e in expected if e in got]
    right = [g for g in got if g in expected]
    assert len(found) / len(expected) >= 0.9, set(expected) - set(found)
    assert len(right) / len(got) >= 0.8, set(got) - set(right)


# Measured by `python -m dashboard extract-score`: the floor may only rise.
SEED_FLOOR = {  # source_id: (recall, precision)
    "liling-2020-lianghui": (0.98, 0.97),
    "liling-2021-spring": (0.96, 0.80),
    "liling-2021-series1": (0.91, 0.93),
    "edz-2021-plan": (1.0, 1.0),
    "zhuzhou-2021-congress": (1.0, 0.66),
}
SEED_FLOOR_ALL = (0.96, 0.92)  # every seed together: (recall, precision)


def test_seed_score_floor():
    scores = {s.source_id: s for s in score_all()}
    assert set(SEED_FLOOR) <= set(scores)
    for sid, (recall, precision) in SEED_FLOOR.items():
        s = scores[sid]
        assert s.recall >= recall and s.precision >= precision, (sid, s.recall, s.precision)
        assert s.verbatim == s.candidates, f"{sid}: a quote is not verbatim"
    found = sum(s.found for s in scores.values())
    right = sum(s.correct for s in scores.values())
    assert found / sum(s.curated for s in scores.values()) >= SEED_FLOOR_ALL[0]
    assert right / sum(s.placed for s in scores.values()) >= SEED_FLOOR_ALL[1]


# --- output re-imports ------------------------------------------------------------------------------


def test_csv_reimports_through_the_validated_path(reg, data_copy):
    text = (data_copy / "sources" / "liling-2020-lianghui.txt").read_text(encoding="utf-8")
    cands = extract(text, source_id="liling-2020-lianghui", doc_date=date(2020, 1, 4), registry=reg)
    data = candidates_csv(cands, reg)
    rows, problems = imports.read_table(data, "candidates.csv")
    assert not problems and list(rows[0])[:8] == config.FACTS_EXPORT_COLUMNS
    header = next(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert header == CSV_COLUMNS
    assert len(rows) == len(cands)
    placed = [c for c in cands if c.indicator_known and c.region_known and c.period and CLASH not in c.note]
    assert len(placed) > 100
    logged = imports.read_log(data_copy)
    plan, entry = imports.import_file(
        candidates_csv(placed, reg), "candidates.csv", "tester", dry_run=True, data_dir=data_copy
    )
    assert entry is None and imports.read_log(data_copy) == logged
    bad = [p for p in plan.problems if "冲突" not in p.zh]  # conflicts with held figures are for the editor
    assert not bad, [p.text("en") for p in bad[:5]]


# --- bad input --------------------------------------------------------------------------------------


def _pdf_with_text(text: str) -> bytes:
    """A one-page PDF whose text layer is `text` (CID font with a ToUnicode map; no font embedded)."""
    chars = list(dict.fromkeys(text))
    cid = {ch: i + 1 for i, ch in enumerate(chars)}
    bf = "\n".join(f"<{cid[ch]:04X}> <{ord(ch):04X}>" for ch in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def 1 begincodespacerange "
        f"<0000> <FFFF> endcodespacerange {len(chars)} beginbfchar\n{bf}\nendbfchar endcmap "
        "CMapName currentdict /CMap defineresource pop end end"
    )
    content = "BT /F1 12 Tf 20 800 Td <" + "".join(f"{cid[ch]:04X}" for ch in text) + "> Tj ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
        "/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> >>",
        f"<< /Length {len(cmap)} >>\nstream\n{cmap}\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n".encode("ascii")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("ascii")
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode("ascii")
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("ascii")
    return bytes(out)


def _docx_with(text: str) -> bytes:
    import docx

    d = docx.Document()
    for para in text.split("\n"):
        d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _docx_table(title: str, rows: list[list[str]]) -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph(title)
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_table_rows_give_named_figures_with_verbatim_quotes(reg):
    rows = [
        ["指标", "单位", "数值", "比上年增长"],
        ["地区生产总值", "亿元", "812.3", "6.5%"],
        ["规模以上工业增加值", "%", "", "8.1"],
        ["固定资产投资", "亿元", "420.5", "9.2%"],
        ["新增城镇就业", "人", "7200", ""],
    ]
    text = read_document(_docx_table("醴陵市主要经济指标", rows), "t.docx")
    cands = extract(text, source_id="t", doc_date=date(2022, 12, 20), registry=reg)
    got = {(c.indicator, c.value, c.unit, c.period, c.kind) for c in cands}
    assert got >= {
        ("gdp", 812.3, "亿元", "2022", "actual"),
        ("gdp_growth", 6.5, "%", "2022", "actual"),
        ("industrial_value_added_growth", 8.1, "%", "2022", "actual"),
        ("fixed_asset_investment_growth", 9.2, "%", "2022", "actual"),
        ("new_urban_jobs", 7200, "人", "2022", "actual"),
    }
    assert {c.region for c in cands} == {"liling"} and all(c.value != 0 for c in cands)
    investment = next(c for c in cands if c.value == 420.5)
    # the level under its own (standard) name, proposed, never the growth's borrowed
    assert not investment.indicator_known and investment.indicator == "固定资产投资"
    sq = squeeze(text)
    assert all(squeeze(c.quote) in sq for c in cands)


def test_docx_table_comparing_places_gives_each_row_to_its_place(reg):
    rows = [
        ["县市", "单位", "地区生产总值", "增速"],
        ["浏阳市", "亿元", "1500.2", "5.1%"],
        ["醴陵市", "亿元", "812.3", "6.5%"],
    ]
    text = read_document(_docx_table("2022年湖南省部分县市地区生产总值", rows), "t.docx")
    cands = extract(text, source_id="t", doc_date=date(2023, 8, 1), registry=reg)
    got = {(c.region, c.indicator, c.value, c.unit, c.period) for c in cands}
    assert got == {
        ("浏阳市", "gdp", 1500.2, "亿元", "2022"),
        ("浏阳市", "gdp_growth", 5.1, "%", "2022"),
        ("liling", "gdp", 812.3, "亿元", "2022"),
        ("liling", "gdp_growth", 6.5, "%", "2022"),
    }
    assert all(not c.region_known for c in cands if c.region == "浏阳市")


def _blank_pdf(password: str | None = None) -> bytes:
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(width=595, height=842)
    if password:
        w.encrypt(password)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


SAMPLE = "去年，醴陵实现地区生产总值737.6亿元。"


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("report.pdf", lambda: _pdf_with_text(SAMPLE)),
        ("report.docx", lambda: _docx_with("醴陵篇\n" + SAMPLE)),
        ("report.txt", lambda: SAMPLE.encode("gb18030")),
    ],
)
def test_documents_of_every_type_give_candidates(reg, name, make):
    text = read_document(make(), name)
    c = [c for c in extract(text, source_id="t", doc_date=date(2021, 2, 25), registry=reg)][0]
    assert (c.indicator, c.value, c.period) == ("gdp", 737.6, "2020")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(config.ROOT), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("empty.txt", lambda: b"", "文件是空的"),
        ("blob.txt", lambda: b"\x00\x01\x02binary" * 100, "二进制"),
        ("locked.pdf", lambda: _blank_pdf("secret"), "PDF 已加密"),
        ("scan.pdf", lambda: _blank_pdf(), "没有文字层"),
        ("huge.txt", lambda: b"a" * (20 * 1024 * 1024 + 1), "文件过大"),
    ],
)
def test_bad_input_says_why_and_writes_nothing(tmp_path, name, make, message):
    src = tmp_path / name
    src.write_bytes(make())
    out = tmp_path / "candidates.csv"
    r = _run("extract", str(src), "--out", str(out), cwd=tmp_path)
    assert r.returncode == 1 and message in r.stderr and "Traceback" not in r.stderr
    assert not out.exists()
    with pytest.raises(DocumentError):
        read_document(src.read_bytes(), name)


def test_cli_writes_candidates_for_a_registered_source(tmp_path):
    src = tmp_path / "liling-2021-spring.txt"
    shutil.copy(config.DATA_DIR / "sources" / "liling-2021-spring.txt", src)
    out = tmp_path / "c.csv"
    r = _run("extract", str(src), "--source-id", "liling-2021-spring", "--out", str(out), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "2021-02-25" in r.stdout
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert list(rows[0]) == CSV_COLUMNS
    assert any(
        r["indicator"] == "地区生产总值" and r["value"] == "737.6" and r["period"] == "2020" for r in rows
    )


def test_every_curated_quote_states_its_value():
    """The reader the extractor uses finds each curated figure's value in its own quote."""
    from dashboard.curated import read_all
    from dashboard.numbers import states_value

    facts = [f for f in read_all()["facts"] if f["kind"] != "derived"]
    missing = [f["fact_id"] for f in facts if not states_value(f["quote"], float(f["value"]))]
    assert len(facts) > 200 and missing == []


def test_five_year_plans_follow_each_other():
    with (config.DATA_DIR / "five_year_plans.csv").open(encoding="utf-8", newline="") as f:
        plans = [(int(r["plan_no"]), r["period"]) for r in csv.DictReader(f)]
    for (n, period), (m, nxt) in zip(plans, plans[1:], strict=False):
        start, end = map(int, period.split("-"))
        assert m == n + 1 and end - start == 4 and int(nxt[:4]) == end + 1


def test_a_report_titled_for_liling_gives_its_figures_to_liling_and_dates_this_years_targets():
    """The next-year fixture: 醴陵 is named once (the title), 株洲 more often; the figures are still 醴陵's
    (but for the one sentence that names 株洲市), and 今年主要目标 dates its targets to the report's year."""
    import datetime as dt

    from dashboard.extract import extract

    path = Path(__file__).parent / "fixtures" / "next_year"
    text = (path / "report.txt").read_text(encoding="utf-8")
    expected = list(csv.DictReader((path / "figures.csv").open(encoding="utf-8")))
    from dashboard.curated import read_all

    data = read_all()
    regions = {r["name_zh"]: r["region_code"] for r in data["regions"]}
    indicators = {r["name_zh"]: r["indicator_code"] for r in data["indicators"]}
    got = extract(text, source_id="test-next-year", doc_date=dt.date(2023, 1, 10))
    rows = {(c.region, c.indicator, c.period, round(float(c.value), 4), c.kind) for c in got}
    for e in expected:
        key = (regions[e["region"]], indicators[e["indicator"]], e["period"], round(float(e["value"]), 4),
               e["kind"])
        assert key in rows, e


def test_a_newspaper_name_on_the_first_line_is_not_the_subject():
    import datetime as dt

    from dashboard.extract import extract

    text = "株洲日报\n\n醴陵：奋力争先\n\n去年，醴陵市地区生产总值达到900亿元。"
    (c,) = [c for c in extract(text, source_id="x", doc_date=dt.date(2023, 3, 1)) if c.indicator == "gdp"]
    assert c.region == "liling"


def test_a_narrower_subject_than_the_known_indicator_is_proposed_under_its_own_name(reg):
    text = "醴陵发布规划提出，到2017年，要实现建筑卫生陶瓷产值100亿元，工艺陶瓷产值50亿元的目标。"
    got = extract(text, source_id="t", doc_date=date(2015, 6, 25), registry=reg)
    names = {(c.indicator, c.value) for c in got if c.period == "2017" and c.kind == "target"}
    assert {("建筑卫生陶瓷产值", 100), ("工艺陶瓷产值", 50)} <= names
    assert all(c.confidence >= 0.5 for c in got if c.indicator in ("建筑卫生陶瓷产值", "工艺陶瓷产值"))
    # a name the registry's holds (目标是新增城镇就业: 新增城镇就业) adds no second reading
    (c,) = extract("醴陵的目标是新增城镇就业3万人。", source_id="t", doc_date=date(2021, 6, 1), registry=reg)
    assert c.indicator == "new_urban_jobs"


def test_a_power_capacity_is_read_in_its_own_unit():
    (n,) = find_numbers("将建设30万千瓦产能的生产线")
    assert (n.value, n.unit) == (30, "万千瓦")


def test_a_rank_alias_names_its_list_with_or_without_the_word_rank():
    from dashboard.extract.vocabulary import Vocabulary

    vocab = Vocabulary.load()
    assert vocab.family("中部百强排名", "位") == {"rank_central_county_top100"}
    assert vocab.family("全国综合实力百强县市排名", "位") == {"rank_small_city_comprehensive"}


def test_a_goal_reached_a_year_early_is_the_next_years_target(reg):
    text = "醴陵市县域经济与县域综合发展跃居全国第46位，提前一年实现“冲刺全国五十强”的目标。"
    got = extract(text, source_id="t", doc_date=date(2019, 12, 20), registry=reg)
    assert [(c.value, c.period) for c in got if c.kind == "target"] == [(50, "2020")]


def test_a_bare_fifteen_is_a_plan_only_where_it_names_one():
    from dashboard.extract import context as cx

    assert cx.time_words("出台了玻璃产业招商引资十五条,截至目前", 2019, 7) == []
    assert [w.period for _, w in cx.time_words("“十五”期间,全市生产总值翻一番", 2006, 3)] == ["2001-2005"]


def test_until_a_month_without_its_end_is_the_months_to_it():
    from dashboard.extract import context as cx

    assert [w.period for _, w in cx.time_words("截至10月份,全市新签约项目97个", 2015, 11)] == ["2015-01/10"]


def test_a_sample_of_the_top_n_is_no_rank():
    assert [n.form for n in find_numbers("基于全国400强样本县(市)的县域经济研究报告")] != ["strong"]
    assert [n.form for n in find_numbers("冲刺全国五十强")] == ["strong"]


def test_a_page_title_is_found_past_its_navigation_and_byline(reg):
    from dashboard.extract.candidates import main_region
    from dashboard.extract.clauses import normalise, subject_of, title_of

    text = (
        "您当前的位置: 首页 > 信息公开 > 市州动态 > 株洲\n\n醴陵市召开打造“三个高地”先进制造业组工作推进会\n\n"
        "湖南省科学技术厅门户网站 发布时间: 2023-03-23 15:31\n\n会议要求,2023年,全市规模工业增加值增长13%以上。"
    )
    norm = normalise(text).text
    assert subject_of(norm, title_of(norm))[0].ours == "liling"
    assert main_region(text, reg) == "liling"
    # a title naming the prefecture and the county: the county the text names often
    text = "当前位置:\n株洲市一季度讲评,醴陵又获全能冠军\n株洲市讲评会举行,醴陵作典型发言。醴陵实现GDP206.1亿元,醴陵领先。"
    assert main_region(text, reg) == "liling"


def test_a_share_read_from_an_item_of_another_scope_is_doubted(reg):
    text = "醴陵市陶瓷小镇\n2020年7月20日\n目前醴陵市日用瓷产量占全省的94.9%、全国的14.3%、世界的10.8%。"
    got = extract(text, source_id="t", doc_date=date(2020, 7, 20), registry=reg)
    assert not [c for c in got if c.value in (14.3, 10.8) and c.confidence >= 0.5]


def test_this_year_after_the_months_to_date_is_those_months(reg):
    got = extract("截至10月份,醴陵市今年新签约项目97个。", source_id="t", doc_date=date(2015, 11, 6), registry=reg)
    assert [c.period for c in got if c.value == 97] == ["2015-01/10"]


def test_a_rank_without_its_year_before_the_lists_month_is_last_years_edition(reg):
    text = "醴陵综合实力位居全国县域经济百强第73位。"
    early = extract(text, source_id="t", doc_date=date(2017, 9, 24), registry=reg)
    assert [(c.indicator, c.period) for c in early if c.value == 73] == [("rank_county_top100", "2016")]
    late = extract(text, source_id="t", doc_date=date(2017, 12, 20), registry=reg)
    assert [c.period for c in late if c.value == 73] == ["2017"]


def test_a_file_number_is_no_fraction():
    assert find_numbers("索引号:103/2023-00126") == []
    assert [n.value for n in find_numbers("占比3/4")] == [0.75]


def test_a_lists_own_name_the_registry_holds_leaves_the_rank_confident(reg):
    text = "醴陵市政府工作报告\n2023年1月17日\n經濟綜合實力和基本競爭力分別名列全國百強第37位、第56位。"
    got = {c.value: c for c in extract(text, source_id="t", doc_date=date(2023, 1, 17), registry=reg)
           if c.confidence >= 0.5}
    assert (got[37].indicator, got[56].indicator) == ("rank_county_top100", "rank_county_competitiveness")
