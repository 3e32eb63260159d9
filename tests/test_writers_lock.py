"""One writers' lock over data/: an import's swap and log line, builds, add-source and registry appends."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from import_helpers import HEADER, csv_bytes, figures, register_source, without_imports

from dashboard import add_source, batches, imports, review, validate
from dashboard.build import build

ROW = "醴陵市,地区生产总值,2021,820.5,亿元,actual,test-report,全市实现地区生产总值820.5亿元"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def env(tmp_path, data_copy):
    register_source(without_imports(data_copy))
    return data_copy, build(tmp_path / "e.duckdb", data_copy)


def test_a_build_between_the_swap_and_the_log_line_waits(env, monkeypatch):
    """Issue 26.6: a build started while an import is between its swap and its log line used to
    build from the old log and swap in a database without the imported batch."""
    data_dir, dbp = env
    real = batches.write_atomic
    other: list[threading.Thread] = []

    def slow_log(path, data):
        if path.name == "log.csv":
            other.append(threading.Thread(target=build, args=(dbp, data_dir)))
            other[0].start()
            time.sleep(1.5)  # the window: the other build must wait for this import
        return real(path, data)

    monkeypatch.setattr(batches, "write_atomic", slow_log)
    plan, entry = imports.import_file(csv_bytes(HEADER, ROW), "a.csv", "t", data_dir=data_dir, db_path=dbp)
    assert entry, plan.problems
    other[0].join(60)
    assert ("2021", 820.5, "亿元", "test-report") in figures(dbp)


def test_two_confirmations_of_one_indicator_add_one_row(data_copy, monkeypatch):
    """Issue 26.5: two confirmations at once both passed the 'exists already' check and appended."""
    real_load = review.Registry.load

    def slow_load(data_dir=None):
        reg = real_load(data_dir)
        time.sleep(0.5)  # both confirmations read the registry before either appends
        return reg

    monkeypatch.setattr(review.Registry, "load", staticmethod(slow_load))
    results = []

    def confirm():
        results.append(add_indicator_once(data_copy))

    threads = [threading.Thread(target=confirm) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(30)
    lines = (data_copy / "indicators.csv").read_text(encoding="utf-8").splitlines()
    assert sum(line.startswith("new_test_code,") for line in lines) == 1
    assert sorted(r is None for r in results) == [False, True]
    assert validate.check_keys(validate.read_all(data_copy)) == []


def add_indicator_once(data_dir: Path):
    return review.add_indicator("new_test_code", "测试新指标", "test", "亿元", _a_category(data_dir),
                                data_dir=data_dir)


def _a_category(data_dir: Path) -> str:
    return validate.read_all(data_dir)["categories"][0]["category"]


def _files(data_dir: Path) -> list[Path]:
    return sorted(p.relative_to(data_dir) for p in (data_dir / "sources").rglob("*") if p.is_file())


KILL_AT_CSV = """
import os, sys
from pathlib import Path
from dashboard import add_source
real = os.replace
def replace(src, dst, *a, **k):
    if Path(dst).name == sys.argv[2]:
        os._exit(9)  # killed before this file is in place
    return real(src, dst, *a, **k)
os.replace = replace
add_source.register("2023年1月5日 测试文本 地区生产总值900亿元".encode(), "r.txt", "killed-doc", "T",
                    data_dir=Path(sys.argv[1]), rebuild=False)
"""


@pytest.mark.parametrize("killed_at", ["sources.csv", "killed-doc.txt"])
def test_a_killed_add_source_is_reported_by_check_and_cleaned_by_the_next_build(data_copy, tmp_path,
                                                                                 killed_at):
    """Issue 26.7: text, original or temp files without a sources.csv row were left unreported."""
    before = _files(data_copy)
    run = subprocess.run([sys.executable, "-c", KILL_AT_CSV, str(data_copy), killed_at], cwd=ROOT,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True)
    assert run.returncode == 9, run.stderr
    left = _files(data_copy)
    assert left != before  # the kill left something behind
    reported = [p for p in validate.problems(data_copy) if "interrupted add-source" in p]
    assert reported
    build(tmp_path / "e.duckdb", data_copy)
    assert _files(data_copy) == before
    assert validate.problems(data_copy) == []


def test_add_source_fsyncs_its_files(data_copy, monkeypatch):
    synced = []
    real = os.fsync

    def record(fd):
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        return real(fd)

    monkeypatch.setattr(os, "fsync", record)
    add_source.register("2023年1月5日 测试文本".encode(), "r.txt", "synced-doc", "T", data_dir=data_copy,
                        rebuild=False)
    names = {Path(p).name for p in synced}
    assert {"synced-doc.txt.tmp", "sources.csv.tmp"} <= names
    assert any(Path(p).name.startswith("synced-doc.") and "originals" in p for p in synced)


def test_the_lock_files_are_ignored_by_git():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "data/.sources.lock" in ignored


def test_one_writer_at_a_time_across_processes(data_copy):
    """While another process holds the writers' lock, a non-waiting try is refused."""
    hold = textwrap.dedent("""
        import sys, time
        from pathlib import Path
        from dashboard.writing import data_lock
        with data_lock(Path(sys.argv[1])):
            print("held", flush=True)
            time.sleep(3)
    """)
    from dashboard.writing import data_lock

    p = subprocess.Popen([sys.executable, "-c", hold, str(data_copy)], cwd=ROOT, stdout=subprocess.PIPE,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)), text=True)
    try:
        assert p.stdout.readline().strip() == "held"
        with data_lock(data_copy, wait=False) as got:
            assert got is False
    finally:
        p.wait(30)
    with data_lock(data_copy, wait=False) as got:
        assert got is True
        with data_lock(data_copy, wait=False) as again:  # re-entrant within a thread
            assert again is True
