"""The overview cockpit: comparable periods of the same grain, honest gaps, changes, progress."""

from __future__ import annotations

import math
from typing import NamedTuple

import pytest

from dashboard import cockpit


class R(NamedTuple):
    period: str
    value: float
    kind: str = "actual"


SERIES = [R("2019", 8.2, "estimate"), R("2020", 4.0), R("2022", 5.5, "estimate"), R("2024-01/05", 6.1),
          R("2025-01/05", 7.0), R("2025-01/03", 6.5), R("2021-2025", 8.0)]


@pytest.mark.parametrize("period, expected", [
    ("2022", cockpit.Comparison("2020", 4.0, "actual", [2021])),  # the gap is said, not bridged
    ("2020", cockpit.Comparison("2019", 8.2, "estimate", [])),
    ("2019", None),
    ("2025-01/05", cockpit.Comparison("2024-01/05", 6.1, "actual", [])),  # the same months a year before
    ("2025-01/03", None),  # no 1-3月 the year before: never compared with a year or with 1-5月
    ("2021-2025", None),
])
def test_comparable_before_keeps_the_grain(period, expected):
    assert cockpit.comparable_before(SERIES, period) == expected


def test_newest_and_as_of_read_the_grammar():
    assert cockpit.newest(SERIES).period == "2021-2025"  # a span ending last
    assert cockpit.as_of(SERIES) == "2025-01/05"  # spans left out; 1-5月 is newer than 1-3月


@pytest.mark.parametrize("value, before, unit, lang, expected", [
    (5.5, 8.2, "%", "zh", "-2.7个百分点"),
    (5.5, 4.0, "%", "en", "+1.5 pp"),
    (952.6, 890, "亿元", "zh", "+62.6亿元 (+7%)"),
    (890, 952.6, "亿元", "en", "-62.6 (-6.6%)"),
])
def test_change_label(value, before, unit, lang, expected):
    assert cockpit.change_label(value, before, unit, lang) == expected


def test_spark_values_leave_missing_years_empty():
    values = cockpit.spark_values(SERIES, "2022")
    assert values[-4:-3] == [8.2] and values[-3:-2] == [4.0] and values[-1] == 5.5
    assert math.isnan(values[-2])  # 2021: no figure, nothing drawn
    assert cockpit.spark_values(SERIES, "2025-01/05") == [6.1, 7.0]  # only the same months


def test_progress_only_for_levels():
    assert cockpit.progress_share(952.6, 1000, "亿元") == pytest.approx(0.9526)
    assert cockpit.progress_share(5.5, 8, "%") is None
    assert cockpit.progress_share(952.6, float("nan"), "亿元") is None
