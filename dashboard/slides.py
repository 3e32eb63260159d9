"""Presentation mode's slides: style sheet and fitting script (static files), headings, footers, HTML."""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path

import streamlit as st

from dashboard import charts
from dashboard.furniture import sources_table

STATIC = Path(__file__).with_name("static")


@cache
def _static(name: str) -> str:
    """A file of dashboard/static/ with SLIDE_W filled in (read once per process)."""
    return (STATIC / name).read_text(encoding="utf-8").replace("SLIDE_W", str(charts.SLIDE_W))


def presentation_css() -> None:
    """Presentation mode's style sheet (dashboard/static/present.css)."""
    st.html(f"<style>\n{_static('present.css')}</style>")


def fit_slide_script() -> None:
    """Scale the full-HD-wide slide to the screen (and again when the window changes size)."""
    st.html(f"<script>\n{_static('fit_slide.js')}</script>", unsafe_allow_javascript=True)


def slide_heading(chart: charts.Chart) -> str:
    unit = f'<div class="slide-unit">{html.escape(chart.unit)}</div>' if chart.unit else ""
    return f'<div class="slide-head"><div class="slide-title">{html.escape(chart.title)}</div>{unit}</div>'


def _slide_footer_lines(chart: charts.Chart, current: str) -> list[str]:
    note = charts.chart_note(chart)
    line = charts.source_line(chart.source_ids, sources_table(), current)
    return [*[n for n in note.split("\n") if n], line]


def slide_footer(chart: charts.Chart, current: str) -> str:
    """The note and source line under a slide's chart, as text (24 px at 1080p)."""
    return '<div class="slide-foot">' + "<br>".join(html.escape(x) for x in
                                                     _slide_footer_lines(chart, current)) + "</div>"


def slide_chart_height(chart: charts.Chart, current: str) -> int:
    """What the slide leaves for the chart: 1000 px minus the title, the unit and the footer lines."""
    lines = sum(max(1, -(-charts.label_px([x], 24) // 1800)) for x in _slide_footer_lines(chart, current))
    return 1000 - 88 - (38 if chart.unit else 0) - 8 - 33 * lines - 14


def headline_html(slide: dict) -> str:
    """A big-number slide (its fields are escaped by catalog.headline_slides)."""
    items = "".join(f"<div class='headline-item'><div class='headline-label'>{i['label']}</div>"
                    f"<div class='headline-value'>{i['value']}</div>"
                    f"<div class='headline-note'>{i['note']}</div></div>" for i in slide["items"])
    return (f"<div class='headline'><div class='headline-title'>{slide['title']}</div>"
            f"<div class='headline-items'>{items}</div>"
            f"<div class='headline-source'>{slide['source']}</div></div>")


def outline_html(outline: dict, slide: bool = False) -> str:
    """One industry system as lists (catalog.industry_outline, fields escaped there): a slide, or the
    industry page's view on a phone."""
    cols = "".join(
        "<div class='outline-col'><div class='outline-head'>" + c["heading"] + "</div>"
        + "".join(f"<div class='outline-item{' outline-unnamed' if i.get('unnamed') else ''}'>{i['label']}"
                  + (f"<div class='outline-note'>{i['note']}</div>" if i["note"] else "") + "</div>"
                  for i in c["items"]) + "</div>" for c in outline["columns"])
    title = f"<div class='outline-title'>{outline['title']}</div>" if slide else ""
    return (f"<div class='{'outline-slide' if slide else 'outline'}'>{title}"
            f"<div class='outline-sub'>{outline['subtitle']}</div><div class='outline-cols'>{cols}</div>"
            f"<div class='outline-source'>{outline['source']}</div></div>")
