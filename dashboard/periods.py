"""The one period grammar: parse, check and label the periods of figures (years, spans, months)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

# --- The grammar ----------------------------------------------------------------------------------
#   YYYY        a year                                   annual
#   YYYY-YYYY   a span of years (the end after the start) multi_year
#   YYYY-MM     one month                                 month
#   YYYY-MM/MM  consecutive months of one year:           cumulative (from January: 1-N月, 一季度, 上半年)
#                                                         quarter (04/06, 07/09, 10/12: 二季度)
#                                                         months (any other run: 下半年 = 07/12, 3-5月)
# A run of months covering the whole year (MM = 01/12) is written YYYY: one spelling per span.

GRAINS = ("annual", "multi_year", "month", "cumulative", "quarter", "months")
SUB_ANNUAL = frozenset({"month", "cumulative", "quarter", "months"})
GRAIN_LABELS = {  # what a card or a filter says the grain is, zh and en
    "annual": ("全年", "year"),
    "multi_year": ("多年", "years"),
    "month": ("当月", "month"),
    "cumulative": ("累计", "year to date"),
    "quarter": ("季度", "quarter"),
    "months": ("月份区间", "months"),
}

_SHAPE = re.compile(r"^([12]\d{3})(?:-([12]\d{3})|-(\d{2})(?:/(\d{2}))?)?$")
_MON_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_QUARTER_ZH = ("一", "二", "三", "四")
_CUMULATIVE_ZH = {3: "一季度", 6: "上半年", 9: "前三季度"}
_CUMULATIVE_EN = {3: "Q1", 6: "H1", 9: "Q1–Q3"}


@dataclass(frozen=True)
class Period:
    """A span of whole months: start year/month to end year/month inclusive, and its grain."""

    start_year: int
    start_month: int
    end_year: int
    end_month: int
    grain: str

    # --- reading -----------------------------------------------------------------------------------

    @property
    def text(self) -> str:
        """The period written in the grammar (what facts.csv, imports and URLs hold)."""
        if self.grain == "annual":
            return f"{self.start_year}"
        if self.grain == "multi_year":
            return f"{self.start_year}-{self.end_year}"
        if self.grain == "month":
            return f"{self.start_year}-{self.start_month:02d}"
        return f"{self.start_year}-{self.start_month:02d}/{self.end_month:02d}"

    def __str__(self) -> str:
        return self.text

    @property
    def months(self) -> int:
        """How many months the period covers (a year: 12)."""
        return (self.end_year - self.start_year) * 12 + self.end_month - self.start_month + 1

    @property
    def sub_annual(self) -> bool:
        """True for a month or a run of months shorter than a year."""
        return self.grain in SUB_ANNUAL

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Ascending = older first: by end month; of two ending together, the longer span is 'newer'."""
        return (self.end_year, self.end_month, self.months)

    def split(self) -> tuple[date, date, str]:
        """(first month, last month, grain) for SQL: each month as the date of its first day."""
        return date(self.start_year, self.start_month, 1), date(self.end_year, self.end_month, 1), self.grain

    def same_span_year_before(self) -> Period:
        """The same months one year earlier (YYYY-01/05 -> the year before's 01/05)."""
        return Period(self.start_year - 1, self.start_month, self.end_year - 1, self.end_month, self.grain)

    # --- labels ------------------------------------------------------------------------------------

    def label(self, lang: str = "zh") -> str:
        """What people read: YYYY年1-5月 / Jan–May YYYY, YYYY年一季度 / Q1 YYYY, YYYY年 / YYYY."""
        y = self.start_year
        if self.grain == "annual":
            return f"{y}年" if lang == "zh" else f"{y}"
        if self.grain == "multi_year":
            return f"{y}-{self.end_year}年" if lang == "zh" else f"{y}–{self.end_year}"
        return f"{y}年{self.short('zh')}" if lang == "zh" else f"{self.short('en')} {y}"

    def short(self, lang: str = "zh") -> str:
        """An axis tick: the months without the year (上半年 / H1, 1-5月 / Jan–May); a year as YYYY."""
        zh = lang == "zh"
        if self.grain == "annual":
            return f"{self.start_year}"
        if self.grain == "multi_year":
            return f"{self.start_year}{'-' if zh else '–'}{self.end_year}"
        a, b = self.start_month, self.end_month
        if self.grain == "month":
            return f"{a}月" if zh else _MON_EN[a - 1]
        if self.grain == "cumulative" and b in _CUMULATIVE_ZH:
            return _CUMULATIVE_ZH[b] if zh else _CUMULATIVE_EN[b]
        if self.grain == "quarter":
            q = b // 3
            return f"{_QUARTER_ZH[q - 1]}季度" if zh else f"Q{q}"
        if (a, b) == (7, 12):
            return "下半年" if zh else "H2"
        return f"{a}-{b}月" if zh else f"{_MON_EN[a - 1]}–{_MON_EN[b - 1]}"


# --- Parsing --------------------------------------------------------------------------------------


class PeriodError(ValueError):
    """A period outside the grammar; .zh and .en say why (the caller names the row)."""

    def __init__(self, zh: str, en: str):
        super().__init__(en)
        self.zh, self.en = zh, en


def _grain(start: int, end: int) -> str:
    if start == 1:
        return "cumulative"
    if start % 3 == 1 and end == start + 2:
        return "quarter"
    return "months"


def grain_label(grain: str, lang: str = "zh") -> str:
    """The grain in words (累计 / year to date); the grain itself when it is unknown."""
    zh, en = GRAIN_LABELS.get(grain, (grain, grain))
    return zh if lang == "zh" else en


@functools.lru_cache(maxsize=4096)
def _read(text: str) -> Period:
    m = _SHAPE.fullmatch(text)
    shown = repr(text) if len(text) <= 40 else repr(text[:40] + "…")
    if not m:
        raise _not_in_grammar(shown)
    year = int(m.group(1))
    if m.group(2):
        end = int(m.group(2))
        if end <= year:
            raise PeriodError(
                f"期间 {shown} 的结束年份不晚于起始年份（一年请写 YYYY）",
                f"period {shown} does not end after it starts (one year is written YYYY)",
            )
        return Period(year, 1, end, 12, "multi_year")
    if not m.group(3):
        return Period(year, 1, year, 12, "annual")
    a = int(m.group(3))
    b = int(m.group(4)) if m.group(4) else a
    bad = [x for x in (m.group(3), m.group(4)) if x and not 1 <= int(x) <= 12]
    if bad:
        raise PeriodError(
            f"期间 {shown} 的月份 {bad[0]} 不在 01-12 之内",
            f"period {shown}: month {bad[0]} is not between 01 and 12",
        )
    if not m.group(4):
        return Period(year, a, year, a, "month")
    if b <= a:
        raise PeriodError(
            f"期间 {shown} 的结束月份不晚于起始月份（一个月请写 YYYY-MM）",
            f"period {shown} does not end after it starts (one month is written YYYY-MM)",
        )
    if (a, b) == (1, 12):
        raise PeriodError(
            f"期间 {shown} 是全年：请写 {year}",
            f"period {shown} is the whole year: write {year}",
        )
    return Period(year, a, year, b, _grain(a, b))


def _not_in_grammar(shown: str) -> PeriodError:
    return PeriodError(
        f"期间 {shown} 不符合格式：应为 年（YYYY）、年份区间（YYYY-YYYY）、月份（YYYY-MM）或同一年内的"
        f"连续月份（YYYY-MM/MM，如一季度 YYYY-01/03）",
        f"period {shown} is not in the grammar: a year YYYY, a span of years YYYY-YYYY, "
        f"a month YYYY-MM, or months of one year YYYY-MM/MM (Q1 = YYYY-01/03)",
    )


def parse(text: str) -> Period:
    """The Period a string in the grammar names; PeriodError (with .zh and .en) for anything else."""
    if not isinstance(text, str):
        raise _not_in_grammar(repr(text)[:40])  # a year read as a number is refused: periods are text
    return _read(text)


def problem(text: str) -> tuple[str, str] | None:
    """(zh, en) saying why `text` is no period in the grammar, or None when it is one."""
    try:
        parse(text)
    except PeriodError as e:
        return e.zh, e.en
    return None


def is_period(text: str) -> bool:
    """True when `text` is a period in the grammar."""
    return problem(text) is None


def split(text: str) -> tuple[date, date, str]:
    """(first month, last month, grain) of a period string, for the build's SQL columns."""
    return parse(text).split()


def label(text: str, lang: str = "zh") -> str:
    """The label of a period string (the string itself when it is not in the grammar)."""
    try:
        return parse(text).label(lang)
    except PeriodError:
        return str(text)


def sort_key(text: str) -> tuple[int, int, int]:
    """The sort key of a period string: newest end last."""
    return parse(text).sort_key


def year(y: int) -> Period:
    """The Period of a whole year."""
    return Period(y, 1, y, 12, "annual")


def years(first: int, last: int) -> Period:
    """The Period of a span of years (first < last)."""
    return parse(f"{first}-{last}")


def month_run(y: int, first: int, last: int) -> Period:
    """Months first..last of year y: one month, a run of months, or the year when it is 1..12."""
    if (first, last) == (1, 12):
        return year(y)
    if first == last:
        return parse(f"{y}-{first:02d}")
    return parse(f"{y}-{first:02d}/{last:02d}")
