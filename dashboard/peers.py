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
    """What the map can colour by: the lists ranking a chosen peer (most regions ranked, then the newest
    edition, then a stated position before a "within N", then the query's order: national lists first),
    then the indicators the home region shares with a peer (most regions first); code -> name.
    Plain loops over a few rows: a page runs this on every run."""
    lists: dict[str, list] = {}
    for r in query("peers_ranks", peers=list(peers)).itertuples():
        name = getattr(r, col("list_name", lang))
        entry = lists.setdefault(r.list_code, [set(), 0, True, name, len(lists)])
        entry[0].add(r.region_code)
        entry[1] = max(entry[1], int(r.year))
        entry[2] = entry[2] and (r.approx or "") != "以内"
    order = sorted(lists, key=lambda c: (-len(lists[c][0]), -lists[c][1], not lists[c][2], lists[c][4]))
    out = {code: str(lists[code][3]) for code in order}
    indicators: dict[str, list] = {}
    for r in query("peers_figures", peers=list(peers)).itertuples():
        name = getattr(r, col("name", lang))
        entry = indicators.setdefault(r.indicator_code, [set(), name, len(indicators)])
        entry[0].add(r.region_code)
    for code in sorted(indicators, key=lambda c: (-len(indicators[c][0]), indicators[c][2])):
        out.setdefault(code, str(indicators[code][1]))
    return out


def default_metric(query: Query, peers: list[str]) -> str:
    """The map's opening colour: the first of metric_options, or '' (the chosen regions only marked)."""
    return next(iter(metric_options(query, peers, "zh")), "")


def opening(query: Query) -> dict:
    """The selection the peers charts open with: the default peers and the default metric."""
    peers = default_peers(query)
    return {"peers": tuple(peers), "metric": default_metric(query, peers)}
