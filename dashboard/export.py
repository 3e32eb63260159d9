"""Chart export: file names, a folder (or ZIP) of every chart's images and data, the Export page's warm-up."""

# The parts live in their own modules and are re-exported here for the pages and the CLI:
# renderer (the kaleido/Chromium renderer, its image cache and estimates), data_export (CSV/XLSX),
# deck (the PPTX deck).

from __future__ import annotations

import io
import json
import os
import re
import time
import zipfile
from pathlib import Path

import pandas as pd

from dashboard import charts as _charts
from dashboard import internals, site
from dashboard.data_export import (  # noqa: F401 - re-exported for pages and the CLI
    FORMULA_START,
    chart_data_csv,
    chart_data_frame,
    chart_data_xlsx,
    csv_number,
    facts_csv,
    facts_frame,
    facts_xlsx,
    neutralise,
)
from dashboard.deck import DECK_FONT, DECK_SCALE, build_deck, deck_seconds, key_figures  # noqa: F401
from dashboard.renderer import (  # noqa: F401 - re-exported for pages, the CLI and the brief
    IMAGE_FORMATS,
    NICE,
    RENDERER,
    TABS,
    ExportUnavailable,
    chromium_path,
    export_figure,
    missing_requirements,
    slide_figure,
)


def images(chart_list: list[_charts.Chart], fmt: str = "png", scale: float = 1,
           variant: str = "chart") -> list[bytes]:
    """Images of several charts, side by side, each rendered once (see Renderer.images)."""
    return RENDERER.images(chart_list, fmt, scale, variant)


def to_image(chart: _charts.Chart, fmt: str = "png", scale: float = 1) -> bytes:
    """PNG, SVG or PDF bytes of a chart, rendered server-side; the same chart asked again comes
    from memory."""
    return RENDERER.images([chart], fmt, scale)[0]


def render_figure(fig, fmt: str, scale: float = 1) -> bytes:
    """One figure's image (a plotly figure or its dict, any size), not cached."""
    return RENDERER.render([fig], fmt, scale)[0]


def pending(chart_list: list[_charts.Chart], formats: list[str], scale: float = 1,
            variant: str = "chart") -> int:
    """How many of these images are not in memory yet (what a click would have to render)."""
    return RENDERER.pending(chart_list, formats, scale, variant)


def expected_seconds(images: int, fmt: str = "png", scale: float = 1) -> float:
    """What rendering `images` new pictures should take here, the browser's start included."""
    return RENDERER.expected_seconds(images, fmt, scale)


def start_renderer() -> None:
    """Start the renderer's browser now (it takes seconds); ExportUnavailable when a part is missing."""
    RENDERER.start()


def stop_renderer() -> None:
    """Close the renderer's browser (the next render starts a new one)."""
    RENDERER.stop()


def _in_server() -> bool:
    """True in a real Streamlit server (AppTest's runtime is a mock): warm-ups run only there,
    unless DASHBOARD_EXPORT_WARMUP says 1 (always) or 0 (never)."""
    forced = os.environ.get("DASHBOARD_EXPORT_WARMUP")
    if forced in ("0", "1"):
        return forced == "1"
    return internals.streamlit_runtime_running()


def warm_up(chart_list: list[_charts.Chart] = (), deck: list[_charts.Chart] = ()) -> bool:
    """In a background thread: start the renderer, then render, one at a time, the PNGs of
    `chart_list` and the slide pictures of `deck` that are not in memory yet, so that a ZIP or deck
    comes from memory. The Export page calls this on every run: it is cheap when nothing is left
    to do, starts one thread at a time, and does nothing outside a real server (tests, bench).
    Returns whether a thread was started."""
    if not _in_server():
        return False
    return RENDERER.warm_up([(c, 1, "chart") for c in chart_list] + [(c, DECK_SCALE, "slide") for c in deck])


def zip_seconds(chart_list: list[_charts.Chart], formats: list[str]) -> float:
    """Expected wait for the ZIP of these charts: the pictures not in memory (each format is one
    batch), plus data files and packing."""
    todo = {fmt: RENDERER.pending(chart_list, [fmt]) for fmt in formats}
    rendering = sum(RENDERER.estimate(n, fmt) for fmt, n in todo.items())
    return ((RENDERER.start_estimate() if rendering else 0.0) + rendering
            + len(chart_list) * RENDERER.other_seconds("zip"))


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def chart_filename(chart: _charts.Chart, ext: str, region: str | None = None, scale: float = 1) -> str:
    """'<region>-<title>-<period>.png' (region: the home region's short name by default); safe on
    Windows too."""
    region = site.short_name(site.home(), "zh") if region is None else region
    title = re.sub(r"\s*[（(][^（）()]*\d[^（）()]*[）)]$", "", chart.title).strip()  # the periods go last
    title = re.sub(r"[“”\"'‘’]", "", title).replace("：", "-").replace("（", "-").replace("）", "")
    title = title[len(region):] if title.startswith(region) and len(title) > len(region) else title
    parts = [region, title, chart.period] + ([f"{int(scale)}x"] if scale != 1 else [])
    name = "-".join(p for p in parts if p)
    name = _UNSAFE.sub("", name).replace(" ", "_").strip(". ")
    return f"{name[:120]}.{ext}"


def region_name(lang: str) -> str:
    """The home region's short name, for file names (data/regions.csv)."""
    return site.short_name(site.home(), lang)


def export_charts(chart_list: list[_charts.Chart], out_dir: Path, formats: list[str],
                  sources: pd.DataFrame, lang: str) -> Path:
    """Write every chart in each format, plus its data (CSV), and manifest.json; returns the manifest.
    The images of each format are rendered side by side."""
    began = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    rendering = 0.0
    pictures = {}
    for fmt in formats:
        started = time.perf_counter()
        pictures[fmt] = RENDERER.images(chart_list, fmt)
        rendering += time.perf_counter() - started
    manifest = []
    region = region_name(lang)
    for i, chart in enumerate(chart_list):
        files = []
        for fmt in formats:
            name = chart_filename(chart, fmt, region)
            (out_dir / name).write_bytes(pictures[fmt][i])
            files.append(name)
        data_name = chart_filename(chart, "csv", region)
        (out_dir / data_name).write_bytes(chart_data_csv(chart))
        files.append(data_name)
        manifest.append({"chart_id": chart.chart_id, "title": chart.title, "unit": chart.unit,
                         "files": files, "sources": chart.source_ids,
                         "source_line": _charts.source_line(chart.source_ids, sources, lang)})
    path = out_dir / "manifest.json"
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    RENDERER.note_other("zip", time.perf_counter() - began, rendering, len(chart_list))
    return path


_STORED = (".png", ".pdf")  # already compressed: deflating them again costs time and saves nothing


def zip_dir(directory: Path) -> bytes:
    """A ZIP of every file in a directory (flat)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(directory.iterdir()):
            z.write(p, arcname=p.name,
                    compress_type=zipfile.ZIP_STORED if p.suffix in _STORED else zipfile.ZIP_DEFLATED)
    return buf.getvalue()
