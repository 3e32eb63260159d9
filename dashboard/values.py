"""Strict reading of value and period cells: ASCII digits after NFKC, nothing looser.

What a quote states is read in dashboard/numbers.py."""

from __future__ import annotations

import math
import re

from dashboard.curated import parse_period
from dashboard.numbers import nfkc

__all__ = ["clean_number", "clean_period", "nfkc"]

_NUMBER = re.compile(r"[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?", re.ASCII)
_PERIOD = re.compile(r"\d{4}(-\d{4})?", re.ASCII)


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
    """A period cell: a year or a year range in ASCII digits after NFKC (full-width ２ -> 2)."""
    s = nfkc(text)
    if not _PERIOD.fullmatch(s):
        raise ValueError(text)
    parse_period(s)
    return s
