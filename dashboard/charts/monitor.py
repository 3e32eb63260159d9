"""The 经济运行 chart: cumulative figures by the month they run to, one line per year, per indicator."""

from __future__ import annotations

import pandas as pd

from dashboard import periods
from dashboard.charts.theme import (
    GRID,
    MUTED,
    PALETTE,
    Chart,
    finish,
    hover_quotes,
    source_ids_of,
    source_line,
)
from dashboard.formatting import fmt_value
from dashboard.i18n import col, kind_label, t

TICKS = [3, 6, 9, 12]  # labelled months: the quarter ends (eleven labels would meet)
PANEL_PX = 320  # height of one indicator's row of panels
GREY = "#9e9e9e"  # the years before the two newest


def month_tick(month: int, lang: str) -> str:
    """The label of a cumulative figure running to `month`: 1-2月 / Jan–Feb, 一季度 / Q1, 上半年 / H1."""
    if month == 1:
        return "1月" if lang == "zh" else "Jan"
    if month == 12:
        return "1-12月" if lang == "zh" else "Jan–Dec"
    return periods.Period(1, 1, 1, month, "cumulative").short(lang)  # no year shown: any will do


def axis_tick(month: int, lang: str) -> str:
    """An axis tick: the month a figure runs to, short enough for two panels side by side on a phone
    (the note says the axis is cumulative; a point's hover names its span, 上半年 / H1)."""
    return f"{month}月" if lang == "zh" else ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                              "Sep", "Oct", "Nov", "Dec")[month - 1]


def year_colors(years: list[int]) -> dict[int, str]:
    """The newest year in the first colour, the year before in the second, older years grey."""
    newest = sorted(set(years), reverse=True)
    return {y: PALETTE[i] if i < 2 else GREY for i, y in enumerate(newest)}


def headroom(values: pd.Series, with_zero: bool) -> list[float]:
    """A panel's value range with room above the highest point for its label (and the panel's title);
    a growth panel always shows its zero line."""
    lo, hi = float(values.min()), float(values.max())
    if with_zero:
        lo, hi = min(lo, 0.0), max(hi, 0.0)
    pad = (hi - lo) * 0.15 or abs(hi) * 0.15 or 1.0
    return [lo - pad, hi + 3 * pad]


def label_sides(points: list[tuple[int, float]], span: float) -> list[str]:
    """Above or below each labelled point (month, value) of one panel: above, unless another labelled
    point stands within a quarter of the panel's value range above it, at any month (on a phone a
    label spans several months, and two years' labels lean towards each other): then the lower one's
    label goes below."""
    sides = []
    for k, (_, v) in enumerate(points):
        higher = any(0 <= v2 - v < span / 4 and (v2 > v or j < k)
                     for j, (_, v2) in enumerate(points) if j != k)
        sides.append("bottom" if higher else "top")
    return sides


def _earlier_years(fig, older: pd.DataFrame, name: str, lang: str, *, row: int, shown: bool) -> None:
    """The years before the two newest as one grey trace (a gap between years, no label; each point's
    year and span on hover): one legend entry for lines of one colour, and a lighter figure to draw."""
    # a first empty point in the line's own grey: the legend draws its entry from the first point
    xs, ys, marks, data = [None], [None], [GREY], [("", "")]
    for year in sorted(older["year"].unique()):
        line = older[older["year"] == year].sort_values("month")
        labels = [fmt_value(r.value, r.unit, r.approx or "", lang, int(r.decimals), r.unit_en)
                  for r in line.itertuples()]
        for r, label, q in zip(line.itertuples(), labels, hover_quotes(line["quote"]), strict=True):
            xs.append(r.month)
            ys.append(r.value)
            marks.append(GREY if r.kind != "estimate" else "white")
            what = f"{periods.label(r.period, lang)} · {kind_label(r.kind, lang)}"
            data.append((r.fact_id, f"{what}: {label}<br>{q}"))
        xs.append(None)
        ys.append(None)
        marks.append(GREY)
        data.append(("", ""))
    fig.add_scatter(x=xs, y=ys, mode="lines+markers", row=row, col=1, name=name, legendgroup="earlier",
                    showlegend=not shown, legendrank=0, line=dict(color=GREY, width=2), connectgaps=False,
                    marker=dict(size=10, color=marks, line=dict(color=GREY, width=2)),
                    customdata=data, hovertemplate="%{customdata[1]}<extra></extra>")


def _years_text(years, lang: str) -> str:
    first, last = int(min(years)), int(max(years))
    if first == last:
        return f"{first}年" if lang == "zh" else f"{first}"
    return f"{first}–{last}年" if lang == "zh" else f"{first}–{last}"


def cumulative_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str,
                     title_key: str) -> Chart:
    """One row of panels per indicator, one panel per region (home first): x = the month a cumulative
    figure runs to (1-12), one line per year, the newest month of the two newest years labelled with
    its value (every value on hover); estimates hollow."""
    from plotly.subplots import make_subplots

    codes = list(dict.fromkeys(df["indicator_code"]))
    regions = list(dict.fromkeys(df.sort_values("is_home", ascending=False)["region_code"]))
    colors = year_colors([int(y) for y in df["year"]])
    titles = []
    for code in codes:
        for region in regions:
            rows = df[(df["indicator_code"] == code) & (df["region_code"] == region)]
            first = df[df["indicator_code"] == code].iloc[0]
            region_name = str(df.loc[df["region_code"] == region, col("region", lang)].iloc[0])
            titles.append(f"{region_name} · {first[col('name', lang)]}" if len(rows) else "")
    # One panel under another (a row per indicator and region): side by side, two panels leave a phone
    # or a projector's half too narrow for their titles and labels.
    fig = make_subplots(rows=len(codes) * len(regions), cols=1, subplot_titles=titles,
                        vertical_spacing=min(0.12, 0.3 / (len(codes) * len(regions))))
    for a in fig.layout.annotations:  # a panel's title clear of its highest value tick
        a.yshift = 10
    shown_years: set = set()
    greys = sorted({int(y) for y in df["year"] if colors[int(y)] == GREY})
    earlier_name = _years_text(greys, lang) if greys else ""
    for i0, code in enumerate(codes):
        for j0, region in enumerate(regions):
            i, j = i0 * len(regions) + j0 + 1, 1  # the panel's row and column
            rows = df[(df["indicator_code"] == code) & (df["region_code"] == region)]
            newest = {}  # labelled points: the newest month of the two newest years
            for year in sorted(rows["year"].unique()):
                line = rows[rows["year"] == year]
                if colors[int(year)] != GREY:
                    last = line.loc[line["month"].idxmax()]
                    newest[int(year)] = (int(last["month"]), float(last["value"]))
            span = float(rows["value"].max() - rows["value"].min()) if len(rows) else 0.0
            if len(rows) and (rows["unit"] == "%").all():
                span = max(span, float(rows["value"].max()), -float(rows["value"].min()))
            side = dict(zip(newest, label_sides(list(newest.values()), span or 1.0), strict=True))
            older = rows[rows["year"].map(lambda y: colors[int(y)] == GREY)]
            if len(older):
                _earlier_years(fig, older, earlier_name, lang, row=i, shown="earlier" in shown_years)
                shown_years.add("earlier")
            for year in sorted(rows["year"].unique()):
                if colors[int(year)] == GREY:
                    continue
                line = rows[rows["year"] == year].sort_values("month")
                color = colors[int(year)]
                labels = [fmt_value(r.value, r.unit, r.approx or "", lang, int(r.decimals), r.unit_en)
                          for r in line.itertuples()]
                hover = [f"{periods.label(r.period, lang)} · {kind_label(r.kind, lang)}: {label}<br>{q}"
                         for r, label, q in zip(line.itertuples(), labels, hover_quotes(line["quote"]),
                                                strict=True)]
                fig.add_scatter(
                    x=line["month"], y=line["value"], mode="lines+markers+text", row=i, col=j,
                    name=str(int(year)) if lang == "en" else f"{int(year)}年",
                    legendgroup=str(int(year)), showlegend=int(year) not in shown_years,
                    legendrank=int(year),  # the years in order down the legend
                    line=dict(color=color, width=4),
                    marker=dict(size=12, color=[color if k != "estimate" else "white" for k in line["kind"]],
                                line=dict(color=color, width=2)),
                    text=labels, textposition=[f"{side.get(int(year), 'top')} {'right' if m <= 6 else 'left'}"
                                               for m in line["month"]],
                    textfont=dict(size=14, color=color),
                    # the value at the year's newest month; the rest on hover
                    texttemplate=["%{text}" if m == line["month"].max() else "" for m in line["month"]],
                    cliponaxis=False, customdata=list(zip(line["fact_id"], hover, strict=True)),
                    hovertemplate="%{customdata[1]}<extra></extra>")
                shown_years.add(int(year))
            fig.update_xaxes(range=[0.5, 12.5], tickmode="array", tickvals=TICKS,
                             ticktext=[axis_tick(m, lang) for m in TICKS], tickangle=0,
                             tickfont=dict(size=12), gridcolor=GRID, row=i, col=j)
            if len(rows) and (rows["unit"] == "%").all():
                fig.add_hline(y=0, line=dict(color=MUTED, width=1), row=i, col=j)
            if len(rows):
                fig.update_yaxes(range=headroom(rows["value"], (rows["unit"] == "%").all()), row=i, col=j)
    # The axis holds values in the indicator's unit: in English its name (100 million yuan), as trends do.
    units = list(dict.fromkeys(u if lang == "zh" or u == "%" else n
                               for u, n in zip(df["unit"], df["unit_name_en"], strict=True)))
    unit = "、".join(units) if lang == "zh" else ", ".join(units)
    years = _years_text(df["year"], lang)
    title = t(title_key, lang, periods=years)
    note = t("monitor_note", lang)
    finish(fig, title, unit, source_line(source_ids_of(df), sources, lang), lang,
           160 + PANEL_PX * len(codes) * len(regions), note)
    # The years on the right, one under another: above the plot they would meet the panels' titles.
    fig.update_layout(legend=dict(orientation="v", x=1.02, xanchor="left", y=1, yanchor="top",
                                  title=dict(text="")),
                      margin=dict(r=130))
    first, last = int(df["year"].min()), int(df["year"].max())
    return Chart(chart_id, title, unit, fig, df, source_ids_of(df),
                 f"{first}-{last}" if first != last else str(first))
