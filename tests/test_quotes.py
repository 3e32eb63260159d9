"""Quotes people can read: simplified characters and no mirror pinyin on pages; the stored text verbatim."""

from __future__ import annotations

import pytest

from dashboard import db
from dashboard.charts.theme import hover_quotes
from dashboard.formatting import quote_text, readable_quote


@pytest.mark.parametrize("stored, shown", [
    ("產(chǎn)業(yè)集群總產(chǎn)值達(dá)781.22億元", "产业集群总产值达781.22亿元"),
    ("醴陵經(jīng)濟(jì)開(kāi)發(fā)區(qū)成功上榜位列第64名", "醴陵经济开发区成功上榜位列第64名"),
    ("預計(下同)全年完成GDP890億元", "预计(下同)全年完成GDP890亿元"),  # a bracket of words stays
    ("國內生產毛額(2019)¥3003.13億", "国内生产毛额(2019)¥3003.13亿"),
    ("全市实现地区生产总值(GDP)**737.6亿元**", "全市实现地区生产总值(GDP)737.6亿元"),
])
def test_readable_quote(stored, shown):
    assert readable_quote(stored) == shown


def test_simplified_quotes_are_shown_as_stored(con):
    """Every quote of a simplified source reads as stored; a traditional one differs and stays stored."""
    rows = db.run_sql(con, "select quote from facts_enriched")
    changed = [q for q in rows["quote"] if readable_quote(q) != quote_text(q)]
    assert changed and all(any("\u4e00" <= c <= "\u9fff" for c in q) for q in changed)
    assert any("億" in q for q in changed)  # the stored text keeps its traditional characters
    assert not any("億" in readable_quote(q) or "(" + "chǎn)" in readable_quote(q) for q in rows["quote"])


def test_hover_quotes_are_readable():
    (shown,) = hover_quotes(["到2024年的952.6億元"])
    assert "952.6亿元" in shown and "億" not in shown
