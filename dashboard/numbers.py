"""Stated numbers: the one reader of numbers as documents write them, and the one "does this quote
state this value" check (curated validation, imports, extraction and the tests all use it).

Forms: digits (full-width too, after NFKC), 1,135, 8.2%, 1/3, Chinese numerals (cn2an), 百分之五,
三分之一, 七成/7成, 两位数, with 万/亿 read where the unit says so. The qualifiers a quote puts on a
number (近, 约, 以上, 余 ...) and where each stands are read from data/approx.csv.
"""

from __future__ import annotations

import csv
import functools
import math
import re
import unicodedata
from pathlib import Path

from dashboard import config

CN_DIGITS = "零〇一二两三四五六七八九"
_UNIT_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
_ARABIC = re.compile(r"^-?\d[\d,]*(\.\d+)?%?$")
_ARABIC_TENTHS = re.compile(r"^(\d+)成$")
_FRACTION = re.compile(r"^(\d+)/(\d+)$")
_DOUBLE_DIGIT = ("两位数", "两位位数")  # "double-digit" growth: 10 or more (one document misprints it)
_CN = f"[{CN_DIGITS}十百千]+"
# A number in a quote: 百分之X, Arabic (with a fraction), X分之Y, or a Chinese numeral; then a multiplier.
_STATED = re.compile(rf"百分之(?P<pct>[0-9]+(?:\.[0-9]+)?|{_CN})"
                     rf"|(?P<ar>[0-9]+(?:,[0-9]{{3}})*(?:\.[0-9]+)?)(?:/(?P<den>[0-9]+))?"
                     rf"|(?P<cden>{_CN})分之(?P<cnum>{_CN})"
                     rf"|(?P<cn>{_CN})")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}|[一二][九〇零][〇零一二三四五六七八九]{2}")
_MULTIPLIERS = [("万亿", 1e12), ("亿", 1e8), ("万", 1e4)]
_FALLING = ("下降", "减少", "下滑", "回落", "下跌", "降低", "负", "-", "−")
# Words that contain a qualifier without being one: 签约 is "signed", not "about".
_NOT_QUALIFIERS = ("签约", "合约", "节约", "履约", "预约", "特约", "邀约", "制约", "公约", "条约")


def nfkc(text: str) -> str:
    """Full-width digits and punctuation as ASCII (full-width ２ -> 2); other text unchanged."""
    return unicodedata.normalize("NFKC", text).strip()


def squeeze(text: str) -> str:
    """Text with all whitespace removed, for comparing quotes with print layouts."""
    return re.sub(r"\s+", "", text)


def close(a: float, b: float) -> bool:
    """Equal up to rounding noise (relative 1e-6, absolute below 1)."""
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def parse_stated(text: str) -> float:
    """The value of one stated number: 8.2% -> 8.2, 1,135, 1/3, 七成 -> 70, 两位数 -> 10, 一百零五, 千."""
    s = nfkc(text)
    if _ARABIC.match(s):
        return float(s.rstrip("%").replace(",", ""))
    if s in _DOUBLE_DIGIT:
        return 10.0
    m = _ARABIC_TENTHS.match(s) or _FRACTION.match(s)
    if m:
        return float(int(m.group(1)) * 10) if m.re is _ARABIC_TENTHS else int(m.group(1)) / int(m.group(2))
    if s.endswith("成") and len(s) > 1:
        return _chinese(s[:-1]) * 10
    return _chinese(s)


def _chinese(s: str) -> float:
    """A Chinese numeral (cn2an: 一百零五, 三点五, 两万), also a bare unit such as 千 or 百亿."""
    if s and all(ch in _UNIT_VALUE for ch in s):  # 千 (近千名), 百亿: cn2an wants a digit first
        return float(math.prod(_UNIT_VALUE[ch] for ch in s))
    import cn2an

    try:
        return float(cn2an.cn2an(s, "smart"))
    except ValueError:
        raise ValueError(f"cannot read a number from {s!r}") from None


def stated_numbers(quote: str) -> list[tuple[float, float | None, str]]:
    """Numbers a quote states: (number, multiplier or None, the characters), e.g. 737.6亿 -> 1e8.
    A year followed by 年 is a date, not a figure."""
    s = squeeze(nfkc(quote))
    out = [(10.0, None, words) for words in _DOUBLE_DIGIT if words in s]
    for m in _STATED.finditer(s):
        text, rest = m.group(0), s[m.end():]
        if m.group("ar") and m.start() and (s[m.start() - 1].isdigit() or s[m.start() - 1] == "."):
            continue
        if rest.startswith("年") and _YEAR.fullmatch(text):
            continue
        try:
            n = _value_of(m)
        except ValueError:
            continue
        if rest.startswith("成") and not m.group("pct"):
            out.append((n * 10, None, text + "成"))
            continue
        mult = next(((w, f) for w, f in _MULTIPLIERS if rest.startswith(w)), None)
        out.append((n, mult[1] if mult else None, text + (mult[0] if mult else "")))
    return out


def _value_of(m: re.Match) -> float:
    if m.group("pct"):
        return parse_stated(m.group("pct"))
    if m.group("ar"):
        n = float(m.group("ar").replace(",", ""))
        den = float(m.group("den") or 1)
        return n / den if den else math.nan
    if m.group("cden"):
        den = parse_stated(m.group("cden"))
        return parse_stated(m.group("cnum")) / den if den else math.nan
    return parse_stated(m.group("cn"))


def stated_match(quote: str, value: float, unit_factor: float | None = None) -> str | None:
    """The characters of the quote that state this value in this unit, or None: the one check.

    A number followed by 万/亿 is compared in absolute terms (737.6亿 = 737.6 亿元, not 万元); others
    as written (8.2% = 8.2, 七成 = 70, 1/3 = 0.333333, 第3位 = 3). Without a unit factor either
    reading counts (5万多件 states 5 and 50000). A negative value needs a falling word (下降 ...)."""
    size = abs(value)
    for n, mult, text in stated_numbers(quote):
        if mult is not None and (close(n * mult, size * unit_factor) if unit_factor is not None
                                 else close(n, size) or close(n * mult, size)):
            break
        if mult is None and (close(n, size) or ("/" in text or "分之" in text) and _rounds_to(n, size)):
            break
    else:
        return None
    if value < 0 and not any(w in quote for w in _FALLING):
        return None
    return text


def states_value(quote: str, value: float, unit_factor: float | None = None) -> bool:
    """Whether the quote states `value` in some written form (8.2%, 1/3, 七成, 近千名, 第46位, 5万多件)."""
    return stated_match(quote, value, unit_factor) is not None


def _rounds_to(fraction: float, value: float) -> bool:
    """0.3333 for 1/3: the value is the fraction rounded to the value's own decimals (two or more)."""
    decimals = len(repr(value).split(".")[1]) if "." in repr(value) else 0
    return decimals >= 2 and round(fraction, decimals) == value


def approx_words(position: str, data_dir: Path | None = None) -> list[str]:
    """The qualifiers data/approx.csv places at `position` (before, after_number, after_unit),
    longest first."""
    path = Path(data_dir or config.DATA_DIR) / "approx.csv"
    return [w for w, p, _ in _approx_table(path, path.stat().st_mtime_ns) if p == position]


def approx_bounds(bound: str, data_dir: Path | None = None) -> tuple[str, ...]:
    """The qualifiers data/approx.csv names as the bound `bound` (at_least: 超过, 余; at_most: 接近,
    不足; about: 约, 左右): a stated number they qualify is a bound, not the figure."""
    path = Path(data_dir or config.DATA_DIR) / "approx.csv"
    return tuple(w for w, _, b in _approx_table(path, path.stat().st_mtime_ns) if b == bound)


@functools.lru_cache(maxsize=4)
def _approx_table(path: Path, _mtime: int) -> tuple[tuple[str, str, str], ...]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = [(r["approx"], r["position"], r["bound"]) for r in csv.DictReader(f) if r["approx"]]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def approx_of(quote: str, stated: str) -> str:
    """The qualifier the quote puts on the stated number, as data/approx.csv records it: a word
    before it (近, 约), right after it or its 万/亿 (50余条, 5万多件), or after its unit (8%以上,
    第50位以内); 以内 for a list-size word (百强, 前100名). Empty when the number stands alone."""
    text, number = squeeze(nfkc(quote)), squeeze(nfkc(stated))
    # the number standing alone (10 in "10家以上", not the 10 of "1000家")
    m = re.search(rf"(?<![0-9.]){re.escape(number)}(?![0-9.])", text) if number else None
    if m is None:
        return ""
    at = m.start()
    before = text[:at]
    after = text[at + len(number):]
    if after.startswith("强") or (before.endswith("前") and after[:1] in ("名", "位")):
        return "以内"  # 百强, 五十强, 前100名: a place within the top N, never the Nth place
    for word in approx_words("before"):
        if before.endswith(word) and not any(before.endswith(w) for w in _NOT_QUALIFIERS):
            return word
    for position, lead in (("after_number", "[万亿千百]?"),  # 50余条, 5万多件
                           ("after_unit", "(?:[%％]|[个万亿千百]?[\u4e00-\u9fff]{0,2}?)")):  # 8%以上
        words = approx_words(position)
        m = re.match(lead + "(" + "|".join(map(re.escape, words)) + ")", after) if words else None
        if m:
            return m.group(1)
    return ""
