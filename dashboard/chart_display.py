"""Charts on a page: heading, figure (or table), note, source links, view links and the export menu."""

from __future__ import annotations

import functools
import html

import streamlit as st

from dashboard import cache, catalog, charts, export, site_pages
from dashboard.furniture import lazy_popover, source_links
from dashboard.i18n import t
from dashboard.url_state import choice_links, url_choice


def chart_facts(chart: charts.Chart) -> list[str]:
    """The fact ids a chart plots (column fact_id, or space-separated fact_ids)."""
    ids: list[str] = []
    for column in ("fact_id", "fact_ids", "base_fact_id", "rate_fact_id"):
        if column in chart.data.columns:
            for v in chart.data[column].dropna():
                ids += str(v).split()
    return list(dict.fromkeys(ids))


def show_charts(spec, current: str, **selection) -> int:
    """Render every chart of one registry declaration (catalog.ChartSpec); returns how many."""
    shown = cache.charts(spec, current, **selection)
    for chart in shown:
        show_chart(chart, current, table=spec.screen == "table")
    return len(shown)


def view_choice(specs: list, current: str, **selection) -> list:
    """A page's charts one at a time (catalog.ChartSpec.view): a row of links to their page names them
    (?view=<chart id>, kept like any url_choice); returns the chosen (declaration, chart), or the only one."""
    shown = [(spec, chart) for spec in specs
             for chart in cache.charts(spec, current, parts=True, **selection)]
    if len(shown) > 1:
        ids = [chart.chart_id for _, chart in shown]
        labels = {chart.chart_id: catalog.view_label(spec, chart, current) for spec, chart in shown}
        view = url_choice("view", ids, ids[0], current)
        # Named views need no label over their links; a family's units are told as units.
        by_unit = all(spec.view == "unit" for spec, _ in shown)
        page = site_pages.page(specs[0].page).file
        choice_links(page, "view", ids, view, current, t("unit", current) if by_unit else None,
                     format_func=labels.get, as_list=any(spec.view_list for spec, _ in shown))
        shown = [(spec, chart) for spec, chart in shown if chart.chart_id == view]
    return shown


def show_views(specs: list, current: str, **selection) -> None:
    """A page's charts one at a time (view_choice), the chosen one drawn."""
    for spec, chart in view_choice(specs, current, **selection):
        show_chart(chart, current, table=spec.screen == "table")


PLOTLY_ZH = {"dictionary": {
    "Autoscale": "自动缩放", "Box Select": "矩形框选", "Compare data on hover": "悬停时比较数据",
    "Download plot as a PNG": "下载图表为 PNG 图片", "Download plot as a png": "下载图表为 PNG 图片",
    "Download plot": "下载图表", "Download plot as JSON": "下载图表为 JSON",
    "Lasso Select": "套索选择", "Pan": "平移", "Reset": "重置", "Reset axes": "重置坐标轴",
    "Reset view": "重置视图", "Reset views": "重置视图", "Show closest data on hover": "悬停时显示最近的数据",
    "Toggle Spike Lines": "切换辅助线", "Toggle show closest data on hover": "切换悬停时显示最近的数据",
    "Zoom": "缩放", "Zoom in": "放大", "Zoom out": "缩小",
    "Double-click to zoom back out": "双击恢复原始大小",
    "Taking snapshot - this may take a few seconds": "正在生成图片，请稍候",
    "Snapshot succeeded": "图片已生成",
    "Sorry, there was a problem downloading your image!": "抱歉，图片下载失败！",
    "Sorry, there was a problem downloading your snapshot!": "抱歉，图片下载失败！",
}, "format": {"decimal": ".", "thousands": ",",
              "days": ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
              "shortDays": ["日", "一", "二", "三", "四", "五", "六"],
              "months": [f"{m}月" for m in range(1, 13)], "shortMonths": [f"{m}月" for m in range(1, 13)],
              "date": "%Y-%m-%d"}}


def chart_config(chart: charts.Chart, current: str, **extra) -> dict:
    """Plotly's config: its toolbar in the page's language, the PNG named like the exports."""
    name = export.chart_filename(chart, "png", export.region_name(current)).removesuffix(".png")
    locale = {"locale": "zh-CN", "locales": {"zh-CN": PLOTLY_ZH}} if current == "zh" else {"locale": "en"}
    return {"displaylogo": False, "responsive": True, **locale,
            "modeBarButtonsToRemove": ["select2d", "lasso2d"],
            "toImageButtonOptions": {"format": "png", "filename": name,
                                     "width": charts.WIDTH, "height": charts.HEIGHT}, **extra}


def chart_heading(chart: charts.Chart) -> None:
    """The chart's title and unit as page text (it wraps on a phone; the toolbar cannot cover it)."""
    unit = f'<div class="chart-unit">{html.escape(chart.unit)}</div>' if chart.unit else ""
    st.html(f'<div class="chart-title">{html.escape(chart.title)}</div>{unit}')


def show_chart(chart: charts.Chart, current: str, table: bool = False) -> None:
    """Render a chart (theme=None, so screen and export match) between its title and its note and
    source links; the picture itself carries neither (exports keep both inside the image). With
    `table`, a dot matrix is shown as the HTML table it reads as (charts.matrix_html)."""
    chart_heading(chart)
    if table:
        st.html(charts.matrix_html(chart))
    else:
        st.plotly_chart(charts.screen_figure(chart), theme=None, width="stretch",
                        key=f"chart-{chart.chart_id}", config=chart_config(chart, current))
    note = charts.chart_note(chart)
    if note:
        st.html(f'<div class="chart-note">{html.escape(note).replace(chr(10), "<br>")}</div>')
    source_links(chart.source_ids, current, chart_facts(chart))
    export_menu(chart, current)


@st.cache_data(ttl=300, show_spinner=False)
def export_missing() -> list[str]:
    """What image export lacks on this server (checked at most every 5 minutes)."""
    return export.missing_requirements()


def export_menu(chart: charts.Chart, current: str) -> None:
    """Downloads of one chart (PNG 1x and 2x, SVG, PDF rendered server-side, and its data), in a popover
    built when opened."""
    lazy_popover(t("export_chart", current), f"export-{chart.chart_id}", ":material/download:",
                 _export_buttons, chart, current)


def _export_buttons(chart: charts.Chart, current: str) -> None:
    region = export.region_name(current)
    missing = export_missing()
    if missing:
        st.warning(t("export_missing", current, what="; ".join(missing)))
    for fmt, scale, label, mime in [("png", 1, "PNG 1600×900", "image/png"),
                                    ("png", 2, "PNG 3200×1800", "image/png"),
                                    ("svg", 1, "SVG", "image/svg+xml"),
                                    ("pdf", 1, "PDF", "application/pdf")]:
        st.download_button(label, functools.partial(export.to_image, chart, fmt, scale),
                           file_name=export.chart_filename(chart, fmt, region, scale), mime=mime,
                           key=f"dl-{chart.chart_id}-{fmt}-{scale}", on_click="ignore",
                           disabled=bool(missing), icon=":material/image:")
    st.download_button(t("data_csv", current), functools.partial(export.chart_data_csv, chart),
                       file_name=export.chart_filename(chart, "csv", region), mime="text/csv",
                       key=f"dl-{chart.chart_id}-csv", on_click="ignore", icon=":material/table:")
    st.download_button(t("data_xlsx", current), functools.partial(export.chart_data_xlsx, chart),
                       file_name=export.chart_filename(chart, "xlsx", region),
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       key=f"dl-{chart.chart_id}-xlsx", on_click="ignore", icon=":material/table:")
