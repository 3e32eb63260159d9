"""Context around a figure: the text cut into paragraphs and clauses, its period, kind and region."""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from dashboard import config

_HARD_END = '。！？；;：:”"）)】'
_LIST_START = re.compile(
    r"^\s*(?:[-*•●■◆▲#]|\d+(?:[、．]|\.(?!\d))|[（(]\d+[)）]|[一二三四五六七八九十]+、|【)"
)
_TABLE_ROW = re.compile(
    r"^(?:\d{1,3}[.、．]?\s+[\u4e00-\u9fff]{2,5}[市县区旗](?:\s|$)|[\u4e00-\u9fff]{2,5}[市县区旗]\s+.{0,8}\d{1,3}$)"
)
SENTENCE_END = "。！？!?"
CLAUSE_END = "。！？!?，,；;：:"

CN_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}


def prepare(text: str) -> str:
    """The text without whitespace, one paragraph a line: print-layout line breaks are joined.

    Quotes are slices of this text, so each is verbatim once whitespace is ignored (numbers.squeeze).
    Whitespace between two ASCII letters or digits stays as one space so numbers do not run together.
    """
    lines = [ln.strip() for ln in text.split("\n")]
    paragraphs: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        current = _join(current, line)
        hard = (
            line[-1] in _HARD_END
            or len(line) < 8
            or not nxt
            or _LIST_START.match(nxt)
            or _LIST_START.match(line)
            or _TABLE_ROW.match(line)
            or _TABLE_ROW.match(nxt)
            or "\t" in line
            or "\t" in nxt
        )
        if hard:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n".join(_squash(p) for p in paragraphs)


def _join(a: str, b: str) -> str:
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return a + " " + b
    return a + b


def _squash(p: str) -> str:
    # A tab parts the cells of a table row (DOCX tables): kept, as whitespace it leaves quotes verbatim.
    return re.sub(
        r"\s+",
        lambda m: "\t" * m.group(0).count("\t") if "\t" in m.group(0) else " " if _ascii_around(p, m) else "",
        p,
    )


def _ascii_around(p: str, m: re.Match) -> bool:
    a = p[m.start() - 1] if m.start() else ""
    b = p[m.end()] if m.end() < len(p) else ""
    return bool(a and b and a.isascii() and a.isalnum() and b.isascii() and b.isalnum())


def spans(text: str, ends: str, start: int = 0, stop: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each piece of text[start:stop] cut after any character in `ends`."""
    stop = len(text) if stop is None else stop
    out, s = [], start
    for i in range(start, stop):
        if text[i] in ends:
            out.append((s, i + 1))
            s = i + 1
    if s < stop:
        out.append((s, stop))
    return out


def is_heading(paragraph: str) -> bool:
    """A short line without a full stop: a title or section heading."""
    body = paragraph.strip("#*-—【】 ")
    return 0 < len(body) <= 30 and not any(c in body for c in "。！？；")


# --- Periods --------------------------------------------------------------------------------------

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年(?!度民主)|(?=[,，]|中国|全国|湖南|年度|届|百强))(?!\d)")
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-—~～至到]\s*((?:19|20)\d{2})年?")
_PLAN = re.compile(r"“?(十[一二三四五六七八九]|十)五”?(?:期间|时期|规划)?")
_NEAR = re.compile(r"(?:近|过去|前)([一二两三四五六七八九十\d]+)年")
_NEXT = re.compile(
    r"(?:今后|未来|此后|再用|用|力争|争取|在)([一二两三四五六七八九十\d]+)年(?:左右)?(?:时间|内|里)?"
)
_NEXT_RANGE = re.compile(
    r"(?:今后|未来|用|力争|争取|在)([一二两三四五六七八九十\d]+)[—\-~～至到]([一二两三四五六七八九十\d]+)年"
)
_FIVE_YEAR = re.compile(r"(?<![近第])(?:五年|5年)(?:新增|累计|内|间)")


def _int(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN_DIGITS.get(s[1:], 0)
    if s.endswith("十"):
        return CN_DIGITS.get(s[0], 0) * 10
    return CN_DIGITS.get(s, 0)


def plan_period(n: int) -> str:
    """The years of the n-th five-year plan (十四五 -> 'YYYY-ZZZZ'), from data/five_year_plans.csv."""
    plans = _plans()
    if n in plans:
        return plans[n]
    if not plans:
        return ""
    known = max(plans)  # a later plan: five years after the last one listed
    start = int(plans[known][:4]) + 5 * (n - known)
    return f"{start}-{start + 4}"


@functools.cache
def _plans() -> dict[int, str]:
    path = config.DATA_DIR / "five_year_plans.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {int(r["plan_no"]): r["period"] for r in csv.DictReader(f)}


@dataclass
class TimeWord:
    """A time expression found near a figure, resolved to a period."""

    period: str
    how: str
    horizon: bool = False  # a span ahead of the document (今后五年): targets


def time_words(text: str, doc_year: int | None, target: bool) -> list[tuple[int, TimeWord]]:
    """Every time expression in `text` with its position, resolved against the document's year."""
    out: list[tuple[int, TimeWord]] = []
    for m in _YEAR_RANGE.finditer(text):
        out.append((m.start(), TimeWord(f"{m.group(1)}-{m.group(2)}", m.group(0))))
    for m in _YEAR.finditer(text):
        if not any(p <= m.start() < p + len(w.how) for p, w in out):
            out.append((m.start(), TimeWord(m.group(1), m.group(0))))
    for m in _PLAN.finditer(text):
        n = _int(m.group(1)) if m.group(1) != "十" else 10
        period = plan_period(n)
        if not period:
            continue
        ends = bool(
            re.match(r"”?期?末", text[m.end() - 1 : m.end() + 2]) or re.match(r"期?末", text[m.end() :])
        )
        if ends:
            period = period[-4:]  # 到“十四五”末: the plan's last year
        horizon = not doc_year or int(period[:4]) >= doc_year or ends
        out.append((m.start(), TimeWord(period, m.group(0), horizon=horizon)))
    if doc_year:
        for word, delta in (
            ("前年", -2),
            ("去年", -1),
            ("上年", -1),
            ("今年", 0),
            ("本年", 0),
            ("年内", 0),
            ("明年", 1),
        ):
            for m in re.finditer(word, text):
                if word == "上年" and text[max(0, m.start() - 1) : m.start()] in ("比", "较", "同", "于"):
                    continue
                if word == "上年" and text[max(0, m.start() - 2) : m.start()] in ("比上", "较上"):
                    continue
                out.append((m.start(), TimeWord(str(doc_year + delta), word)))
        for m in _NEAR.finditer(text):
            n = _int(m.group(1))
            if 1 < n <= 10:
                out.append((m.start(), TimeWord(f"{doc_year - n}-{doc_year - 1}", m.group(0))))
        for m in re.finditer(r"连续([一二两三四五六七八九十\d]+)年", text):
            n = _int(m.group(1))
            if 1 < n <= 10:
                out.append((m.start(), TimeWord(f"{doc_year - n}-{doc_year - 1}", m.group(0))))
        for m in _NEXT.finditer(text):
            n = _int(m.group(1))
            if 1 < n <= 15 and (
                m.group(0)[:2] in ("今后", "未来", "此后", "再用", "力争", "争取")
                or "时间" in m.group(0)
                or "左右" in m.group(0)
            ):
                out.append((m.start(), TimeWord(f"{doc_year}-{doc_year + n - 1}", m.group(0), horizon=True)))
        for m in _NEXT_RANGE.finditer(text):
            n = _int(m.group(2))
            if 1 < n <= 15:
                out.append((m.start(), TimeWord(f"{doc_year}-{doc_year + n - 1}", m.group(0), horizon=True)))
        for m in _FIVE_YEAR.finditer(text):
            out.append((m.start(), TimeWord(f"{doc_year}-{doc_year + 4}", m.group(0), horizon=True)))
    return sorted(out, key=lambda x: x[0])


# --- Kinds ----------------------------------------------------------------------------------------

TARGET_WORDS = re.compile(
    r"目标|力争|确保|计划|争取|力求|预期|努力|要|将|冲刺|瞄准|规划|打造|迈进|实现.{0,6}突破"
)
ESTIMATE_WORDS = re.compile(r"预计|预估|预测")
SHARE_WORDS = re.compile(r"占[^，,。；;]{0,8}(?:的|比重|比例)?")
DONE_WORDS = re.compile(r"已|完成|实现|达到?|增至|累计|共|获|位居|跃居|列|排名|名列|跻身|引进|新增|建成|如期")


def is_comparison_base(text: str, pos: int, word: TimeWord) -> bool:
    """去年 in 较去年增长30%: the base a figure is compared with, not the figure's own year."""
    return word.how in ("去年", "前年") and text[max(0, pos - 1) : pos] in ("比", "较", "同", "于")
