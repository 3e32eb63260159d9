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
    return 0 if verb == cands else 1
