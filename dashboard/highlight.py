"""Mark quoted passages in a source text, matching quotes with whitespace ignored."""

from __future__ import annotations

import html


def _squeezed_with_index(text: str) -> tuple[str, list[int]]:
    """The text without whitespace, and for each kept character its index in the original."""
    kept, index = [], []
    for i, ch in enumerate(text):
        if not ch.isspace():
            kept.append(ch)
            index.append(i)
    return "".join(kept), index


def spans(text: str, quotes: list[str]) -> list[tuple[int, int]]:
    """Merged (start, end) spans in `text` of every occurrence of every quote."""
    squeezed, index = _squeezed_with_index(text)
    found = []
    for q in quotes:
        q = "".join(q.split())
        start = squeezed.find(q) if q else -1
        while start != -1:
            found.append((index[start], index[start + len(q) - 1] + 1))
            start = squeezed.find(q, start + 1)
    merged: list[tuple[int, int]] = []
    for s, e in sorted(found):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def highlighted_html(text: str, quotes: list[str], focus: str | None = None) -> str:
    """The text as escaped HTML with quotes in <mark>; the focus quote marked strongly, with an anchor."""
    focus_spans = spans(text, [focus]) if focus else []
    parts, pos = [], 0
    # A focus quote inside a longer quoted passage still gets its own strong mark: the passage's
    # ordinary mark gives way wherever it overlaps a focus span.
    marks = sorted([(s, e, False) for s, e in spans(text, quotes)
                    if not any(s < fe and e > fs for fs, fe in focus_spans)]
                   + [(s, e, True) for s, e in focus_spans])
    for s, e, strong in marks:
        if s < pos:
            continue
        parts.append(html.escape(text[pos:s]))
        style = ("background:#F0E442;outline:3px solid #D55E00;" if strong else "background:#FFF3B0;")
        anchor = ' id="focus"' if strong else ""
        parts.append(f'<mark{anchor} style="{style}">{html.escape(text[s:e])}</mark>')
        pos = e
    parts.append(html.escape(text[pos:]))
    return "".join(parts)
