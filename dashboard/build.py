"""Build data/economy.duckdb from the curated CSV files: load, derive, check, swap in atomically."""

from __future__ import annotations

import fcntl
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

import duckdb

from dashboard import config, replay, validate
from dashboard.curated import TABLES, TABLES_BY_NAME

# Marts: joined, analysis-ready tables. Only these statements read the raw tables.
MARTS = """
-- one row per figure revision, with its period split into years and its value in the indicator's unit
create table fact_revisions as
with periods as (
    select *,
        cast(split_part(period, '-', 1) as integer) as period_start,
        cast(coalesce(nullif(split_part(period, '-', 2), ''), period) as integer) as period_end
    from facts
),
final as (
    select p.fact_id, p.region_code, p.indicator_code, p.period, p.period_start, p.period_end,
        p.value, p.unit,
        -- unit change: from the stated unit to the indicator's unit (e.g. 万人 -> 人)
        p.value * su.factor / iu.factor as value_in_indicator_unit,
        i.unit as indicator_unit, iu.label_en as indicator_unit_en, i.category, p.kind,
        coalesce(p.approx, '') as approx,
        p.stated, p.programme, p.source_id, p.quote, p.note, p.formula, p.inputs,
        p.batch_id, p.revision, p.is_latest
    from periods p
    join indicators i using (indicator_code)
    join units su on su.unit = p.unit
    join units iu on iu.unit = i.unit
)
select * from final order by fact_id;

-- the figures the dashboard shows: the latest revision of each
create table facts_enriched as
select * exclude (is_latest) from fact_revisions where is_latest order by fact_id;

-- one row per ranking result (region x list x edition), with the change stated beside it
create table rankings as
with ranks as (
    select f.* from facts_enriched f join ranking_lists l on l.list_code = f.indicator_code
),
changes as (
    select f.region_code, l.list_code, f.period, f.source_id, f.value as stated_change
    from facts_enriched f join ranking_lists l on l.change_indicator_code = f.indicator_code
),
final as (
    select r.fact_id, r.region_code, l.list_code, l.name_zh as list_name_zh,
        l.name_en as list_name_en, l.scope, l.scope_region_code,
        e.edition_no, e.edition_zh, e.published_on, r.period, r.period_start as year,
        r.value as rank, c.stated_change, r.kind, r.approx, r.source_id, r.quote,
        r.formula, r.inputs, r.note
    from ranks r
    join ranking_lists l on l.list_code = r.indicator_code
    left join ranking_editions e on e.list_code = l.list_code and e.period = r.period
    left join changes c on c.list_code = l.list_code and c.region_code = r.region_code
        and c.period = r.period and c.source_id = r.source_id
)
select * from final order by list_code, year, source_id;

-- one row per slot of an industry system: named members (sources merged) and unnamed slots
create table industry_slots as
with named as (
    select system_code, tier_code, min(member_order) as member_order, member_zh,
        -- industry_key may hold two space-separated keys: one member covering two industries
        min(member_en) as member_en, min(industry_key) as industry_key,
        string_agg(distinct source_id, ' ' order by source_id) as source_ids,
        min(quote) as quote, max(note) as note
    from industry_members
    group by system_code, tier_code, member_zh
),
unnamed as (
    select t.system_code, t.tier_code,
        n.named_count + s.i as member_order
    from industry_tiers t
    join (select system_code, tier_code, count(*) as named_count from named group by all) n
        using (system_code, tier_code)
    cross join range(1, 100) s(i)
    where t.tier_size is not null and s.i <= t.tier_size - n.named_count
),
final as (
    select system_code, tier_code, member_order, member_zh, member_en, industry_key,
        true as is_named, source_ids, quote, note
    from named
    union all
    select system_code, tier_code, member_order, null, null, null, false, null, null,
        'not named in the documents'
    from unnamed
)
select * from final order by system_code, tier_code, member_order;

-- the export of `python -m dashboard facts` and the data explorer
create view facts_export as
select r.name_zh as region, i.name_zh as indicator, f.period, f.value, f.unit, f.kind,
    f.source_id as source, f.quote
from facts_enriched f
join regions r using (region_code)
join indicators i using (indicator_code)
join categories c on c.category = i.category
order by c.sort_order, f.indicator_code, r.sort_order, f.period_start, f.period_end, f.kind,
    f.source_id, f.fact_id;
"""


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


@contextmanager
def _build_lock(db_path: Path):
    """One build at a time per database folder, across processes (a lock on the folder itself:
    no lock file is left beside the database)."""
    fd = os.open(db_path.parent, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _clean_litter(db_path: Path) -> None:
    """Temp files of builds that were killed (no other build runs: we hold the build lock)."""
    for p in db_path.parent.glob(f"{db_path.name}.*.tmp*"):
        p.unlink(missing_ok=True)


def _clean_imports(data_dir: Path) -> None:
    """Leftovers of an interrupted import, unless an import is running now."""
    if not replay.imports_dir(data_dir).is_dir():
        return
    try:
        with replay.import_lock(data_dir, wait=False) as got:
            if got:
                replay.clean_leftovers(data_dir)
    except OSError:
        pass  # a read-only data folder: nothing to clean, nothing a build would apply


def build(db_path: Path | None = None, data_dir: Path | None = None,
          pending: list[dict] | None = None) -> Path:
    """Check the curated files, build the database in a temp file, and move it into place.

    `pending`: a batch an import is writing (it holds the import lock and commits the log after)."""
    db_path = Path(db_path or config.DB_PATH)
    data_dir = Path(data_dir or config.DATA_DIR)
    problems = validate.problems(data_dir)
    if problems:
        raise ValueError("the curated data have problems:\n- " + "\n- ".join(problems))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if pending is None:
        _clean_imports(data_dir)
    with _build_lock(db_path):
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
                con.execute(MARTS)
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
        fd = os.open(db_path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        _clean_litter(db_path)
    except OSError:
        pass  # a build holds the lock (its temp file is not litter), or the folder is read-only
    finally:
        os.close(fd)
