"""Rank charts: lists with several editions as lines (one panel each), single editions as points."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.theme import (
    PALETTE,
    Chart,
    finish,
    hover_quotes,
    label_px,
    lean,
    source_ids_of,
    source_line,
    wrap,
)
from dashboard.formatting import periods_text
from dashboard.i18n import col, kind_label, rank_text, t


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
    """Lists with several editions, one panel each (lists are never merged): the home region's rank per
    edition as a thick line (gaps where an edition is missing), derived earlier ranks hollow,
    stated changes labelled, a rank goal dashed; other places named in the same lists as thin
    grey context lines. Rank 1 at the top of every panel."""
    from plotly.subplots import make_subplots

    codes = list(dict.fromkeys(df["list_code"]))
    years = list(range(int(df["year"].min()), int(df["year"].max()) + 1))
    fig = make_subplots(rows=len(codes), cols=1, shared_xaxes=True, vertical_spacing=0.3 / len(codes))
    for i, code in enumerate(codes, start=1):
        rows = df[df["list_code"] == code]
        color = PALETTE[(i - 1) % len(PALETTE)]
        own = rows[rows["is_home"]]  # the site's home region (the query marks it)
        for region in dict.fromkeys(rows.loc[~rows["is_home"], "region_code"]):
            other = rows[(rows["region_code"] == region) & rows["kind"].isin(["rank"])].sort_values("year")
            line = _with_gaps(other, years)
            fig.add_scatter(x=line["year"], y=line["rank"], mode="lines+markers", row=i, col=1,
                            line=dict(color="#9e9e9e", width=1.5), marker=dict(size=6, color="#9e9e9e"),
                            name=str(other[col("region", lang)].iloc[0]), showlegend=False,
                            connectgaps=False,
                            hovertemplate=str(other[col("region", lang)].iloc[0])
                            + "<br>%{x}: %{y}<extra></extra>")
        bounds = own[(own["kind"] == "rank") & (own["approx"].fillna("") == "以内")]
        for r in bounds.drop_duplicates("year").itertuples():  # 跻身百强: a band 1..N, joined to nothing
            fig.add_scatter(x=[r.year, r.year], y=[1, r.rank], mode="lines", row=i, col=1, showlegend=False,
                            line=dict(color=color, width=14), opacity=0.25, hoverinfo="skip")
            fig.add_scatter(x=[r.year], y=[r.rank], mode="text", row=i, col=1, showlegend=False,
                            text=[_rank_label(r, lang)], textposition="bottom center", cliponaxis=False,
                            textfont=dict(size=15, color=color),
                            customdata=[[r.fact_id, *hover_quotes([r.quote])]],
                            hovertemplate="%{x}: %{text}<br>%{customdata[1]}<extra></extra>")
        stated = own[(own["kind"] == "rank") & (own["approx"].fillna("") != "以内")]
        stated = stated.sort_values("year").drop_duplicates("year")
        derived = own[own["kind"] == "derived"].sort_values("year")
        for d in derived.itertuples():  # dotted from a derived rank to the stated edition it comes from
            after = stated[stated["year"] > d.year].head(1)
            if len(after):
                fig.add_scatter(x=[d.year, after["year"].iloc[0]], y=[d.rank, after["rank"].iloc[0]],
                                mode="lines", hoverinfo="skip", row=i, col=1, showlegend=False,
                                line=dict(color=color, width=3, dash="dot"))
        many = len(stated) > 6  # many editions: label the newest and the best only (hover gives all)
        labelled = set(stated["year"]) if not many else {stated["year"].max(),
                                                          stated.loc[stated["rank"].idxmin(), "year"]}
        line = _with_gaps(stated, years)
        has_goal = (df["kind"] == "target").any()
        goals = own.loc[own["kind"] == "target", "rank"]
        goal = float(goals.iloc[0]) if len(goals) else None
        fig.add_scatter(x=line["year"], y=line["rank"], mode="lines+markers+text", row=i, col=1,
                        name=str(own[col("list_name", lang)].iloc[0]) if len(own) else code,
                        line=dict(color=color, width=4), marker=dict(size=16, color=color),
                        connectgaps=False, showlegend=False, cliponaxis=False,
                        text=[_rank_label(r, lang, stacked=True) if r.year in labelled and pd.notna(r.rank)
                              else "" for r in line.itertuples()],
                        # two lines (rank, change), leaning inwards at the ends: labels of
                        # neighbouring editions never meet, not even on a phone
                        # neighbouring labelled editions alternate above and below their points, so
                        # two labels a year apart never meet, however narrow the screen
                        textposition=[lean(y, years, has_goal, _side(k, line, goal))
                                      for k, y in enumerate(line["year"])],
                        textfont=dict(size=16, color=color),
                        customdata=list(zip(line["fact_id"].fillna(""), hover_quotes(line["quote"]),
                                            strict=True)),
                        hovertemplate="%{x}: %{text}<br>%{customdata[1]}<extra></extra>")
        if len(derived):
            fig.add_scatter(x=derived["year"], y=derived["rank"], mode="markers+text", row=i, col=1,
                            showlegend=False, cliponaxis=False,
                            marker=dict(size=16, color="white", line=dict(color=color, width=3)),
                            text=[_rank_label(r, lang, stacked=True) for r in derived.itertuples()],
                            textposition=[lean(y, years, has_goal, "bottom") for y in derived["year"]],
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
                            # on the side of the line away from the newest edition's label
                            textposition="top left" if _newest_below(stated, r.rank) else "bottom left",
                            textfont=dict(size=14, color=color),
                            cliponaxis=False, customdata=[[r.fact_id, *hover_quotes([r.quote])]],
                            hovertemplate="%{text}<br>%{customdata[1]}<extra></extra>")
        name_text = str(rows[col("list_name", lang)].iloc[0])
        publisher = rows["publisher"].iloc[0] if "publisher" in rows.columns else ""
        if isinstance(publisher, str) and publisher and publisher[:2] not in name_text:
            name_text += " · " + t("publisher_named", lang, publisher=publisher)  # unless the name says it
        ranks = rows.loc[rows["kind"] != "target", "rank"]
        _rank_axis(fig, pd.concat([ranks, rows.loc[rows["kind"] == "target", "rank"]]), lang, row=i,
                   title=False, most_ticks=4 if len(codes) <= 3 else 3,
                   room_below=0.5 if len(derived) else 0.12)  # a derived rank's label sits below it
        yref = "y domain" if i == 1 else f"y{i} domain"
        fig.add_annotation(text=f"<b>{wrap(name_text, 28 if lang == 'zh' else 30)}</b>", xref="paper",
                           yref=yref, x=0, y=1.02, xanchor="left", yanchor="bottom", showarrow=False,
                           align="left", font=dict(size=15, color=color))
    fig.update_xaxes(tickmode="array", tickvals=years, ticktext=[str(y) for y in years],
                     range=[years[0] - 0.4, years[-1] + (1.35 if (df["kind"] == "target").any() else 0.4)])
    fig.update_xaxes(title=t("edition_year", lang), row=len(codes), col=1)
    fig.update_layout(showlegend=False)
    periods = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
    title = t(title_key, lang, periods=periods)
    notes = [t("rankings_note", lang)] if (df["kind"] == "derived").any() else []
    if len(years) > len(set(df.loc[df["is_home"], "year"])):
        notes.append(t("edition_missing", lang))
    finish(fig, title, t("rank_axis", lang), source_line(source_ids_of(df), sources, lang), lang,
            150 + 260 * len(codes), "<br>".join(notes), left_px=50)
    fig.update_layout(margin=dict(t=150))
    return Chart(chart_id, title, t("rank_axis", lang), fig, df, source_ids_of(df),
                 periods.replace("–", "-"))


def _side(k: int, line: pd.DataFrame, goal: float | None) -> str:
    """Above or below its point: editions alternate; the newest edition's label stands on the side away
    from the goal's dashed line (the goal's label takes the other side)."""
    held = line.index[line["rank"].notna()]
    if goal is not None and len(held) and k == held[-1]:
        return "top" if line["rank"].iloc[k] <= goal else "bottom"  # rank 1 at the top: better is higher
    return "top" if k % 2 == 0 else "bottom"


def _newest_below(stated: pd.DataFrame, goal: float) -> bool:
    """Whether the newest stated edition stands below (a worse rank than) the goal's line."""
    return bool(len(stated)) and float(stated.sort_values("year")["rank"].iloc[-1]) > goal


def ranking_points_chart(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str,
                         title_key: str) -> Chart:
    """Lists with a single edition in the documents (all scopes: the list names say which): one row
    per list (names wrap, so a phone reflows them), its point on a rank axis starting at 1 (left),
    labelled above the point."""
    df = df[df["kind"] == "rank"]
    labels = [wrap(n, 9 if lang == "zh" else 18) for n in df[col("list_name", lang)]]
    lines = max((x.count("<br>") + 1 for x in labels), default=1)
    fig = go.Figure()
    bound = (df["approx"].fillna("") == "以内").tolist()
    for label, r, is_bound in zip(labels, df.itertuples(), bound, strict=True):
        if is_bound:  # 跻身百强: within the top N, drawn as the band 1..N, never as the Nth place
            fig.add_scatter(x=[1, r.rank], y=[label, label], mode="lines", showlegend=False,
                            line=dict(color=PALETTE[0], width=14), opacity=0.3, hoverinfo="skip")
    fig.add_scatter(
        y=labels, x=df["rank"], mode="markers+text",
        marker=dict(size=18, color=PALETTE[0], opacity=[0 if b else 1 for b in bound]),
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
    finish(fig, title, t("rank_axis_x", lang), source_line(source_ids_of(df), sources, lang), lang,
            170 + len(df) * (34 + 18 * lines), left_px=label_px(labels, 14) + 12, below_px=70)
    return Chart(chart_id, title, t("rank_axis_x", lang), fig, df, source_ids_of(df),
                 periods.replace("、", "-").replace(", ", "-"))

