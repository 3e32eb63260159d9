"""Reading numbers as the documents state them."""

import pytest

from dashboard.numbers import parse_stated, squeeze, states_value


@pytest.mark.parametrize(("text", "value"), [
    ("8.2%", 8.2), ("737.6", 737.6), ("1,135", 1135), ("15000", 15000), ("1/3", 1 / 3),
    ("1/6", 1 / 6), ("七成", 70), ("7成", 70), ("十", 10), ("两", 2), ("三", 3), ("二十", 20),
    ("五十", 50), ("一百零五", 105), ("千", 1000), ("零", 0), ("两位位数", 10),
])
def test_parse_stated(text, value):
    assert parse_stated(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "8.2.1", "1/", "三位数"])
def test_parse_stated_rejects(text):
    with pytest.raises(ValueError):
        parse_stated(text)


def test_squeeze_removes_line_breaks_and_spaces():
    assert squeeze("去年 12月16日，第二\n十届\u3000榜单") == "去年12月16日，第二十届榜单"


@pytest.mark.parametrize(("quote", "value"), [
    ("预计全年地区生产总值增长8.2%", 8.2), ("分别占株洲的1/3、1/4", 0.333333), ("该市将七成以上财力用于民生", 70),
    ("目前引进各类人才近千名", 1000), ("跃居全国第46位", 46), ("日生产量达5万多件", 5), ("百分之五", 5),
    ("用 4年左右时间突破\n1000亿元", 1000), ("近五年产值年均保持了两位位数增长", 10),
])
def test_states_value(quote, value):
    assert states_value(quote, value)


def test_states_value_rejects_a_number_not_in_the_quote():
    assert not states_value("预计全年地区生产总值增长8.2%", 8.3)
    assert not states_value("2019年,醴陵", 2019)
    assert states_value("隐性债务零新增", 0)


@pytest.mark.parametrize(("text", "value"), [
    ("８.２%", 8.2), ("８２０．５", 820.5), ("三点五", 3.5), ("二〇二一", 2021), ("两万", 20000), ("百亿", 1e10),
])
def test_one_reader_for_full_width_digits_and_chinese_numerals(text, value):
    assert parse_stated(text) == pytest.approx(value)


def test_a_year_is_a_date_not_a_stated_figure():
    """The check imports use agreed with the tests' own: a year followed by 年 states no value."""
    from dashboard.numbers import stated_match

    assert stated_match("2019年,醴陵", 2019, 1.0) is None
    assert stated_match("二〇二一年", 2021, 1.0) is None
    assert stated_match("投资2019万元", 2019, 1e4) == "2019万"


def test_one_check_for_curated_rows_imports_and_tests():
    """validate.check_stated, checks (imports) and states_value all use numbers.stated_match."""
    from dashboard import checks, numbers, validate

    assert checks.stated_match is numbers.stated_match
    data = {"facts": [{"fact_id": "x", "kind": "actual", "value": "737.6", "unit": "万元",
                       "stated": "737.6亿", "quote": "地区生产总值737.6亿元"}],
            "units": [{"unit": "万元", "factor": "10000"}]}
    assert validate.check_stated(data)  # 737.6亿 is not 737.6 万元
    data["facts"][0]["unit"], data["units"][0] = "亿元", {"unit": "亿元", "factor": "100000000"}
    assert validate.check_stated(data) == []


def test_numbers_does_not_import_the_extractor():
    """No cycle: the extractor reads numbers through dashboard.numbers, never the reverse."""
    import subprocess
    import sys

    from dashboard import config

    code = ("import sys, dashboard.numbers as n; n.states_value('增长8%', 8); n.approx_of('近千名', '千'); "
            "print(any(m.startswith('dashboard.extract') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=config.ROOT, capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


def test_qualifiers_and_where_they_stand_come_from_approx_csv(data_copy, monkeypatch):
    from dashboard import config
    from dashboard.numbers import approx_of

    assert approx_of("企业逾50家", "50") == ""
    with (data_copy / "approx.csv").open("a", encoding="utf-8") as f:
        f.write("逾,over,more than the value,before,>,at_least\n")
    monkeypatch.setattr(config, "DATA_DIR", data_copy)
    assert approx_of("企业逾50家", "50") == "逾"
    assert approx_of("增长8%以上", "8") == "以上" and approx_of("5万多件", "5") == "多"


def test_which_bound_a_qualifier_states_comes_from_approx_csv(data_copy, monkeypatch):
    """One list of bound words (data/approx.csv, column bound), which the extractor's readers share:
    every qualifier names its bound, and a word added there is a bound at once."""
    import csv

    from dashboard import config
    from dashboard.numbers import approx_bounds

    rows = list(csv.DictReader((config.DATA_DIR / "approx.csv").open(encoding="utf-8")))
    assert {r["bound"] for r in rows if r["approx"]} == {"at_least", "at_most", "about"}
    assert {"超过", "突破", "以上", "余"} <= set(approx_bounds("at_least"))
    assert {"接近", "不足", "以内"} <= set(approx_bounds("at_most")) and "逾" not in approx_bounds("at_least")
    with (data_copy / "approx.csv").open("a", encoding="utf-8") as f:
        f.write("逾,over,more than the value,before,>,at_least\n")
    monkeypatch.setattr(config, "DATA_DIR", data_copy)
    assert "逾" in approx_bounds("at_least")


@pytest.mark.parametrize("quote, stated, expected", [
    ("其中我市醴陵市、攸县获评中部百强县", "百", "以内"),  # a list-size word: within the top 100
    ("综合排名提前一年实现“冲刺全国五十强”的目标", "五十", "以内"),
    ("进入全国前100名", "100", "以内"),
    ("全国百强县第46位", "46", ""),  # a stated place stays exact
])
def test_a_list_size_word_is_a_bound(quote, stated, expected):
    from dashboard.numbers import approx_of

    assert approx_of(quote, stated) == expected
