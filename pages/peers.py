"""对标 Peers: the home region beside chosen peers — ranks per list and edition, shared figures, a map."""

import streamlit as st

from dashboard import cache, catalog, chart_display, furniture, peers, site_pages, url_state
from dashboard.i18n import col, t

lang = furniture.page_header("peers")
sep = "、" if lang == "zh" else ", "
cands = cache.query("peers_candidates")
if cands.empty:
    st.info(t("peers_no_home", lang))
else:
    names = dict(zip(cands["region_code"], cands[col("name", lang)], strict=True))
    home = str(cands.loc[cands["is_home"].astype(bool), "region_code"].iloc[0])
    options = [c for c in names if c != home]
    opening = cache.page_selection("peers")[catalog.PEERS_MAP.chart_id]
    chosen = url_state.url_list("peer", options, list(opening["peers"]), lang)
    st.markdown(f"**{t('peers_chosen', lang)}**{'：' if lang == 'zh' else ': '}"
                + furniture.plain(sep.join(names[c] for c in chosen) or t("peers_none", lang)))
    furniture.lazy_popover(t("peers_choose", lang), "peers_picker", ":material/tune:",
                           lambda: url_state.list_picker(t("peers_choose", lang), "peer", options, lang,
                                                         format_func=lambda c: names[c]))
    metrics = peers.metric_options(cache.query, chosen, lang)
    default = opening["metric"] if opening["metric"] in metrics else next(iter(metrics), "")
    metric = url_state.url_choice("metric", list(metrics), default, lang) if metrics else ""
    # A choice of colours only where a chosen peer holds a figure (else every peer is hatched alike).
    peer_held = bool(chosen) and (
        (~cache.query("peers_ranks", peers=chosen)["is_home"].astype(bool)).any()
        or not cache.query("peers_figures", peers=chosen).empty)
    if len(metrics) > 1 and peer_held:
        url_state.choice_links(site_pages.page("peers").file, "metric", list(metrics), metric, lang,
                               t("peers_metric", lang), format_func=metrics.get)
    # The map and the ranks side by side, one at a time (a row of links names them); the ranks chart's note
    # names the chosen regions an edition does not rank.
    chart_display.show_views([catalog.PEERS_MAP, catalog.PEERS_RANKS], lang, peers=tuple(chosen),
                             metric=metric)
    province = cands.loc[cands["region_code"] == home, "province_code"].iloc[0]
    outside = set(chosen) - set(cands.loc[cands["province_code"] == province, "region_code"])
    if outside:
        st.caption(t("peers_outside", lang, names=sep.join(names[c] for c in chosen if c in outside)))

    figures = cache.query("peers_figures", peers=chosen) if chosen else None
    if figures is None or figures.empty:
        st.info(t("peers_no_figures", lang))
    # The table is built once its section is opened (a page opening with a table drawn costs more).
    elif box := furniture.folded(t("peers_figures", lang) + f" ({figures['indicator_code'].nunique()})",
                                 "peers_figures", ":material/table:"):
        regions = [home, *[c for c in chosen if c in set(figures["region_code"])]]
        cell = {(r.indicator_code, r.period, r.region_code): f"{r.value:g} {r.unit} {r.approx or ''}".strip()
                for r in figures.itertuples()}
        lacks = t("peers_not_held", lang)
        rows = figures.drop_duplicates(["indicator_code", "period"])
        table = {t("indicator", lang): list(rows[col("name", lang)]), t("period", lang): list(rows["period"])}
        for code in regions:
            table[names.get(code, code)] = [cell.get((r.indicator_code, r.period, code), lacks)
                                            for r in rows.itertuples()]
        box.dataframe(table, hide_index=True, width="stretch")
        with box:
            furniture.source_links(sorted(set(figures["source_id"])), lang, list(figures["fact_id"]))
    lacking = [c for c in chosen if figures is None or c not in set(figures["region_code"])]
    if chosen and lacking:
        st.caption(t("peers_lacking", lang, names=sep.join(names[c] for c in lacking)))
furniture.footer(lang)
