"""Chart builders and their frame: each builder takes its query's rows and returns a `Chart`."""

# Modules: theme (template, palette, Chart, footer and source line), bars, ranks, industry and lines
# (the builders by shape), table (the matrix as HTML), screen (screen and projector versions).
# Number formatting lives in dashboard.formatting. The names below are what pages, export, the
# registry and the tests import from `dashboard.charts`; a new builder is named here too.

from dashboard.charts.bars import class_chart, indicator_bars, kind_bars, outcome_bars, shares_chart
from dashboard.charts.industry import industry_matrix_chart
from dashboard.charts.lines import qianyi_paths_chart, qianyi_verdicts, trend_chart
from dashboard.charts.map import county_map
from dashboard.charts.monitor import cumulative_chart
from dashboard.charts.peers import peer_ranks_chart
from dashboard.charts.ranks import ranking_history_chart, ranking_points_chart
from dashboard.charts.screen import (
                                    SLIDE_H,
                                    SLIDE_W,
                                    for_projector,
                                    for_screen,
                                    projector_figure,
                                    screen_figure,
)
from dashboard.charts.table import matrix_html
from dashboard.charts.theme import (
                                    FONT_STACK,
                                    FOOTER,
                                    HEIGHT,
                                    KIND_COLOR,
                                    KIND_ORDER,
                                    PALETTE,
                                    TEMPLATE,
                                    WIDTH,
                                    Chart,
                                    chart_note,
                                    hover_quotes,
                                    label_px,
                                    source_ids_of,
                                    source_line,
                                    source_years,
)
from dashboard.formatting import (
                                    class_label,
                                    fmt_number,
                                    fmt_value,
                                    period_label,
                                    periods_text,
                                    quote_text,
                                    unit_slug,
)

__all__ = [
    "FONT_STACK", "FOOTER", "HEIGHT", "KIND_COLOR", "KIND_ORDER", "PALETTE", "SLIDE_H", "SLIDE_W", "TEMPLATE",
    "WIDTH", "Chart", "chart_note", "class_chart", "class_label", "county_map", "cumulative_chart",
    "fmt_number", "fmt_value", "for_projector",
    "for_screen", "hover_quotes", "indicator_bars", "industry_matrix_chart", "kind_bars", "label_px",
    "matrix_html", "outcome_bars", "peer_ranks_chart", "period_label", "periods_text", "projector_figure",
    "qianyi_paths_chart", "qianyi_verdicts", "quote_text",
    "ranking_history_chart", "ranking_points_chart", "screen_figure", "shares_chart", "source_ids_of",
    "source_line", "source_years", "trend_chart", "unit_slug",
]
