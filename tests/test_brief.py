"""The analysts' brief (简报): headings, pictures and captions, sentence figures traced to the data and
cited with verbatim quotes, Chinese typography, clear errors for bad choices, and a LibreOffice render."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from dashboard import brief, catalog, charts, db, export
from dashboard.__main__ import main
from dashboard.i18n import t

pytestmark = pytest.mark.slow  # the brief renders its pictures with kaleido; LibreOffice renders it

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts" / "brief"
NOTE = re.compile(r"^\[(\d+)\] (.+?)[：:] ?“(.*)”$", re.S)
MARK = re.compile(r"\[(\d+)\]")
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")



def test_export_requirements_are_installed():
    """scripts/setup.sh installs Chromium and a CJK font: the brief's images need them (no skipping)."""
    assert export.missing_requirements() == []


@pytest.fixture(scope="module")
def dbcon(built_db):
    con = db.connect(built_db)
    yield con
    con.close()


@pytest.fixture(scope="module")
def query(dbcon):
    return lambda name, **params: db.run(dbcon, name, **params)


@pytest.fixture(scope="module")
def zh_bytes(query) -> bytes:
    """The default brief, in Chinese (what `python -m dashboard brief` writes)."""
    return brief.build_brief(query, "zh")


@pytest.fixture(scope="module")
def zh(zh_bytes):
    return docx.Document(io.BytesIO(zh_bytes))


@pytest.fixture(scope="module")
def facts(dbcon):
    return db.run_sql(dbcon, "select * from facts_enriched")


@pytest.fixture(scope="module")
def sources(query):
    return query("brief_sources")


def styled(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def notes_of(document) -> dict[int, tuple[str, str]]:
    """Note number -> (document label, quote), from every section's notes."""
    out = {}
    for text in styled(document, brief.NOTE_STYLE):
        m = NOTE.match(text)
        if m:
            assert int(m.group(1)) not in out, f"note number used twice: {text}"
            out[int(m.group(1))] = (m.group(2), m.group(3))
    return out


def default_sections(query, lang="zh"):
    return brief.select(query, lang, None, max(brief.periods(query)))


def test_headings_follow_the_default_sections(zh, query):
    expected = [f"{'一二三四五六七八九十'[i]}、{topic.heading}"
                for i, (topic, _) in enumerate(default_sections(query))] + [t("brief_sources", "zh")]
    assert styled(zh, "Heading 1") == expected
    assert styled(zh, "Title") == [t("brief_title", "zh")]


def test_title_page_says_region_date_and_newest_period(zh, query):
    text = "\n".join(p.text for p in zh.paragraphs[:14])
    region = query("brief_region").iloc[0]
    assert region["name_zh"] in text and "编制日期：" in text
    assert f"数据截至{max(brief.periods(query))}年" in text  # the default is the newest year with figures


def test_every_picture_has_a_numbered_caption_and_a_source_line(zh, query):
    n_charts = sum(len(cs) for _, cs in default_sections(query))
    captions = styled(zh, brief.CAPTION_STYLE)
    assert len(zh.inline_shapes) == len(captions) == n_charts > 5
    assert [c.split("　")[0] for c in captions] == [f"图{i}" for i in range(1, n_charts + 1)]
    paras = zh.paragraphs
    for i, p in enumerate(paras):
        if p.style.name == brief.CAPTION_STYLE:
            assert paras[i + 1].style.name == brief.SOURCE_STYLE and paras[i + 1].text.startswith("来源：")
            assert paras[i - 1].runs and paras[i - 1]._p.xpath(".//pic:pic"), "the picture sits above"


def test_pictures_are_print_resolution(zh):
    for shape in zh.inline_shapes:
        blob = zh.part.related_parts[shape._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
        assert blob[:8] == b"\x89PNG\r\n\x1a\n"
        px = int.from_bytes(blob[16:20], "big")  # the IHDR width
        inches = shape.width / 914400
        assert abs(shape.width.cm - brief.TEXT_WIDTH_CM) < 0.05  # the text width
        assert px / inches >= 295, f"{px / inches:.0f} dpi"


def test_sentence_figures_are_in_the_data_and_cite_their_quote(zh, facts):
    assert len(styled(zh, brief.FIGURE_STYLE)) >= 10
    check_sentences(zh, facts)


def test_earliest_period_words_derived_ranks_as_such(query, facts):
    year = brief.periods(query)[0]
    derived = query("brief_ranks", year=year).query("kind == 'derived'")
    document = docx.Document(io.BytesIO(brief.build_brief(query, "zh", ["ranking_history"], year)))
    check_sentences(document, facts)
    sentences = styled(document, brief.FIGURE_STYLE)
    for row in derived.itertuples():
        [line] = [s for s in sentences if row.list_name_zh in s]
        assert f"第{int(row.rank)}位" in line and "推算" in line


def check_sentences(document, facts) -> None:
    """Every number of a figure sentence is in facts_enriched with the quote its note cites; estimates,
    targets and derived figures say so."""
    notes = notes_of(document)
    for sentence in styled(document, brief.FIGURE_STYLE):
        refs = [int(n) for n in MARK.findall(sentence)]
        assert len(refs) == 1, f"one note per sentence: {sentence}"
        label, quote = notes[refs[0]]
        rows = facts[facts["quote"] == quote]
        assert len(rows), f"no figure in facts_enriched has the quote of: {sentence}"
        allowed = set()
        for r in rows.itertuples():
            allowed |= {charts.fmt_number(r.value, 3).replace(",", "")}
            allowed |= set(NUMBER.findall(f"{r.stated} {r.period} {charts.period_label(r.period, 'zh')}"))
        body = MARK.sub("", sentence)
        for number in NUMBER.findall(body):
            assert number.replace(",", "") in allowed, f"{number} in “{sentence}” is not in the data"
        matched = [r for r in rows.itertuples() if charts.fmt_number(r.value, 3).replace(",", "") in body.replace(",", "")
                   or (r.kind == "share" and r.stated in body)]
        assert matched, sentence
        kinds = {r.kind for r in matched}
        for kind, word in (("estimate", "预计"), ("target", "目标"), ("derived", "推算")):
            if kinds == {kind}:
                assert word in body, f"a {kind} not worded as such: {sentence}"


def test_quotes_are_verbatim_and_every_chart_figure_is_cited(zh, query, sources):
    notes = notes_of(zh)
    by_label = dict(zip(sources["label_zh"], sources["text"], strict=True))
    for label, quote in notes.values():
        squash = re.sub(r"\s+", "", quote)
        assert squash and squash in re.sub(r"\s+", "", by_label[label]), f"not verbatim in {label}: {quote}"
    quoted = {q for _, q in notes.values()}
    for _, chart_list in default_sections(query):
        for chart in chart_list:
            ids = brief.chart_fact_ids(chart)
            expected = set(query("brief_quotes", fact_ids=ids)["quote"]) if ids else set()
            if "system_code" in chart.data.columns:  # the industry matrix: the passages naming industries
                systems = list(set(chart.data["system_code"]))
                expected |= set(query("brief_industry_quotes", system_codes=systems)["quote"])
            assert expected and expected <= quoted, chart.chart_id


def test_sources_list_names_every_cited_document(zh, sources):
    listed = "\n".join(p.text for p in zh.paragraphs[[p.text for p in zh.paragraphs].index("资料来源"):])
    labels = {label for label, _ in notes_of(zh).values()}
    for row in sources[sources["label_zh"].isin(labels)].itertuples():
        assert f"《{row.title_zh}》" in listed


def test_chinese_typography_and_a4_margins(zh):
    def east_asia(style):
        return style.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))

    assert east_asia(zh.styles["Normal"]) == "仿宋"
    assert east_asia(zh.styles["Heading 1"]) == "黑体"
    assert east_asia(zh.styles[brief.NOTE_STYLE]) == "宋体"
    section = zh.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert [round(m.cm, 2) for m in (section.top_margin, section.bottom_margin, section.left_margin,
                                     section.right_margin)] == [3.7, 3.5, 2.8, 2.6]


def test_an_earlier_period_states_nothing_newer(query):
    years = brief.periods(query)
    year = years[-2]
    data = brief.build_brief(query, "zh", ["ranking_single"], str(year))
    document = docx.Document(io.BytesIO(data))
    sentences = styled(document, brief.FIGURE_STYLE)
    assert sentences
    for s in sentences:
        assert all(int(y) <= year for y in re.findall(r"(\d{4})年", s)), s


def test_english_brief_keeps_quotes_in_chinese(query):
    document = docx.Document(io.BytesIO(brief.build_brief(query, "en", ["shares_of_zhuzhou"])))
    assert styled(document, "Heading 1") == [f"1. {t('page_shares', 'en')}", t("brief_sources", "en")]
    assert styled(document, brief.CAPTION_STYLE)[0].startswith("Figure 1. ")
    assert all(not re.search(r"[\u4e00-\u9fff]", s) for s in styled(document, brief.FIGURE_STYLE))
    assert notes_of(document) and all(re.search(r"[\u4e00-\u9fff]", q) for _, q in notes_of(document).values())


def test_bad_choices_name_the_valid_ones(query):
    years = brief.periods(query)
    with pytest.raises(brief.BriefChoiceError) as bad_period:
        brief.build_brief(query, "zh", period=str(years[0] - 1))
    assert all(str(y) in str(bad_period.value) for y in years) and "latest" in str(bad_period.value)
    with pytest.raises(brief.BriefChoiceError) as bad_chart:
        brief.build_brief(query, "zh", ["no_such_chart"])
    assert "no_such_chart" in str(bad_chart.value) and "shares_of_zhuzhou" in str(bad_chart.value)


@pytest.mark.parametrize("args", [["--period", "not-a-year"], ["--charts", "shares_of_zhuzhou,nope"]])
def test_cli_bad_choice_exits_2_and_writes_nothing(tmp_path, capsys, args):
    out = tmp_path / "b.docx"
    assert main(["brief", "--out", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert "可选 / Choose" in err and "Traceback" not in err
    assert not out.exists()


def test_cli_writes_the_brief(tmp_path, capsys):
    out = tmp_path / "b.docx"
    assert main(["brief", "--out", str(out), "--charts", "shares_of_zhuzhou", "--verbose"]) == 0
    assert len(docx.Document(str(out)).inline_shapes) == 1
    assert "s " in capsys.readouterr().err  # the timings


def test_libreoffice_renders_the_chinese(zh_bytes, tmp_path):
    assert shutil.which("soffice"), "LibreOffice is missing: bash scripts/setup.sh installs it"
    path = tmp_path / "brief.docx"
    path.write_bytes(zh_bytes)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "brief.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert t("brief_title", "zh") in text and "资料来源" in text
    compact = re.sub(r"\s+", "", text)
    assert "图1" in compact and "来源：" in compact
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True,
                                                             text=True).stdout).group(1))
    chart_page = next(n for n in range(2, pages + 1) if "图2" in re.sub(r"\s+", "", subprocess.run(
        ["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True, text=True).stdout))
    for n, name in ((1, "page-1"), (chart_page, "chart-page")):
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(n), "-l", str(n), str(pdf),
                        str(ARTIFACTS / name)], check=True)
    shutil.copy(pdf, ARTIFACTS / "brief.pdf")


def test_export_page_builds_the_brief():
    from streamlit.testing.v1 import AppTest

    # The page file itself: through app.py, AppTest loses a button click (widget ids of a switched page).
    at = AppTest.from_file(str(ROOT / "pages" / "export.py"), default_timeout=120).run()
    assert t("brief", "zh") in [s.value for s in at.subheader]
    assert at.selectbox(key="brief_period").options[0] == t("brief_latest", "zh")
    at.multiselect(key="brief_charts").set_value(["shares_of_zhuzhou"]).run()
    at.button(key="brief_button").click().run()
    assert not at.exception and not at.error
    assert at.get("progress")
    assert any(d.proto.label == t("brief_download", "zh") for d in at.get("download_button"))
    choice, data = at.session_state["brief_docx"]
    assert len(docx.Document(io.BytesIO(data)).inline_shapes) == 1


def test_grouping_covers_every_chart(query):
    """The sections hold every chart of the dashboard's pages exactly once (the explorer's trends
    repeat those figures over time and are left to it)."""
    grouped = [c.chart_id for topic in brief.topics(query, "zh") for c in topic.build()]
    assert sorted(grouped) == sorted(c.chart_id for c in catalog.all_charts(query, "zh"))


def test_the_qianyi_goal_stands_against_the_stated_figure(zh, query):
    """The brief says in one sentence per goal where the stated figure stands, as the chart's note does."""
    paths = query("qianyi_paths")
    gdp = paths[(paths["indicator_code"] == "gdp") & (paths["path"] == "outcome")]
    goal_year = int(paths[(paths["indicator_code"] == "gdp") & (paths["path"] == "target")]["year"].iloc[0])
    at_goal = gdp[gdp["year"] == goal_year].iloc[0]
    text = "\n".join(p.text for p in zh.paragraphs)
    expected = charts.qianyi_verdicts(paths, "zh")[0].replace(" — ", "：", 1)
    assert expected in text
    assert f"{goal_year}年：目标" in expected and charts.fmt_value(at_goal["value"], "亿元", "", "zh", 1) in expected
