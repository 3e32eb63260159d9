"""The extract and extract-score commands."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path


def run_extract(args: argparse.Namespace) -> int:
    """Read a document, write its candidate rows; a document without text writes nothing."""
    from dashboard.documents import DocumentError, read_document
    from dashboard.extract import candidates_csv, document_date, extract
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
    cands = extract(text, source_id=source_id, doc_date=doc_date, registry=reg)
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
    print(
        f"{'source':28} {'curated':>7} {'found':>5} {'recall':>6} {'cands':>5} {'right':>5} {'precision':>9} "
        f"{'verbatim':>8}"
    )
    for s in scores:
        print(
            f"{s.source_id:28} {s.curated:7} {s.found:5} {s.recall:6.0%} {s.candidates:5} {s.correct:5} "
            f"{s.precision:9.0%} {s.verbatim_share:8.0%}"
        )
    curated = sum(s.curated for s in scores)
    found = sum(s.found for s in scores)
    cands = sum(s.candidates for s in scores)
    right = sum(s.correct for s in scores)
    verb = sum(s.verbatim for s in scores)
    print(
        f"{'all':28} {curated:7} {found:5} {found / curated:6.0%} {cands:5} {right:5} {right / cands:9.0%} "
        f"{verb / cands:8.0%}"
    )
    return 0 if verb == cands else 1
