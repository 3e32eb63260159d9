"""The county map: a province's counties as filled shapes on hidden axes (no tiles, no base map)."""

from __future__ import annotations

import functools
import json
import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard import divisions
from dashboard.charts.theme import INK, MUTED, Chart, finish, hover_quotes, source_ids_of, source_line
from dashboard.formatting import fmt_number
from dashboard.i18n import col, rank_text, t

HOME_COLOR = "#D55E00"  # the home region's outline and marker (Okabe-Ito vermillion)
OTHER_FILL, BORDER = "#eeeeee", "#ffffff"
# Sequential blues, darkest = best (rank 1 / highest value): readable in grey print as well.
CLASS_FILLS = ["#08519c", "#3182bd", "#6baed6", "#bdd7e7"]
RANK_BREAKS = [10, 30, 100]  # ranks 1-10, 11-30, 31-100, beyond 100
MAP_HEIGHT = 820
TOLERANCE = 0.025  # degrees (~2.5 km, about three pixels of a 1600-pixel export): the screen's simplification
DECIMALS = 2  # after simplifying: shared vertices round alike, so neighbours still meet
LABEL_EM, LABEL_H = 0.40, 0.55  # degrees a name's character and line take at a slide's 24 px type on the
# smallest projector (1280x720: Hunan about 330 px wide, some 63 px a degree)


@functools.lru_cache(maxsize=8)
def _shapes(province_code: str, level: str) -> dict[str, list[np.ndarray]]:
    """Each unit's outer rings as arrays of (lon, lat), made once per process from data/geo/'s counties:
    simplified again as one coverage for the screen (neighbours keep one shared border), each
    prefecture the union of its counties, so its outline lies on their borders."""
    import shapely
    from shapely.geometry import shape

    path = divisions.map_path(province_code, "county")
    if not path.exists():
        return {}
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    simple = shapely.coverage_simplify([shape(f["geometry"]) for f in features], TOLERANCE)
    if level == "county":
        units = {f["properties"]["adcode"]: g for f, g in zip(features, simple, strict=True)}
    else:
        parents: dict[str, list] = {}
        for f, g in zip(features, simple, strict=True):
            parents.setdefault(f["properties"]["parent"], []).append(g)
        units = {code: shapely.union_all(gs) for code, gs in parents.items()}
    out = {}
    for code, g in units.items():
        polygons = list(g.geoms) if g.geom_type == "MultiPolygon" else [g]
        out[code] = [np.round(np.asarray(p.exterior.coords, dtype=float), DECIMALS)
                     for p in polygons if not p.is_empty]
    return out


def _path(rings: list[np.ndarray]) -> tuple[list, list]:
    """The rings as one x and one y list, each ring closed and followed by a None (a gap)."""
    xs, ys = [], []
    for ring in rings:
        xs += [*ring[:, 0].tolist(), None]
        ys += [*ring[:, 1].tolist(), None]
    return xs, ys


def _centre(rings: list[np.ndarray]) -> tuple[float, float]:
    """A label point: the centre of the largest ring's bounding box."""
    ring = max(rings, key=len)
    return (float(ring[:, 0].min() + ring[:, 0].max()) / 2, float(ring[:, 1].min() + ring[:, 1].max()) / 2)


def _classes(df: pd.DataFrame, lang: str) -> tuple[list[str], pd.Series]:
    """Class labels (best first) and each chosen region's class index; ranks by fixed breaks, values by
    up to four equal-count classes of the chosen regions' values."""
    held = df[df["value"].notna()]
    if held.empty:
        return [], pd.Series(dtype=int)
    if bool(held["is_rank"].iloc[0]):
        lows = [1, *(b + 1 for b in RANK_BREAKS[:-1])]
        bounds = list(zip(lows, RANK_BREAKS, strict=True))
        labels = [t("map_rank_class", lang, a=a, b=b) for a, b in bounds]
        labels.append(t("map_rank_beyond", lang, a=RANK_BREAKS[-1]))
        idx = held["value"].apply(
            lambda v: next((i for i, b in enumerate(RANK_BREAKS) if v <= b), len(RANK_BREAKS)))
        return labels, idx
    values = sorted(held["value"].unique(), reverse=True)
    n = min(len(CLASS_FILLS), len(values))
    groups = [list(g) for g in np.array_split(np.asarray(values), n)]
    labels = [f"{fmt_number(g[-1])}–{fmt_number(g[0])}" if g[0] != g[-1] else fmt_number(g[0])
              for g in groups]
    idx = held["value"].apply(lambda v: next(i for i, g in enumerate(groups) if v in g))
    return labels, idx


def county_map(df: pd.DataFrame, sources: pd.DataFrame, lang: str, *, chart_id: str, title_key: str) -> Chart:
    """The home province's counties: the others light grey, the prefecture outlined, the home region
    outlined and marked, the chosen peers filled by class of the chosen metric (a hatched fill where a
    peer lacks the figure, never a guess), one trace per class so the legend names each class."""
    province = str(df["province_code"].iloc[0])
    shapes = _shapes(province, "county")
    df = df[df["division_code"].isin(shapes)]
    chosen = df[df["is_home"] | df["is_peer"]]
    metric = chosen.dropna(subset=["metric_zh"])
    labels, idx = _classes(chosen, lang)
    fig = go.Figure()

    def area(codes, name: str, fill: str, line: str = BORDER, width: float = 0.6, legend: bool = True,
             pattern: dict | None = None) -> None:
        xs, ys = _path([r for c in codes for r in shapes[c]])
        if xs:
            fig.add_scatter(x=xs, y=ys, mode="lines", fill="toself", fillcolor=fill, name=name,
                            line=dict(color=line, width=width), hoverinfo="skip", showlegend=legend,
                            fillpattern=pattern)

    area(df.loc[~(df["is_home"] | df["is_peer"]), "division_code"], t("map_other", lang), OTHER_FILL,
         legend=False)
    for i, label in enumerate(labels):
        codes = chosen.loc[idx[idx == i].index, "division_code"]
        area(codes, label, CLASS_FILLS[min(i, len(CLASS_FILLS) - 1)])
    lacking = chosen[chosen["value"].isna()]
    if len(lacking) and not len(metric):  # nothing to colour by: the home region apart, the peers marked
        area(lacking.loc[lacking["is_home"].astype(bool), "division_code"], "", "#fde0c5", legend=False)
        lacking = lacking[~lacking["is_home"].astype(bool)]
    if len(lacking):
        area(lacking["division_code"], t("map_no_figure", lang) if len(metric) else t("map_peer", lang),
             "#ffffff" if len(metric) else "#9ecae1", line=MUTED, width=0.8,
             pattern=dict(shape="/", fgcolor="#9e9e9e", size=8, solidity=0.25) if len(metric) else None)
    prefecture = str(df["prefecture_division_code"].iloc[0])
    outline = _shapes(province, "prefecture").get(prefecture)
    if outline:
        xs, ys = _path(outline)
        fig.add_scatter(x=xs, y=ys, mode="lines", line=dict(color=INK, width=2.2), hoverinfo="skip",
                        name=t("map_prefecture", lang, name=df[col("prefecture", lang)].iloc[0]))
    home = df[df["is_home"]]
    if len(home):
        xs, ys = _path(shapes[home["division_code"].iloc[0]])
        fig.add_scatter(x=xs, y=ys, mode="lines", line=dict(color=HOME_COLOR, width=3.5), hoverinfo="skip",
                        name=t("map_home", lang, name=home[col("short", lang)].iloc[0]))
    unnamed = _labels(fig, chosen, shapes, lang)
    lon = [v for c in df["division_code"] for r in shapes[c] for v in (r[:, 0].min(), r[:, 0].max())]
    lat = [v for c in df["division_code"] for r in shapes[c] for v in (r[:, 1].min(), r[:, 1].max())]
    mid = (min(lat) + max(lat)) / 2
    fig.update_xaxes(visible=False, range=[min(lon) - 0.05, max(lon) + 0.05], fixedrange=True)
    fig.update_yaxes(visible=False, range=[min(lat) - 0.05, max(lat) + 0.05], fixedrange=True,
                     scaleanchor="x", scaleratio=1 / math.cos(math.radians(mid)))
    fig.update_layout(dragmode=False)
    period = str(metric["period"].iloc[0]) if len(metric) else ""
    what = str(metric[col("metric", lang)].iloc[0]) if len(metric) else ""
    title = t(title_key, lang, metric=what, periods=period) if what else t(f"{title_key}_plain", lang)
    unit = (t("map_unit_rank", lang) if bool(metric["is_rank"].iloc[0]) else str(metric["unit"].iloc[0])) \
        if len(metric) else ""
    notes = [t("map_lacking", lang, names=_names(lacking, lang))] if len(metric) and len(lacking) else []
    if unnamed:  # a printed map has no hover: the figures of regions whose name found no room
        notes.append(t("map_unnamed", lang, names=("、" if lang == "zh" else "; ").join(unnamed)))
    note = "<br>".join(notes)
    ids = source_ids_of(metric)
    finish(fig, title, unit, source_line(ids, sources, lang) if ids else t("map_geo_source", lang), lang,
           MAP_HEIGHT, note=note, left_px=10, below_px=20)
    # The chosen regions' rows (a lacking figure stays empty); a rank in `rank` as the deck's notes read it.
    data = df[df["is_home"] | df["is_peer"]].reset_index(drop=True)
    data = data.assign(kind=data["kind"].fillna(""), period=data["period"].fillna(period),
                       approx=data["approx"].fillna(""), unit=data["unit"].fillna(""))
    data = data.sort_values(["is_home", "value"], ascending=[False, True], na_position="last", kind="stable")
    if len(metric) and bool(metric["is_rank"].iloc[0]):
        data = data.assign(rank=data["value"])
    data = data.reset_index(drop=True)
    return Chart(chart_id, title, unit, fig, data, ids, period)


POSITIONS = ("top center", "bottom center", "middle right", "middle left")  # tried in this order
GAP = 0.08  # degrees between a point and its name


def _box(point: tuple[float, float], width: float, position: str) -> tuple[float, float, float, float]:
    """The rectangle (x0, x1, y0, y1, in degrees) a name of `width` takes at `position` by its point."""
    x, y = point
    if position == "top center":
        return x - width / 2, x + width / 2, y + GAP, y + GAP + LABEL_H
    if position == "bottom center":
        return x - width / 2, x + width / 2, y - GAP - LABEL_H, y - GAP
    if position == "middle right":
        return x + GAP, x + GAP + width, y - LABEL_H / 2, y + LABEL_H / 2
    return x - GAP - width, x - GAP, y - LABEL_H / 2, y + LABEL_H / 2


def _placed(chosen: pd.DataFrame, points: list[tuple[float, float]], lang: str) -> list[str]:
    """Where each name stands (a textposition), or "" where no place is free, even at a slide's 24 px
    type: the home region first, then the regions holding the figure, then the larger ones, each
    taking the first of POSITIONS that meets no name placed before; the rest are named on hover and
    in the note. A name takes LABEL_EM degrees per character and LABEL_H in height."""
    home, value, area = list(chosen["is_home"]), list(chosen["value"]), list(chosen["area"])
    sign = 1 if bool(chosen["is_rank"].any()) else -1  # the best figure first: rank 1, or the largest value
    order = sorted(range(len(chosen)), key=lambda i: (not home[i], pd.isna(value[i]),
                                                      0 if pd.isna(value[i]) else sign * value[i], -area[i]))
    names = list(chosen[col("short", lang)])
    width = [sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in n) * LABEL_EM for n in names]
    taken: list[tuple[float, float, float, float]] = []
    where = [""] * len(chosen)
    for i in order:
        for position in POSITIONS:
            b = _box(points[i], width[i], position)
            if all(b[1] <= o[0] or o[1] <= b[0] or b[3] <= o[2] or o[3] <= b[2] for o in taken):
                taken.append(b)
                where[i] = position
                break
    return where


def _labels(fig: go.Figure, chosen: pd.DataFrame, shapes: dict, lang: str) -> list[str]:
    """The chosen regions' short names at their centres where they fit (_placed), every chosen region
    with a marker giving its name, figure and quote on hover; returns "name: figure" of the regions
    holding a figure whose name found no room (the note names them)."""
    if chosen.empty:
        return []
    points = [_centre(shapes[c]) for c in chosen["division_code"]]
    area = [sum(float(np.ptp(r[:, 0]) * np.ptp(r[:, 1])) for r in shapes[c]) for c in chosen["division_code"]]
    chosen = chosen.assign(area=area)
    where = _placed(chosen, points, lang)
    value = [(rank_text(r.value, r.approx or "", lang) if r.is_rank else
              f"{fmt_number(r.value)} {r.unit}") if pd.notna(r.value) else t("map_no_figure", lang)
             for r in chosen.itertuples()]
    quotes = hover_quotes(chosen["quote"])
    names = list(chosen[col("short", lang)])
    fig.add_scatter(x=[p[0] for p in points], y=[p[1] for p in points], mode="text+markers",
                    text=[n if at else "" for n, at in zip(names, where, strict=True)],
                    textposition=[at or "top center" for at in where],
                    # a light halo: a name stays readable over a dark class fill
                    textfont=dict(size=14, color=INK, shadow="0 0 3px #ffffff, 0 0 2px #ffffff"),
                    cliponaxis=False, showlegend=False,
                    marker=dict(size=[14 if h else 6 for h in chosen["is_home"]],
                                symbol=["star" if h else "circle" for h in chosen["is_home"]],
                                color=[HOME_COLOR if h else INK for h in chosen["is_home"]]),
                    customdata=list(zip(names, value, quotes, strict=True)),
                    hovertemplate="%{customdata[0]}: %{customdata[1]}<br>%{customdata[2]}<extra></extra>")
    return [f"{n}{'：' if lang == 'zh' else ': '}{v}" for n, v, at, r in
            zip(names, value, where, chosen["value"], strict=True) if not at and pd.notna(r)]


def _names(rows: pd.DataFrame, lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(rows[col("short", lang)])

