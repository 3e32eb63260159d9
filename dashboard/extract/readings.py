"""Which readings stand: one candidate per stated number, no check-this row for a non-figure."""

from __future__ import annotations

import re

from dashboard.extract.candidate import Candidate
from dashboard.extract.numerals import AT_LEAST, BOUNDS

CONFIDENT = 0.5  # at or above, a reading stands on its own (an enumeration's items: 各150亿元 gives each)
_EACH = re.compile(r"[各均都分别依次]")  # X、Y产值各150亿元: one number, a figure per item


# A proposed name that is no statistic's name: clause punctuation, a verb's tense or passive, a list's
# 等 or a place's 在 at its end, or a bare verb (现辖26个乡镇, 增长57% with no subject named).
_NOT_A_NAME = re.compile(
    r"[、“”\"《》()（）—:：]|[将了被]|共有|[等在的]$"
    r"|^(?:现辖|辖|有|拥有|达到?|实现|完成|同比|同比增长|增长|下降|提高|降低|其中)$"
)


# A firm's or a project's figure, not the region's: “华联瓷业”实现出口产值…, 其中一期投资…,
# 总投资27亿元的…项目.
_FIRM = re.compile(r"“[^”五期]{2,12}”(?:实现|完成|累计|共)")
_PROJECT_NAME = re.compile(r"[一二三四1-4]期")
_OF_PROJECT = re.compile(r"^[^，,。；;]{0,4}的[^，,。；;]{0,16}项目")


_FIRM_ROLE = r"(?:董事长|总经理|厂长|(?:企业|公司)[^，,。“”]{0,6}负责人)"
_SAYS = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:边走边说|介绍说|表示|说)[,，:：]")


def _firm_speech(text: str, c: Candidate) -> bool:
    """Whether a figure is in what a firm's head says (…提高了5个百分点。”企业相关负责人蔡人强说;
    许君奇边走边说,企业年出口创汇… after 董事长许君奇): the firm's figure, not the region's."""
    at = text.find(c.quote) if c.quote else -1
    if at < 0:
        return False
    a = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    e = text.find("。", at + len(c.quote))
    e = len(text) if e < 0 else e
    if re.search(rf"”{_FIRM_ROLE}[\u4e00-\u9fff]{{0,4}}(?:说|表示|介绍)", text[at : e + 40]):
        return True
    said = _SAYS.search(text[a:at])
    return bool(said and re.search(rf"{_FIRM_ROLE}{said.group(1)}", text))


def _not_the_regions(c: Candidate) -> bool:
    """Whether a proposed figure is a firm's or a project's, by its quote and name."""
    after = c.quote[c.quote.rfind(c.stated) + len(c.stated) :] if c.stated and c.stated in c.quote else ""
    return bool(_FIRM.search(c.quote) or _PROJECT_NAME.search(c.indicator) or _OF_PROJECT.search(after))


def without_non_figures(cands: list[Candidate], text: str = "") -> list[Candidate]:
    """The candidates without the "check this" rows that are no figure to file: a proposed indicator
    named by no statistic's name (40年后自己将站在…的, 江西景德镇市等 8个, 抓好了 27项), a firm's or a
    project's (“华联瓷业”实现出口产值, 一期投资, 总投资27亿元的…项目; any check-this figure a firm's head
    says), or with no period either, unless it is a standard statistic (a profile with no date: neither
    what nor when is known), or a club's name read as a value
    (成为千亿县后备军 is no actual 1000亿元; 打造千亿级集群 stays a target). A rank of a list not named
    stays (the editor names the list)."""
    out = []
    for c in cands:
        if c.confidence < CONFIDENT and not c.indicator_known and c.kind != "rank":  # a rank's list: "?"
            named = c.indicator.strip("? ")  # none: a number not placed, listed for the editor
            # (社会消费品零售总额105亿元 in a report whose years read 20XX: a standard statistic, what is
            # known; the editor gives the year)
            yearless = not c.period and "a standard statistic" not in c.note
            if named and (yearless or _NOT_A_NAME.search(c.indicator) or _not_the_regions(c)):
                continue
        if c.confidence < CONFIDENT and text and _firm_speech(text, c):
            continue
        club = c.kind == "actual" and c.stated in ("千", "万") and "a club" in c.note
        if club and c.confidence < CONFIDENT:
            continue
        out.append(c)
    return out


def bounds_met(cands: list[Candidate], names: dict[str, str] | None = None) -> list[Candidate]:
    """The candidates without a "check this" bound (经济总量超过950亿) that an exact figure of the same
    region, indicator and period meets (952.6亿元): one figure, the bound named in its note."""
    names = names or {}
    drop: set[int] = set()
    for c in cands:
        if c.confidence >= CONFIDENT or c.approx not in BOUNDS:
            continue
        for x in cands:
            if x is c or x.approx or (x.region, x.indicator, x.period, x.unit) != (
                c.region, c.indicator, c.period, c.unit
            ):
                continue
            if x.value >= c.value if c.approx in AT_LEAST else x.value <= c.value:
                drop.add(id(c))
                bound = f"或：{c.approx}{c.value:g}{c.unit}（{names.get(c.indicator, c.indicator)}）"
                x.note = f"{x.note}; {bound}" if x.note else bound
                break
    return [c for c in cands if id(c) not in drop]


def _span(text: str, c: Candidate) -> tuple[int, int] | None:
    """Where a candidate's quote stands in the text (its first occurrence), or None."""
    at = text.find(c.quote) if c.quote else -1
    return (at, at + len(c.quote)) if at >= 0 else None


def _number_at(text: str, stated: str, a: int, b: int) -> int | None:
    """The one place in text[a:b] where the stated number is written, or None (not there, or twice)."""
    if not stated:
        return None
    digits = stated[0].isdigit()
    pattern = (rf"(?<![\d.]){re.escape(stated)}(?![\d.])" if digits else re.escape(stated))
    found = [m.start() + a for m in re.finditer(pattern, text[a:b])]
    return found[0] if len(found) == 1 else None


def _rank(c: Candidate) -> tuple:
    """The better reading first: more confident, a known indicator, a named one, a period, a known region."""
    return (c.confidence, c.indicator_known, c.indicator.strip("? ") != "", bool(c.period), c.region_known)


def one_reading(text: str, cands: list[Candidate], names: dict[str, str] | None = None) -> list[Candidate]:
    """The candidates with one reading per stated number and place in the text: among readings of the
    same region and number whose quotes overlap (two readers, or one reader's two names for it), a
    "check this" reading (below CONFIDENT) beside a better one is dropped and named in the better one's
    note ("或：<indicator> <period>", names: indicator code -> name); an enumeration's items (各/分别…,
    read equally sure) and confident readings stay."""
    names = names or {}
    spans = {id(c): _span(text, c) for c in cands}
    drop: set[int] = set()
    for i, c in enumerate(cands):
        for x in cands[i + 1 :]:
            if id(c) in drop or id(x) in drop:
                continue
            unit = c.unit.startswith(x.unit) if len(c.unit) >= len(x.unit) else x.unit.startswith(c.unit)
            same = c.region == x.region and unit and c.stated == x.stated  # 225.44亿: 亿 or 亿元
            if not same or abs(c.value) != abs(x.value):
                continue
            if c.indicator == x.indicator and c.period == x.period and c.kind == x.kind:
                continue  # one reading twice (the dedupe's business)
            sc, sx = spans[id(c)], spans[id(x)]
            if not sc or not sx or sc[1] <= sx[0] or sx[1] <= sc[0]:
                continue
            a, b = min(sc[0], sx[0]), max(sc[1], sx[1])
            at = _number_at(text, c.stated, a, b)
            if at is None:
                continue
            if _EACH.search(text[max(a, at - 12) : at]) and c.confidence == x.confidence:
                continue  # one reader's items of an enumeration (equally sure), not two readings
            best, other = (c, x) if _rank(c) >= _rank(x) else (x, c)
            if other.confidence >= CONFIDENT:
                continue
            drop.add(id(other))
            alt = f"或：{names.get(other.indicator, other.indicator)} {other.period}".rstrip()
            if alt not in best.note:
                best.note = f"{best.note}; {alt}" if best.note else alt
    return [c for c in cands if id(c) not in drop]
