"""The overview cockpit's arithmetic: the comparable earlier figure, the change, the sparkline, progress.

Plain functions over a headline's series (rows with `period`, `value`, ...): no Streamlit here. Periods
are read with the one grammar (dashboard.periods); a year is compared with an earlier year, a run of
months only with the same months a year before: a 1-5月 figure never stands in for a year.
"""

from __future__ import annotations

from typing import NamedTuple

from dashboard import periods
from dashboard.formatting import fmt_number

SPARK_YEARS = 10  # the sparkline shows at most this many years, ending at the newest


class Comparison(NamedTuple):
    """The previous comparable figure and the years between it and the newest one with no figure."""

    period: str
    value: float
    kind: str
    missing_years: list[int]


def newest(rows: list) -> object | None:
    """The row of the newest period (by the grammar's sort key; a span ending together counts as newer)."""
    dated = [r for r in rows if periods.is_period(r.period)]
    return max(dated, key=lambda r: periods.sort_key(r.period)) if dated else None


def comparable_before(rows: list, period: str) -> Comparison | None:
    """The figure of the previous comparable period: the newest earlier year for a year; the same
    months a year before for a run of months; None for a span of years or when nothing is held."""
    p = periods.parse(period)
    by_period = {r.period: r for r in rows if periods.is_period(r.period)}
    if p.grain == "annual":
        earlier = [periods.parse(q) for q in by_period if periods.parse(q).grain == "annual"
                   and periods.parse(q).start_year < p.start_year]
        if not earlier:
            return None
        q = max(earlier, key=lambda x: x.sort_key)
        gap = list(range(q.start_year + 1, p.start_year))
    elif p.sub_annual:
        q = p.same_span_year_before()
        if q.text not in by_period:
            return None
        gap = []
    else:
        return None
    row = by_period[q.text]
    return Comparison(q.text, float(row.value), row.kind, gap)


def change_label(value: float, before: float, unit: str, lang: str) -> str:
    """The change as a metric delta: percentage points for rates, the difference and % for levels."""
    d = value - before
    sign = "+" if d >= 0 else "-"
    if unit == "%":
        return f"{sign}{fmt_number(abs(d), 1)}" + ("个百分点" if lang == "zh" else " pp")
    pct = f" ({sign}{fmt_number(abs(d) / before * 100, 1)}%)" if before else ""
    return f"{sign}{fmt_number(abs(d), 1)}{unit if lang == 'zh' else ''}{pct}"


def spark_values(rows: list, period: str) -> list[float]:
    """The sparkline: one slot per year (or per year's same months) up to `period`, at most
    SPARK_YEARS; a year with no figure is an empty slot (NaN), never a value drawn between two."""
    p = periods.parse(period)
    same = {}
    for r in rows:
        if not periods.is_period(r.period):
            continue
        q = periods.parse(r.period)
        if q.grain == p.grain and (q.start_month, q.end_month) == (p.start_month, p.end_month) \
                and q.start_year == q.end_year:
            same[q.start_year] = float(r.value)
    if not same:
        return []
    first = max(min(same), p.start_year - SPARK_YEARS + 1)
    return [same.get(y, float("nan")) for y in range(first, p.start_year + 1)]


def progress_share(value: float, target: float, unit: str) -> float | None:
    """How far a level is toward its target (0.953 for 952.6 of 1000); None for rates or no target."""
    if unit == "%" or not target or target != target or value != value:
        return None
    return value / target


def as_of(period_rows: list) -> str | None:
    """The newest single period (a year or months of one year) the data hold an outcome for."""
    single = [r.period for r in period_rows if periods.is_period(r.period)
              and periods.parse(r.period).grain != "multi_year"]
    return max(single, key=periods.sort_key) if single else None
