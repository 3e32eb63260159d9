"""Imports as one transaction: failures (read-only, disk full, damaged files, kills) change nothing."""

from __future__ import annotations

import errno
import hashlib
import io
import pathlib
import random
import signal
import subprocess
import sys
import textwrap
import time
import zipfile

import pytest
from import_helpers import (
    HEADER,
    count_facts,
    csv_bytes,
    figures,
    register_source,
    stale_dimension,
    without_imports,
    xlsx_bytes,
)

from dashboard import batches, config, db, imports
from dashboard.build import build

ROW = "醴陵市,地区生产总值,{period},820.5,亿元,actual,test-report,全市实现地区生产总值820.5亿元"


@pytest.fixture
def env(tmp_path, data_copy):
    register_source(without_imports(data_copy))
    return data_copy, build(tmp_path / "e.duckdb", data_copy)


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _imports_files(data_dir) -> list[str]:
    folder = data_dir / "imports"
    return sorted(p.name for p in folder.iterdir() if p.name != ".lock") if folder.exists() else []


def test_read_only_data_folder_gives_a_message(env, monkeypatch):
    data_dir, dbp = env
    real_mkdir = pathlib.Path.mkdir

    def read_only(self, *a, **k):
        if str(self).startswith(str(data_dir)):
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real_mkdir(self, *a, **k)

    monkeypatch.setattr(pathlib.Path, "mkdir", read_only)
    plan, entry = imports.import_file(csv_bytes(HEADER, ROW.format(period="2021")), "a.csv", "t",
                                      data_dir=data_dir, db_path=dbp)
    assert entry is None
    assert "数据目录不可写" in plan.problems[0].text("zh") and "cannot be written" in plan.problems[0].text("en")
    assert str(data_dir) not in plan.problems[0].text("en")


@pytest.mark.parametrize("when", ["storing the file", "writing the log"])
def test_disk_full_leaves_nothing(env, monkeypatch, when):
    data_dir, dbp = env
    before = figures(dbp)
    real = batches.write_atomic

    def full(path, data):
        if (when == "writing the log") == (path.name == "log.csv"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(batches, "write_atomic", full)
    plan, entry = imports.import_file(csv_bytes(HEADER, ROW.format(period="2021")), "a.csv", "t",
                                      data_dir=data_dir, db_path=dbp)
    assert entry is None
    assert "磁盘空间不足" in plan.problems[0].text("zh") and "disk is full" in plan.problems[0].text("en")
    assert _imports_files(data_dir) == []  # no orphan stored file, no log
    assert figures(dbp) == before  # the database swapped in with the batch was rebuilt without it


def test_a_killed_build_leaves_no_litter_after_the_next(env):
    data_dir, dbp = env
    litter = [dbp.parent / f"{dbp.name}.k1ll3d.tmp", dbp.parent / f"{dbp.name}.k1ll3d.tmp.wal"]
    for p in litter:
        p.write_bytes(b"half a database")
    build(dbp, data_dir)
    assert not any(p.exists() for p in litter)


def test_an_uncommitted_batch_is_ignored_and_cleaned(env):
    data_dir, dbp = env
    before = count_facts(dbp)
    folder = data_dir / "imports"
    folder.mkdir()
    (folder / "b0001-0123456789ab.csv").write_bytes(csv_bytes(HEADER, ROW.format(period="2021")))
    (folder / "log.csv.tmp").write_bytes(b"half a log")
    build(dbp, data_dir)
    assert count_facts(dbp) == before
    assert _imports_files(data_dir) == []


def test_a_damaged_database_is_rebuilt_in_place(tmp_path):
    path = tmp_path / "economy.duckdb"
    path.write_bytes(b"not a database" * 1000)
    con = db.connect(path)
    try:
        assert con.execute("select count(*) from facts_enriched").fetchone()[0] > 0
    finally:
        con.close()


def test_a_database_that_cannot_be_rebuilt_gives_a_message_without_paths(tmp_path, monkeypatch):
    path = tmp_path / "economy.duckdb"
    path.write_bytes(b"not a database" * 1000)

    def fail(*a, **k):
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr("dashboard.build.build", fail)
    with pytest.raises(db.DatabaseUnavailable) as e:
        db.connect(path)
    assert str(tmp_path) not in str(e.value) and "数据库" in e.value.zh
    assert path.read_bytes().startswith(b"not a database")  # nothing removed


# --- XLSX -----------------------------------------------------------------------------------------

XLSX_ROWS = [HEADER.split(","), ROW.format(period="2021").split(","),
             "醴陵市,地区生产总值增速,2021,8.2,%,actual,test-report,全市实现地区生产总值820.5亿元，增长8.2%".split(","),
             "醴陵市,rank_county_top100,2021,45,位,rank,test-report,排名第45位".split(",")]


def test_xlsx_rows_beyond_a_stale_dimension_are_read(env):
    data_dir, dbp = env
    data = stale_dimension(xlsx_bytes(XLSX_ROWS), "A1:H2")
    assert b'ref="A1:H2"' in zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    rows, problems = imports.read_table(data, "x.xlsx")
    assert problems == [] and len(rows) == 3
    plan, entry = imports.import_file(data, "x.xlsx", "t", data_dir=data_dir, db_path=dbp)
    assert entry is not None and plan.added == 3, [p.text("en") for p in plan.problems]


def _bomb(path, megabytes: int) -> None:
    """An XLSX whose shared strings unpack to `megabytes` MB (a few hundred KB on disk)."""
    template = xlsx_bytes(XLSX_ROWS)
    src = zipfile.ZipFile(io.BytesIO(template))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "xl/sharedStrings.xml":
                dst.writestr(info.filename, src.read(info.filename))
        with dst.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            chunk = b"<si><t>" + b"A" * 1000 + b"</t></si>"
            for _ in range(megabytes * 1024 * 1024 // len(chunk)):
                f.write(chunk)
            f.write(b"</sst>")


# The child's own peak: VmHWM starts anew at exec (ru_maxrss would carry over the parent's, and the
# pytest process that forks it may already be larger than the ceiling).
PEAK = textwrap.dedent("""
    import re, sys
    from pathlib import Path
    from dashboard import imports
    data = Path(sys.argv[1]).read_bytes()
    plan, entry = imports.import_file(data, "bomb.xlsx", "t", dry_run=True, data_dir=Path(sys.argv[2]))
    print(plan.problems[0].text("en") if plan.problems else "accepted")
    status = Path("/proc/self/status").read_text()
    print(int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1)) // 1024)
""")


def test_xlsx_memory_bomb_is_refused_within_a_memory_ceiling(env, tmp_path):
    data_dir, _ = env
    bomb = tmp_path / "bomb.xlsx"
    _bomb(bomb, 300)
    assert bomb.stat().st_size < imports.MAX_BYTES
    out = subprocess.run([sys.executable, "-c", PEAK, str(bomb), str(data_dir)], capture_output=True,
                         text=True, cwd=config.ROOT, check=True).stdout.splitlines()
    assert "too large unpacked" in out[0]
    print(f"XLSX bomb: peak {out[1]} MB")
    assert int(out[1]) < 400, f"peak memory {out[1]} MB"


def _reused_string_bomb(path) -> None:
    """A small XLSX whose every cell points at one long shared string (copies would take GBs)."""
    header = "".join(f'<c r="{c}1" t="inlineStr"><is><t>{name}</t></is></c>' for c, name in zip("ABCDEFGH", HEADER.split(","), strict=True))
    body = f'<row r="1">{header}</row>' + "".join(
        f'<row r="{r}">' + "".join(f'<c r="{c}{r}" t="s"><v>0</v></c>' for c in "ABCDEFGH") + "</row>"
        for r in range(2, imports.MAX_ROWS + 2))
    template = xlsx_bytes(XLSX_ROWS)
    src = zipfile.ZipFile(io.BytesIO(template))
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                dst.writestr(info.filename, f'<worksheet xmlns="{main}"><sheetData>{body}</sheetData></worksheet>')
            elif info.filename != "xl/sharedStrings.xml":
                dst.writestr(info.filename, src.read(info.filename))
        dst.writestr("xl/sharedStrings.xml", f'<sst xmlns="{main}"><si><t xml:space="preserve">{"A" * 2_000_000} </t></si></sst>')


def test_xlsx_reused_long_string_is_refused_within_the_ceiling(env, tmp_path):
    data_dir, _ = env
    path = tmp_path / "reused.xlsx"
    _reused_string_bomb(path)
    assert path.stat().st_size < imports.MAX_BYTES
    out = subprocess.run([sys.executable, "-c", PEAK, str(path), str(data_dir)], capture_output=True,
                         text=True, cwd=config.ROOT, check=True).stdout.splitlines()
    assert "cell is too long" in out[0], out
    assert int(out[1]) < 400, f"peak memory {out[1]} MB"


def test_largest_xlsx_within_the_limits_stays_under_the_ceiling(env, tmp_path):
    data_dir, _ = env
    rows = [XLSX_ROWS[0]] + [ROW.format(period=str(1950 + i % 70)).split(",") + ["x" * 200] * 8
                             for i in range(imports.MAX_ROWS)]
    path = tmp_path / "big.xlsx"
    path.write_bytes(xlsx_bytes(rows))
    assert path.stat().st_size < imports.MAX_BYTES
    out = subprocess.run([sys.executable, "-c", PEAK, str(path), str(data_dir)], capture_output=True,
                         text=True, cwd=config.ROOT, check=True).stdout.splitlines()
    assert "duplicates row" in out[0] or "two values" in out[0] or out[0] == "accepted", out
    print(f"largest XLSX: peak {out[1]} MB")
    assert int(out[1]) < 400, f"peak memory {out[1]} MB"


# --- Kill test ------------------------------------------------------------------------------------

IMPORTER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from dashboard import imports
    data = Path(sys.argv[1]).read_bytes()
    print("start", flush=True)
    plan, entry = imports.import_file(data, "k.csv", "t", data_dir=Path(sys.argv[2]), db_path=Path(sys.argv[3]))
    print("imported" if entry else "refused " + "; ".join(p.en for p in plan.problems), flush=True)
""")


@pytest.mark.slow  # fifteen importer processes, most of them killed
def test_killed_imports_never_apply_later(env, tmp_path):
    """Kill an import at random points; after a rebuild the figures are the old ones plus the batches
    whose log line was committed, and every import that reported success is among those. (A kill
    between the commit and the report leaves a committed batch unreported: the log decides.)"""
    data_dir, dbp = env
    rng = random.Random(10)
    base = count_facts(dbp)
    duration, successes = None, 0
    for i in range(15):
        upload = tmp_path / f"k{i}.csv"
        upload.write_bytes(csv_bytes(HEADER, ROW.format(period=str(1990 + i))))
        proc = subprocess.Popen([sys.executable, "-c", IMPORTER, str(upload), str(data_dir), str(dbp)],
                                stdout=subprocess.PIPE, text=True, cwd=config.ROOT)
        assert proc.stdout.readline().strip() == "start"
        started = time.monotonic()
        if duration is None:  # the first import runs to the end: it measures how long one takes
            out = proc.communicate()[0]
            duration = time.monotonic() - started
        else:
            time.sleep(rng.uniform(0, duration * 1.2))
            proc.send_signal(signal.SIGKILL)
            out = proc.communicate()[0]
        log = imports.read_log(data_dir)
        if out.strip() == "imported":
            successes += 1
            sha = hashlib.sha256(upload.read_bytes()).hexdigest()
            assert log and log[-1]["sha256"] == sha, "a reported import is committed"
        else:
            assert out == "" or out.startswith("refused"), out
        build(dbp, data_dir)
        assert count_facts(dbp) == base + len(log), (i, out)
        assert not list(dbp.parent.glob(f"{dbp.name}.*.tmp*"))
        logged = {e["stored_file"] for e in log}
        assert set(_imports_files(data_dir)) - {"log.csv"} == logged
    print(f"kill test: {successes} of 15 imports reported success")
    assert len(imports.read_log(data_dir)) >= successes >= 1
    assert count_facts(build(tmp_path / "fresh.duckdb", data_dir)) == base + len(imports.read_log(data_dir))


def test_litter_is_cleaned_when_the_app_starts(tmp_path, monkeypatch):
    from dashboard import build as build_module

    dbp = build(tmp_path / "s.duckdb")
    litter = tmp_path / f"{dbp.name}.k1ll3d.tmp"
    litter.write_bytes(b"half a database")
    monkeypatch.setattr(build_module, "_started", set())
    build_module.ensure_built(dbp)
    assert not litter.exists() and dbp.exists()


def test_a_disk_full_inside_the_database_write_gives_the_same_message(env, monkeypatch):
    import duckdb

    data_dir, dbp = env

    def full(*a, **k):
        raise duckdb.IOException('Could not write file "/x/e.duckdb.tmp": No space left on device')

    monkeypatch.setattr("dashboard.batches.build", full)
    plan, entry = imports.import_file(csv_bytes(HEADER, ROW.format(period="2021")), "a.csv", "t",
                                      data_dir=data_dir, db_path=dbp)
    assert entry is None and "磁盘空间不足" in plan.problems[0].text("zh")
    assert "/x/" not in plan.problems[0].text("en")
    assert _imports_files(data_dir) == []
