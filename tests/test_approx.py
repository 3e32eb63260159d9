"""An imported figure keeps the qualifier its quote puts on the number (左右, 以上, 近 ...), read the way
the curated rows record it in their approx column."""

from __future__ import annotations

import pytest

from dashboard.curated import read_all
from dashboard.numbers import approx_of, stated_match


@pytest.mark.parametrize(("quote", "value", "factor", "approx"), [
    ("地区生产总值增长6%左右", 6, 1, "左右"),
    ("增长8%以上", 8, 1, "以上"),
    ("力争进入全国百强第50位以内", 50, 1, "以内"),
    ("全年接待游客近千万人次", 1000, 1e4, "近"),
    ("新增50余条生产线", 50, 1, "余"),
    ("5万多件", 5, 1e4, "多"),
    ("约820亿元", 820, 1e8, "约"),
    ("突破1000亿元", 1000, 1e8, "突破"),
    ("现场签约175亿元", 175, 1e8, ""),  # 签约 is "signed", not "about"
    ("五年新增企业1000家、上市公司10家以上", 10, 1, "以上"),  # the 10 that stands alone
    ("地区生产总值890亿元，增长5.5%", 5.5, 1, ""),
])
def test_approx_of(quote, value, factor, approx):
    assert approx_of(quote, stated_match(quote, value, factor)) == approx


def test_approx_of_agrees_with_the_curated_rows():
    """Where a curated row's stated number is written in digits, the reader finds the same qualifier."""
    facts = [f for f in read_all()["facts"] if f["kind"] != "derived" and any(c.isdigit() for c in f["stated"])]
    assert len(facts) > 150
    differ = [(f["fact_id"], f["approx"], approx_of(f["quote"], f["stated"])) for f in facts
              if approx_of(f["quote"], f["stated"]) != f["approx"]]
    assert differ == []
