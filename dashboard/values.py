"""Strict reading of value and period cells: ASCII digits after NFKC, nothing looser.

What a quote states is read in dashboard/numbers.py."""

from __future__ import annotations

import math
import re

from dashboard import periods
from dashboard.numbers import nfkc

__all__ = ["clean_number", "clean_period", "nfkc"]

_NUMBER = re.compile(r"[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?", re.ASCII)


def clean_number(text: str) -> float:
    """A value cell: ASCII digits, optional sign, thousands commas and decimals; nothing looser."""
    s = nfkc(text)
    if not _NUMBER.fullmatch(s):
        raise ValueError(text)
    value = float(s.replace(",", ""))
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def clean_period(text: str) -> str:
    """A period cell in the grammar (YYYY, YYYY-YYYY, YYYY-MM, YYYY-MM/MM) after NFKC (full-width ２ -> 2);
    periods.PeriodError (a ValueError with .zh and .en) otherwise."""
    s = nfkc(text)
    if not s.isascii():  # other scripts' digits (٢٠٢٥) are refused, as in value cells
        raise periods.PeriodError(f"期间 {text!r} 只能用 0-9 数字", f"period {text!r}: digits 0-9 only")
    periods.parse(s)
    return s
