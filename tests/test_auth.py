"""Editors only: salted hashes, constant-time checks, delays, and no way round the login."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import auth

APP = str(Path(__file__).resolve().parents[1] / "app.py")
PASSWORD = "correct horse battery"


def test_hash_is_salted_and_verifies():
    a, b = auth.hash_password(PASSWORD), auth.hash_password(PASSWORD)
    assert a != b and a.startswith("pbkdf2_sha256$600000$")
    assert PASSWORD not in a
    assert auth.verify_password(PASSWORD, a) and auth.verify_password(PASSWORD, b)
    assert not auth.verify_password("wrong", a)
    assert not auth.verify_password(PASSWORD, "garbage")


@pytest.fixture
def editor(monkeypatch, tmp_path):
    """Two configured editors (alice, bob), sleeps recorded instead of waited, a scratch state dir."""
    monkeypatch.setenv("DASHBOARD_EDITORS", f"alice={HASH};bob={HASH}")
    monkeypatch.setenv("DASHBOARD_STATE_DIR", str(tmp_path / "state"))
    slept = []
    monkeypatch.setattr(auth, "_sleep", slept.append)
    return slept


HASH = auth.hash_password(PASSWORD)


def test_failed_logins_wait_longer_each_time(editor):
    assert not auth.check_login("alice", "nope")
    assert not auth.check_login("alice", "nope again")
    assert not auth.check_login("mallory", PASSWORD)
    assert editor == [1.0, 2.0, 1.0]
    assert auth.check_login("alice", PASSWORD)
    assert editor == [1.0, 2.0, 1.0]  # success: no wait


FAIL_IN_ANOTHER_PROCESS = """
import sys
from dashboard import auth
auth._sleep = lambda s: None
print(sum(auth.check_login(sys.argv[1], "wrong") for _ in range(int(sys.argv[2]))))
"""


def _fail_elsewhere(name: str, times: int) -> None:
    """Failed logins in another process (another server), sharing the state dir through the env."""
    import os
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", FAIL_IN_ANOTHER_PROCESS, name, str(times)], check=True,
                         capture_output=True, text=True, env=os.environ.copy(),
                         cwd=Path(APP).parent).stdout
    assert out.strip() == "0"


def test_a_name_is_locked_out_across_processes_and_the_lock_decays(editor, monkeypatch):
    _fail_elsewhere("alice", int(auth.NAME_LIMIT))
    assert auth.locked_out("alice")
    assert not auth.check_login("alice", PASSWORD)  # the right password, but locked out
    assert auth.check_login("bob", PASSWORD)  # per name: bob is not locked
    later = auth._now() + 3 * auth.HALF_LIFE
    monkeypatch.setattr(auth, "_now", lambda: later)
    assert not auth.locked_out("alice")
    assert auth.check_login("alice", PASSWORD)


def test_many_names_lock_every_login_out(editor, monkeypatch):
    monkeypatch.setattr(auth, "GLOBAL_LIMIT", 3.0)
    for name in ("x", "y", "z"):
        assert not auth.check_login(name, "guess")
    assert not auth.check_login("alice", PASSWORD)


def test_attempts_are_logged_without_passwords(editor):
    assert not auth.check_login("alice", "a wrong secret")
    assert auth.check_login("alice", PASSWORD)
    log = (auth.state_dir() / "logins.log").read_text(encoding="utf-8")
    assert [line.split("\t")[1:] for line in log.splitlines()] == [["alice", "failed"], ["alice", "ok"]]
    assert "a wrong secret" not in log and PASSWORD not in log


def _app(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    return at.run()


MAINTENANCE = "pages/maintenance.py"


def _not_in_navigation(at: AppTest) -> None:
    """AppTest can only switch to pages the navigation registered."""
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(MAINTENANCE)


def test_the_page_itself_refuses_without_login(editor):
    """Even run directly (as a legacy pages/ deep link could), the page stops before any upload."""
    at = AppTest.from_file(str(Path(APP).parent / MAINTENANCE), default_timeout=60).run()
    assert any("仅供已登录的编辑" in e.value for e in at.error)
    assert not at.get("file_uploader")


def test_without_editors_maintenance_is_off(monkeypatch):
    monkeypatch.delenv("DASHBOARD_EDITORS", raising=False)
    at = _app()
    assert not at.exception
    assert not at.sidebar.caption  # the login box is built once opened
    at.session_state["login_box"] = True
    at.run()
    assert any("数据维护已关闭" in c.value for c in at.sidebar.caption)
    _not_in_navigation(at)


@pytest.mark.parametrize("query", [{}, {"_editor": "alice"}, {"editor": "alice"}, {"lang": "en", "_editor": "x"}])
def test_no_login_no_maintenance(editor, query):
    at = _app(query)
    assert not at.exception
    assert "_editor" not in at.session_state
    _not_in_navigation(at)


def test_logged_in_editor_gets_the_maintenance_page(editor):
    """The login form itself is driven in the real-browser test (tests/test_browser_access.py)."""
    at = _app()
    _not_in_navigation(at)
    at.session_state["_editor"] = "alice"
    at.run()
    at.switch_page(MAINTENANCE).run()
    assert not at.exception
    assert at.get("file_uploader")


def test_a_removed_editor_loses_access(editor, monkeypatch):
    at = _app()
    at.session_state["_editor"] = "alice"
    at.run()
    at.switch_page(MAINTENANCE).run()
    assert at.get("file_uploader")
    monkeypatch.setenv("DASHBOARD_EDITORS", f"bob={auth.hash_password(PASSWORD)}")
    at.run()
    assert not at.get("file_uploader")
    assert any("仅供已登录的编辑" in e.value for e in at.error) or not at.get("file_uploader")
