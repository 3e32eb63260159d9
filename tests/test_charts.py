"""The chart builders, called directly on their queries' rows: what they plot equals the database,
every chart is titled, cites its sources by label, uses the explicit template, and styles
estimates, targets, derived figures and projections apart from actuals."""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd
import plotly.io as pio
import pytest
import streamlit  # noqa: F401  -- makes "streamlit" (placeholder colours) plotly's default template

from dashboard import catalog, charts, db
from dashboard.i18n import LANGS, kind_label, rank_text, t


@pytest.fixture(scope="module")
def dbcon():
    c = db.connect()
    yield c
    c.close()


@pytest.fixture(scope="module")
def sources(dbcon):
    return db.run(dbcon, "sources_list")


@pytest.fixture(autouse=True)
def streamlit_default_template(monkeypatch):
    """The hazard the explicit template guards against: streamlit's placeholder template as the default
    (what `import streamlit` does in the app)."""
    assert "streamlit" in pio.templates
    monkeypatch.setattr(pio.templates, "default", "streamlit")


# ---------------------------------------------------------------- helpers


def arr(v) -> list:
    return [] if v is None else np.asarray(v, dtype=object).tolist()


def plain(text: str, lang: str) -> str:
    """Annotation text as read: line breaks undone (Chinese breaks anywhere, English at spaces)."""
    return re.sub(r"<br>", "" if lang == "zh" else " ", text or "")


def ids_of(df, *cols: str) -> set[str]:
    ids: set[str] = set()
    for col in cols:
        for v in df[col].dropna():
            ids.update(str(v).split())
    return ids


def assert_common(chart: charts.Chart, source_ids: set[str], sources, lang: str) -> None:
    """Title set; explicit 'liling' template; one source line naming every source by its label."""
    fig = chart.figure
    assert fig.layout.title.text and fig.layout.title.text.strip()
    assert fig.layout.title.text == chart.title
    template = fig.layout.template
    assert "WenQuanYi Micro Hei" in template.layout.font.family
    assert template.layout.colorway == tuple(charts.PALETTE)
    assert "#000001" not in str(template.to_plotly_json())  # not streamlit's placeholder colours
    assert template.to_plotly_json() == pio.templates[charts.TEMPLATE].to_plotly_json()
    prefix = t("sources_line", lang, sources="")
    lines = [plain(a.text, lang) for a in fig.layout.annotations if prefix in plain(a.text, lang)]
    assert len(lines) == 1, [a.text for a in fig.layout.annotations]
    assert source_ids, "a chart with no source ids"
    labels = sources.set_index("source_id")["label_en" if lang == "en" else "label_zh"]
    for sid in source_ids:
        assert sid in labels.index, f"unknown source id {sid}"
        assert labels[sid] in lines[0], (sid, labels[sid], lines[0])
    assert set(chart.source_ids) == source_ids


def hollow_or_patterned(marker) -> bool:
    """Not a solid fill: white inside (hollow) or hatched."""
    shape = marker.pattern.shape if marker.pattern is not None else None
    return marker.color == "white" or bool(shape)


# ---------------------------------------------------------------- shares


@pytest.mark.parametrize("lang", LANGS)
def test_shares_chart(dbcon, sources, lang):
    df = db.run(dbcon, "shares_of_zhuzhou")
    chart = charts.shares_chart(df, sources, lang)
    bars = [tr for tr in chart.figure.data if tr.text is not None]
    assert len(bars) == 1
    bar = bars[0]
    assert arr(bar.x) == pytest.approx((df["value"] * 100).tolist())
    # each bar labelled with (the distinctive part of) its indicator's name, in the query's order
    labels = [y.replace("<br>", "" if lang == "zh" else " ") for y in arr(bar.y)]
    names = df["name_en" if lang == "en" else "name_zh"].tolist()
    assert len(set(labels)) == len(labels) == len(names)
    for label, name in zip(labels, names, strict=True):
        assert label and label in name, (label, name)
    stated = [re.sub(r"</?b>", "", s) for s in bar.text]
    assert stated == df["stated"].tolist() == ["1/3", "1/4", "1/5", "1/6"]
    assert len(arr(bar.x)) == len(df) == 4
    assert chart.figure.layout.xaxis.range == (0, 100)
    assert str(df["period"].iloc[0]) in chart.title
    assert_common(chart, ids_of(df, "source_ids"), sources, lang)


# ---------------------------------------------------------------- rankings


def _marker_points(fig) -> Counter:
    pts = Counter()
    for tr in fig.data:
        if "markers" in (tr.mode or ""):
            pts.update(zip(arr(tr.x), [float(y) for y in arr(tr.y)], strict=True))
    return pts


@pytest.mark.parametrize("lang", LANGS)
def test_ranking_history_chart(dbcon, sources, lang):
    df = db.run(dbcon, "ranking_history")
    assert len(df) > 0
    chart = charts.ranking_history_chart(df, sources, lang, chart_id="ranking_history",
                                         title_key="rankings_title_history")
    fig = chart.figure
    shown = df[df["kind"].isin(["rank", "derived"])].drop_duplicates(["list_code", "region_code", "year",
                                                                       "kind"])
    expected = Counter(zip(shown["year"].astype(int), shown["rank"].astype(float), strict=True))
    points = Counter()
    for tr in fig.data:
        if "markers" in (tr.mode or ""):
            points.update((int(x), float(y)) for x, y in zip(arr(tr.x), arr(tr.y), strict=True)
                          if y is not None and y == y)  # a gap (missing edition) is no point
    assert points == expected
    # one panel per list, never merged: as many rank axes as lists, each titled by its list
    codes = list(dict.fromkeys(df["list_code"]))
    axes = [k for k in fig.layout.to_plotly_json() if k.startswith("yaxis")]
    assert len(axes) == len(codes)
    name_col = "list_name_en" if lang == "en" else "list_name_zh"
    notes = " ".join(plain(a.text, lang) for a in fig.layout.annotations)
    for code in codes:
        assert df.loc[df["list_code"] == code, name_col].iloc[0] in re.sub(r"</?b>", "", notes)
    # targets: a dashed goal line at the target rank
    targets = df[df["kind"] == "target"]
    goal_lines = [sh for sh in fig.layout.shapes if sh.y0 == sh.y1]
    assert sorted(float(sh.y0) for sh in goal_lines) == sorted(targets["rank"].astype(float))
    assert all(sh.line.dash == "dash" for sh in goal_lines)
    # 1 at the top of every panel, never 0: reversed ranges, ticks starting at 1
    for axis in axes:
        ax = fig.layout[axis]
        lo, hi = ax.range
        assert lo > hi and hi < 1 and lo >= df["rank"].min()
        assert ax.tickvals[0] == 1 and 0 not in ax.tickvals
    # labels: every stated rank with its stated change, as the documents give them
    texts = [s for tr in fig.data if tr.text is not None for s in tr.text]
    own = shown[shown["region_code"] == "liling"]
    for r in own[own["stated_change"].notna()].itertuples():
        assert any(s.startswith(t("rank_value", lang, n=int(r.rank))) and f"↑{int(r.stated_change)}" in s
                   for s in texts), (r.rank, r.stated_change)
    # derived points look different from stated ranks: hollow markers, labelled as derived
    derived = [tr for tr in fig.data if "markers" in (tr.mode or "") and tr.marker.color == "white"]
    if (df["kind"] == "derived").any():
        assert derived and all(kind_label("derived", lang) in s for tr in derived for s in tr.text)
        assert t("rankings_note", lang) in notes
    assert_common(chart, ids_of(df, "source_id"), sources, lang)


def test_ranking_history_gaps_and_context_lines(dbcon, sources):
    """A missing edition breaks the line; another county named in the same list is a thin grey line."""
    df = db.run(dbcon, "ranking_history")
    code = df["list_code"].iloc[0]
    rows = df[(df["list_code"] == code) & (df["kind"] == "rank")]
    middle = sorted(rows["year"].unique())[len(rows["year"].unique()) // 2]
    other = rows.assign(region_code="other", is_home=False, region_zh="某县", region_en="Some county", rank=rows["rank"] + 3,
                        fact_id=rows["fact_id"] + "-x")
    gapped = pd.concat([df[~((df["list_code"] == code) & (df["year"] == middle) & (df["kind"] == "rank"))],
                        other])
    chart = charts.ranking_history_chart(gapped, sources, "zh", chart_id="r", title_key="rankings_title_history")
    main = [tr for tr in chart.figure.data if tr.line.width == 4][0]
    ys = dict(zip(arr(main.x), arr(main.y), strict=True))
    assert ys[middle] is None or ys[middle] != ys[middle]  # a gap, not a joined line
    assert main.connectgaps is False
    grey = [tr for tr in chart.figure.data if tr.name == "某县"]
    assert len(grey) == 1 and grey[0].line.width < main.line.width


@pytest.mark.parametrize("lang", LANGS)
def test_ranking_points_chart(dbcon, sources, lang):
    name_col = "list_name_en" if lang == "en" else "list_name_zh"
    df = db.run(dbcon, "ranking_single")
    assert df["scope"].nunique() >= 2  # national single editions and provincial at least, on one chart
    chart = charts.ranking_points_chart(df, sources, lang, chart_id="ranking_single",
                                        title_key="rankings_title_single")
    fig = chart.figure
    points = Counter()
    for tr in fig.data:
        if "markers" in (tr.mode or ""):
            names = [plain(y, "zh" if lang == "zh" else "en") for y in arr(tr.y)]  # one row per list
            points.update(zip(names, [float(x) for x in arr(tr.x)], strict=True))
    # every row of the query is plotted: one point per list, at its rank
    assert points == Counter(zip(df[name_col], df["rank"].astype(float), strict=True))
    texts = [s for tr in fig.data if tr.text is not None for s in tr.text]
    for r in df.itertuples():
        assert any(rank_text(r.rank, r.approx or "", lang) in s for s in texts)
    lo, hi = fig.layout.xaxis.range  # rank 1 on the left, the axis ticks start at 1
    assert hi > lo and hi >= df["rank"].max() and lo < 1 <= df["rank"].min()
    assert fig.layout.xaxis.tickvals[0] == 1
    assert_common(chart, ids_of(df, "source_id"), sources, lang)


# ---------------------------------------------------------------- industry matrix


@pytest.mark.parametrize("lang", LANGS)
def test_industry_matrix_chart(dbcon, sources, lang):
    df = db.run(dbcon, "industry_membership")
    chart = charts.industry_matrix_chart(df, sources, lang)
    fig = chart.figure
    ind_col = "industry_en" if lang == "en" else "industry_zh"
    label_col = "system_label_en" if lang == "en" and "system_label_en" in df.columns else "system_label"
    by_label = {label: code for code, label in zip(df["system_code"], df[label_col], strict=True)}
    unnamed = t("industry_unnamed_row", lang)
    plotted: dict[str, Counter] = {}
    gaps: dict[str, str] = {}
    for tr in fig.data:
        xs, ys = arr(tr.x), arr(tr.y)
        for x, y in zip(xs, ys, strict=True):
            code = by_label[x.split("<br>", 1)[-1].replace("<br>", " ")]  # the column label: region<br>system label
            if y == unnamed:
                gaps[code] = tr.text[0]
            else:
                plotted.setdefault(code, Counter())[y] += 1
    assert len(plotted) >= 3
    for code, points in plotted.items():
        rows = df[(df["system_code"] == code) & df["industry_key"].notna()]
        assert points == Counter(rows[ind_col]), code  # one dot per named industry of the system
    for code in plotted:
        n_unnamed = int((~df.loc[df["system_code"] == code, "is_named"].astype(bool)).sum())
        assert gaps.get(code) == (f"×{n_unnamed}" if n_unnamed else None), code
    plotted_rows = df[df["system_code"].isin(plotted)]
    assert_common(chart, ids_of(plotted_rows, "source_ids"), sources, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_industry_matrix_on_the_page_is_the_figure_as_a_table(dbcon, sources, lang):
    """The page's table (charts.matrix_html) holds exactly the figure's dots: each in its row and column,
    with its label and its system's colour; rows and columns in the figure's order."""
    import html as html_lib

    df = db.run(dbcon, "industry_membership")
    chart = charts.industry_matrix_chart(df, sources, lang)
    fig = chart.figure
    table = charts.matrix_html(chart)
    head, body = table.split("</thead>")
    columns = [html_lib.unescape(c).replace("<br>", "\n")
               for c in re.findall(r'<th style="--c:[^"]+">(.*?)</th>', head)]
    assert columns == [c.replace("<br>", "\n") for c in fig.layout.xaxis.categoryarray]
    rows = re.findall(r"<tr><th>(.*?)</th>(.*?)</tr>", body)
    assert [html_lib.unescape(r) for r, _ in rows] == list(fig.layout.yaxis.categoryarray)
    cells = {}
    for r, tds in rows:
        for c, td in zip(fig.layout.xaxis.categoryarray, re.findall(r"<td[^>]*>(.*?)</td>", tds), strict=True):
            if td:
                colour = re.search(r"--c:([^\"]+)", td).group(1)
                cells[(html_lib.unescape(r), c)] = (html_lib.unescape(re.sub(r"<[^>]+>", "", td)), colour)
    dots = {}
    for tr in fig.data:
        colour = tr.marker.line.color if tr.marker.color == "white" else tr.marker.color
        for x, y, text in zip(arr(tr.x), arr(tr.y), arr(tr.text), strict=True):
            dots[(y, x)] = (text, colour)
    assert cells == dots and len(dots) >= 20


# ---------------------------------------------------------------- kind bars


def _bar_charts(dbcon, sources, lang, categories=None):
    """(rows, chart) for the kind_bars charts the pages draw: industry, targets, indicators (every
    category, or those given)."""
    en = lang == "en"
    name = "name_en" if en else "name_zh"
    growth = db.run(dbcon, "industry_output_growth")
    yield growth, name, charts.kind_bars(growth, sources, lang, chart_id="industry_output_growth",
                                         title=t("industry_growth_title", lang), unit_label="%",
                                         label_col=name)
    vs = db.run(dbcon, "growth_vs_target")
    yield vs, name, charts.kind_bars(vs, sources, lang, chart_id="growth_vs_target",
                                     title=t("targets_growth_title", lang), unit_label="%", label_col=name)
    cats = db.run(dbcon, "categories")
    cats = cats.loc[~cats["category"].isin(["shares", "rankings"]) & (cats["figures"] > 0), "category"]
    for cat in cats if categories is None else categories:
        figures = db.run(dbcon, "indicator_group", category=cat)
        for unit in figures["unit"].unique():
            rows = figures[figures["unit"] == unit]
            rows = rows.assign(label=[f"{n}（{p}）" if not en else f"{n} ({p})"
                                      for n, p in zip(rows[name], rows["period"], strict=True)])
            yield rows, "label", charts.kind_bars(rows, sources, lang, chart_id=f"{cat}_{unit}",
                                                  title=f"{cat} ({unit})", unit_label=unit, label_col="label")


# Every category in Chinese; in English (slow to build all again) those with every kind.
@pytest.mark.parametrize(("lang", "categories"), [("zh", None), ("en", ["macro", "innovation", "industry"])])
def test_kind_bars(dbcon, sources, lang, categories):
    n_charts = 0
    kinds_seen = set()
    for df, label_col, chart in _bar_charts(dbcon, sources, lang, categories):
        n_charts += 1
        fig = chart.figure
        by_fact = df.set_index("fact_id")
        plotted = Counter()
        markers = {}
        for tr in fig.data:
            fact_ids = [c[0] for c in arr(tr.customdata)]
            kinds = set(by_fact.loc[fact_ids, "kind"])
            assert len(kinds) == 1, "one trace per kind"
            kind = kinds.pop()
            kinds_seen.add(kind)
            assert kind_label(kind, lang) in tr.name
            markers[kind] = tr.marker
            ys = [y.replace("<br>", "" if lang == "zh" else " ") for y in arr(tr.y)]
            for fid, y, x, text in zip(fact_ids, ys, arr(tr.x), tr.text, strict=True):
                r = by_fact.loc[fid]
                assert y == r[label_col]
                assert float(x) == pytest.approx(float(r["value"]))
                unit_en = r.get("unit_en")
                if "unit_en" in df.columns:  # a missing English unit label: no label, the number alone
                    unit_en = unit_en if isinstance(unit_en, str) else ""
                assert text.startswith(charts.fmt_value(r["value"], r["unit"], r["approx"], lang,
                                                        int(r["decimals"]), unit_en)), fid
                plotted[fid] += 1
        # every row once, nothing else (count of points equals the query's rows)
        assert plotted == Counter(df["fact_id"]), chart.chart_id
        # no bar runs off the axis
        assert fig.layout.xaxis.range[1] >= df["value"].max()
        # actuals solid; every other kind hollow or hatched, named and drawn apart from the others
        for kind, marker in markers.items():  # a share (占全省98%) is stated like an actual: solid too
            if kind in ("actual", "share"):
                assert not hollow_or_patterned(marker)
            else:
                assert hollow_or_patterned(marker), kind
        as_json = {k: str(m.to_plotly_json()) for k, m in markers.items() if k != "share"}
        assert len(set(as_json.values())) == len(as_json), chart.chart_id
        id_cols = [c for c in ("source_id", "source_ids") if c in df.columns]
        assert_common(chart, ids_of(df, *id_cols), sources, lang)
    assert n_charts >= 3
    assert {"actual", "estimate", "target", "derived"} <= kinds_seen


# ---------------------------------------------------------------- 千亿时代 paths


def _base_and_rate(dbcon, indicator: str) -> tuple[int, float, float, int]:
    """(base year, base value, rate, horizon) straight from the figures: the newest yearly outcome
    and the 千亿时代 rate."""
    base = db.run_sql(dbcon, "select period_start, value from facts_enriched where indicator_code = ? "
                             "and kind in ('actual', 'estimate') and grain = 'annual' "
                             "order by period_end desc, kind = 'actual' desc limit 1", [indicator])
    rate = db.run_sql(dbcon, "select value, period_end from facts_enriched where indicator_code = ? "
                             "and kind = 'target' and programme = '千亿时代' and unit = '%'", [f"{indicator}_growth"])
    assert len(base) == 1 and len(rate) == 1, indicator
    return (int(base["period_start"].iloc[0]), float(base["value"].iloc[0]), float(rate["value"].iloc[0]),
            int(rate["period_end"].iloc[0]))


@pytest.mark.parametrize("lang", LANGS)
def test_qianyi_paths_chart(dbcon, sources, lang):
    df = db.run(dbcon, "qianyi_paths")
    chart = charts.qianyi_paths_chart(df, sources, lang)
    fig = chart.figure
    name_col = "name_en" if lang == "en" else "name_zh"
    note = " ".join(plain(a.text, lang) for a in fig.layout.annotations)
    planned = kind_label("projection", lang)
    paths = [tr for tr in fig.data if tr.mode == "lines" and tr.line.dash == "dot"]
    actual_traces = [tr for tr in fig.data if "markers" in (tr.mode or "") and tr.marker.color != "white"]
    assert len(paths) == df["indicator_code"].nunique() == 2 and planned
    for code in df["indicator_code"].unique():
        rows = df[(df["indicator_code"] == code) & (df["path"] == "now")].sort_values("year")
        name = rows[name_col].iloc[0]
        base_year, base, rate, horizon = _base_and_rate(dbcon, code)
        path = [tr for tr in paths if tr.name.replace("<br>", " ").startswith(name)]  # legend wraps
        assert len(path) == 1, name
        xs, ys = [int(x) for x in arr(path[0].x)], [float(y) for y in arr(path[0].y)]
        assert xs == rows["year"].astype(int).tolist() and xs[0] == base_year
        assert ys == pytest.approx([base * (1 + rate / 100) ** (y - base_year) for y in xs])
        assert ys == pytest.approx(rows["value"].tolist())
        # the path runs to the programme's horizon or to the year it passes 1000亿元, whichever is later
        crossing = next(x for x, v in zip(xs, ys, strict=True) if v >= 1000)
        assert xs[-1] == max(horizon, crossing)
        # the year the note states is the first year at or above 1000亿元
        pattern = re.escape(t("crosses_1000", lang, name=name, year="YYYY", rate="RRRR"))
        pattern = pattern.replace("YYYY", r"(\d{4})").replace("RRRR", r"[\d.]+")
        found = re.search(pattern, note)
        assert found, (name, note)
        assert int(found.group(1)) == crossing
        # projection drawn unlike the base: dotted line, named as projection; the base a solid marker
        assert path[0].line.dash == "dot"
        assert kind_label("projection", lang) in path[0].name
        assert kind_label("actual", lang) not in path[0].name
        actual = [tr for tr in actual_traces if arr(tr.x) == [base_year] and arr(tr.y) == [pytest.approx(base)]]
        assert len(actual) == 1, name
        assert kind_label(rows["kind"].iloc[0], lang) in actual[0].text[0]
        assert actual[0].name != path[0].name
        assert str(base_year) in note
    assert any(s.y0 == s.y1 == 1000 for s in fig.layout.shapes)  # the 1000亿元 goal line
    assert_common(chart, ids_of(df, "source_ids"), sources, lang)


# ---------------------------------------------------------------- labels


@pytest.mark.parametrize(("args", "expected"), [
    ((8, "%", "以上", "zh"), "8%以上"),
    ((8, "%", "以上", "en"), "≥8%"),
    ((737.6, "亿元", "", "zh"), "737.6亿元"),
    ((737.6, "亿元", "", "en"), "73.76 bn yuan"),  # English units converted (data/units.csv)
    ((83.5, "万人", "", "en", 1), "835k people"),
    ((3, "类", "以上", "zh", 0), "Ⅲ类以上"),  # water-quality classes as written, never 3类
    ((2, "类", "", "zh", 0), "Ⅱ类"),
    ((3, "类", "以上", "en", 0), "class III or better"),
    ((600, "亿元", "", "zh", 0), "600亿元"),
    ((5.23, "%", "", "zh", 2), "5.23%"),
    ((10.5, "%", "", "en"), "10.5%"),
    ((13.0, "%", "", "zh"), "13%"),
    ((12, "%", "左右", "zh"), "12%左右"),
    ((12, "%", "左右", "en"), "~12%"),
    ((20, "%", "近", "zh"), "近20%"),
    ((20, "%", "近", "en"), "~20%"),
    ((100, "名", "以上", "zh", 0), "100名以上"),
    ((50, "位", "以内", "en", 0), "≤50"),
    ((15000, "人", "", "zh", 0), "15,000人"),
    ((3, "个", "余", "en", 0), ">3"),
    ((261, "人", "", "en", 0, "people"), "261 people"),
    ((26, "个", "", "en", 0, ""), "26"),
    ((26, "个", "", "zh", 0, ""), "26个"),
])
def test_fmt_value(args, expected):
    assert charts.fmt_value(*args) == expected


@pytest.mark.parametrize("lang", LANGS)
def test_water_quality_classes_are_ordered_categories_not_lengths(dbcon, sources, lang):
    figures = db.run(dbcon, "indicator_group", category="environment")
    classes = figures[figures["unit"] == "类"]
    assert len(classes) >= 2  # the documents state several classes (and a class goal)
    chart = charts.indicator_bars(figures, sources, lang, chart_id="indicators_environment_class",
                                  title_key="indicators_title", unit_name_en=classes["unit_name_en"].iloc[0])
    fig = chart.figure
    assert not [tr for tr in fig.data if tr.type == "bar"]  # never a bar length
    roman = ["Ⅰ类", "Ⅱ类", "Ⅲ类", "Ⅳ类", "Ⅴ类"] if lang == "zh" else ["class I", "class II", "class III",
                                                                       "class IV", "class V"]
    assert list(fig.layout.xaxis.ticktext) == roman and list(fig.layout.xaxis.tickvals) == [1, 2, 3, 4, 5]
    texts = [s for tr in fig.data for s in (tr.text or [])]
    for r in classes.itertuples():
        assert charts.class_label(r.value, lang) in " ".join(texts)
    assert not any(re.search(r"\d类", s) for s in texts)  # Ⅱ类, never 2类
    points = sorted(float(x) for tr in fig.data for x in tr.x)
    assert points == sorted(classes["value"].astype(float))


def test_screen_and_slide_figures_move_title_and_footer_out_and_slides_use_24px(dbcon):
    query = lambda n, **p: db.run(dbcon, n, **p)  # noqa: E731
    for chart in catalog.slide_charts(query, "zh"):
        screen = charts.for_screen(chart)
        assert not screen.layout.title.text and screen.layout.meta["title"] == chart.title
        assert not [a for a in screen.layout.annotations if a.name == charts.FOOTER]
        # exports keep everything inside the picture
        assert chart.figure.layout.title.text == chart.title
        assert [a for a in chart.figure.layout.annotations if a.name == charts.FOOTER]
        slide = charts.for_projector(chart)
        sizes = [slide.layout.font.size, slide.layout.xaxis.tickfont.size, slide.layout.yaxis.tickfont.size]
        sizes += [tr.textfont.size for tr in slide.data if tr.type in ("bar", "scatter") and tr.text is not None]
        sizes += [a.font.size for a in slide.layout.annotations]
        assert min(s for s in sizes if s) >= 24, (chart.chart_id, sizes)


def test_industry_outline_lists_every_system_and_member(dbcon):
    query = lambda n, **p: db.run(dbcon, n, **p)  # noqa: E731
    df = query("industry_membership")
    outline = catalog.industry_outline(query, "zh")
    assert [o["subtitle"] for o in outline] == list(dict.fromkeys(
        df.drop_duplicates("system_code")["system_name_zh"]))
    for o, code in zip(outline, dict.fromkeys(df["system_code"]), strict=True):
        rows = df[df["system_code"] == code]
        listed = [i["label"] for c in o["columns"] for i in c["items"] if not i.get("unnamed")]
        assert sorted(listed) == sorted(rows.loc[rows["is_named"], "member_zh"])


@pytest.mark.parametrize("lang", LANGS)
def test_qianyi_paths_against_reality(dbcon, sources, lang):
    """The stated figures stand as dots over the planned path and the goal, with one sentence per goal."""
    df = db.run(dbcon, "qianyi_paths")
    gdp = df[df["indicator_code"] == "gdp"]
    stated = gdp[gdp["path"] == "outcome"]
    held = db.run_sql(dbcon, "select distinct period_start as year, value from facts_enriched "
                             "where indicator_code = 'gdp' and region_code = 'liling' and grain = 'annual' "
                             "and kind in ('actual', 'estimate') and period_start >= ?",
                      [int(gdp["year"].min())])
    assert sorted(zip(stated["year"], stated["value"], strict=True)) == sorted(
        zip(held["year"], held["value"], strict=True))
    goal = gdp[gdp["path"] == "target"].iloc[0]
    plan = gdp[gdp["path"] == "plan"].sort_values("year")
    assert int(plan["year"].iloc[-1]) == int(goal["year"])  # the planned path runs to the goal's year
    base = plan.iloc[0]
    assert plan["value"].iloc[-1] == pytest.approx(base["value"] * (1 + base["rate"] / 100) ** (len(plan) - 1))
    chart = charts.qianyi_paths_chart(df, sources, lang)
    dots = [tr for tr in chart.figure.data if tr.mode == "markers+text" and "text" in tr
            and any(str(v) for v in arr(tr.x)) and tr.name and t("qianyi_stated", lang, name="")[3:] in tr.name]
    assert dots and all(tr.mode == "markers+text" for tr in dots)  # dots, never a line across missing years
    verdict = charts.qianyi_verdicts(df, lang)[0]
    at_goal = stated[stated["year"] == goal["year"]].iloc[0]
    assert charts.fmt_value(at_goal["value"], "亿元", "", lang, 1) in verdict
    assert str(int(goal["year"])) in verdict and kind_label(at_goal["kind"], lang) in verdict
    note = " ".join(plain(a.text, lang) for a in chart.figure.layout.annotations)
    assert verdict.replace("<br>", " ") in note.replace("<br>", " ")


@pytest.mark.parametrize("lang", LANGS)
def test_a_rank_stated_as_a_bound_is_a_band_joined_to_nothing(dbcon, sources, lang):
    """跻身百强 (within the top 100) is drawn from 1 to 100, never as the 100th place on a line."""
    single = db.run(dbcon, "ranking_single")
    bounds = single[single["approx"] == "以内"]
    assert len(bounds)  # the CCID central-China list states only 获评中部百强县
    fig = charts.ranking_points_chart(single, sources, lang, chart_id="s", title_key="rankings_title_single").figure
    bands = [tr for tr in fig.data if tr.mode == "lines"]
    assert sorted(max(arr(tr.x)) for tr in bands) == sorted(bounds["rank"].tolist())
    assert all(min(arr(tr.x)) == 1 for tr in bands)
    history = db.run(dbcon, "ranking_history")
    home = history[history["is_home"] & (history["kind"] == "rank")]
    code = home["list_code"].iloc[0]
    bound = home[home["list_code"] == code].iloc[[0]].assign(rank=100.0, approx="以内", stated_change=None,
                                                             year=int(home["year"].max()) + 1)
    fig = charts.ranking_history_chart(pd.concat([history, bound]), sources, lang, chart_id="h",
                                       title_key="rankings_title_history").figure
    lines = [tr for tr in fig.data if "lines" in (tr.mode or "") and tr.line.width and tr.line.width >= 4]
    assert all(100.0 not in [float(y) for y in arr(tr.y) if y is not None and y == y] or
               [float(y) for y in arr(tr.y) if y == y] == [1.0, 100.0] for tr in lines)
    band = [tr for tr in lines if [float(y) for y in arr(tr.y)] == [1.0, 100.0]]
    assert len(band) == 1 and arr(band[0].x) == [bound["year"].iloc[0]] * 2


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_category_chart_of_several_regions_names_each_bars_region(dbcon, sources, lang):
    """经济总量与增速 (亿元) holds 醴陵's GDP and 株洲's: a bar reading 地区生产总值 2021 3,420.3亿元 must say it is
    株洲市's, or a leader reads the prefecture's GDP as the county's."""
    name = "region_short_en" if lang == "en" else "region_short_zh"
    mixed = 0
    for cat in catalog.indicator_categories(lambda q, **p: db.run(dbcon, q, **p), lang):
        figures = db.run(dbcon, "indicator_group", category=cat)
        for unit_name in figures["unit_name_en"].unique():
            rows = figures[figures["unit_name_en"] == unit_name]
            if rows["region_code"].nunique() < 2 or set(rows["unit"]) == {"类"}:
                continue
            mixed += 1
            chart = charts.indicator_bars(figures, sources, lang, chart_id=f"indicators_{cat}",
                                          title_key="indicators_title", unit_name_en=unit_name)
            labels = [re.sub(r"\s*<br>\s*", " ", str(y)) for trace in chart.figure.data
                      for y in (trace.y if trace.y is not None else ())]  # (a long label wraps)
            for region in rows[name].unique():
                assert any(str(region) in y for y in labels), (cat, unit_name, region)
    assert mixed >= 1  # the bundled data hold such a chart (GDP of both regions)
