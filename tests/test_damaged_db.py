"""A damaged database: viewers get a bilingual message without file paths, never a traceback."""

from __future__ import annotations

import errno
from pathlib import Path

from streamlit.testing.v1 import AppTest

from dashboard import config

APP = str(Path(__file__).resolve().parents[1] / "app.py")


def test_viewers_see_a_message_when_the_database_cannot_be_rebuilt(tmp_path, monkeypatch):
    path = tmp_path / "economy.duckdb"
    path.write_bytes(b"not a database" * 1000)
    monkeypatch.setattr(config, "DB_PATH", path)

    def fail(*a, **k):
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr("dashboard.build.build", fail)
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    messages = [e.value for e in at.error]
    assert any("数据库暂时无法读取" in m and "cannot be read" in m for m in messages), messages
    assert not any(str(tmp_path) in m for m in messages)


def test_viewers_get_the_dashboard_after_a_rebuild_in_place(tmp_path, monkeypatch):
    path = tmp_path / "economy.duckdb"
    path.write_bytes(b"not a database" * 1000)
    monkeypatch.setattr(config, "DB_PATH", path)
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception and not at.error
    assert at.metric  # the overview's cards
