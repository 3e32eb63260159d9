"""Exports: figures as CSV/XLSX (the columns of `python -m dashboard facts`), chart images through
kaleido (PNG, SVG, PDF), chart data, a ZIP of every chart, and the meeting deck (PPTX)."""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import threading
import time
import zipfile
from collections import OrderedDict
from pathlib import Path

import pandas as pd

from dashboard import charts as _charts
from dashboard import config

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_number(value: float) -> str:
    """A value as plain text: 737.6, 15000, 0.333333 (no exponent, no trailing .0)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def neutralise(text: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe; other text is unchanged."""
    return "'" + text if isinstance(text, str) and text.startswith(FORMULA_START) else text


def facts_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The export columns (region, indicator, period, value, unit, kind, source, quote), text neutralised."""
    out = df[config.FACTS_EXPORT_COLUMNS].copy()
    for col in ("region", "indicator", "period", "unit", "kind", "source", "quote"):
        out[col] = out[col].map(neutralise)
    return out


def facts_csv(df: pd.DataFrame) -> str:
    """CSV text of the figures, header exactly as the facts command prints it."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(config.FACTS_EXPORT_COLUMNS)
    for row in facts_frame(df).itertuples(index=False):
        writer.writerow([row.region, row.indicator, row.period, csv_number(row.value), row.unit,
                         row.kind, row.source, row.quote])
    return buf.getvalue()


def facts_xlsx(df: pd.DataFrame) -> bytes:
    """An Excel workbook of the figures (one sheet, same columns as the CSV)."""
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        facts_frame(df).to_excel(writer, index=False, sheet_name="facts")
    return buf.getvalue()


# --- Chart images (kaleido with Debian's Chromium and a CJK font) -------------------------------

IMAGE_FORMATS = ("png", "svg", "pdf")
_lock = threading.Lock()  # kaleido's persistent server is not thread-safe: one call at a time
_cache_lock = threading.Lock()  # guards the rendered-image cache and the render timings
_server_started = False


def chromium_path() -> str:
    """Debian's Chromium; a clear error when it is missing."""
    path = os.environ.get("BROWSER_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        raise RuntimeError("Chromium is not installed: run `bash scripts/setup.sh` "
                           "(apt-get install chromium)")
    return path


class ExportUnavailable(RuntimeError):
    """Image export cannot run here; the message says what is missing and how to install it."""


def missing_requirements() -> list[str]:
    """What image export needs and this machine lacks, in plain words (empty when all is there)."""
    missing = []
    try:
        chromium_path()
    except RuntimeError:
        missing.append("Chromium 浏览器 (apt-get install chromium)")
    fc_list = shutil.which("fc-list")
    fonts = subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True, text=True,
                           check=False).stdout if fc_list else ""
    if not fonts.strip():
        missing.append("中文字体 CJK font (apt-get install fonts-wqy-microhei)")
    return missing


def _ensure_server() -> None:
    global _server_started
    if _server_started:
        return
    missing = missing_requirements()
    if missing:
        raise ExportUnavailable("图表导出需要 / Chart export needs: " + "; ".join(missing)
                                + " — run `bash scripts/setup.sh`")
    import kaleido
    import plotly.io as pio

    pio.defaults.headers = None  # silences "kopts argument is ignored if using a server"
    kaleido.start_sync_server(mathjax=False, silence_warnings=True)
    _server_started = True


def export_figure(chart: _charts.Chart) -> dict:
    """The chart's figure at the export size (1600x900), same template and footer as on screen."""
    fig = copy.deepcopy(chart.figure)
    fig.update_layout(width=_charts.WIDTH, height=_charts.HEIGHT)
    return fig


_rendered: OrderedDict[str, bytes] = OrderedDict()  # hash of (figure JSON, format, scale) -> image
_RENDERED_MAX = 300  # images kept (a PNG is ~100 KB): every chart of the dashboard, in two formats
_render_seconds: list[float] = []  # how long kaleido took for the images rendered in this process


def to_image(chart: _charts.Chart, fmt: str = "png", scale: float = 1) -> bytes:
    """PNG, SVG or PDF bytes of a chart, rendered server-side (serialised by a lock). An image is
    rendered once per figure, format and scale: the same chart asked again comes from memory."""
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"unknown image format {fmt!r}: use one of {IMAGE_FORMATS}")
    fig = export_figure(chart)
    key = hashlib.sha256(f"{fmt}|{scale}|{fig.to_json()}".encode()).hexdigest()
    with _cache_lock:
        if key in _rendered:
            _rendered.move_to_end(key)
            return _rendered[key]
    with _lock:
        _ensure_server()  # the browser's start is not counted as render time
    started = time.perf_counter()
    data = _image_bytes(fig, fmt, scale)
    with _cache_lock:
        _render_seconds.append(time.perf_counter() - started)
        del _render_seconds[:-50]
        _rendered[key] = data
        while len(_rendered) > _RENDERED_MAX:
            _rendered.popitem(last=False)
    return data


def expected_seconds(images: int) -> float:
    """What rendering `images` new images should take here: the mean of this process's last renders
    (0.4 s an image until one has been measured)."""
    with _cache_lock:
        recent = list(_render_seconds)
    return images * (sum(recent) / len(recent) if recent else 0.4)


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def chart_filename(chart: _charts.Chart, ext: str, region: str = "醴陵", scale: float = 1) -> str:
    """'醴陵-占株洲比重-YYYY.png': region, title, period; safe on Windows too."""
    title = re.sub(r"\s*[（(][^（）()]*\d[^（）()]*[）)]$", "", chart.title).strip()  # the periods go last
    title = re.sub(r"[“”\"'‘’]", "", title).replace("：", "-").replace("（", "-").replace("）", "")
    title = title[len(region):] if title.startswith(region) and len(title) > len(region) else title
    parts = [region, title, chart.period] + ([f"{int(scale)}x"] if scale != 1 else [])
    name = "-".join(p for p in parts if p)
    name = _UNSAFE.sub("", name).replace(" ", "_").strip(". ")
    return f"{name[:120]}.{ext}"


def chart_data_frame(chart: _charts.Chart) -> pd.DataFrame:
    """The plotted rows, minus the long text columns, neutralised for spreadsheets."""
    df = chart.data.drop(columns=[c for c in ("text", "quote_html") if c in chart.data.columns])
    return df.map(neutralise)


def chart_data_csv(chart: _charts.Chart) -> bytes:
    return chart_data_frame(chart).to_csv(index=False).encode("utf-8-sig")


def chart_data_xlsx(chart: _charts.Chart) -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        chart_data_frame(chart).to_excel(writer, index=False, sheet_name="data")
    return buf.getvalue()


def region_name(lang: str) -> str:
    return "Liling" if lang == "en" else "醴陵"


def export_charts(chart_list: list[_charts.Chart], out_dir: Path, formats: list[str],
                  sources: pd.DataFrame, lang: str) -> Path:
    """Write every chart in each format, plus its data (CSV), and manifest.json; returns the manifest."""
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest = []
    region = region_name(lang)
    for chart in chart_list:
        files = []
        for fmt in formats:
            name = chart_filename(chart, fmt, region)
            (out_dir / name).write_bytes(to_image(chart, fmt))
            files.append(name)
        data_name = chart_filename(chart, "csv", region)
        (out_dir / data_name).write_bytes(chart_data_csv(chart))
        files.append(data_name)
        manifest.append({"chart_id": chart.chart_id, "title": chart.title, "unit": chart.unit,
                         "files": files, "sources": chart.source_ids,
                         "source_line": _charts.source_line(chart.source_ids, sources, lang)})
    path = out_dir / "manifest.json"
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def zip_dir(directory: Path) -> bytes:
    """A ZIP of every file in a directory (flat)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(directory.iterdir()):
            z.write(p, arcname=p.name)
    return buf.getvalue()


# --- Meeting deck (python-pptx) ------------------------------------------------------------------

DECK_FONT = "Microsoft YaHei"  # on every Chinese Windows; PowerPoint substitutes elsewhere


def slide_figure(chart: _charts.Chart):
    """The chart for a slide: no title or footer in the picture (the slide carries them as text)."""
    fig = export_figure(chart)
    fig.update_layout(title=dict(text=""), margin=dict(t=60))
    fig.layout.annotations = [a for a in fig.layout.annotations if a.name != _charts.FOOTER]
    return fig


def key_figures(chart: _charts.Chart, lang: str, limit: int = 12) -> list[str]:
    """Speaker notes as sentences: each plotted figure with its period, kind and value as written
    (rounded to the indicator's decimals), then its quote as plain text; industry systems as lists."""
    from dashboard.i18n import col, kind_label, t

    df = chart.data
    zh = lang == "zh"
    if "system_code" in df.columns:
        return _system_sentences(df, lang, limit)
    name_col = next((c for c in (col("name", lang), col("list_name", lang), "label") if c in df.columns),
                    None)
    lines = []
    for row in df.head(limit).itertuples():
        period = str(getattr(row, "period", "") or getattr(row, "year", "") or "")
        label = str(getattr(row, name_col) if name_col else chart.title).replace("<br>", " ")
        label = label.replace(f" {period}", "").strip() if period else label  # the period is said once
        kind = getattr(row, "kind", "") or ""
        if isinstance(getattr(row, "stated", None), str) and row.stated:  # shares: the fraction as stated
            value = row.stated
        elif "rank" in df.columns and pd.notna(getattr(row, "rank", None)):
            value = t("rank_value", lang, n=int(row.rank))
        else:
            decimals = getattr(row, "decimals", 1)
            value = _charts.fmt_value(float(row.value), getattr(row, "unit", None) or chart.unit or "",
                                      getattr(row, "approx", "") or "", lang,
                                      int(decimals) if pd.notna(decimals) else 1,
                                      getattr(row, "unit_en", None))
        what = kind_label(kind, lang) if kind else ""
        quote = _charts.quote_text(getattr(row, "quote", ""))
        if zh:
            line = f"{label}（{period}{'，' + what if what else ''}）：{value}。"
            line += f"原文：{quote}" if quote else ""
        else:
            line = f"{label} ({period}{', ' + what if what else ''}): {value}."
            line += f" Quote: {quote}" if quote else ""
        lines.append(line)
    if len(df) > limit:
        lines.append(f"另有 {len(df) - limit} 项，见数据文件。" if zh
                     else f"{len(df) - limit} more in the data file.")
    return lines


def _system_sentences(df: pd.DataFrame, lang: str, limit: int) -> list[str]:
    """'株洲“3+3+2”产业体系：优势产业有轨道交通、航空动力、先进硬质材料；…' one sentence per system."""
    from dashboard.i18n import col

    zh = lang == "zh"
    lines = []
    for code in list(dict.fromkeys(df["system_code"]))[:limit]:
        rows = df[df["system_code"] == code]
        parts = []
        for tier in dict.fromkeys(rows["tier_code"]):
            members = rows[rows["tier_code"] == tier]
            named = [m for m, ok in zip(members[col("member", lang)], members["is_named"], strict=True) if ok]
            unnamed = int((~members["is_named"].astype(bool)).sum())
            tier_name = str(members[col("tier_name", lang)].iloc[0])
            items = ("、" if zh else ", ").join(named)
            if unnamed:
                items += (f"（另有{unnamed}项未具名）" if zh else f" (+{unnamed} not named)")
            parts.append(f"{tier_name}：{items}" if zh else f"{tier_name}: {items}")
        name = str(rows[col("system_name", lang)].iloc[0])
        lines.append(f"{name}——" + "；".join(parts) + "。" if zh else f"{name} — " + "; ".join(parts) + ".")
    return lines


def _text(frame, text: str, size: int, bold: bool = False, color=None) -> None:
    """Set a text frame's text with a Chinese-capable font (latin and East-Asian typefaces)."""
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    frame.clear()
    frame.word_wrap = True
    para = frame.paragraphs[0]
    run = para.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = DECK_FONT
    if color is not None:
        run.font.color.rgb = color
    rpr = run._r.get_or_add_rPr()
    ea = rpr.find(qn("a:ea"))
    if ea is None:
        ea = rpr.makeelement(qn("a:ea"), {})
        rpr.append(ea)
    ea.set("typeface", DECK_FONT)


def build_deck(chart_list: list[_charts.Chart], sources: pd.DataFrame, lang: str) -> bytes:
    """A 16:9 deck: title slide, one slide per chart (picture, title, source, notes), sources slide."""
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.util import Inches

    from dashboard.i18n import t

    grey = RGBColor(0x59, 0x59, 0x59)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    blank = prs.slide_layouts[6]

    slide = prs.slides.add_slide(blank)
    _text(slide.shapes.add_textbox(Inches(0.8), Inches(2.4), Inches(11.7), Inches(1.4)).text_frame,
          t("app_title", lang), 44, bold=True)
    _text(slide.shapes.add_textbox(Inches(0.8), Inches(3.9), Inches(11.7), Inches(1.2)).text_frame,
          t("footer", lang), 18, color=grey)

    for chart in chart_list:
        slide = prs.slides.add_slide(blank)
        _text(slide.shapes.add_textbox(Inches(0.5), Inches(0.25), Inches(12.3), Inches(0.7)).text_frame,
              chart.title, 28, bold=True)
        if chart.unit:
            _text(slide.shapes.add_textbox(Inches(0.5), Inches(0.9), Inches(12.3), Inches(0.4)).text_frame,
                  chart.unit, 16, color=grey)
        fig = slide_figure(chart)
        png = _image_bytes(fig, "png", scale=1.2)
        ratio = fig.layout.height / fig.layout.width
        width = min(Inches(12.3), int(Inches(5.6) / ratio))
        left = int((prs.slide_width - width) / 2)
        picture = slide.shapes.add_picture(io.BytesIO(png), left, Inches(1.35), width=width)
        source_text = _charts.source_line(chart.source_ids, sources, lang)
        # Alt text: what the picture shows and where its figures come from (not "image.png").
        unit = f"{chart.unit} — " if chart.unit else ""
        picture._element.nvPicPr.cNvPr.set("descr", f"{chart.title} — {unit}{source_text}")
        picture.name = chart.title[:60]
        _text(slide.shapes.add_textbox(Inches(0.5), Inches(6.95), Inches(12.3), Inches(0.45)).text_frame,
              source_text, 14, color=grey)
        notes = slide.notes_slide.notes_text_frame
        notes.text = "\n".join([chart.title, *key_figures(chart, lang)])

    slide = prs.slides.add_slide(blank)
    _text(slide.shapes.add_textbox(Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.8)).text_frame,
          t("page_sources", lang), 32, bold=True)
    box = slide.shapes.add_textbox(Inches(0.5), Inches(1.3), Inches(12.3), Inches(5.8)).text_frame
    lines = [f"{r.title_en if lang == 'en' else r.title_zh} — {r.publisher}"
             + (f", {pd.Timestamp(r.date_from):%Y-%m-%d}" if pd.notna(r.date_from) else "")
             for r in sources.itertuples()]
    _text(box, "\n".join(lines), 16)
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


def _image_bytes(fig, fmt: str, scale: float = 1) -> bytes:
    import plotly.io as pio

    with _lock:
        _ensure_server()
        return pio.to_image(fig, format=fmt, width=fig.layout.width, height=fig.layout.height,
                            scale=scale)
