"""A categorical dot matrix drawn as an HTML table for the page (exports keep the figure)."""

from __future__ import annotations

import html as _html

from dashboard.charts.theme import INK, Chart


def matrix_html(chart: Chart) -> str:
    """A categorical dot matrix (industry_matrix_chart) as an HTML table for the page: the figure's own
    columns, rows, labels and colours (dots and column rules; text in ink, legible), one cell per dot
    (its label, a hollow dot for unnamed slots).
    Plotly drew the matrix's ~60 labelled points in ~200 ms of the viewer's main thread; the table
    costs next to nothing, wraps, and its text can be selected. Exports keep the figure."""
    fig = chart.figure

    def label(text) -> str:
        return "<br>".join(_html.escape(part) for part in str(text).split("<br>"))

    columns = list(fig.layout.xaxis.categoryarray or [])
    rows = list(fig.layout.yaxis.categoryarray or [])
    colours: dict[str, str] = {}
    cells: dict[tuple[str, str], tuple[str, str, bool]] = {}
    for trace in fig.data:
        colour = trace.marker.color if isinstance(trace.marker.color, str) else INK
        hollow = trace.marker.color == "white"
        colour = trace.marker.line.color if hollow and trace.marker.line.color else colour
        for x, y, text in zip(trace.x, trace.y, trace.text if trace.text is not None else [""] * len(trace.x),
                              strict=True):
            colours.setdefault(x, colour)
            cells[(str(y), str(x))] = (str(text or ""), colour, hollow)
    head = "".join(f'<th style="--c:{colours.get(c, INK)}">{label(c)}</th>' for c in columns)
    body = []
    for r in rows:
        tds = []
        for c in columns:
            text, colour, hollow = cells.get((str(r), str(c)), ("", "", False))
            if colour:
                dot = (f'<span class="dot{" hollow" if hollow else ""}" style="--c:{colour}"></span>')
                tds.append(f"<td>{dot}{_html.escape(text)}</td>")
            else:
                tds.append("<td></td>")
        body.append(f"<tr><th>{label(r)}</th>{''.join(tds)}</tr>")
    return (f'<div class="matrix-wrap"><table class="matrix"><thead><tr><th></th>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')

