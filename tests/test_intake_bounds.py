"""Report intake within limits: size, line length and time give a zh/en message, never a held thread."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date

import pytest

from dashboard import config
from dashboard.extract import (
    MAX_LINE_CHARS,
    MAX_TEXT_BYTES,
    IntakeError,
    Registry,
    extract,
    intake_problem,
    run_bounded,
)

SPRING = (config.DATA_DIR / "sources" / "liling-2021-spring.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("text", "zh", "en"), [
    ("地区生产总值增长8%。" * 20_000, "过长", "too long"),  # issue 26.4: one 200 kB line
    (("地区生产总值增长8%。\n" * 90_000), "过大", "too large"),
])
def test_past_a_limit_the_report_is_refused_at_once(text, zh, en):
    t0 = time.monotonic()
    with pytest.raises(IntakeError) as e:
        run_bounded(text, source_id="x", doc_date=date(2021, 2, 25))
    assert time.monotonic() - t0 < 2
    assert zh in e.value.text("zh") and en in e.value.text("en")


def test_the_limits_leave_real_reports_alone():
    assert intake_problem(SPRING) is None
    assert intake_problem("年" * MAX_LINE_CHARS) is None
    assert len(SPRING.encode("utf-8")) < MAX_TEXT_BYTES / 50


def test_the_worker_gives_what_extract_gives():
    reg = Registry.load()
    got = run_bounded(SPRING, source_id="liling-2021-spring", doc_date=date(2021, 2, 25), registry=reg)
    want = extract(SPRING, source_id="liling-2021-spring", doc_date=date(2021, 2, 25), registry=reg)
    assert got == want and len(got) > 20


def test_a_slow_extraction_is_stopped_with_a_message():
    t0 = time.monotonic()
    with pytest.raises(IntakeError) as e:
        run_bounded(SPRING * 3, source_id="x", doc_date=date(2021, 2, 25), timeout=0.05)
    assert time.monotonic() - t0 < 10
    assert "超时" in e.value.text("zh") and "longer than" in e.value.text("en")


def test_the_cli_refuses_a_long_line_quickly(tmp_path):
    src = tmp_path / "one-line.txt"
    src.write_text("2021年2月25日，地区生产总值增长8%。" * 10_000, encoding="utf-8")
    out = tmp_path / "c.csv"
    t0 = time.monotonic()
    r = subprocess.run([sys.executable, "-m", "dashboard", "extract", str(src), "--out", str(out)],
                       cwd=config.ROOT, capture_output=True, text=True, timeout=60)
    assert time.monotonic() - t0 < 30
    assert r.returncode == 1 and "过长" in r.stderr and "Traceback" not in r.stderr
    assert not out.exists()
