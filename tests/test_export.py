"""Chart export: sizes, Chinese text in PDF/SVG, data files, the deck, thread safety, missing parts."""

from __future__ import annotations

import copy
import io
import json
import os
import re
import struct
import subprocess
import threading
import zipfile
import zlib
from concurrent.futures import ThreadPoolExecutor

import pandas as pd
import plotly.graph_objects as go
import pytest
from openpyxl import load_workbook
from pptx import Presentation

from dashboard import catalog, charts, db, export, renderer

pytestmark = pytest.mark.slow  # kaleido renders in Chromium


@pytest.fixture(scope="module")
def chart_set():
    con = db.connect()

    def query(name, **params):
        return db.run(con, name, **params)

    out = {c.chart_id: c for c in catalog.all_charts(query, "zh")}
    sources = query("sources_list")
    con.close()
    return out, sources


def _png_size_and_pixels(png: bytes) -> tuple[int, int, bytes]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    idat, pos = b"", 8
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        if kind == b"IDAT":
            idat += png[pos + 8:pos + 8 + length]
        pos += 12 + length
    return width, height, zlib.decompress(idat)


@pytest.mark.parametrize(("scale", "size"), [(1, (1600, 900)), (2, (3200, 1800))])
def test_png_has_the_requested_size_and_is_not_blank(chart_set, scale, size):
    charts_by_id, _ = chart_set
    width, height, pixels = _png_size_and_pixels(export.to_image(charts_by_id["shares_of_zhuzhou"], "png", scale))
    assert (width, height) == size
    assert len(set(pixels[::97])) > 20  # many different byte values: something is drawn


def test_pdf_text_has_the_chinese_title_and_source_line(chart_set, tmp_path):
    charts_by_id, sources = chart_set
    chart = charts_by_id["ranking_history"]
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(export.to_image(chart, "pdf"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    squeezed = "".join(text.split())
    assert "".join(chart.title.split()) in squeezed
    assert "来源：两会特别报道·醴陵篇" in squeezed


def test_svg_keeps_the_title_and_names_a_cjk_font_stack(chart_set):
    charts_by_id, _ = chart_set
    chart = charts_by_id["shares_of_zhuzhou"]
    svg = export.to_image(chart, "svg").decode("utf-8")
    assert chart.title in svg
    assert "WenQuanYi Micro Hei" in svg and "Noto Sans CJK SC" in svg


def test_chart_data_xlsx_has_the_plotted_rows(chart_set):
    charts_by_id, _ = chart_set
    chart = charts_by_id["growth_vs_target"]
    ws = load_workbook(io.BytesIO(export.chart_data_xlsx(chart))).active
    rows = list(ws.values)
    assert len(rows) - 1 == len(chart.data) > 0
    header = rows[0]
    values = sorted(r[header.index("value")] for r in rows[1:])
    assert values == sorted(chart.data["value"].tolist())


@pytest.mark.parametrize(("chart_id", "name"), [
    ("shares_of_zhuzhou", "醴陵-占株洲的比重-{period}.png"),
    ("ranking_history", "醴陵-排名历程-各榜单历届名次-{period}.png"),
    ("indicators_macro_pct", "醴陵-经济总量与增速-%-{period}.png"),
])
def test_file_names_say_what_the_chart_is(chart_set, chart_id, name):
    charts_by_id, _ = chart_set
    chart = charts_by_id[chart_id]
    assert chart.period and chart.period[0].isdigit()
    assert export.chart_filename(chart, "png") == name.format(period=chart.period)


def test_file_names_are_safe_on_windows():
    fig = go.Figure()
    chart = charts.Chart("x", 'a/b:c*d?"e"<f>|g', "", fig, pd.DataFrame(), [], "2020")
    name = export.chart_filename(chart, "png")
    assert not set(name) & set('/\\:*?"<>|')


def test_export_all_writes_every_chart_and_a_manifest(chart_set, tmp_path):
    import json

    charts_by_id, sources = chart_set
    picked = [charts_by_id[c] for c in ("shares_of_zhuzhou", "qianyi_paths")]
    manifest = json.loads(export.export_charts(picked, tmp_path, ["png", "svg"], sources, "zh")
                          .read_text(encoding="utf-8"))
    assert [m["chart_id"] for m in manifest] == ["shares_of_zhuzhou", "qianyi_paths"]
    for m in manifest:
        assert len(m["files"]) == 3 and all((tmp_path / f).exists() for f in m["files"])
        assert m["source_line"].startswith("来源：")


def test_deck_has_the_chosen_slides_in_order_with_titles_and_notes(chart_set):
    charts_by_id, sources = chart_set
    order = ["qianyi_paths", "shares_of_zhuzhou", "ranking_history"]
    deck = Presentation(io.BytesIO(export.build_deck([charts_by_id[c] for c in order], sources, "zh")))
    slides = list(deck.slides)
    assert len(slides) == len(order) + 2
    assert round(deck.slide_width / deck.slide_height, 2) == round(16 / 9, 2)
    for slide, chart_id in zip(slides[1:-1], order, strict=True):
        texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        assert texts[0] == charts_by_id[chart_id].title
        assert any(s.shape_type == 13 for s in slide.shapes)  # the picture
        notes = slide.notes_slide.notes_text_frame.text
        assert charts_by_id[chart_id].title in notes
    shares_notes = slides[2].notes_slide.notes_text_frame.text
    assert "1/3" in shares_notes and "原文：醴陵的规模工业、人口、GDP、税收分别占株洲的1/3" in shares_notes
    run = slides[1].shapes[0].text_frame.paragraphs[0].runs[0]
    assert run._r.rPr.find("{http://schemas.openxmlformats.org/drawingml/2006/main}ea").get(
        "typeface") == "Microsoft YaHei"


def test_export_from_eight_threads_gives_each_caller_its_own_chart(chart_set):
    charts_by_id, _ = chart_set
    picked = list(charts_by_id.values())[:8]
    with ThreadPoolExecutor(max_workers=8) as pool:
        svgs = list(pool.map(lambda c: export.to_image(c, "svg").decode("utf-8"), picked))
    for chart, svg in zip(picked, svgs, strict=True):
        assert chart.title in svg
        others = [c.title for c in picked if c.title != chart.title and c.title not in chart.title]
        assert not any(f">{title}<" in svg for title in others)


def test_missing_browser_gives_a_clear_message(monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    missing = export.missing_requirements()
    assert any("apt-get install chromium" in m for m in missing)
    with pytest.raises(export.ExportUnavailable, match="apt-get install chromium"):
        renderer.Renderer().start()  # a renderer not started yet


def test_an_image_is_rendered_once_per_figure_format_and_scale(chart_set):
    charts_by_id, _ = chart_set
    chart = charts_by_id["shares_of_zhuzhou"]
    first = export.to_image(chart, "png")
    renders = export.RENDERER.render_count
    assert export.to_image(chart, "png") == first and export.RENDERER.render_count == renders  # from memory
    assert export.to_image(chart, "png", 1.25) != first and export.RENDERER.render_count == renders + 1
    assert export.expected_seconds(10) > export.expected_seconds(1) > 0


def test_deck_notes_are_sentences_with_rounded_values_and_pictures_say_what_they_show(chart_set):
    charts_by_id, sources = chart_set
    order = ["qianyi_paths", "industry_matrix"]
    deck = Presentation(io.BytesIO(export.build_deck([charts_by_id[c] for c in order], sources, "zh")))
    paths, matrix = list(deck.slides)[1:3]
    notes = paths.notes_slide.notes_text_frame.text
    projected = charts_by_id["qianyi_paths"].data
    for value in projected["value"].head(12):  # the notes name the first 12 figures, then say how many more
        shown = charts.fmt_number(value, 1)
        assert f"{shown}亿元" in notes  # rounded to the indicator's decimal, never 796.608
        assert not re.search(r"\d+\.\d{3}", notes)
    lines = matrix.notes_slide.notes_text_frame.text.splitlines()[1:]
    systems = charts_by_id["industry_matrix"].data["system_code"].nunique()
    assert len(lines) == systems and all(len(line) > 10 for line in lines)  # a sentence per system
    for slide, chart_id in zip((paths, matrix), order, strict=True):
        chart = charts_by_id[chart_id]
        (picture,) = [s for s in slide.shapes if s.shape_type == 13]
        descr = picture._element.nvPicPr.cNvPr.get("descr")
        assert descr.startswith(chart.title) and charts.source_line(chart.source_ids, sources, "zh") in descr


def test_english_notes_say_each_period_once():
    con = db.connect()
    try:
        chart = next(c for c in catalog.all_charts(lambda n, **p: db.run(con, n, **p), "en")
                     if c.chart_id.startswith("indicators_"))
    finally:
        con.close()
    lines = export.key_figures(chart, "en")
    assert lines
    for line in lines:
        said = line.split(" Quote: ")[0]
        period = re.search(r"\((\d{4}(?:-\d{4})?),", said)
        assert period and said.count(period.group(1)) == 1, line
        assert "**" not in line


_FRESH = iter(range(10**6))


def _fresh(chart: charts.Chart) -> charts.Chart:
    """The same chart, its figure marked (layout.meta, which draws nothing) so that its pictures are
    not in the rendered-image memory yet."""
    fig = copy.deepcopy(chart.figure)
    fig.update_layout(meta={"test_copy": next(_FRESH), "pid": os.getpid()})
    return charts.Chart(chart.chart_id, chart.title, chart.unit, fig, chart.data, chart.source_ids, chart.period)


def test_pictures_rendered_side_by_side_equal_pictures_rendered_one_at_a_time(chart_set):
    charts_by_id, _ = chart_set
    picked = [_fresh(c) for c in list(charts_by_id.values())[:6]]
    side_by_side = export.images(picked, "png")
    for chart, png in zip(picked, side_by_side, strict=True):
        alone = export.render_figure(export.export_figure(chart), "png")  # not cached: rendered again
        assert png == alone
        assert _png_size_and_pixels(png)[:2] == (1600, 900)
    assert len(set(side_by_side)) == len(picked)  # each chart its own picture
    slides = export.images(picked[:2], "png", export.DECK_SCALE, "slide")
    for chart, png in zip(picked[:2], slides, strict=True):
        assert png == export.render_figure(export.slide_figure(chart), "png", export.DECK_SCALE)


def test_a_tab_that_printed_a_pdf_renders_the_next_png_as_before(chart_set):
    charts_by_id, _ = chart_set
    chart = charts_by_id["growth_vs_target"]
    before = export.render_figure(export.export_figure(chart), "png")
    for other in list(charts_by_id.values())[:export.TABS * 2]:  # every tab prints once
        assert export.render_figure(export.export_figure(other), "pdf")[:5] == b"%PDF-"
    assert export.render_figure(export.export_figure(chart), "png") == before


def test_two_viewers_exporting_at_once_each_get_their_own_charts(chart_set):
    charts_by_id, _ = chart_set
    everything = list(charts_by_id.values())
    groups = [[_fresh(c) for c in everything[:5]], [_fresh(c) for c in everything[5:10]]]
    results: dict[int, list[str]] = {}

    def export_group(i: int) -> None:
        results[i] = [svg.decode("utf-8") for svg in export.images(groups[i], "svg")]

    threads = [threading.Thread(target=export_group, args=(i,)) for i in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    for i, group in enumerate(groups):
        titles = {c.title for c in everything[:10]}
        for chart, svg in zip(group, results[i], strict=True):
            assert chart.title in svg
            assert not any(f">{other}<" in svg for other in titles - {chart.title} if other not in chart.title)


def test_zip_of_every_registry_chart_has_each_picture_its_data_and_the_manifest(chart_set, tmp_path):
    charts_by_id, sources = chart_set
    every = list(charts_by_id.values())
    assert len(every) >= 40  # the whole registry, every indicator category
    export.export_charts(every, tmp_path, ["png"], sources, "zh")
    with zipfile.ZipFile(io.BytesIO(export.zip_dir(tmp_path))) as z:
        names = z.namelist()
        manifest = json.loads(z.read("manifest.json"))
        assert [m["chart_id"] for m in manifest] == [c.chart_id for c in every]
        pngs = [n for n in names if n.endswith(".png")]
        assert len(pngs) == len(every) and len(set(names)) == len(names) == 2 * len(every) + 1
        for m in manifest:
            png = next(f for f in m["files"] if f.endswith(".png"))
            assert z.getinfo(png).compress_type == zipfile.ZIP_STORED  # PNG is compressed already
            assert _png_size_and_pixels(z.read(png))[:2] == (1600, 900)
        assert len({z.read(n) for n in pngs}) == len(every)


def test_the_estimate_counts_only_pictures_not_in_memory(chart_set):
    charts_by_id, _ = chart_set
    cached = [charts_by_id["shares_of_zhuzhou"], charts_by_id["ranking_history"]]
    export.images(cached, "png")
    assert export.pending(cached, ["png"]) == 0
    assert export.expected_seconds(0) == 0
    assert export.zip_seconds(cached, ["png"]) < 0.5  # packing only: no picture to render
    new = [_fresh(c) for c in cached]
    assert export.pending(new, ["png"]) == 2 and export.pending(new, ["png", "svg"]) == 4
    assert export.zip_seconds(new, ["png"]) > export.zip_seconds(cached, ["png"])
    assert export.expected_seconds(45) > export.expected_seconds(5) > export.expected_seconds(1) > 0
    export.images(new, "png")
    assert export.pending(new, ["png"]) == 0


def test_the_deck_renders_its_pictures_once(chart_set):
    charts_by_id, sources = chart_set
    picked = [_fresh(charts_by_id[c]) for c in ("qianyi_paths", "shares_of_zhuzhou")]
    assert export.pending(picked, ["png"], export.DECK_SCALE, "slide") == 2
    first = export.build_deck(picked, sources, "zh")
    renders = export.RENDERER.render_count
    assert export.deck_seconds(picked) < 0.5
    again = export.build_deck(picked, sources, "zh")
    assert export.RENDERER.render_count == renders  # every picture from memory

    def pictures(deck: bytes) -> list[bytes]:
        return [s.image.blob for slide in Presentation(io.BytesIO(deck)).slides for s in slide.shapes
                if s.shape_type == 13]

    assert pictures(first) == pictures(again) and len(set(pictures(first))) == 2


def test_the_renderer_runs_at_low_priority(chart_set):
    import psutil

    export.to_image(chart_set[0]["shares_of_zhuzhou"], "png")
    browsers = [p for p in psutil.Process().children(recursive=True) if "chrom" in p.name()]
    assert browsers
    for proc in browsers:
        assert all(os.getpriority(os.PRIO_PROCESS, th.id) >= export.NICE for th in proc.threads())


def test_warm_up_is_off_outside_a_server_and_renders_what_a_click_needs_when_asked(chart_set, monkeypatch):
    charts_by_id, _ = chart_set
    picked = [_fresh(charts_by_id[c]) for c in ("qianyi_paths", "ranking_single")]
    monkeypatch.delenv("DASHBOARD_EXPORT_WARMUP", raising=False)
    assert export.warm_up(picked, picked) is False  # tests and the bench run no server
    assert export.pending(picked, ["png"]) == 2
    monkeypatch.setenv("DASHBOARD_EXPORT_WARMUP", "1")
    assert export.warm_up(picked, picked) is True
    thread = next(t for t in threading.enumerate() if t.name == "kaleido-warm-up")
    thread.join(timeout=120)
    assert export.pending(picked, ["png"]) == 0
    assert export.pending(picked, ["png"], export.DECK_SCALE, "slide") == 0
    assert export.warm_up(picked, picked) is False  # nothing left to do
    assert os.environ["DASHBOARD_EXPORT_WARMUP"] == "1"


def test_a_browser_that_died_is_started_anew_and_the_export_still_succeeds(chart_set):
    charts_by_id, _ = chart_set
    chart = _fresh(charts_by_id["growth_vs_target"])
    export.to_image(charts_by_id["growth_vs_target"], "png")
    dead = export.RENDERER.browser
    dead.kaleido.subprocess.kill()  # the browser's process (a kaleido internal: test only)
    dead.kaleido.subprocess.wait()
    assert not dead.running()
    png = export.to_image(chart, "png")
    assert export.RENDERER.browser is not dead and _png_size_and_pixels(png)[:2] == (1600, 900)


def test_the_figure_dicts_rendered_are_exactly_the_export_and_slide_figures(chart_set):
    import plotly.io as pio

    def parsed(fig) -> dict:
        return json.loads(pio.to_json(fig))

    charts_by_id, _ = chart_set
    for chart in charts_by_id.values():
        before = chart.figure.to_json()
        assert parsed(renderer.export_dict(chart)) == parsed(export.export_figure(chart))
        assert parsed(renderer.slide_dict(chart)) == parsed(export.slide_figure(chart))
        assert chart.figure.to_json() == before  # the shared chart is left as it was


def test_two_viewers_asking_for_the_same_new_pictures_share_one_render(chart_set):
    charts_by_id, _ = chart_set
    picked = [_fresh(c) for c in list(charts_by_id.values())[10:16]]
    before = export.RENDERER.render_count
    results: list[list[bytes]] = []
    threads = [threading.Thread(target=lambda: results.append(export.images(picked, "png"))) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(results) == 2 and results[0] == results[1]
    assert export.RENDERER.render_count - before == len(picked)  # each picture rendered once
    assert not export.RENDERER.rendering_now()
