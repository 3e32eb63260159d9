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
_seen = {"version": None}  # the database version the caches below were filled from


def db_version() -> str:
    """Identity of the database file now on disk (changes when a rebuild replaces it)."""
    path = ensure_built(config.DB_PATH)
    s = os.stat(path)
    return f"{s.st_ino}-{s.st_mtime_ns}-{s.st_size}"


def current_version() -> str:
    """db_version(), and when a rebuild has swapped in a new file, the results cached for older
    versions released at once (they would otherwise stay in memory until evicted by size)."""
    version = db_version()
    with _lock:
        changed = _seen["version"] not in (None, version)
        _seen["version"] = version
    if changed:
        for cached in (_query, _charts, _collection, _page_selection):
            cached.clear()
    return version


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


@st.cache_resource(max_entries=512, show_spinner=False)
def _query(name: str, version: str, params: tuple) -> pd.DataFrame:
    # cache_resource, not cache_data: one shared frame, no pickling and unpickling on every call
    # (callers get a shallow copy: with pandas' copy-on-write their changes never reach the cache).
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
    try:
        return _query(name, current_version(), _key(params)).copy(deep=False)
    except (db.DatabaseUnavailable, duckdb.IOException):
        _unavailable()


def _key(selection: dict) -> tuple:
    return tuple(sorted((k, tuple(v) if isinstance(v, (list, tuple)) else v) for k, v in selection.items()))


@st.cache_resource(max_entries=256, show_spinner=False)
def _charts(chart_id: str, version: str, lang: str, selection: tuple, parts: bool = False) -> list:
    from dashboard import catalog

    return catalog.build(catalog.SPECS[chart_id], query, lang, parts=parts, **dict(selection))


def charts(spec, lang: str, parts: bool = False, **selection) -> list:
    """The charts of one registry declaration (catalog.ChartSpec) for a selection, built once per
    database version, language and selection (with `parts`: a split chart's views, catalog.build);
    callers must not modify them (export copies first)."""
    try:
        return _charts(spec.chart_id, current_version(), lang, _key(selection), parts)
    except (db.DatabaseUnavailable, duckdb.IOException):
        _unavailable()


@st.cache_resource(max_entries=64, show_spinner=False)
def _collection(what: str, version: str, args: tuple):
    from dashboard import catalog

    return getattr(catalog, what)(query, *args)


def all_charts(lang: str) -> list:
    """Every chart of the registry (export), built once per database version and language."""
    return _safe_collection("all_charts", lang)


def presentation_slides(lang: str) -> list:
    """Presentation mode's slides, built once per database version and language."""
    return _safe_collection("presentation_slides", lang)


def industry_outline(lang: str) -> list:
    """The industry systems as lists (a phone's view of the matrix), built once per database version
    and language."""
    return _safe_collection("industry_outline", lang)


def indicator_categories(lang: str) -> dict[str, str]:
    """catalog.indicator_categories, worked out once per database version and language."""
    return dict(_safe_collection("indicator_categories", lang))


def indicator_singles(category: str) -> pd.DataFrame:
    """catalog.indicator_singles, worked out once per database version and category."""
    return _safe_collection("indicator_singles", category).copy(deep=False)


@st.cache_resource(max_entries=32, show_spinner=False)
def _page_selection(page: str, version: str) -> dict[str, dict]:
    from dashboard import site_pages

    return site_pages.page_selection(query, page)


def page_selection(page: str) -> dict[str, dict]:
    """site_pages.page_selection (the selection a page opens with), once per database version; callers
    must not modify it."""
    try:
        return _page_selection(page, current_version())
    except (db.DatabaseUnavailable, duckdb.IOException):
        _unavailable()


def _safe_collection(what: str, *args):
    try:
        return _collection(what, current_version(), args)
    except (db.DatabaseUnavailable, duckdb.IOException):
        _unavailable()
