"""Every use of kaleido's private API, in one place, checked against the pinned kaleido version."""

# Touchpoints (each has a test in tests/test_kaleido_internals.py):
# 1. Kaleido._return_kaleido_tab (overridden: keep a tab's page between renders instead of reloading
#    it), with Kaleido.tabs_ready (the queue of free tabs) and a tab's js_logger (reset per render);
# 2. Kaleido._create_kaleido_tab (open the further tabs in the background after the first);
# 3. Browser.subprocess (the browser's process: its pid for priorities, whether it is still running).

from __future__ import annotations

import asyncio
import importlib.metadata
import sys
from collections.abc import Callable

PINNED = "1.5.0"  # requirements.txt pins kaleido to this version; the touchpoints were checked against it


class KaleidoVersionError(RuntimeError):
    """The installed kaleido is not the version whose private API this module was written for."""


def installed_version() -> str:
    """The installed kaleido's version ('' when kaleido is not installed)."""
    try:
        return importlib.metadata.version("kaleido")
    except importlib.metadata.PackageNotFoundError:
        return ""


def check_version(found: str | None = None) -> None:
    """Raise a clear message unless the installed kaleido is the pinned one."""
    found = installed_version() if found is None else found
    if found != PINNED:
        raise KaleidoVersionError(
            f"kaleido {found or '(not installed)'} is installed, but chart export uses private parts of "
            f"kaleido {PINNED} (dashboard/_kaleido_internals.py): install the pinned version with "
            f"`pip install kaleido=={PINNED}` (requirements.txt), or check every touchpoint listed in "
            "that module against the new version and update PINNED.")


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
