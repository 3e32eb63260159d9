"""Recall and precision of the extractor on the seed documents against the curated figures."""

from __future__ import annotations

import math
from dataclasses import dataclass
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
    """A Score per registered source, matching on region, indicator, period, value, unit and kind."""
    data_dir = data_dir or config.DATA_DIR
    data = read_all(data_dir)
    reg = Registry.load(data_dir)
    out = []
    for s in data["sources"]:
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
