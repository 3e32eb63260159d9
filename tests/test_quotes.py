"""Quotes people can read: simplified characters and no mirror pinyin on pages; the stored text verbatim."""

from __future__ import annotations

import pytest

from dashboard import charts, db
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


def test_derived_shares_show_their_formula_or_say_why_there_is_none(con):
    """A share is derived only from two figures of one period; otherwise the page says which periods each holds."""
    import pandas as pd

    from dashboard.cards import derived_shares_html

    rows = db.run(con, "shares_derived")
    for r in rows[rows["matched"]].itertuples():
        assert r.share == pytest.approx(r.home_value / r.prefecture_value)
    pair = pd.DataFrame([dict(matched=True, indicator_code="gdp", name_zh="地区生产总值", name_en="GDP",
                              unit="亿元", decimals=1, region_code="", period="2021", home_value=800.0,
                              prefecture_value=3200.0, share=0.25)])
    html = derived_shares_html(pd.concat([pair, rows[~rows["matched"]]]), "zh")
    assert "醴陵 800亿元 ÷ 株洲 3,200亿元" in html and "25%" in html and "推算" in html
    apart = rows[~rows["matched"]]
    for code in set(apart["indicator_code"]):
        periods = set(apart.loc[apart["indicator_code"] == code, "period"])
        assert len({r for r in apart.loc[apart["indicator_code"] == code, "region_code"]}) == 2
        assert all(charts.period_label(p, "zh") in derived_shares_html(rows, "zh") for p in periods)
