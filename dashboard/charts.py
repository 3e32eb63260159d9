"""Chart builders: one explicit template, one palette, kinds styled alike, a source line on every chart.

Each builder takes the rows of its named query (and the sources table) and returns a `Chart`:
the plotly figure plus what export needs (id, title, unit, plotted rows, source ids).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from dashboard.i18n import col, kind_label, rank_text, t

FONT_STACK = "Noto Sans CJK SC, WenQuanYi Micro Hei, Microsoft YaHei, PingFang SC, sans-serif"
# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
INK, GRID, MUTED = "#1a1a1a", "#d9d9d9", "#595959"
TEMPLATE = "liling"
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


def periods_text(periods, lang: str) -> str:
    """The plotted periods for a title: 'YYYY', 'YYYY、ZZZZ', 'YYYY–ZZZZ' (from the data)."""
    items = sorted({str(p) for p in periods if isinstance(p, str) or pd.notna(p)},
                   key=lambda p: (int(p.split("-")[0]), int(p.split("-")[-1])))
    if not items:
        return ""
    if len(items) <= 3:
        return ("、" if lang == "zh" else ", ").join(items)
    first = min(int(p.split("-")[0]) for p in items)
    last = max(int(p.split("-")[-1]) for p in items)
    return f"{first}–{last}"


def source_years(source_ids: list[str], sources: pd.DataFrame) -> list[str]:
    """The years of the given sources' dates (a chart of structures is dated by its documents)."""
    dates = sources.set_index("source_id")["date_from"]
    return sorted({str(pd.Timestamp(dates[s]).year) for s in source_ids
                   if s in dates.index and pd.notna(dates[s])})


def fmt_number(value: float, decimals: int = 1) -> str:
    """737.6, 8.2, 15,000: the given decimals, trailing zeros dropped."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = f"{value:,.{max(decimals, 0)}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


_APPROX_BEFORE = {"近", "约", "超过", "突破"}
_APPROX_EN = {"以上": "≥", "超过": ">", "突破": ">", "左右": "~", "约": "~", "近": "~",
              "余": ">", "多": ">", "以内": "≤"}


def _english_units() -> dict[str, tuple[float, str]]:
    """unit -> (factor, English label): the one conversion table (data/units.csv, en_ columns)."""
    from dashboard import curated

    try:
        rows = curated.read_rows(curated.TABLES_BY_NAME["units"])
    except (OSError, ValueError):
        return {}
    return {r["unit"]: (float(r["en_factor"] or 1), r["en_label"]) for r in rows}


EN_UNITS = _english_units()
ROMAN = {1: "Ⅰ", 2: "Ⅱ", 3: "Ⅲ", 4: "Ⅳ", 5: "Ⅴ"}
ROMAN_EN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}


def class_label(value: float, lang: str = "zh") -> str:
    """A water-quality class as written: Ⅱ类 / class II (ordinal, never a quantity)."""
    n = int(round(value))
    return f"{ROMAN.get(n, n)}类" if lang == "zh" else f"class {ROMAN_EN.get(n, n)}"


def fmt_value(value: float, unit: str, approx: str = "", lang: str = "zh", decimals: int = 1,
              unit_en: str | None = None) -> str:
    """A figure as a label: '8%以上' / '≥8%', '737.6亿元' / '73.76 bn yuan', 'Ⅱ类以上' / 'class II or
    better' (English units converted by the table in data/units.csv)."""
    approx = approx or ""
    if unit == "分数" and value == value and 0 < value < 1:  # a fraction as stated: 1/3, never 0.3333
        from fractions import Fraction

        return str(Fraction(value).limit_denominator(20))
    if unit == "类" and value == value:  # a water-quality class: 三类以上 means class III or better
        label = class_label(value, lang)
        if lang == "en":
            return label + (" or better" if approx == "以上" else "")
        return f"{approx}{label}" if approx in _APPROX_BEFORE else f"{label}{approx}"
    if lang == "en":
        factor, label = EN_UNITS.get(unit, (1.0, unit if unit_en is None else unit_en))
        if unit not in EN_UNITS and not isinstance(unit_en, str):
            label = ""
        shift = round(math.log10(factor)) if factor > 0 else 0
        number = fmt_number(value * factor if value == value else value, max(decimals - shift, 0))
        sep = "" if label.split(" ")[0] == "k" else " "  # 835k people, 73.76 bn yuan
        suffix = "%" if unit == "%" else (f"{sep}{label}" if label else "")
        return f"{_APPROX_EN.get(approx, '')}{number}{suffix}"
    number = fmt_number(value, decimals)
    if approx in _APPROX_BEFORE:
        return f"{approx}{number}{unit}"
    if approx in ("余", "多"):  # 50余条, 5万多件: the word sits between number and unit
        return f"{number}{approx}{unit}"
    return f"{number}{unit}{approx}"


def _bar_marker(kind: str) -> dict:
    color = KIND_COLOR.get(kind, PALETTE[0])
    if kind == "estimate":
        return dict(color=color, line=dict(color=color, width=2),
                    pattern=dict(shape="/", fillmode="overlay", fgcolor="white", size=10, solidity=0.3))
    if kind in ("target", "derived"):
        return dict(color="white", line=dict(color=color, width=3),
                    pattern=dict(shape="." if kind == "derived" else "", fgcolor=color, size=6))
    return dict(color=color, line=dict(color=color, width=1))


def label_px(labels, size: int = 17) -> int:
    """Rough pixel width of the widest label (CJK characters count as one em, others ~0.55 em)."""
    widest = 0.0
    for label in labels:
        for part in str(label).split("<br>"):
            widest = max(widest, sum(1.0 if ord(c) > 0x2E80 else 0.55 for c in part))
    return int(widest * size)


def _finish(fig: go.Figure, title: str, unit: str, sources_text: str, lang: str, height: int,
            note: str = "", left_px: int = 60, below_px: int = 70) -> None:
    """Title with the unit as subtitle; the note and the source line under the plot, left-aligned
    with the figure's edge (`left_px`: width of what stands left of the plot area)."""
    fig.update_layout(
        template=TEMPLATE, height=height,
        title=dict(text=title, subtitle=dict(text=unit, font=dict(size=16, color=MUTED))),
    )
    wrap = 56 if lang == "zh" else 110
    lines = [_wrap(line, wrap) for line in note.split("<br>") if line] if note else []
    lines += [_wrap(part, wrap) for part in sources_text.split("；" if lang == "zh" else "; ")]
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


def _wrap(text: str, width: int) -> str:
    """Break a long label with <br> so it fits a narrow axis (Chinese breaks anywhere)."""
    if "<br>" in text:
        return "<br>".join(_wrap(part, width) for part in text.split("<br>"))
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


def quote_text(quote) -> str:
    """A quote as read: the document's Markdown emphasis (**8%以上**) shown as plain text, 8%以上."""
    return re.sub(r"\*\*|__", "", quote) if isinstance(quote, str) else ""


def hover_quotes(quotes) -> list[str]:
    """Quotes for a hover box: plain text (no markup), escaped, wrapped at 32 characters."""
    import html

    return ["“" + _wrap(html.escape(quote_text(q)), 32) + "”" if isinstance(q, str) and q else ""
            for q in quotes]


_LABEL_WRAP = {"zh": 10, "en": 22}  # characters per line of a bar label


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
            y=[_wrap(v, _LABEL_WRAP[lang]) for v in rows[label_col]], x=rows["value"],
            orientation="h", name=name, marker=_bar_marker(kind),
            text=labels, textposition="outside", cliponaxis=False, textfont=dict(size=16),
            customdata=list(zip(rows["fact_id"], hover_quotes(rows["quote"]) if "quote" in rows.columns
                                else [""] * len(rows), strict=True)),
            offsetgroup=f"{when}-{kind}" if grouped else None,
            hovertemplate="%{y}: %{text}<br>%{customdata[1]}<extra>" + name + "</extra>",
        )
    n = len(order)
    fig.update_layout(barmode="group" if grouped else "overlay", bargap=0.3, showlegend=True)
    fig.update_yaxes(categoryorder="array",
                     categoryarray=[_wrap(v, _LABEL_WRAP[lang]) for v in order][::-1])
    xmax = float(df["value"].max()) if len(df) else 1
    fig.update_xaxes(rangemode="tozero", range=[0, xmax * 1.05 if xmax > 0 else 1], nticks=4)
    wrapped = [_wrap(v, _LABEL_WRAP[lang]) for v in order]
    lines = max((w.count("<br>") + 1 for w in wrapped), default=1)
    per_label = max(70 if grouped else 52, 22 * lines + 16) + (24 * (len(series) - 2) if grouped else 0)
    height = max(360, 170 + n * per_label)
    _finish(fig, title, unit_label, source_line(source_ids_of(df), sources, lang), lang, height, note,
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
    rows = rows.assign(label=[f"{n}<br>{p}" for n, p in zip(rows[col("name", lang)], rows["period"],
                                                            strict=True)])
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
    labels = [_wrap(v, _LABEL_WRAP[lang]) for v in df["label"]]
    fig = go.Figure()
    for kind in [k for k in KIND_ORDER if k in set(df["kind"])]:
        rows = df[df["kind"] == kind]
        fig.add_scatter(
            x=rows["value"], y=[labels[i] for i in rows.index], mode="markers+text",
            name=kind_label(kind, lang),
            marker=_trend_marker(kind, KIND_COLOR.get(kind, PALETTE[0])) | {"size": 20},
            text=[fmt_value(r.value, r.unit, r.approx, lang, 0) for r in rows.itertuples()],
            textposition="middle right", textfont=dict(size=16), cliponaxis=False,
            customdata=list(zip(rows["fact_id"], hover_quotes(rows["quote"]), strict=True)),
            hovertemplate="%{y}: %{text}<br>%{customdata[1]}<extra></extra>")
    fig.update_xaxes(tickmode="array", tickvals=list(ROMAN), ticktext=[class_label(v, lang) for v in ROMAN],
                     range=[0.6, 5.9], title=t("water_class_axis", lang), zeroline=False)
    fig.update_yaxes(categoryorder="array", categoryarray=labels[::-1])
    fig.update_layout(showlegend=True)
    _finish(fig, title, t("water_class_unit", lang), source_line(source_ids_of(df), sources, lang), lang,
            max(360, 190 + 64 * len(df)), t("water_class_note", lang), left_px=label_px(labels) + 12,
            below_px=70)
    return Chart(chart_id, title, t("water_class_unit", lang), fig, df, source_ids_of(df), period)


def shares_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str = "shares_of_zhuzhou",
                 title_key: str = "shares_title") -> Chart:
    """Liling's 1/3 1/4 1/5 1/6 of Zhuzhou: bars against the whole, labelled with the fraction as stated."""
    # The title says "share of Zhuzhou": the bars need only what is shared (规模工业, 人口 ...).
    names = [n.replace("占株洲比重", "").replace("Share of Zhuzhou's ", "")
             for n in df[col("name", lang)]]
    names = [_wrap(n, 14) for n in names]
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
    _finish(fig, title, t("shares_unit", lang), source_line(source_ids_of(df), sources, lang), lang,
            520, t("shares_note", lang, periods=periods), left_px=label_px(names, 22) + 12, below_px=75)
    return Chart(chart_id, title, t("shares_unit", lang), fig, df, source_ids_of(df), periods)


def _rank_label(row, lang: str, stacked: bool = False) -> str:
    """'第46位 ↑9', '第55位（推算）', '目标：前50'; stacked: the change or kind on a second line."""
    if row.kind == "target":
        return ("目标：前" if lang == "zh" else "goal: top ") + str(int(row.rank))
    label = rank_text(row.rank, getattr(row, "approx", "") or "", lang)
    sep = "<br>" if stacked else " "
    if pd.notna(row.stated_change) and row.stated_change:
        label += f"{sep}{'↑' if row.stated_change > 0 else '↓'}{abs(int(row.stated_change))}"
    if row.kind == "derived":
        label += (f"{sep if stacked else ''}（{kind_label('derived', lang)}）" if lang == "zh"
                  else f"{sep}({kind_label('derived', lang)})")
    return label


def _lean(year, years: list[int], room_right: bool, side: str) -> str:
    """Where a label stands by its point: right of the first edition, left of the last (unless the
    axis leaves room on the right), centred between."""
    if year == years[0] and len(years) > 1:
        return f"{side} right"
    if year == years[-1] and len(years) > 1:
        return f"{side} right" if room_right else f"{side} left"
    return f"{side} center"


def _rank_ticks(worst: float, most: int = 5) -> list[int]:
    """Rank ticks starting at 1: 1, 25, 50 ... (every rank for short lists), at most `most` ticks."""
    if worst <= most:
        return list(range(1, int(worst) + 1))
    step = next(s for s in (5, 10, 20, 25, 50, 100, 200, 500, 1000) if worst / s <= most - 1.5)
    return [1, *range(step, int(worst * 1.12) + step, step)]


def _rank_axis(fig: go.Figure, ranks: pd.Series, lang: str, row: int | None = None,
               title: bool = True, most_ticks: int = 5, room_below: float = 0.12) -> None:
    """Rank axis with 1 at the top (never 0), room above the best rank for its label (and below the
    worst, `room_below` of its rank, for a label under it)."""
    worst = float(ranks.max())
    top = 1 - max(0.6, worst * 0.18)
    ticks = _rank_ticks(worst, most_ticks)
    kwargs = dict(row=row, col=1) if row else {}
    fig.update_yaxes(autorange=False, range=[max(worst * (1 + room_below) + 1, ticks[-1] + 0.5), top],
                     title=t("rank_axis", lang) if title else "", zeroline=False, tickmode="array",
                     tickvals=ticks, ticktext=[str(v) for v in ticks], **kwargs)


def _with_gaps(rows: pd.DataFrame, years: list[int]) -> pd.DataFrame:
    """The rows of one line on every year of the axis: a missing edition becomes a gap (NaN)."""
    return rows.set_index("year").reindex(years).reset_index()


def ranking_history_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str,
                          title_key: str) -> Chart:
    """Lists with several editions, one panel each (lists are never merged): Liling's rank per
    edition as a thick line (gaps where an edition is missing), derived earlier ranks hollow,
    stated changes labelled, a rank goal dashed; other places named in the same lists as thin
    grey context lines. Rank 1 at the top of every panel."""
    from plotly.subplots import make_subplots

    codes = list(dict.fromkeys(df["list_code"]))
    years = list(range(int(df["year"].min()), int(df["year"].max()) + 1))
    fig = make_subplots(rows=len(codes), cols=1, shared_xaxes=True, vertical_spacing=0.3 / len(codes))
    many = len(years) > 6  # many editions: label the newest and the best only (hover gives all)
    for i, code in enumerate(codes, start=1):
        rows = df[df["list_code"] == code]
        color = PALETTE[(i - 1) % len(PALETTE)]
        own = rows[rows["region_code"] == "liling"]
        for region in dict.fromkeys(rows.loc[rows["region_code"] != "liling", "region_code"]):
            other = rows[(rows["region_code"] == region) & rows["kind"].isin(["rank"])].sort_values("year")
            line = _with_gaps(other, years)
            fig.add_scatter(x=line["year"], y=line["rank"], mode="lines+markers", row=i, col=1,
                            line=dict(color="#9e9e9e", width=1.5), marker=dict(size=6, color="#9e9e9e"),
                            name=str(other[col("region", lang)].iloc[0]), showlegend=False,
                            connectgaps=False,
                            hovertemplate=str(other[col("region", lang)].iloc[0])
                            + "<br>%{x}: %{y}<extra></extra>")
        stated = own[own["kind"] == "rank"].sort_values("year").drop_duplicates("year")
        derived = own[own["kind"] == "derived"].sort_values("year")
        if len(derived) and len(stated):  # dotted from the derived rank to the first stated one
            link = pd.concat([derived, stated.head(1)])
            fig.add_scatter(x=link["year"], y=link["rank"], mode="lines", hoverinfo="skip", row=i, col=1,
                            line=dict(color=color, width=3, dash="dot"), showlegend=False)
        labelled = set(stated["year"]) if not many else {stated["year"].max(),
                                                          stated.loc[stated["rank"].idxmin(), "year"]}
        line = _with_gaps(stated, years)
        has_goal = (df["kind"] == "target").any()
        fig.add_scatter(x=line["year"], y=line["rank"], mode="lines+markers+text", row=i, col=1,
                        name=str(own[col("list_name", lang)].iloc[0]) if len(own) else code,
                        line=dict(color=color, width=4), marker=dict(size=16, color=color),
                        connectgaps=False, showlegend=False, cliponaxis=False,
                        text=[_rank_label(r, lang, stacked=True) if r.year in labelled and pd.notna(r.rank)
                              else "" for r in line.itertuples()],
                        # two lines (rank, change), leaning inwards at the ends: labels of
                        # neighbouring editions never meet, not even on a phone
                        textposition=[_lean(y, years, has_goal, "top") for y in line["year"]],
                        textfont=dict(size=16, color=color),
                        customdata=list(zip(line["fact_id"].fillna(""), hover_quotes(line["quote"]),
                                            strict=True)),
                        hovertemplate="%{x}: %{text}<br>%{customdata[1]}<extra></extra>")
        if len(derived):
            fig.add_scatter(x=derived["year"], y=derived["rank"], mode="markers+text", row=i, col=1,
                            showlegend=False, cliponaxis=False,
                            marker=dict(size=16, color="white", line=dict(color=color, width=3)),
                            text=[_rank_label(r, lang, stacked=True) for r in derived.itertuples()],
                            textposition=[_lean(y, years, has_goal, "bottom") for y in derived["year"]],
                            textfont=dict(size=15, color=color),
                            customdata=list(zip(derived["fact_id"], hover_quotes(derived["quote"]),
                                                strict=True)),
                            hovertemplate="%{x}: %{text}<br>%{customdata[1]}<extra></extra>")
        targets = own[own["kind"] == "target"]
        for r in targets.itertuples():
            # The goal as a dashed segment at the right end, labelled above it: it crosses no label.
            fig.add_shape(type="line", x0=years[-1] - 0.3, x1=years[-1] + 1.3, y0=r.rank, y1=r.rank,
                          line=dict(color=color, width=2, dash="dash"), row=i, col=1)
            fig.add_scatter(x=[years[-1] + 1.3], y=[r.rank], mode="text", row=i, col=1, showlegend=False,
                            text=[f"{_rank_label(r, lang)}<br>（{r.period}）" if lang == "zh"
                                  else f"{_rank_label(r, lang)}<br>({r.period})"],
                            textposition="bottom left", textfont=dict(size=14, color=color),
                            cliponaxis=False, customdata=[[r.fact_id, *hover_quotes([r.quote])]],
                            hovertemplate="%{text}<br>%{customdata[1]}<extra></extra>")
        name_text = str(rows[col("list_name", lang)].iloc[0])
        publisher = rows["publisher"].iloc[0] if "publisher" in rows.columns else ""
        if isinstance(publisher, str) and publisher:
            name_text += " · " + t("publisher_named", lang, publisher=publisher)
        ranks = rows.loc[rows["kind"] != "target", "rank"]
        _rank_axis(fig, pd.concat([ranks, rows.loc[rows["kind"] == "target", "rank"]]), lang, row=i,
                   title=False, most_ticks=4 if len(codes) <= 3 else 3,
                   room_below=0.5 if len(derived) else 0.12)  # a derived rank's label sits below it
        yref = "y domain" if i == 1 else f"y{i} domain"
        fig.add_annotation(text=f"<b>{_wrap(name_text, 28 if lang == 'zh' else 30)}</b>", xref="paper",
                           yref=yref, x=0, y=1.02, xanchor="left", yanchor="bottom", showarrow=False,
                           align="left", font=dict(size=15, color=color))
    fig.update_xaxes(tickmode="array", tickvals=years, ticktext=[str(y) for y in years],
                     range=[years[0] - 0.4, years[-1] + (1.35 if (df["kind"] == "target").any() else 0.4)])
    fig.update_xaxes(title=t("edition_year", lang), row=len(codes), col=1)
    fig.update_layout(showlegend=False)
    periods = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
    title = t(title_key, lang, periods=periods)
    notes = [t("rankings_note", lang)] if (df["kind"] == "derived").any() else []
    if len(years) > len(set(df.loc[df["region_code"] == "liling", "year"])):
        notes.append(t("edition_missing", lang))
    _finish(fig, title, t("rank_axis", lang), source_line(source_ids_of(df), sources, lang), lang,
            150 + 260 * len(codes), "<br>".join(notes), left_px=50)
    fig.update_layout(margin=dict(t=150))
    return Chart(chart_id, title, t("rank_axis", lang), fig, df, source_ids_of(df),
                 periods.replace("–", "-"))


def ranking_points_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str,
                         title_key: str) -> Chart:
    """Lists with a single edition in the documents (all scopes: the list names say which): one row
    per list (names wrap, so a phone reflows them), its point on a rank axis starting at 1 (left),
    labelled above the point."""
    df = df[df["kind"] == "rank"]
    labels = [_wrap(n, 9 if lang == "zh" else 18) for n in df[col("list_name", lang)]]
    lines = max((x.count("<br>") + 1 for x in labels), default=1)
    fig = go.Figure()
    fig.add_scatter(
        y=labels, x=df["rank"], mode="markers+text", marker=dict(size=18, color=PALETTE[0]),
        text=[f"{_rank_label(r, lang)}<br>{r.period}" for r in df.itertuples()],  # narrow: two lines
        # above the point, running towards the middle: a label never leaves the plot
        textposition=["top right" if r < df["rank"].max() / 2 else "top left" for r in df["rank"]],
        textfont=dict(size=15), cliponaxis=False, showlegend=False,
        customdata=list(zip(df["fact_id"], hover_quotes(df["quote"]), strict=True)),
        hovertemplate="%{y}: %{text}<br>%{customdata[1]}<extra></extra>")
    worst = float(df["rank"].max())
    ticks = _rank_ticks(worst)
    fig.update_xaxes(autorange=False, range=[1 - max(0.6, worst * 0.05),
                                             max(worst * 1.05 + 1, ticks[-1] + 0.5)],
                     title=t("rank_axis_x", lang), zeroline=False, tickmode="array", tickvals=ticks,
                     ticktext=[str(v) for v in ticks])
    fig.update_yaxes(categoryorder="array", categoryarray=labels[::-1], tickfont=dict(size=14),
                     range=[-0.6, len(labels) - 0.2])
    periods = periods_text(df["period"], lang)
    title = t(title_key, lang, periods=periods)
    _finish(fig, title, t("rank_axis_x", lang), source_line(source_ids_of(df), sources, lang), lang,
            170 + len(df) * (34 + 18 * lines), left_px=label_px(labels, 14) + 12, below_px=70)
    return Chart(chart_id, title, t("rank_axis_x", lang), fig, df, source_ids_of(df),
                 periods.replace("、", "-").replace(", ", "-"))


_MATRIX_SYSTEMS = ["zhuzhou_3_3_2", "liling_3_5_2", "liling_clusters", "liling_chains", "edz_1_2_n"]
_REGION_SHORT = {"zhuzhou": ("株洲", "Zhuzhou"), "liling": ("醴陵", "Liling"),
                 "liling_edz": ("经开区", "Zone")}
REGION_SHORT = _REGION_SHORT


def _tier_short(name: str) -> str:
    """'两个一批：传统产业' -> '传统产业'; 'emerging industries' -> 'emerging'."""
    name = name.split("：")[-1].split(": ")[-1]
    if name.endswith((" industries", " industry")):  # 'emerging industries' -> 'emerging'
        return name.rsplit(" ", 1)[0]
    return name.replace("产业", "") if len(name) > 2 else name


def industry_matrix_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *,
                          chart_id: str = "industry_matrix",
                          title_key: str = "industry_matrix_title") -> Chart:
    """Industries (rows) against systems (columns): a dot, labelled with its tier, where a system
    includes the industry; a dotted ring counts the slots the documents leave unnamed."""
    en = lang == "en"
    df = df[df["system_code"].isin(_MATRIX_SYSTEMS)]
    systems = [s for s in _MATRIX_SYSTEMS if s in set(df["system_code"])]
    firsts = df.drop_duplicates("system_code").set_index("system_code")
    x_labels = {s: f"{_REGION_SHORT[firsts.loc[s, 'region_code']][1 if en else 0]}<br>"
                   + _wrap(str(firsts.loc[s, 'system_label_en' if en else 'system_label']), 12)
                for s in systems}
    named = df[df["industry_key"].notna()].sort_values("industry_order")
    ind_col = col("industry", lang)
    ind_order = list(dict.fromkeys(named[ind_col]))
    unnamed_label = t("industry_unnamed_row", lang)
    fig = go.Figure()
    for i, s in enumerate(systems):
        rows = named[named["system_code"] == s]
        color = PALETTE[i % len(PALETTE)]
        one_tier = df[df["system_code"] == s]["tier_code"].nunique() == 1
        tiers = ["" if one_tier else _tier_short(v) for v in rows[col("tier_name", lang)]]
        fig.add_scatter(
            x=[x_labels[s]] * len(rows), y=rows[ind_col], mode="markers+text",
            marker=dict(size=20, color=color), text=tiers, textposition="middle right",
            textfont=dict(size=13, color=color), showlegend=False, cliponaxis=False,
            hovertemplate="%{y} · %{text}<extra>" + x_labels[s].replace("<br>", " ") + "</extra>")
        gaps = df[(df["system_code"] == s) & (~df["is_named"])]
        if len(gaps):
            fig.add_scatter(x=[x_labels[s]], y=[unnamed_label], mode="markers+text",
                            marker=dict(size=20, color="white", line=dict(color=color, width=2)),
                            text=[f"×{len(gaps)}"], textposition="middle right",
                            textfont=dict(size=15, color=color), showlegend=False,
                            hovertemplate=f"{unnamed_label}: {len(gaps)}<extra></extra>")
    fig.update_xaxes(side="top", tickfont=dict(size=15), showgrid=True, categoryorder="array",
                     categoryarray=[x_labels[s] for s in systems])
    fig.update_yaxes(categoryorder="array", categoryarray=[unnamed_label, *ind_order],
                     autorange="reversed", tickfont=dict(size=15), showgrid=True)
    title = t(title_key, lang)
    height = 230 + 27 * (len(ind_order) + 1)
    _finish(fig, title, "", source_line(source_ids_of(df), sources, lang), lang, height,
            t("industry_overlap_note", lang), left_px=label_px([unnamed_label, *ind_order], 15) + 12,
            below_px=20)
    # the last column's tier labels stand right of its dots: the right margin holds the longest
    last = df[df["system_code"] == systems[-1]] if systems else df.iloc[0:0]
    tail = [_tier_short(v) for v in last[col("tier_name", lang)]] if last["tier_code"].nunique() > 1 else []
    fig.update_layout(margin=dict(t=170, r=max(90, label_px(tail, 13) + 40)))
    years = source_years(source_ids_of(df), sources)
    period = years[0] if len(years) == 1 else f"{years[0]}-{years[-1]}" if years else ""
    return Chart(chart_id, title, "", fig, df, source_ids_of(df), period)


def matrix_html(chart: Chart) -> str:
    """A categorical dot matrix (industry_matrix_chart) as an HTML table for the page: the figure's own
    columns, rows, labels and colours (dots and column rules; text in ink, legible), one cell per dot
    (its label, a hollow dot for unnamed slots).
    Plotly drew the matrix's ~60 labelled points in ~200 ms of the viewer's main thread; the table
    costs next to nothing, wraps, and its text can be selected. Exports keep the figure."""
    import html as _html

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


def qianyi_paths_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str = "qianyi_paths",
                       title_key: str = "targets_paths_title") -> Chart:
    """The 千亿时代 paths: the newest actual, then dotted projections at the stated rates, to 1000亿元."""
    en = lang == "en"
    fig = go.Figure()
    crossings = []
    for i, code in enumerate(dict.fromkeys(df["indicator_code"])):
        rows = df[df["indicator_code"] == code].sort_values("year")
        color = PALETTE[i]
        name = rows[col("name", lang)].iloc[0]
        rate = float(rows["rate"].iloc[0])
        per = "yr" if en else "年"
        legend = f"{name} · {kind_label('projection', lang)} ({fmt_number(rate)}%/{per})"
        fig.add_scatter(x=rows["year"], y=rows["value"], mode="lines", line=dict(color=color, width=3,
                        dash="dot"), name=_wrap(legend, 34 if en else 20),  # wraps: a phone is narrow
                        customdata=rows[["kind"]].values,
                        hovertemplate="%{x}: %{y:.1f}" + ("亿元" if not en else " × 100m yuan")
                        + " (%{customdata[0]})<extra></extra>")
        base = rows[rows["kind"] != "projection"]
        fig.add_scatter(x=base["year"], y=base["value"], mode="markers+text", showlegend=False,
                        marker=dict(size=16, color=color),
                        text=[f"{fmt_value(r.value, '亿元', '', lang, 1)} ({kind_label(r.kind, lang)})"
                              for r in base.itertuples()],
                        # the first path's base labelled above its point, the next below: apart
                        textposition="top right" if i == 0 else "bottom right",
                        textfont=dict(size=15, color=color),
                        hovertemplate="%{x}: %{text}<extra></extra>")
        over = rows[rows["value"] >= 1000]
        if len(over):
            year = int(over["year"].iloc[0])
            crossings.append(t("crosses_1000", lang, name=name, year=year, rate=fmt_number(rate)))
            fig.add_scatter(x=[year], y=[float(over["value"].iloc[0])], mode="markers+text",
                            showlegend=False, marker=dict(size=14, color="white", symbol="diamond",
                                                          line=dict(color=color, width=3)),
                            text=[f"{year}"], textposition="top left", textfont=dict(size=17, color=color),
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
    bases = "、".join(str(int(y)) for y in sorted(df["base_year"].unique()))
    note = "<br>".join([t("targets_paths_note", lang, base=bases), *crossings])
    _finish(fig, title, "亿元" if not en else "100 million yuan",
            source_line(source_ids_of(df), sources, lang), lang, 560, note)
    return Chart(chart_id, title, "亿元" if not en else "100 million yuan", fig, df, source_ids_of(df),
                 f"{first}-{last}")


REGION_COLOR = {"liling": PALETTE[0], "zhuzhou": PALETTE[1], "liling_edz": PALETTE[2], "hunan": PALETTE[4]}


def _trend_marker(kind: str, color: str) -> dict:
    """Filled circle = actual, light ringed circle = estimate, hollow diamond = target, hollow
    circle = derived (superseded revisions are drawn apart, as small grey crosses)."""
    if kind == "target":
        return dict(size=16, symbol="diamond", color="white", line=dict(color=color, width=3))
    if kind == "derived":
        return dict(size=15, symbol="circle", color="white", line=dict(color=color, width=3))
    if kind == "estimate":
        return dict(size=15, symbol="circle", color=color, opacity=0.55, line=dict(color=color, width=3))
    return dict(size=15, symbol="circle", color=color, line=dict(color=color, width=1))


def trend_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str,
                title_key: str) -> Chart:
    """Figures over time: one line per indicator and region through its outcomes (actual or estimate,
    at the end year of its period), targets as hollow diamonds, derived values hollow, earlier
    revisions as grey crosses. One unit per chart (the caller groups indicators by unit)."""
    latest = df[df["is_latest"]]
    fig = go.Figure()
    series = list(dict.fromkeys(zip(latest["indicator_code"], latest["region_code"], strict=True)))
    multi_indicator = latest["indicator_code"].nunique() > 1
    years_all = sorted(df["period_end"].unique())
    for n, (code, region) in enumerate(series):
        rows = latest[(latest["indicator_code"] == code) & (latest["region_code"] == region)]
        color = REGION_COLOR.get(region, PALETTE[n % len(PALETTE)]) if not multi_indicator \
            else PALETTE[n % len(PALETTE)]
        label = f"{rows[col('region', lang)].iloc[0]} · {rows[col('name', lang)].iloc[0]}"
        outcomes = rows[rows["kind"] != "target"].sort_values(["period_end", "kind"])
        outcomes = outcomes.drop_duplicates("period_end")
        if len(outcomes) > 1:
            fig.add_scatter(x=outcomes["period_end"], y=outcomes["value"], mode="lines", showlegend=False,
                            line=dict(color=color, width=3), hoverinfo="skip")
        for kind in [k for k in KIND_ORDER if k in set(rows["kind"])]:
            # one marker per year and value: the same goal stated by two documents is one point
            pts = rows[rows["kind"] == kind].drop_duplicates(["period_end", "value"])
            text = [fmt_value(r.value, r.unit, r.approx, lang, int(r.decimals), r.unit_en)
                    for r in pts.itertuples()]
            fig.add_scatter(
                x=pts["period_end"], y=pts["value"], mode="markers+text", cliponaxis=False,
                name=f"{label} · {kind_label(kind, lang)}", legendgroup=label,
                marker=_trend_marker(kind, color),
                text=text, textposition=[_lean(y, years_all, False, "top") for y in pts["period_end"]],
                textfont=dict(size=14, color=color),
                customdata=list(zip(pts["period"], pts["fact_id"], hover_quotes(pts["quote"]), strict=True)),
                hovertemplate="%{customdata[0]}: %{text} (" + kind_label(kind, lang)
                + ")<br>%{customdata[2]}<extra>" + label + "</extra>")
    old = df[~df["is_latest"]]
    if len(old):
        fig.add_scatter(x=old["period_end"], y=old["value"], mode="markers", name=t("revised_value", lang),
                        marker=dict(size=10, color="#9e9e9e", symbol="x"),
                        customdata=old[["period", "revision", "source_id"]].values,
                        hovertemplate="%{customdata[0]}: %{y} (" + t("revision", lang)
                        + " %{customdata[1]}, %{customdata[2]})<extra></extra>")
    years = sorted(df["period_end"].unique())
    fig.update_xaxes(tickmode="array", tickvals=years, ticktext=[str(y) for y in years],
                     range=[years[0] - 0.5, years[-1] + 0.5])
    unit = df["unit"].iloc[0]
    unit_shown = df["unit_name_en"].iloc[0] if lang == "en" and unit != "%" else unit
    fig.update_yaxes(rangemode="tozero" if unit not in ("位", "类") else "normal",
                     autorange="reversed" if unit in ("位", "类") else True)
    names = "、".join(dict.fromkeys(latest[col("name", lang)])) if lang == "zh" else \
        ", ".join(dict.fromkeys(latest[col("name", lang)]))
    periods = periods_text(df["period"], lang)
    title = t(title_key, lang, indicators=names, periods=periods)
    _finish(fig, title, unit_shown, source_line(source_ids_of(df), sources, lang), lang,
            520, left_px=60, below_px=60)
    fig.update_layout(margin=dict(t=150 + 22 * (len(fig.data) // 3)))
    return Chart(chart_id, title, unit_shown, fig, df, source_ids_of(df),
                 f"{years[0]}-{years[-1]}" if len(years) > 1 else str(years[0]))


_UNIT_SLUGS = {"%": "pct", "亿元": "yi_yuan", "万元": "wan_yuan", "亿美元": "yi_usd", "人": "persons",
               "万人": "wan_persons", "人次": "visits", "万人次": "wan_visits",
               "个": "count", "家": "firms", "户": "households", "位": "rank", "天": "days", "年": "years"}


def unit_slug(unit: str) -> str:
    """An ASCII name for a unit, for chart ids: '亿元' -> 'yi_yuan'."""
    return _UNIT_SLUGS.get(unit, "u" + "".join(f"{ord(c):x}" for c in unit))


def chart_note(chart: Chart) -> str:
    """The chart's note as plain lines (what the footer says besides the source line)."""
    meta = chart.figure.layout.meta or {}
    return str(meta.get("note", "") or "").replace("<br>", "\n") if isinstance(meta, dict) else ""


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
    return fig


def _is_zh(fig: go.Figure) -> bool:
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    return any(ord(c) > 0x2E80 for c in str(meta.get("title", "")))


def _rewrap_rows(fig: go.Figure, width: int) -> None:
    """Category labels of a horizontal chart (y) wrapped again at `width` characters."""
    def again(v):
        if not isinstance(v, str):
            return v
        joined = v.replace("<br>", "" if width <= 16 else " ")
        return _wrap(joined, width)

    if fig.layout.yaxis.categoryarray is None:
        return
    fig.update_yaxes(categoryarray=[again(v) for v in fig.layout.yaxis.categoryarray])
    for trace in fig.data:
        if trace.y is not None and len(trace.y) and all(isinstance(v, str) for v in trace.y):
            trace.y = [again(v) for v in trace.y]
