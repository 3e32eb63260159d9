"""Build data/economy.duckdb from the curated CSV files: load, derive, check, swap in atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import duckdb

from dashboard import config, periods, replay, validate
from dashboard.curated import TABLES, TABLES_BY_NAME
from dashboard.writing import data_lock


def _load(con: duckdb.DuckDBPyConnection, data_dir: Path) -> None:
    for t in TABLES:
        cols = ", ".join(f'"{c}" {typ}' for c, typ in t.columns.items())
        con.execute(f"create table {t.name} ({cols})")
        con.execute(
            f"insert into {t.name} select * from read_csv(?, header = true, columns = ?, "
            "quote = '\"', escape = '\"', delim = ',', auto_detect = false)",
            [str(data_dir / t.file), t.columns],
        )


def _load_texts(con: duckdb.DuckDBPyConnection, data_dir: Path) -> None:
    con.execute("alter table sources add column text varchar")
    for (source_id, file) in con.execute("select source_id, file from sources").fetchall():
        text = (data_dir / "sources" / file).read_text(encoding="utf-8")
        con.execute("update sources set text = ? where source_id = ?", [text, source_id])


def _load_revisions(con: duckdb.DuckDBPyConnection, data_dir: Path,
                    pending: list[dict] | None = None) -> None:
    """Add every import batch's figures to the curated facts (each row inserted once) and mark
    which revision is the latest; `pending` is the batch an import is writing now."""
    revisions = replay.replay(data_dir, pending)
    con.execute("alter table facts add column batch_id varchar")
    con.execute("alter table facts add column revision integer default 1")
    con.execute("alter table facts add column is_latest boolean default true")
    con.execute("update facts set revision = 1, is_latest = true")
    cols = [*TABLES_BY_NAME["facts"].columns, "batch_id", "revision", "is_latest"]
    imported = [r for r in revisions if r["batch_id"]]
    if imported:
        con.executemany(f"insert into facts ({', '.join(cols)}) values ({', '.join('?' * len(cols))})",
                        [[r[c] if r[c] != "" else None for c in cols] for r in imported])
    superseded = [[r["fact_id"]] for r in revisions if not r["batch_id"] and not r["is_latest"]]
    if superseded:
        con.executemany("update facts set is_latest = false where fact_id = ?", superseded)
    log = replay.read_log(data_dir) + list(pending or [])
    con.execute("create table import_log (batch_id varchar, imported_at varchar, editor varchar, "
                "file_name varchar, sha256 varchar, stored_file varchar, rows_added integer, "
                "rows_revised integer)")
    if log:
        con.executemany("insert into import_log values (?, ?, ?, ?, ?, ?, ?, ?)",
                        [[e[c] for c in replay.LOG_COLUMNS] for e in log])


def _load_periods(con: duckdb.DuckDBPyConnection) -> None:
    """period_spans: each period string the facts hold, read by the one grammar (dashboard/periods.py)."""
    con.execute("create table period_spans (period varchar primary key, period_start integer, "
                "month_start integer, period_end integer, month_end integer, grain varchar)")
    rows = []
    for (text,) in con.execute("select distinct period from facts").fetchall():
        p = periods.parse(text)
        rows.append([text, p.start_year, p.start_month, p.end_year, p.end_month, p.grain])
    if rows:
        con.executemany("insert into period_spans values (?, ?, ?, ?, ?, ?)", rows)
def _load_divisions(con: duckdb.DuckDBPyConnection, data_dir: Path) -> None:
    """The `divisions` table (every division of data/divisions.csv, by national code), and in `regions`
    a row for each division the data name by code (the keying rule in data/README.md: a division
    regions.csv does not hold is keyed by its code; its parent is named by its region code)."""
    con.execute("create table divisions (code varchar, name_zh varchar, short_name varchar, level varchar, "
                "parent_code varchar, province_code varchar, former_names varchar)")
    path = data_dir / "divisions.csv"
    if not path.exists():
        path = config.DATA_DIR / "divisions.csv"
    con.execute("insert into divisions select * from read_csv(?, header = true, all_varchar = true, "
                "quote = '\"', escape = '\"', delim = ',', auto_detect = false, columns = {"
                "'code': 'VARCHAR', 'name_zh': 'VARCHAR', 'short_name': 'VARCHAR', 'level': 'VARCHAR', "
                "'parent_code': 'VARCHAR', 'province_code': 'VARCHAR', 'former_names': 'VARCHAR'})",
                [str(path)])
    # English names (devtools/sync_division_names.py); a division without one keeps its Chinese name.
    con.execute("create table division_names_en (code varchar, name_en varchar, short_en varchar)")
    names = data_dir / "division_names_en.csv"
    if not names.exists():
        names = config.DATA_DIR / "division_names_en.csv"
    if names.exists():
        con.execute("insert into division_names_en select * from read_csv(?, header = true, "
                    "all_varchar = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', "
                    "columns = {"
                    "'code': 'VARCHAR', 'name_en': 'VARCHAR', 'short_en': 'VARCHAR'})", [str(names)])
    con.execute("""
        insert into regions
        select d.code, d.name_zh, coalesce(e.name_en, d.name_zh), d.level,
            coalesce(p.region_code, d.parent_code),
            1000 + row_number() over (order by d.code), coalesce(nullif(d.short_name, ''), d.name_zh),
            coalesce(e.short_en, nullif(d.short_name, ''), d.name_zh), '#7f7f7f', d.code
        from divisions d
        left join division_names_en e on e.code = d.code
        left join regions p on p.division_code = d.parent_code
        where d.code in (select region_code from facts)
            and d.code not in (select region_code from regions)
    """)


def model_files() -> list[Path]:
    """The derived tables' SQL files (models/NN_name.sql), in the order the build runs them."""
    return sorted(config.MODELS_DIR.glob("[0-9][0-9]_*.sql"))


def run_models(con: duckdb.DuckDBPyConnection) -> None:
    """Create the derived tables from the loaded raw tables, one SQL file after another."""
    for path in model_files():
        con.execute(path.read_text(encoding="utf-8"))


def _clean_litter(db_path: Path) -> None:
    """Temp files of builds that were killed (no other build runs: we hold the writers' lock)."""
    for p in db_path.parent.glob(f"{db_path.name}.*.tmp*"):
        p.unlink(missing_ok=True)


def _clean_leftovers(data_dir: Path) -> None:
    """Leftovers of an interrupted import or add-source (call holding the writers' lock)."""
    from dashboard.writing import clean_leftovers

    try:
        replay.clean_leftovers(data_dir)
        clean_leftovers(data_dir)
    except OSError:
        pass  # a read-only data folder: nothing to clean, nothing a build would apply


def build(db_path: Path | None = None, data_dir: Path | None = None,
          pending: list[dict] | None = None) -> Path:
    """Check the curated files, build the database in a temp file, and move it into place.

    `pending`: a batch an import is writing (it holds the writers' lock and commits the log after).
    The whole build holds the writers' lock, so it never sees half of another writer's work."""
    db_path = Path(db_path or config.DB_PATH)
    data_dir = Path(data_dir or config.DATA_DIR)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with data_lock(data_dir), data_lock(db_path.parent):
        if pending is None:
            _clean_leftovers(data_dir)
        problems = validate.problems(data_dir)
        if problems:
            raise ValueError("the curated data have problems:\n- " + "\n- ".join(problems))
        _clean_litter(db_path)
        fd, tmp_name = tempfile.mkstemp(prefix=db_path.name + ".", suffix=".tmp", dir=db_path.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        tmp.unlink()  # DuckDB wants to create the file itself
        try:
            con = duckdb.connect(str(tmp))
            try:
                _load(con, data_dir)
                _load_texts(con, data_dir)
                _load_revisions(con, data_dir, pending)
                _load_periods(con)
                _load_divisions(con, data_dir)
                run_models(con)
                con.execute("checkpoint")
            finally:
                con.close()
            os.replace(tmp, db_path)
        finally:
            tmp.unlink(missing_ok=True)
            Path(str(tmp) + ".wal").unlink(missing_ok=True)
    return db_path


_started: set[Path] = set()


def ensure_built(db_path: Path | None = None) -> Path:
    """Build the database if it is missing (the app calls this at start-up); the first call in a
    process also removes temp files a killed build left, unless a build is running now."""
    db_path = Path(db_path or config.DB_PATH)
    if db_path not in _started:
        _started.add(db_path)
        _clean_litter_if_idle(db_path)
    if not db_path.exists():
        build(db_path)
    return db_path


def _clean_litter_if_idle(db_path: Path) -> None:
    if not any(db_path.parent.glob(f"{db_path.name}.*.tmp*")):
        return
    try:
        with data_lock(db_path.parent, wait=False) as got:
            if got:  # else a build holds the lock: its temp file is not litter
                _clean_litter(db_path)
    except OSError:
        pass  # a read-only folder
