"""Periods below a year end to end: the real 经济运行 releases on Zhuzhou the bundled data hold (registered
with add-source and imported, data/imports/), then the model, the facts export, the monitor's chart and
its page (and its empty state on a copy of the data without the imported batches)."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from dashboard import catalog, config, db, export, periods
from dashboard.build import build
from dashboard.charts.monitor import cumulative_chart, month_tick

# A headline of the prefecture's (the bundled headlines are the home region's), so that the releases
# fill one: the overview's "so far this year" (headline_running).
HEADLINE = "growth,industrial_value_added_growth,zhuzhou,99\n"


@pytest.fixture(scope="module")
def monthly(tmp_path_factory) -> dict:
    """A copy of the bundled data (its imported releases included) with one more headline, built."""
    root = tmp_path_factory.mktemp("monthly")
    data_dir = root / "data"
    shutil.copytree(config.DATA_DIR, data_dir, ignore=shutil.ignore_patterns("*.duckdb*"))
    with (data_dir / "headlines.csv").open("a", encoding="utf-8", newline="") as f:
        f.write(HEADLINE)
    db_path = build(root / "economy.duckdb", data_dir)
    con = duckdb.connect(str(db_path), read_only=True)
    yield {"data_dir": data_dir, "db_path": db_path, "con": con,
           "query": lambda name, **params: db.run(con, name, **params)}
    con.close()


def test_a_year_and_its_first_quarter_side_by_side_in_the_facts_export(monthly):
    rows = monthly["query"]("facts_export")
    gdp = rows[(rows["region"] == "株洲市") & (rows["indicator"] == "地区生产总值")]["period"].tolist()
    assert "2021-01/03" in gdp and "2021" in gdp
    assert gdp.index("2021") == gdp.index("2021-01/03") + 1  # the quarter, then its year
    text = export.facts_csv(rows)
    assert "\n株洲市,地区生产总值,2021-01/03,754.2,亿元,actual,zhuzhou-monthly-2021-q1," in text
    assert "\n株洲市,地区生产总值,2021,3420.3,亿元,actual,zhuzhou-bulletin-2021," in text


def test_the_model_splits_each_period_by_the_grammar(monthly):
    got = db.run_sql(monthly["con"], "select distinct period, period_start, month_start, period_end, "
                                     "month_end, grain from facts_enriched")
    assert len(got) > 5
    for r in got.itertuples():
        p = periods.parse(r.period)
        assert (r.period_start, r.month_start, r.period_end, r.month_end, r.grain) == \
            (p.start_year, p.start_month, p.end_year, p.end_month, p.grain)
    assert {"annual", "cumulative"} <= set(got["grain"])


def test_a_cumulative_figure_never_stands_in_for_the_year(monthly):
    """latest_outcomes (the overview's headlines) reads years; latest_running holds the newest months."""
    con = monthly["con"]
    outcomes = db.run_sql(con, "select f.grain from latest_outcomes l "
                               "join facts_enriched f on f.fact_id = l.outcome_fact_id")
    assert set(outcomes["grain"]) <= {"annual", "multi_year"}
    running = monthly["query"]("monitor_running")
    growth = running[(running["region_code"] == "zhuzhou")
                     & (running["indicator_code"] == "industrial_value_added_growth")].iloc[0]
    assert (growth.period, growth.value, growth.grain) == ("2025-01/05", 10.8, "cumulative")
    newest = running.groupby(["region_code", "indicator_code", "grain"])["period"].count()
    assert (newest == 1).all()  # one newest figure per region, indicator and grain


def test_the_cumulative_chart_draws_one_line_per_year_by_month(monthly):
    rows = monthly["query"]("monitor_cumulative")
    assert set(rows["region_code"]) <= {"liling", "zhuzhou"} and len(rows)
    code = "industrial_value_added_growth"
    one = rows[rows["indicator_code"] == code]
    chart = cumulative_chart(one, monthly["query"]("sources_list"), "zh", chart_id="m", title_key="monitor_title")
    lines = [tr for tr in chart.figure.data if tr.mode == "lines+markers+text"]
    years = sorted(int(y) for y in one["year"].unique())
    assert sorted({tr.name for tr in lines}) == [f"{y}年" for y in years[-2:]]  # the two newest, labelled
    # the years before them: one grey line per panel, a gap between years, named once in the legend
    earlier = [tr for tr in chart.figure.data if tr.legendgroup == "earlier"]
    assert earlier and {tr.name for tr in earlier} == {f"{years[0]}–{years[-3]}年"}
    assert [tr.showlegend for tr in earlier] == [True] + [False] * (len(earlier) - 1)
    held = int((one["year"] < years[-2]).sum())
    assert sum(sum(x is not None for x in tr.x) for tr in earlier) == held  # every earlier point drawn
    newest = next(tr for tr in lines if tr.name == f"{one['year'].max()}年")
    assert list(newest.x) == [5] and list(newest.text) == ["10.8%"]
    assert list(chart.figure.layout.xaxis.ticktext) == ["3月", "6月", "9月", "12月"]  # the quarter ends
    assert f"{one['year'].min()}–{one['year'].max()}年" in chart.title
    assert "zhuzhou-monthly-2025-01-05" in chart.source_ids
    en = cumulative_chart(one, monthly["query"]("sources_list"), "en", chart_id="m", title_key="monitor_title")
    assert list(en.figure.layout.xaxis.ticktext) == ["Mar", "Jun", "Sep", "Dec"]
    assert month_tick(6, "zh") == "上半年" and month_tick(9, "en") == "Q1–Q3"
    gdp = rows[rows["indicator_code"] == "gdp"]
    assert cumulative_chart(gdp, monthly["query"]("sources_list"), "en", chart_id="g",
                            title_key="monitor_title").unit == "100 million yuan"  # the axis' unit, named


def test_the_monitor_chart_is_in_exports_and_the_deck(monthly):
    every = catalog.all_charts(monthly["query"], "zh")
    ids = [c.chart_id for c in every]
    assert catalog.MONITOR_CUMULATIVE.chart_id in ids
    assert catalog.MONITOR_CUMULATIVE.chart_id in catalog.deck_defaults(every)
    slides = [c.chart_id for c in catalog.slide_charts(monthly["query"], "zh")]
    assert any(s.startswith("monitor_cumulative_") for s in slides)


def _open_monitor(monthly, monkeypatch, lang: str, **params):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setattr(config, "DATA_DIR", monthly["data_dir"])
    monkeypatch.setattr(config, "DB_PATH", monthly["db_path"])
    at = AppTest.from_file("../app.py", default_timeout=60)
    at.query_params["lang"] = lang
    for k, v in params.items():
        at.query_params[k] = v
    return at.switch_page("pages/monitor.py").run()


@pytest.mark.parametrize(("lang", "label"), [("zh", "2025年1-5月"), ("en", "Jan–May 2025")])
def test_the_monitor_page_shows_the_newest_months_labelled(monthly, monkeypatch, lang, label):
    at = _open_monitor(monthly, monkeypatch, lang)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.warning
    assert "10.8%" in [m.value for m in at.metric]
    assert any(label in s.value for s in at.subheader)
    captions = " ".join(c.value for c in at.caption)
    assert label in captions and periods.grain_label("cumulative", lang) in captions
    links = [pl for pl in at.get("page_link") if "view=" in (pl.proto.query_string or "")]
    every = catalog.build(catalog.MONITOR_CUMULATIVE, monthly["query"], lang, parts=True)
    assert len(every) > 1  # one view per indicator
    if catalog.MONITOR_CUMULATIVE.view_list:  # one drop-down list, which moves the chart and the address
        assert not links and len(at.selectbox(key="view_pick").options) == len(every)
        at.selectbox(key="view_pick").select(every[1].chart_id).run()
        assert not at.exception
        assert [el.proto.id.rsplit("-chart-", 1)[-1] for el in at.get("plotly_chart")] == [every[1].chart_id]
        assert at.query_params["view"] in (every[1].chart_id, [every[1].chart_id])
    else:
        assert len(links) == len(every)
    assert len(at.get("plotly_chart")) == 1
    at = _open_monitor(monthly, monkeypatch, lang, view=every[-1].chart_id)
    assert not at.exception and not at.warning
    assert [el.proto.id.rsplit("-chart-", 1)[-1] for el in at.get("plotly_chart")] == [every[-1].chart_id]


def test_the_monitor_page_says_what_would_fill_it(tmp_path, monkeypatch):
    """On data without sub-annual figures (the curated rows alone) the page names the documents that
    would fill it."""
    from streamlit.testing.v1 import AppTest

    data_dir = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, data_dir, ignore=shutil.ignore_patterns("*.duckdb*", "imports"))
    db_path = build(tmp_path / "economy.duckdb", data_dir)
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        assert db.run(con, "monitor_running").empty
    finally:
        con.close()
    monkeypatch.setattr(config, "DATA_DIR", data_dir)
    monkeypatch.setattr(config, "DB_PATH", db_path)
    at = AppTest.from_file("../app.py", default_timeout=60).switch_page("pages/monitor.py").run()
    assert not at.exception
    (info,) = at.info
    assert "经济运行" in info.value and "YYYY-MM/MM" in info.value
    assert not at.get("plotly_chart")


def test_the_explorer_keeps_months_off_the_line_of_years(monthly):
    """One series per span: the years of 地区生产总值, and its 一季度 year by year, never one line."""
    from dashboard import charts

    rows = monthly["query"]("trend", indicators=["gdp"], regions=["zhuzhou"])
    assert {"annual", "cumulative"} <= set(rows["grain"])
    chart = charts.trend_chart(rows, monthly["query"]("sources_list"), "zh", chart_id="trend_gdp",
                               title_key="trend_title")
    points = [tr for tr in chart.figure.data if tr.mode == "markers+text"]
    for tr in points:  # every point of a trace has the trace's span
        spans = {periods.parse(p).grain if periods.is_period(p) else "label" for p in rows["period"]
                 if charts.period_label(p, "zh") in {c[0] for c in tr.customdata}}
        assert len(spans) == 1, (tr.name, spans)
    names = [tr.name for tr in points]
    assert any("一季度" in n for n in names) and any("一季度" not in n for n in names)
    quarter = next(tr for tr in points if "一季度" in tr.name)
    assert {c[0] for c in quarter.customdata} >= {"2021年一季度"}


def test_the_data_explorer_filters_by_grain_from_the_url(monthly, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setattr(config, "DATA_DIR", monthly["data_dir"])
    monkeypatch.setattr(config, "DB_PATH", monthly["db_path"])
    at = AppTest.from_file("../app.py", default_timeout=60)
    at.query_params["grain"] = "cumulative"
    at.switch_page("pages/data.py").run()
    assert not at.exception and not at.warning
    table = at.dataframe[0].value
    assert len(table) and set(table["口径"]) == {"累计"}
    assert all("年" in p and "月" in p or "季度" in p or "半年" in p for p in table["时期"])
    at = AppTest.from_file("../app.py", default_timeout=60)
    at.query_params["grain"] = "fortnight"
    at.switch_page("pages/data.py").run()
    assert not at.exception and any("fortnight" in w.value for w in at.warning)


@pytest.mark.parametrize(("value", "why"), [("2025-13", "月份 13 不在 01-12 之内"),
                                            ("2025-05/03", "结束月份不晚于起始月份"), ("2025Q1", "不符合格式")])
def test_a_bad_period_in_the_url_is_refused_saying_why(value, why):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file("../app.py", default_timeout=60)
    at.query_params["period"] = value
    at.switch_page("pages/data.py").run()
    assert not at.exception
    assert any(value in w.value and why in w.value for w in at.warning), [w.value for w in at.warning]


def test_the_brief_states_the_newest_months_as_such(monthly):
    from dashboard import brief

    topic = next(tp for tp in brief.topics(monthly["query"], "zh") if tp.key == "monitor")
    assert topic.default and [c.chart_id for c in topic.build()] == [catalog.MONITOR_CUMULATIVE.chart_id]
    year = brief.resolve_period(monthly["query"], "latest")
    rows = brief.headline_figures(monthly["query"], "monitor", year)
    zh = [brief.figure_sentence(r, "zh") for r in rows.itertuples()]
    en = [brief.figure_sentence(r, "en") for r in rows.itertuples()]
    assert "2025年1-5月，株洲市规模以上工业增加值增速为10.8%" in zh, zh
    assert any(s.startswith("Zhuzhou") and "Jan–May 2025: 10.8%" in s for s in en), en
    assert all(r.grain != "annual" for r in rows.itertuples())


def test_headline_running_gives_the_overview_the_newest_cumulative_figure(monthly):
    """headline_running: per headline, the newest months figure (for the overview), never the year's."""
    rows = monthly["query"]("headline_running", section="growth")
    got = rows[["region_code", "indicator_code", "period", "grain", "value"]].values.tolist()
    assert ["zhuzhou", "industrial_value_added_growth", "2025-01/05", "cumulative", 10.8] in got  # HEADLINE
    assert ["liling", "gdp_growth", "2023-01/03", "cumulative", 5.3] in got  # 一季度 of a Liling feature
    assert {r[3] for r in got} == {"cumulative"}
    annual = monthly["query"]("headline_figures", section="growth")
    assert "2025-01/05" not in set(annual["period"])


def test_presentation_mode_shows_the_monitor_slides(monthly, monkeypatch):
    from streamlit.testing.v1 import AppTest

    deck = catalog.presentation_slides(monthly["query"], "zh")
    at_monitor = [n for n, s in enumerate(deck, start=1)
                  if getattr(s, "chart_id", "").startswith("monitor_cumulative_")]
    assert at_monitor
    monkeypatch.setattr(config, "DATA_DIR", monthly["data_dir"])
    monkeypatch.setattr(config, "DB_PATH", monthly["db_path"])
    at = AppTest.from_file("../app.py", default_timeout=60)
    at.query_params["slide"] = str(at_monitor[0])
    at.switch_page("pages/present.py").run()
    assert not at.exception and not at.warning
    ids = [el.proto.id for el in at.get("plotly_chart")]
    assert any("monitor_cumulative_" in i for i in ids), ids


def test_latest_running_pairs_the_same_months_a_year_earlier_and_the_years_target():
    """The model on a few figures: the newest end wins (then the longer span); the year before is the
    same months only (a 1-4月 of last year is no match for 1-5月); the target is its year's."""
    con = duckdb.connect()
    try:
        con.execute("create table sources as select 's' as source_id, date '2025-06-01' as date_from")
        con.execute("""create table facts_enriched as select * from (values
            ('a', 'x', 'g', 'actual', 'cumulative', 2025, 1, 5),
            ('b', 'x', 'g', 'actual', 'quarter', 2025, 4, 6),
            ('c', 'x', 'g', 'actual', 'cumulative', 2025, 1, 3),
            ('d', 'x', 'g', 'actual', 'cumulative', 2024, 1, 5),
            ('e', 'x', 'g', 'actual', 'cumulative', 2024, 1, 4),
            ('f', 'x', 'g', 'target', 'annual', 2025, 1, 12),
            ('h', 'x', 'g', 'target', 'annual', 2024, 1, 12),
            ('i', 'x', 'g', 'actual', 'annual', 2024, 1, 12)
        ) t(fact_id, region_code, indicator_code, kind, grain, period_end, month_start, month_end)""")
        con.execute("alter table facts_enriched add column source_id varchar default 's'")
        con.execute((config.MODELS_DIR / "08_latest_running.sql").read_text(encoding="utf-8"))
        got = con.execute("select grain, running_fact_id, before_fact_id, target_fact_id from latest_running "
                          "order by grain").fetchall()
    finally:
        con.close()
    assert got == [("cumulative", "a", "d", "f"), ("quarter", "b", None, "f")]
