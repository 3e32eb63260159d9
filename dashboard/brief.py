"""The analysts' brief (简报): a Word document, a section per topic: figures, charts, quoted sources."""

# Each section: the topic's headline figures as sentences (value, unit, period, kind, stated change),
# then its charts as print-resolution pictures with numbered captions and source lines, then numbered
# notes quoting the documents verbatim. A sources list closes the document. Only figures the data
# states are written; estimates, targets and derived values are worded as such.

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from dashboard import catalog, charts, export, formatting, site, site_pages
from dashboard.i18n import t

Query = Callable[..., pd.DataFrame]
Progress = Callable[[float, str], None]

STATED_KINDS = ["actual", "estimate", "derived", "share", "rank"]  # what "as of a year" counts
MAX_SENTENCES = 8  # headline figures per section
# 党政机关公文格式 (GB/T 9704): A4, top 3.7 cm, bottom 3.5 cm, left 2.8 cm, right 2.6 cm.
PAGE_W, PAGE_H = 21.0, 29.7
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 3.7, 3.5, 2.8, 2.6
TEXT_WIDTH_CM = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
DPI = 300
IMAGE_PX = round(TEXT_WIDTH_CM / 2.54 * DPI)  # 300 dpi at the text width
PRINT_W = 900  # layout width of a printed chart: the 17 px chart font prints at about 8 pt
LATIN, BODY, SONG, HEI = "Times New Roman", "仿宋", "宋体", "黑体"
GREY = RGBColor(0x59, 0x59, 0x59)
JOIN = "\u2060"  # WORD JOINER: no line break here
CAPTION_STYLE, SOURCE_STYLE = "Caption", "Brief Source"
NOTE_STYLE, FIGURE_STYLE = "Brief Note", "Brief Figure"


class BriefChoiceError(ValueError):
    """A chart id or period the data does not have; the message lists the valid choices (zh + en)."""


@dataclass
class Topic:
    """A section of the brief: a page (or an indicator category) and how to build its charts."""

    key: str
    heading: str
    build: Callable[[], list[charts.Chart]]
    default: bool = False  # in the brief when no charts are chosen


def topics(query: Query, lang: str) -> list[Topic]:
    """The sections in page order, as the page registry declares them (site_pages.Page.brief): a page's
    charts from the chart registry, or one section per indicator category (the first is a default
    section). A section's key is also the category its sentences come from (industry, shares,
    indicators_<category>), except rankings and targets (see headline_figures)."""
    out = []
    for page in site_pages.PAGES:
        if page.brief == "page":
            out.append(Topic(page.path, t(page.title_key, lang),
                             functools.partial(_page_charts, query, lang, page.path), page.brief_default))
        elif page.brief == "categories":
            title = t(page.title_key, lang)
            for n, (category, name) in enumerate(catalog.indicator_categories(query, lang).items()):
                out.append(Topic(f"{page.path}_{category}",
                                 f"{title}：{name}" if lang == "zh" else f"{title}: {name}",
                                 functools.partial(_page_charts, query, lang, page.path, category=category),
                                 page.brief_default and n == 0))
    return out


def _page_charts(query: Query, lang: str, page: str, **selection) -> list:
    """Every chart the registry declares for a page (for a selection, e.g. a category)."""
    return [c for spec in catalog.on_page(page) for c in catalog.build(spec, query, lang, **selection)]


def headline_figures(query: Query, key: str, year: int) -> pd.DataFrame:
    """The figures a section states as sentences: ranks, targets, or the newest figure per indicator."""
    if key == "rankings":
        rows = query("brief_ranks", year=year)
    elif key == "targets":
        rows = query("brief_targets", year=year)
    elif key == "monitor":  # the newest figure for months of each year up to `year`, newest first
        rows = query("monitor_running")
        rows = rows[rows["year"] <= year]
    else:
        category = key.removeprefix("indicators_")
        rows = query("brief_figures", categories=[category], kinds=STATED_KINDS, year=year)
    return rows.head(MAX_SENTENCES)


# --- Choices --------------------------------------------------------------------------------------

def periods(query: Query) -> list[int]:
    """The years a brief can be as of (years with stated figures), oldest first."""
    return [int(y) for y in query("brief_periods")["year"]]


def resolve_period(query: Query, period: str | int) -> int:
    """'latest' -> the newest year with stated figures; a year must have some."""
    years = periods(query)
    if str(period) == "latest":
        return years[-1]
    if str(period).isdigit() and int(period) in years:
        return int(period)
    raise BriefChoiceError(f"没有该期数据 / No data for period: {period}\n"
                           f"可选 / Choose one of: {', '.join(['latest', *map(str, years)])}")


def chart_start(chart: charts.Chart) -> int | None:
    """The first year a chart plots ('YYYY-ZZZZ' -> YYYY), None when it does not say."""
    found = re.search(r"\d{4}", chart.period or "")
    return int(found.group()) if found else None


def select(query: Query, lang: str, chart_ids: list[str] | None, year: int) -> list[tuple[Topic, list]]:
    """(topic, charts) per section: the chosen charts, or the default sections' charts starting by `year`."""
    all_topics = topics(query, lang)
    if not chart_ids:
        picked = []
        for topic in all_topics:
            if topic.default:
                shown = [c for c in topic.build() if (chart_start(c) or year) <= year]
                picked.append((topic, shown))
        return picked
    built = [(topic, topic.build()) for topic in all_topics]
    known = [c.chart_id for _, cs in built for c in cs]
    unknown = [c for c in chart_ids if c not in known]
    if unknown:
        raise BriefChoiceError(f"未知的图表 / Unknown chart ids: {', '.join(unknown)}\n"
                               f"可选 / Choose from: {', '.join(known)}")
    return [(topic, [c for c in cs if c.chart_id in chart_ids]) for topic, cs in built
            if any(c.chart_id in chart_ids for c in cs)]


# --- Sentences ------------------------------------------------------------------------------------

def period_text(period: str, lang: str) -> str:
    """'YYYY' -> 'YYYY年'; 'YYYY-ZZZZ' -> 'YYYY—ZZZZ年' (en: 'YYYY–ZZZZ'); months as labelled:
    'YYYY-01/05' -> 'YYYY年1-5月' / 'Jan–May YYYY', 'YYYY-01/03' -> 'YYYY年一季度' / 'Q1 YYYY'."""
    from dashboard import periods as grammar

    if grammar.is_period(period) and grammar.parse(period).sub_annual:
        return grammar.label(period, lang)
    if lang == "en":
        return period.replace("-", "–")
    return period.replace("-", "—") + "年"


def _str(value) -> str:
    return value if isinstance(value, str) else ""


def figure_value(row, lang: str) -> str:
    """The figure as stated: a share as its fraction, a rank as 第N位, else number + unit (+ approx)."""
    if row.kind == "share" and _str(row.stated):
        return row.stated
    if row.unit == "位":  # a rank: 第50位以内 = No. 50 or better
        approx = _str(row.approx)
        if lang == "en":
            return f"No. {int(row.value)}" + (" or better" if formatting.or_better(approx) else "")
        return f"第{int(row.value)}位{approx}"
    return charts.fmt_value(row.value, row.unit, _str(row.approx), lang, int(row.decimals),
                            _str(row.unit_en))


def figure_sentence(row, lang: str) -> str:
    """One figure as a sentence of a 情况汇报, its kind in words (预计, 目标, 推算)."""
    value = figure_value(row, lang)
    if lang == "en":
        name = f"{row.region_en}, {row.name_en}"
        what = {"estimate": f"estimated at {value}", "target": f"target: {value}",
                "derived": f"{value} (derived from the stated figures)"}.get(row.kind, value)
        return f"{name}, {period_text(row.period, lang)}: {what}"
    joint = "" if re.match(r"[近约超突]", value) else "为"
    if row.kind == "target":
        return f"{row.region_zh}{period_text(row.period, lang)}{row.name_zh}目标{joint}{value}"
    kind_word = {"estimate": "预计", "derived": "推算"}.get(row.kind, "")
    return f"{period_text(row.period, lang)}，{row.region_zh}{row.name_zh}{kind_word}{joint}{value}"


def rank_sentence(row, lang: str) -> str:
    """A rank on a list, with the change against the previous edition where the document states it."""
    edition = _str(row.edition_zh)
    change = row.stated_change
    if lang == "en":
        text = f"{row.region_en} ranked No. {int(row.rank)} on the list “{row.list_name_en}” ({row.period}"
        text += f", edition {int(row.edition_no)})" if pd.notna(row.edition_no) else ")"
        if pd.notna(change) and change:
            places = "place" if abs(change) == 1 else "places"
            text += f", {'up' if change > 0 else 'down'} {abs(int(change))} {places} on the previous edition"
        return text + (" (derived from the stated rank and change)" if row.kind == "derived" else "")
    text = (f"{period_text(row.period, lang)}{f'（{edition}）' if edition else ''}，"
            f"{row.region_zh}在{row.list_name_zh}中列第{int(row.rank)}位")
    if pd.notna(change) and change:
        text += f"，较上届{'前进' if change > 0 else '后退'}{abs(int(change))}位"
    return text + ("（据文中名次及变化推算）" if row.kind == "derived" else "")


# --- Notes ----------------------------------------------------------------------------------------

class Notes:
    """Numbered notes quoting the documents; numbers run through the brief, a section lists its own."""

    def __init__(self, sources: pd.DataFrame, lang: str):
        self.labels = sources.set_index("source_id")["label_en" if lang == "en" else "label_zh"]
        self.lang = lang
        self.next = 1
        self.section: dict[tuple[str, str], int] = {}

    def start_section(self) -> None:
        self.section = {}

    def cite(self, source_id: str, quote: str) -> int:
        key = (source_id, quote)
        if key not in self.section:
            self.section[key] = self.next
            self.next += 1
        return self.section[key]

    def lines(self) -> list[tuple[int, str]]:
        """(number, text) of the section's notes: the document's label and the verbatim quote."""
        sep = "：" if self.lang == "zh" else ": "
        return [(n, f"{self.labels.get(s, s)}{sep}“{q}”") for (s, q), n in self.section.items()]


def refs_text(numbers: list[int], lang: str = "zh") -> str:
    """[1][2][3][5] -> '[1]–[3]、[5]' (en: '[1]–[3], [5]'): consecutive note numbers as ranges."""
    out, numbers = [], sorted(set(numbers))
    start = prev = None
    for n in [*numbers, None]:
        if start is not None and n == prev + 1:
            prev = n
            continue
        if start is not None:
            out.append(f"[{start}]" if start == prev else f"[{start}]–[{prev}]")
        start = prev = n
    return ("、" if lang == "zh" else ", ").join(out)


def chart_quotes(query: Query, chart: charts.Chart) -> pd.DataFrame:
    """(source_id, quote, kind, period_end) of what a chart plots: its figures, or the passages naming
    the industries of an industry-system chart."""
    ids = chart_fact_ids(chart)
    parts = [query("brief_quotes", fact_ids=ids)] if ids else []
    if "system_code" in chart.data.columns:
        systems = list(dict.fromkeys(chart.data["system_code"].dropna()))
        parts.append(query("brief_industry_quotes", system_codes=systems).assign(kind="", period_end=None))
    columns = ["source_id", "quote", "kind", "period_end"]
    return pd.concat([p[columns] for p in parts]) if parts else pd.DataFrame(columns=columns)


def chart_fact_ids(chart: charts.Chart) -> list[str]:
    """The fact ids behind a chart's plotted rows (fact_id, fact_ids, base_fact_id, rate_fact_id)."""
    ids: list[str] = []
    for col in ("fact_id", "fact_ids", "base_fact_id", "rate_fact_id"):
        if col in chart.data.columns:
            for v in chart.data[col].dropna():
                ids += [i for i in str(v).split() if i not in ids]
    return ids


# --- Word typography ------------------------------------------------------------------------------

def _fonts(target, east_asia: str, size: float | None = None, bold: bool | None = None,
           color: RGBColor | None = None) -> None:
    """Latin and East-Asian typefaces (w:eastAsia) on a style or run; theme fonts removed."""
    font = target.font
    font.name = LATIN
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    if color is not None:
        font.color.rgb = color
    rpr = target.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:ascii"), LATIN)
    rfonts.set(qn("w:hAnsi"), LATIN)
    rfonts.set(qn("w:eastAsia"), east_asia)


def _styles(doc) -> None:
    """Body 仿宋 三号 (16 pt) on a 28 pt line, headings 黑体, captions 黑体, notes and sources 宋体."""
    from docx.enum.style import WD_STYLE_TYPE

    styles = doc.styles
    normal = styles["Normal"]
    _fonts(normal, BODY, 16)
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)
    for name, size in (("Title", 26), ("Heading 1", 16), ("Heading 2", 16)):
        style = styles[name]
        _fonts(style, HEI, size, bold=False, color=RGBColor(0, 0, 0))
        style.paragraph_format.space_before = Pt(12 if name != "Title" else 0)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.line_spacing = Pt(size * 1.6)
    title_ppr = styles["Title"].element.get_or_add_pPr()
    for border in title_ppr.findall(qn("w:pBdr")):  # the default Title has a blue rule under it
        title_ppr.remove(border)
    _fonts(styles[CAPTION_STYLE], HEI, 12, bold=False, color=RGBColor(0, 0, 0))
    styles[CAPTION_STYLE].font.italic = False
    styles[CAPTION_STYLE].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    styles[CAPTION_STYLE].paragraph_format.line_spacing = Pt(18)
    styles[CAPTION_STYLE].paragraph_format.space_after = Pt(0)
    for name, face, size, line in ((SOURCE_STYLE, SONG, 10.5, 16), (NOTE_STYLE, SONG, 10.5, 16),
                                   (FIGURE_STYLE, BODY, 16, 28)):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        _fonts(style, face, size, color=GREY if name == SOURCE_STYLE else None)
        style.paragraph_format.line_spacing = Pt(line)
    styles[SOURCE_STYLE].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    styles[SOURCE_STYLE].paragraph_format.space_after = Pt(12)
    styles[FIGURE_STYLE].paragraph_format.first_line_indent = Pt(32)  # two characters


def _page(section) -> None:
    section.page_width, section.page_height = Cm(PAGE_W), Cm(PAGE_H)
    section.top_margin, section.bottom_margin = Cm(MARGIN_TOP), Cm(MARGIN_BOTTOM)
    section.left_margin, section.right_margin = Cm(MARGIN_LEFT), Cm(MARGIN_RIGHT)


def _page_number_footer(section) -> None:
    """'— 7 —' centred in the footer (a PAGE field), none on the title page."""
    section.different_first_page_header_footer = True
    para = section.footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _fonts(para.add_run("— "), SONG, 14)
    for tag, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        run = para.add_run()
        _fonts(run, SONG, 14)
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        elif text == " PAGE ":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text  # shown until the field is updated (Word and LibreOffice update it)
        run._r.append(el)
    _fonts(para.add_run(" —"), SONG, 14)


def _para(doc, text: str, style: str | None = None, east_asia: str | None = None, size: float | None = None,
          align=None, bold: bool | None = None):
    para = doc.add_paragraph(style=style)
    if align is not None:
        para.alignment = align
    run = para.add_run(text)
    if east_asia:
        _fonts(run, east_asia, size, bold=bold)
    return para


def _sentence(doc, text: str, note: int, lang: str) -> None:
    """A figure sentence with its note number as a superscript before the full stop; word joiners keep
    the last character, the number and the stop on one line."""
    para = doc.add_paragraph(style=FIGURE_STYLE)
    para.add_run(text + JOIN)
    mark = para.add_run(f"[{note}]")
    mark.font.superscript = True
    para.add_run(JOIN + ("。" if lang == "zh" else "."))


# --- The document ---------------------------------------------------------------------------------

def build_brief(query: Query, lang: str, chart_ids: list[str] | None = None, period: str | int = "latest",
                progress: Progress | None = None) -> bytes:
    """The brief as .docx bytes; raises BriefChoiceError for an unknown chart id or a period without data."""
    step = progress or (lambda fraction, text: None)
    step(0.0, t("brief_step_data", lang))
    threading.Thread(target=_warm_renderer, daemon=True).start()
    year = resolve_period(query, period)
    sections = select(query, lang, chart_ids, year)
    sources = query("brief_sources")
    region = query("brief_region").iloc[0]  # the site's home region
    n_charts = sum(len(cs) for _, cs in sections)

    doc = Document()
    doc.core_properties.title = t("brief_title", lang)
    doc.core_properties.author = site.title(lang)
    _styles(doc)
    _page(doc.sections[0])
    _page_number_footer(doc.sections[0])
    title_page = _title_page(doc, lang, region)

    notes = Notes(sources, lang)
    cited_sources: list[str] = []
    shown_years: list[int] = []
    figure_no = 0
    numerals = "一二三四五六七八九十"
    filled = [(topic, cs, headline_figures(query, topic.key, year)) for topic, cs in sections]
    for index, (topic, chart_list, rows) in enumerate([s for s in filled if len(s[1]) or len(s[2])]):
        notes.start_section()
        number = numerals[index] if lang == "zh" and index < len(numerals) else str(index + 1)
        doc.add_heading(f"{number}、{topic.heading}" if lang == "zh" else f"{number}. {topic.heading}", 1)
        for row in rows.itertuples():
            text = rank_sentence(row, lang) if topic.key == "rankings" else figure_sentence(row, lang)
            _sentence(doc, text, notes.cite(row.source_id, row.quote), lang)
            cited_sources.append(row.source_id)
            if row.kind != "target":
                shown_years.append(int(row.year if topic.key == "rankings" else row.period_end))
        if not len(rows):
            _para(doc, t("brief_no_figures", lang, year=year))
        for chart in chart_list:
            figure_no += 1
            step(0.05 + 0.9 * (figure_no - 1) / max(n_charts, 1), t("brief_step_chart", lang, n=figure_no,
                                                                      total=n_charts, title=chart.title))
            quotes = chart_quotes(query, chart)
            _chart(doc, chart, figure_no, quotes, notes, sources, lang)
            if chart.chart_id == "qianyi_paths":  # the goal against the stated figure, in one sentence each
                for sentence in charts.qianyi_verdicts(chart.data, lang):
                    _para(doc, sentence.replace(" — ", "：" if lang == "zh" else ": ", 1))
            cited_sources += chart.source_ids
            stated = quotes.loc[~quotes["kind"].isin(["target", "projection"]), "period_end"].dropna()
            shown_years += [int(y) for y in stated]
        _notes(doc, notes, lang)

    step(0.96, t("brief_step_save", lang))
    _sources_list(doc, sources, cited_sources, lang)
    as_of = max(shown_years) if shown_years else year
    title_page.add_run(t("brief_as_of", lang, period=as_of))
    buf = io.BytesIO()
    doc.save(buf)
    step(1.0, t("brief_step_done", lang))
    return buf.getvalue()


def _warm_renderer() -> None:
    """Start the chart renderer (Chromium takes seconds) while the data is read; a failure here
    surfaces, with its message, at the first chart."""
    try:
        export.start_renderer()
    except export.ExportUnavailable:
        pass


def _title_page(doc, lang: str, region) -> object:
    """Title, region, date; returns the paragraph for 数据截至 (known once the sections are built)."""
    for _ in range(4):
        doc.add_paragraph()
    title = doc.add_paragraph(t("brief_title", lang), style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()
    name = region["name_en"] if lang == "en" else region["name_zh"]
    parent = region["parent_en"] if lang == "en" else region["parent_zh"]
    _para(doc, t("brief_region", lang, region=name, parent=parent), None, BODY, 16, WD_ALIGN_PARAGRAPH.CENTER)
    today = dt.date.today()
    date = f"{today.year}年{today.month}月{today.day}日" if lang == "zh" else today.isoformat()
    _para(doc, t("brief_date", lang, date=date), None, BODY, 16, WD_ALIGN_PARAGRAPH.CENTER)
    as_of = doc.add_paragraph()
    as_of.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()
    _para(doc, t("brief_about", lang), None, BODY, 14, WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    return as_of


def print_figure(chart: charts.Chart):
    """The chart for paper: no title or footer (the caption and source line carry them), laid out
    narrower than on screen so its text prints at a readable size."""
    fig = export.slide_figure(chart)
    native = chart.figure.layout
    margin = native.margin
    spare = max((margin.b or 0) - 70, 0) + max((margin.t or 0) - 60, 0)  # the footer's and title's room
    height = min(max((native.height or 600) - spare, 360), 1100)
    fig.update_layout(width=PRINT_W, height=height, margin=dict(t=60, b=min(margin.b or 70, 70)))
    return fig


def _chart(doc, chart: charts.Chart, number: int, quotes: pd.DataFrame, notes: Notes,
           sources: pd.DataFrame, lang: str) -> None:
    """Picture (300 dpi at the text width; its unit stays in the picture), caption 图N, and a source line
    pointing to the notes that quote its figures."""
    fig = print_figure(chart)
    png = export.render_figure(fig, "png", scale=IMAGE_PX / PRINT_W)
    pic = doc.add_paragraph()
    pic.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pic.paragraph_format.line_spacing = 1.0
    pic.paragraph_format.keep_with_next = True
    pic.add_run().add_picture(io.BytesIO(png), width=Cm(TEXT_WIDTH_CM))
    caption = doc.add_paragraph(t("brief_figure", lang, n=number, title=chart.title), style=CAPTION_STYLE)
    caption.paragraph_format.keep_with_next = True
    numbers = [notes.cite(r.source_id, r.quote) for r in quotes.itertuples()]
    line = charts.source_line(chart.source_ids, sources, lang)
    if numbers:
        line += t("brief_see_notes", lang, refs=refs_text(numbers, lang))
    doc.add_paragraph(line, style=SOURCE_STYLE)


def _notes(doc, notes: Notes, lang: str) -> None:
    """The section's notes: [n] document label: “verbatim quote”."""
    lines = notes.lines()
    if not lines:
        return
    _para(doc, t("brief_notes", lang), NOTE_STYLE, HEI, 10.5)
    for n, text in lines:
        doc.add_paragraph(f"[{n}] {text}", style=NOTE_STYLE)


def _sources_list(doc, sources: pd.DataFrame, cited: list[str], lang: str) -> None:
    """The documents cited, oldest first: title, publisher, date."""
    doc.add_heading(t("brief_sources", lang), 1)
    for i, row in enumerate(sources[sources["source_id"].isin(cited)].itertuples(), start=1):
        title = f"{row.title_en} ({row.title_zh})" if lang == "en" else f"《{row.title_zh}》"
        date = pd.Timestamp(row.date_from)
        when = f"{date.year}年{date.month}月{date.day}日" if lang == "zh" else f"{date:%Y-%m-%d}"
        sep = "，" if lang == "zh" else ", "
        doc.add_paragraph(f"{i}. {title}{sep}{row.publisher}{sep}{when}", style=NOTE_STYLE)

