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


def highlighted_html(text: str, quotes: list[str], focus: str | list[str] | None = None) -> str:
    """The text as escaped HTML with quotes in <mark>; the focus quotes marked strongly, the first
    with the anchor id "focus" (a link scrolls there)."""
    focus_list = [focus] if isinstance(focus, str) else list(focus or [])
    focus_spans = spans(text, focus_list) if focus_list else []
    parts, pos = [], 0
    # A focus quote inside a longer quoted passage still gets its own strong mark: the passage's
    # ordinary mark gives way wherever it overlaps a focus span.
    marks = sorted([(s, e, False) for s, e in spans(text, quotes)
                    if not any(s < fe and e > fs for fs, fe in focus_spans)]
                   + [(s, e, True) for s, e in focus_spans])
    anchored = False
    for s, e, strong in marks:
        if s < pos:
            continue
        parts.append(html.escape(text[pos:s]))
        style = (f"background:{FOCUS_BG};color:#111;outline:3px solid #D55E00;" if strong
                 else f"background:{MARK_BG};color:#111;")
        anchor = ' id="focus"' if strong and not anchored else ""
        anchored = anchored or strong
        parts.append(f'<mark{anchor} style="{style}">{html.escape(text[s:e])}</mark>')
        pos = e
    parts.append(html.escape(text[pos:]))
    return "".join(parts)


FOCUS_BG, MARK_BG = "#F0E442", "#FFF3B0"  # marks set their own ink: readable in either colour scheme


def paragraphs(text: str, spans_: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs (blank-line or line separated blocks) holding the given spans, merged, in order."""
    out: list[tuple[int, int]] = []
    for s, e in spans_:
        start = text.rfind("\n", 0, s) + 1
        end = text.find("\n", e)
        end = len(text) if end == -1 else end
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def passages_html(text: str, focus: list[str]) -> str:
    """Only the paragraphs holding the focus quotes, each with its quotes strongly marked (the first
    with the anchor id "focus"); '…' between paragraphs."""
    blocks = paragraphs(text, spans(text, focus))
    out = []
    for n, (s, e) in enumerate(blocks):
        body = highlighted_html(text[s:e], [], focus)
        out.append(body if n == 0 else body.replace(' id="focus"', ""))
    return '<div style="margin:0.4em 0;color:#888">…</div>'.join(out)
