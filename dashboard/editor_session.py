"""The login cookie: a login's one-time nonce exchanged at /_editor/session for a signed HttpOnly cookie.

Streamlit cannot set an HttpOnly cookie from a script, and a session id travels in the clear (upload
URLs carry it), so editor privileges hang on a cookie the browser holds, not on the session: a
successful login stores a nonce (state folder, single use, NONCE_TTL seconds) and sends the browser
to /_editor/session?nonce=…; this endpoint (ASGI middleware installed by `dashboard serve`) sets the
cookie (auth.issue_token: HttpOnly, SameSite=Strict, Secure over https) and redirects to the
maintenance page. /_editor/logout clears it. Every run that can write checks the cookie the session's
websocket opened with (login.current_editor): a session resumed by its id alone is a viewer's.
"""

from __future__ import annotations

import asyncio
import fcntl
import hashlib
import json
import os
import secrets
import time
from contextlib import contextmanager
from urllib.parse import parse_qs, quote

from dashboard import auth, site_pages

COOKIE = "dashboard_editor"
PREFIX = "_editor"  # /_editor/session and /_editor/logout (below the app's base path)
NONCE_TTL = 60.0  # seconds a login's nonce may be exchanged for the cookie
NONCE_KEEP = 64  # pending nonces kept at most (only successful logins make one)
NONCE_MAX = 128  # characters of a nonce worth looking up
SERVING = False  # True once this process serves the endpoint (set by the middleware)
_now = time.time  # replaced in tests to let time pass


def _digest(nonce: str) -> str:
    """Nonces are kept hashed: the state file alone does not let anyone in."""
    return hashlib.sha256(nonce.encode("utf-8")).hexdigest()


@contextmanager
def _pending():
    """The pending nonces (digest -> [editor, expiry]), read and written under a file lock."""
    folder = auth.state_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "nonces.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        path = folder / "nonces.json"
        try:
            pending = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        except (ValueError, OSError):
            pending = {}
        if not isinstance(pending, dict):
            pending = {}
        yield pending
        now = _now()
        kept = sorted(((k, v) for k, v in pending.items() if isinstance(v, list) and len(v) == 2
                       and isinstance(v[1], (int, float)) and v[1] >= now), key=lambda kv: kv[1])
        tmp = folder / f"nonces.json.{os.getpid()}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(dict(kept[-NONCE_KEEP:]), f)
        os.replace(tmp, path)


def issue_nonce(editor: str) -> str:
    """A one-time nonce for a configured editor who has just logged in (valid NONCE_TTL seconds)."""
    if auth.editor_of(editor) != editor:
        raise ValueError("not a configured editor")
    nonce = secrets.token_urlsafe(32)
    with _pending() as pending:
        pending[_digest(nonce)] = [editor, _now() + NONCE_TTL]
    return nonce


def redeem_nonce(nonce: str | None) -> str | None:
    """The editor a nonce was issued to, once: unknown, used, expired or removed editors give None."""
    if not nonce or len(nonce) > NONCE_MAX:
        return None
    with _pending() as pending:
        entry = pending.pop(_digest(nonce), None)
    if not entry or entry[1] < _now():
        return None
    editor = str(entry[0])
    return editor if auth.editor_of(editor) == editor else None


def root(base: str = "") -> str:
    """The app's root path ("/" or "/<base>/")."""
    return "/" + base.strip("/") + "/" if base.strip("/") else "/"


def session_url(nonce: str, lang: str, base: str = "") -> str:
    """Where the browser exchanges a login's nonce for the cookie."""
    return f"{root(base)}{PREFIX}/session?nonce={quote(nonce)}" + ("&lang=en" if lang == "en" else "")


def logout_url(lang: str, base: str = "") -> str:
    """Where the browser drops the cookie."""
    return f"{root(base)}{PREFIX}/logout" + ("?lang=en" if lang == "en" else "")


def cookie_header(value: str, base: str = "", secure: bool = False, max_age: int | None = None) -> str:
    """The Set-Cookie value of the login cookie (an empty value with Max-Age=0 clears it)."""
    age = int(auth.TOKEN_TTL) if max_age is None else max_age
    parts = [f"{COOKIE}={value}", f"Path={root(base)}", f"Max-Age={age}", "HttpOnly", "SameSite=Strict"]
    return "; ".join(parts + (["Secure"] if secure else []))


def _editors_page() -> str:
    """The url path of the page an editor lands on after logging in."""
    return next(p.path for p in site_pages.PAGES if p.editor_only)


def answer(path: str, query: str, base: str = "", secure: bool = False) -> tuple[str, list[str]] | None:
    """(redirect target, Set-Cookie values) for a request of the endpoint; None for any other path."""
    top = root(base)
    try:
        args = parse_qs(query[:1024], max_num_fields=4)
    except ValueError:  # more fields than the endpoint ever gets
        args = {}
    lang = "?lang=en" if args.get("lang") == ["en"] else ""
    if path == f"{top}{PREFIX}/session":
        try:
            editor = redeem_nonce((args.get("nonce") or [""])[0])
        except OSError:  # no readable state folder: no cookie
            editor = None
        if editor is None:
            return top + lang, []
        return top + _editors_page() + lang, [cookie_header(auth.issue_token(editor), base, secure)]
    if path == f"{top}{PREFIX}/logout":
        return top + lang, [cookie_header("", base, secure, max_age=0)]
    return None


class EditorSession:
    """ASGI middleware: /_editor/session and /_editor/logout (GET) set or clear the login cookie."""

    def __init__(self, app, base: str = ""):
        global SERVING
        self.app = app
        self.base = base
        SERVING = True

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and f"/{PREFIX}/" in scope.get("path", ""):
            headers = dict(scope.get("headers") or [])
            secure = scope.get("scheme") == "https" or headers.get(b"x-forwarded-proto") == b"https"
            result = None
            if scope.get("method") == "GET":
                # A file lock and a key file: off the event loop.
                result = await asyncio.to_thread(answer, scope.get("path", ""),
                                                 scope.get("query_string", b"").decode("latin-1"),
                                                 self.base, secure)
            if result is not None:
                target, cookies = result
                await send({"type": "http.response.start", "status": 303,
                            "headers": [(b"location", target.encode("latin-1")),
                                        (b"cache-control", b"no-store"), (b"content-length", b"0"),
                                        *((b"set-cookie", c.encode("latin-1")) for c in cookies)]})
                await send({"type": "http.response.body", "body": b""})
                return
        await self.app(scope, receive, send)
