"""Recall and precision of the extractor: seed documents vs curated figures, corpus vs expected figures."""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path

from dashboard import config
from dashboard.curated import read_all
from dashboard.extract import document_date, extract
from dashboard.extract.indicators import Registry
from dashboard.numbers import squeeze


@dataclass
class Score:
    """How one document scores: curated figures found, candidates right, quotes verbatim."""

    source_id: str
    curated: int
    found: int
    candidates: int  # every candidate (the verbatim check covers them all)
    correct: int
    verbatim: int
    missed: list[dict]
    placed: int = 0  # candidates given to a region (precision is measured on these)

    @property
    def recall(self) -> float:
        return self.found / self.curated if self.curated else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.placed if self.placed else 1.0

    @property
    def verbatim_share(self) -> float:
        return self.verbatim / self.candidates if self.candidates else 1.0


def _same(f: dict, c) -> bool:
    return (
        f["region_code"] == c.region
        and f["indicator_code"] == c.indicator
        and f["period"] == c.period
        and f["unit"] == c.unit
        and f["kind"] == c.kind
        and math.isclose(float(f["value"]), c.value, rel_tol=1e-4, abs_tol=1e-6)
    )


def score_all(data_dir: Path | None = None) -> list[Score]:
    """A Score per seed source (a registered source with curated rows in facts.csv; documents brought in
    by imports are scored on tests/corpus instead), matching on region, indicator, period, value, unit
    and kind."""
    data_dir = data_dir or config.DATA_DIR
    data = read_all(data_dir)
    reg = Registry.load(data_dir)
    curated = {f["source_id"] for f in data["facts"]}
    out = []
    for s in data["sources"]:
        if s["source_id"] not in curated:
            continue
        text = (data_dir / "sources" / s["file"]).read_text(encoding="utf-8")
        doc_date, _ = document_date(text, source_id=s["source_id"], reg=reg)
        cands = extract(text, source_id=s["source_id"], doc_date=doc_date, registry=reg)
        facts = [f for f in data["facts"] if f["source_id"] == s["source_id"] and f["kind"] != "derived"]
        found = [f for f in facts if any(_same(f, c) for c in cands)]
        correct = [c for c in cands if any(_same(f, c) for f in facts)]
        sq = squeeze(text)
        verbatim = [c for c in cands if c.quote and squeeze(c.quote) in sq]
        out.append(
            Score(
                s["source_id"],
                len(facts),
                len(found),
                len(cands),
                len(correct),
                len(verbatim),
                [f for f in facts if f not in found],
                sum(1 for c in cands if c.region),
            )
        )
    return out


# --- the development corpus (tests/corpus): real documents, expected figures read by hand ------------

CORPUS_DIR = config.ROOT / "tests" / "corpus"
CONFIDENT = 0.5  # at or above: a candidate the extractor stands by; below: "check this"

_PINYIN = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ\s]{1,12}[)）]")
_PUNCT = re.compile(r"[\s\"'“”‘’《》〈〉「」『』（）()【】\[\]、，,。.:：;；·・\-—_/|]+")
_SYNONYMS = (  # (pattern, replacement): spellings of one name, applied in order to both sides
    (re.compile(r"(?:地区|国内)?生产总值|gdp|经济总量"), "地区生产总值"),
    (re.compile(r"增长率|增长速度|增幅|同比增长|增长|增速"), "增速"),
    (re.compile(r"规模以上工业|规上工业|规模工业"), "规模以上工业"),
    (re.compile(r"占地区生产总值的?比重|占比|所占比重"), "比重"),
    (re.compile(r"增加值比重"), "比重"),
    (re.compile(r"排位|名次|位次|排序"), "排名"),
    (re.compile(r"(?:个数|数量)$"), ""),
    (re.compile(r"^(?:(?:19|20)\d{2}年?|全市|全县|全区|全省|全国|我市|我县|我区|全年|今年|年末)+"), ""),
)
_NATION = {"全国", "中国", "我国", "国家", "全國"}
_REGION_SUFFIX = re.compile(r"(?:自治区|自治州|自治县|特别行政区|省|市|县|区|旗)$")


def home_name(data_dir: Path | None = None) -> str:
    """The home region's name (Set 1 style scores): data/site.csv's home_region where the file is, else
    the region most curated figures are of."""
    data_dir = data_dir or config.DATA_DIR
    if (data_dir / "site.csv").is_file():
        code = _csv(data_dir / "site.csv")[0]["home_region"]
    else:
        code = Counter(r["region_code"] for r in _csv(data_dir / "facts.csv")).most_common(1)[0][0]
    return {r["region_code"]: r["name_zh"] for r in _csv(data_dir / "regions.csv")}[code]


@cache
def _t2s():
    from opencc import OpenCC

    return OpenCC("t2s")


def plain(text: str) -> str:
    """Text for matching: simplified characters, inline pinyin such as 報(bào) removed."""
    return _t2s().convert(_PINYIN.sub("", text or ""))


def name_key(name: str) -> str:
    """An indicator name reduced to one spelling (script, pinyin, punctuation and synonyms ignored)."""
    key = _PUNCT.sub("", plain(name)).lower()
    for pattern, replacement in _SYNONYMS:
        key = pattern.sub(replacement, key)
    return key


def region_keys(name: str) -> set[str]:
    """A region name's full and short forms (醴陵市 ~ 醴陵; 全国 ~ 中国; 经济开发区 ~ 经开区)."""
    full = re.sub(r"经济(?:技术)?开发区", "经开区", _PUNCT.sub("", plain(name)))
    if not full:
        return set()
    if full in _NATION:
        return {"全国"}
    short = _REGION_SUFFIX.sub("", full)
    return {full, short} if len(short) >= 2 else {full}


def rank_core(key: str) -> str:
    """What names a ranking list in a rank's name key (全国/中国, 百强县 and 榜单 set aside)."""
    key = re.sub(r"排名$", "", key)
    return re.sub(r"全国|中国|百强(?:县市|县|市|区)?|排行榜|榜单|榜", "", key)


@dataclass
class Vocabulary:
    """The registry names by key (indicator names, aliases, ranking lists) and the unit scales."""

    codes: dict[str, set[str]]
    units: dict[str, tuple[str, float]]
    ranks: list[tuple[str, str]] = field(default_factory=list)  # (rank code, the core of a list name)

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Vocabulary:
        data_dir = data_dir or config.DATA_DIR
        codes: dict[str, set[str]] = {}
        pairs = [(r["name_zh"], r["indicator_code"]) for r in _csv(data_dir / "indicators.csv")]
        pairs += [(r["alias"], r["indicator_code"]) for r in _csv(data_dir / "indicator_aliases.csv")]
        for r in _csv(data_dir / "ranking_lists.csv"):
            pairs += [(r["name_zh"], r["list_code"]), (r["name_zh"] + "排名", r["list_code"])]
        for name, code in pairs:
            codes.setdefault(name_key(name), set()).add(code)
        units = {r["unit"]: (r["dimension"], float(r["factor"])) for r in _csv(data_dir / "units.csv")}
        ranks = [(c, rank_core(key)) for key, found in codes.items() if key.endswith("排名") for c in found]
        return cls(codes, units, ranks)

    def family(self, name: str, unit: str = "") -> frozenset[str]:
        """The registry codes an indicator name stands for, else the name itself (a new indicator).
        A rank (named …排名, or a list's name in a rank unit) also finds its list when one list's name
        holds the other's (科技创新百强县 ~ 科技创新百强)."""
        key = name_key(name)
        if key in self.codes:
            return frozenset(self.codes[key])
        if not key.endswith("排名") and (self.scale(unit) or ("",))[0] == "rank":
            key += "排名"  # a proposed ranking list is named without 排名
            if key in self.codes:
                return frozenset(self.codes[key])
        if not key.endswith("排名"):
            return frozenset({"new:" + key})
        core = rank_core(key)
        lists = {c for c, k in self.ranks if min(len(k), len(core)) >= 4 and (k in core or core in k)}
        return frozenset(lists if len(lists) == 1 else {"new:" + core + "排名"})

    def scale(self, unit: str) -> tuple[str, float] | None:
        """(dimension, factor) of a unit: units.csv, else a 万/亿/万亿 prefix on a unit it knows."""
        if not unit:
            return None
        if unit in self.units:
            return self.units[unit]
        for prefix, factor in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("千", 1e3), ("百", 1e2)):
            if unit.startswith(prefix) and len(unit) > len(prefix):
                base = unit[len(prefix) :]
                for known, (dim, f) in self.units.items():
                    if known.endswith(base) and _prefix_factor(known[: -len(base)]):
                        return dim, f / _prefix_factor(known[: -len(base)]) * factor
        for known, (dim, f) in self.units.items():  # a bare unit (元) through a prefixed one (万元)
            if known.endswith(unit) and _prefix_factor(known[: -len(unit)]):
                return dim, f / _prefix_factor(known[: -len(unit)])
        return None

    def same_value(self, value: float, unit: str, value2: float, unit2: str) -> bool:
        """Equal within 1e-4 once both sides are in one unit (a share of 0.05 is 5%)."""
        if unit != unit2:
            a, b = self.scale(unit), self.scale(unit2)
            if not a or not b:
                return False
            (dim, f), (dim2, f2) = (_as_percent(*a), _as_percent(*b))
            if dim != dim2:
                return False
            value, value2 = value * f, value2 * f2
        return math.isclose(value, value2, rel_tol=1e-4, abs_tol=1e-9)


def _prefix_factor(prefix: str) -> float:
    return {"": 1.0, "万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}.get(prefix, 0.0)


def _as_percent(dim: str, factor: float) -> tuple[str, float]:
    return ("percent", factor * 100) if dim == "fraction" else (dim, factor)


def _csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@dataclass(frozen=True)
class Figure:
    """A candidate or expected row as the matcher compares it."""

    regions: frozenset[str]
    family: frozenset[str]
    period: str
    value: float | None
    unit: str
    confidence: float = 1.0


def figure(row: dict, vocab: Vocabulary) -> Figure:
    """A row (candidate CSV or expected.csv columns) as a Figure."""
    try:
        value = float(str(row.get("value", "")).replace(",", ""))
    except ValueError:
        value = None
    return Figure(
        frozenset(region_keys(row.get("region", ""))),
        vocab.family(row["indicator"], row.get("unit") or "") if row.get("indicator") else frozenset(),
        (row.get("period") or "").strip(),
        value,
        (row.get("unit") or "").strip(),
        float(row.get("confidence") or 1.0),
    )


def agree(c: Figure, e: Figure, vocab: Vocabulary) -> tuple[bool, bool, bool, bool]:
    """Whether a candidate has an expected figure's (region, indicator family, period, value)."""
    value = c.value is not None and e.value is not None and vocab.same_value(c.value, c.unit, e.value, e.unit)
    return bool(c.regions & e.regions), bool(c.family & e.family), c.period == e.period, value


_SUB_ANNUAL = re.compile(r"^\d{4}-\d{2}")
_YEAR = re.compile(r"^\d{4}$")


@dataclass
class Tally:
    """Counts behind the corpus scores; tallies add up over documents, genres and the corpus."""

    expected: int = 0
    found: int = 0  # expected figures a candidate matches, at any confidence
    found_confident: int = 0  # ... that a confident candidate matches
    candidates: int = 0
    right: int = 0  # candidates that match an expected figure
    confident: int = 0
    confident_right: int = 0
    misdated: int = 0  # confident, not right; right region, family and value, another period
    sub_as_year: int = 0  # of those: an expected span below a year given as the whole year
    misattributed: int = 0  # confident, not right; right family, period and value, another region
    wrong_family: int = 0  # confident, not right; right region, period and value, another indicator
    verbatim: int = 0  # candidates whose quote is in the document (whitespace aside, as imports check)

    def __add__(self, other: Tally) -> Tally:
        return Tally(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Tally)))

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 0.0

    @property
    def recall_confident(self) -> float:
        return self.found_confident / self.expected if self.expected else 0.0

    @property
    def precision(self) -> float:
        return self.confident_right / self.confident if self.confident else 0.0

    @property
    def precision_any(self) -> float:
        return self.right / self.candidates if self.candidates else 0.0

    @property
    def verbatim_share(self) -> float:
        return self.verbatim / self.candidates if self.candidates else 1.0


def score_rows(text: str, cand_rows: list[dict], exp_rows: list[dict], vocab: Vocabulary) -> Tally:
    """Compare one document's candidate rows with its expected rows."""
    cands = [figure(r, vocab) for r in cand_rows]
    exps = [figure(r, vocab) for r in exp_rows]
    hits = [[agree(c, e, vocab) for e in exps] for c in cands]
    t = Tally(expected=len(exps), candidates=len(cands))
    sq = squeeze(text)  # verbatim as imports check it: whitespace (print layout) aside
    t.verbatim = sum(1 for r in cand_rows if r.get("quote") and squeeze(r["quote"]) in sq)
    for j in range(len(exps)):
        by = [cands[i] for i in range(len(cands)) if all(hits[i][j])]
        t.found += bool(by)
        t.found_confident += any(c.confidence >= CONFIDENT for c in by)
    for c, row in zip(cands, hits, strict=True):
        right = any(all(h) for h in row)
        t.right += right
        if c.confidence < CONFIDENT:
            continue
        t.confident += 1
        t.confident_right += right
        if right:
            continue
        dated = [e for e, (r, f, p, v) in zip(exps, row, strict=True) if r and f and v and not p]
        t.misdated += bool(dated)
        t.sub_as_year += bool(_YEAR.match(c.period)) and any(_SUB_ANNUAL.match(e.period) for e in dated)
        t.misattributed += any(f and p and v and not r for r, f, p, v in row)
        t.wrong_family += any(r and p and v and not f for r, f, p, v in row)
    return t


@dataclass
class DocScore:
    """One corpus document's tally, and its figures of the home region (醴陵市) apart."""

    doc_id: str
    genre: str
    script: str
    tally: Tally
    home: Tally = field(default_factory=Tally)  # documents about the home region only
    home_elsewhere: int = 0  # confident candidates given to the home region in other documents


def read_corpus(corpus_dir: Path | None = None) -> tuple[list[dict], dict[str, list[dict]]]:
    """The corpus documents and their expected rows by doc_id."""
    corpus_dir = corpus_dir or CORPUS_DIR
    expected: dict[str, list[dict]] = {}
    for r in _csv(corpus_dir / "expected.csv"):
        expected.setdefault(r["doc_id"], []).append(r)
    return _csv(corpus_dir / "documents.csv"), expected


def extract_rows(path: Path, reg) -> tuple[str, list[dict]]:
    """A document's text and candidate rows as `extract FILE --out CSV` writes them (no --date)."""
    from dashboard.documents import read_document
    from dashboard.extract import rows

    text = read_document(path.read_bytes(), path.name)
    doc_date, _ = document_date(text, source_id=path.stem, reg=reg)
    return text, rows(extract(text, source_id=path.stem, doc_date=doc_date, registry=reg), reg)


def score_corpus(corpus_dir: Path | None = None, data_dir: Path | None = None) -> list[DocScore]:
    """A DocScore per corpus document: the extractor run as the command line runs it."""
    corpus_dir = corpus_dir or CORPUS_DIR
    reg, vocab = Registry.load(data_dir), Vocabulary.load(data_dir)
    docs, expected = read_corpus(corpus_dir)
    home = region_keys(home_name(data_dir))
    out = []
    for d in docs:
        text, cand_rows = extract_rows(corpus_dir / d["file"], reg)
        exp_rows = expected.get(d["doc_id"], [])
        s = DocScore(d["doc_id"], d["genre"], d["script"], score_rows(text, cand_rows, exp_rows, vocab))
        mine = [r for r in cand_rows if region_keys(r.get("region", "")) & home]
        if any(region_keys(name) & home for name in d["subject_region"].split(";")):
            s.home = score_rows(text, mine, [r for r in exp_rows if region_keys(r["region"]) & home], vocab)
        else:
            s.home_elsewhere = sum(1 for r in mine if float(r.get("confidence") or 0) >= CONFIDENT)
        out.append(s)
    return out


def by_genre(scores: list[DocScore]) -> dict[str, Tally]:
    """Tallies summed per genre (sorted), then "all" for the whole corpus."""
    out: dict[str, Tally] = {}
    for s in sorted(scores, key=lambda s: s.genre):
        out[s.genre] = out.get(s.genre, Tally()) + s.tally
    out["all"] = sum((s.tally for s in scores), Tally())
    return out
