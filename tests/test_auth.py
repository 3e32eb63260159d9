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


def test_made_up_names_never_lock_an_editor_out_they_slow_failures(editor, monkeypatch):
    """Issue 26.2: thirty failures under made-up names used to lock every login out; forty now
    leave the editor with the right password in at the first try."""
    monkeypatch.setattr(auth, "ITERATIONS", 1000)  # the stand-in hash of unknown names: faster
    for n in range(40):
        assert not auth.check_login(f"stranger{n}", "guess")
    assert editor[-1] == auth.MAX_DELAY  # many failures over all names: each waits the longest
    assert not auth.locked_out("alice") and not auth.locked_out("stranger1")
    assert auth.check_login("alice", PASSWORD)
    assert not auth.check_login("bob", "wrong")
    assert editor[-1] == auth.MAX_DELAY


def test_login_state_stays_small_whatever_names_are_typed(editor, monkeypatch):
    """Issue 26.1: each 8 MiB name used to become a key of logins.json."""
    monkeypatch.setattr(auth, "ITERATIONS", 1000)
    huge = "x" * (4 * 1024 * 1024)
    for n in range(10):
        assert not auth.check_login(huge + str(n), "guess")
    for n in range(100):
        assert not auth.check_login(f"made-up-{n}", "guess")
    state = auth.state_dir() / "logins.json"
    assert state.stat().st_size < 1024
    assert (auth.state_dir() / "logins.log").stat().st_size < 64 * 1024
    assert auth.check_login("alice", PASSWORD)


def test_names_are_normalised_before_they_are_counted(editor):
    for spelling in ("Alice", " alice ", "ＡＬＩＣＥ", "ALICE", "alice"):
        assert not auth.check_login(spelling, "wrong")
    assert auth.locked_out("alice") and auth.locked_out("ＡＬＩＣＥ")
    assert not auth.check_login("alice", PASSWORD)
    assert auth.check_login("Bob", PASSWORD) and auth.editor_of(" ＢＯＢ ") == "bob"


@pytest.mark.parametrize(("name", "password", "zh", "en"), [
    ("a" * 65, PASSWORD, "账号过长", "name is too long"),
    ("ａ" * 65, PASSWORD, "账号过长", "name is too long"),
    ("alice", "p" * 257, "密码过长", "password is too long"),
    ("  ", PASSWORD, "请填写账号和密码", "Enter a name"),
    ("alice", "", "请填写账号和密码", "Enter a name"),
])
def test_input_problem_names_the_limit(name, password, zh, en):
    assert zh in auth.input_problem(name, password, "zh")
    assert en in auth.input_problem(name, password, "en")


def test_input_within_the_limits_is_checked(editor):
    assert auth.input_problem(" " + "a" * 64 + " ", "p" * 256, "en") is None
    assert not auth.check_login("alice", PASSWORD + "p" * 300)  # refused before any hash
    assert auth.check_login("alice", PASSWORD)


def test_a_token_names_its_editor_until_it_expires(editor, monkeypatch):
    token = auth.issue_token(" Alice ")
    assert auth.token_editor(token) == "alice"
    key = auth.state_dir() / "token.key"
    assert key.stat().st_mode & 0o777 == 0o600 and len(key.read_bytes()) == 32
    later = auth._now() + auth.TOKEN_TTL + 1
    monkeypatch.setattr(auth, "_now", lambda: later)
    assert auth.token_editor(token) is None


def test_a_forged_or_stale_token_names_no_one(editor, monkeypatch):
    token = auth.issue_token("alice")
    payload, signature = token.split(".")
    import base64
    import json

    forged = base64.urlsafe_b64encode(json.dumps({"n": "bob", "e": 9e12}).encode()).decode().rstrip("=")
    for bad in (None, "", "x", "a.b", f"{forged}.{signature}", f"{payload}.{signature[:-2]}AA",
                f"{payload}.非ASCII", token + "." + signature, "a" * 5000 + "." + signature):
        assert auth.token_editor(bad) is None, bad
    monkeypatch.setenv("DASHBOARD_EDITORS", f"alice={auth.hash_password('new password')};bob={HASH}")
    assert auth.token_editor(token) is None  # a changed password ends the tokens issued before
    monkeypatch.setenv("DASHBOARD_EDITORS", f"bob={HASH}")
    assert auth.token_editor(token) is None  # a removed editor
    with pytest.raises(ValueError):
        auth.issue_token("mallory")


def test_another_servers_secret_does_not_sign(editor, monkeypatch, tmp_path):
    token = auth.issue_token("alice")
    monkeypatch.setenv("DASHBOARD_STATE_DIR", str(tmp_path / "other-state"))
    assert auth.token_editor(token) is None


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


def _with_login_cookie(monkeypatch) -> None:
    """This session's websocket carried alice's login cookie (AppTest itself cannot send cookies)."""
    from dashboard import login

    token = auth.issue_token("alice")
    monkeypatch.setattr(login, "_cookie_token", lambda: token)


def test_logged_in_editor_gets_the_maintenance_page(editor, monkeypatch):
    """The login form itself is driven in the real-browser test (tests/test_browser_access.py);
    the cookie's own tests are in tests/test_editor_cookie.py."""
    at = _app()
    _not_in_navigation(at)
    at.session_state["_editor"] = "alice"
    at.run()
    _not_in_navigation(at)  # session state alone is not a login
    _with_login_cookie(monkeypatch)
    at.run()
    at.switch_page(MAINTENANCE).run()
    assert not at.exception
    assert at.get("file_uploader")


def test_a_removed_editor_loses_access(editor, monkeypatch):
    _with_login_cookie(monkeypatch)
    at = _app()
    at.run()
    at.switch_page(MAINTENANCE).run()
    assert at.get("file_uploader")
    monkeypatch.setenv("DASHBOARD_EDITORS", f"bob={auth.hash_password(PASSWORD)}")
    at.run()
    assert not at.exception and not at.get("file_uploader")
    _not_in_navigation(at)  # the page left the menu: the run fell back to the overview
