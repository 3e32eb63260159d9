"""A running app and Debian's Chromium under Playwright: shared by browser tests, bench and loadtest."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from dashboard import config

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CHART_SELECTOR = '[data-testid="stPlotlyChart"] .js-plotly-plot'
EXCEPTION_SELECTOR = '[data-testid="stException"]'
# at least n charts drawn and the app no longer running (for page.wait_for_function, arg=n)
CHARTS_DRAWN = """(n) => document.querySelectorAll('[data-testid="stPlotlyChart"] .js-plotly-plot')
                 .length >= n && !document.querySelector('[data-testid="stStatusWidget"]')"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_app(app: str | None = None, port: int | None = None, env: dict | None = None,
                cwd: Path | None = None) -> Iterator[str]:
    """Start the dashboard (`python -m dashboard serve`), or `streamlit run <app>` for another
    script, on a free port; yield its base URL; stop it afterwards."""
    port = port or free_port()
    if app is None:
        cmd = [sys.executable, "-m", "dashboard", "serve", "--port", str(port), "--",
               "--server.fileWatcherType", "none"]
    else:
        cmd = [sys.executable, "-m", "streamlit", "run", app, "--server.headless", "true",
               "--server.port", str(port), "--browser.gatherUsageStats", "false",
               "--server.fileWatcherType", "none"]
    env = {**os.environ, "PYTHONPATH": str(config.ROOT), **(env or {})}
    log = tempfile.TemporaryFile()  # a pipe nobody reads would fill up and stall the server
    proc = subprocess.Popen(cmd, cwd=cwd or config.ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.2)
        else:
            log.seek(0)
            raise RuntimeError("the app did not answer /_stcore/health within 30 s:\n"
                               + log.read().decode("utf-8", "replace")[-2000:])
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@contextlib.asynccontextmanager
async def async_chromium():
    """The same browser under Playwright's asyncio API: pages in several contexts that load at once."""
    from playwright.async_api import async_playwright

    from dashboard.export import chromium_path

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            await browser.close()


@contextlib.contextmanager
def chromium() -> Iterator:
    """A Playwright Chromium browser (Debian's binary, headless)."""
    from playwright.sync_api import sync_playwright

    from dashboard.export import chromium_path

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def wait_for_page(page, expected_charts: int, timeout_ms: int = 30000) -> None:
    """Wait until the app has finished running and `expected_charts` charts have drawn."""
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]',
                           timeout=timeout_ms)
    page.wait_for_function(CHARTS_DRAWN, arg=expected_charts, timeout=timeout_ms)
