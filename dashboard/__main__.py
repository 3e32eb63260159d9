"""Command line: python -m dashboard build | facts | check."""

from __future__ import annotations

import argparse
import sys


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
    from dashboard import db, export

    con = db.connect()
    try:
        df = db.run(con, "facts_export")
    finally:
        con.close()
    sys.stdout.write(export.facts_csv(df))
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
