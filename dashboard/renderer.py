"""The chart-image renderer: one Chromium driven by kaleido, its image cache, and its time estimates."""

# One Chromium with TABS tabs, driven by kaleido on its own asyncio loop in its own thread. Callers
# in any thread hand figures to that loop; kaleido's tab queue gives each render a tab of its own, so
# two viewers exporting at once (or the figures of one ZIP) render side by side and never share a
# tab. kaleido reloads a tab after every render (~0.2 s of its ~0.3 s); here a tab is reloaded only
# after a PDF (printing uses the page), after an error, and every RELOAD_EVERY renders.
# Settings: DASHBOARD_EXPORT_TABS (tabs, default 2), DASHBOARD_EXPORT_NICE (the browser's priority,
# default 5: page views go first when the CPU is short; on a loaded machine 10 made a cold ZIP ~25%
# slower than 0 or 5).
# Public API: RENDERER.start(), .stop(), .warm_up(todo), .images(charts, fmt, scale, variant),
# .render(figures, fmt, scale), .pending(...), .expected_seconds(...), .estimate(...), .render_count.

from __future__ import annotations

import asyncio
import atexit
import contextvars
import copy
import hashlib
import os
import shutil
import subprocess
import threading
import time
import weakref
from collections import OrderedDict
from concurrent.futures import Future
from pathlib import Path

from dashboard import internals
from dashboard.charts import FOOTER, HEIGHT, WIDTH, Chart

IMAGE_FORMATS = ("png", "svg", "pdf")
TABS = max(1, int(os.environ.get("DASHBOARD_EXPORT_TABS", "2")))  # two cores here
NICE = int(os.environ.get("DASHBOARD_EXPORT_NICE", "5"))  # page views go first when CPU is short
RELOAD_EVERY = 100
RENDER_TIMEOUT = 60  # seconds for one picture
RENDERED_MAX = 300  # images kept (a PNG is ~100 KB): every chart of the dashboard, in two formats


class ExportUnavailable(RuntimeError):
    """Image export cannot run here; the message says what is missing and how to install it."""


def chromium_path() -> str:
    """Debian's Chromium; a clear error when it is missing."""
    path = os.environ.get("BROWSER_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        raise RuntimeError("Chromium is not installed: run `bash scripts/setup.sh` "
                           "(apt-get install chromium)")
    return path


def missing_requirements() -> list[str]:
    """What image export needs and this machine lacks, in plain words (empty when all is there)."""
    missing = []
    try:
        chromium_path()
    except RuntimeError:
        missing.append("Chromium 浏览器 (apt-get install chromium)")
    fc_list = shutil.which("fc-list")
    fonts = subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True, text=True,
                           check=False).stdout if fc_list else ""
    if not fonts.strip():
        missing.append("中文字体 CJK font (apt-get install fonts-wqy-microhei)")
    return missing


# --- Figures at the export size ---------------------------------------------------------------------

def export_figure(chart: Chart):
    """The chart's figure at the export size (1600x900), same template and footer as on screen."""
    fig = copy.deepcopy(chart.figure)
    fig.update_layout(width=WIDTH, height=HEIGHT)
    return fig


def slide_figure(chart: Chart):
    """The chart for a slide: no title or footer in the picture (the slide carries them as text)."""
    fig = export_figure(chart)
    fig.update_layout(title=dict(text=""), margin=dict(t=60))
    fig.layout.annotations = [a for a in fig.layout.annotations if a.name != FOOTER]
    return fig


def export_dict(chart: Chart) -> dict:
    """export_figure(chart).to_dict(), without building a validated figure (a tenth of the time)."""
    fig = chart.figure.to_dict()
    fig.setdefault("layout", {}).update(width=WIDTH, height=HEIGHT)
    return fig


def slide_dict(chart: Chart) -> dict:
    """slide_figure(chart).to_dict(), the same way."""
    fig = export_dict(chart)
    layout = fig["layout"]
    layout.setdefault("title", {})["text"] = ""
    layout.setdefault("margin", {})["t"] = 60
    if "annotations" in layout:
        layout["annotations"] = [a for a in layout["annotations"] if a.get("name") != FOOTER]
    return fig


VARIANTS = {"chart": export_dict, "slide": slide_dict}


# --- The browser ------------------------------------------------------------------------------------

_PDF = contextvars.ContextVar("kaleido_pdf_render", default=False)  # set per render, read at hand-back


def _reload_now(tab, failed: bool) -> bool:
    """Reload a tab's page after an error, a PDF, or every RELOAD_EVERY renders."""
    tab.renders_since_reload = getattr(tab, "renders_since_reload", 0) + 1
    if failed or _PDF.get() or tab.renders_since_reload >= RELOAD_EVERY:
        tab.renders_since_reload = 0
        return True
    return False


def lower_priority(pid: int) -> None:
    """Every thread of the browser's processes at NICE or lower. Chromium sets its new threads'
    priority itself, which only root may raise: as root, this runs again after every render call."""
    import psutil

    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.Error:
        return
    for proc in processes:
        try:
            threads = proc.threads()
        except psutil.Error:
            continue
        for th in threads:
            try:
                os.setpriority(os.PRIO_PROCESS, th.id, max(os.getpriority(os.PRIO_PROCESS, th.id), NICE))
            except OSError:
                pass


class Browser:
    """A Chromium with `tabs` tabs, its kaleido state confined to one event-loop thread."""

    def __init__(self, tabs: int) -> None:
        self.tabs = tabs
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, name="kaleido-renderer", daemon=True)
        self.thread.start()
        try:
            self.kaleido = self._wait(self._open())
        except BaseException:
            self.loop.call_soon_threadsafe(self.loop.stop)
            raise

    def _run(self) -> None:
        # Linux priorities are per thread, and inherited by the threads and processes a thread
        # starts: Chromium, started from this loop's executor, runs at this lower priority.
        try:
            os.setpriority(os.PRIO_PROCESS, 0, max(os.getpriority(os.PRIO_PROCESS, 0), NICE))
        except (AttributeError, OSError):
            pass
        self.loop.run_forever()

    async def _open(self):
        # One tab first: renders can start on it while the others load plotly.js in the background.
        k = internals.tab_reusing_class(_reload_now)(n=1, mathjax=False, timeout=RENDER_TIMEOUT)
        await k.open()
        lower_priority(internals.browser_pid(k))
        self.more_tabs = internals.open_more_tabs(k, self.tabs - 1)
        return k

    def _wait(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result()

    async def _one(self, fig: dict, opts: dict) -> bytes:
        _PDF.set(opts["format"] == "pdf")  # the render task kaleido starts inherits this context
        return await self.kaleido.calc_fig(fig, opts)

    def render(self, jobs: list[tuple[dict, dict]]) -> list[bytes]:
        """Bytes of each (figure dict, kaleido opts), rendered side by side on the tabs."""
        futures = [asyncio.run_coroutine_threadsafe(self._one(fig, opts), self.loop) for fig, opts in jobs]
        # kaleido times out each picture; this only guards against a loop that has stopped
        deadline = time.monotonic() + 30 + RENDER_TIMEOUT * -(-len(jobs) // self.tabs)
        return [f.result(timeout=max(deadline - time.monotonic(), 1)) for f in futures]

    def pid(self) -> int:
        return internals.browser_pid(self.kaleido)

    def running(self) -> bool:
        return internals.browser_running(self.kaleido)

    async def _close(self) -> None:
        # Tabs still opening in the background are abandoned first: closing the browser under them
        # would end in a CancelledError (a BaseException) out of stop().
        for task in self.more_tabs:
            task.cancel()
        await asyncio.gather(*self.more_tabs, return_exceptions=True)
        await self.kaleido.close()

    def close(self) -> None:
        try:
            self._wait(self._close())
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(timeout=10)


# --- The renderer: browser, cache, estimates ---------------------------------------------------------

class Renderer:
    """The process's one image renderer: starts the browser on demand, renders figures side by side,
    keeps the images it made, and estimates how long a render will take."""

    def __init__(self, tabs: int = TABS) -> None:
        self.tabs = tabs
        self._lock = threading.Lock()  # guards starting and stopping the browser (not the renders)
        self._cache_lock = threading.Lock()  # guards the image cache, the timings and the warm-up state
        self.browser: Browser | None = None
        self._warming = False
        self._warm_began = 0.0  # time.monotonic() when the running warm-up began
        self._start_seconds: list[float] = []  # how long the browser took to start in this process
        self._rendered: OrderedDict[str, bytes] = OrderedDict()  # key -> image
        self._in_flight: dict[str, Future] = {}  # pictures being rendered now, by key
        self._render_calls: list[tuple[str, float, int, float]] = []  # (format, scale, images, seconds)
        self._other_seconds: dict[str, float] = {"zip": 0.015, "deck": 0.05}  # per chart, besides rendering
        self._figure_hashes: dict[int, tuple[weakref.ref, str]] = {}
        self.render_count = 0  # pictures rendered by this process (not from memory)

    # -- the browser's life

    def start(self) -> Browser:
        """The running browser, started first if need be; ExportUnavailable when a part is missing."""
        with self._lock:
            if self.browser is not None:
                return self.browser
            missing = missing_requirements()
            if missing:
                raise ExportUnavailable("图表导出需要 / Chart export needs: " + "; ".join(missing)
                                        + " — run `bash scripts/setup.sh`")
            internals.kaleido_check_version()
            started = time.perf_counter()
            browser = Browser(self.tabs)
            with self._cache_lock:
                self._start_seconds.append(time.perf_counter() - started)
            self.browser = browser
            atexit.register(self.stop, browser)
            return browser

    def running(self) -> bool:
        """Whether the browser is started."""
        return self.browser is not None

    def stop(self, only: Browser | None = None) -> None:
        """Close the browser (at exit; the next render starts a new one). With `only`, only if that
        browser is still the current one (another thread may have replaced it)."""
        with self._lock:
            if only is not None and self.browser is not only:
                return
            browser, self.browser = self.browser, None
        if browser is not None:
            try:
                browser.close()
            except Exception:  # noqa: BLE001 - already gone at interpreter exit: nothing to close
                pass

    def warm_up(self, todo: list[tuple[Chart, float, str]]) -> bool:
        """In a background thread: start the browser, then render, one at a time, the PNGs of `todo`
        ((chart, scale, variant)) not in memory yet. Cheap when nothing is left to do; one thread at
        a time. Returns whether a thread was started."""
        todo = [(c, s, v) for c, s, v in todo if self.pending([c], ["png"], s, v)]
        with self._cache_lock:
            if self._warming or (self.browser is not None and not todo):
                return False
            self._warming, self._warm_began = True, time.monotonic()

        def run() -> None:
            try:
                self.start()
                for chart, scale, variant in todo:
                    began = time.perf_counter()
                    self.images([chart], "png", scale, variant)  # one tab at a time: the other stays free
                    time.sleep(max(time.perf_counter() - began, 0.05))  # at most half a core, in all
            except Exception:  # noqa: BLE001 - the click that needs the renderer reports the error
                pass
            finally:
                with self._cache_lock:
                    self._warming = False

        threading.Thread(target=run, name="kaleido-warm-up", daemon=True).start()
        return True

    # -- rendering

    def render(self, figures: list, fmt: str, scale: float = 1, timed: bool = True) -> list[bytes]:
        """Render figures or figure dicts (not cached) on the tabs; the call's time goes into the
        estimate unless `timed` is False. A browser that has died is started anew, once."""
        dicts = [fig if isinstance(fig, dict) else fig.to_dict() for fig in figures]
        jobs = [(fig, {"format": fmt, "width": fig["layout"]["width"], "height": fig["layout"]["height"],
                       "scale": scale}) for fig in dicts]
        for attempt in (1, 2):
            browser = self.start()  # the browser's start is not counted as render time
            started = time.perf_counter()
            try:
                out = browser.render(jobs)
                elapsed = time.perf_counter() - started
                if os.geteuid() == 0:  # root's Chromium may have started threads at a higher priority
                    lower_priority(browser.pid())
                break
            except Exception:
                if browser.running() or attempt == 2:
                    raise
                self.stop(browser)  # Chromium is gone (killed, out of memory): start a new one
        with self._cache_lock:
            self.render_count += len(jobs)
            if timed:
                self._render_calls.append((fmt, scale, len(jobs), elapsed))
                del self._render_calls[:-30]
        return out

    def _figure_hash(self, fig) -> str:
        """sha256 of a figure's JSON, remembered per figure object (charts are built once per data
        version and never modified afterwards)."""
        entry = self._figure_hashes.get(id(fig))
        if entry is not None and entry[0]() is fig:
            return entry[1]
        digest = hashlib.sha256(fig.to_json().encode()).hexdigest()
        with self._cache_lock:
            for k in [k for k, (ref, _) in self._figure_hashes.items() if ref() is None]:
                del self._figure_hashes[k]
            self._figure_hashes[id(fig)] = (weakref.ref(fig), digest)
        return digest

    def _key(self, chart: Chart, fmt: str, scale: float, variant: str) -> str:
        return f"{variant}|{fmt}|{scale}|{self._figure_hash(chart.figure)}"

    def images(self, chart_list: list[Chart], fmt: str = "png", scale: float = 1,
               variant: str = "chart") -> list[bytes]:
        """Images of several charts, rendered side by side on the tabs; an image is rendered once per
        figure, variant, format and scale: asked again it comes from memory, and asked while another
        thread renders it (a second viewer, the warm-up) it waits for that render."""
        if fmt not in IMAGE_FORMATS:
            raise ValueError(f"unknown image format {fmt!r}: use one of {IMAGE_FORMATS}")
        keys = [self._key(c, fmt, scale, variant) for c in chart_list]
        mine: dict[str, Chart] = {}
        with self._cache_lock:
            found = {k: self._rendered[k] for k in keys if k in self._rendered}
            for k in found:
                self._rendered.move_to_end(k)
            waiting = {k: self._in_flight[k] for k in keys if k not in found and k in self._in_flight}
            for k, c in zip(keys, chart_list, strict=True):
                if k not in found and k not in waiting and k not in mine:
                    mine[k] = c
                    self._in_flight[k] = Future()
        if mine:
            try:
                out = self.render([VARIANTS[variant](c) for c in mine.values()], fmt, scale)
            except BaseException as e:
                with self._cache_lock:
                    for k in mine:
                        self._in_flight.pop(k).set_exception(e)
                raise
            with self._cache_lock:
                for k, data in zip(mine, out, strict=True):
                    self._rendered[k] = found[k] = data
                    self._in_flight.pop(k).set_result(data)
                while len(self._rendered) > RENDERED_MAX:
                    self._rendered.popitem(last=False)
        for k, future in waiting.items():
            found[k] = future.result(timeout=30 + RENDER_TIMEOUT * len(waiting))
        return [found[k] for k in keys]

    def pending(self, chart_list: list[Chart], formats: list[str], scale: float = 1,
                variant: str = "chart") -> int:
        """How many of these images are not in memory yet (what a click would have to render)."""
        keys = [self._key(c, fmt, scale, variant) for c in chart_list for fmt in formats]
        with self._cache_lock:
            return sum(k not in self._rendered for k in keys)

    def rendering_now(self) -> int:
        """How many pictures are being rendered at this moment."""
        with self._cache_lock:
            return len(self._in_flight)

    # -- estimates

    def start_estimate(self) -> float:
        """Seconds the browser's start adds while it is not running (as measured here last time),
        less the time a warm-up has already spent starting it."""
        with self._cache_lock:
            if self.browser is not None:
                return 0.0
            full = self._start_seconds[-1] if self._start_seconds else 4.0  # 3-5 s here
            return max(full - (time.monotonic() - self._warm_began), 0.5) if self._warming else full

    def estimate(self, images: int, fmt: str = "png", scale: float = 1) -> float:
        """Seconds to render `images` pictures of a format and scale in one call, from this process's
        recent calls (those of that format and scale, else that format, else all): one render's time,
        plus each further picture at the pace measured for batches (the tabs render side by side)."""
        if images <= 0:
            return 0.0
        with self._cache_lock:
            recent = list(self._render_calls)
        calls = ([(n, s) for f, x, n, s in recent if (f, x) == (fmt, scale)]
                 or [(n, s) for f, _, n, s in recent if f == fmt] or [(n, s) for _, _, n, s in recent])
        single = [s for n, s in calls if n == 1]
        latency = sum(single) / len(single) if single else 0.2  # measured here: 0.1-0.3 s
        batch = [(n, s) for n, s in calls if n > 1]
        extra = (sum(max(s - latency, 0.0) for _, s in batch) / sum(n - 1 for n, _ in batch)) if batch \
            else latency / self.tabs
        return latency + (images - 1) * extra

    def expected_seconds(self, images: int, fmt: str = "png", scale: float = 1) -> float:
        """What rendering `images` new pictures should take here, the browser's start included while
        it is not running."""
        return self.start_estimate() + self.estimate(images, fmt, scale) if images > 0 else 0.0

    def note_other(self, kind: str, total: float, rendering: float, charts: int) -> None:
        """Remember the part of an export ('zip', 'deck') that is not rendering, per chart."""
        if charts:
            with self._cache_lock:
                self._other_seconds[kind] = max(total - rendering, 0.0) / charts

    def other_seconds(self, kind: str) -> float:
        """Seconds per chart an export ('zip', 'deck') spends besides rendering."""
        with self._cache_lock:
            return self._other_seconds[kind]


RENDERER = Renderer()
