"""Recall and precision of the extractor: seed documents vs curated figures, corpus vs expected figures."""

from __future__ import annotations

import math
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path

from dashboard import config
from dashboard.curated import read_all
from dashboard.extract import document_date, extract
from dashboard.extract.indicators import Registry
from dashboard.extract.vocabulary import (
    Vocabulary,
    _csv,
    home_name,
    region_keys,
)
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


_SUB_ANNUAL = re.compile(r"^\d{4}-\d{2}(?:/\d{2})?$")  # YYYY-MM, YYYY-MM/MM (not YYYY-YYYY)
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
    """A DocScore per corpus document: the extractor run as the command line runs it (on every core: the
    documents are read independently, and the corpus has hundreds)."""
    corpus_dir = corpus_dir or CORPUS_DIR
    docs, expected = read_corpus(corpus_dir)
    jobs = [(corpus_dir, data_dir, d, expected.get(d["doc_id"], [])) for d in docs]
    workers = min(os.cpu_count() or 1, 4)
    if workers < 2 or len(jobs) < 50:
        return [_score_doc(*job) for job in jobs]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(_score_doc, *zip(*jobs, strict=True), chunksize=8))


@cache
def _tools(data_dir: Path | None) -> tuple[Registry, Vocabulary, set[str]]:
    """The registry, vocabulary and home region keys a scoring process reads once."""
    return Registry.load(data_dir), Vocabulary.load(data_dir, scoring=True), region_keys(home_name(data_dir))


def _score_doc(corpus_dir: Path, data_dir: Path | None, d: dict, exp_rows: list[dict]) -> DocScore:
    """One corpus document's DocScore."""
    reg, vocab, home = _tools(data_dir)
    text, cand_rows = extract_rows(corpus_dir / d["file"], reg)
    s = DocScore(d["doc_id"], d["genre"], d["script"], score_rows(text, cand_rows, exp_rows, vocab))
    mine = [r for r in cand_rows if region_keys(r.get("region", "")) & home]
    if any(region_keys(name) & home for name in d["subject_region"].split(";")):
        s.home = score_rows(text, mine, [r for r in exp_rows if region_keys(r["region"]) & home], vocab)
    else:
        s.home_elsewhere = sum(1 for r in mine if float(r.get("confidence") or 0) >= CONFIDENT)
    return s


def by_genre(scores: list[DocScore]) -> dict[str, Tally]:
    """Tallies summed per genre (sorted), then "all" for the whole corpus."""
    out: dict[str, Tally] = {}
    for s in sorted(scores, key=lambda s: s.genre):
        out[s.genre] = out.get(s.genre, Tally()) + s.tally
    out["all"] = sum((s.tally for s in scores), Tally())
    return out
