"""Read-only access to the DuckDB file: one cursor per query, named queries from queries/*.sql."""

from __future__ import annotations

import re
import weakref
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from dashboard import config

_PARAM = re.compile(r"\$([a-z_][a-z0-9_]*)")
# Bound to every query that declares them, from the database's `site` table (data/site.csv): the
# home region and its prefecture (the home region's parent). No caller passes them.
SITE_PARAMS = ("home", "prefecture")
_SITE_SQL = ("select s.home_region as home, r.parent_code as prefecture "
             "from site s join regions r on r.region_code = s.home_region")
_sites: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # connection -> its site values


class UnknownQuery(KeyError):
    """A query name with no file in queries/."""


class DatabaseUnavailable(RuntimeError):
    """The database file cannot be read and could not be rebuilt (message without file paths)."""

    zh = ("数据库暂时无法读取，也无法从数据文件重建；数据文件未受影响。"
          "请联系部署人员运行 python -m dashboard build。")
    en = ("The database cannot be read just now and could not be rebuilt from the data files; the data "
          "files are unaffected. Ask the deployer to run python -m dashboard build.")

    def __init__(self):
        super().__init__(self.en)


def connect(db_path: Path | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection; builds the database first if it is missing, and rebuilds it in
    place from the curated files when the file is damaged (it is a build artifact: nothing is lost)."""
    from dashboard.build import build, ensure_built

    path = ensure_built(db_path)
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        pass
    try:
        build(path)
        return duckdb.connect(str(path), read_only=True)
    except (duckdb.Error, OSError, ValueError):
        raise DatabaseUnavailable() from None


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


def site(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """{'home': region code, 'prefecture': its parent's code}, read once per connection."""
    found = _sites.get(con)
    if found is None:
        cur = con.cursor()
        try:
            home, prefecture = cur.execute(_SITE_SQL).fetchone()
        finally:
            cur.close()
        found = _sites[con] = {"home": home, "prefecture": prefecture}
    return found


def run(con: duckdb.DuckDBPyConnection, name: str, **params) -> pd.DataFrame:
    """Run a named query with bound parameters on its own cursor; the result as a DataFrame. The site
    parameters ($home, $prefecture) are bound here for every query that declares them."""
    expected = query_params(name)
    own = expected & set(SITE_PARAMS)
    if set(params) != expected - own:
        raise TypeError(f"query {name} takes {sorted(expected - own)}, got {sorted(params)}")
    if own:
        params = {**params, **{k: v for k, v in site(con).items() if k in own}}
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
