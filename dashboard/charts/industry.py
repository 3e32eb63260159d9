"""The industry matrix: industries against the systems that name them, a dot per membership."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.theme import (
    PALETTE,
    Chart,
    finish,
    label_px,
    source_ids_of,
    source_line,
    source_years,
    wrap,
)
from dashboard.i18n import col, t


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
    df = df[df["matrix_order"].notna()]  # the systems data/industry_tiers.csv puts in the matrix
    systems = list(dict.fromkeys(df.sort_values("matrix_order", kind="stable")["system_code"]))
    firsts = df.drop_duplicates("system_code").set_index("system_code")
    x_labels = {s: f"{firsts.loc[s, 'region_short_en' if en else 'region_short_zh']}<br>"
                   + wrap(str(firsts.loc[s, 'system_label_en' if en else 'system_label']), 12)
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
    finish(fig, title, "", source_line(source_ids_of(df), sources, lang), lang, height,
            t("industry_overlap_note", lang), left_px=label_px([unnamed_label, *ind_order], 15) + 12,
            below_px=20)
    # the last column's tier labels stand right of its dots: the right margin holds the longest
    last = df[df["system_code"] == systems[-1]] if systems else df.iloc[0:0]
    tail = [_tier_short(v) for v in last[col("tier_name", lang)]] if last["tier_code"].nunique() > 1 else []
    fig.update_layout(margin=dict(t=170, r=max(90, label_px(tail, 13) + 40)))
    years = source_years(source_ids_of(df), sources)
    period = years[0] if len(years) == 1 else f"{years[0]}-{years[-1]}" if years else ""
    return Chart(chart_id, title, "", fig, df, source_ids_of(df), period)

