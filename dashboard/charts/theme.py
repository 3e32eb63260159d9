"""The charts' look and frame: one template and palette, the Chart record, titles, footers, sources."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from dashboard.formatting import readable_quote
from dashboard.i18n import col, t

FONT_STACK = "Noto Sans CJK SC, WenQuanYi Micro Hei, Microsoft YaHei, PingFang SC, sans-serif"
# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
INK, GRID, MUTED = "#1a1a1a", "#d9d9d9", "#595959"

TEMPLATE = "dashboard"
WIDTH, HEIGHT = 1600, 900  # the export size; on screen the width follows the page
FOOTER = "footer"  # name of the annotation holding the note and source line

# How each kind of figure looks, everywhere: filled = actual, striped = estimate,
# hollow = target, dotted hollow = derived, dotted line = projection.
KIND_COLOR = {"actual": PALETTE[0], "share": PALETTE[0], "rank": PALETTE[0],
              "estimate": PALETTE[1], "target": PALETTE[2], "derived": PALETTE[3],
              "projection": PALETTE[3]}
KIND_ORDER = ["actual", "share", "rank", "estimate", "target", "derived", "projection"]


def _register_template() -> None:
    pio.templates[TEMPLATE] = go.layout.Template(layout=go.Layout(
        font=dict(family=FONT_STACK, size=17, color=INK),
        title=dict(font=dict(size=26, color=INK), x=0.01, xanchor="left", y=0.97, yanchor="top"),
        paper_bgcolor="white", plot_bgcolor="white", colorway=PALETTE,
        xaxis=dict(gridcolor=GRID, zerolinecolor=GRID, linecolor=MUTED, ticks="outside",
                   automargin=True, title=dict(standoff=8)),
        yaxis=dict(gridcolor=GRID, zerolinecolor=GRID, linecolor=MUTED, automargin=True),
        legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="left", x=0,
                    font=dict(size=15), title=dict(text="")),
        margin=dict(l=20, r=30, t=120, b=110),
        hoverlabel=dict(font=dict(family=FONT_STACK, size=15)),
    ))


_register_template()


@dataclass
class Chart:
    """A finished chart and what export needs to name, caption and cite it."""

    chart_id: str
    title: str
    unit: str
    figure: go.Figure
    data: pd.DataFrame
    source_ids: list[str] = field(default_factory=list)
    period: str = ""
    # The screen and projector versions, made once per chart (cached charts serve every viewer).
    _views: dict = field(default_factory=dict, repr=False, compare=False)


def source_ids_of(df: pd.DataFrame) -> list[str]:
    """The distinct source ids of the plotted rows (column source_id or space-separated source_ids)."""
    ids: list[str] = []
    for column in ("source_id", "source_ids"):
        if column in df.columns:
            for v in df[column].dropna():
                ids += str(v).split()
    return sorted(set(ids))


def source_line(source_ids: list[str], sources: pd.DataFrame, lang: str) -> str:
    """'来源：label; label' built from the sources table, never typed by hand."""
    labels = sources.set_index("source_id")[col("label", lang)]
    names = [labels.get(s, s) for s in source_ids]
    sep = "; " if lang == "en" else "；"
    return t("sources_line", lang, sources=sep.join(names))


def source_years(source_ids: list[str], sources: pd.DataFrame) -> list[str]:
    """The years of the given sources' dates (a chart of structures is dated by its documents)."""
    dates = sources.set_index("source_id")["date_from"]
    return sorted({str(pd.Timestamp(dates[s]).year) for s in source_ids
                   if s in dates.index and pd.notna(dates[s])})


def label_px(labels, size: int = 17) -> int:
    """Rough pixel width of the widest label (CJK characters count as one em, others ~0.55 em)."""
    widest = 0.0
    for label in labels:
        for part in str(label).split("<br>"):
            widest = max(widest, sum(1.0 if ord(c) > 0x2E80 else 0.55 for c in part))
    return int(widest * size)


def finish(fig: go.Figure, title: str, unit: str, sources_text: str, lang: str, height: int,
           note: str = "", left_px: int = 60, below_px: int = 70) -> None:
    """Title with the unit as subtitle; the note and the source line under the plot, left-aligned
    with the figure's edge (`left_px`: width of what stands left of the plot area)."""
    fig.update_layout(
        template=TEMPLATE, height=height,
        title=dict(text=title, subtitle=dict(text=unit, font=dict(size=16, color=MUTED))),
    )
    width = 56 if lang == "zh" else 110
    lines = [wrap(line, width) for line in note.split("<br>") if line] if note else []
    lines += [wrap(part, width) for part in sources_text.split("；" if lang == "zh" else "; ")]
    # A fixed left margin (from the estimated label width) puts the plot's left edge at a known
    # distance from the figure's edge, so the footer can start at the figure's edge.
    fig.add_annotation(text="<br>".join(lines), xref="paper", yref="paper", x=0, y=0, xanchor="left",
                       yanchor="top", xshift=-(left_px + 10), yshift=-below_px, showarrow=False,
                       align="left", font=dict(size=13, color=MUTED), name=FOOTER)
    n_lines = sum(line.count("<br>") + 1 for line in lines)
    fig.update_layout(margin=dict(l=left_px + 20, b=below_px + 20 + 18 * n_lines),
                      height=height + 18 * n_lines,
                      meta={"note": note, "sources": sources_text, "footer_px": 18 * n_lines})
    fig.update_yaxes(automargin=False)


def wrap(text: str, width: int) -> str:
    """Break a long label with <br> so it fits a narrow axis (Chinese breaks anywhere)."""
    if "<br>" in text:
        return "<br>".join(wrap(part, width) for part in text.split("<br>"))
    if len(text) <= width:
        return text
    if " " in text:
        words, lines, line = text.split(), [], ""
        for w in words:
            if line and len(line) + len(w) + 1 > width:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}".strip()
        return "<br>".join([*lines, line])
    return "<br>".join(text[i:i + width] for i in range(0, len(text), width))


def hover_quotes(quotes) -> list[str]:
    """Quotes for a hover box: plain text (no markup), escaped, wrapped at 32 characters."""
    return ["“" + wrap(html.escape(readable_quote(q)), 32) + "”" if isinstance(q, str) and q else ""
            for q in quotes]


def chart_note(chart: Chart) -> str:
    """The chart's note as plain lines (what the footer says besides the source line)."""
    meta = chart.figure.layout.meta or {}
    return str(meta.get("note", "") or "").replace("<br>", "\n") if isinstance(meta, dict) else ""



def bar_marker(kind: str) -> dict:
    """A bar styled by its kind: filled actual, striped estimate, hollow target, dotted derived."""
    color = KIND_COLOR.get(kind, PALETTE[0])
    if kind == "estimate":
        return dict(color=color, line=dict(color=color, width=2),
                    pattern=dict(shape="/", fillmode="overlay", fgcolor="white", size=10, solidity=0.3))
    if kind in ("target", "derived"):
        return dict(color="white", line=dict(color=color, width=3),
                    pattern=dict(shape="." if kind == "derived" else "", fgcolor=color, size=6))
    return dict(color=color, line=dict(color=color, width=1))


def point_marker(kind: str, color: str) -> dict:
    """Filled circle = actual, light ringed circle = estimate, hollow diamond = target, hollow
    circle = derived (superseded revisions are drawn apart, as small grey crosses)."""
    if kind == "target":
        return dict(size=16, symbol="diamond", color="white", line=dict(color=color, width=3))
    if kind == "derived":
        return dict(size=15, symbol="circle", color="white", line=dict(color=color, width=3))
    if kind == "estimate":
        return dict(size=15, symbol="circle", color=color, opacity=0.55, line=dict(color=color, width=3))
    return dict(size=15, symbol="circle", color=color, line=dict(color=color, width=1))


def lean(year, years: list[int], room_right: bool, side: str) -> str:
    """Where a label stands by its point: right of the first edition, left of the last (unless the
    axis leaves room on the right), centred between."""
    if year == years[0] and len(years) > 1:
        return f"{side} right"
    if year == years[-1] and len(years) > 1:
        return f"{side} right" if room_right else f"{side} left"
    return f"{side} center"

