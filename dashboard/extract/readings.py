"""One candidate per stated number: a second reading of the same number folds into the best one's note."""

from __future__ import annotations

import re

from dashboard.extract.candidate import Candidate

CONFIDENT = 0.5  # at or above, a reading stands on its own (an enumeration's items: 各150亿元 gives each)
_EACH = re.compile(r"[各均都分别依次]")  # X、Y产值各150亿元: one number, a figure per item


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
    note ("或：<indicator> <period>", names: indicator code -> name); an enumeration's items (各/分别…)
    and confident readings stay."""
    names = names or {}
    spans = {id(c): _span(text, c) for c in cands}
    drop: set[int] = set()
    for i, c in enumerate(cands):
        for x in cands[i + 1 :]:
            if id(c) in drop or id(x) in drop:
                continue
            same = c.region == x.region and c.unit == x.unit and c.stated == x.stated
            if not same or abs(c.value) != abs(x.value):
                continue
            if c.indicator == x.indicator and c.period == x.period and c.kind == x.kind:
                continue  # one reading twice (the dedupe's business)
            sc, sx = spans[id(c)], spans[id(x)]
            if not sc or not sx or sc[1] <= sx[0] or sx[1] <= sc[0]:
                continue
            a, b = min(sc[0], sx[0]), max(sc[1], sx[1])
            at = _number_at(text, c.stated, a, b)
            if at is None or _EACH.search(text[max(a, at - 12) : at]):
                continue
            best, other = (c, x) if _rank(c) >= _rank(x) else (x, c)
            if other.confidence >= CONFIDENT:
                continue
            drop.add(id(other))
            alt = f"或：{names.get(other.indicator, other.indicator)} {other.period}".rstrip()
            if alt not in best.note:
                best.note = f"{best.note}; {alt}" if best.note else alt
    return [c for c in cands if id(c) not in drop]
