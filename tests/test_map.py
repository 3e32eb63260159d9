"""The county map: filled shapes on hidden axes (no tiles, no geo base map), the prefecture outlined, the
home region marked, classes in the legend, a small figure; exports with Chinese text."""

from __future__ import annotations

import json
import subprocess

import pytest

from dashboard import catalog, charts, db, divisions, peers
from dashboard.charts.map import CLASS_FILLS, HOME_COLOR


def _query(con):
    return lambda name, **params: db.run(con, name, **params)


@pytest.fixture(scope="module")
def chart(built_db):
    import duckdb

    con = duckdb.connect(str(built_db), read_only=True)
    try:
        q = _query(con)
        [c] = catalog.build(catalog.PEERS_MAP, q, "zh", **peers.opening(q))
        cands = db.run(con, "peers_candidates")
        yield c, cands
    finally:
        con.close()


def test_no_geo_trace_and_hidden_axes_with_a_fixed_aspect(chart):
    c, _ = chart
    assert {tr.type for tr in c.figure.data} == {"scatter"}  # no scattergeo/choropleth: no CDN base map
    layout = c.figure.layout
    assert layout.xaxis.visible is False and layout.yaxis.visible is False
    assert layout.yaxis.scaleanchor == "x" and 1.05 < layout.yaxis.scaleratio < 1.3  # 1/cos(latitude)
    assert "geo" not in c.figure.to_plotly_json()["layout"] and "map" not in c.figure.to_plotly_json()["layout"]


def test_the_prefecture_is_outlined_and_the_home_region_marked(chart):
    c, cands = chart
    home = cands[cands["is_home"]].iloc[0]
    outline = next(tr for tr in c.figure.data if tr.name == f"{c.data['prefecture_zh'].iloc[0]}边界")
    # The outline lies on the borders of the prefecture's counties as drawn (one coverage, no gaps).
    counties = [tr for tr in c.figure.data if tr.fill == "toself"]
    vertices = {(x, y) for tr in counties for x, y in zip(tr.x, tr.y, strict=True) if x is not None}
    outline_points = [(x, y) for x, y in zip(outline.x, outline.y, strict=True) if x is not None]
    assert len(outline_points) > 50 and sum(p in vertices for p in outline_points) / len(outline_points) > 0.95
    lon = [x for x, _ in outline_points]
    rings = json.loads(divisions.map_path(home["province_code"], "prefecture").read_text(encoding="utf-8"))
    feature = next(f for f in rings["features"] if f["properties"]["adcode"] == home["parent_division_code"])
    file_lon = [p[0] for poly in feature["geometry"]["coordinates"] for p in poly[0]] \
        if feature["geometry"]["type"] == "MultiPolygon" else [p[0] for p in feature["geometry"]["coordinates"][0]]
    assert abs(min(lon) - min(file_lon)) < 0.05 and abs(max(lon) - max(file_lon)) < 0.05
    marked = next(tr for tr in c.figure.data if tr.name == f"本地：{home['short_zh']}")
    assert marked.line.color == HOME_COLOR
    labels = next(tr for tr in c.figure.data if tr.mode == "text+markers")
    assert home["short_zh"] in labels.text


def test_one_trace_per_class_and_a_small_figure(chart):
    c, _ = chart
    fills = [tr for tr in c.figure.data if tr.fill == "toself"]
    assert len(fills) <= len(CLASS_FILLS) + 3  # other counties, classes, lacking, the home region apart
    assert len(c.figure.to_json()) < 150_000


def _frame(rank: bool):
    import pandas as pd

    shapes = json.loads(divisions.map_path("430000", "county").read_text(encoding="utf-8"))["features"]
    codes = [f["properties"]["adcode"] for f in shapes][:12]
    values = [3, 15, 40, 150, None] if rank else [900.5, 700, 650, 12, None]
    rows = []
    for i, code in enumerate(codes):
        chosen = i < len(values)
        v = values[i] if chosen else None
        rows.append({"division_code": code, "region_code": code, "name_zh": code, "name_en": code,
                     "short_zh": f"甲{i}", "short_en": f"A{i}", "parent_division_code": "430100",
                     "province_code": "430000", "prefecture_division_code": "430100", "prefecture_zh": "长沙市",
                     "prefecture_en": "Changsha", "is_home": i == 0, "is_peer": 0 < i < len(values),
                     "value": v, "unit": "位" if rank else "亿元", "period": "2016" if v is not None else None,
                     "kind": "rank", "approx": "", "metric_zh": "某榜" if v is not None else None,
                     "metric_en": "A list" if v is not None else None, "is_rank": rank,
                     "source_id": "s" if v is not None else None, "fact_id": None, "quote": "q"})
    return pd.DataFrame(rows)


@pytest.mark.parametrize("rank", [True, False])
def test_classes_are_named_in_the_legend_and_a_lacking_peer_is_hatched_not_filled(rank):
    import pandas as pd

    sources = pd.DataFrame({"source_id": ["s"], "label_zh": ["某来源"], "label_en": ["A source"],
                            "date_from": ["2016-06-23"]})
    c = charts.county_map(_frame(rank), sources, "zh", chart_id="m", title_key="peers_title_map")
    classes = [tr for tr in c.figure.data if tr.fill == "toself" and tr.fillcolor in CLASS_FILLS]
    assert len(classes) == 4 and all(tr.name and tr.showlegend is not False for tr in classes)
    if rank:
        assert [tr.name for tr in classes] == ["第1–10位", "第11–30位", "第31–100位", "第100位以后"]
    hatched = [tr for tr in c.figure.data if tr.fillpattern and tr.fillpattern.shape == "/"]
    assert len(hatched) == 1 and "资料中无此数字" in hatched[0].name
    assert "甲4" in c.figure.layout.meta["note"] and "某来源" in c.figure.layout.meta["sources"]


@pytest.mark.slow  # kaleido and Chromium
def test_the_map_exports_with_chinese_text(chart, tmp_path):
    from dashboard import export

    c, cands = chart
    png = export.to_image(c, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 50_000
    svg = export.to_image(c, "svg").decode("utf-8")
    assert c.title in svg and "<path" in svg
    pdf = tmp_path / "map.pdf"
    pdf.write_bytes(export.to_image(c, "pdf"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    home = cands[cands["is_home"]].iloc[0]
    assert c.title.replace(" ", "") in text.replace(" ", "") and home["short_zh"] in text


def test_the_map_and_the_ranks_go_into_the_deck(built_db):
    import io

    import duckdb
    from pptx import Presentation

    from dashboard import export

    con = duckdb.connect(str(built_db), read_only=True)
    try:
        q = _query(con)
        assert {"peers_map", "peers_ranks"} <= set(catalog.deck_defaults(catalog.all_charts(q, "zh")))
        built = [c for s in (catalog.PEERS_MAP, catalog.PEERS_RANKS) for c in catalog.build(s, q, "zh")]
        deck = Presentation(io.BytesIO(export.build_deck(built, q("sources_list"), "zh")))
        notes = " ".join(s.notes_slide.notes_text_frame.text for s in deck.slides)
        assert len(deck.slides) >= 2 and "nan" not in notes and db.run(con, "peers_candidates")["name_zh"][0] in notes
    finally:
        con.close()
