"""Read-only access to the DuckDB file: one cursor per query, named queries from queries/*.sql."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from dashboard import config

_PARAM = re.compile(r"\$([a-z_][a-z0-9_]*)")


class UnknownQuery(KeyError):
    """A query name with no file in queries/."""


def connect(db_path: Path | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection; builds the database first if it is missing."""
    from dashboard.build import ensure_built

    return duckdb.connect(str(ensure_built(db_path)), read_only=True)


@cache
def query_sql(name: str) -> str:
    """The text of queries/<name>.sql."""
    path = config.QUERIES_DIR / f"{name}.sql"
    if not re.fullmatch(r"[a-z0-9_]+", name) or not path.exists():
        raise UnknownQuery(name)
    return path.read_text(encoding="utf-8")


def query_params(name: str) -> set[str]:
    """The $parameters a named query expects."""
    return set(_PARAM.findall(_strip_comments(query_sql(name))))


def _strip_comments(sql: str) -> str:
    return "\n".join(line.split("--", 1)[0] for line in sql.splitlines())


def run(con: duckdb.DuckDBPyConnection, name: str, **params) -> pd.DataFrame:
    """Run a named query with bound parameters on its own cursor; the result as a DataFrame."""
    expected = query_params(name)
    if set(params) != expected:
        raise TypeError(f"query {name} takes {sorted(expected)}, got {sorted(params)}")
    cur = con.cursor()
    try:
        return cur.execute(query_sql(name), params or None).df()
    finally:
        cur.close()


def run_sql(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    """Run ad-hoc SQL on its own cursor (CLI and tests)."""
    cur = con.cursor()
    try:
        return cur.execute(sql, params).df()
    finally:
        cur.close()
