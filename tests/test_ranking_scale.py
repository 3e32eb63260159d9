"""Ranking history scales: ten editions of six lists (two publishers' 百强 kept apart), gaps for missing
editions, ranks from 1, at most two labels per line, and an export that renders."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import charts, db

LISTS = [("a_top100", "县域经济百强（甲研究所）", "甲研究所"), ("b_top100", "百强县（乙研究院）", "乙研究院"),
         ("c_comp", "综合竞争力百强", ""), ("d_inno", "科技创新百强", ""), ("e_green", "绿色发展百强", ""),
         ("f_invest", "投资潜力百强", "")]


@pytest.fixture(scope="module")
def many() -> pd.DataFrame:
    """Six lists over ten editions; list b misses one edition; list a names two other counties."""
    con = db.connect()
    try:
        start = int(db.run_sql(con, "select min(year) as y from rankings")["y"].iloc[0])
    finally:
        con.close()
    rows = []
    for n, (code, name, publisher) in enumerate(LISTS):
        for k in range(10):
            if code == "b_top100" and k == 4:
                continue  # a missing edition
            regions = [("liling", "醴陵市", "Liling")]
            if code == "a_top100":
                regions += [("liuyang", "浏阳市", "Liuyang"), ("ningxiang", "宁乡市", "Ningxiang")]
            for j, (region, zh, en) in enumerate(regions):
                rows.append({"list_code": code, "list_name_zh": name, "list_name_en": name, "publisher": publisher,
                             "scope": "national", "region_code": region, "is_home": region == "liling",
                             "region_zh": zh, "region_en": en,
                             "year": start + k, "period": str(start + k), "rank": 60 - 3 * k + 7 * n + 5 * j,
                             "stated_change": 3.0 if k else None, "kind": "rank", "approx": "", "edition_no": k,
                             "edition_zh": "", "source_id": "liling-2021-spring", "fact_id": f"t-{code}-{k}-{j}",
                             "formula": None, "quote": "测试", "note": None})
    return pd.DataFrame(rows)


def test_lists_are_never_merged_and_labels_stay_few(many):
    con = db.connect()
    try:
        sources = db.run(con, "sources_list")
    finally:
        con.close()
    chart = charts.ranking_history_chart(many, sources, "zh", chart_id="r", title_key="rankings_title_history")
    fig = chart.figure
    axes = [k for k in fig.layout.to_plotly_json() if k.startswith("yaxis")]
    assert len(axes) == len(LISTS)  # one panel per list: 甲's 百强 and 乙's 百强县 apart
    notes = " ".join(a.text for a in fig.layout.annotations)
    assert "甲研究所" in notes and "乙研究院" in notes
    main = [tr for tr in fig.data if tr.line.width == 4]
    assert len(main) == len(LISTS)
    for tr in main:
        labels = [s for s in tr.text if s]
        assert 1 <= len(labels) <= 2, labels  # newest and best only: no collisions over ten editions
    gapped = next(tr for tr in main if any(y is None or y != y for y in tr.y))
    assert gapped.connectgaps is False
    for axis in axes:
        assert fig.layout[axis].tickvals[0] == 1
    context = [tr for tr in fig.data if tr.name in ("浏阳市", "宁乡市")]
    assert len(context) == 2 and all(tr.line.width < 4 for tr in context)
