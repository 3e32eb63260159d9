"""Streamlit caching over the plain data access in db.py: one read-only connection, cached results.

The cache key includes the database file's identity (inode, mtime, size), so when
`python -m dashboard build` swaps in a new file, the next run opens it and re-queries.
"""

from __future__ import annotations

import os

import duckdb
import pandas as pd
import streamlit as st

from dashboard import config, db
from dashboard.build import ensure_built


def db_version() -> str:
    """Identity of the database file now on disk (changes when a rebuild replaces it)."""
    path = ensure_built(config.DB_PATH)
    s = os.stat(path)
    return f"{s.st_ino}-{s.st_mtime_ns}-{s.st_size}"


@st.cache_resource(max_entries=2)
def _connection(version: str) -> duckdb.DuckDBPyConnection:
    return db.connect(config.DB_PATH)


@st.cache_data(max_entries=512, show_spinner=False)
def _query(name: str, version: str, params: tuple) -> pd.DataFrame:
    bound = {k: list(v) if isinstance(v, tuple) else v for k, v in params}
    return db.run(_connection(version), name, **bound)


def query(name: str, **params) -> pd.DataFrame:
    """Result of the named query in queries/, cached per database version and parameters."""
    key = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items()))
    return _query(name, db_version(), key).copy()
