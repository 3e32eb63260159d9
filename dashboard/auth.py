"""Editors: salted password hashes (PBKDF2-SHA256), constant-time checks, throttled logins, signed tokens.

Names are normalised (NFKC, stripped, case-folded) and bounded (NAME_MAX, PASSWORD_MAX) before
anything is counted. Failed logins are counted in a small file shared by every server process
(data/.state/logins.json, under a file lock): per configured editor name, one bucket for every
other name, and over all names; the counts decay with a half-life. A configured name is locked
out while its own count is at the limit; failures of other names never lock an editor out: the
count over all names only makes failures wait longer. Every attempt is logged to
data/.state/logins.log (time, name, result; never a password). A login token (`issue_token`) is
the editor's name and an expiry signed with a server secret kept in the state folder.

The deployer configures editors as `name = "<hash>"` under [editors] in .streamlit/secrets.toml,
or in the environment variable DASHBOARD_EDITORS="name=<hash>;other=<hash>". The hash comes from
`python -m dashboard hash-password`. No password is ever stored in clear.
"""

from __future__ import annotations

import base64
import fcntl
import hashlib
import hmac
import json
import os
import secrets
import sys
import time
import unicodedata
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from dashboard import config

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
HALF_LIFE = 1800.0  # seconds: a failure counts half after half an hour
NAME_LIMIT = 5.0  # failures (decayed) that lock one editor name out
GLOBAL_LIMIT = 30.0  # failures (decayed) over all names past which every failure waits MAX_DELAY
MAX_DELAY = 5.0
NAME_MAX = 64  # characters of a normalised name
PASSWORD_MAX = 256  # characters of a password
STATE_MAX_BYTES = 64 * 1024  # a larger logins.json is not ours (an older version's): start afresh
TOKEN_TTL = 12 * 3600.0  # seconds a login token is valid
TOKEN_MAX = 1024  # characters of a token worth checking
STRANGER = "other"  # the one bucket of every name that is not a configured editor
_sleep = time.sleep  # replaced in tests to record the delays
_now = time.time  # replaced in tests to let time pass


def hash_password(password: str, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """'pbkdf2_sha256$600000$<salt>$<hash>' for a password, with a fresh random salt."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    b64 = base64.b64encode
    return f"{ALGORITHM}${iterations}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, encoded: str) -> bool:
    """Whether the password matches the stored hash (compared in constant time)."""
    try:
        algorithm, iterations, salt, expected = encoded.split("$")
        if algorithm != ALGORITHM:
            return False
        digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), base64.b64decode(salt),
                                     int(iterations))
        return hmac.compare_digest(base64.b64encode(digest).decode(), expected)
    except (ValueError, TypeError):
        return False


def normalise(name: str) -> str:
    """A login name as it is compared and counted: NFKC, no surrounding space, case-folded."""
    return unicodedata.normalize("NFKC", name).strip().casefold()


def input_problem(name: str, password: str, lang: str = "zh") -> str | None:
    """Why a login form cannot be checked (empty or too long), in the reader's language; else None."""
    zh, en = None, None
    if len(name) > 4 * NAME_MAX or len(normalise(name)) > NAME_MAX:
        zh, en = (f"账号过长（最多 {NAME_MAX} 个字符）。",
                  f"The name is too long (at most {NAME_MAX} characters).")
    elif len(password) > PASSWORD_MAX:
        zh, en = (f"密码过长（最多 {PASSWORD_MAX} 个字符）。",
                  f"The password is too long (at most {PASSWORD_MAX} characters).")
    elif not normalise(name) or not password:
        zh, en = "请填写账号和密码。", "Enter a name and a password."
    if zh is None:
        return None
    return en if lang == "en" else zh


def editor_of(name: str, editors: dict[str, str] | None = None) -> str | None:
    """The configured editor name a typed name stands for (after normalising), or None."""
    editors = configured_editors() if editors is None else editors
    if len(name) > 4 * NAME_MAX:
        return None
    wanted = normalise(name)
    return next((k for k in editors if normalise(k) == wanted), None)


def configured_editors() -> dict[str, str]:
    """Editor name -> password hash, from DASHBOARD_EDITORS or the [editors] secrets table."""
    env = os.environ.get("DASHBOARD_EDITORS", "").strip()
    if env:
        pairs = (item.split("=", 1) for item in env.split(";") if "=" in item)
        return {name.strip(): value.strip() for name, value in pairs}
    try:
        import streamlit as st

        return {str(k): str(v) for k, v in st.secrets.get("editors", {}).items()}
    except Exception:  # no secrets file: no editors
        return {}


def state_dir() -> Path:
    """Where the login counts and log live (DASHBOARD_STATE_DIR, else data/.state)."""
    return Path(os.environ.get("DASHBOARD_STATE_DIR") or config.DATA_DIR / ".state")


@contextmanager
def _counts():
    """The shared failure counts, read and written under an exclusive file lock."""
    folder = state_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "logins.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        path = folder / "logins.json"
        try:
            small = path.exists() and path.stat().st_size <= STATE_MAX_BYTES
            counts = json.loads(path.read_text(encoding="utf-8")) if small else {}
        except (ValueError, OSError):
            counts = {}
        if not isinstance(counts, dict):
            counts = {}
        yield counts
        now = _now()
        counts = {k: v for k, v in counts.items() if _decayed(v, now) >= 0.01}
        tmp = path.with_name("logins.json.tmp")
        tmp.write_text(json.dumps(counts), encoding="utf-8")
        os.replace(tmp, path)


def _decayed(entry: list | None, now: float) -> float:
    if not entry:
        return 0.0
    score, at = entry
    return score * 0.5 ** (max(0.0, now - at) / HALF_LIFE)


def _bump(counts: dict, key: str, by: float, now: float) -> float:
    score = max(0.0, _decayed(counts.get(key), now) + by)
    counts[key] = [score, now]
    return score


def _locked(counts: dict, key: str, now: float) -> bool:
    """A configured name at its limit (LIMIT failures in a row lock even though the earliest have
    decayed a little). The other names' bucket and the count over all names never lock."""
    return key != _key(None) and _decayed(counts.get(key), now) > NAME_LIMIT - 0.5


def _key(editor: str | None) -> str:
    """The counter of a configured editor's name, or the one bucket of every other name."""
    return "name:" + (normalise(editor) if editor else STRANGER)


def _log(name: str, result: str) -> None:
    """One line per attempt: time, name (cleaned, shortened), result. Never a password."""
    clean = "".join(ch if ch.isprintable() and ch not in "\t" else "?" for ch in name[:NAME_MAX])
    line = f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}\t{clean}\t{result}\n"
    try:
        state_dir().mkdir(parents=True, exist_ok=True)
        with open(state_dir() / "logins.log", "a", encoding="utf-8") as f:
            f.write(line)
    except OSError:
        sys.stderr.write("login " + line)


def log_refused(name: str) -> None:
    """Log a login form refused for its input (too long, empty): nothing counted, nothing hashed."""
    _log(name, "refused")


def locked_out(name: str) -> bool:
    """Whether logins for this configured editor name are locked out now (other names never are)."""
    try:
        with _counts() as counts:
            return _locked(counts, _key(editor_of(name)), _now())
    except OSError:
        return False


def check_login(name: str, password: str, editors: dict[str, str] | None = None) -> bool:
    """True for a configured editor with the right password, unless that name is locked out.
    A failure counts at once (parallel tries see it) and waits longer each time, and longest while
    failures over all names are many; failures of other names never refuse an editor."""
    editors = configured_editors() if editors is None else editors
    if input_problem(name, password):
        _log(name, "refused")
        _sleep(1.0)
        return False
    editor = editor_of(name, editors)
    key = _key(editor)
    try:
        with _counts() as counts:
            now = _now()
            if _locked(counts, key, now):
                _log(name, "locked")
                return False
            _bump(counts, key, 1, now)  # counted before the check: parallel tries see it
            _bump(counts, "global", 1, now)
    except OSError:  # no writable state folder: fall back to the delay alone
        pass
    # Always run one hash, so a wrong name takes as long as a wrong password.
    encoded = editors[editor] if editor else hash_password("unused", b"0" * 16, ITERATIONS)
    ok = verify_password(password, encoded) and editor is not None
    score = 1.0
    try:
        with _counts() as counts:
            now = _now()
            if ok:
                counts.pop(key, None)
                _bump(counts, "global", -1, now)
            else:
                crowded = _decayed(counts.get("global"), now) > GLOBAL_LIMIT - 0.5
                score = MAX_DELAY if crowded else _decayed(counts.get(key), now)
    except OSError:
        pass
    _log(name, "ok" if ok else "failed")
    if not ok:
        _sleep(round(min(MAX_DELAY, max(1.0, score)), 1))
    return ok


def _secret() -> bytes:
    """The server's token key (32 random bytes in the state folder, mode 0600, made on first use)."""
    folder = state_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "token.key"
    try:
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    except FileNotFoundError:
        pass
    tmp = folder / f"token.key.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, secrets.token_bytes(32))
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # atomic, and never replaces a key another process made first
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return path.read_bytes()


def _signature(payload: str, encoded_hash: str) -> str:
    """HMAC of the payload, keyed by the server secret and bound to the editor's password hash
    (a changed password ends every token issued before)."""
    mac = hmac.new(_secret(), (payload + "|" + encoded_hash).encode("utf-8"), hashlib.sha256)
    return base64.urlsafe_b64encode(mac.digest()).decode().rstrip("=")


def issue_token(name: str, ttl: float = TOKEN_TTL) -> str:
    """A signed login token for a configured editor: '<payload>.<signature>', payload = name, expiry."""
    editors = configured_editors()
    editor = editor_of(name, editors)
    if editor is None:
        raise ValueError("not a configured editor")
    body = json.dumps({"n": editor, "e": int(_now() + ttl)}, ensure_ascii=False, separators=(",", ":"))
    payload = base64.urlsafe_b64encode(body.encode("utf-8")).decode().rstrip("=")
    return f"{payload}.{_signature(payload, editors[editor])}"


def token_editor(token: str | None) -> str | None:
    """The configured editor a token was issued to, if its signature holds and it has not expired."""
    if not token or len(token) > TOKEN_MAX or token.count(".") != 1:
        return None
    payload, signature = token.split(".")
    try:
        body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        name, expires = str(body["n"]), float(body["e"])
    except (ValueError, TypeError, KeyError):
        return None
    editors = configured_editors()
    if name not in editors or expires < _now():
        return None
    expected = _signature(payload, editors[name])
    return name if hmac.compare_digest(signature.encode("utf-8"), expected.encode("utf-8")) else None
