"""Editors: salted password hashes (PBKDF2-SHA256), constant-time checks, throttled logins.

Failed logins are counted per editor name and globally in a small file shared by every server
process (data/.state/logins.json, under a file lock); the counts decay with a half-life, a name
(or everyone) is locked out while its count is at the limit, and every attempt is logged to
data/.state/logins.log (time, name, result; never a password).

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
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from dashboard import config

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
HALF_LIFE = 1800.0  # seconds: a failure counts half after half an hour
NAME_LIMIT = 5.0  # failures (decayed) that lock one editor name out
GLOBAL_LIMIT = 30.0  # failures (decayed) over all names that lock every login out
MAX_DELAY = 5.0
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
            counts = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        except (ValueError, OSError):
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
    """At a limit: LIMIT failures in a row lock even though the earliest have decayed a little."""
    return (_decayed(counts.get(key), now) > NAME_LIMIT - 0.5
            or _decayed(counts.get("global"), now) > GLOBAL_LIMIT - 0.5)


def _log(name: str, result: str) -> None:
    """One line per attempt: time, name (cleaned, shortened), result. Never a password."""
    clean = "".join(ch if ch.isprintable() and ch not in "\t" else "?" for ch in name)[:64]
    line = f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}\t{clean}\t{result}\n"
    try:
        with open(state_dir() / "logins.log", "a", encoding="utf-8") as f:
            f.write(line)
    except OSError:
        sys.stderr.write("login " + line)


def locked_out(name: str) -> bool:
    """Whether logins for this name (or all logins) are locked out now."""
    try:
        with _counts() as counts:
            now = _now()
            return _locked(counts, "name:" + name, now)
    except OSError:
        return False


def check_login(name: str, password: str, editors: dict[str, str] | None = None) -> bool:
    """True for a configured editor with the right password, unless the name or every login is
    locked out. A failure counts at once (parallel tries see it) and waits longer each time."""
    editors = configured_editors() if editors is None else editors
    key = "name:" + name
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
    encoded = editors.get(name) or hash_password("unused", b"0" * 16, ITERATIONS)
    ok = verify_password(password, encoded) and name in editors
    score = 1.0
    try:
        with _counts() as counts:
            now = _now()
            if ok:
                counts.pop(key, None)
                _bump(counts, "global", -1, now)
            else:
                score = _decayed(counts.get(key), now)
    except OSError:
        pass
    _log(name, "ok" if ok else "failed")
    if not ok:
        _sleep(round(min(MAX_DELAY, max(1.0, score)), 1))
    return ok
