"""Reading numbers as the documents state them."""

import pytest

from dashboard.numbers import parse_stated, squeeze


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
