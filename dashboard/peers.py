"""The peers /peers opens with and the map's colour choices, read from the data (no region typed)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from dashboard.i18n import col

Query = Callable[..., pd.DataFrame]


def default_peers(query: Query) -> list[str]:
    """The regions sharing ranking lists with the home region (most shared first), then the
    prefecture's other county-level units (peers_candidates' order)."""
    cands = query("peers_candidates")
    return list(cands.loc[cands["is_default"].astype(bool), "region_code"])


def metric_options(query: Query, peers: list[str], lang: str) -> dict[str, str]:
    """What the map can colour by: the lists ranking a chosen peer (most regions first), then the
    indicators the home region shares with a peer; code -> name."""
    out: dict[str, str] = {}
    ranks = query("peers_ranks", peers=list(peers))
    if len(ranks):
        ranks = ranks.assign(exact=ranks["approx"].fillna("") != "以内")
        counts = ranks.groupby("list_code", sort=False).agg(
            n=("region_code", "nunique"), year=("year", "max"), exact=("exact", "all"),
            name=(col("list_name", lang), "first"))
        # most regions ranked, then the newest edition, then a stated position (not "within N"), then
        # the query's order (national lists first)
        for code, r in counts.sort_values(["n", "year", "exact"], ascending=False, kind="stable").iterrows():
            out[str(code)] = str(r["name"])
    figures = query("peers_figures", peers=list(peers))
    if len(figures):
        counts = figures.groupby("indicator_code").agg(n=("region_code", "nunique"),
                                                       name=(col("name", lang), "first"))
        for code, r in counts.sort_values("n", ascending=False, kind="stable").iterrows():
            out.setdefault(str(code), str(r["name"]))
    return out


def default_metric(query: Query, peers: list[str]) -> str:
    """The map's opening colour: the first of metric_options, or '' (the chosen regions only marked)."""
    return next(iter(metric_options(query, peers, "zh")), "")


def opening(query: Query) -> dict:
    """The selection the peers charts open with: the default peers and the default metric."""
    peers = default_peers(query)
    return {"peers": tuple(peers), "metric": default_metric(query, peers)}
