"""Numbers, classes, periods and quotes as the whole app writes them (zh and en), from data/ tables."""

from __future__ import annotations

import functools
import math
import re

import pandas as pd


def _rows(table: str) -> list[dict[str, str]]:
    """A registry's rows (data/<table>.csv), empty when the file cannot be read."""
    from dashboard import curated

    try:
        return curated.read_rows(curated.TABLES_BY_NAME[table])
    except (OSError, ValueError):
        return []


def _english_units() -> dict[str, tuple[float, str]]:
    """unit -> (factor, English label): the one conversion table (data/units.csv, en_ columns)."""
    return {r["unit"]: (float(r["en_factor"] or 1), r["en_label"]) for r in _rows("units")}


EN_UNITS = _english_units()
# Approx words (data/approx.csv): where each stands in Chinese, and its sign in English.
_APPROX = _rows("approx_words")
APPROX_POSITION = {r["approx"]: r["position"] for r in _APPROX}
APPROX_SIGN_EN = {r["approx"]: r["sign_en"] for r in _APPROX}
ROMAN = {1: "Ⅰ", 2: "Ⅱ", 3: "Ⅲ", 4: "Ⅳ", 5: "Ⅴ"}
ROMAN_EN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V"}


def period_label(period, lang: str = "zh") -> str:
    """One period as titles, ticks and sources write it: years as held (YYYY, YYYY-YYYY), months
    labelled (YYYY年1-5月 / Jan–May YYYY, YYYY年一季度 / Q1 YYYY); text outside the grammar as is."""
    from dashboard import periods

    try:
        p = periods.parse(str(period))
    except periods.PeriodError:
        return str(period)
    return p.text if not p.sub_annual else p.label(lang)


def periods_text(periods, lang: str) -> str:
    """The plotted periods for a title: 'YYYY', 'YYYY、YYYY', 'YYYY–YYYY', 'YYYY年1-5月' (from the data)."""
    from dashboard import periods as grammar

    def order(p: str):
        return grammar.sort_key(p) if grammar.is_period(p) else (0, 0, 0)

    items = sorted({str(p) for p in periods if isinstance(p, str) or pd.notna(p)}, key=order)
    if not items:
        return ""
    if len(items) <= 3:
        return ("、" if lang == "zh" else ", ").join(period_label(p, lang) for p in items)
    spans = [grammar.parse(p) for p in items if grammar.is_period(p)]
    if spans and not any(p.sub_annual for p in spans):
        return f"{min(p.start_year for p in spans)}–{max(p.end_year for p in spans)}"
    return f"{period_label(items[0], lang)}–{period_label(items[-1], lang)}"


def fmt_number(value: float, decimals: int = 1) -> str:
    """737.6, 8.2, 15,000: the given decimals, trailing zeros dropped."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    text = f"{value:,.{max(decimals, 0)}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def class_label(value: float, lang: str = "zh") -> str:
    """A water-quality class as written: Ⅱ类 / class II (ordinal, never a quantity)."""
    n = int(round(value))
    return f"{ROMAN.get(n, n)}类" if lang == "zh" else f"class {ROMAN_EN.get(n, n)}"


def or_better(approx: str) -> bool:
    """Whether an approx word bounds an ordinal (a rank, a class) from the good side: 以上, 以内."""
    return APPROX_SIGN_EN.get(approx or "", "") in ("≥", "≤")


def fmt_value(value: float, unit: str, approx: str = "", lang: str = "zh", decimals: int = 1,
              unit_en: str | None = None) -> str:
    """A figure as a label: '8%以上' / '≥8%', '737.6亿元' / '73.76 bn yuan', 'Ⅱ类以上' / 'class II or
    better' (English units converted by the table in data/units.csv)."""
    approx = approx or ""
    position = APPROX_POSITION.get(approx, "after_unit")
    if unit == "分数" and value == value and 0 < value < 1:  # a fraction as stated: 1/3, never 0.3333
        from fractions import Fraction

        return str(Fraction(value).limit_denominator(20))
    if unit == "类" and value == value:  # a water-quality class: 三类以上 means class III or better
        label = class_label(value, lang)
        if lang == "en":
            return label + (" or better" if APPROX_SIGN_EN.get(approx) == "≥" else "")
        return f"{approx}{label}" if position == "before" else f"{label}{approx}"
    if lang == "en":
        factor, label = EN_UNITS.get(unit, (1.0, unit if unit_en is None else unit_en))
        if unit not in EN_UNITS and not isinstance(unit_en, str):
            label = ""
        shift = round(math.log10(factor)) if factor > 0 else 0
        number = fmt_number(value * factor if value == value else value, max(decimals - shift, 0))
        sep = "" if label.split(" ")[0] == "k" else " "  # 835k people, 73.76 bn yuan
        suffix = "%" if unit == "%" else (f"{sep}{label}" if label else "")
        return f"{APPROX_SIGN_EN.get(approx, '')}{number}{suffix}"
    number = fmt_number(value, decimals)
    if position == "before":
        return f"{approx}{number}{unit}"
    if position == "after_number":  # 50余条, 5万多件: the word sits between number and unit
        return f"{number}{approx}{unit}"
    return f"{number}{unit}{approx}"


def quote_text(quote) -> str:
    """A quote as read: the document's Markdown emphasis (**8%以上**) shown as plain text, 8%以上."""
    return re.sub(r"\*\*|__", "", quote) if isinstance(quote, str) else ""


_TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# inline pinyin a mirror page puts after characters: 經(jīng)濟(jì), or with its bracket lost: 日?qǐng)
_PINYIN = re.compile(rf"[?(（][a-zü{_TONES}]*[{_TONES}][a-zü{_TONES}]*[)）]")


@functools.lru_cache(maxsize=1)
def _to_simplified():
    from opencc import OpenCC

    return OpenCC("t2s")


@functools.lru_cache(maxsize=8192)
def readable_quote(quote) -> str:
    """A quote as shown on a page: quote_text, a mirror page's inline pinyin dropped, traditional
    characters in simplified (經(jīng)濟 -> 经济). The stored quote stays verbatim."""
    return _to_simplified().convert(_PINYIN.sub("", quote_text(quote)))


_UNIT_SLUGS = {"%": "pct", "亿元": "yi_yuan", "万元": "wan_yuan", "亿美元": "yi_usd", "人": "persons",
               "万人": "wan_persons", "人次": "visits", "万人次": "wan_visits",
               "个": "count", "家": "firms", "户": "households", "位": "rank", "天": "days", "年": "years"}


def unit_slug(unit: str) -> str:
    """An ASCII name for a unit, for chart ids: '亿元' -> 'yi_yuan'."""
    return _UNIT_SLUGS.get(unit, "u" + "".join(f"{ord(c):x}" for c in unit))
