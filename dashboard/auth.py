"""Editors: salted password hashes (PBKDF2-SHA256), constant-time checks, a delay after failures.

The deployer configures editors as `name = "<hash>"` under [editors] in .streamlit/secrets.toml,
or in the environment variable DASHBOARD_EDITORS="name=<hash>;other=<hash>". The hash comes from
`python -m dashboard hash-password`. No password is ever stored in clear.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import threading
import time

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
_failures: dict[str, int] = {}
_sleep = time.sleep  # replaced in tests to record the delays
_failures_lock = threading.Lock()


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


def check_login(name: str, password: str, editors: dict[str, str] | None = None) -> bool:
    """True for a configured editor with the right password; each failure waits longer (max 5 s)."""
    editors = configured_editors() if editors is None else editors
    # Always run one hash, so a wrong name takes as long as a wrong password.
    encoded = editors.get(name) or hash_password("unused", b"0" * 16, ITERATIONS)
    ok = verify_password(password, encoded) and name in editors
    with _failures_lock:
        if ok:
            _failures.pop(name, None)
            return True
        _failures[name] = _failures.get(name, 0) + 1
        delay = min(5.0, 1.0 * _failures[name])
    _sleep(delay)
    return False
