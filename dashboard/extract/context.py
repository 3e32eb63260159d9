"""Context around a figure: the text cut into paragraphs and clauses, its period, kind and region."""

from __future__ import annotations

import bisect
import csv
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from dashboard import config, periods
from dashboard.divisions import names_pattern

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


def spans(text: str, ends: str, start: int = 0, stop: int | None = None) -> Spans:
    """(start, end) of each piece of text[start:stop] cut after any character in `ends`.

    A lazy sequence over the cut positions of the whole text, found once per text: taking the first or
    last piece of a long line costs no scan of it.
    """
    stop = len(text) if stop is None else stop
    cuts = _cuts(text, ends)
    return Spans(cuts, bisect.bisect_right(cuts, start), bisect.bisect_right(cuts, stop), start, stop)


@functools.lru_cache(maxsize=64)
def _cuts(text: str, ends: str) -> tuple[int, ...]:
    """The positions just after each character of `ends` in `text`."""
    return tuple(m.end() for m in re.finditer(f"[{re.escape(ends)}]", text))


class Spans(Sequence):
    """The pieces between cut positions cuts[lo:hi], from start to stop (see spans)."""

    def __init__(self, cuts: tuple[int, ...], lo: int, hi: int, start: int, stop: int):
        self._cuts, self._lo, self._n, self._start, self._stop = cuts, lo, hi - lo, start, stop
        self._tail = int((cuts[hi - 1] if hi > lo else start) < stop)

    def __len__(self) -> int:
        return self._n + self._tail

    def _bound(self, k: int) -> int:
        if k == 0:
            return self._start
        return self._cuts[self._lo + k - 1] if k <= self._n else self._stop

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        size = len(self)
        k = k + size if k < 0 else k
        if not 0 <= k < size:
            raise IndexError(k)
        return self._bound(k), self._bound(k + 1)

    def at(self, pos: int) -> tuple[int, int] | None:
        """The piece holding text[pos], found by bisection (None when pos is outside start..stop)."""
        if not self._start <= pos < self._stop:
            return None
        k = bisect.bisect_right(self._cuts, pos, self._lo, self._lo + self._n) - self._lo
        return self._bound(k), self._bound(k + 1)

    def __eq__(self, other) -> bool:
        return list(self) == list(other)

    __hash__ = None


def is_heading(paragraph: str) -> bool:
    """A short line without a full stop: a title or section heading."""
    body = paragraph.strip("#*-—【】 ")
    return 0 < len(body) <= 30 and not any(c in body for c in "。！？；")


# --- Periods --------------------------------------------------------------------------------------

_YEAR = re.compile(  # not 近NNNN年历史 (a count of years); YYYY湖南县域…: a province after a year
    r"(?<![\d近约逾])((?:19|20)\d{2})(?:年(?!度民主|历史|多年|余年|的历史)|"
    rf"(?=[,，]|中国|全国|{names_pattern(('province',))}|年度|届|百强))(?!\d)"
)
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-—~～至到]\s*((?:19|20)\d{2})年?")
_PLAN = re.compile(  # 十四五; a bare 十五 only as a plan (“十五”, 十五期间), not 十五条, 十五个, 第十五届
    r"(?<![第一二三四五六七八九十])“?(十[一二三四五六七八九]|十(?=五(?:”|期间|时期|规划|计划)))五"
    r"(?![届次个年日号条项名位周])”?(?:期间|时期|规划)?"
)
_NEAR = re.compile(r"(?:近|过去|前)([一二两三四五六七八九十\d]+)年")
_NEXT = re.compile(
    r"(?:今后|未来|此后|再用|用|力争|争取|在)([一二两三四五六七八九十\d]+)年(?:左右)?(?:时间|内|里)?"
)
_NEXT_RANGE = re.compile(
    r"(?:今后|未来|用|力争|争取|在)([一二两三四五六七八九十\d]+)[—\-~～至到]([一二两三四五六七八九十\d]+)年"
)
_FIVE_YEAR = re.compile(r"(?<![近第])(?:五年|5年)(?:新增|累计|内|间)")


def small_int(s: str) -> int:
    """A small count written in digits or Chinese numerals (3, 三, 十二, 二十), else 0."""
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
    """A time expression found near a figure, resolved to a period in the grammar (dashboard.periods)."""

    period: str
    how: str
    horizon: bool = False  # a span ahead of the document (今后五年): targets
    months: tuple[int, int] | None = None  # (first, last) month of a span below a year (1-4月: (1, 4))
    year_given: bool = True  # False: a span below a year dated by the document, the text names no year
    ahead: str = ""  # the period read as a plan, when it differs (1-11月 in January: this year's, not last)
    note: str = ""


_M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_Y = r"(?:(?P<y>(?:19|20)\d{2})\s*年|(?P<rel>今年|本年|去年|上年|前年))?"
_SUB_ANNUAL = (  # in order: an earlier pattern's match hides the later ones inside it
    ("until", re.compile(rf"(?P<until>截至|截止到?|到)?{_Y}(?P<b>{_M})月(?:份)?(?:底|末)")),
    ("until", re.compile(  # 截至10月份
        rf"(?P<until>截至|截止到?){_Y}(?P<b>{_M})月份?(?![底末\d一二三四五六七八九十日号])")),
    (
        "range",
        re.compile(
            rf"(?<![\d.]){_Y}(?P<a>{_M}|(?<![\d亿万千百美])元)(?:月份?)?\s*[-—–―~～至到]\s*(?P<b>{_M})月(?:份)?"
            r"(?![\d一二三四五六七八九十]*[日号])"
        ),
    ),
    (
        "first",
        re.compile(rf"{_Y}(?:(?<![提超之])前|头)(?P<b>[一二两三四五六七八九十]{{1,3}}|\d{{1,2}})个?月(?!份?[\d日号])"),
    ),
    ("quarters", re.compile(rf"{_Y}前(?P<q>[二两三23])个?季度")),
    ("quarter", re.compile(rf"{_Y}第?(?P<q>[一二三四1-4])季度")),
    ("quarter", re.compile(rf"{_Y}(?P<q>首)季度?")),  # 今年首季: the first quarter
    ("half", re.compile(rf"{_Y}(?P<h>[上下])半年")),
    ("month", re.compile(rf"(?<![\d.\-—–~～至到]){_Y}(?P<b>{_M})月(?:份|单月|当月)")),
    ("since", re.compile(r"(?:今年|本年|年初)以来")),
)
LONG_OVER = 6  # months a span ends after the document's date when it can only be the year before's
_REL_YEAR = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2}


def _month_span(kind: str, m: re.Match, doc_month: int | None) -> tuple[int, int] | None:
    """(first, last) month a sub-annual expression names, or None when it names no span of months."""
    if kind == "since":
        return (1, doc_month - 1) if doc_month and doc_month > 1 else None
    if kind in ("quarters", "quarter"):
        q = 1 if m.group("q") == "首" else small_int(m.group("q"))
        return (1, 3 * q) if kind == "quarters" else (3 * q - 2, 3 * q)
    if kind == "half":
        return (1, 6) if m.group("h") == "上" else (7, 12)
    b = small_int(m.group("b"))
    a = 1 if kind == "first" or (kind == "until" and m.group("until")) else b
    if kind == "range":
        a = 1 if m.group("a") == "元" else small_int(m.group("a"))  # 元至11月: 元月 is January
    return (a, b) if 1 <= a <= b <= 12 and (kind != "range" or a < b) else None


def _sub_annual_word(
    kind: str, m: re.Match, doc_year: int | None, doc_month: int | None
) -> TimeWord | None:
    """A span below a year (1-4月, 一季度, 上半年, 4月份, 截至5月底) dated by its year or the document's."""
    span = _month_span(kind, m, doc_month)
    if span is None:
        if kind == "since":
            return TimeWord("", m.group(0), note=f"{m.group(0)} in a January document: months unknown")
        return None
    groups = m.groupdict()
    if groups.get("y"):
        year, given = int(groups["y"]), True
    elif groups.get("rel") and doc_year:
        year, given = doc_year + _REL_YEAR[groups["rel"]], True
    elif doc_year:
        year, given = doc_year, kind == "since"
    else:
        return TimeWord("", m.group(0), months=span, year_given=False)
    ahead = ""
    if not given and doc_month and span[1] >= doc_month + LONG_OVER:  # 1-11月 in January: the year before's
        ahead = periods.month_run(year, *span).text
        year -= 1
    period = periods.month_run(year, *span).text
    return TimeWord(period, m.group(0), months=span, year_given=given, ahead=ahead)


def time_words(
    text: str, doc_year: int | None, target: bool = False, doc_month: int | None = None
) -> list[tuple[int, TimeWord]]:
    """Every time expression in `text` with its position, resolved against the document's year and month.

    Linear in the length of the text: each pattern runs once, overlaps are read off a mask.
    """
    out: list[tuple[int, TimeWord]] = []
    taken = bytearray(len(text) + 1)

    def take(m: re.Match) -> None:
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())

    for m in _YEAR_RANGE.finditer(text):
        out.append((m.start(), TimeWord(f"{m.group(1)}-{m.group(2)}", m.group(0))))
        take(m)
    for kind, pattern in _SUB_ANNUAL:
        for m in pattern.finditer(text):
            if taken[m.start()] or not m.group(0):
                continue
            word = _sub_annual_word(kind, m, doc_year, doc_month)
            if word is not None:
                out.append((m.start(), word))
                take(m)
    for m in _YEAR.finditer(text):
        if not taken[m.start()]:
            out.append((m.start(), TimeWord(m.group(1), m.group(0))))
    for m in _PLAN.finditer(text):
        n = small_int(m.group(1)) if m.group(1) != "十" else 10
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
            ("过去的一年", -1),  # a work report's review: the year before it
            ("过去一年", -1),
            ("去年", -1),
            ("上年", -1),
            ("今年", 0),
            ("本年", 0),
            ("年内", 0),
            ("明年", 1),
        ):
            for m in re.finditer(word, text):
                if taken[m.start()]:
                    continue  # 今年前4个月: one word, dated above
                if word == "上年" and text[max(0, m.start() - 1) : m.start()] in ("比", "较", "同", "于"):
                    continue
                if word == "上年" and text[max(0, m.start() - 2) : m.start()] in ("比上", "较上"):
                    continue
                out.append((m.start(), TimeWord(str(doc_year + delta), word)))
        for m in _NEAR.finditer(text):
            n = small_int(m.group(1))
            if 1 < n <= 10:
                out.append((m.start(), TimeWord(f"{doc_year - n}-{doc_year - 1}", m.group(0))))
        for m in re.finditer(r"连续([一二两三四五六七八九十\d]+)年", text):
            n = small_int(m.group(1))
            if 1 < n <= 10:
                out.append((m.start(), TimeWord(f"{doc_year - n}-{doc_year - 1}", m.group(0))))
        for m in _NEXT.finditer(text):
            n = small_int(m.group(1))
            if 1 < n <= 15 and (
                m.group(0)[:2] in ("今后", "未来", "此后", "再用", "力争", "争取")
                or "时间" in m.group(0)
                or "左右" in m.group(0)
            ):
                out.append((m.start(), TimeWord(f"{doc_year}-{doc_year + n - 1}", m.group(0), horizon=True)))
        for m in _NEXT_RANGE.finditer(text):
            n = small_int(m.group(2))
            if 1 < n <= 15:
                out.append((m.start(), TimeWord(f"{doc_year}-{doc_year + n - 1}", m.group(0), horizon=True)))
        for m in _FIVE_YEAR.finditer(text):
            out.append((m.start(), TimeWord(f"{doc_year}-{doc_year + 4}", m.group(0), horizon=True)))
    return sorted(out, key=lambda x: x[0])


class TimeIndex:
    """The time words of one paragraph, found once; the words inside any slice of it by bisection."""

    def __init__(self, text: str, doc_year: int | None, doc_month: int | None = None):
        self.text, self.doc_month = text, doc_month
        self.words = time_words(text, doc_year, doc_month=doc_month)
        self._starts = [p for p, _ in self.words]
        self._horizon = [(p, p + len(w.how)) for p, w in self.words if w.horizon]
        self._horizon_starts = [p for p, _ in self._horizon]
        self._months = [(p, p + len(w.how)) for p, w in self.words if w.months]  # never overlapping
        self._months_words = [(p, w) for p, w in self.words if w.months]

    def months_backwards(self, b: int):
        """The spans below a year lying wholly in text[:b], last first."""
        i = bisect.bisect_left(self._months, (b, 0))
        for k in range(i - 1, -1, -1):
            if self._months[k][1] <= b:
                yield self._months_words[k]

    def in_months_word(self, a: int, b: int) -> bool:
        """True when text[a:b] lies inside a span below a year (the 4 of 前4个月 is no figure)."""
        i = bisect.bisect_right(self._months, (a, len(self.text) + 1)) - 1
        return i >= 0 and self._months[i][0] <= a and b <= self._months[i][1]

    def within(self, a: int, b: int) -> list[tuple[int, TimeWord]]:
        """The words lying wholly in text[a:b], at positions relative to a (as time_words(text[a:b]))."""
        i, j = bisect.bisect_left(self._starts, a), bisect.bisect_left(self._starts, b)
        return [(p - a, w) for p, w in self.words[i:j] if p + len(w.how) <= b]

    def backwards(self, a: int, b: int):
        """The words lying wholly in text[a:b], last first, at their positions in the whole text."""
        i, j = bisect.bisect_left(self._starts, a), bisect.bisect_left(self._starts, b)
        for k in range(j - 1, i - 1, -1):
            p, w = self.words[k]
            if p + len(w.how) <= b:
                yield p, w

    def forwards(self, a: int, b: int):
        """The words lying wholly in text[a:b], first first, at their positions in the whole text."""
        i, j = bisect.bisect_left(self._starts, a), bisect.bisect_left(self._starts, b)
        for k in range(i, j):
            p, w = self.words[k]
            if p + len(w.how) <= b:
                yield p, w

    def has_horizon(self, a: int, b: int) -> bool:
        """True when a word of a span ahead (今后五年, 十四五) lies wholly in text[a:b]."""
        i = bisect.bisect_left(self._horizon_starts, a)
        while i < len(self._horizon) and self._horizon[i][0] < b:
            if self._horizon[i][1] <= b:
                return True
            i += 1
        return False


@functools.lru_cache(maxsize=16)
def time_index(text: str, doc_year: int | None, doc_month: int | None = None) -> TimeIndex:
    """The TimeIndex of a paragraph, built once however many figures it holds."""
    return TimeIndex(text, doc_year, doc_month)


@functools.lru_cache(maxsize=64)
def _hits(pattern: re.Pattern, text: str) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    for m in pattern.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def found_within(pattern: re.Pattern, text: str, a: int, b: int) -> bool:
    """True when a match of `pattern` in the whole text lies wholly in text[a:b] (one scan per text)."""
    starts, ends = _hits(pattern, text)
    i = bisect.bisect_left(starts, a)
    while i < len(starts) and starts[i] < b:
        if ends[i] <= b:
            return True
        i += 1
    return False


# --- Kinds ----------------------------------------------------------------------------------------

TARGET_WORDS = re.compile(
    r"目标|力争|确保|计划|争取|力求|预期|努力|要|将|冲刺|瞄准|规划|打造|迈进|实现.{0,6}突破"
)
ESTIMATE_WORDS = re.compile(r"预计|预估|预测")
SHARE_WORDS = re.compile(r"占[^，,。；;]{0,8}(?:的|比重|比例)?")
DONE_WORDS = re.compile(r"已|完成|实现|达到?|增至|累计|共|获|位居|跃居|列|排名|名列|跻身|引进|新增|建成|如期")


def is_comparison_base(text: str, pos: int, word: TimeWord, lo: int = 0) -> bool:
    """The base a figure is compared with, not the figure's own time: 较去年增长30%, 比YYYY年增长12.7%,
    较前4月提升4.3个百分点, 与YYYY年相比 (text[lo:] is the scope read; the character before decides)."""
    before = text[max(lo, pos - 1) : pos]
    if word.how in ("去年", "前年"):
        return before in ("比", "较", "同", "于")
    return bool(_STATED_YEAR.match(word.how) or word.months) and before in ("比", "较", "同", "于", "与")


_STATED_YEAR = re.compile(r"(?:19|20)\d{2}")
