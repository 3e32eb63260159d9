"""Every use of Streamlit's private parts, in one place, checked against the pinned Streamlit version.

Touchpoints (each has a test in tests/test_internals.py; why each is kept: deploy/README.md):
- index_html / element_code: the frontend's index.html and its per-element code files (page shell);
- frontend_settings: the `window.__streamlit` setting that tells the frontend the app's base URL;
- install_middleware: Streamlit's Starlette middleware factory, extended with the app's own;
- router_off / legacy_pages_on: the legacy pages/ mode of PagesManager, switched off;
- run_streamlit: Streamlit's command line, called in this process (what its `streamlit` script runs);
- streamlit_runtime_running: whether a real Streamlit server (not AppTest's mock runtime) is running.
And kaleido's (tests in tests/test_kaleido_internals.py), checked against the pinned kaleido:
- tab_reusing_class: Kaleido._return_kaleido_tab overridden (keep a tab's page between renders),
  with Kaleido.tabs_ready and a tab's js_logger;
- open_more_tabs: Kaleido._create_kaleido_tab (open further tabs in the background);
- browser_pid / browser_running: Browser.subprocess (the browser's process).
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import json
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

from dashboard import config

# The package whose privates this module uses, and the message when the installed one differs.
PACKAGE = "streamlit"
MISMATCH = ("本看板按 streamlit {pinned} 编写，当前安装的是 {found}：请安装 requirements.txt 中的版本"
            "（pip install -r requirements.txt）。\n"
            "This dashboard is written for streamlit {pinned}, but {found} is installed: install the "
            "version in requirements.txt (pip install -r requirements.txt).")


def pinned_version(requirements: Path = config.ROOT / "requirements.txt") -> str | None:
    """The Streamlit version requirements.txt pins (streamlit==X.Y.Z), or None when it pins none."""
    found = re.search(rf"^{PACKAGE}==([\w.]+)\s*$", requirements.read_text(encoding="utf-8"), re.MULTILINE)
    return found.group(1) if found else None


def version_problem(installed: str | None = None) -> str | None:
    """A message in Chinese and English when the installed Streamlit is not the pinned one, else None."""
    import streamlit

    found = installed or streamlit.__version__
    pinned = pinned_version()
    return MISMATCH.format(pinned=pinned, found=found) if pinned and found != pinned else None


# --- The frontend's files ---------------------------------------------------------------------------

def static_dir() -> Path:
    """The folder holding Streamlit's built frontend (index.html, static/js/...)."""
    from streamlit import file_util

    return Path(file_util.get_static_dir())


@cache
def index_html() -> str:
    """The frontend's index.html as Streamlit ships it."""
    return (static_dir() / "index.html").read_text(encoding="utf-8")


@cache
def element_code(element: str) -> str | None:
    """The file name of an element type's code (static/js/<Type>.<hash>.js), None if this build has none."""
    found = sorted((static_dir() / "static" / "js").glob(f"{element}.*.js"))
    return found[0].name if found else None


def frontend_settings(root: str) -> str:
    """A script that tells the frontend its backend lives at the app's root (set before its code runs):
    it then opens its websocket there instead of first probing /<page>/_stcore/health."""
    return f"<script>window.__streamlit={{BACKEND_BASE_URL:location.origin+{json.dumps(root)}}};</script>"


# --- The server -------------------------------------------------------------------------------------

def install_middleware(extra: Callable[[], list]) -> None:
    """Put the middleware `extra()` gives (starlette Middleware entries, asked for when the server is
    built) in front of Streamlit's own, for every server started after this call; a second call
    changes nothing."""
    from streamlit.web.server.starlette import starlette_app

    original = starlette_app.create_streamlit_middleware
    if getattr(original, "_dashboard", False):
        return

    def middleware():
        return [*extra(), *original()]

    middleware._dashboard = True
    starlette_app.create_streamlit_middleware = middleware


def run_streamlit(argv: list[str]) -> int:
    """Streamlit's command line with these arguments (e.g. run app.py ...), in this process, so that
    what this process set up first (middleware, router) holds for the server it starts."""
    import sys

    from streamlit.web import cli

    sys.argv = ["streamlit", *argv]
    return cli.main()


def legacy_pages_on() -> bool:
    """Whether Streamlit still treats the folder pages/ as a legacy multipage app."""
    from streamlit.runtime.pages_manager import PagesManager

    return bool(PagesManager.uses_pages_directory)


def router_off() -> None:
    """Switch the legacy pages/ mode off for this process: every run goes through app.py's st.navigation.

    Until the main script has called st.navigation once in the process, a first request for /rankings
    on a fresh server would run pages/rankings.py directly, bypassing app.py (and widgets of that run
    get other ids than later runs, so a first form submission is lost).
    """
    from streamlit.runtime.pages_manager import PagesManager

    PagesManager.uses_pages_directory = False


def streamlit_runtime_running() -> bool:
    """True in a real Streamlit server; False in AppTest (its runtime is a mock) and outside Streamlit."""
    try:
        from streamlit.runtime import Runtime
    except ImportError:
        return False
    return type(Runtime._instance) is Runtime  # noqa: SLF001


# --- kaleido ---------------------------------------------------------------------------------------

KALEIDO_PINNED = "1.5.0"  # requirements.txt pins kaleido to this; the touchpoints were checked against it


class KaleidoVersionError(RuntimeError):
    """The installed kaleido is not the version whose private API this module was written for."""


def kaleido_installed_version() -> str:
    """The installed kaleido's version ('' when kaleido is not installed)."""
    try:
        return importlib.metadata.version("kaleido")
    except importlib.metadata.PackageNotFoundError:
        return ""


def kaleido_check_version(found: str | None = None) -> None:
    """Raise a clear message unless the installed kaleido is the pinned one."""
    found = kaleido_installed_version() if found is None else found
    if found != KALEIDO_PINNED:
        raise KaleidoVersionError(
            f"kaleido {found or '(not installed)'} is installed, but chart export uses private parts of "
            f"kaleido {KALEIDO_PINNED} (dashboard/internals.py): install the pinned version with "
            f"`pip install kaleido=={KALEIDO_PINNED}` (requirements.txt), or check every touchpoint listed "
            "in this module against the new version and update KALEIDO_PINNED.")


def tab_reusing_class(reload_now: Callable[[object, bool], bool]):
    """A kaleido.Kaleido that hands a tab back without reloading its page, unless
    `reload_now(tab, failed)` says so (failed: the render raised). Touchpoint 1."""
    import kaleido

    class TabReuse(kaleido.Kaleido):
        async def _return_kaleido_tab(self, tab) -> None:
            failed = sys.exc_info()[1] is not None  # called from kaleido's `finally`
            if reload_now(tab, failed):
                await super()._return_kaleido_tab(tab)  # reloads the page, then hands the tab back
            else:
                tab.js_logger.reset()
                await self.tabs_ready.put(tab)

    return TabReuse


def open_more_tabs(k, n: int) -> list[asyncio.Future]:
    """Start opening `n` more tabs in the background (call on the kaleido loop). Touchpoint 2."""
    return [asyncio.ensure_future(k._create_kaleido_tab()) for _ in range(n)]  # noqa: SLF001


def browser_pid(k) -> int:
    """The pid of the browser kaleido started. Touchpoint 3."""
    return k.subprocess.pid


def browser_running(k) -> bool:
    """Whether the browser kaleido started is still running. Touchpoint 3."""
    return k.subprocess.poll() is None
