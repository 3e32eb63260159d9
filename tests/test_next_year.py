"""Living data: a later year's report, registered and imported, reaches every page with no code change.

The fixture under tests/fixtures/next_year/ is a short, clearly fictional test document and its
figures for the year after the seeds (it never goes into data/). Tests register it with
add-source, import its figures, and check the overview, trends, ranking history, targets, the
千亿 paths, chart export and the deck; and that a 株洲 figure never headlines as 醴陵's.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import duckdb
import pytest

from dashboard import add_source, catalog, config, db, export, imports

FIXTURE = Path(__file__).parent / "fixtures" / "next_year"
SOURCE_ID = "test-next-year"


@pytest.fixture(scope="module")
def later(tmp_path_factory) -> dict:
    """A copy of data/ with the later report registered and its figures imported, and its database."""
    root = tmp_path_factory.mktemp("later")
    data_dir = root / "data"
    shutil.copytree(config.DATA_DIR, data_dir, ignore=shutil.ignore_patterns("*.duckdb*", "imports"))
    db_path = root / "economy.duckdb"
    add_source.register((FIXTURE / "report.txt").read_bytes(), "report.txt", SOURCE_ID,
                        "醴陵市政府工作报告（测试用虚构摘录）", "测试", data_dir=data_dir, db_path=db_path)
    plan, entry = imports.import_file((FIXTURE / "figures.csv").read_bytes(), "figures.csv", "tester",
                                      data_dir=data_dir, db_path=db_path)
    assert plan.ok and entry, [p.text("en") for p in plan.problems]
    con = duckdb.connect(str(db_path), read_only=True)
    yield {"data_dir": data_dir, "db_path": db_path, "con": con,
           "query": lambda name, **params: db.run(con, name, **params)}
    con.close()


@pytest.fixture(scope="module")
def years(later) -> tuple[int, int]:
    """(newest outcome year, newest target year) of the fixture, read from its figures, not typed."""
    rows = imports.read_table((FIXTURE / "figures.csv").read_bytes(), "figures.csv")[0]
    outcome = max(int(r["period"]) for r in rows if r["kind"] != "target")
    target = max(int(r["period"]) for r in rows if r["kind"] == "target")
    return outcome, target


def test_the_fixture_is_later_than_every_seed_figure(later, years):
    """The copy the fixture is imported into (the curated seed figures; the shipped import batches
    are left out) holds nothing later than the fixture."""
    newest = db.run_sql(later["con"], "select max(period_end) as y from facts_enriched "
                                      "where kind <> 'target' and source_id <> ?", [SOURCE_ID])
    assert years[0] > int(newest["y"].iloc[0])


def test_overview_headlines_the_later_year_for_liling(later, years):
    size = later["query"]("headline_figures", section="size").set_index("indicator_code")
    gdp = size.loc["gdp"]
    assert (gdp["region_code"], gdp["period"], gdp["value"], gdp["kind"]) == (
        "liling", str(years[0]), 890, "estimate")
    assert gdp["source_id"] == SOURCE_ID


def test_a_zhuzhou_figure_never_headlines_as_lilings(later):
    size = later["query"]("headline_figures", section="size")
    assert set(size["region_code"]) <= {"liling", "liling_edz"}
    assert 3600 not in set(size["value"])


def test_growth_cards_pair_the_newest_outcome_with_its_next_target(later, years):
    growth = later["query"]("headline_figures", section="growth").set_index("indicator_code")
    row = growth.loc["gdp_growth"]
    assert (row["period"], row["value"], row["target_period"], row["target_value"]) == (
        str(years[0]), 5.5, str(years[1]), 6)


def test_an_imported_figure_keeps_its_qualifier(later, years):
    """The quote says 增长6%左右: the import records 左右 as the curated rows would, and cards show it."""
    growth = later["query"]("headline_figures", section="growth").set_index("indicator_code")
    assert growth.loc["gdp_growth", "target_approx"] == "左右"


def test_growth_chart_follows_the_later_years(later, years):
    (chart,) = catalog.build(catalog.GROWTH_VS_TARGET, later["query"], "zh")
    assert {str(years[0]), str(years[1])} <= set(chart.data["period"])
    assert str(years[1]) in chart.title


def test_ranking_history_adds_the_later_edition(later, years):
    (chart,) = catalog.build(catalog.RANKING_HISTORY, later["query"], "zh")
    top100 = chart.data[(chart.data["list_code"] == "rank_county_top100") & (chart.data["kind"] == "rank")]
    assert top100.set_index("year").loc[years[0], "rank"] == 37
    assert str(years[0]) in chart.title


def test_shares_show_the_newest_period_of_each_share(later, years):
    (chart,) = catalog.build(catalog.SHARES_OF_ZHUZHOU, later["query"], "zh")
    rows = chart.data.set_index("indicator_code")
    assert rows.loc["share_of_zhuzhou_industry", "period"] == str(years[0])
    assert rows.loc["share_of_zhuzhou_tax", "period"] != str(years[0])  # not restated: keeps its period
    assert len(rows) == 4 and str(years[0]) in chart.title


def test_trend_and_qianyi_paths_start_from_the_newest_base(later, years):
    trends = {c.chart_id: c for c in catalog.build(catalog.TRENDS, later["query"], "zh")}
    assert years[0] in set(trends["trend_gdp"].data["period_end"])
    (paths,) = catalog.build(catalog.QIANYI_PATHS, later["query"], "zh")
    gdp = paths.data[paths.data["indicator_code"] == "gdp"]
    assert int(gdp["base_year"].iloc[0]) == years[0] and gdp["base_value"].iloc[0] == 890
    assert gdp[gdp["year"] == years[0]]["kind"].iloc[0] == "estimate"  # the base keeps its kind


def test_export_and_deck_show_the_later_period(later, years):
    charts_ = catalog.all_charts(later["query"], "zh")
    growth = next(c for c in charts_ if c.chart_id == "growth_vs_target")
    svg = export.to_image(growth, "svg").decode("utf-8")
    assert str(years[1]) in svg
    deck = export.build_deck([growth], later["query"]("sources_list"), "zh")
    from pptx import Presentation

    texts = [sh.text_frame.text for s in Presentation(io.BytesIO(deck)).slides for sh in s.shapes
             if sh.has_text_frame]
    assert any(str(years[1]) in text for text in texts)
    assert any(SOURCE_ID in text or "测试用虚构摘录" in text for text in texts)


def test_the_pages_show_the_later_year(later, years, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setattr(config, "DATA_DIR", later["data_dir"])
    monkeypatch.setattr(config, "DB_PATH", later["db_path"])
    at = AppTest.from_file("../app.py", default_timeout=60)
    at.run()
    assert not at.exception
    values = [m.value for m in at.metric]
    assert "890亿元" in values
    captions = " ".join(c.value for c in at.caption)
    assert f"{years[1]}年目标" in captions
    at.switch_page("pages/targets.py").run()
    assert not at.exception
