"""Chart builders: one explicit template, one palette, kinds styled alike, a source line on every chart.

Each builder takes the rows of its named query (and the sources table) and returns a `Chart`:
the plotly figure plus what export needs (id, title, unit, plotted rows, source ids).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from dashboard.i18n import kind_label, t

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


def source_ids_of(df: pd.DataFrame) -> list[str]:
    """The distinct source ids of the plotted rows (column source_id or space-separated source_ids)."""
    ids: list[str] = []
    for col in ("source_id", "source_ids"):
        if col in df.columns:
            for v in df[col].dropna():
                ids += str(v).split()
    return sorted(set(ids))


def source_line(source_ids: list[str], sources: pd.DataFrame, lang: str) -> str:
    """'来源：label; label' built from the sources table, never typed by hand."""
    col = "label_en" if lang == "en" else "label_zh"
    labels = sources.set_index("source_id")[col]
    names = [labels.get(s, s) for s in source_ids]
    sep = "; " if lang == "en" else "；"
    return t("sources_line", lang, sources=sep.join(names))


def fmt_number(value: float, decimals: int = 1) -> str:
    """737.6, 8.2, 15,000: the given decimals, trailing zeros dropped."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = f"{value:,.{max(decimals, 0)}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


_APPROX_BEFORE = {"近", "约", "超过", "突破"}
_APPROX_EN = {"以上": "≥", "超过": ">", "突破": ">", "左右": "~", "约": "~", "近": "~",
              "余": ">", "多": ">", "以内": "≤"}


def fmt_value(value: float, unit: str, approx: str = "", lang: str = "zh", decimals: int = 1,
              unit_en: str | None = None) -> str:
    """A figure as a label: '8%以上' / '≥8%', '737.6亿元', '261' / '261 people' (English unit label)."""
    number = fmt_number(value, decimals)
    approx = approx or ""
    if lang == "en":
        if unit == "类":  # a water-quality class: 三类以上 means class III or better
            return f"class {number}" + (" or better" if approx == "以上" else "")
        label = unit if unit_en is None else (unit_en if isinstance(unit_en, str) else "")
        suffix = "%" if unit == "%" else (f" {label}" if label else "")
        return f"{_APPROX_EN.get(approx, '')}{number}{suffix}"
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
                      height=height + 18 * n_lines)
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


_LABEL_WRAP = {"zh": 10, "en": 22}  # characters per line of a bar label


def kind_bars(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str, title: str,
              unit_label: str, label_col: str, period: str = "", note: str = "") -> Chart:
    """Horizontal bars, one per row, one trace per kind so the legend explains the styles."""
    df = df.reset_index(drop=True)
    order = list(dict.fromkeys(df[label_col]))
    grouped = df[label_col].duplicated().any()  # several kinds per label: bars side by side
    fig = go.Figure()
    for kind in [k for k in KIND_ORDER if k in set(df["kind"])]:
        rows = df[df["kind"] == kind]
        labels = [fmt_value(r.value, r.unit, r.approx, lang, int(r.decimals), getattr(r, "unit_en", None))
                  for r in rows.itertuples()]
        fig.add_bar(
            y=[_wrap(v, _LABEL_WRAP[lang]) for v in rows[label_col]], x=rows["value"],
            orientation="h", name=kind_label(kind, lang), marker=_bar_marker(kind),
            text=labels, textposition="outside", cliponaxis=False, textfont=dict(size=16),
            customdata=rows[["fact_id"]].values, offsetgroup=kind if grouped else None,
            hovertemplate="%{y}: %{text}<extra>" + kind_label(kind, lang) + "</extra>",
        )
    n = len(order)
    fig.update_layout(barmode="group" if grouped else "overlay", bargap=0.3, showlegend=True)
    fig.update_yaxes(categoryorder="array",
                     categoryarray=[_wrap(v, _LABEL_WRAP[lang]) for v in order][::-1])
    xmax = float(df["value"].max()) if len(df) else 1
    fig.update_xaxes(rangemode="tozero", range=[0, xmax * 1.3 if xmax > 0 else 1])
    wrapped = [_wrap(v, _LABEL_WRAP[lang]) for v in order]
    lines = max((w.count("<br>") + 1 for w in wrapped), default=1)
    height = max(360, 170 + n * max(70 if grouped else 52, 22 * lines + 16))
    _finish(fig, title, unit_label, source_line(source_ids_of(df), sources, lang), lang, height, note,
            left_px=label_px(wrapped) + 12, below_px=40)
    return Chart(chart_id, title, unit_label, fig, df, source_ids_of(df), period)


def shares_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str) -> Chart:
    """Liling's 1/3 1/4 1/5 1/6 of Zhuzhou: bars against the whole, labelled with the fraction as stated."""
    # The title says "share of Zhuzhou": the bars need only what is shared (规模工业, 人口 ...).
    names = [n.replace("占株洲比重", "").replace("Share of Zhuzhou's ", "")
             for n in df["name_en" if lang == "en" else "name_zh"]]
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
                customdata=df[["fact_ids"]].values,
                hovertemplate="%{y}: %{text} ≈ %{x:.1f}%<extra></extra>")
    # No legend (it would crowd a phone): the grey bar's meaning is the x-axis title.
    fig.update_layout(barmode="overlay", bargap=0.3, showlegend=False)
    fig.update_yaxes(categoryorder="array", categoryarray=names[::-1], tickfont=dict(size=22))
    fig.update_xaxes(range=[0, 100], ticksuffix="%", dtick=20, title=t("zhuzhou_whole", lang))
    title = f"{t('shares_title', lang)}（{df['period'].iloc[0]}）" if lang == "zh" else \
        f"{t('shares_title', lang)} ({df['period'].iloc[0]})"
    _finish(fig, title, t("shares_unit", lang), source_line(source_ids_of(df), sources, lang), lang,
            520, t("shares_note", lang), left_px=label_px(names, 22) + 12, below_px=75)
    return Chart("shares_of_zhuzhou", title, t("shares_unit", lang), fig, df, source_ids_of(df),
                 str(df["period"].iloc[0]))


def _rank_label(row, lang: str) -> str:
    """'第46位 ↑9', '第55位（推算）', '目标：前50'."""
    if row.kind == "target":
        return ("目标：前" if lang == "zh" else "goal: top ") + str(int(row.rank))
    label = t("rank_value", lang, n=int(row.rank))
    if pd.notna(row.stated_change) and row.stated_change:
        label += f" {'↑' if row.stated_change > 0 else '↓'}{abs(int(row.stated_change))}"
    if row.kind == "derived":
        label += f"（{kind_label('derived', lang)}）" if lang == "zh" else f" ({kind_label('derived', lang)})"
    return label


def _rank_axis(fig: go.Figure, ranks: pd.Series, lang: str) -> None:
    """Rank axis with 1 at the top, room above and below the points."""
    worst = float(ranks.max())
    fig.update_yaxes(autorange=False, range=[worst * 1.15 + 2, 0 if worst > 5 else 0.5],
                     title=t("rank_axis", lang), zeroline=False, tick0=1 if worst <= 5 else 0,
                     dtick=1 if worst <= 5 else 10)


def ranking_history_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str, scope: str) -> Chart:
    """Lists with several editions: a line per list over the years, 1 at the top; derived earlier
    ranks hollow on a dotted segment; stated changes labelled; a rank goal as a dashed line."""
    name_col = "list_name_en" if lang == "en" else "list_name_zh"
    fig = go.Figure()
    for i, code in enumerate(dict.fromkeys(df["list_code"])):
        rows = df[df["list_code"] == code].sort_values("year")
        color = PALETTE[i % len(PALETTE)]
        name = rows[name_col].iloc[0]
        points = rows[rows["kind"].isin(["rank", "derived"])]
        stated = points[points["kind"] == "rank"]
        derived = points[points["kind"] == "derived"]
        if len(derived) and len(stated):  # dotted from the derived rank to the first stated one
            link = pd.concat([derived, stated.head(1)])
            fig.add_scatter(x=link["year"], y=link["rank"], mode="lines", hoverinfo="skip",
                            line=dict(color=color, width=3, dash="dot"), showlegend=False)
        fig.add_scatter(x=stated["year"], y=stated["rank"], mode="lines+markers+text", name=name,
                        line=dict(color=color, width=4), marker=dict(size=18, color=color),
                        text=[_rank_label(r, lang) for r in stated.itertuples()],
                        textposition="top center", textfont=dict(size=17, color=color),
                        customdata=stated[["fact_id"]].values, cliponaxis=False,
                        hovertemplate=f"{name}<br>%{{x}}: %{{text}}<extra></extra>")
        if len(derived):
            fig.add_scatter(x=derived["year"], y=derived["rank"], mode="markers+text",
                            name=f"{name} · {kind_label('derived', lang)}", showlegend=False,
                            marker=dict(size=18, color="white", line=dict(color=color, width=3)),
                            text=[_rank_label(r, lang) for r in derived.itertuples()],
                            textposition="top center", textfont=dict(size=16, color=color),
                            customdata=derived[["fact_id"]].values, cliponaxis=False,
                            hovertemplate=f"{name}<br>%{{x}}: %{{text}}<extra></extra>")
        last = stated.tail(1)
        fig.add_annotation(x=float(last["year"].iloc[0]), y=float(last["rank"].iloc[0]),
                           text=_wrap(name, 10 if lang == "zh" else 22),
                           xanchor="left", xshift=16, showarrow=False, font=dict(size=16, color=color))
        for r in rows[rows["kind"] == "target"].itertuples():
            fig.add_hline(y=r.rank, line=dict(color=color, width=2, dash="dash"),
                          annotation_text=f"{_rank_label(r, lang)}（{r.period}）" if lang == "zh"
                          else f"{_rank_label(r, lang)} ({r.period})",
                          annotation_position="bottom right", annotation_font=dict(size=15, color=color))
    years = sorted(df["year"].unique())
    _rank_axis(fig, df["rank"], lang)
    fig.update_xaxes(tickmode="array", tickvals=years, ticktext=[str(y) for y in years],
                     range=[min(years) - 0.3, max(years) + 1.2], title=t("edition_year", lang))
    fig.update_layout(showlegend=False)
    title = t(f"rankings_title_{scope}", lang)
    _finish(fig, title, t("rank_axis", lang), source_line(source_ids_of(df), sources, lang), lang, 560,
            t("rankings_note", lang) if (df["kind"] == "derived").any() else "", left_px=62)
    return Chart(f"ranking_history_{scope}", title, t("rank_axis", lang), fig, df, source_ids_of(df),
                 f"{min(years)}-{max(years)}")


def ranking_points_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str, scope: str) -> Chart:
    """Lists with a single edition in the documents: one point per list on a rank axis, 1 at the top."""
    name_col = "list_name_en" if lang == "en" else "list_name_zh"
    df = df[df["kind"] == "rank"].sort_values("rank")
    labels = [_wrap(n, 8 if lang == "zh" else 16) for n in df[name_col]]
    fig = go.Figure()
    fig.add_scatter(
        x=labels, y=df["rank"], mode="markers+text", marker=dict(size=20, color=PALETTE[0]),
        text=[f"{_rank_label(r, lang)}<br>{r.period}" for r in df.itertuples()],
        textposition="top center", textfont=dict(size=16), cliponaxis=False, showlegend=False,
        customdata=df[["fact_id"]].values, hovertemplate="%{x}: %{text}<extra></extra>")
    _rank_axis(fig, df["rank"], lang)
    fig.update_xaxes(tickfont=dict(size=14), categoryorder="array", categoryarray=labels)
    title = t(f"rankings_title_{scope}", lang) if scope != "national" else t("rankings_title_single", lang)
    years = sorted(df["period"].unique())
    _finish(fig, title, t("rank_axis", lang), source_line(source_ids_of(df), sources, lang), lang,
            480 if len(df) > 2 else 400, left_px=62, below_px=90 if len(df) > 2 else 70)
    return Chart(f"ranking_points_{scope}", title, t("rank_axis", lang), fig, df, source_ids_of(df),
                 "-".join([years[0], years[-1]]) if len(years) > 1 else years[0])


_MATRIX_SYSTEMS = ["zhuzhou_3_3_2", "liling_3_5_2", "liling_clusters", "liling_chains", "edz_1_2_n"]
_REGION_SHORT = {"zhuzhou": ("株洲", "Zhuzhou"), "liling": ("醴陵", "Liling"),
                 "liling_edz": ("经开区", "Zone")}


def _tier_short(name: str) -> str:
    """'两个一批：传统产业' -> '传统产业'; 'emerging industries' -> 'emerging'."""
    name = name.split("：")[-1].split(": ")[-1]
    return name.replace("产业", "") if len(name) > 2 else name


def industry_matrix_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str) -> Chart:
    """Industries (rows) against systems (columns): a dot, labelled with its tier, where a system
    includes the industry; a dotted ring counts the slots the documents leave unnamed."""
    en = lang == "en"
    df = df[df["system_code"].isin(_MATRIX_SYSTEMS)]
    systems = [s for s in _MATRIX_SYSTEMS if s in set(df["system_code"])]
    firsts = df.drop_duplicates("system_code").set_index("system_code")
    x_labels = {s: f"{_REGION_SHORT[firsts.loc[s, 'region_code']][1 if en else 0]}<br>"
                   f"{firsts.loc[s, 'system_label_en' if en else 'system_label']}" for s in systems}
    named = df[df["industry_key"].notna()].sort_values("industry_order")
    ind_col = "industry_en" if en else "industry_zh"
    ind_order = list(dict.fromkeys(named[ind_col]))
    unnamed_label = t("industry_unnamed_row", lang)
    fig = go.Figure()
    for i, s in enumerate(systems):
        rows = named[named["system_code"] == s]
        color = PALETTE[i % len(PALETTE)]
        one_tier = df[df["system_code"] == s]["tier_code"].nunique() == 1
        tiers = ["" if one_tier else _tier_short(v) for v in rows["tier_name_en" if en else "tier_name_zh"]]
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
    title = t("industry_matrix_title", lang)
    height = 230 + 27 * (len(ind_order) + 1)
    _finish(fig, title, "", source_line(source_ids_of(df), sources, lang), lang, height,
            t("industry_overlap_note", lang), left_px=label_px([unnamed_label, *ind_order], 15) + 12,
            below_px=20)
    fig.update_layout(margin=dict(t=170, r=90))
    return Chart("industry_matrix", title, "", fig, df, source_ids_of(df), "2021")


def qianyi_paths_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str) -> Chart:
    """The 千亿时代 paths: the 2020 actual, then dotted projections at the stated rates, to 1000亿元."""
    en = lang == "en"
    fig = go.Figure()
    crossings = []
    for i, code in enumerate(dict.fromkeys(df["indicator_code"])):
        rows = df[df["indicator_code"] == code].sort_values("year")
        color = PALETTE[i]
        name = rows["name_en" if en else "name_zh"].iloc[0]
        rate = float(rows["rate"].iloc[0])
        fig.add_scatter(x=rows["year"], y=rows["value"], mode="lines", line=dict(color=color, width=3,
                        dash="dot"), name=f"{name} · {kind_label('projection', lang)} ({fmt_number(rate)}%/"
                        + ("yr" if en else "年") + ")", customdata=rows[["kind"]].values,
                        hovertemplate="%{x}: %{y:.1f}亿元 (%{customdata[0]})<extra></extra>")
        base = rows[rows["kind"] == "actual"]
        fig.add_scatter(x=base["year"], y=base["value"], mode="markers+text", showlegend=False,
                        marker=dict(size=16, color=color),
                        text=[f"{fmt_number(v)}亿元 ({kind_label('actual', lang)})" for v in base["value"]],
                        textposition="bottom right", textfont=dict(size=15, color=color),
                        hovertemplate="%{x}: %{y}亿元<extra></extra>")
        over = rows[rows["value"] >= 1000]
        if len(over):
            year = int(over["year"].iloc[0])
            crossings.append(t("crosses_1000", lang, name=name, year=year, rate=fmt_number(rate)))
            fig.add_scatter(x=[year], y=[float(over["value"].iloc[0])], mode="markers+text",
                            showlegend=False, marker=dict(size=14, color="white", symbol="diamond",
                                                          line=dict(color=color, width=3)),
                            text=[f"{year}"], textposition="top left", textfont=dict(size=17, color=color),
                            hoverinfo="skip")
    fig.add_hline(y=1000, line=dict(color=INK, width=2, dash="dash"),
                  annotation_text=t("goal_line", lang), annotation_position="top left",
                  annotation_font=dict(size=15))
    fig.update_xaxes(dtick=1, title="")
    fig.update_yaxes(rangemode="tozero", title="亿元" if not en else "亿元 (100 million yuan)")
    title = t("targets_paths_title", lang)
    note = "<br>".join([t("targets_paths_note", lang), *crossings])
    _finish(fig, title, "亿元" if not en else "亿元 (100 million yuan)",
            source_line(source_ids_of(df), sources, lang), lang, 560, note)
    return Chart("qianyi_paths", title, "亿元", fig, df, source_ids_of(df),
                 f"{int(df['year'].min())}-{int(df['year'].max())}")


_UNIT_SLUGS = {"%": "pct", "亿元": "yi_yuan", "万元": "wan_yuan", "亿美元": "yi_usd", "人": "persons",
               "万人": "wan_persons", "人次": "visits", "万人次": "wan_visits",
               "个": "count", "家": "firms", "户": "households", "位": "rank", "天": "days", "年": "years"}


def unit_slug(unit: str) -> str:
    """An ASCII name for a unit, for chart ids: '亿元' -> 'yi_yuan'."""
    return _UNIT_SLUGS.get(unit, "u" + "".join(f"{ord(c):x}" for c in unit))


def for_projector(chart: Chart) -> go.Figure:
    """The chart restyled for a projector: larger type, black ink, thicker lines; height follows the
    screen (autosize), so one chart fills one slide."""
    fig = go.Figure(chart.figure)
    fig.update_layout(
        height=None, autosize=True, font=dict(size=22, color="#000000"),
        title=dict(font=dict(size=38, color="#000000"), subtitle=dict(font=dict(size=20))),
        legend=dict(font=dict(size=20)),
    )
    fig.update_xaxes(tickfont=dict(size=20), gridcolor="#bdbdbd", linecolor="#000000")
    fig.update_yaxes(tickfont=dict(size=20), gridcolor="#bdbdbd", linecolor="#000000")
    fig.update_traces(textfont=dict(size=21), selector=dict(type="bar"))
    fig.update_traces(textfont=dict(size=20), selector=dict(type="scatter"))
    for a in fig.layout.annotations:
        a.font.size = 16 if a.name == FOOTER else max(a.font.size or 16, 18)
    return fig
