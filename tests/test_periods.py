"""The period grammar: every form parsed, labelled and split; every malformed period refused in zh and en."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard import periods
from dashboard.periods import Period, PeriodError


@pytest.mark.parametrize(
    ("text", "start", "end", "grain", "months"),
    [
        ("2021", (2021, 1), (2021, 12), "annual", 12),
        ("2021-2025", (2021, 1), (2025, 12), "multi_year", 60),
        ("2024-04", (2024, 4), (2024, 4), "month", 1),
        ("2021-01/03", (2021, 1), (2021, 3), "cumulative", 3),
        ("2018-01/04", (2018, 1), (2018, 4), "cumulative", 4),
        ("2025-01/06", (2025, 1), (2025, 6), "cumulative", 6),
        ("2025-01/09", (2025, 1), (2025, 9), "cumulative", 9),
        ("2025-01/11", (2025, 1), (2025, 11), "cumulative", 11),
        ("2025-04/06", (2025, 4), (2025, 6), "quarter", 3),
        ("2025-10/12", (2025, 10), (2025, 12), "quarter", 3),
        ("2025-07/12", (2025, 7), (2025, 12), "months", 6),
        ("2025-03/05", (2025, 3), (2025, 5), "months", 3),
    ],
)
def test_parse(text, start, end, grain, months):
    p = periods.parse(text)
    assert ((p.start_year, p.start_month), (p.end_year, p.end_month), p.grain) == (start, end, grain)
    assert p.months == months
    assert p.text == str(p) == text  # written back exactly as given
    assert periods.is_period(text) and periods.problem(text) is None
    assert p.sub_annual == (grain in ("month", "cumulative", "quarter", "months"))


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("2025-13", "月份 13 不在 01-12", "month 13 is not between 01 and 12"),
        ("2025-00", "月份 00 不在 01-12", "month 00 is not between 01 and 12"),
        ("2025-05/03", "结束月份不晚于起始月份", "does not end after it starts"),
        ("2025-05/05", "结束月份不晚于起始月份", "does not end after it starts"),
        ("2025-00/05", "月份 00 不在 01-12", "month 00 is not between 01 and 12"),
        ("2025-01/13", "月份 13 不在 01-12", "month 13 is not between 01 and 12"),
        ("2025-01/12", "是全年：请写 2025", "is the whole year: write 2025"),
        ("2025-2024", "结束年份不晚于起始年份", "does not end after it starts"),
        ("2025-2025", "结束年份不晚于起始年份", "does not end after it starts"),
        ("2025-1", "不符合格式", "is not in the grammar"),
        ("2025-1/3", "不符合格式", "is not in the grammar"),
        ("25", "不符合格式", "is not in the grammar"),
        ("", "不符合格式", "is not in the grammar"),
        ("2025年", "不符合格式", "is not in the grammar"),
        (" 2025", "不符合格式", "is not in the grammar"),
        ("2025-01/03/06", "不符合格式", "is not in the grammar"),
        ("2025-01-03", "不符合格式", "is not in the grammar"),
        ("2025-Q1", "不符合格式", "is not in the grammar"),
        ("0025", "不符合格式", "is not in the grammar"),
        ("２０２５", "不符合格式", "is not in the grammar"),
        ("2025\n", "不符合格式", "is not in the grammar"),
        ("2025-01/06 ", "不符合格式", "is not in the grammar"),
    ],
)
def test_refusals_say_why_in_both_languages(text, zh, en):
    got = periods.problem(text)
    assert got is not None, text
    assert zh in got[0] and en in got[1]
    assert repr(text) in got[0] and repr(text) in got[1]  # the message names the value
    assert not periods.is_period(text)
    with pytest.raises(PeriodError) as e:
        periods.parse(text)
    assert (e.value.zh, e.value.en) == got
    with pytest.raises(ValueError):  # a PeriodError is a ValueError for callers catching those
        periods.split(text)


@pytest.mark.parametrize("value", [2025, 2025.0, None])
def test_a_period_is_text_not_a_number(value):
    zh, en = periods.problem(value)
    assert "不符合格式" in zh and repr(value) in en


@pytest.mark.parametrize(
    ("grain", "zh", "en"),
    [
        ("annual", "全年", "year"),
        ("cumulative", "累计", "year to date"),
        ("month", "当月", "month"),
        ("quarter", "季度", "quarter"),
        ("multi_year", "多年", "years"),
        ("months", "月份区间", "months"),
    ],
)
def test_grain_labels(grain, zh, en):
    assert (periods.grain_label(grain, "zh"), periods.grain_label(grain, "en")) == (zh, en)
    assert set(periods.GRAIN_LABELS) == set(periods.GRAINS)


def test_a_long_bad_value_is_cut_in_the_message():
    zh, en = periods.problem("2" * 500)
    assert len(zh) < 200 and len(en) < 250 and "…" in en


@pytest.mark.parametrize(
    ("text", "zh", "en", "zh_short", "en_short"),
    [
        ("2021", "2021年", "2021", "2021", "2021"),
        ("2021-2025", "2021-2025年", "2021–2025", "2021-2025", "2021–2025"),
        ("2024-04", "2024年4月", "Apr 2024", "4月", "Apr"),
        ("2025-12", "2025年12月", "Dec 2025", "12月", "Dec"),
        ("2021-01/03", "2021年一季度", "Q1 2021", "一季度", "Q1"),
        ("2025-01/05", "2025年1-5月", "Jan–May 2025", "1-5月", "Jan–May"),
        ("2018-01/04", "2018年1-4月", "Jan–Apr 2018", "1-4月", "Jan–Apr"),
        ("2025-01/02", "2025年1-2月", "Jan–Feb 2025", "1-2月", "Jan–Feb"),
        ("2025-01/06", "2025年上半年", "H1 2025", "上半年", "H1"),
        ("2025-01/09", "2025年前三季度", "Q1–Q3 2025", "前三季度", "Q1–Q3"),
        ("2025-01/11", "2025年1-11月", "Jan–Nov 2025", "1-11月", "Jan–Nov"),
        ("2025-04/06", "2025年二季度", "Q2 2025", "二季度", "Q2"),
        ("2025-07/09", "2025年三季度", "Q3 2025", "三季度", "Q3"),
        ("2025-10/12", "2025年四季度", "Q4 2025", "四季度", "Q4"),
        ("2025-07/12", "2025年下半年", "H2 2025", "下半年", "H2"),
        ("2025-03/05", "2025年3-5月", "Mar–May 2025", "3-5月", "Mar–May"),
    ],
)
def test_labels(text, zh, en, zh_short, en_short):
    p = periods.parse(text)
    assert (p.label("zh"), p.label("en"), p.short("zh"), p.short("en")) == (zh, en, zh_short, en_short)
    assert (periods.label(text, "zh"), periods.label(text, "en")) == (zh, en)


def test_label_of_a_string_outside_the_grammar_is_the_string():
    assert periods.label("2025-13", "en") == "2025-13"


def test_newest_is_the_newest_end():
    texts = [
        "2024",
        "2025-01/03",
        "2025-04",
        "2025-01/05",
        "2021-2025",
        "2025",
        "2025-12",
        "2025-10/12",
        "2024-01/11",
        "2020-2024",
    ]
    ordered = sorted(texts, key=periods.sort_key)
    assert ordered == [
        "2024-01/11",
        "2024",
        "2020-2024",
        "2025-01/03",
        "2025-04",
        "2025-01/05",
        "2025-12",
        "2025-10/12",
        "2025",
        "2021-2025",
    ]
    assert max(["2025-01/05", "2024"], key=periods.sort_key) == "2025-01/05"  # a newer end wins over a year


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("2025-01/05", "2024-01/05"),
        ("2021-01/03", "2020-01/03"),
        ("2025-04", "2024-04"),
        ("2025-04/06", "2024-04/06"),
        ("2021", "2020"),
        ("2021-2025", "2020-2024"),
    ],
)
def test_same_span_a_year_before(text, before):
    p = periods.parse(text).same_span_year_before()
    assert p.text == before and p.grain == periods.parse(text).grain


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("2021", (date(2021, 1, 1), date(2021, 12, 1), "annual")),
        ("2021-2025", (date(2021, 1, 1), date(2025, 12, 1), "multi_year")),
        ("2024-04", (date(2024, 4, 1), date(2024, 4, 1), "month")),
        ("2025-01/05", (date(2025, 1, 1), date(2025, 5, 1), "cumulative")),
        ("2025-04/06", (date(2025, 4, 1), date(2025, 6, 1), "quarter")),
    ],
)
def test_split_for_sql(text, split):
    assert periods.split(text) == split


def test_a_year_and_its_first_quarter_are_different_periods():
    year, q1 = periods.parse("2021"), periods.parse("2021-01/03")
    assert year != q1 and len({year, q1}) == 2  # frozen: usable as keys side by side


@pytest.mark.parametrize(
    ("args", "text"),
    [
        ((2025, 1, 5), "2025-01/05"),
        ((2025, 4, 4), "2025-04"),
        ((2025, 1, 12), "2025"),
        ((2025, 4, 6), "2025-04/06"),
    ],
)
def test_month_run_builds_the_canonical_spelling(args, text):
    assert periods.month_run(*args).text == text


def test_constructors_for_years():
    assert periods.year(2021).text == "2021"
    assert periods.years(2021, 2025).text == "2021-2025"
    with pytest.raises(PeriodError):
        periods.years(2025, 2021)
    assert Period(2021, 1, 2021, 12, "annual") == periods.parse("2021")
