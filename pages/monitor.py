"""经济运行 Monitor: the home region and its prefecture within the year, month by month."""

import streamlit as st

from dashboard import cache, cards, catalog, chart_display, charts, furniture, periods, site
from dashboard.i18n import col, name, t

lang = furniture.page_header("monitor")
running = cache.query("monitor_running")


def value_text(row, prefix: str = "") -> str:
    """A figure of the row as written (prefix '' for the running figure, 'before_' or 'target_')."""
    unit = row.target_unit if prefix == "target_" else row.unit
    return charts.fmt_value(getattr(row, prefix + "value"), unit, getattr(row, prefix + "approx") or "",
                            lang, int(row.decimals), row.unit_en)


def caption(row) -> str:
    """Period, grain and kind; the same months a year earlier; the year's target as progress."""
    lines = [cards.kind_caption(row.period, row.kind, lang)]
    if isinstance(row.before_period, str):
        lines.append(t("monitor_before", lang, period=periods.label(row.before_period, lang),
                       value=value_text(row, "before_")))
    if isinstance(row.target_period, str):
        lines.append(t("monitor_target", lang, year=row.year, value=value_text(row, "target_")))
    return "  \n".join(lines)


def quote_rows(row) -> list:
    """The figure's quote, and those of the year before and the target when shown."""
    out = [cards.QuoteRow(row.period, row.kind, row.quote, row.source_id, row.fact_id)]
    if isinstance(row.before_period, str):
        out.append(cards.QuoteRow(row.before_period, row.kind, row.before_quote, row.before_source_id,
                                  row.before_fact_id))
    if isinstance(row.target_period, str):
        out.append(cards.QuoteRow(row.target_period, "target", row.target_quote, row.target_source_id,
                                  row.target_fact_id))
    return out


if running.empty:
    st.info(t("monitor_empty", lang, home=site.short_name(site.home(), lang),
              prefecture=site.short_name(site.prefecture(), lang)))
else:
    # Per region, the newest year's figures as cards (newest end first); older ones folded in a table.
    for region in dict.fromkeys(running["region_code"]):
        rows = running[running["region_code"] == region]
        newest = rows[rows["year"] == rows["year"].max()]
        st.subheader(t("monitor_region", lang, region=newest[col("region", lang)].iloc[0],
                       period=periods.label(newest["period"].iloc[0], lang)))
        for start in range(0, len(newest), 3):
            for column, row in zip(st.columns(3), newest.iloc[start:start + 3].itertuples(), strict=False):
                with column:
                    cards.figure_card(name(row, lang), value_text(row), caption(row), quote_rows(row), lang)
        older = rows[rows["year"] != rows["year"].max()]
        if len(older) and (box := furniture.folded(t("monitor_older", lang, n=len(older)),
                                                   f"monitor_older_{region}", ":material/history:")):
            box.dataframe(cards.figures_view(older, lang, {
                col("name", lang): "indicator", "period": "period", "value": "value", "kind": "kind",
                "source_id": "source", "quote": "quote"}), hide_index=True, width="stretch")
    chart_display.show_views([catalog.MONITOR_CUMULATIVE], lang)
furniture.footer(lang)
