"""Streamlit caching over the plain data access in db.py: one read-only connection, cached results.

The cache key includes the database file's identity (inode, mtime, size). When a rebuild swaps
in a new file, the next run closes the old connection (DuckDB would otherwise hand the stale
database to a new connection in the same process), opens the new file and re-queries. A query
that meets the closing connection is retried once on the new one, so a viewer sees no error.
"""

from __future__ import annotations

import os
import threading

import duckdb
import pandas as pd
import streamlit as st

from dashboard import config, db
from dashboard.build import ensure_built

_connections: dict[str, duckdb.DuckDBPyConnection] = {}
_lock = threading.Lock()


def db_version() -> str:
    """Identity of the database file now on disk (changes when a rebuild replaces it)."""
    path = ensure_built(config.DB_PATH)
    s = os.stat(path)
    return f"{s.st_ino}-{s.st_mtime_ns}-{s.st_size}"


def connection(version: str) -> duckdb.DuckDBPyConnection:
    """The read-only connection for this version of the file; older ones are closed first."""
    with _lock:
        con = _connections.get(version)
        if con is None:
            for old in _connections.values():
                old.close()
            _connections.clear()
            con = _connections[version] = db.connect(config.DB_PATH)
        return con


@st.cache_data(max_entries=512, show_spinner=False)
def _query(name: str, version: str, params: tuple) -> pd.DataFrame:
    bound = {k: list(v) if isinstance(v, tuple) else v for k, v in params}
    try:
        return db.run(connection(version), name, **bound)
    except duckdb.Error:
        # The file was swapped while this query ran: ask again on the current file.
        return db.run(connection(db_version()), name, **bound)


def _unavailable() -> None:
    """A damaged database that could not be rebuilt: a bilingual message, no paths, no traceback."""
    st.error(f"{db.DatabaseUnavailable.zh}\n\n{db.DatabaseUnavailable.en}")
    st.stop()


def query(name: str, **params) -> pd.DataFrame:
    """Result of the named query in queries/, cached per database version and parameters."""
    key = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items()))
    try:
        return _query(name, db_version(), key).copy()
    except (db.DatabaseUnavailable, duckdb.IOException):
        _unavailable()


@st.cache_resource(max_entries=64, show_spinner=False)
def _charts(builder: str, version: str, lang: str, args: tuple) -> list:
    from dashboard import catalog

    return getattr(catalog, builder)(query, lang, *args)


def charts(builder: str, lang: str, *args) -> list:
    """The charts a catalog function builds (e.g. "industry_charts"), built once per database
    version, language and arguments; callers must not modify them (export copies first)."""
    try:
        return _charts(builder, db_version(), lang, args)
    except (db.DatabaseUnavailable, duckdb.IOException):
        _unavailable()
