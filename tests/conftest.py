"""Shared fixtures: a scratch copy of data/ to break on purpose, and a freshly built database."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from dashboard import config
from dashboard.build import build


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of data/ (CSV files and sources, no database) that a test may edit."""
    dest = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, dest, ignore=shutil.ignore_patterns("*.duckdb*"))
    return dest


@pytest.fixture(scope="session")
def built_db(tmp_path_factory) -> Path:
    """The database built from the curated files into a temp dir."""
    return build(tmp_path_factory.mktemp("db") / "economy.duckdb")


@pytest.fixture
def con(built_db: Path):
    c = duckdb.connect(str(built_db), read_only=True)
    yield c
    c.close()
