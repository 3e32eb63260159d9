"""Rows of a statistics table (DOCX cells joined by tabs): name | unit | value | growth."""

from __future__ import annotations

import re

from dashboard.extract.indicators import Registry, match
from dashboard.extract.numerals import find_numbers

_CELL_NUMBER = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?\s*%?$")
_GROWTH_HEAD = re.compile(r"增长|增速|增幅|同比|比上年|±")
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,6}[省市县区旗镇]")
_UNIT_HEAD = re.compile(r"^(?:计量)?单位$")
_NAME_UNIT = re.compile(r"^(.{2,30}?)\s*[(（]([^()（）]{1,6})[)）]$")
_UNITS = ("亿元", "万元", "元", "%", "万人", "人", "万吨", "吨", "个", "家", "万户", "亿美元", "万美元")


def _growth_word(name: str, growth: bool) -> str:
    """增速 after a growth column's row name that does not say it (进出口总额 | -8.7)."""
    return "增速" if growth and "增" not in name else ""


def cells(para: str) -> list[str]:
    """The cells of a table row, or [] when the paragraph is not one."""
    if "\t" not in para:
        return []
    return [c.strip() for c in para.split("\t")]


def is_header(row: list[str]) -> bool:
    """A header row: no number in any cell, one of them says 单位 or 指标."""
    return (
        bool(row)
        and not any(_CELL_NUMBER.match(c) for c in row)
        and any(_UNIT_HEAD.match(c) or c in ("指标", "指标名称", "项目") for c in row)
    )


def row_figures(row: list[str], header: list[str], reg: Registry) -> list[dict]:
    """(indicator, value, unit, growth, column) of each value cell of a row named in its first cell."""
    if len(row) < 2 or not re.search(r"[\u4e00-\u9fff]{2}", row[0]):
        return []
    place = row[0] if _PLACE.fullmatch(row[0]) else ""  # 浏阳市 | 亿元 | 1500: a comparison of places
    unit_col = next((i for i, h in enumerate(header) if _UNIT_HEAD.match(h)), None)
    if unit_col is None and len(row) >= 3 and (row[1] in reg.unit_dim or row[1] == "%"):
        unit_col = 1
    unit = row[unit_col] if unit_col is not None and unit_col < len(row) else ""
    named = _NAME_UNIT.match(row[0])  # 社会消费品零售总额(亿元) | 182.3 | 6.0: the unit in the name
    if named and not place and (named.group(2) in reg.unit_dim or named.group(2) in _UNITS):
        row = [named.group(1)] + row[1:]
        unit = unit or named.group(2)
    out = []
    for j, cell in enumerate(row[1:], start=1):
        if j == unit_col or not cell:
            continue
        name = (header[j] if j < len(header) else "") if place else row[0]
        if place and len(name) <= 4 and _GROWTH_HEAD.search(name) and j > 1:
            name = header[j - 1] + "增长"  # 地区生产总值 | 增速: the growth of the column before
        if not re.search(r"[\u4e00-\u9fff]{2}", name):
            continue
        if _CELL_NUMBER.match(cell):
            value = float(cell.rstrip("%").strip().replace(",", ""))
            head = header[j] if j < len(header) else ""
            growth = cell.endswith("%") and unit != "%" or bool(_GROWTH_HEAD.search(head) and not place)
            cell_unit = "%" if growth or cell.endswith("%") else unit
        else:
            nums = find_numbers(cell)
            if len(nums) != 1 or nums[0].end - nums[0].start < len(cell) - 1 or not nums[0].unit:
                continue
            value, cell_unit, growth = nums[0].value, nums[0].unit, False
        if not cell_unit:
            continue
        is_growth = growth or (cell_unit == "%" and bool(re.search(r"增长|增速|增幅", name)))
        m = match(
            reg, name + ("增长" if growth and "增长" not in name else ""), cell_unit, "count", is_growth
        )
        if cell_unit == "%" and not (m and m.at >= 0) and "增长" not in name:
            m = match(reg, name + "增长", cell_unit, "count", True) or m  # 规模以上工业增加值 | % | 8.1
        known = bool(m and m.at >= 0)
        out.append(
            {
                "indicator": m.code if m and known else name + _growth_word(name, growth),
                "known": known,
                "value": value,
                "unit": cell_unit,
                "column": j,
                "place": place,
            }
        )
    return out
