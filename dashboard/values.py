"""Strict reading of numbers: value and period cells (ASCII digits after NFKC), and the numbers a
quote states (digits, fractions, Chinese numerals, 七成, 第N位, with 万/亿 where the unit says so)."""

from __future__ import annotations

import math
import re
import unicodedata

from dashboard.curated import parse_period
from dashboard.numbers import squeeze

_NUMBER = re.compile(r"[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?", re.ASCII)
_PERIOD = re.compile(r"\d{4}(-\d{4})?", re.ASCII)
_CN_DIGITS = "零〇一二两三四五六七八九"
_CN = f"[{_CN_DIGITS}十百千]+"
_CN_VALUE = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
# A number in a quote: Arabic (with a fraction), X分之Y, or a Chinese numeral; then a multiplier.
_STATED = re.compile(rf"(?P<ar>[0-9]+(?:,[0-9]{{3}})*(?:\.[0-9]+)?)(?:/(?P<den>[0-9]+))?"
                     rf"|(?P<cden>{_CN})分之(?P<cnum>{_CN})"
                     rf"|(?P<cn>{_CN})")
_MULTIPLIERS = [("万亿", 1e12), ("亿", 1e8), ("万", 1e4)]
_FALLING = ("下降", "减少", "下滑", "回落", "下跌", "降低", "负", "-", "−")


def nfkc(text: str) -> str:
    """Full-width digits and punctuation as ASCII (full-width ２ -> 2); other text unchanged."""
    return unicodedata.normalize("NFKC", text).strip()


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


def _cn_int(text: str) -> int:
    total, digit = 0, None
    for ch in text:
        if ch in _CN_VALUE:
            digit = _CN_VALUE[ch] if digit is None else digit * 10 + _CN_VALUE[ch]  # 二〇二一
        else:
            total += (1 if digit is None else digit) * {"十": 10, "百": 100, "千": 1000}[ch]
            digit = None
    return total + (digit or 0)


def stated_numbers(quote: str) -> list[tuple[float, float | None, str]]:
    """Numbers a quote states: (number, multiplier or None, the characters), e.g. 737.6亿 -> 1e8."""
    s = squeeze(nfkc(quote))
    out = []
    for words in ("两位数", "两位位数"):  # "double-digit" (one document misprints it)
        if words in s:
            out.append((10.0, None, words))
    for m in _STATED.finditer(s):
        text = m.group(0)
        if m.group("ar"):
            if m.start() and (s[m.start() - 1].isdigit() or s[m.start() - 1] == "."):
                continue
            n = float(m.group("ar").replace(",", ""))
            if m.group("den"):
                n = n / float(m.group("den")) if float(m.group("den")) else math.nan
        elif m.group("cden"):
            den = _cn_int(m.group("cden"))
            n = _cn_int(m.group("cnum")) / den if den else math.nan
        else:
            n = float(_cn_int(m.group("cn")))
        rest = s[m.end():]
        if rest.startswith("成"):
            out.append((n * 10, None, text + "成"))
            continue
        mult = next(((w, f) for w, f in _MULTIPLIERS if rest.startswith(w)), None)
        out.append((n, mult[1] if mult else None, text + (mult[0] if mult else "")))
    return out


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def stated_match(quote: str, value: float, unit_factor: float) -> str | None:
    """The characters of the quote that state this value in this unit, or None.

    A number followed by 万/亿 is compared in absolute terms (737.6亿 = 737.6 亿元, not 万元);
    others as written (8.2% = 8.2, 七成 = 70, 1/3 = 0.333333, 第3位 = 3)."""
    size = abs(value)
    for n, mult, text in stated_numbers(quote):
        if mult is not None:
            if close(n * mult, size * unit_factor):
                break
        elif close(n, size) or ("/" in text or "分之" in text) and _rounds_to(n, size):
            break
    else:
        return None
    if value < 0 and not any(w in quote for w in _FALLING):
        return None
    return text


def _rounds_to(fraction: float, value: float) -> bool:
    """0.3333 for 1/3: the value is the fraction rounded to the value's own decimals (two or more)."""
    decimals = len(repr(value).split(".")[1]) if "." in repr(value) else 0
    return decimals >= 2 and round(fraction, decimals) == value


_APPROX_BEFORE = ("超过", "突破", "近", "约")
_YUE_WORDS = set("签合节履预特邀制公条")
_APPROX_AFTER = re.compile(r"(?:[%％]|[个万亿千百]?[\u4e00-\u9fff]{0,2}?)(以上|左右|以内)")
_APPROX_RIGHT_AFTER = re.compile(r"[万亿千百]?(余|多)")


def approx_of(quote: str, stated: str) -> str:
    """The qualifier the quote puts on the stated number, as data/approx.csv records it: 近/约/超过/突破
    before it; 以上/左右/以内 after it and its unit (8%以上, 第50位以内); 余/多 right after it (50余条,
    5万多件). Empty when the number stands alone."""
    text, number = squeeze(nfkc(quote)), squeeze(nfkc(stated))
    # the number standing alone (10 in "10家以上", not the 10 of "1000家")
    m = re.search(rf"(?<![0-9.]){re.escape(number)}(?![0-9.])", text) if number else None
    if m is None:
        return ""
    at = m.start()
    for word in _APPROX_BEFORE:
        # 约 of 签约, 节约, 合约 ... is part of a word, not "about"
        if text[:at].endswith(word) and not (word == "约" and text[max(at - 2, 0):at - 1] in _YUE_WORDS):
            return word
    after = text[at + len(number):]
    for pattern in (_APPROX_RIGHT_AFTER, _APPROX_AFTER):
        m = pattern.match(after)
        if m:
            return m.group(1)
    return ""
