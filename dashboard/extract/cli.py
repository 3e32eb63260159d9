"""The extract and extract-score commands."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path


def run_extract(args: argparse.Namespace) -> int:
    """Read a document, write its candidate rows; a document without text, or one past the intake's
    limits (size, line length, time), writes nothing."""
    from dashboard.documents import DocumentError, read_document
    from dashboard.extract import candidates_csv, document_date, run_bounded
    from dashboard.extract.indicators import Registry

    path = Path(args.file)
    if not path.is_file():
        print(f"no such file: {path}", file=sys.stderr)
        return 2
    given = None
    if args.date:
        try:
            given = date.fromisoformat(args.date)
        except ValueError:
            print(f"bad --date {args.date!r}: use YYYY-MM-DD", file=sys.stderr)
            return 2
    try:
        text = read_document(path.read_bytes(), path.name)
    except DocumentError as e:
        print(e.text(args.lang), file=sys.stderr)
        return 1
    reg = Registry.load()
    source_id = args.source_id or path.stem
    doc_date, how = document_date(text, given=given, source_id=source_id, reg=reg)
    try:
        cands = run_bounded(text, source_id=source_id, doc_date=doc_date, registry=reg)
    except DocumentError as e:
        print(e.text(args.lang), file=sys.stderr)
        return 1
    Path(args.out).write_bytes(candidates_csv(cands, reg))
    placed = sum(c.indicator_known and c.region_known for c in cands)
    print(
        f"wrote {args.out}: {len(cands)} candidates ({placed} placed, {len(cands) - placed} to review); "
        f"document date {doc_date or 'unknown'} ({how})"
    )
    if args.source_id and args.source_id not in reg.sources:
        print(
            f"note: source {args.source_id!r} is not registered yet (python -m dashboard add-source)",
            file=sys.stderr,
        )
    return 0


def run_score(args: argparse.Namespace) -> int:
    """Print recall and precision per registered source against the curated figures."""
    from dashboard.extract.score import score_all

    scores = score_all()
    head = ("source", "curated", "found", "recall", "cands", "placed", "right", "precision", "verbatim")
    print("{:28} {:>7} {:>5} {:>6} {:>5} {:>6} {:>5} {:>9} {:>8}".format(*head))
    row = "{:28} {:7} {:5} {:6.0%} {:5} {:6} {:5} {:9.0%} {:8.0%}"
    for s in scores:
        print(
            row.format(
                s.source_id,
                s.curated,
                s.found,
                s.recall,
                s.candidates,
                s.placed,
                s.correct,
                s.precision,
                s.verbatim_share,
            )
        )
    total = [
        sum(getattr(s, f) for s in scores)
        for f in ("curated", "found", "candidates", "placed", "correct", "verbatim")
    ]
    curated, found, cands, placed, right, verb = total
    print(
        row.format("all", curated, found, found / curated, cands, placed, right, right / placed, verb / cands)
    )
    print(
        "recall: curated figures found (region, indicator, period, value, unit, kind); precision: of the "
        "candidates given to a region, the share that is a curated figure; verbatim: quotes found in the text"
    )
    print_corpus_score(getattr(args, "docs", False), getattr(args, "corpus", None))
    return 0 if verb == cands else 1


def print_corpus_score(per_document: bool = False, corpus_dir: Path | None = None) -> None:
    """Print the corpus scores per genre (and per document if asked), overall, per script, and the home
    region's figures."""
    from dashboard.extract.score import CORPUS_DIR, Tally, by_genre, home_name, score_corpus

    corpus_dir = corpus_dir or CORPUS_DIR
    if not (corpus_dir / "documents.csv").is_file():
        print(f"\nno corpus at {corpus_dir}: corpus score skipped")
        return
    scores, home_zh = score_corpus(corpus_dir), home_name()
    head = (
        "corpus docs figs found recall r>=.5 cands conf right p>=.5 misdated sub>yr misattr wrongfam verbatim"
    )
    print("\n" + _CORPUS_HEAD.format(*head.split()))
    rows = [(s.doc_id, 1, s.tally) for s in scores] if per_document else []
    counts = {g: sum(1 for s in scores if s.genre == g) for g in {s.genre for s in scores}}
    rows += [(g, counts.get(g, len(scores)), t) for g, t in by_genre(scores).items()]
    for script in sorted({s.script for s in scores}):
        mine = [s for s in scores if s.script == script]
        rows.append((f"script: {script}", len(mine), sum((s.tally for s in mine), Tally())))
    home = sum((s.home for s in scores), Tally())
    rows.append((f"{home_zh} in its documents", sum(1 for s in scores if s.home.expected), home))
    for name, docs, t in rows:
        print(_corpus_row(name, docs, t))
    print(
        "recall: expected figures a candidate matches (region, indicator family, period, value); r>=.5, "
        "p>=.5: by confident candidates (confidence >= 0.5), and their share right; misdated, misattr, "
        "wrongfam: confident candidates wrong only in period (sub>yr: a span below a year given a whole "
        f"year), region or indicator family. {home_zh}: its figures in the documents about it; confident "
        f"candidates given to it in other documents: {sum(s.home_elsewhere for s in scores)}; its precision "
        f"at any confidence: {home.precision_any:.0%}"
    )


_CORPUS_HEAD = "{:36} {:>4} {:>5} {:>5} {:>6} {:>6} {:>5} {:>5} {:>5} {:>6} {:>8} {:>6} {:>7} {:>8} {:>8}"


def _corpus_row(name: str, docs: int, t) -> str:
    width = 36 - sum(1 for ch in name if ch >= "\u2e80")  # a CJK character takes two columns
    return (
        f"{name:{width}} {docs:4} {t.expected:5} {t.found:5} {t.recall:6.0%} {t.recall_confident:6.0%} "
        f"{t.candidates:5} {t.confident:5} {t.confident_right:5} {t.precision:6.0%} {t.misdated:8} "
        f"{t.sub_as_year:6} {t.misattributed:7} {t.wrong_family:8} {t.verbatim_share:8.0%}"
    )
