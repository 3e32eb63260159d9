"""Figures for reading: cards with their quote popovers, captions, tables of figures, edition labels."""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import streamlit as st

from dashboard import charts
from dashboard.formatting import readable_quote
from dashboard.furniture import lazy_popover, source_links, sources_table
from dashboard.i18n import col, kind_label, name, t


class QuoteRow(NamedTuple):
    """The fields a quote popover shows, for a figure held in other columns of a row."""

    period: str
    kind: str
    quote: str
    source_id: str
    fact_id: str


def quote_popover(rows: list, current: str, label: str | None = None) -> None:
    """A '来源' button opening each figure's verbatim quote, its source, note and derivation (built when
    opened; its key comes from the figures it cites)."""
    key = "quote-" + "-".join(str(row.fact_id) for row in rows)
    lazy_popover(label or t("source", current), key, ":material/format_quote:", _quotes, rows, current)


def _quotes(rows: list, current: str) -> None:
    for row in rows:
        st.markdown(f"**{t('quote', current)}** · {charts.period_label(row.period, current)} · "
                    f"{kind_label(row.kind, current)}")
        shown = readable_quote(row.quote)  # simplified, a mirror's inline pinyin dropped
        st.text(shown)  # text, never markdown (nor its ** marks)
        if shown != charts.quote_text(row.quote):  # the stored text, verbatim, one click away
            with st.expander(t("quote_original", current)):
                st.text(charts.quote_text(row.quote))
        if isinstance(getattr(row, "formula", None), str) and row.formula:
            st.caption(f"{t('formula', current)}: {row.formula}")
        if isinstance(getattr(row, "note", None), str) and row.note:
            st.caption(f"{t('note', current)}: {row.note}")
        source_links([row.source_id], current, fact_id=row.fact_id)


def figure_card(label: str, value: str, caption: str, rows: list, current: str,
                delta: str | None = None, delta_color: str = "normal") -> None:
    """A bordered card: the figure, its period and kind, and the way to its quotes."""
    with st.container(border=True):
        st.metric(label, value, delta=delta, delta_color=delta_color)
        st.caption(caption)
        quote_popover(rows, current)


def kind_caption(period: str, kind: str, current: str) -> str:
    """'YYYY · 预计' / 'YYYY · estimate'; months labelled with their grain: 'YYYY年1-5月 · 累计 · 实际'."""
    from dashboard import periods

    shown = charts.period_label(period, current)
    if periods.is_period(str(period)) and periods.parse(str(period)).sub_annual:
        shown += " · " + periods.grain_label(periods.parse(str(period)).grain, current)
    return f"{shown} · {kind_label(kind, current)}"


def figures_view(rows, current: str, columns: dict[str, str]):
    """A table of figures for reading, in the page's language: the figure as written (unit and
    approximation word with it, English units converted, 1/3 not 0.3333), kinds and sources by
    their labels, no internal ids. `columns` maps the rows' columns to heading keys, in order."""
    labels = sources_table().set_index("source_id")[col("label", current)]
    decimals = rows["decimals"] if "decimals" in rows.columns else [None] * len(rows)
    out = {}
    for column, key in columns.items():
        if column == "value":
            out[t(key, current)] = [
                charts.fmt_value(v, u, a if isinstance(a, str) else "", current,
                                 int(d) if d == d and d is not None else _decimals_of(v))
                for v, u, a, d in zip(rows["value"], rows["unit"], rows["approx"], decimals, strict=True)]
        elif column == "kind":
            out[t(key, current)] = [kind_label(k, current) for k in rows["kind"]]
        elif column == "grain":  # 全年 / year, 累计 / year to date
            from dashboard import periods

            out[t(key, current)] = [periods.grain_label(g, current) for g in rows[column]]
        elif column in ("period", "before_period", "target_period"):  # months labelled: YYYY年1-5月
            out[t(key, current)] = [charts.period_label(p, current) if isinstance(p, str) else ""
                                    for p in rows[column]]
        elif column in ("source_id", "source_ids"):
            out[t(key, current)] = ["；".join(str(labels.get(s, s)) for s in str(v).split())
                                    if isinstance(v, str) else "" for v in rows[column]]
        elif column == "quote":
            out[t(key, current)] = [readable_quote(q) for q in rows[column]]
        else:
            out[t(key, current)] = rows[column].tolist()
    return pd.DataFrame(out)


def _decimals_of(value) -> int:
    """Decimals a stored value needs (up to 4): 737.6 -> 1, 5.23 -> 2, 120 -> 0."""
    text = f"{value:.4f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    return len(text.split(".")[1]) if "." in text else 0


def edition_label(edition_zh: str, current: str) -> str:
    """'第二十届' as written in Chinese; '20th edition' in English."""
    if current == "zh" or not isinstance(edition_zh, str):
        return edition_zh
    import cn2an

    core = edition_zh.strip().removeprefix("第").removesuffix("届")
    try:
        n = int(cn2an.cn2an(core, "smart"))
    except (ValueError, KeyError):
        return edition_zh
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} edition"


def derived_shares_html(rows: pd.DataFrame, current: str) -> str:
    """The home region's shares of its prefecture derived where both hold a figure for the same
    period (formula shown, kind derived), or which periods each holds when they never meet."""
    import html

    from dashboard import site
    from dashboard.formatting import fmt_number, fmt_value
    from dashboard.periods import label

    home, pref = site.short_name(site.home(), current), site.short_name(site.prefecture(), current)
    esc = html.escape
    out = [f"<h3>{esc(t('shares_derived_title', current, home=home, prefecture=pref))}</h3>"]
    matched = rows[rows["matched"]]
    if len(matched):
        out.append("<table class='derived-shares'><tr>" + "".join(
            f"<th>{esc(t(k, current))}</th>" for k in ("indicator", "period", "value", "kind", "formula"))
            + "</tr>")
        for r in matched.itertuples():
            d = int(r.decimals)
            formula = (f"{home} {fmt_value(r.home_value, r.unit, '', current, d)} ÷ "
                       f"{pref} {fmt_value(r.prefecture_value, r.unit, '', current, d)}")
            cells = [name(r, current), label(r.period, current), f"{fmt_number(r.share * 100, 1)}%",
                     kind_label("derived", current), formula]
            out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
        out.append("</table>")
    unmatched = rows[~rows["matched"]]
    for code in dict.fromkeys(unmatched["indicator_code"]):
        own = unmatched[unmatched["indicator_code"] == code]
        held = {region: "、".join(label(p, current) for p in own.loc[own["region_code"] == region, "period"])
                for region in (site.home(), site.prefecture())}
        out.append("<p>" + esc(t("shares_derived_apart", current, name=name(own.iloc[0], current), home=home,
                                 prefecture=pref, home_periods=held[site.home()] or "—",
                                 prefecture_periods=held[site.prefecture()] or "—")) + "</p>")
    if matched.empty and unmatched.empty:
        out.append("<p>" + esc(t("shares_derived_none", current)) + "</p>")
    return "".join(out)
