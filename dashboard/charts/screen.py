"""The screen and projector versions of a chart: the text moves out of the picture, type grows."""

from __future__ import annotations

import plotly.graph_objects as go

from dashboard.charts.theme import FOOTER, Chart, wrap


def for_screen(chart: Chart) -> go.Figure:
    """The chart for a page: the title, unit, note and source line move out of the picture (the page
    shows them as text that wraps on a phone); exports keep the figure as built."""
    fig = go.Figure(chart.figure)
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    footer_px = int(meta.get("footer_px", 0))
    fig.layout.annotations = [a for a in fig.layout.annotations if a.name != FOOTER]
    top = fig.layout.margin.t if fig.layout.margin.t is not None else 120
    bottom = fig.layout.margin.b if fig.layout.margin.b is not None else 110
    height = fig.layout.height or 500
    new_top = max(int(top) - 100, 40)
    # On a phone a horizontal legend wraps, one row per entry at worst: the figure grows by that much
    # rather than squeezing the plot (labels of neighbouring rows would meet).
    shown = fig.layout.showlegend is not False
    entries = sum(1 for tr in fig.data if tr.showlegend is not False and tr.name) if shown else 0
    legend_px = 24 * max(entries - 1, 0)
    fig.update_layout(meta={**meta, "title": chart.title, "unit": chart.unit},
                      title=dict(text="", subtitle=dict(text="")),
                      margin=dict(t=new_top, b=max(int(bottom) - footer_px, 40)),
                      height=max(int(height) - footer_px - (int(top) - new_top), 260) + legend_px)
    return fig


def screen_figure(chart: Chart) -> go.Figure:
    """for_screen(chart), made once per chart: pages draw it read-only (st.plotly_chart copies it)."""
    if "screen" not in chart._views:
        chart._views["screen"] = for_screen(chart)
    return chart._views["screen"]


def projector_figure(chart: Chart) -> go.Figure:
    """for_projector(chart), made once per chart (presentation mode draws it read-only)."""
    if "projector" not in chart._views:
        chart._views["projector"] = for_projector(chart)
    return chart._views["projector"]



SLIDE_W, SLIDE_H = 16 * 120, 1000  # a slide is designed at full-HD width and scaled to the screen


def for_projector(chart: Chart) -> go.Figure:
    """The chart for a slide (it fills what the slide leaves it): no title or footer (the slide shows
    them as text), type of 24 px and more, black ink."""
    fig = for_screen(chart)
    fig.update_layout(
        width=None, height=None, autosize=True, font=dict(size=24, color="#000000"),
        legend=dict(font=dict(size=24)), margin=dict(t=max(fig.layout.margin.t or 40, 60) + 20),
        hoverlabel=dict(font=dict(size=22)),
    )
    fig.update_xaxes(tickfont=dict(size=24), title_font=dict(size=24), gridcolor="#bdbdbd",
                     linecolor="#000000")
    fig.update_yaxes(tickfont=dict(size=24), title_font=dict(size=24), gridcolor="#bdbdbd",
                     linecolor="#000000", automargin=True)
    for trace in fig.data:
        if trace.type in ("bar", "scatter"):
            trace.textfont.size = max(trace.textfont.size or 0, 24)
        if trace.type == "scatter" and trace.text is not None and not isinstance(trace.text, str):
            trace.text = [x.replace("<br>", " ") if isinstance(x, str) else x for x in trace.text]  # wide
    if any(tr.type == "bar" for tr in fig.data):
        fig.update_layout(bargap=0.12,  # thicker bars: each value label has its bar's height
                          margin=dict(r=int((fig.layout.margin.r or 30) * 1.5)))  # labels at 24 px
    for a in fig.layout.annotations:
        a.font.size = max(a.font.size or 24, 24)
        if a.text and "<br>" in a.text:  # a slide is wide: panel names on one line
            a.text = a.text.replace("<br>", "" if _is_zh(fig) else " ")
    _rewrap_rows(fig, 16 if _is_zh(fig) else 70)  # a slide is wide: row labels on fewer lines
    _stacked_panels(fig)
    return fig


def _stacked_panels(fig: go.Figure) -> None:
    """Panels one under another on one x scale (the same ticks): on a slide only the lowest panel
    names the ticks (24 px ticks between panels would meet the next panel's title), and each panel's
    title stands clear of its highest value tick."""
    axes = [k for k in fig.layout if k.startswith("xaxis")]
    ticks = {tuple(fig.layout[k].tickvals or ()) for k in axes}
    if len(axes) < 2 or len(ticks) != 1 or not next(iter(ticks)):
        return

    def low(k: str) -> float:
        anchor = fig.layout[k].anchor or "y"
        return (fig.layout["yaxis" + anchor[1:]].domain or (0, 1))[0]

    lowest = min(axes, key=low)
    for k in axes:
        if k != lowest:
            fig.layout[k].showticklabels = False
    for a in fig.layout.annotations:
        if a.yref == "paper" and a.yanchor == "bottom" and a.xref == "paper" and a.showarrow is False:
            a.yshift = 12


def _is_zh(fig: go.Figure) -> bool:
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    return any(ord(c) > 0x2E80 for c in str(meta.get("title", "")))


def _rewrap_rows(fig: go.Figure, width: int) -> None:
    """Category labels of a horizontal chart (y) wrapped again at `width` characters."""
    def again(v):
        if not isinstance(v, str):
            return v
        joined = v.replace("<br>", "" if width <= 16 else " ")
        return wrap(joined, width)

    if fig.layout.yaxis.categoryarray is None:
        return
    fig.update_yaxes(categoryarray=[again(v) for v in fig.layout.yaxis.categoryarray])
    for trace in fig.data:
        if trace.y is not None and len(trace.y) and all(isinstance(v, str) for v in trace.y):
            trace.y = [again(v) for v in trace.y]

