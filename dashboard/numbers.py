"""Read a number as a Chinese document states it: "8.2%", "1/3", "1,135", "七成", "7成", "十"."""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_ARABIC = re.compile(r"^-?\d[\d,]*(\.\d+)?%?$")
_ARABIC_TENTHS = re.compile(r"^(\d+)成$")
_FRACTION = re.compile(r"^(\d+)/(\d+)$")


def _chinese_int(text: str) -> int:
    """Value of a Chinese numeral such as 十, 十三, 二十, 一百零五, 千."""
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit == 10000:
                total += (section + (digit or 0)) * unit
                section = 0
            else:
                section += (1 if digit is None else digit) * unit
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + section + (digit or 0)


def parse_stated(text: str) -> float:
    """The numeric value of a stated number; 七成 means 70 (per cent)."""
    s = text.strip()
    if _ARABIC.match(s):
        return float(s.rstrip("%").replace(",", ""))
    if s in ("两位数", "两位位数"):  # "double-digit" growth: 10 or more (the row says 以上)
        return 10.0
    m = _ARABIC_TENTHS.match(s)
    if m:
        return float(int(m.group(1)) * 10)
    m = _FRACTION.match(s)
    if m:
        return int(m.group(1)) / int(m.group(2))
    if s.endswith("成") and len(s) > 1:
        return float(_chinese_int(s[:-1]) * 10)
    if s and all(ch in _DIGITS or ch in _UNITS for ch in s):
        return float(_chinese_int(s))
    raise ValueError(f"cannot read a number from {text!r}")


def squeeze(text: str) -> str:
    """Text with all whitespace removed, for comparing quotes with print layouts."""
    return re.sub(r"\s+", "", text)


def find_numbers(text: str) -> list:
    """Every figure stated in `text`, as dashboard.extract.numerals.Number (stated, value, unit, approx)."""
    from dashboard.extract.numerals import find_numbers as _find

    return _find(text)


def states_value(quote: str, value: float, rel_tol: float = 1e-6) -> bool:
    """Whether the quote states `value` in some written form (8.2%, 1/3, 七成, 近千名, 第46位, 5万多件)."""
    import math

    found = _find_all(quote)
    return any(math.isclose(n.value, value, rel_tol=rel_tol, abs_tol=1e-6)
               or n.unit == "分数" and math.isclose(round(n.value, 6), value, rel_tol=1e-4) for n in found)


def _find_all(text: str) -> list:
    """The numbers of `text`, also those in a whitespace-free copy (quotes span print-layout line breaks)."""
    found = find_numbers(text)
    return found + find_numbers(squeeze(text)) if any(c.isspace() for c in text) else found
