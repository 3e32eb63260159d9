"""Bar charts: figures by kind (actual, estimate, target) side by side, water classes, shares of the whole."""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.theme import (
    INK,
    KIND_COLOR,
    KIND_ORDER,
    PALETTE,
    Chart,
    bar_marker,
    finish,
    hover_quotes,
    label_px,
    point_marker,
    source_ids_of,
    source_line,
    wrap,
)
from dashboard.formatting import ROMAN, class_label, fmt_value, periods_text
from dashboard.i18n import col, kind_label, t

_LABEL_WRAP = {"zh": 10, "en": 22}  # characters per line of a bar label
_SHARE_OF = re.compile(r"占\w{1,8}?比重$|^Share of .+?'s ")  # "…占株洲比重", "Share of Zhuzhou's …"


def kind_bars(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str, title: str,
              unit_label: str, label_col: str, period: str = "", note: str = "") -> Chart:
    """Horizontal bars, one per row, one trace per kind (and per period, when the rows hold several)
    so the legend explains the styles; a bar's label carries its period when periods differ."""
    df = df.reset_index(drop=True)
    order = list(dict.fromkeys(df[label_col]))
    many_periods = "period" in df.columns and df["period"].nunique() > 1
    series = [(p, k) for p in (sorted(df["period"].unique()) if many_periods else [None])
              for k in KIND_ORDER if k in set(df["kind"])]
    span = period
    grouped = df[label_col].duplicated().any()  # several bars per label: side by side
    fig = go.Figure()
    for when, kind in series:
        rows = df[(df["kind"] == kind) & ((df["period"] == when) if when else True)]
        if rows.empty:
            continue
        # the legend names each series' period: a label is the figure alone (narrow on a phone)
        labels = [fmt_value(r.value, r.unit, r.approx, lang, int(r.decimals), getattr(r, "unit_en", None))
                  for r in rows.itertuples()]
        name = kind_label(kind, lang) if not when else (
            f"{when}{'年' if '-' not in when else ''}{kind_label(kind, lang)}" if lang == "zh"
            else f"{when} {kind_label(kind, lang)}")
        fig.add_bar(
            y=[wrap(v, _LABEL_WRAP[lang]) for v in rows[label_col]], x=rows["value"],
            orientation="h", name=name, marker=bar_marker(kind),
            text=labels, textposition="outside", cliponaxis=False, textfont=dict(size=16),
            customdata=list(zip(rows["fact_id"], hover_quotes(rows["quote"]) if "quote" in rows.columns
                                else [""] * len(rows), strict=True)),
            offsetgroup=f"{when}-{kind}" if grouped else None,
            hovertemplate="%{y}: %{text}<br>%{customdata[1]}<extra>" + name + "</extra>",
        )
    n = len(order)
    fig.update_layout(barmode="group" if grouped else "overlay", bargap=0.3, showlegend=True)
    fig.update_yaxes(categoryorder="array",
                     categoryarray=[wrap(v, _LABEL_WRAP[lang]) for v in order][::-1])
    xmax = float(df["value"].max()) if len(df) else 1
    fig.update_xaxes(rangemode="tozero", range=[0, xmax * 1.05 if xmax > 0 else 1], nticks=4)
    wrapped = [wrap(v, _LABEL_WRAP[lang]) for v in order]
    lines = max((w.count("<br>") + 1 for w in wrapped), default=1)
    per_label = max(70 if grouped else 52, 22 * lines + 16) + (24 * (len(series) - 2) if grouped else 0)
    height = max(360, 170 + n * per_label)
    finish(fig, title, unit_label, source_line(source_ids_of(df), sources, lang), lang, height, note,
            left_px=label_px(wrapped) + 12, below_px=40)
    # The value labels stand right of their bars: the right margin holds the widest (on a phone too).
    values = [s for tr in fig.data for s in (tr.text or [])]
    fig.update_layout(margin=dict(r=label_px(values, 16) + 16))
    return Chart(chart_id, title, unit_label, fig, df, source_ids_of(df), span)


def outcome_bars(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str,
                 title_key: str) -> Chart:
    """Rates by indicator, each bar styled by its kind (actual, estimate, target): e.g. growth
    outcomes beside their targets. The title names the plotted periods."""
    periods = periods_text(df["period"], lang)
    title = t(title_key, lang, periods=periods)
    return kind_bars(df, sources, lang, chart_id=chart_id, title=title, unit_label="%",
                     label_col=col("name", lang), period=periods.replace("、", "-").replace(", ", "-"))


def indicator_bars(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str, title_key: str,
                   unit_name_en: str) -> Chart:
    """The figures of one category in one unit (like with like), one bar per figure and period."""
    rows = df[df["unit_name_en"] == unit_name_en]
    en = lang == "en"
    unit_shown = unit_name_en if en else "／".join(dict.fromkeys(rows["unit"]))
    names = rows[col("name", lang)]
    if rows["region_code"].nunique() > 1:  # 株洲市's GDP beside 醴陵市's: each bar names its region, by
        # its short name (株洲·地区生产总值 stays one line of a label, the period the second)
        names = rows[col("region_short", lang)] + ("·" if lang == "zh" else " · ") + names
    rows = rows.assign(label=[f"{n}<br>{p}" for n, p in zip(names, rows["period"], strict=True)])
    title = t(title_key, lang, category=rows[col("category", lang)].iloc[0], unit=unit_shown)
    years = rows["period_start"]
    span = str(int(years.min())) if years.min() == years.max() else f"{int(years.min())}-{int(years.max())}"
    if set(rows["unit"]) == {"类"}:  # ordinal classes: points on an ordered axis, never bar lengths
        return class_chart(rows, sources, lang, chart_id=chart_id, title=title, period=span)
    return kind_bars(rows, sources, lang, chart_id=chart_id, title=title, unit_label=unit_shown,
                     label_col="label", period=span)


def class_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str, title: str,
                period: str) -> Chart:
    """Water-quality classes (Ⅰ cleanest … Ⅴ): one row per figure, a point on the ordered classes
    styled by its kind, labelled as stated (Ⅱ类以上)."""
    df = df.reset_index(drop=True)
    labels = [wrap(v, _LABEL_WRAP[lang]) for v in df["label"]]
    fig = go.Figure()
    for kind in [k for k in KIND_ORDER if k in set(df["kind"])]:
        rows = df[df["kind"] == kind]
        fig.add_scatter(
            x=rows["value"], y=[labels[i] for i in rows.index], mode="markers+text",
            name=kind_label(kind, lang),
            marker=point_marker(kind, KIND_COLOR.get(kind, PALETTE[0])) | {"size": 20},
            text=[fmt_value(r.value, r.unit, r.approx, lang, 0) for r in rows.itertuples()],
            textposition="middle right", textfont=dict(size=16), cliponaxis=False,
            customdata=list(zip(rows["fact_id"], hover_quotes(rows["quote"]), strict=True)),
            hovertemplate="%{y}: %{text}<br>%{customdata[1]}<extra></extra>")
    fig.update_xaxes(tickmode="array", tickvals=list(ROMAN), ticktext=[class_label(v, lang) for v in ROMAN],
                     range=[0.6, 5.9], title=t("water_class_axis", lang), zeroline=False)
    fig.update_yaxes(categoryorder="array", categoryarray=labels[::-1])
    fig.update_layout(showlegend=True)
    finish(fig, title, t("water_class_unit", lang), source_line(source_ids_of(df), sources, lang), lang,
            max(360, 190 + 64 * len(df)), t("water_class_note", lang), left_px=label_px(labels) + 12,
            below_px=70)
    return Chart(chart_id, title, t("water_class_unit", lang), fig, df, source_ids_of(df), period)


def shares_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str = "shares_of_zhuzhou",
                 title_key: str = "shares_title") -> Chart:
    """The home region's 1/3 1/4 1/5 1/6 of its prefecture: bars against the whole, labelled with the
    fraction as stated."""
    # The title names the whole ("share of <prefecture>"): the bars need only what is shared (规模工业 ...).
    names = [_SHARE_OF.sub("", n) for n in df[col("name", lang)]]
    names = [wrap(n, 14) for n in names]
    pct = (df["value"] * 100).tolist()
    fig = go.Figure()
    fig.add_bar(y=names, x=[100] * len(df), orientation="h", name=t("zhuzhou_whole", lang),
                marker=dict(color="#eeeeee", line=dict(color="#bdbdbd", width=1)), hoverinfo="skip",
                offsetgroup="s")
    fig.add_bar(y=names, x=pct, orientation="h", name=kind_label("share", lang),
                marker=dict(color=KIND_COLOR["share"]), offsetgroup="s",
                text=[f"<b>{s}</b>" for s in df["stated"]], textposition="outside",
                textfont=dict(size=30, color=INK), cliponaxis=False,
                customdata=list(zip(df["fact_ids"], hover_quotes(df["quote"]), strict=True)),
                hovertemplate="%{y}: %{text} ≈ %{x:.1f}%<br>%{customdata[1]}<extra></extra>")
    # No legend (it would crowd a phone): the grey bar's meaning is the x-axis title.
    fig.update_layout(barmode="overlay", bargap=0.3, showlegend=False)
    fig.update_yaxes(categoryorder="array", categoryarray=names[::-1], tickfont=dict(size=22))
    fig.update_xaxes(range=[0, 100], ticksuffix="%", dtick=20, title=t("zhuzhou_whole", lang))
    periods = periods_text(df["period"], lang)
    title = t(title_key, lang, periods=periods)
    finish(fig, title, t("shares_unit", lang), source_line(source_ids_of(df), sources, lang), lang,
            520, t("shares_note", lang, periods=periods), left_px=label_px(names, 22) + 12, below_px=75)
    return Chart(chart_id, title, t("shares_unit", lang), fig, df, source_ids_of(df), periods)

