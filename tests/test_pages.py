"""The pages through Streamlit's AppTest: every page in both languages renders, the numbers on screen
equal the DuckDB file, and bad URL parameters are reported in plain words instead of raising."""

from __future__ import annotations

import base64
import html as html_lib
import json
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import catalog, chart_display, charts, db, site_pages
from dashboard.i18n import LANGS, kind_label, rank_text, t

APP = str(Path(__file__).resolve().parents[1] / "app.py")  # absolute: AppTest resolves against tests/
PAGE_FILES = [p.file for p in site_pages.viewer_pages()]
TITLE_KEYS = {p.file: p.title_key for p in site_pages.PAGES}
# Charts each page shows when it opens come from the chart registry (site_pages.page_charts), never a
# hand-kept count; pages with no declaration show none.
HIDDEN_TITLE = {"pages/present.py"}  # full-screen slides: no page title by design
CJK = re.compile(r"[\u4e00-\u9fff]")
MISSING = re.compile(r"[^\"]{0,20}\b(?:nan|NaN|None)\b[^\"]{0,5}")


@pytest.fixture(scope="module")
def dbcon():
    """A read-only connection to the same DuckDB file the app reads."""
    c = db.connect()
    yield c
    c.close()


def open_page(page: str, lang: str | None = None, **params: str) -> AppTest:
    """A fresh session opened on `page` with the given URL parameters (as a shared link would)."""
    at = AppTest.from_file(APP, default_timeout=60)
    if lang is not None:
        at.query_params["lang"] = lang
    for name, value in params.items():
        at.query_params[name] = value
    return at.switch_page(page).run()


def test_the_registry_declares_every_page_file():
    """Each file in pages/ has one declaration (site_pages), whose url path is its name; a page that stops
    for anyone but an editor is declared editor_only, and only those."""
    root = Path(APP).parent
    files = sorted((root / "pages").glob("*.py"))
    assert sorted(p.file for p in site_pages.PAGES) == [f"pages/{f.name}" for f in files]
    assert all(site_pages.BY_FILE[f"pages/{f.name}"].path == f.stem for f in files)
    editors = [f"pages/{f.name}" for f in files if "require_editor" in f.read_text(encoding="utf-8")]
    assert sorted(p.file for p in site_pages.PAGES if p.editor_only) == editors


def decode(v) -> list:
    """A plotly JSON array: a plain list, or {"bdata", "dtype"[, "shape"]} base64-encoded."""
    if isinstance(v, dict) and "bdata" in v:
        a = np.frombuffer(base64.b64decode(v["bdata"]), dtype=v["dtype"])
        if "shape" in v:
            shape = v["shape"]
            a = a.reshape([int(s) for s in shape.split(",")] if isinstance(shape, str) else shape)
        return a.tolist()
    return [] if v is None else list(v)


def title_of(spec: dict) -> str:
    """A chart's title: the page shows it as text above the chart (the figure keeps it in its meta)."""
    return (spec["layout"].get("meta") or {}).get("title") or spec["layout"].get("title", {}).get("text", "")


def specs(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def spec_titled(at: AppTest, title: str) -> dict:
    found = [s for s in specs(at) if title_of(s) == title]
    assert len(found) == 1, f"expected one chart titled {title!r}, got {len(found)}"
    return found[0]


def query_on(dbcon):
    return lambda name, **params: db.run(dbcon, name, **params)


def expected_charts(page: str, lang: str, at: AppTest, dbcon) -> int:
    """The charts the registry declares for the page, as it opens (a page showing views: the first
    view's): those drawn as figures, and those shown as tables (a dot matrix: charts.matrix_html),
    each under its title."""
    path = Path(page).stem
    expected = site_pages.page_charts(path, query_on(dbcon), lang, screen="plotly", opening=True)
    assert [title_of(s) for s in specs(at)] == [c.title for c in expected]
    html = [h.proto.body for h in at.get("html")]
    for chart in site_pages.page_charts(path, query_on(dbcon), lang, screen="table", opening=True):
        assert charts.matrix_html(chart) in html, chart.chart_id
        assert any(html_lib.escape(chart.title) in h for h in html), chart.chart_id
    return len(expected)


def chart_title(spec, dbcon, lang: str) -> str:
    """The title the registry builds for a one-chart declaration (periods come from the data)."""
    (chart,) = catalog.build(spec, query_on(dbcon), lang)
    return chart.title


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", PAGE_FILES)
def test_page_renders_in_language(page, lang, dbcon):
    at = open_page(page, lang)
    assert not at.exception, [e.value for e in at.exception]
    titles = [el.value for el in at.title]
    if page in HIDDEN_TITLE:
        assert not titles
    else:
        assert t(TITLE_KEYS[page], lang) in titles
        other = "en" if lang == "zh" else "zh"
        assert t(TITLE_KEYS[page], other) not in titles  # the title is in the chosen language only
    if lang == "en":
        assert not any(CJK.search(x) for x in titles), titles
    if not (page == "pages/export.py" and chart_display.export_missing()):  # that page warns if export can't work
        assert not at.warning, [w.value for w in at.warning]  # a clean URL gives no warning
    charts = specs(at)
    assert len(charts) == expected_charts(page, lang, at, dbcon)
    for spec in charts:
        # theme=None and the explicit template: never streamlit's placeholder colours
        assert "WenQuanYi Micro Hei" in spec["layout"]["template"]["layout"]["font"]["family"]
        assert title_of(spec)
        # nothing on the chart reads "nan" / "None" (a missing value or unit formatted as text)
        shown = json.dumps([spec["data"], {k: v for k, v in spec["layout"].items() if k != "template"}],
                           ensure_ascii=False)
        assert not MISSING.findall(shown), (title_of(spec), MISSING.findall(shown)[:5])
    for m in at.metric:
        assert not MISSING.search(f"{m.label} {m.value}"), (m.label, m.value)


def test_rankings_shows_history_and_single_editions(dbcon):
    """The ranking history one list per view (a panel of the exported chart each), then the lists
    with one edition."""
    views = site_pages.page_charts("rankings", query_on(dbcon), "zh")
    history = db.run(dbcon, "ranking_history")
    lists = list(dict.fromkeys(history["list_code"]))
    assert [c.chart_id for c in views] == ([f"ranking_history_{code}" for code in lists]
                                           + [catalog.RANKING_SINGLE.chart_id])
    at = open_page("pages/rankings.py", "zh")
    assert [title_of(s) for s in specs(at)] == [views[0].title]
    labels = [pl.proto.label for pl in at.get("page_link") if "view=" in (pl.proto.query_string or "")]
    assert labels[:-1] == list(dict.fromkeys(history["list_name_zh"]))
    at = open_page("pages/rankings.py", "zh", view="ranking_single")
    assert [title_of(s) for s in specs(at)] == [chart_title(catalog.RANKING_SINGLE, dbcon, "zh")]


VIEW_PAGES = [(p.path, p.file) for p in site_pages.PAGES if catalog.shows_views(p.path)]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path,page", VIEW_PAGES)
def test_views_one_chart_at_a_time(path, page, lang, dbcon):
    """A page with several charts draws one: a link per chart names it (the chosen one disabled), each
    link opens that chart alone, and the registry's every chart is one of them."""
    query = query_on(dbcon)
    every = site_pages.page_charts(path, query, lang)
    assert len(every) > 1, path  # the page's opening selection holds several charts
    at = open_page(page, lang)
    links = [pl for pl in at.get("page_link") if "view" in (pl.proto.query_string or "")]
    listed = [spec for spec in catalog.on_page(path) if spec.view_list]
    if listed:  # one drop-down list (url_state.choice_links)
        pick = at.selectbox(key="view_pick")
        assert not links and list(pick.options) == [catalog.view_label(listed[0], c, lang) for c in every]
        assert pick.value == every[0].chart_id
        names = list(pick.options)
    else:
        assert len(links) == len(every)
        assert [pl.proto.disabled for pl in links] == [True] + [False] * (len(every) - 1)
        for chart, link in zip(every, links, strict=True):
            assert f"view={chart.chart_id}" in link.proto.query_string
        names = [link.proto.label for link in links]
    for chart, label in zip(every, names, strict=True):
        assert label  # named in the page's language
        if lang == "en":
            assert not CJK.search(label), label
        at = open_page(page, lang, view=chart.chart_id)
        assert not at.exception and not at.warning
        # Figures are keyed chart-<chart id> (chart_display.show_chart); a table carries the chart's own markup.
        drawn = [el.proto.id.rsplit("-chart-", 1)[-1] for el in at.get("plotly_chart")]
        tables = [h.proto.body for h in at.get("html") if 'class="matrix' in h.proto.body]
        if drawn:
            assert drawn == [chart.chart_id] and not tables, path
        else:
            assert tables == [charts.matrix_html(chart)], path


def test_unknown_view_is_reported():
    at = open_page("pages/targets.py", "zh", view="bogus")
    assert not at.exception
    assert any("bogus" in w.value for w in at.warning)
    assert len(specs(at)) == 1  # the first view, drawn as ever


def test_overview_numbers_equal_database(dbcon):
    at = open_page("pages/overview.py", "zh")
    assert not at.exception
    metrics = {m.value: m for m in at.metric}
    # As the documents state them: 2024 GDP, the 2022 county rank, a rank with a stated change.
    for shown in ("952.6亿元", "第37位", "第88位"):
        assert shown in metrics, sorted(metrics)
    assert "前进3位" in metrics["第88位"].delta
    # The cockpit: the change on the previous comparable year, which year that is, and the gap.
    gdp_card = metrics["952.6亿元"].proto
    assert gdp_card.delta == "+62.6亿元 (+7%)"
    assert any("对比2022年（预计）；2023年无数据，不插值" in c.value for c in at.caption)
    spark = list(gdp_card.chart_data)  # one bar per year; a year without a figure is an empty slot
    assert spark[-1] == 952.6 and spark[-3] == 890 and spark[-2] != spark[-2]
    # ... and each equals the database.
    size = db.run(dbcon, "headline_figures", section="size")
    assert set(size["region_code"]) <= {"liling", "liling_edz"}
    for r in size.itertuples():
        assert f"{r.value:g}{r.unit}" in metrics
        assert r.region_zh in metrics[f"{r.value:g}{r.unit}"].label
    ranks = db.run(dbcon, "headline_ranks")
    assert {rank_text(r.rank, r.approx, "zh") for r in ranks.itertuples()} <= set(metrics)
    within = ranks[ranks["approx"] == "以内"]
    assert all(f"前{int(r)}名" in metrics for r in within["rank"])  # never shown as a position
    gdp = db.run_sql(dbcon, "select value from facts_enriched where indicator_code = 'gdp' "
                            "and region_code = 'liling' and kind = 'actual' order by period_end desc")["value"]
    assert gdp.tolist()[0] == 952.6
    growth = db.run(dbcon, "headline_figures", section="growth")
    assert len(growth) >= 5
    for r in growth.itertuples():
        assert f"{r.value:g}%" in metrics


def test_overview_numbers_in_english(dbcon):
    at = open_page("pages/overview.py", "en")
    values = [m.value for m in at.metric]
    labels = [m.label for m in at.metric]
    assert "95.26 bn yuan" in values  # English units converted (952.6亿元)
    assert "No. 37" in values and "No. 88" in values
    assert "GDP · Liling" in labels
    ranks = db.run(dbcon, "headline_ranks")
    assert set(ranks["list_name_en"]) <= set(labels)


@pytest.mark.parametrize("lang", LANGS)
def test_shares_chart_equals_database(lang, dbcon):
    at = open_page("pages/shares.py", lang)
    assert not at.exception
    shares = db.run(dbcon, "shares_of_zhuzhou")
    spec = spec_titled(at, chart_title(catalog.SHARES_OF_ZHUZHOU, dbcon, lang))
    assert str(shares["period"].iloc[0]) in title_of(spec)
    bars = [tr for tr in spec["data"] if tr.get("name") == kind_label("share", lang)]
    assert len(bars) == 1
    bar = bars[0]
    assert decode(bar["x"]) == pytest.approx((shares["value"] * 100).tolist(), abs=1e-6)
    # each bar labelled with (the distinctive part of) its indicator's name, in the query's order
    labels = [y.replace("<br>", "" if lang == "zh" else " ") for y in decode(bar["y"])]
    names = shares["name_en" if lang == "en" else "name_zh"].tolist()
    assert len(set(labels)) == len(labels) == len(names)
    for label, name in zip(labels, names, strict=True):
        assert label and label in name, (label, name)
    text = [re.sub(r"</?b>", "", s) for s in bar["text"]]
    assert text == ["1/3", "1/4", "1/5", "1/6"]
    assert text == shares["stated"].tolist()


def _marker_ys(spec: dict, axis: str = "y") -> Counter:
    ys = Counter()
    for tr in spec["data"]:
        if "markers" in tr.get("mode", ""):
            ys.update(float(y) for y in decode(tr[axis]))
    return ys


@pytest.mark.parametrize("lang", LANGS)
def test_rankings_chart_equals_database(lang, dbcon):
    at = open_page("pages/rankings.py", lang)
    assert not at.exception
    # Lists with several editions: a point per (year, rank) stated or derived; the goal as a line.
    # One list per view: over the views, every point of every list.
    history = db.run(dbcon, "ranking_history")
    points, goals = Counter(), []
    for code in dict.fromkeys(history["list_code"]):
        view = open_page("pages/rankings.py", lang, view=f"ranking_history_{code}")
        assert not view.exception and not view.warning
        (spec,) = specs(view)
        for tr in spec["data"]:
            if "markers" in tr.get("mode", ""):
                points.update((x, float(y)) for x, y in zip(decode(tr["x"]), decode(tr["y"]), strict=True)
                              if y is not None and y == y)
        goals += [float(s["y0"]) for s in spec["layout"].get("shapes", [])
                  if s.get("y0") is not None and s.get("y0") == s.get("y1")]
    shown = history[history["kind"].isin(["rank", "derived"])].drop_duplicates(
        ["list_code", "region_code", "year", "kind"])
    assert points == Counter(zip(shown["year"].astype(int), shown["rank"].astype(float), strict=True))
    assert sorted(goals) == sorted(history.loc[history["kind"] == "target", "rank"].astype(float))
    # Lists with one edition (every scope): a point per list at its rank (the page's second view).
    at = open_page("pages/rankings.py", lang, view=catalog.RANKING_SINGLE.chart_id)
    single = db.run(dbcon, "ranking_single")
    spec = spec_titled(at, chart_title(catalog.RANKING_SINGLE, dbcon, lang))
    assert _marker_ys(spec, "x") == Counter(single["rank"].astype(float))  # one row per list


@pytest.mark.parametrize("lang", LANGS)
def test_targets_charts_equal_database(lang, dbcon):
    at = open_page("pages/targets.py", lang)
    assert not at.exception
    growth = db.run(dbcon, "growth_vs_target")
    spec = spec_titled(at, chart_title(catalog.GROWTH_VS_TARGET, dbcon, lang))
    xs = [x for tr in spec["data"] for x in decode(tr["x"])]
    assert sorted(xs) == pytest.approx(sorted(growth["value"]))
    at = open_page("pages/targets.py", lang, view=catalog.QIANYI_PATHS.chart_id)  # the second view
    paths = db.run(dbcon, "qianyi_paths")
    spec = spec_titled(at, chart_title(catalog.QIANYI_PATHS, dbcon, lang))
    lines = [tr for tr in spec["data"] if tr.get("mode") == "lines"]
    ys = sorted(y for tr in lines for y in decode(tr["y"]))
    assert ys == pytest.approx(sorted(paths[paths["path"].isin(["now", "plan"])]["value"]))
    dots = [y for tr in spec["data"] if tr.get("mode") == "markers+text" for y in decode(tr["y"])]
    assert set(paths[paths["path"] == "outcome"]["value"]) <= set(dots)  # every stated figure drawn


def test_explorer_from_url(dbcon):
    at = open_page("pages/explorer.py", "zh", indicator=["gdp_growth", "retail_sales_growth"], region="liling")
    assert not at.exception and not at.warning
    (spec,) = specs(at)
    plotted = {c[1] for tr in spec["data"] for c in tr.get("customdata", []) if len(c) > 2}
    facts = set(db.run(dbcon, "trend", indicators=["gdp_growth", "retail_sales_growth"],
                       regions=["liling"])["fact_id"])
    assert plotted and plotted <= facts
    assert len(at.dataframe) == 0  # the table is folded, and built only once opened
    assert t("explorer_table", "zh", n=len(facts)) in [e.label for e in at.expander]
    at.session_state["explorer_table"] = True
    at.run()
    assert len(at.dataframe) == 1 and len(at.dataframe[0].value) == len(facts)


def test_targets_table_opens_with_every_target(dbcon):
    at = open_page("pages/targets.py", "zh")
    targets = db.run(dbcon, "targets_table", lang_en=False)
    assert len(at.dataframe) == 0
    assert t("targets_table", "zh", n=len(targets)) in [e.label for e in at.expander]
    at.session_state["targets_box"] = True
    at.run()
    assert not at.exception
    (table,) = [d.value for d in at.dataframe]
    assert len(table) == len(targets)
    assert set(table[t("quote", "zh")]) == {charts.quote_text(q) for q in targets["quote"]}


def test_indicators_category_from_url(dbcon):
    at = open_page("pages/indicators.py", "zh", category="environment")
    assert not at.exception and not at.warning
    cats = db.run(dbcon, "categories").set_index("category")
    # the categories are links to the page (?category=...), the chosen one disabled (drawn as chosen)
    links = [el.proto for el in at.get("page_link")
             if "category=" in el.proto.query_string]
    assert len(links) == len(catalog.indicator_categories(lambda n, **p: db.run(dbcon, n, **p), "zh"))
    assert [link.label for link in links if link.disabled] == [cats.loc["environment", "name_zh"]]
    assert at.query_params["category"] == "environment"
    charts = specs(at)
    assert len(charts) >= 1
    for spec in charts:
        assert title_of(spec).startswith(cats.loc["environment", "name_zh"])
    plotted = {c[0] for spec in charts for tr in spec["data"] for c in tr.get("customdata", [])}
    facts = set(db.run(dbcon, "indicator_group", category="environment")["fact_id"])
    assert plotted and plotted <= facts


def test_sources_fact_from_url(dbcon):
    fact = db.run(dbcon, "fact_detail", fact_id="004-008").iloc[0]
    at = open_page("pages/sources.py", "zh", source=fact.source_id, fact="004-008")
    assert not at.exception and not at.warning
    assert fact.quote in [el.value for el in at.text]


BAD_PARAMS = [
    ("pages/indicators.py", "category", "bogus"),
    ("pages/data.py", "region", "nowhere"),
    ("pages/sources.py", "source", "nope"),
    ("pages/sources.py", "fact", "zzz"),
    ("pages/explorer.py", "indicator", "bogus"),
    ("pages/explorer.py", "region", "atlantis"),
]


@pytest.mark.parametrize("page", PAGE_FILES[:1] + ["pages/indicators.py"])
def test_bad_language_is_reported(page):
    at = open_page(page, "fr")
    assert not at.exception
    assert any("lang=fr" in w.value for w in at.warning), [w.value for w in at.warning]
    assert t(TITLE_KEYS[page], "zh") in [el.value for el in at.title]  # falls back to Chinese


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("page", "name", "value"), BAD_PARAMS)
def test_bad_url_parameter_is_reported(page, name, value, lang):
    at = open_page(page, lang, **{name: value})
    assert not at.exception, [e.value for e in at.exception]
    warnings = [w.value for w in at.warning]
    assert any(value in w and name in w for w in warnings), warnings
    assert t("bad_param", lang, name=name, value=value) in warnings
    assert t(TITLE_KEYS[page], lang) in [el.value for el in at.title]  # the page still renders


@pytest.mark.parametrize("lang", LANGS)
def test_data_table_reads_in_the_page_language(lang, dbcon):
    at = open_page("pages/data.py", lang, category="shares")
    assert not at.exception
    table = at.dataframe[0].value
    assert "id" not in table.columns and "fact_id" not in table.columns
    kinds = set(table[t("kind", lang)])
    assert kinds and kinds <= {kind_label(k, lang) for k in ("actual", "share", "estimate", "target", "derived")}
    figures = set(table[t("value", lang)])
    assert {"1/3", "1/4", "1/5", "1/6"} <= figures  # fractions as stated, never 0.3333
    sources = db.run(dbcon, "sources_list")
    assert set(table[t("source", lang)]) <= set(sources[f"label_{lang}"])  # labels, never ids


def test_explorer_pickers_edit_the_choice(dbcon):
    """The pickers live in a popover built when opened; the choice they make drives the chart and the
    URL, and survives the popover closing again."""
    at = open_page("pages/explorer.py", "zh", indicator=["gdp_growth"], region="liling")
    assert not at.exception and len(at.multiselect) == 0  # folded: not drawn yet
    names = db.run(dbcon, "trend_options").drop_duplicates("indicator_code").set_index("indicator_code")["name_zh"]
    assert any(names["gdp_growth"] in m.value for m in at.markdown)
    at.session_state["explorer_pickers"] = True
    at.run()
    assert at.multiselect(key="indicator_pick").value == ["gdp_growth"]
    assert at.multiselect(key="region_pick").value == ["liling"]
    at.multiselect(key="indicator_pick").set_value(["gdp_growth", "retail_sales_growth"]).run()
    assert at.query_params["indicator"] == ["gdp_growth", "retail_sales_growth"]
    at.session_state["explorer_pickers"] = False
    at.run()
    assert len(at.multiselect) == 0
    (spec,) = specs(at)
    plotted = {c[1] for tr in spec["data"] for c in tr.get("customdata", []) if len(c) > 2}
    facts = db.run(dbcon, "trend", indicators=["gdp_growth", "retail_sales_growth"], regions=["liling"])
    assert plotted and plotted <= set(facts["fact_id"])
    assert {f for f in facts["fact_id"] if f in plotted} and any(
        r.indicator_code == "retail_sales_growth" and r.fact_id in plotted for r in facts.itertuples())


def test_a_source_says_where_it_was_read_and_whether_a_mirror(dbcon):
    sources = db.run(dbcon, "sources_list").set_index("source_id")
    mirror = sources[sources["is_mirror"] & (sources["url"] != "")].index[0]
    at = open_page("pages/sources.py", "zh", source=mirror)
    assert not at.exception
    said = [m.value for m in at.markdown if t("read_from_mirror", "zh") in m.value]
    assert len(said) == 1 and sources.loc[mirror, "url"].split("//")[1].split("/")[0].replace(".", "\\.") in said[0]
    seed = sources[sources["url"] == ""].index[0]
    at = open_page("pages/sources.py", "zh", source=seed)
    assert not [m for m in at.markdown if t("read_from", "zh") in m.value]
