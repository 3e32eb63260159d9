"""Build data/economy.duckdb from the curated CSV files: load, derive, check, swap in atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import duckdb

from dashboard import config, imports, validate
from dashboard.curated import TABLES, TABLES_BY_NAME


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


def _load_revisions(con: duckdb.DuckDBPyConnection, data_dir: Path) -> None:
    """Replace the curated facts by every revision: curated rows, then each import batch in order."""
    revisions, new_sources = imports.replay(data_dir)
    con.execute("alter table facts add column batch_id varchar")
    con.execute("alter table facts add column revision integer")
    con.execute("alter table facts add column is_latest boolean")
    con.execute("delete from facts")
    cols = [*TABLES_BY_NAME["facts"].columns, "batch_id", "revision", "is_latest"]
    con.executemany(f"insert into facts ({', '.join(cols)}) values ({', '.join('?' * len(cols))})",
                    [[r[c] if r[c] != "" else None for c in cols] for r in revisions])
    for source_id, s in new_sources.items():
        con.execute("insert into sources (source_id, title_zh, title_en, label_zh, label_en, publisher, "
                    "date_note, doc_kind, file, text) values (?, ?, ?, ?, ?, ?, ?, 'import', null, null)",
                    [source_id, s["title"], s["title"], s["title"], s["title"], s["publisher"],
                     f"{s['date']} (imported in batch {s['batch_id']})"])
    log = imports.read_log(data_dir)
    con.execute("create table import_log (batch_id varchar, imported_at varchar, editor varchar, "
                "file_name varchar, sha256 varchar, stored_file varchar, rows_added integer, "
                "rows_revised integer)")
    if log:
        con.executemany("insert into import_log values (?, ?, ?, ?, ?, ?, ?, ?)",
                        [[e[c] for c in imports.LOG_COLUMNS] for e in log])


def model_files() -> list[Path]:
    """The derived tables' SQL files (models/NN_name.sql), in the order the build runs them."""
    return sorted(config.MODELS_DIR.glob("[0-9][0-9]_*.sql"))


def run_models(con: duckdb.DuckDBPyConnection) -> None:
    """Create the derived tables from the loaded raw tables, one SQL file after another."""
    for path in model_files():
        con.execute(path.read_text(encoding="utf-8"))


def build(db_path: Path | None = None, data_dir: Path | None = None) -> Path:
    """Check the curated files, build the database in a temp file, and move it into place."""
    db_path = Path(db_path or config.DB_PATH)
    data_dir = Path(data_dir or config.DATA_DIR)
    problems = validate.problems(data_dir)
    if problems:
        raise ValueError("the curated data have problems:\n- " + "\n- ".join(problems))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=db_path.name + ".", suffix=".tmp", dir=db_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # DuckDB wants to create the file itself
    try:
        con = duckdb.connect(str(tmp))
        try:
            _load(con, data_dir)
            _load_texts(con, data_dir)
            _load_revisions(con, data_dir)
            run_models(con)
            con.execute("checkpoint")
        finally:
            con.close()
        os.replace(tmp, db_path)
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)
    return db_path


def ensure_built(db_path: Path | None = None) -> Path:
    """Build the database if it is missing (the app calls this at start-up)."""
    db_path = Path(db_path or config.DB_PATH)
    if not db_path.exists():
        build(db_path)
    return db_path
