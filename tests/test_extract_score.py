"""The extractor's score on the development corpus (a floor that can only rise) and the scorer's matcher."""

from __future__ import annotations

import csv
import io
import math
import subprocess
import sys

import pytest

from dashboard import config
from dashboard.extract.indicators import Registry
from dashboard.extract.score import (
    CORPUS_DIR,
    Tally,
    by_genre,
    extract_rows,
    read_corpus,
    score_corpus,
    score_rows,
)
from dashboard.extract.vocabulary import Vocabulary, home_name, name_key, region_keys

# Measured by `python -m dashboard extract-score` on the corpus, rounded down to 0.01.
# Raise the floor when the extractor improves; never lower it to let a change through.
CORPUS_FLOOR = {  # genre: (recall at any confidence, recall at >= 0.5, precision at >= 0.5)
    # Re-based in issue 23 round 7, when 98 more documents first scored as held-out sets (sets Z8-Z17, first
    # scores 42-62% recall at any confidence) joined the corpus (398 documents); re-based in round 8, when sets
    # Z18-Z23 (60 documents, county-level where the pages allowed; first scores 42-74%) joined it (458); and in
    # round 9, when sets Z24-Z33 (98 documents, first scores 37-73%) joined it (556); and in round 10, when sets
    # Z34-Z45 (115 documents, first scores 27-79%) joined it (671); and in round 11, when sets Z46-Z53 (71
    # documents, first scores 43-78%) joined it (742); and in round 12, when sets Z54-Z65 (120 documents,
    # first scores 31-75%) joined it (862); and in round 13, when sets Z66-Z82 (170 documents, first scores
    # 41-81%) joined it (1032). The harder new sets lower some floors by a point (round 11:
    # rankings' recall, monthly releases' precision; round 12: bulletins' recall and precision, monthly
    # releases' recall at >= 0.5 and precision, work reports' - bulletins and reports that never name their
    # county, year-less releases; round 13: rankings' recall, three points, for a wiki table of 15 cities'
    # figures and a county table whose cells run together, and monthly releases' recall a point; round 14:
    # work reports' and the corpus's recall at >= 0.5 a point, and rankings' a point, and work reports'
    # precision a point, when sets Z83-Z89 (68 documents, first scores 51-76%) joined it (1100): project
    # counts, a term's review, lists in headlines, "TOP2吴忠" labels, 城乡居民每人平均收入); none was lowered
    # to let a change through: on the 1032 documents of round 13 this code is at or above every round-13
    # floor.
    "bulletin": (0.80, 0.65, 0.94),
    "feature": (0.85, 0.75, 0.97),
    "monthly": (0.67, 0.44, 0.92),  # year-less or region-less releases, and industries' sub-items
    "ranking": (0.47, 0.43, 0.83),  # lists named in other words than the reader's, counts per province
    "work_report": (0.75, 0.65, 0.93),
    "all": (0.70, 0.55, 0.92),
}
# 醴陵市 in the documents about it ("Set 1 style"); re-based with the registries (issue 24), raised (issue 23
# round 2), re-based in round 6 when three more documents naming Liling joined (14 documents)
HOME_FLOOR = (0.99, 0.75, 0.99)
# Precision at ANY confidence (every candidate, "check this" rows too): one reading per stated number, no
# row for a non-figure (issue 23 round 3). Measured, rounded down; re-based with the corpus in rounds 7-14.
PRECISION_ANY_FLOOR = {"bulletin": 0.77, "feature": 0.73, "monthly": 0.65, "ranking": 0.54, "work_report": 0.68,
                       "all": 0.69}
HOME_PRECISION_ANY_FLOOR = 0.86  # 醴陵市 in its documents: 41% before round 3; 86% on 14 documents (round 6)


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load(scoring=True)


@pytest.fixture(scope="module")
def scores():
    return score_corpus()


# --- the floor ----------------------------------------------------------------------------------------


def test_corpus_floor_per_genre(scores):
    genres = by_genre(scores)
    assert set(genres) == set(CORPUS_FLOOR), "every genre of the corpus has a floor"
    got = {g: (t.recall, t.recall_confident, t.precision) for g, t in genres.items()}
    low = {g: v for g, v in got.items() if any(a < b for a, b in zip(v, CORPUS_FLOOR[g], strict=True))}
    assert low == {}, f"below the floor {CORPUS_FLOOR}"


def test_home_county_floor(scores):
    home = sum((s.home for s in scores), Tally())
    assert home.expected > 0
    got = (home.recall, home.recall_confident, home.precision)
    assert all(g >= f for g, f in zip(got, HOME_FLOOR, strict=True)), (got, HOME_FLOOR)


def test_precision_at_any_confidence_floor(scores):
    genres = by_genre(scores)
    assert set(genres) == set(PRECISION_ANY_FLOOR)
    low = {g: t.precision_any for g, t in genres.items() if t.precision_any < PRECISION_ANY_FLOOR[g]}
    assert low == {}, f"below the floor {PRECISION_ANY_FLOOR}"
    home = sum((s.home for s in scores), Tally())
    assert home.precision_any >= HOME_PRECISION_ANY_FLOOR, (home.right, home.candidates)


def test_every_corpus_quote_is_verbatim(scores):
    t = by_genre(scores)["all"]
    assert t.candidates > 0 and t.verbatim == t.candidates, (
        f"{t.candidates - t.verbatim} quotes not in the text"
    )


def test_scorer_runs_the_extractor_as_the_command_line_does(tmp_path):
    docs, _ = read_corpus()
    path = CORPUS_DIR / docs[0]["file"]
    out = tmp_path / "c.csv"
    run = subprocess.run(
        [sys.executable, "-m", "dashboard", "extract", str(path), "--out", str(out)],
        cwd=config.ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    cli = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    _, rows = extract_rows(path, Registry.load())
    assert cli and cli == rows


# --- the corpus files ---------------------------------------------------------------------------------


def test_corpus_quotes_are_in_their_documents():
    docs, expected = read_corpus()
    texts = {d["doc_id"]: (CORPUS_DIR / d["file"]).read_text(encoding="utf-8") for d in docs}
    assert set(expected) == set(texts)
    missing = [
        (e["doc_id"], e["quote"])
        for rows in expected.values()
        for e in rows
        if e["quote"] not in texts[e["doc_id"]]
    ]
    assert missing == []
    assert all(len(rows) >= 2 for rows in expected.values())


# --- the matcher (made-up rows: unit tests of the scorer) -----------------------------------------------


def test_names_match_across_script_pinyin_and_synonyms():
    assert name_key("規模工業增加值增長") == name_key("规模以上工业增加值增速")
    assert name_key("地區(qū)生產(chǎn)總值") == name_key("GDP")
    assert name_key("第一产业增加值增速") != name_key("第一产业增加值")


def test_families_come_from_the_registry(vocab):
    assert vocab.family("規上工業增加值增長") == {"industrial_value_added_growth"}
    assert vocab.family("全国科技创新百强县排名") == {"rank_sci_tech_innovation"}
    assert vocab.family("科技服务业增加值增速") == {"new:科技服务业增速"}  # an industry's growth: its value added's
    assert vocab.family("科技服務業增加值增長") == vocab.family("科技服务业增加值增速")
    assert "rank_county_top100" not in vocab.family("赛迪县域经济百强排名")  # another publisher's list
    assert vocab.family("全国新型城镇化质量百强县", "位") == {"rank_new_urbanization"}  # a proposed list
    assert vocab.family("全国新型城镇化质量百强县", "个") != {"rank_new_urbanization"}


def test_regions_match_full_or_short_names():
    assert region_keys("醴陵") & region_keys("醴陵市")
    assert region_keys("寧(níng)鄉(xiāng)市") & region_keys("宁乡市")
    assert region_keys("中国") == region_keys("全国")
    assert region_keys("醴陵经济技术开发区") & region_keys("醴陵经开区")
    assert not region_keys("株洲市") & region_keys("醴陵市")


@pytest.mark.parametrize(
    "a, b, same",
    [
        ((2.4, "万亿元"), (24000, "亿元"), True),
        ((890, "亿元"), (8900000, "万元"), True),
        ((52321, "元"), (5.2321, "万元"), True),
        ((0.05, "分数"), (5, "%"), True),
        ((890, "亿元"), (891, "亿元"), False),
        ((5, "%"), (5, "个百分点"), False),
        ((12, "家"), (12, "位"), False),
        ((3, ""), (3, "位"), False),
    ],
)
def test_values_compare_in_one_unit(vocab, a, b, same):
    assert vocab.same_value(*a, *b) is same


def _row(region, indicator, period, value, unit, confidence=1.0, quote="q"):
    return {
        "region": region,
        "indicator": indicator,
        "period": period,
        "value": str(value),
        "unit": unit,
        "confidence": str(confidence),
        "quote": quote,
    }


YEAR = "2022"  # a made-up document's year
EXPECTED = [
    _row("醴陵市", "地区生产总值", YEAR, 890, "亿元"),
    _row("醴陵市", "地区生产总值增速", YEAR + "-01/06", 5.5, "%"),
    _row("株洲市", "第一产业增加值增速", YEAR, 9.3, "%"),
]


def test_score_rows_counts_each_kind_of_miss(vocab):
    cands = [
        _row("醴陵", "GDP", YEAR, 8900000, "万元", 0.9),  # right, in another unit
        _row("醴陵市", "地区生产总值增速", YEAR, 5.5, "%", 0.9),  # a half year given the whole year
        _row("醴陵市", "第一产业增加值增速", YEAR, 9.3, "%", 0.9),  # another region
        _row("株洲市", "地区生产总值增速", YEAR, 9.3, "%", 0.9),  # another indicator family
        _row("株洲", "第一產業增加值增長", YEAR, 9.3, "%", 0.3, "not in the text"),  # right, not confident
    ]
    t = score_rows("q", cands, EXPECTED, vocab)
    assert t == Tally(
        expected=3,
        found=2,
        found_confident=1,
        candidates=5,
        right=2,
        confident=4,
        confident_right=1,
        misdated=1,
        sub_as_year=1,
        misattributed=1,
        wrong_family=1,
        verbatim=4,
    )
    assert math.isclose(t.recall, 2 / 3) and t.precision == 0.25 and t.recall_confident == 1 / 3


def test_a_period_must_be_equal_and_a_region_named(vocab):
    cands = [
        _row("醴陵市", "地区生产总值增速", YEAR + "-06", 5.5, "%", 0.9),
        _row("", "地区生产总值", YEAR, 890, "亿元", 0.9),
    ]
    t = score_rows("q", cands, EXPECTED, vocab)
    assert (t.found, t.right, t.misdated, t.sub_as_year, t.misattributed) == (0, 0, 1, 0, 1)


def test_tallies_add_up():
    a, b = Tally(expected=2, found=1), Tally(expected=3, found=3, candidates=4)
    assert a + b == Tally(expected=5, found=4, candidates=4)
    assert Tally().recall == 0.0 and Tally().precision == 0.0 and Tally().verbatim_share == 1.0


def test_home_region_comes_from_the_data(tmp_path):
    (tmp_path / "regions.csv").write_text("region_code,name_zh\nhome_a,甲市\nhome_b,乙县\n", encoding="utf-8")
    (tmp_path / "facts.csv").write_text("region_code\nhome_b\nhome_b\nhome_a\n", encoding="utf-8")
    assert home_name(tmp_path) == "乙县"  # the region most curated figures are of
    (tmp_path / "site.csv").write_text("home_region\nhome_a\n", encoding="utf-8")
    assert home_name(tmp_path) == "甲市"  # site.csv names it where there is one
    assert home_name() == "醴陵市"


def test_a_span_of_years_given_its_last_year_is_misdated_not_sub_annual(vocab):
    expected = [_row("安岳县", "城镇居民人均可支配收入增速", "2017-" + YEAR, 31.4, "%")]
    t = score_rows("q", [_row("安岳县", "城镇居民人均可支配收入增速", YEAR, 31.4, "%", 0.8)], expected, vocab)
    assert (t.misdated, t.sub_as_year) == (1, 0)


@pytest.mark.parametrize(
    "yearly, plain",
    [("地区生产总值年均增速", "地区生产总值增速"), ("一般公共预算收入年平均增长", "一般公共预算收入增速"),
     ("城镇居民人均可支配收入年均增长", "城镇居民人均可支配收入增速")],
)
def test_a_yearly_average_growth_is_the_statistics_growth_family_its_period_says_over_which_years(
    vocab, yearly, plain
):
    assert vocab.family(yearly, "%") == vocab.family(plain, "%") and not any(
        c.startswith("new:") for c in vocab.family(yearly, "%"))
    assert vocab.family("地区生产总值两年平均增速", "%") != vocab.family(plain, "%")  # one year's, two-year based


def test_a_list_named_after_an_alias_of_a_registered_list_is_that_list(vocab):
    # 《赛迪县域经济百强排行榜》: 赛迪县域经济百强 is an alias of the registry's 赛迪百强县
    assert vocab.family("赛迪县域经济百强县排名", "位") == vocab.family("赛迪百强县排名", "位") == {
        "rank_ccid_county_top100"}


def test_an_industrys_or_a_products_growth_is_its_value_added_or_its_outputs(vocab):
    assert vocab.family("第一产业增速", "%") == vocab.family("第一产业增加值增速", "%")
    assert vocab.family("工业战略性新兴产业增速", "%") == vocab.family("工业战略性新兴产业增加值增速", "%")
    assert vocab.family("水泥增速", "%") == vocab.family("水泥产量增速", "%")
    assert vocab.family("水泥增速", "%") != vocab.family("水泥产量", "万吨")  # a level is no growth
