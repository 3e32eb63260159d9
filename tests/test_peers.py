"""对标 /peers: regions as data with national codes, a real ranking notice imported one rank per county,
the page's default peers, and another home followed without code changes."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import duckdb
import pytest
from peer_helpers import CODES, LIST, RANKS, import_notice

from dashboard import catalog, checks, config, curated, db, peers, region_names


def _query(con):
    return lambda name, **params: db.run(con, name, **params)


@pytest.fixture(scope="module")
def noticed(tmp_path_factory):
    """A copy of data/ with the 2016 notice (长沙县 13, 浏阳市 18, 宁乡县 24, 醴陵市 88) registered and imported."""
    root = tmp_path_factory.mktemp("peers")
    data_dir = root / "data"
    shutil.copytree(config.DATA_DIR, data_dir, ignore=shutil.ignore_patterns("*.duckdb*", "imports"))
    plan = import_notice(data_dir, root / "economy.duckdb")
    assert plan.ok and plan.added == len(RANKS), [p.en for p in plan.problems]
    con = duckdb.connect(str(root / "economy.duckdb"), read_only=True)
    yield {"con": con, "data_dir": data_dir, "db_path": root / "economy.duckdb"}
    con.close()


def test_the_regions_hold_every_hunan_county_and_zhuzhous_nine_units(con):
    units = db.run_sql(con, "select division_code, region_code, name_zh from places "
                            "where parent_division_code = (select division_code from regions "
                            "where region_code = (select parent_code from regions r join site s "
                            "on s.home_region = r.region_code))")
    assert len(units) == 9 and len(set(units["division_code"])) == 9
    assert all(len(c) == 6 and c.isdigit() for c in units["division_code"])
    home = db.site(con)["home"]
    assert home in set(units["region_code"])  # the home county is one of them, under its own code
    hunan = db.run_sql(con, "select count(*) as n from divisions where level = 'county' and province_code = "
                            "(select province_code from places where region_code = ?)", [home])
    assert hunan["n"].iloc[0] >= 100


def test_a_division_is_named_by_code_name_or_former_name():
    names = region_names.for_data(curated.read_all())
    home = curated.read_rows(curated.TABLES_BY_NAME["site"])[0]["home_region"]
    division = next(r["division_code"] for r in curated.read_rows(curated.TABLES_BY_NAME["regions"])
                    if r["region_code"] == home)
    assert names.code(division) == home  # a curated region's national code files under its own code
    assert names.code("长沙县") == "430121" and names.code("宁乡县") == "430182" == names.code("宁乡市")
    assert names.code("鼓楼区") is None  # a name several divisions share names none of them
    assert names.code("长沙线") is None and "长沙县" in names.suggest("长沙线")


def test_an_import_naming_another_county_is_accepted_and_an_unknown_one_gets_suggestions(data_copy):
    from import_helpers import register_source

    register_source(data_copy, text="长沙县排名13。株州县排名9。")
    registry = checks.Registry(data_copy)
    rows = [{"region": "长沙县", "indicator": "rank_county_top100", "period": "2016", "value": "13", "unit": "位",
             "kind": "rank", "source": "test-report", "quote": "长沙县排名13"}]
    plan = checks.check(rows, registry)
    assert plan.ok and plan.rows[0].region_code == "430121", [p.en for p in plan.problems]
    plan = checks.check([dict(rows[0], region="株州县", value="9", quote="株州县排名9")], registry)
    assert not plan.ok and "渌口区" in plan.problems[0].en  # 株洲县 is its former name


def test_a_ranking_notice_gives_each_county_its_own_rank(noticed):
    ranks = db.run_sql(noticed["con"], "select region_code, rank from rankings where list_code = ?", [LIST])
    home = db.site(noticed["con"])["home"]
    expected = {(home if CODES[n] == "liling" else CODES[n]): float(r) for n, r in RANKS.items()}
    assert dict(zip(ranks["region_code"], ranks["rank"], strict=True)) == expected
    # The facts export names each county by its name (宁乡县 is filed under today's 宁乡市).
    export = db.run_sql(noticed["con"], "select region, value from facts_export where source = ?",
                        ["liling-ranking-2016-county-competitiveness"])
    assert set(export["region"]) == {"长沙县", "浏阳市", "宁乡市", "醴陵市"}


def test_default_peers_share_lists_first_then_the_prefecture(con, noticed):
    """The bundled data hold the 2016 notice's ranks of 长沙县, 浏阳市 and 宁乡县 beside 醴陵市's: they open
    the list, then the prefecture's other units; the map is coloured by that shared list."""
    cands = db.run(con, "peers_candidates")
    prefecture = cands.loc[cands["is_home"], "parent_division_code"].iloc[0]
    others = list(cands.loc[(cands["parent_division_code"] == prefecture) & ~cands["is_home"], "region_code"])
    assert len(others) == 8
    for query in (_query(con), _query(noticed["con"])):
        shared = peers.default_peers(query)
        assert shared[:3] == ["430121", "430181", "430182"] and shared[3:] == others
        assert peers.default_metric(query, shared) == LIST


def test_ranks_side_by_side_and_what_a_peer_lacks(noticed):
    q = _query(noticed["con"])
    selection = peers.opening(q)
    [chart] = catalog.build(catalog.PEERS_RANKS, q, "zh", **selection)
    assert set(chart.data["region_code"]) == {"430121", "430181", "430182", db.site(noticed["con"])["home"]}
    assert sorted(chart.data["rank"]) == sorted(float(v) for v in RANKS.values())
    [m] = catalog.build(catalog.PEERS_MAP, q, "zh", **selection)
    held = m.data[m.data["value"].notna()]
    assert len(held) == 4 and m.source_ids == ["liling-ranking-2016-county-competitiveness"]
    lacking = m.data[m.data["value"].isna()]
    assert len(lacking) == 8 and all(n in m.figure.layout.meta["note"] for n in lacking["short_zh"])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_page_names_the_peers_and_draws_a_map(noticed, lang, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setattr(config, "DATA_DIR", noticed["data_dir"])
    monkeypatch.setattr(config, "DB_PATH", noticed["db_path"])
    at = AppTest.from_file(str(config.ROOT / "app.py"), default_timeout=60)
    if lang == "en":
        at.query_params["lang"] = "en"
    at.switch_page("pages/peers.py").run()
    assert not at.exception
    text = " ".join(m.value for m in at.markdown)
    expected = ("长沙县", "浏阳市", "宁乡市", "攸县") if lang == "zh" else (
        "Changsha County", "Liuyang City", "Ningxiang City", "You County")  # English names (pinyin)
    for name in expected:
        assert name in text
    assert len(at.get("plotly_chart")) == 1  # the map; the ranks are the other view
    at.query_params["view"] = "peers_ranks"
    at.run()
    assert not at.exception
    [spec] = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    names = {tr.get("name") for tr in spec["data"]}
    assert {"长沙县", "浏阳", "宁乡"} <= names if lang == "zh" else len(names) == 4


def test_the_page_opens_on_the_bundled_data():
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(config.ROOT / "app.py"), default_timeout=60)
    at.switch_page("pages/peers.py").run()
    assert not at.exception
    assert "攸县" in " ".join(m.value for m in at.markdown)
    assert len(at.get("plotly_chart")) == 1  # the map (the ranks are the other view)
    assert any("攸县" in c.value for c in at.caption)  # what a peer lacks is said
    notes = [h.proto.body for h in at.get("html") if 'class="chart-note"' in h.proto.body]
    assert len(notes) == 1 and "攸县" in notes[0]
    at.query_params["view"] = "peers_ranks"
    at.run()
    notes = [h.proto.body for h in at.get("html") if 'class="chart-note"' in h.proto.body]
    assert not at.exception and len(at.get("plotly_chart")) == 1 and "攸县" in notes[0]


def _write(path: Path, table: str, rows: list[dict]) -> None:
    t = curated.TABLES_BY_NAME[table]
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(t.columns), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def test_another_home_is_followed_without_code_changes(tmp_path):
    """浏阳市 (in 长沙市) as home: its prefecture's units become the default peers and the map outlines 长沙市."""
    data_dir = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, data_dir, ignore=shutil.ignore_patterns("*.duckdb*", "imports"))
    regions = curated.read_rows(curated.TABLES_BY_NAME["regions"], data_dir)
    province = next(r["region_code"] for r in regions if r["level"] == "province")
    regions += [dict(regions[0], region_code="cs", name_zh="长沙市", name_en="Changsha", level="prefecture",
                     parent_code=province, sort_order="8", short_zh="长沙", short_en="Changsha", division_code="430100"),
                dict(regions[0], region_code="ly", name_zh="浏阳市", name_en="Liuyang", level="county-level city",
                     parent_code="cs", sort_order="9", short_zh="浏阳", short_en="Liuyang", division_code="430181")]
    _write(data_dir / "regions.csv", "regions", regions)
    site = curated.read_rows(curated.TABLES_BY_NAME["site"], data_dir)
    _write(data_dir / "site.csv", "site", [dict(site[0], home_region="ly")])
    import_notice(data_dir, tmp_path / "economy.duckdb")
    con = duckdb.connect(str(tmp_path / "economy.duckdb"), read_only=True)
    try:
        q = _query(con)
        chosen = peers.default_peers(q)
        assert "ly" not in chosen and chosen[:3] == ["430121", "430182", "liling"]  # shared lists first
        assert "430102" in chosen and not set(chosen) & {"430223", "430224"}  # 长沙市's units, not 株洲市's
        [m] = catalog.build(catalog.PEERS_MAP, q, "zh", **peers.opening(q))
        names = [tr.name for tr in m.figure.data]
        assert "长沙市边界" in names and "本地：浏阳" in names
    finally:
        con.close()


def test_a_county_ranked_beside_the_home_only_in_other_editions_is_still_a_default_peer(noticed, tmp_path):
    """Without the home region's own rank in the notice's edition, the counties the notice ranks still
    open the page (ranked in the home's province), after the prefecture's units: a notice naming four
    Hunan counties is never hidden behind the selector."""
    path = tmp_path / "economy.duckdb"
    shutil.copy(noticed["db_path"], path)
    con = duckdb.connect(str(path))
    try:
        home = con.execute("select home_region from site").fetchone()[0]
        con.execute("delete from rankings where region_code = ? and list_code = ?", [home, LIST])
        chosen = peers.default_peers(_query(con))
        ranked = [c for c in CODES.values() if c != "liling"]
        assert set(ranked) <= set(chosen)
        cands = db.run(con, "peers_candidates")
        prefecture = cands.loc[cands["is_home"], "parent_division_code"].iloc[0]
        same = set(cands.loc[(cands["parent_division_code"] == prefecture) & ~cands["is_home"], "region_code"])
        assert set(chosen[:len(same)]) == same  # the prefecture first, then the ranked counties
    finally:
        con.close()
