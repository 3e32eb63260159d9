"""The passages a link from a chart or card lands on: only their paragraphs, marked, one anchor."""

from __future__ import annotations

from dashboard.highlight import highlighted_html, passages_html

TEXT = "第一段，无关。\n第二段：GDP增长**8%以上**，<b>税收</b>增长5%。\n第三段。\n第四段：人口占1/4。"


def test_passages_are_the_paragraphs_of_the_focus_quotes_with_one_anchor():
    html = passages_html(TEXT, ["GDP增长**8%以上**", "人口占1/4"])
    assert "第一段" not in html and "第三段" not in html
    assert "第二段" in html and "第四段" in html
    assert html.count('id="focus"') == 1
    assert "&lt;b&gt;税收&lt;/b&gt;" in html  # the document's text is text, never markup


def test_several_focus_quotes_are_all_marked_strongly():
    html = highlighted_html(TEXT, ["无关"], ["GDP增长**8%以上**", "人口占1/4"])
    assert html.count("outline:3px") == 2 and html.count('id="focus"') == 1
    assert html.count("<mark") == 3
