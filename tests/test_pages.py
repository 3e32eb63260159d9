"""The pages through Streamlit's AppTest: every page in both languages renders, the numbers on screen
equal the DuckDB file, and bad URL parameters are reported in plain words instead of raising."""

from __future__ import annotations

import base64
import json
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import db, ui
from dashboard.i18n import LANGS, kind_label, t

APP = str(Path(__file__).resolve().parents[1] / "app.py")  # absolute: AppTest resolves against tests/
PAGE_FILES = [p[0] for p in ui.PAGES]
TITLE_KEYS = {p[0]: p[2] for p in ui.PAGES}
SCOPES = ("national", "provincial", "municipal")
# Charts each page shows; None: worked out from the data (rankings, indicators). Pages not listed
# (export, presentation) are checked for exceptions, warnings and language only.
EXPECTED_CHARTS = {"pages/overview.py": 0, "pages/industry.py": 2, "pages/shares.py": 1,
                   "pages/rankings.py": None, "pages/targets.py": 2, "pages/indicators.py": None,
                   "pages/data.py": 0, "pages/sources.py": 0}
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


def decode(v) -> list:
    """A plotly JSON array: a plain list, or {"bdata", "dtype"[, "shape"]} base64-encoded."""
    if isinstance(v, dict) and "bdata" in v:
        a = np.frombuffer(base64.b64decode(v["bdata"]), dtype=v["dtype"])
        if "shape" in v:
            shape = v["shape"]
            a = a.reshape([int(s) for s in shape.split(",")] if isinstance(shape, str) else shape)
        return a.tolist()
    return [] if v is None else list(v)


def specs(at: AppTest) -> list[dict]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def spec_titled(at: AppTest, title: str) -> dict:
    found = [s for s in specs(at) if s["layout"]["title"]["text"] == title]
    assert len(found) == 1, f"expected one chart titled {title!r}, got {len(found)}"
    return found[0]


def expected_charts(page: str, lang: str, at: AppTest, dbcon) -> int:
    if page not in EXPECTED_CHARTS:
        return len(specs(at))
    expected = EXPECTED_CHARTS[page]
    if expected is not None:
        return expected
    if page == "pages/rankings.py":  # national and provincial at least; municipal too if data
        titles = [s["layout"]["title"]["text"] for s in specs(at)]
        for scope in SCOPES:
            rows = pd.concat([db.run(dbcon, "ranking_history", scope=scope, many_editions=m)
                              for m in (True, False)])
            keys = {"national": ("rankings_title_national", "rankings_title_single")}.get(
                scope, (f"rankings_title_{scope}",))
            assert any(t(k, lang) in titles for k in keys) == (len(rows) > 0), (scope, titles)
        assert len(titles) >= 2
    else:  # indicators: one chart per unit of the selected category (units alone may be cards)
        category = at.segmented_control(key="category").value
        units = db.run(dbcon, "indicator_group", category=category)["unit"].nunique()
        assert 1 <= len(specs(at)) <= units
    return len(specs(at))


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
    if not (page == "pages/export.py" and ui.export_missing()):  # that page warns if export can't work
        assert not at.warning, [w.value for w in at.warning]  # a clean URL gives no warning
    charts = specs(at)
    assert len(charts) == expected_charts(page, lang, at, dbcon)
    for spec in charts:
        # theme=None and the explicit template: never streamlit's placeholder colours
        assert "WenQuanYi Micro Hei" in spec["layout"]["template"]["layout"]["font"]["family"]
        assert spec["layout"]["title"]["text"]
        # nothing on the chart reads "nan" / "None" (a missing value or unit formatted as text)
        shown = json.dumps([spec["data"], {k: v for k, v in spec["layout"].items() if k != "template"}],
                           ensure_ascii=False)
        assert not MISSING.findall(shown), (spec["layout"]["title"]["text"], MISSING.findall(shown)[:5])
    for m in at.metric:
        assert not MISSING.search(f"{m.label} {m.value}"), (m.label, m.value)


def test_rankings_shows_national_and_provincial():
    at = open_page("pages/rankings.py", "zh")
    titles = [s["layout"]["title"]["text"] for s in specs(at)]
    assert t("rankings_title_national", "zh") in titles
    assert t("rankings_title_provincial", "zh") in titles
    assert len(titles) >= 2


def test_overview_numbers_equal_database(dbcon):
    at = open_page("pages/overview.py", "zh")
    assert not at.exception
    metrics = {m.value: m for m in at.metric}
    # As the documents state them: 2020 GDP and the two ranks with a stated change.
    for shown in ("737.6亿元", "第45位", "第64位"):
        assert shown in metrics, sorted(metrics)
    assert "前进1位" in metrics["第45位"].delta
    assert "前进6位" in metrics["第64位"].delta
    # ... and each equals the database.
    for r in db.run(dbcon, "headline_gdp").itertuples():
        assert f"{r.value:g}{r.unit}" in metrics
    ranks = db.run(dbcon, "headline_ranks")
    assert {f"第{int(r)}位" for r in ranks["rank"]} <= set(metrics)
    gdp = db.run_sql(dbcon, "select value from facts_enriched where indicator_code = 'gdp' "
                            "and period = '2020' and kind = 'actual'")["value"]
    assert gdp.tolist() == [737.6]
    growth = db.run(dbcon, "growth_vs_target")
    for r in growth[growth["period"] == "2019"].itertuples():
        assert f"{r.value:g}%" in metrics


def test_overview_numbers_in_english(dbcon):
    at = open_page("pages/overview.py", "en")
    values = [m.value for m in at.metric]
    labels = [m.label for m in at.metric]
    assert "737.6 亿元" in values
    assert "No. 45" in values and "No. 64" in values
    assert "GDP" in labels
    ranks = db.run(dbcon, "headline_ranks")
    assert set(ranks["list_name_en"]) <= set(labels)


@pytest.mark.parametrize("lang", LANGS)
def test_shares_chart_equals_database(lang, dbcon):
    at = open_page("pages/shares.py", lang)
    assert not at.exception
    shares = db.run(dbcon, "shares_of_zhuzhou")
    spec = spec_titled(at, f"{t('shares_title', lang)}（2021）" if lang == "zh"
                       else f"{t('shares_title', lang)} (2021)")
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


def _marker_ys(spec: dict) -> Counter:
    ys = Counter()
    for tr in spec["data"]:
        if "markers" in tr.get("mode", ""):
            ys.update(float(y) for y in decode(tr["y"]))
    return ys


@pytest.mark.parametrize("lang", LANGS)
def test_rankings_chart_equals_database(lang, dbcon):
    at = open_page("pages/rankings.py", lang)
    assert not at.exception
    # Lists with several editions: a point per (year, rank) stated or derived; the goal as a line.
    history = db.run(dbcon, "ranking_history", scope="national", many_editions=True)
    spec = spec_titled(at, t("rankings_title_national", lang))
    points = Counter()
    for tr in spec["data"]:
        if "markers" in tr.get("mode", ""):
            points.update(zip(decode(tr["x"]), map(float, decode(tr["y"])), strict=True))
    shown = history[history["kind"].isin(["rank", "derived"])]
    assert points == Counter(zip(shown["year"].astype(int), shown["rank"].astype(float), strict=True))
    goals = sorted(float(s["y0"]) for s in spec["layout"].get("shapes", [])
                   if s.get("y0") is not None and s.get("y0") == s.get("y1"))
    assert goals == sorted(history.loc[history["kind"] == "target", "rank"].astype(float))
    # Lists with one edition, per scope: a point per list at its rank.
    for scope in SCOPES:
        single = db.run(dbcon, "ranking_history", scope=scope, many_editions=False)
        if single.empty:
            continue
        title = t("rankings_title_single" if scope == "national" else f"rankings_title_{scope}", lang)
        assert _marker_ys(spec_titled(at, title)) == Counter(single["rank"].astype(float)), scope


@pytest.mark.parametrize("lang", LANGS)
def test_targets_charts_equal_database(lang, dbcon):
    at = open_page("pages/targets.py", lang)
    assert not at.exception
    growth = db.run(dbcon, "growth_vs_target")
    spec = spec_titled(at, t("targets_growth_title", lang))
    xs = [x for tr in spec["data"] for x in decode(tr["x"])]
    assert sorted(xs) == pytest.approx(sorted(growth["value"]))
    paths = db.run(dbcon, "qianyi_paths", last_year=2026)
    spec = spec_titled(at, t("targets_paths_title", lang))
    lines = [tr for tr in spec["data"] if tr.get("mode") == "lines"]
    ys = sorted(y for tr in lines for y in decode(tr["y"]))
    assert ys == pytest.approx(sorted(paths["value"]))


def test_indicators_category_from_url(dbcon):
    at = open_page("pages/indicators.py", "zh", category="environment")
    assert not at.exception and not at.warning
    assert at.segmented_control(key="category").value == "environment"
    cats = db.run(dbcon, "categories").set_index("category")
    charts = specs(at)
    assert len(charts) >= 1
    for spec in charts:
        assert spec["layout"]["title"]["text"].startswith(cats.loc["environment", "name_zh"])
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
