"""Line charts over time: figures per indicator and region with their revisions, and the 千亿 paths."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard import periods
from dashboard.charts.theme import (
    INK,
    KIND_ORDER,
    PALETTE,
    Chart,
    finish,
    hover_quotes,
    lean,
    point_marker,
    source_ids_of,
    source_line,
    wrap,
)
from dashboard.formatting import fmt_number, fmt_value, period_label, periods_text
from dashboard.i18n import col, kind_label, t


def qianyi_verdicts(df: pd.DataFrame, lang: str) -> list[str]:
    """One sentence per goal, for a meeting: 'YYYY年：目标1000亿元，实际952.6亿元（差47.4亿元）'."""
    out = []
    for code in dict.fromkeys(df["indicator_code"]):
        rows = df[df["indicator_code"] == code]
        goal = rows[rows["path"] == "target"]
        if goal.empty:
            continue
        g = goal.iloc[0]
        year, target = int(g["year"]), fmt_value(g["value"], "亿元", "", lang, 1)
        name = rows[col("name", lang)].iloc[0]
        stated = rows[rows["path"] == "outcome"].sort_values("year")
        there = stated[stated["year"] == year]
        if there.empty:
            if len(stated):
                last = stated.iloc[-1]
                out.append(f"{name} — " + t("qianyi_no_figure", lang, year=year, target=target,
                                                period=int(last["year"]),
                                                value=fmt_value(last["value"], "亿元", "", lang, 1)))
            continue
        r = there.iloc[0]
        gap = float(g["value"]) - float(r["value"])
        said = (t("qianyi_short", lang, gap=fmt_value(gap, "亿元", "", lang, 1)) if gap > 0
                else t("qianyi_met", lang))
        out.append(f"{name} — " + t("qianyi_verdict", lang, year=year, target=target,
                                        kind=kind_label(r["kind"], lang),
                                        value=fmt_value(r["value"], "亿元", "", lang, 1), gap=said))
    return out


def qianyi_paths_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str = "qianyi_paths",
                       title_key: str = "targets_paths_title") -> Chart:
    """The 千亿时代 paths against reality: the stated figures as dots over the planned path (from the
    year before the programme) and the path from the newest figure (dotted), the goal at its horizon."""
    en = lang == "en"
    fig = go.Figure()
    crossings = []
    starred: set = set()
    per = "yr" if en else "年"
    axis_years = sorted(int(y) for y in df["year"].unique())
    for i, code in enumerate(dict.fromkeys(df["indicator_code"])):
        own = df[df["indicator_code"] == code]
        rows = own[own["path"] == "now"].sort_values("year")
        color = PALETTE[i]
        name = own[col("name", lang)].iloc[0]
        plan = own[own["path"] == "plan"].sort_values("year")
        if len(plan):
            fig.add_scatter(x=plan["year"], y=plan["value"], mode="lines",
                            line=dict(color=color, width=2, dash="dash"), opacity=0.6,
                            name=wrap(t("qianyi_plan", lang, name=name, year=int(plan["year"].iloc[0]),
                                        rate=fmt_number(float(plan["rate"].iloc[0]))), 34 if en else 20),
                            hovertemplate="%{x}: %{y:.1f}" + ("亿元" if not en else " × 100m yuan")
                            + f" ({kind_label('projection', lang)})<extra></extra>")
        rate = float(rows["rate"].iloc[0])
        legend = f"{name} · {kind_label('projection', lang)} ({fmt_number(rate)}%/{per})"
        fig.add_scatter(x=rows["year"], y=rows["value"], mode="lines", line=dict(color=color, width=3,
                        dash="dot"), name=wrap(legend, 34 if en else 20),  # wraps: a phone is narrow
                        customdata=rows[["kind"]].values,
                        hovertemplate="%{x}: %{y:.1f}" + ("亿元" if not en else " × 100m yuan")
                        + " (%{customdata[0]})<extra></extra>")
        base = rows[rows["kind"] != "projection"]
        fig.add_scatter(x=base["year"], y=base["value"], mode="markers+text", showlegend=False,
                        marker=dict(size=16, color=color),
                        text=[f"{fmt_value(r.value, '亿元', '', lang, 1)} ({kind_label(r.kind, lang)})"
                              for r in base.itertuples()],
                        # the first path's base labelled above its point, the next below: apart
                        textposition="bottom center" if i == 0 else "bottom right",
                        textfont=dict(size=15, color=color),
                        hovertemplate="%{x}: %{text}<extra></extra>")
        stated = own[(own["path"] == "outcome") & ~own["year"].isin(base["year"])].sort_values("year")
        if len(stated):  # dots only: a year no document states is left empty, never bridged
            fig.add_scatter(x=stated["year"], y=stated["value"], mode="markers+text",
                            name=wrap(t("qianyi_stated", lang, name=name), 34 if en else 20),
                            marker=dict(size=14, color=color, line=dict(color=color, width=3)),
                            marker_opacity=[0.55 if k == "estimate" else 1 for k in stated["kind"]],
                            text=[f"{fmt_value(r.value, '亿元', r.approx, lang, 1)} "
                                  f"({kind_label(r.kind, lang)})" for r in stated.itertuples()],
                            # above the dot, clear of the base's label beside the next years; at
                            # the axis' start beside it (above, it would meet the goal line's label;
                            # centred, the value axis' ticks), at its end leaning inwards
                            textposition=["middle right" if y == axis_years[0]
                                          else lean(y, axis_years, False, "top") for y in stated["year"]],
                            textfont=dict(size=14, color=color),
                            hovertemplate="%{x}: %{text}<extra></extra>")
        goal = own[(own["path"] == "target") & ~own["year"].isin(starred)]
        starred.update(goal["year"])
        if len(goal):  # one star per goal year: two goals of 1000亿元 in one year are one point
            fig.add_scatter(x=goal["year"], y=goal["value"], mode="markers", showlegend=False,
                            marker=dict(size=18, symbol="star", color="white", line=dict(color=INK, width=2)),
                            hovertemplate="%{x}: " + t("goal_line", lang) + "<extra></extra>")
        over = rows[rows["value"] >= 1000]
        if len(over):
            year = int(over["year"].iloc[0])
            crossings.append(t("crosses_1000", lang, name=name, year=year, rate=fmt_number(rate)))
            crossed = {x for tr in fig.data if tr.marker and tr.marker.symbol == "diamond" for x in tr.x}
            fig.add_scatter(x=[year], y=[float(over["value"].iloc[0])], mode="markers+text",
                            showlegend=False, marker=dict(size=14, color="white", symbol="diamond",
                                                          line=dict(color=color, width=3)),
                            # a second path crossing in the same year: its label below, never on the first
                            text=[f"{year}"], textposition="bottom left" if year in crossed else "top left",
                            textfont=dict(size=17, color=color),
                            cliponaxis=False, hoverinfo="skip")
    fig.add_hline(y=1000, line=dict(color=INK, width=2, dash="dash"),
                  annotation_text=t("goal_line", lang), annotation_position="top left",
                  annotation_font=dict(size=15))
    fig.update_xaxes(dtick=1, title="")
    # headroom above the highest point for its year label
    fig.update_yaxes(rangemode="tozero", title="亿元" if not en else "100 million yuan",
                     range=[0, float(df["value"].max()) * 1.25])
    first, last = int(df["year"].min()), int(df["year"].max())
    title = t(title_key, lang, periods=f"{first}–{last}")
    bases = "、".join(str(int(y)) for y in sorted(df.loc[df["path"] == "now", "base_year"].unique()))
    note = "<br>".join([*qianyi_verdicts(df, lang), t("targets_paths_note", lang, base=bases), *crossings,
                        t("qianyi_gaps", lang)])
    finish(fig, title, "亿元" if not en else "100 million yuan",
            source_line(source_ids_of(df), sources, lang), lang, 620, note)
    return Chart(chart_id, title, "亿元" if not en else "100 million yuan", fig, df, source_ids_of(df),
                 f"{first}-{last}")


def series_span(df: pd.DataFrame, lang: str) -> list[str]:
    """Each row's series within its indicator and region: "" for years, else its months (一季度 / Q1)."""
    if "grain" not in df.columns:
        return [""] * len(df)
    return ["" if g in ("annual", "multi_year") else periods.parse(p).short(lang)
            for p, g in zip(df["period"], df["grain"], strict=True)]


def trend_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str,
                title_key: str) -> Chart:
    """Figures over time: one line per indicator and region through its outcomes (actual or estimate,
    at the end year of its period), targets as hollow diamonds, derived values hollow, earlier
    revisions as grey crosses. One unit per chart (the caller groups indicators by unit)."""
    df = df.assign(span=series_span(df, lang))
    latest = df[df["is_latest"]]
    fig = go.Figure()
    # A series per indicator, region and span: the years, or one run of months (一季度, 1-5月) year by
    # year; a figure for months never sits on the line of the years.
    series = list(dict.fromkeys(zip(latest["indicator_code"], latest["region_code"], latest["span"],
                                    strict=True)))
    multi_indicator = latest["indicator_code"].nunique() > 1 or latest["span"].nunique() > 1
    years_all = sorted(df["period_end"].unique())
    for n, (code, region, span) in enumerate(series):
        rows = latest[(latest["indicator_code"] == code) & (latest["region_code"] == region)
                      & (latest["span"] == span)]
        own = rows["region_color"].iloc[0] if "region_color" in rows.columns else None  # data/regions.csv
        color = own if isinstance(own, str) and own and not multi_indicator else PALETTE[n % len(PALETTE)]
        label = f"{rows[col('region', lang)].iloc[0]} · {rows[col('name', lang)].iloc[0]}"
        label += f" · {span}" if span else ""
        outcomes = rows[rows["kind"] != "target"].sort_values(["period_end", "kind"])
        outcomes = outcomes.drop_duplicates("period_end")
        newest = rows["period_end"].max()  # the series' newest year: the one point labelled
        if len(outcomes) > 1:  # joined only from one year to the next: a missing year breaks the line
            xs, ys = [], []
            for year, value in zip(outcomes["period_end"], outcomes["value"], strict=True):
                if xs and int(year) - int(xs[-1]) > 1:
                    xs.append(None)
                    ys.append(None)
                xs.append(int(year))
                ys.append(value)
            fig.add_scatter(x=xs, y=ys, mode="lines", showlegend=False, connectgaps=False,
                            line=dict(color=color, width=3, dash="dash" if span else "solid"),
                            hoverinfo="skip")
        for kind in [k for k in KIND_ORDER if k in set(rows["kind"])]:
            # one marker per year and value: the same goal stated by two documents is one point
            pts = rows[rows["kind"] == kind].drop_duplicates(["period_end", "value"])
            text = [fmt_value(r.value, r.unit, r.approx, lang, int(r.decimals), r.unit_en)
                    for r in pts.itertuples()]
            fig.add_scatter(
                x=pts["period_end"], y=pts["value"], mode="markers+text", cliponaxis=False,
                name=f"{label} · {kind_label(kind, lang)}", legendgroup=label,
                marker=point_marker(kind, color),
                text=text, textposition=[lean(y, years_all, False, "top") for y in pts["period_end"]],
                # the newest point of a series carries its value; the others say it on hover
                # (a target's value is in its hover and the legend: its label would sit on the outcome's)
                # (and a run of months, 一季度 year by year, on hover: its labels would meet the years')
                texttemplate=["%{text}" if y == newest and kind != "target" and not span
                              else "" for y in pts["period_end"]],
                textfont=dict(size=14, color=color),
                customdata=list(zip([period_label(p, lang) for p in pts["period"]], pts["fact_id"],
                                    hover_quotes(pts["quote"]), strict=True)),
                hovertemplate="%{customdata[0]}: %{text} (" + kind_label(kind, lang)
                + ")<br>%{customdata[2]}<extra>" + label + "</extra>")
    old = df[~df["is_latest"]]
    if len(old):
        fig.add_scatter(x=old["period_end"], y=old["value"], mode="markers", name=t("revised_value", lang),
                        marker=dict(size=10, color="#9e9e9e", symbol="x"),
                        customdata=old[["period", "revision", "source_id"]].values,
                        hovertemplate="%{customdata[0]}: %{y} (" + t("revision", lang)
                        + " %{customdata[1]}, %{customdata[2]})<extra></extra>")
    years = sorted(int(y) for y in df["period_end"].unique())
    if years[-1] - years[0] <= 12:
        ticks = years
    else:  # a long span: every fifth year (and the last), so that the labels never meet
        ticks = sorted({y for y in range(years[0], years[-1] + 1) if y % 5 == 0} | {years[-1]})
        ticks = [y for y in ticks if y == years[-1] or years[-1] - y >= 3]
    fig.update_xaxes(tickmode="array", tickvals=ticks, ticktext=[str(y) for y in ticks],
                     range=[years[0] - 0.5, years[-1] + 0.5])
    unit = df["unit"].iloc[0]
    unit_shown = df["unit_name_en"].iloc[0] if lang == "en" and unit != "%" else unit
    fig.update_yaxes(rangemode="tozero" if unit not in ("位", "类") else "normal",
                     autorange="reversed" if unit in ("位", "类") else True)
    names = "、".join(dict.fromkeys(latest[col("name", lang)])) if lang == "zh" else \
        ", ".join(dict.fromkeys(latest[col("name", lang)]))
    shown = periods_text(df["period"], lang)
    title = t(title_key, lang, indicators=names, periods=shown)
    finish(fig, title, unit_shown, source_line(source_ids_of(df), sources, lang), lang,
            520, left_px=60, below_px=60)
    fig.update_layout(margin=dict(t=150 + 22 * (len(fig.data) // 3)))
    return Chart(chart_id, title, unit_shown, fig, df, source_ids_of(df),
                 f"{years[0]}-{years[-1]}" if len(years) > 1 else str(years[0]))

