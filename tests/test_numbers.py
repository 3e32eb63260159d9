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
