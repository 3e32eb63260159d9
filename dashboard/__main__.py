"""Command line: python -m dashboard check | build | facts | serve | export-charts | deck | brief |
add-source | import | extract | extract-score | hash-password | bench | loadtest."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


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


def _charts_for(lang: str, only: str | None = None):
    """(charts, sources) from a read-only connection; `only` = comma-separated chart ids, in order."""
    from dashboard import catalog, db

    con = db.connect()

    def query(name, **params):
        return db.run(con, name, **params)

    chart_list = catalog.all_charts(query, lang, views=bool(only))
    sources = query("sources_list")
    con.close()
    if only:
        by_id = {c.chart_id: c for c in chart_list}
        unknown = [c for c in only.split(",") if c not in by_id]
        if unknown:
            raise SystemExit(f"unknown chart ids: {', '.join(unknown)}; known: {', '.join(by_id)}")
        chart_list = [by_id[c] for c in only.split(",")]
    return chart_list, sources


def cmd_export_charts(args: argparse.Namespace) -> int:
    from pathlib import Path

    from dashboard import export

    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    bad = [f for f in formats if f not in export.IMAGE_FORMATS]
    if bad:
        print(f"unknown format(s) {bad}: use png, svg, pdf", file=sys.stderr)
        return 2
    chart_list, sources = _charts_for(args.lang, args.charts)
    try:
        manifest = export.export_charts(chart_list, Path(args.out), formats, sources, args.lang)
    except export.ExportUnavailable as e:
        print(e, file=sys.stderr)
        return 1
    print(f"wrote {len(chart_list)} charts to {args.out} ({manifest.name})")
    return 0


def cmd_deck(args: argparse.Namespace) -> int:
    from pathlib import Path

    from dashboard import export

    chart_list, sources = _charts_for(args.lang, args.charts)
    try:
        data = export.build_deck(chart_list, sources, args.lang)
    except export.ExportUnavailable as e:
        print(e, file=sys.stderr)
        return 1
    Path(args.out).write_bytes(data)
    print(f"wrote {args.out}: {len(chart_list) + 2} slides")
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    import time
    from pathlib import Path

    from dashboard import brief, db, export

    start = time.perf_counter()
    con = db.connect()

    def progress(fraction: float, text: str) -> None:
        if args.verbose:
            print(f"{time.perf_counter() - start:6.2f} s  {fraction:4.0%}  {text}", file=sys.stderr)

    charts = [c.strip() for c in args.charts.split(",") if c.strip()] if args.charts else None
    try:
        data = brief.build_brief(lambda name, **p: db.run(con, name, **p), args.lang, charts, args.period,
                                 progress)
    except brief.BriefChoiceError as e:
        print(e, file=sys.stderr)
        return 2
    except export.ExportUnavailable as e:
        print(e, file=sys.stderr)
        return 1
    finally:
        con.close()
    Path(args.out).write_bytes(data)
    print(f"wrote {args.out} ({len(data) / 1e6:.1f} MB) in {time.perf_counter() - start:.1f} s")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    import getpass
    from pathlib import Path

    from dashboard import imports

    path = Path(args.file)
    if not path.is_file():
        print(f"no such file: {path}", file=sys.stderr)
        return 2
    plan, entry = imports.import_file(path.read_bytes(), path.name, args.editor or getpass.getuser(),
                                      accept_revisions=args.accept_revisions, dry_run=args.dry_run,
                                      confirm_outliers=args.confirm_outliers)
    for problem in plan.problems:
        print(problem.text(args.lang))
    for c in plan.conflicts:
        print(f"row {c['row']}: held {c['held_value']:g} {c['held_unit']} ({c['held_source']}, "
              f"{c['held_fact']}) <> new {c['new_value']:g} {c['new_unit']} ({c['new_source']})")
    if plan.problems:
        print(f"{len(plan.problems)} problems: nothing was written", file=sys.stderr)
        return 1
    if plan.nothing_new:
        print("没有新内容，未写入任何数据。" if args.lang == "zh" else "nothing new: nothing was written")
        return 0
    summary = f"{plan.added} new, {plan.revised} revised, {plan.unchanged} unchanged"
    print(f"imported batch {entry['batch_id']}: {summary}" if entry else f"dry run: {summary}")
    return 0


def cmd_add_source(args: argparse.Namespace) -> int:
    from pathlib import Path

    from dashboard.add_source import SourceError, register

    path = Path(args.file)
    if not path.is_file():
        print(f"no such file: {path}", file=sys.stderr)
        return 2
    try:
        row = register(path.read_bytes(), path.name, args.id, args.title, args.publisher or "", args.date,
                       args.title_en or "", url=args.url or "", mirror=args.mirror,
                       date_note=args.date_note or "", doc_kind=args.kind)
    except SourceError as e:
        print(e.text(args.lang), file=sys.stderr)
        return 1
    print(f"registered {row['source_id']}: data/sources/{row['file']} ({row['date_from']}), "
          f"sha256 {row['sha256'][:12]}…; the database is rebuilt")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from dashboard.extract.cli import run_extract

    return run_extract(args)


def cmd_extract_score(args: argparse.Namespace) -> int:
    from dashboard.extract.cli import run_score

    return run_score(args)


def cmd_hash_password(args: argparse.Namespace) -> int:
    import getpass

    from dashboard.auth import hash_password

    password = getpass.getpass("password: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    if len(password) < 10:
        print("use at least 10 characters", file=sys.stderr)
        return 2
    print(hash_password(password))
    print("put it in .streamlit/secrets.toml under [editors] as  name = \"<hash>\"  "
          "(or DASHBOARD_EDITORS=\"name=<hash>\")", file=sys.stderr)
    return 0


def _freeze_imports() -> None:
    """Import what every page run needs, then move it out of the garbage collector's sight: the
    collector no longer walks these long-lived objects on each collection (less CPU per run)."""
    import gc

    import plotly.graph_objects  # noqa: F401

    from dashboard import cache, catalog, chart_display, charts, furniture  # noqa: F401

    gc.collect()
    gc.freeze()


def cmd_serve(args: argparse.Namespace) -> int:
    """`streamlit run app.py`, on the pinned Streamlit, with its legacy pages/ mode off from the first
    request and the app's middleware (nested paths, the page shell) in front of Streamlit's."""
    from dashboard import config, internals, page_shell

    problem = internals.version_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    internals.router_off()  # a deep link on a fresh server goes through app.py too
    internals.install_middleware(page_shell.middleware)  # /data/x: page-not-found; pages: the shell
    _freeze_imports()
    return internals.run_streamlit(["run", str(config.ROOT / "app.py"), "--server.headless", "true",
                                    "--server.address", args.host, "--server.port", str(args.port),
                                    "--browser.gatherUsageStats", "false", *args.extra])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["bench"]:  # bench parses its own options (python -m dashboard bench --help)
        from devtools import bench

        return bench.main(argv[1:])
    if argv[:1] == ["loadtest"]:  # so does the load test (devtools/loadtest.py)
        from devtools import loadtest

        return loadtest.main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("build", help="check data/*.csv and build data/economy.duckdb").set_defaults(
        func=cmd_build)
    sub.add_parser("facts", help="write every figure as CSV to stdout").set_defaults(
        func=cmd_facts)
    sub.add_parser("check", help="check the curated files and list problems").set_defaults(
        func=cmd_check)
    ex = sub.add_parser("export-charts", help="write every chart as images + data, with a manifest")
    ex.add_argument("--out", required=True, help="output directory")
    ex.add_argument("--format", default="png", help="comma-separated: png,svg,pdf")
    ex.add_argument("--lang", choices=["zh", "en"], default="zh")
    ex.add_argument("--charts", help="comma-separated chart ids (default: all)")
    ex.set_defaults(func=cmd_export_charts)
    dk = sub.add_parser("deck", help="build a 16:9 PowerPoint deck of the charts")
    dk.add_argument("--out", required=True, help="the .pptx file to write")
    dk.add_argument("--lang", choices=["zh", "en"], default="zh")
    dk.add_argument("--charts", help="comma-separated chart ids, in slide order (default: all)")
    dk.set_defaults(func=cmd_deck)
    br = sub.add_parser("brief", help="build the analysts' brief (简报): Word, with charts and quotes")
    br.add_argument("--out", required=True, help="the .docx file to write")
    br.add_argument("--lang", choices=["zh", "en"], default="zh")
    br.add_argument("--charts", help="comma-separated chart ids, grouped by section in page order "
                    "(default: the main sections' charts)")
    br.add_argument("--period", default="latest", help="latest (default) or a year with data")
    br.add_argument("--verbose", action="store_true", help="print the timing of each step")
    br.set_defaults(func=cmd_brief)
    im = sub.add_parser("import", help="check a CSV/XLSX of figures and import it as a batch")
    im.add_argument("file")
    im.add_argument("--dry-run", action="store_true", help="check only; write nothing")
    im.add_argument("--accept-revisions", action="store_true",
                    help="record changed values as new revisions instead of refusing them")
    im.add_argument("--confirm-outliers", action="store_true",
                    help="accept values the plausibility rules flag for confirmation (data/plausibility.csv)")
    im.add_argument("--editor", help="name recorded in the import log (default: the OS user)")
    im.add_argument("--lang", choices=["zh", "en"], default="zh")
    im.set_defaults(func=cmd_import)
    ad = sub.add_parser("add-source", help="register a new source document (TXT, DOCX, PDF with text)")
    ad.add_argument("file")
    ad.add_argument("--id", required=True, help="the new source id, e.g. liling-gov-report-yyyy")
    ad.add_argument("--title", required=True, help="the document's title (Chinese)")
    ad.add_argument("--title-en", help="an English title (default: the title)")
    ad.add_argument("--publisher", help="who published it")
    ad.add_argument("--date", help="YYYY-MM-DD (default: the latest full date the text states)")
    ad.add_argument("--date-note", help="where the given date comes from (kept in sources.csv's date_note)")
    ad.add_argument("--url", help="the address the document was read from")
    ad.add_argument("--mirror", action="store_true", help="the address is a mirror, not the publisher site")
    ad.add_argument("--kind", default="registered",
                    help="registered | work_report | bulletin | monthly | ranking | feature")
    ad.add_argument("--lang", choices=["zh", "en"], default="zh")
    ad.set_defaults(func=cmd_add_source)
    xt = sub.add_parser("extract", help="propose the figures of a report (TXT/DOCX/PDF) as import rows")
    xt.add_argument("file")
    xt.add_argument("--source-id", help="a registered source (its date comes from data/sources.csv)")
    xt.add_argument("--date", help="the document's date, YYYY-MM-DD")
    xt.add_argument("--out", required=True, help="the candidate CSV to write")
    xt.add_argument("--lang", choices=["zh", "en"], default="zh")
    xt.set_defaults(func=cmd_extract)
    xs = sub.add_parser("extract-score", help="extractor recall/precision: seeds, tests/corpus")
    xs.add_argument("--docs", action="store_true", help="also one row per corpus document")
    xs.add_argument("--corpus", type=Path, default=None,
                    help="score another corpus folder laid out as tests/corpus (a held-out set)")
    xs.set_defaults(func=cmd_extract_score)
    sub.add_parser("hash-password", help="print the salted hash of an editor password").set_defaults(
        func=cmd_hash_password)
    sub.add_parser("bench", help="time every page against a one-chart floor (server and browser)")
    sub.add_parser("loadtest", help="N websocket sessions against a server: p50/p95, CPU, memory")
    sv = sub.add_parser("serve", help="run the dashboard (streamlit run app.py)")
    sv.add_argument("--port", type=int, default=8501)
    sv.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    sv.add_argument("extra", nargs="*", help="more streamlit options, after --")
    sv.set_defaults(func=cmd_serve)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
