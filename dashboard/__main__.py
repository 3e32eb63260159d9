"""Command line: python -m dashboard build | facts | check."""

from __future__ import annotations

import argparse
import csv
import sys

from dashboard import config


def _fmt(value: float) -> str:
    """A value as plain text: 737.6, 15000, 0.333333 (no exponent, no trailing .0)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def cmd_build(args: argparse.Namespace) -> int:
    from dashboard.build import build

    try:
        path = build()
    except ValueError as e:
        print(e, file=sys.stderr)
        return 1
    print(f"built {path}")
    return 0


def cmd_facts(args: argparse.Namespace) -> int:
    from dashboard import db

    con = db.connect()
    try:
        df = db.run(con, "facts_export")
    finally:
        con.close()
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(config.FACTS_EXPORT_COLUMNS)
    for row in df.itertuples(index=False):
        writer.writerow([row.region, row.indicator, row.period, _fmt(row.value), row.unit,
                         row.kind, row.source, row.quote])
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from dashboard.validate import problems

    found = problems()
    for p in found:
        print(p)
    print(f"{len(found)} problems")
    return 1 if found else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="check data/*.csv and build data/economy.duckdb").set_defaults(
        func=cmd_build)
    sub.add_parser("facts", help="write every figure as CSV to stdout").set_defaults(
        func=cmd_facts)
    sub.add_parser("check", help="check the curated files and list problems").set_defaults(
        func=cmd_check)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
