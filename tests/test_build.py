"""The build: deterministic, idempotent, atomic, and refusing bad data."""

from __future__ import annotations

import csv
import hashlib
import io
import subprocess
import sys

import duckdb
import pytest

from dashboard import config
from dashboard.build import build
from dashboard.curated import TABLES

ALL_TABLES = [t.name for t in TABLES] + ["facts_enriched", "rankings", "industry_slots"]


def _dump(path) -> dict[str, list]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"select * from {t} order by all").fetchall() for t in ALL_TABLES}
    finally:
        con.close()


def test_build_is_deterministic_and_idempotent(tmp_path):
    a = build(tmp_path / "a.duckdb")
    b = build(tmp_path / "b.duckdb")
    first = _dump(a)
    assert first == _dump(b)
    build(a)  # again, over the existing file
    assert _dump(a) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.duckdb", "b.duckdb"]


def test_rebuild_under_an_open_reader_swaps_atomically(tmp_path):
    db = build(tmp_path / "e.duckdb")
    reader = duckdb.connect(str(db), read_only=True)
    try:
        before = reader.execute("select count(*) from facts").fetchall()
        build(db)
        assert reader.execute("select count(*) from facts").fetchall() == before
    finally:
        reader.close()


def test_bad_data_leaves_the_database_untouched(tmp_path, data_copy):
    db = build(tmp_path / "e.duckdb", data_copy)
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    facts = data_copy / "facts.csv"
    facts.write_text(facts.read_text(encoding="utf-8").replace("737.6亿元", "738.6亿元"),
                     encoding="utf-8")
    with pytest.raises(ValueError, match="quote not found"):
        build(db, data_copy)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("e.duckdb")] == ["e.duckdb"]


def test_every_table_has_rows(con):
    for t in ALL_TABLES:
        assert con.execute(f"select count(*) from {t}").fetchall()[0][0] > 0, t


def _cli(*args, env_db=None):
    env = None
    if env_db:
        import os
        env = {**os.environ, "DASHBOARD_DB": str(env_db)}
    return subprocess.run([sys.executable, "-m", "dashboard", *args], capture_output=True,
                          text=True, cwd=config.ROOT, env=env, check=False)


def test_cli_build_then_facts(tmp_path):
    db = tmp_path / "cli.duckdb"
    built = _cli("build", env_db=db)
    assert built.returncode == 0, built.stderr
    out = _cli("facts", env_db=db)
    assert out.returncode == 0, out.stderr
    rows = list(csv.reader(io.StringIO(out.stdout)))
    assert rows[0] == ["region", "indicator", "period", "value", "unit", "kind", "source", "quote"]
    with (config.DATA_DIR / "facts.csv").open(encoding="utf-8") as f:
        n_facts = sum(1 for _ in csv.DictReader(f))
    with (config.DATA_DIR / "imports" / "log.csv").open(encoding="utf-8") as f:
        n_facts += sum(int(r["rows_added"]) for r in csv.DictReader(f))  # revised rows replace held ones
    assert len(rows) - 1 == n_facts
    for r in rows[1:]:
        float(r[3])
        assert r[5] in {"actual", "estimate", "target", "rank", "share", "derived"}
    assert ["醴陵市", "地区生产总值", "2020", "737.6", "亿元", "actual", "liling-2021-spring"] in [
        r[:7] for r in rows]


def test_cli_facts_builds_a_missing_database(tmp_path):
    db = tmp_path / "missing.duckdb"
    out = _cli("facts", env_db=db)
    assert out.returncode == 0, out.stderr
    assert db.exists()


def test_product_does_not_read_shared_seeds():
    code = "\n".join(p.read_text(encoding="utf-8") for p in config.ROOT.glob("dashboard/*.py"))
    assert "shared/seeds" not in code and "../shared" not in code
