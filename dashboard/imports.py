"""Imports by editors: check an upload, then write it as one batch (the entry point pages and CLI use).

Reading is in uploads.py, checking in checks.py, writing in batches.py, replaying in replay.py.
Nothing is overwritten: an accepted file is kept under data/imports/ and listed in
data/imports/log.csv; `python -m dashboard build` replays the curated files plus every batch.
"""

from __future__ import annotations

import csv
import errno
import io
from pathlib import Path

import duckdb
import pandas as pd

from dashboard import batches, config
from dashboard.checks import Plan, Registry, Row, check
from dashboard.i18n import t
from dashboard.problems import Problem
from dashboard.replay import LOG_COLUMNS, clean_leftovers, imports_dir, read_log, replay
from dashboard.uploads import COLUMNS, MAX_BYTES, MAX_ROWS, OPTIONAL_COLUMNS, read_table
from dashboard.writing import data_lock

__all__ = ["COLUMNS", "LOG_COLUMNS", "MAX_BYTES", "MAX_ROWS", "OPTIONAL_COLUMNS", "Plan", "Problem",
           "Registry", "Row", "check", "conflict_table", "import_file", "imports_dir", "read_log", "read_table", "replay",
           "template_csv"]


def _failed(e: Exception) -> Problem:
    if isinstance(e, OSError):
        return batches.os_problem(e)
    if isinstance(e, duckdb.Error) and "No space left" in str(e):  # DuckDB's own write error
        return batches.os_problem(OSError(errno.ENOSPC, "No space left on device"))
    return Problem(None, "导入未完成，数据未改变：重建数据库时出错（请运行 python -m dashboard check 查看）。",
                   "The import did not happen and no data changed: rebuilding the database failed "
                   "(run python -m dashboard check for details).")


def import_file(data: bytes, file_name: str, editor: str, accept_revisions: bool = False,
                dry_run: bool = False, data_dir: Path | None = None, db_path: Path | None = None,
                confirm_outliers: bool = False) -> tuple[Plan, dict | None]:
    """Check an upload; unless it has problems, brings nothing new or this is a dry run, write it
    as one batch. Returns the plan and the log entry written (None when nothing was written)."""
    data_dir = Path(data_dir or config.DATA_DIR)
    rows, problems = read_table(data, file_name)
    if problems:
        return Plan(problems=problems), None
    try:
        if dry_run:
            return _plan(data, rows, data_dir, accept_revisions, confirm_outliers), None
        with data_lock(data_dir):
            clean_leftovers(data_dir)
            plan = _plan(data, rows, data_dir, accept_revisions, confirm_outliers)
            if not plan.ok or plan.nothing_new:
                return plan, None
            entry = batches.write_batch(data, file_name, editor, plan.added, plan.revised, data_dir, db_path)
            return plan, entry
    except (OSError, ValueError, duckdb.Error) as e:
        return Plan(problems=[_failed(e)]), None


def _plan(data: bytes, rows: list[dict], data_dir: Path, accept_revisions: bool,
          confirm_outliers: bool) -> Plan:
    seen = batches.already_imported(data, data_dir)
    if seen:
        return Plan(problems=[seen])
    return check(rows, Registry(data_dir), accept_revisions, confirm_outliers)


def conflict_table(plan: Plan, lang: str) -> pd.DataFrame:
    """The conflicts side by side (held and new), with headers in the reader's language."""
    c = plan.conflicts
    return pd.DataFrame({
        t("conflict_row", lang): [x["row"] for x in c],
        t("conflict_figure", lang): [" · ".join(x["key"]) for x in c],
        t("conflict_held", lang): [f"{x['held_value']:g} {x['held_unit']}" for x in c],
        t("conflict_held_source", lang): [x["held_source"] for x in c],
        t("conflict_new", lang): [f"{x['new_value']:g} {x['new_unit']}" for x in c],
        t("conflict_new_source", lang): [x["new_source"] for x in c],
    })


def template_csv() -> bytes:
    """An empty upload template: the header only (UTF-8 with BOM so Excel opens it correctly)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow(COLUMNS + OPTIONAL_COLUMNS)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
