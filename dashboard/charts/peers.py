"""Ranks side by side: the home region and its peers on each list and edition, rank 1 on the left."""

from __future__ import annotations

import pandas as pd

from dashboard.charts.map import HOME_COLOR
from dashboard.charts.theme import PALETTE, Chart, finish, hover_quotes, label_px, source_ids_of, source_line
from dashboard.i18n import col, rank_text, t

PEER_COLORS = [c for c in PALETTE if c not in (HOME_COLOR, "#F0E442")]  # yellow is too light on white


def peer_ranks_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str,
                     title_key: str) -> Chart:
    """One row per list and edition, one marker per region (the home region larger, in its colour),
    each labelled with its rank; a region an edition does not rank has no marker there."""
    import plotly.graph_objects as go

    df = df.drop_duplicates(["list_code", "year", "region_code"]).copy()
    sep = " · "
    pairs = zip(df["edition_zh"], df["year"], strict=True)
    editions = [e if lang == "zh" and isinstance(e, str) else str(y) for e, y in pairs]
    df["row"] = [f"{n}{sep}{e}" for n, e in zip(df[col("list_name", lang)], editions, strict=True)]
    rows = list(dict.fromkeys(df["row"]))
    # Neighbouring ranks on a row take turns above and below their markers, so their labels never meet.
    df["place"] = df.groupby("row")["rank"].rank(method="first").astype(int)
    fig = go.Figure()
    regions = list(dict.fromkeys(df.sort_values("is_home", ascending=False)["region_code"]))
    for i, code in enumerate(regions):
        part = df[df["region_code"] == code]
        home = bool(part["is_home"].iloc[0])
        color = HOME_COLOR if home else PEER_COLORS[(i - 1) % len(PEER_COLORS)]
        names = part[col("short", lang)]
        fig.add_scatter(x=part["rank"], y=part["row"], mode="markers+text", name=str(names.iloc[0]),
                        marker=dict(size=20 if home else 14, color=color, symbol="star" if home else "circle",
                                    line=dict(color="white", width=1)),
                        text=[rank_text(v, a or "", lang) if a == "以内" else str(int(v))
                              for v, a in zip(part["rank"], part["approx"], strict=True)],
                        textposition=["top center" if n % 2 else "bottom center" for n in part["place"]],
                        textfont=dict(size=14, color=color), cliponaxis=False,
                        customdata=list(zip(names, hover_quotes(part["quote"]), strict=True)),
                        hovertemplate="%{customdata[0]}: %{text}<br>%{customdata[1]}<extra></extra>")
    worst = float(df["rank"].max())
    top = worst * 1.08 + 1
    step = next(s for s in (1, 5, 10, 20, 50, 100, 200, 500) if top / s <= 10)
    ticks = [1, *range(step, int(top) + 1, step)] if step > 1 else list(range(1, int(top) + 1))
    fig.update_xaxes(range=[0, top], title=t("map_unit_rank", lang), zeroline=False, tickmode="array",
                     tickvals=ticks, ticktext=[str(v) for v in ticks])
    fig.update_yaxes(categoryorder="array", categoryarray=rows[::-1], autorange=True)
    periods = sorted(set(df["period"].astype(str)))
    title = t(title_key, lang, periods="、".join(periods) if lang == "zh" else ", ".join(periods))
    ids = source_ids_of(df)
    left = min(label_px(rows, 17), 520)
    missing = df.drop_duplicates("row").dropna(subset=[col("missing", lang)])
    if missing[col("missing", lang)].nunique() == 1:
        note = t("peers_not_ranked", lang, names=missing[col("missing", lang)].iloc[0])
    else:
        pairs = zip(missing["row"], missing[col("missing", lang)], strict=True)
        note = "<br>".join(f"{r}{'：' if lang == 'zh' else ': '}" + t("peers_not_ranked", lang, names=m)
                           for r, m in pairs)
    finish(fig, title, t("map_unit_rank", lang), source_line(ids, sources, lang), lang, 260 + 110 * len(rows),
           note=note, left_px=left)
    fig.update_yaxes(automargin=True)
    data = df.drop(columns=["row", "place"]).reset_index(drop=True)
    # Each figure named by its region and list (the deck's notes and the data file read `name_*`).
    data = data.assign(name_zh=data["region_zh"] + "·" + data["list_name_zh"],
                       name_en=data["region_en"] + " · " + data["list_name_en"])
    return Chart(chart_id, title, t("map_unit_rank", lang), fig, data, ids, "、".join(periods))
