"""The editors' login cookie: one-time nonces, the /_editor endpoint, the cookie's flags, the guard."""

from __future__ import annotations

import asyncio
import base64
import json
import re
import subprocess
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import auth, config, editor_session, login

APP = str(Path(__file__).resolve().parents[1] / "app.py")
MAINTENANCE = "pages/maintenance.py"
PASSWORD = "correct horse battery"
HASH = auth.hash_password(PASSWORD, iterations=1000)


@pytest.fixture
def editor(monkeypatch, tmp_path):
    """Two configured editors (alice, bob), no waiting on failures, a scratch state dir."""
    monkeypatch.setenv("DASHBOARD_EDITORS", f"alice={HASH};bob={HASH}")
    monkeypatch.setenv("DASHBOARD_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setattr(auth, "_sleep", lambda s: None)
    monkeypatch.setattr(auth, "ITERATIONS", 1000)


def _asgi(path: str, query: str = "", method: str = "GET", headers: list | None = None,
          scheme: str = "http", base: str = "") -> tuple[int | None, dict[bytes, list[bytes]], bool]:
    """One request through the middleware: (status, response headers, whether Streamlit got it)."""
    passed = []
    sent: list[dict] = []

    async def streamlit(scope, receive, send):
        passed.append(scope["path"])

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path, "query_string": query.encode(),
             "headers": headers or [], "scheme": scheme}
    asyncio.run(editor_session.EditorSession(streamlit, base=base)(scope, None, send))
    if not sent:
        return None, {}, bool(passed)
    out: dict[bytes, list[bytes]] = {}
    for k, v in sent[0]["headers"]:
        out.setdefault(k, []).append(v)
    return sent[0]["status"], out, bool(passed)


def _cookie_of(headers: dict[bytes, list[bytes]]) -> dict[str, str]:
    """The login cookie's value and attributes from Set-Cookie headers (attribute names lower-cased)."""
    (raw,) = [c.decode() for c in headers.get(b"set-cookie", []) if c.startswith(editor_session.COOKIE.encode())]
    first, *attrs = [p.strip() for p in raw.split(";")]
    out = {"value": first.split("=", 1)[1]}
    for a in attrs:
        k, _, v = a.partition("=")
        out[k.lower()] = v
    return out


def test_a_nonce_is_exchanged_once_for_an_httponly_strict_cookie(editor):
    nonce = editor_session.issue_nonce("alice")
    status, headers, passed = _asgi("/_editor/session", f"nonce={nonce}")
    assert status == 303 and not passed
    assert headers[b"location"] == [b"/maintenance"]
    assert headers[b"cache-control"] == [b"no-store"]
    cookie = _cookie_of(headers)
    assert {"httponly", "samesite", "path", "max-age"} <= set(cookie) and "secure" not in cookie
    assert cookie["samesite"] == "Strict" and cookie["path"] == "/"
    assert int(cookie["max-age"]) == int(auth.TOKEN_TTL)
    assert auth.token_editor(cookie["value"]) == "alice"
    # Single use: the same nonce again gets no cookie, and lands on the overview.
    status, headers, _ = _asgi("/_editor/session", f"nonce={nonce}")
    assert status == 303 and headers[b"location"] == [b"/"] and b"set-cookie" not in headers


def test_the_cookie_is_secure_over_https_and_under_a_base_path(editor):
    nonce = editor_session.issue_nonce("bob")
    status, headers, _ = _asgi("/dash/_editor/session", f"nonce={nonce}&lang=en",
                               headers=[(b"x-forwarded-proto", b"https")], base="dash")
    assert headers[b"location"] == [b"/dash/maintenance?lang=en"]
    cookie = _cookie_of(headers)
    assert "secure" in cookie and cookie["path"] == "/dash/"
    assert auth.token_editor(cookie["value"]) == "bob"
    nonce = editor_session.issue_nonce("bob")
    assert "secure" in _cookie_of(_asgi("/_editor/session", f"nonce={nonce}", scheme="https")[1])


@pytest.mark.parametrize("query", ["", "nonce=", "nonce=made-up", "nonce=" + "x" * 5000,
                                   "nonce=a&nonce=b", "lang=en", "&".join(["a=1"] * 9), "nonce=%ZZ"])
def test_a_wrong_nonce_gets_no_cookie(editor, query):
    editor_session.issue_nonce("alice")
    status, headers, passed = _asgi("/_editor/session", query)
    assert status == 303 and not passed and b"set-cookie" not in headers


def test_an_expired_nonce_or_a_removed_editor_gets_no_cookie(editor, monkeypatch):
    late = editor_session.issue_nonce("alice")
    gone = editor_session.issue_nonce("bob")
    later = editor_session._now() + editor_session.NONCE_TTL + 1
    monkeypatch.setattr(editor_session, "_now", lambda: later)
    assert editor_session.redeem_nonce(late) is None
    monkeypatch.setattr(editor_session, "_now", lambda: later - editor_session.NONCE_TTL)
    monkeypatch.setenv("DASHBOARD_EDITORS", f"alice={HASH}")
    assert editor_session.redeem_nonce(gone) is None
    with pytest.raises(ValueError):
        editor_session.issue_nonce("mallory")


def test_nonces_are_kept_hashed_and_bounded(editor):
    nonces = [editor_session.issue_nonce("alice") for _ in range(editor_session.NONCE_KEEP + 20)]
    path = auth.state_dir() / "nonces.json"
    text = path.read_text(encoding="utf-8")
    assert not any(n in text for n in nonces)
    assert len(json.loads(text)) == editor_session.NONCE_KEEP
    assert path.stat().st_mode & 0o777 == 0o600
    assert editor_session.redeem_nonce(nonces[0]) is None  # the oldest made room
    assert editor_session.redeem_nonce(nonces[-1]) == "alice"


def test_logout_clears_the_cookie(editor):
    status, headers, passed = _asgi("/_editor/logout", "lang=en")
    assert status == 303 and not passed and headers[b"location"] == [b"/?lang=en"]
    cookie = _cookie_of(headers)
    assert cookie["value"] == "" and cookie["max-age"] == "0" and "httponly" in cookie


@pytest.mark.parametrize(("path", "method"), [("/_editor/other", "GET"), ("/_editor/session", "POST"),
                                              ("/overview", "GET"), ("/_stcore/health", "GET")])
def test_other_requests_go_on_to_streamlit(editor, path, method):
    assert _asgi(path, method=method) == (None, {}, True)


def test_served_middleware_puts_the_endpoint_first():
    from dashboard import page_shell

    assert page_shell.middleware()[0].cls is editor_session.EditorSession


# --- The guard: the cookie, not the session, makes an editor -------------------------------------

def _app(monkeypatch, token: str | None) -> AppTest:
    """The app in AppTest (which cannot send cookies) with `token` as this session's login cookie."""
    monkeypatch.setattr(login, "_cookie_token", lambda: token, raising=False)  # (False: runs on old code)
    return AppTest.from_file(APP, default_timeout=60)


def _no_maintenance(at: AppTest) -> None:
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(MAINTENANCE)


def test_session_state_without_the_cookie_is_a_viewer(editor, monkeypatch):
    """Issue 26.3: a session whose state says editor (as a resumed session's does) but whose
    websocket carried no login cookie gets neither the menu entry nor the page."""
    at = _app(monkeypatch, None)
    at.session_state["_editor"] = "alice"
    at.run()
    assert not at.exception
    _no_maintenance(at)
    page = AppTest.from_file(str(Path(APP).parent / MAINTENANCE), default_timeout=60)
    page.session_state["_editor"] = "alice"
    page.run()
    assert any("仅供已登录的编辑" in e.value for e in page.error) and not page.get("file_uploader")


@pytest.mark.parametrize("bad", ["forged", "expired", "other-server", "logged-out"])
def test_a_forged_expired_or_logged_out_cookie_is_a_viewer(editor, monkeypatch, tmp_path, bad):
    token = auth.issue_token("alice")
    if bad == "forged":
        payload = base64.urlsafe_b64encode(json.dumps({"n": "alice", "e": 9e12}).encode()).decode()
        token = payload.rstrip("=") + "." + token.split(".")[1]
    elif bad == "expired":
        token = auth.issue_token("alice", ttl=-1)
    elif bad == "other-server":
        monkeypatch.setenv("DASHBOARD_STATE_DIR", str(tmp_path / "other"))
    at = _app(monkeypatch, token)
    if bad == "logged-out":
        at.session_state["_logged_out"] = token
    at.session_state["_editor"] = "alice"
    at.run()
    assert not at.exception
    _no_maintenance(at)


def test_a_valid_cookie_gets_the_maintenance_page_until_the_password_changes(editor, monkeypatch):
    at = _app(monkeypatch, auth.issue_token(" ALICE "))
    at.run()
    at.switch_page(MAINTENANCE).run()
    assert not at.exception and at.get("file_uploader")
    assert at.session_state["_editor"] == "alice"  # the configured spelling
    monkeypatch.setenv("DASHBOARD_EDITORS", f"alice={auth.hash_password('new', iterations=1000)}")
    at.run()
    assert not at.exception and not at.get("file_uploader")
    _no_maintenance(at)


# --- The login form --------------------------------------------------------------------------------

def _login_form(monkeypatch, token: str | None = None) -> AppTest:
    monkeypatch.setattr(editor_session, "SERVING", True)
    at = _app(monkeypatch, token)
    at.session_state["login_box"] = True
    return at.run()


def _submit(at: AppTest, name: str, password: str) -> AppTest:
    """Fill and send the form; set_value, not input: past max_chars, as a client other than the
    browser's form can."""
    at.text_input(key="login_name").set_value(name)
    at.text_input(key="login_password").set_value(password)
    return at.sidebar.button[0].click().run()


def test_the_form_is_bounded(editor, monkeypatch):
    at = _login_form(monkeypatch)
    assert at.text_input(key="login_name").max_chars == auth.NAME_MAX
    assert at.text_input(key="login_password").max_chars == auth.PASSWORD_MAX


def test_a_login_sends_the_browser_to_the_endpoint_with_a_nonce(editor, monkeypatch):
    at = _submit(_login_form(monkeypatch), " Alice ", PASSWORD)
    assert not at.exception
    assert at.session_state["_editor"] == "alice"  # the configured spelling, not the typed one
    (script,) = [h.proto.body for h in at.get("html") if "_editor/session" in h.proto.body]
    nonce = re.search(r"nonce=([\w-]+)", script).group(1)
    assert "location.replace" in script
    _no_maintenance(at)  # the session alone is still a viewer until the cookie comes back
    assert editor_session.redeem_nonce(nonce) == "alice"


def test_a_4_mib_name_through_the_form_is_cut_counted_small_and_quick(editor, monkeypatch):
    """Issue 26.1 through the widget: Streamlit cuts a value to max_chars on the server, so a 4 MiB
    name (sent past the browser's limit) is one made-up name of NAME_MAX characters."""
    import time

    at = _login_form(monkeypatch)
    start = time.perf_counter()
    for n in range(3):
        at = _submit(at, "x" * (4 * 1024 * 1024) + str(n), "guess")
    assert time.perf_counter() - start < 30  # the hash of three tries, no 4 MiB scans (sleeps are off)
    assert any("账号或密码错误" in e.value for e in at.sidebar.error)
    assert (auth.state_dir() / "logins.json").stat().st_size < 1024
    log = (auth.state_dir() / "logins.log").read_text(encoding="utf-8").splitlines()
    assert len(log) == 3 and all(len(line.split("\t")[1]) <= auth.NAME_MAX for line in log)
    assert "_editor" not in at.session_state


def test_a_wrong_password_gets_no_nonce(editor, monkeypatch):
    at = _submit(_login_form(monkeypatch), "alice", "wrong")
    assert any("账号或密码错误" in e.value for e in at.sidebar.error)
    assert not any("_editor/session" in h.proto.body for h in at.get("html"))
    assert not (auth.state_dir() / "nonces.json").exists()


def test_an_empty_form_gets_the_input_message_and_counts_nothing(editor, monkeypatch):
    at = _submit(_login_form(monkeypatch), "alice", "")
    assert any("请填写账号和密码" in e.value for e in at.sidebar.error)
    assert not (auth.state_dir() / "logins.json").exists()  # nothing counted
    assert "refused" in (auth.state_dir() / "logins.log").read_text(encoding="utf-8")


def test_without_the_endpoint_the_form_says_how_to_serve(editor, monkeypatch):
    monkeypatch.setattr(editor_session, "SERVING", False)
    at = _app(monkeypatch, None)
    at.session_state["login_box"] = True
    at.run()
    assert any("dashboard serve" in c.value for c in at.sidebar.caption)
    assert not at.get("text_input")


def test_logout_drops_the_session_and_sends_the_browser_to_clear_the_cookie(editor, monkeypatch):
    at = _login_form(monkeypatch, auth.issue_token("alice"))  # (AppTest loses clicks after switch_page)
    assert at.session_state["_editor"] == "alice"
    at.button(key="logout").click().run()
    assert not at.exception and "_editor" not in at.session_state
    assert any("_editor/logout" in h.proto.body for h in at.get("html"))
    at.run()  # the same websocket still sends the old cookie: it no longer counts
    _no_maintenance(at)


# --- nginx: no session ids in the access log ------------------------------------------------------

NGINX = Path("/usr/sbin/nginx")


def test_the_access_log_hides_session_ids_and_nonces(tmp_path):
    """Issue 26.3: upload URLs (/_stcore/upload_file/<session id>/<file id>) went to the access log."""
    assert NGINX.exists(), "nginx is missing: bash scripts/setup.sh installs it"
    from devtools.browser import free_port

    listen, upstream = free_port(), free_port()
    text = (config.ROOT / "deploy" / "nginx.conf.template").read_text(encoding="utf-8")
    text = text.replace("@LISTEN@", f"127.0.0.1:{listen}").replace("@RUN_DIR@", str(tmp_path))
    text = text.replace("@UPSTREAM_SERVERS@\n", f"        server 127.0.0.1:{upstream};\n")
    conf = tmp_path / "nginx.conf"
    conf.write_text(text, encoding="utf-8")
    args = [str(NGINX), "-p", str(tmp_path), "-e", str(tmp_path / "error.log"), "-c", str(conf)]
    check = subprocess.run([*args, "-t"], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr
    subprocess.run(args, check=True)
    import urllib.error
    import urllib.request

    session = "0f8e6c2a-1b7d-4e3f-9a5c-123456789abc"
    paths = [f"/_stcore/upload_file/{session}/file-1", f"/base/_stcore/upload_file/{session}/f?x=1",
             f"/_editor/session?nonce=secret-{session}", "/overview?lang=en"]
    try:
        for path in paths:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{listen}{path}", timeout=5)
            except urllib.error.HTTPError:
                pass  # 502: no upstream; the request is logged all the same
    finally:
        subprocess.run([*args, "-s", "stop"], check=False)
    log = (tmp_path / "access.log").read_text(encoding="utf-8")
    assert session not in log and "secret" not in log
    assert "/_stcore/upload_file/-/file-1" in log and "/_editor/session " in log
    assert "/overview?lang=en" in log  # other requests are logged as they came


def test_an_unwritable_state_folder_gives_a_message_not_a_crash(editor, monkeypatch, tmp_path):
    def unwritable(editor):
        raise PermissionError("read-only")

    monkeypatch.setattr(editor_session, "issue_nonce", unwritable)
    at = _submit(_login_form(monkeypatch), "alice", PASSWORD)
    assert not at.exception
    assert any("登录状态目录" in e.value for e in at.sidebar.error)
    monkeypatch.setattr(editor_session, "redeem_nonce", unwritable)
    status, headers, _ = _asgi("/_editor/session", "nonce=x")
    assert status == 303 and b"set-cookie" not in headers
