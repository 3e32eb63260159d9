"""The meeting deck (PPTX): a title slide, a slide per chart with picture and speaker notes, the sources."""

from __future__ import annotations

import io
import time

import pandas as pd

from dashboard import charts as _charts
from dashboard import site
from dashboard.renderer import RENDERER

DECK_FONT = "Microsoft YaHei"  # on every Chinese Windows; PowerPoint substitutes elsewhere
DECK_SCALE = 1.2


def deck_seconds(chart_list: list[_charts.Chart]) -> float:
    """Expected wait for the deck of these charts: the slide pictures not in memory, plus the file."""
    return (RENDERER.expected_seconds(RENDERER.pending(chart_list, ["png"], DECK_SCALE, "slide"), "png",
                                      DECK_SCALE)
            + len(chart_list) * RENDERER.other_seconds("deck"))


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
        period = _charts.period_label(period, lang)  # YYYY年1-5月 / Jan–May YYYY; years as held
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

    began = time.perf_counter()
    pictures = RENDERER.images(chart_list, "png", DECK_SCALE, "slide")  # side by side, before any slide
    rendering = time.perf_counter() - began
    grey = RGBColor(0x59, 0x59, 0x59)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    blank = prs.slide_layouts[6]

    slide = prs.slides.add_slide(blank)
    _text(slide.shapes.add_textbox(Inches(0.8), Inches(2.4), Inches(11.7), Inches(1.4)).text_frame,
          site.title(lang), 44, bold=True)
    _text(slide.shapes.add_textbox(Inches(0.8), Inches(3.9), Inches(11.7), Inches(1.2)).text_frame,
          t("footer", lang), 18, color=grey)

    for chart, png in zip(chart_list, pictures, strict=True):
        slide = prs.slides.add_slide(blank)
        _text(slide.shapes.add_textbox(Inches(0.5), Inches(0.25), Inches(12.3), Inches(0.7)).text_frame,
              chart.title, 28, bold=True)
        if chart.unit:
            _text(slide.shapes.add_textbox(Inches(0.5), Inches(0.9), Inches(12.3), Inches(0.4)).text_frame,
                  chart.unit, 16, color=grey)
        ratio = _charts.HEIGHT / _charts.WIDTH  # slide_figure's size
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
    RENDERER.note_other("deck", time.perf_counter() - began, rendering, len(chart_list))
    return buf.getvalue()


