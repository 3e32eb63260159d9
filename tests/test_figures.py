"""Headline figures in the built database equal what the documents say."""

from __future__ import annotations

import pytest

from dashboard.db import run_sql


def _facts(con, indicator, region="liling", period=None, kind=None):
    sql = "select value, source_id, kind from facts_enriched where indicator_code = ? and region_code = ?"
    params = [indicator, region]
    if period:
        sql += " and period = ?"
        params.append(period)
    if kind:
        sql += " and kind = ?"
        params.append(kind)
    return run_sql(con, sql, params)


@pytest.mark.parametrize(("indicator", "region", "period", "kind", "value"), [
    ("gdp", "liling", "2020", "actual", 737.6),
    ("park_revenue", "liling_edz", "2020", "actual", 600),
    ("gdp_growth", "liling", "2019", "estimate", 8.2),
    ("gdp_growth", "liling", "2020", "target", 8),
    ("general_budget_revenue_growth", "liling", "2019", "estimate", 5.23),
    ("industrial_value_added_growth", "liling", "2019", "estimate", 11.3),
    ("industrial_value_added_growth", "liling", "2020", "target", 9),
    ("fixed_asset_investment_growth", "liling", "2020", "target", 10.5),
    ("ceramics_output_growth", "liling", "2019", "estimate", 12.8),
    ("fireworks_output_growth", "liling", "2019", "estimate", 8.9),
    ("glass_output_growth", "liling", "2019", "estimate", 9.2),
    ("gdp_growth", "liling", "2021-2024", "target", 8),
    ("ceramics_output_growth", "liling", "2021-2024", "target", 10),
    ("import_export_total", "liling", "2019", "actual", 5.2),
    ("import_export_total", "liling", "2020", "target", 6),
])
def test_headline_figure(con, indicator, region, period, kind, value):
    rows = _facts(con, indicator, region, period, kind)
    assert list(rows["value"]) == [pytest.approx(value)]


@pytest.mark.parametrize(("indicator", "fraction"), [
    ("share_of_zhuzhou_industry", 1 / 3), ("share_of_zhuzhou_population", 1 / 4),
    ("share_of_zhuzhou_gdp", 1 / 5), ("share_of_zhuzhou_tax", 1 / 6),
])
def test_shares_are_kept_from_both_documents(con, indicator, fraction):
    rows = _facts(con, indicator, kind="share")
    assert sorted(rows["source_id"]) == ["liling-2021-series1", "liling-2021-spring"]
    assert all(v == pytest.approx(fraction, abs=1e-6) for v in rows["value"])


def test_county_ranking_history(con):
    df = run_sql(con, "select distinct year, rank, kind from rankings "
                      "where list_code = 'rank_county_top100' and kind != 'target' order by year")
    assert df.values.tolist() == [
        [2015, 82, "rank"], [2016, 73, "rank"], [2017, 56, "rank"], [2018, 55, "derived"],
        [2019, 46, "rank"], [2020, 45, "rank"], [2022, 37, "rank"]]
    changes = run_sql(con, "select distinct year, stated_change from rankings "
                           "where list_code = 'rank_county_top100' and stated_change is not null order by year")
    assert changes.values.tolist() == [[2019, 9], [2020, 1]]


def test_stated_changes_agree_with_the_previous_edition(con):
    """Where two editions are both in the data, the later one's stated change fits them."""
    df = run_sql(con, """
        select a.list_code, a.year, a.rank, a.stated_change, b.rank as previous_rank
        from rankings a join rankings b on a.list_code = b.list_code and b.year = a.year - 1
        where a.stated_change is not null and b.kind in ('rank', 'derived')
    """)
    assert len(df) >= 4
    assert (df["previous_rank"] - df["rank"] == df["stated_change"]).all(), df


def test_provincial_rank_is_scoped_to_hunan(con):
    df = run_sql(con, "select scope, scope_region_code, rank from rankings "
                      "where list_code = 'rank_business_environment_provincial'")
    assert df.values.tolist() == [["provincial", "hunan", 3]]


def test_zhuzhou_3_3_2_members(con):
    df = run_sql(con, "select tier_code, member_zh from industry_slots "
                      "where system_code = 'zhuzhou_3_3_2' order by tier_code, member_order")
    members = {t: list(g["member_zh"]) for t, g in df.groupby("tier_code")}
    assert members == {
        "2a": ["陶瓷", "服饰", "烟花爆竹"], "2b": ["功率半导体", "永磁动力", "生物医药"],
        "3a": ["轨道交通", "航空动力", "先进硬质材料"], "3b": ["电子信息", "新能源", "高分子新材料"]}


def test_liling_3_5_2_keeps_unnamed_slots_unnamed(con):
    df = run_sql(con, "select tier_code, count(*) as slots, count(member_zh) as named "
                      "from industry_slots where system_code = 'liling_3_5_2' group by tier_code")
    got = {r.tier_code: (r.slots, r.named) for r in df.itertuples()}
    assert got == {"3": (3, 3), "5": (5, 2), "2": (2, 1)}


def test_four_clusters_and_eleven_chains(con):
    df = run_sql(con, "select system_code, count(*) as n, count(member_zh) as named "
                      "from industry_slots where system_code in ('liling_clusters', 'liling_chains') "
                      "group by system_code order by system_code")
    assert df.values.tolist() == [["liling_chains", 11, 1], ["liling_clusters", 4, 4]]


def test_values_in_indicator_unit(con):
    df = run_sql(con, "select value, unit, value_in_indicator_unit, indicator_unit "
                      "from facts_enriched where fact_id = '000-043'")
    assert df.values.tolist() == [[3, "万人", 30000, "人"]]
