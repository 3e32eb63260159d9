"""Exports: figures as CSV/XLSX (the columns of `python -m dashboard facts`), chart images through
kaleido (PNG, SVG, PDF), chart data, a ZIP of every chart, and the meeting deck (PPTX)."""

from __future__ import annotations

import asyncio
import contextvars
import copy
import csv
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import threading
import time
import weakref
import zipfile
from collections import OrderedDict
from concurrent.futures import Future
from pathlib import Path

import pandas as pd

from dashboard import charts as _charts
from dashboard import config

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_number(value: float) -> str:
    """A value as plain text: 737.6, 15000, 0.333333 (no exponent, no trailing .0)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def neutralise(text: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe; other text is unchanged."""
    return "'" + text if isinstance(text, str) and text.startswith(FORMULA_START) else text


def facts_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The export columns (region, indicator, period, value, unit, kind, source, quote), text neutralised."""
    out = df[config.FACTS_EXPORT_COLUMNS].copy()
    for col in ("region", "indicator", "period", "unit", "kind", "source", "quote"):
        out[col] = out[col].map(neutralise)
    return out


def facts_csv(df: pd.DataFrame) -> str:
    """CSV text of the figures, header exactly as the facts command prints it."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(config.FACTS_EXPORT_COLUMNS)
    for row in facts_frame(df).itertuples(index=False):
        writer.writerow([row.region, row.indicator, row.period, csv_number(row.value), row.unit,
                         row.kind, row.source, row.quote])
    return buf.getvalue()


def facts_xlsx(df: pd.DataFrame) -> bytes:
    """An Excel workbook of the figures (one sheet, same columns as the CSV)."""
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        facts_frame(df).to_excel(writer, index=False, sheet_name="facts")
    return buf.getvalue()


# --- Chart images (kaleido with Debian's Chromium and a CJK font) -------------------------------
#
# One Chromium with TABS tabs, driven by kaleido on its own asyncio loop in its own thread. Callers
# in any thread hand figures to that loop; kaleido's tab queue gives each render a tab of its own, so
# two viewers exporting at once (or the figures of one ZIP) render side by side and never share a
# tab. kaleido reloads a tab after every render (~0.2 s of its ~0.3 s); here a tab is reloaded only
# after a PDF (printing uses the page), after an error, and every RELOAD_EVERY renders.
# Settings: DASHBOARD_EXPORT_TABS (tabs, default 2), DASHBOARD_EXPORT_NICE (the browser's priority,
# default 5: page views go first when the CPU is short; on a loaded machine 10 made a cold ZIP ~25%
# slower than 0 or 5), DASHBOARD_EXPORT_WARMUP (1/0: force the
# Export page's background warm-up on or off; by default it runs only in a real Streamlit server).

IMAGE_FORMATS = ("png", "svg", "pdf")
TABS = max(1, int(os.environ.get("DASHBOARD_EXPORT_TABS", "2")))  # two cores here
NICE = int(os.environ.get("DASHBOARD_EXPORT_NICE", "5"))  # page views go first when CPU is short
RELOAD_EVERY = 100
RENDER_TIMEOUT = 60  # seconds for one picture
_lock = threading.Lock()  # guards starting and stopping the renderer (not the renders themselves)
_cache_lock = threading.Lock()  # guards the rendered-image cache and the render timings
_server_started = False
_renderer = None
_warming = False
_warm_began = 0.0  # time.monotonic() when the running warm-up began


def chromium_path() -> str:
    """Debian's Chromium; a clear error when it is missing."""
    path = os.environ.get("BROWSER_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        raise RuntimeError("Chromium is not installed: run `bash scripts/setup.sh` "
                           "(apt-get install chromium)")
    return path


class ExportUnavailable(RuntimeError):
    """Image export cannot run here; the message says what is missing and how to install it."""


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


def _kaleido_class():
    """kaleido.Kaleido that keeps a tab's page between renders (kaleido 1.5's private tab hand-back;
    kaleido is pinned in requirements.txt)."""
    import sys

    import kaleido

    class TabReuse(kaleido.Kaleido):
        async def _return_kaleido_tab(self, tab) -> None:
            tab.renders_since_reload = getattr(tab, "renders_since_reload", 0) + 1
            failed = sys.exc_info()[1] is not None  # called from kaleido's `finally`
            if failed or _PDF.get() or tab.renders_since_reload >= RELOAD_EVERY:
                tab.renders_since_reload = 0
                await super()._return_kaleido_tab(tab)  # reloads the page, then hands the tab back
            else:
                tab.js_logger.reset()
                await self.tabs_ready.put(tab)

    return TabReuse


class _Renderer:
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
        k = _kaleido_class()(n=1, mathjax=False, timeout=RENDER_TIMEOUT)
        await k.open()
        _lower_priority(k.subprocess.pid)
        self.more_tabs = [asyncio.ensure_future(k._create_kaleido_tab())  # noqa: SLF001
                          for _ in range(self.tabs - 1)]
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

    async def _close(self) -> None:
        # Tabs still opening in the background are abandoned first: closing the browser under them
        # would end in a CancelledError (a BaseException) out of stop_renderer.
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


def _lower_priority(pid: int) -> None:
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


_PDF = contextvars.ContextVar("kaleido_pdf_render", default=False)  # set per render, read at hand-back
_start_seconds: list[float] = []  # how long the renderer took to start in this process


def _ensure_server() -> None:
    """Start the renderer (Chromium and its tabs) once; a clear error when a part is missing.
    Callers hold `_lock`."""
    global _server_started, _renderer
    if _server_started and _renderer is not None:
        return
    missing = missing_requirements()
    if missing:
        raise ExportUnavailable("图表导出需要 / Chart export needs: " + "; ".join(missing)
                                + " — run `bash scripts/setup.sh`")
    started = time.perf_counter()
    _renderer = _Renderer(TABS)
    with _cache_lock:
        _start_seconds.append(time.perf_counter() - started)
    _server_started = True
    import atexit

    atexit.register(stop_renderer, _renderer)


def stop_renderer(only=None) -> None:
    """Close the renderer's Chromium (at exit; the next render starts a new one). With `only`,
    only if that renderer is still the current one (another thread may have replaced it)."""
    global _server_started, _renderer
    with _lock:
        if only is not None and _renderer is not only:
            return
        renderer, _renderer, _server_started = _renderer, None, False
    if renderer is not None:
        try:
            renderer.close()
        except Exception:  # noqa: BLE001 - already gone at interpreter exit: nothing to close
            pass


def _in_server() -> bool:
    """True in a real Streamlit server (AppTest's runtime is a mock): warm-ups run only there,
    unless DASHBOARD_EXPORT_WARMUP says 1 (always) or 0 (never)."""
    forced = os.environ.get("DASHBOARD_EXPORT_WARMUP")
    if forced in ("0", "1"):
        return forced == "1"
    try:
        from streamlit.runtime import Runtime

        return type(Runtime._instance) is Runtime  # noqa: SLF001
    except ImportError:
        return False


def warm_up(chart_list: list[_charts.Chart] = (), deck: list[_charts.Chart] = ()) -> bool:
    """In a background thread: start the renderer, then render, one at a time, the PNGs of
    `chart_list` and the slide pictures of `deck` that are not in memory yet, so that a ZIP or deck
    comes from memory. The Export page calls this on every run: it is cheap when nothing is left
    to do, starts one thread at a time, and does nothing outside a real server (tests, bench).
    Returns whether a thread was started."""
    global _warming, _warm_began
    if not _in_server():
        return False
    todo = [(c, 1, "chart") for c in chart_list if pending([c], ["png"])]
    todo += [(c, DECK_SCALE, "slide") for c in deck if pending([c], ["png"], DECK_SCALE, "slide")]
    with _cache_lock:
        if _warming or (_server_started and not todo):
            return False
        _warming, _warm_began = True, time.monotonic()

    def run() -> None:
        global _warming
        try:
            _renderer_now()
            for chart, scale, variant in todo:
                began = time.perf_counter()
                images([chart], "png", scale, variant)  # one tab at a time: the other stays free
                time.sleep(max(time.perf_counter() - began, 0.05))  # at most half a core, in all
        except Exception:  # noqa: BLE001 - the click that needs the renderer reports the error
            pass
        finally:
            with _cache_lock:
                _warming = False

    threading.Thread(target=run, name="kaleido-warm-up", daemon=True).start()
    return True


def _renderer_now() -> _Renderer:
    with _lock:
        _ensure_server()
        return _renderer


def export_figure(chart: _charts.Chart) -> dict:
    """The chart's figure at the export size (1600x900), same template and footer as on screen."""
    fig = copy.deepcopy(chart.figure)
    fig.update_layout(width=_charts.WIDTH, height=_charts.HEIGHT)
    return fig


_rendered: OrderedDict[str, bytes] = OrderedDict()  # hash of (variant, figure JSON, format, scale) -> image
_RENDERED_MAX = 300  # images kept (a PNG is ~100 KB): every chart of the dashboard, in two formats
_render_calls: list[tuple[str, float, int, float]] = []  # (format, scale, images, seconds) of recent calls
_other_seconds: dict[str, float] = {"zip": 0.015, "deck": 0.05}  # per chart, besides rendering
_figure_hashes: dict[int, tuple[weakref.ref, str]] = {}
render_count = 0  # pictures rendered by this process (not from memory)
_in_flight: dict[str, Future] = {}  # pictures being rendered now, by key


def _figure_hash(fig) -> str:
    """sha256 of a figure's JSON, remembered per figure object (charts are built once per data
    version and never modified afterwards)."""
    entry = _figure_hashes.get(id(fig))
    if entry is not None and entry[0]() is fig:
        return entry[1]
    digest = hashlib.sha256(fig.to_json().encode()).hexdigest()
    with _cache_lock:
        for k in [k for k, (ref, _) in _figure_hashes.items() if ref() is None]:
            del _figure_hashes[k]
        _figure_hashes[id(fig)] = (weakref.ref(fig), digest)
    return digest


def _image_key(chart: _charts.Chart, fmt: str, scale: float, variant: str) -> str:
    return f"{variant}|{fmt}|{scale}|{_figure_hash(chart.figure)}"


def _export_dict(chart: _charts.Chart) -> dict:
    """export_figure(chart).to_dict(), without building a validated figure (a tenth of the time)."""
    fig = chart.figure.to_dict()
    fig.setdefault("layout", {}).update(width=_charts.WIDTH, height=_charts.HEIGHT)
    return fig


def _slide_dict(chart: _charts.Chart) -> dict:
    """slide_figure(chart).to_dict(), the same way."""
    fig = _export_dict(chart)
    layout = fig["layout"]
    layout.setdefault("title", {})["text"] = ""
    layout.setdefault("margin", {})["t"] = 60
    if "annotations" in layout:
        layout["annotations"] = [a for a in layout["annotations"] if a.get("name") != _charts.FOOTER]
    return fig


VARIANTS = {"chart": _export_dict, "slide": _slide_dict}  # figure dicts, as kaleido takes them


def images(chart_list: list[_charts.Chart], fmt: str = "png", scale: float = 1,
           variant: str = "chart") -> list[bytes]:
    """Images of several charts, rendered side by side on the renderer's tabs; an image is
    rendered once per figure, variant, format and scale: asked again it comes from memory, and
    asked while another thread renders it (a second viewer, the warm-up) it waits for that render."""
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"unknown image format {fmt!r}: use one of {IMAGE_FORMATS}")
    keys = [_image_key(c, fmt, scale, variant) for c in chart_list]
    mine: dict[str, _charts.Chart] = {}
    with _cache_lock:
        found = {k: _rendered[k] for k in keys if k in _rendered}
        for k in found:
            _rendered.move_to_end(k)
        waiting = {k: _in_flight[k] for k in keys if k not in found and k in _in_flight}
        for k, c in zip(keys, chart_list, strict=True):
            if k not in found and k not in waiting and k not in mine:
                mine[k] = c
                _in_flight[k] = Future()
    if mine:
        try:
            out = _render_figures([VARIANTS[variant](c) for c in mine.values()], fmt, scale)
        except BaseException as e:
            with _cache_lock:
                for k in mine:
                    _in_flight.pop(k).set_exception(e)
            raise
        with _cache_lock:
            for k, data in zip(mine, out, strict=True):
                _rendered[k] = found[k] = data
                _in_flight.pop(k).set_result(data)
            while len(_rendered) > _RENDERED_MAX:
                _rendered.popitem(last=False)
    for k, future in waiting.items():
        found[k] = future.result(timeout=30 + RENDER_TIMEOUT * len(waiting))
    return [found[k] for k in keys]


def to_image(chart: _charts.Chart, fmt: str = "png", scale: float = 1) -> bytes:
    """PNG, SVG or PDF bytes of a chart, rendered server-side; the same chart asked again comes
    from memory."""
    return images([chart], fmt, scale)[0]


def pending(chart_list: list[_charts.Chart], formats: list[str], scale: float = 1,
            variant: str = "chart") -> int:
    """How many of these images are not in memory yet (what a click would have to render)."""
    keys = [_image_key(c, fmt, scale, variant) for c in chart_list for fmt in formats]
    with _cache_lock:
        return sum(k not in _rendered for k in keys)


def _render_figures(figures: list, fmt: str, scale: float, timed: bool = True) -> list[bytes]:
    """Render figures or figure dicts (not cached) on the renderer's tabs; the call's time goes
    into the estimate unless it is a warm-up. A browser that has died is started anew, once."""
    global render_count
    dicts = [fig if isinstance(fig, dict) else fig.to_dict() for fig in figures]
    jobs = [(fig, {"format": fmt, "width": fig["layout"]["width"], "height": fig["layout"]["height"],
                   "scale": scale}) for fig in dicts]
    for attempt in (1, 2):
        renderer = _renderer_now()  # the browser's start is not counted as render time
        started = time.perf_counter()
        try:
            out = renderer.render(jobs)
            elapsed = time.perf_counter() - started
            if os.geteuid() == 0:  # root's Chromium may have started threads at a higher priority
                _lower_priority(renderer.kaleido.subprocess.pid)
            break
        except Exception:
            if renderer.kaleido.subprocess.poll() is None or attempt == 2:
                raise
            stop_renderer(renderer)  # Chromium is gone (killed, out of memory): start a new one
    with _cache_lock:
        render_count += len(jobs)
        if timed:
            _render_calls.append((fmt, scale, len(jobs), elapsed))
            del _render_calls[:-30]
    return out


def _image_bytes(fig, fmt: str, scale: float = 1) -> bytes:
    """One figure's image, not cached (safe from any thread)."""
    return _render_figures([fig], fmt, scale)[0]


def _start_estimate() -> float:
    """Seconds the browser's start adds while it is not running (as measured here last time),
    less the time a warm-up has already spent starting it."""
    with _cache_lock:
        if _server_started:
            return 0.0
        full = _start_seconds[-1] if _start_seconds else 4.0  # 3-5 s here
        return max(full - (time.monotonic() - _warm_began), 0.5) if _warming else full


def _render_estimate(images: int, fmt: str = "png", scale: float = 1) -> float:
    """Seconds to render `images` pictures of a format and scale in one call, from this process's
    recent calls (those of that format and scale, else that format, else all): one render's time,
    plus each further picture at the pace measured for batches (the tabs render side by side)."""
    if images <= 0:
        return 0.0
    with _cache_lock:
        recent = list(_render_calls)
    calls = ([(n, s) for f, x, n, s in recent if (f, x) == (fmt, scale)]
             or [(n, s) for f, _, n, s in recent if f == fmt] or [(n, s) for _, _, n, s in recent])
    single = [s for n, s in calls if n == 1]
    latency = sum(single) / len(single) if single else 0.2  # measured here: 0.1-0.3 s
    batch = [(n, s) for n, s in calls if n > 1]
    extra = (sum(max(s - latency, 0.0) for _, s in batch) / sum(n - 1 for n, _ in batch)) if batch \
        else latency / TABS
    return latency + (images - 1) * extra


def expected_seconds(images: int, fmt: str = "png", scale: float = 1) -> float:
    """What rendering `images` new pictures should take here, the browser's start included while
    it is not running."""
    return _start_estimate() + _render_estimate(images, fmt, scale) if images > 0 else 0.0


def zip_seconds(chart_list: list[_charts.Chart], formats: list[str]) -> float:
    """Expected wait for the ZIP of these charts: the pictures not in memory (each format is one
    batch), plus data files and packing."""
    todo = {fmt: pending(chart_list, [fmt]) for fmt in formats}
    rendering = sum(_render_estimate(n, fmt) for fmt, n in todo.items())
    return ((_start_estimate() if rendering else 0.0) + rendering
            + len(chart_list) * _other_seconds["zip"])


def deck_seconds(chart_list: list[_charts.Chart]) -> float:
    """Expected wait for the deck of these charts: the slide pictures not in memory, plus the file."""
    return (expected_seconds(pending(chart_list, ["png"], DECK_SCALE, "slide"), "png", DECK_SCALE)
            + len(chart_list) * _other_seconds["deck"])


def _note_other(kind: str, total: float, rendering: float, charts: int) -> None:
    """Remember the part of an export that is not rendering, per chart (for the estimates)."""
    if charts:
        with _cache_lock:
            _other_seconds[kind] = max(total - rendering, 0.0) / charts


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def chart_filename(chart: _charts.Chart, ext: str, region: str = "醴陵", scale: float = 1) -> str:
    """'醴陵-占株洲比重-YYYY.png': region, title, period; safe on Windows too."""
    title = re.sub(r"\s*[（(][^（）()]*\d[^（）()]*[）)]$", "", chart.title).strip()  # the periods go last
    title = re.sub(r"[“”\"'‘’]", "", title).replace("：", "-").replace("（", "-").replace("）", "")
    title = title[len(region):] if title.startswith(region) and len(title) > len(region) else title
    parts = [region, title, chart.period] + ([f"{int(scale)}x"] if scale != 1 else [])
    name = "-".join(p for p in parts if p)
    name = _UNSAFE.sub("", name).replace(" ", "_").strip(". ")
    return f"{name[:120]}.{ext}"


def chart_data_frame(chart: _charts.Chart) -> pd.DataFrame:
    """The plotted rows, minus the long text columns, neutralised for spreadsheets."""
    df = chart.data.drop(columns=[c for c in ("text", "quote_html") if c in chart.data.columns])
    return df.map(neutralise)


def chart_data_csv(chart: _charts.Chart) -> bytes:
    return chart_data_frame(chart).to_csv(index=False).encode("utf-8-sig")


def chart_data_xlsx(chart: _charts.Chart) -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        chart_data_frame(chart).to_excel(writer, index=False, sheet_name="data")
    return buf.getvalue()


def region_name(lang: str) -> str:
    return "Liling" if lang == "en" else "醴陵"


def export_charts(chart_list: list[_charts.Chart], out_dir: Path, formats: list[str],
                  sources: pd.DataFrame, lang: str) -> Path:
    """Write every chart in each format, plus its data (CSV), and manifest.json; returns the manifest.
    The images of each format are rendered side by side."""
    began = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    rendering = 0.0
    pictures = {}
    for fmt in formats:
        started = time.perf_counter()
        pictures[fmt] = images(chart_list, fmt)
        rendering += time.perf_counter() - started
    manifest = []
    region = region_name(lang)
    for i, chart in enumerate(chart_list):
        files = []
        for fmt in formats:
            name = chart_filename(chart, fmt, region)
            (out_dir / name).write_bytes(pictures[fmt][i])
            files.append(name)
        data_name = chart_filename(chart, "csv", region)
        (out_dir / data_name).write_bytes(chart_data_csv(chart))
        files.append(data_name)
        manifest.append({"chart_id": chart.chart_id, "title": chart.title, "unit": chart.unit,
                         "files": files, "sources": chart.source_ids,
                         "source_line": _charts.source_line(chart.source_ids, sources, lang)})
    path = out_dir / "manifest.json"
    path.write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    _note_other("zip", time.perf_counter() - began, rendering, len(chart_list))
    return path


_STORED = (".png", ".pdf")  # already compressed: deflating them again costs time and saves nothing


def zip_dir(directory: Path) -> bytes:
    """A ZIP of every file in a directory (flat)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(directory.iterdir()):
            z.write(p, arcname=p.name,
                    compress_type=zipfile.ZIP_STORED if p.suffix in _STORED else zipfile.ZIP_DEFLATED)
    return buf.getvalue()


# --- Meeting deck (python-pptx) ------------------------------------------------------------------

DECK_FONT = "Microsoft YaHei"  # on every Chinese Windows; PowerPoint substitutes elsewhere


def slide_figure(chart: _charts.Chart):
    """The chart for a slide: no title or footer in the picture (the slide carries them as text)."""
    fig = export_figure(chart)
    fig.update_layout(title=dict(text=""), margin=dict(t=60))
    fig.layout.annotations = [a for a in fig.layout.annotations if a.name != _charts.FOOTER]
    return fig


DECK_SCALE = 1.2


def key_figures(chart: _charts.Chart, lang: str, limit: int = 12) -> list[str]:
    """Speaker notes as sentences: each plotted figure with its period, kind and value as written
    (rounded to the indicator's decimals), then its quote as plain text; industry systems as lists."""
    from dashboard.i18n import col, kind_label, t

    df = chart.data
    zh = lang == "zh"
    if "system_code" in df.columns:
        return _system_sentences(df, lang, limit)
    name_col = next((c for c in (col("name", lang), col("list_name", lang), "label") if c in df.columns),
                    None)
    lines = []
    for row in df.head(limit).itertuples():
        period = str(getattr(row, "period", "") or getattr(row, "year", "") or "")
        label = str(getattr(row, name_col) if name_col else chart.title).replace("<br>", " ")
        label = label.replace(f" {period}", "").strip() if period else label  # the period is said once
        kind = getattr(row, "kind", "") or ""
        if isinstance(getattr(row, "stated", None), str) and row.stated:  # shares: the fraction as stated
            value = row.stated
        elif "rank" in df.columns and pd.notna(getattr(row, "rank", None)):
            value = t("rank_value", lang, n=int(row.rank))
        else:
            decimals = getattr(row, "decimals", 1)
            value = _charts.fmt_value(float(row.value), getattr(row, "unit", None) or chart.unit or "",
                                      getattr(row, "approx", "") or "", lang,
                                      int(decimals) if pd.notna(decimals) else 1,
                                      getattr(row, "unit_en", None))
        what = kind_label(kind, lang) if kind else ""
        quote = _charts.quote_text(getattr(row, "quote", ""))
        if zh:
            line = f"{label}（{period}{'，' + what if what else ''}）：{value}。"
            line += f"原文：{quote}" if quote else ""
        else:
            line = f"{label} ({period}{', ' + what if what else ''}): {value}."
            line += f" Quote: {quote}" if quote else ""
        lines.append(line)
    if len(df) > limit:
        lines.append(f"另有 {len(df) - limit} 项，见数据文件。" if zh
                     else f"{len(df) - limit} more in the data file.")
    return lines


def _system_sentences(df: pd.DataFrame, lang: str, limit: int) -> list[str]:
    """'株洲“3+3+2”产业体系：优势产业有轨道交通、航空动力、先进硬质材料；…' one sentence per system."""
    from dashboard.i18n import col

    zh = lang == "zh"
    lines = []
    for code in list(dict.fromkeys(df["system_code"]))[:limit]:
        rows = df[df["system_code"] == code]
        parts = []
        for tier in dict.fromkeys(rows["tier_code"]):
            members = rows[rows["tier_code"] == tier]
            named = [m for m, ok in zip(members[col("member", lang)], members["is_named"], strict=True) if ok]
            unnamed = int((~members["is_named"].astype(bool)).sum())
            tier_name = str(members[col("tier_name", lang)].iloc[0])
            items = ("、" if zh else ", ").join(named)
            if unnamed:
                items += (f"（另有{unnamed}项未具名）" if zh else f" (+{unnamed} not named)")
            parts.append(f"{tier_name}：{items}" if zh else f"{tier_name}: {items}")
        name = str(rows[col("system_name", lang)].iloc[0])
        lines.append(f"{name}——" + "；".join(parts) + "。" if zh else f"{name} — " + "; ".join(parts) + ".")
    return lines


def _text(frame, text: str, size: int, bold: bool = False, color=None) -> None:
    """Set a text frame's text with a Chinese-capable font (latin and East-Asian typefaces)."""
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    frame.clear()
    frame.word_wrap = True
    para = frame.paragraphs[0]
    run = para.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = DECK_FONT
    if color is not None:
        run.font.color.rgb = color
    rpr = run._r.get_or_add_rPr()
    ea = rpr.find(qn("a:ea"))
    if ea is None:
        ea = rpr.makeelement(qn("a:ea"), {})
        rpr.append(ea)
    ea.set("typeface", DECK_FONT)


def build_deck(chart_list: list[_charts.Chart], sources: pd.DataFrame, lang: str) -> bytes:
    """A 16:9 deck: title slide, one slide per chart (picture, title, source, notes), sources slide."""
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.util import Inches

    from dashboard.i18n import t

    began = time.perf_counter()
    pictures = images(chart_list, "png", DECK_SCALE, "slide")  # side by side, before any slide
    rendering = time.perf_counter() - began
    grey = RGBColor(0x59, 0x59, 0x59)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    blank = prs.slide_layouts[6]

    slide = prs.slides.add_slide(blank)
    _text(slide.shapes.add_textbox(Inches(0.8), Inches(2.4), Inches(11.7), Inches(1.4)).text_frame,
          t("app_title", lang), 44, bold=True)
    _text(slide.shapes.add_textbox(Inches(0.8), Inches(3.9), Inches(11.7), Inches(1.2)).text_frame,
          t("footer", lang), 18, color=grey)

    for chart, png in zip(chart_list, pictures, strict=True):
        slide = prs.slides.add_slide(blank)
        _text(slide.shapes.add_textbox(Inches(0.5), Inches(0.25), Inches(12.3), Inches(0.7)).text_frame,
              chart.title, 28, bold=True)
        if chart.unit:
            _text(slide.shapes.add_textbox(Inches(0.5), Inches(0.9), Inches(12.3), Inches(0.4)).text_frame,
                  chart.unit, 16, color=grey)
        ratio = _charts.HEIGHT / _charts.WIDTH  # slide_figure's size
        width = min(Inches(12.3), int(Inches(5.6) / ratio))
        left = int((prs.slide_width - width) / 2)
        picture = slide.shapes.add_picture(io.BytesIO(png), left, Inches(1.35), width=width)
        source_text = _charts.source_line(chart.source_ids, sources, lang)
        # Alt text: what the picture shows and where its figures come from (not "image.png").
        unit = f"{chart.unit} — " if chart.unit else ""
        picture._element.nvPicPr.cNvPr.set("descr", f"{chart.title} — {unit}{source_text}")
        picture.name = chart.title[:60]
        _text(slide.shapes.add_textbox(Inches(0.5), Inches(6.95), Inches(12.3), Inches(0.45)).text_frame,
              source_text, 14, color=grey)
        notes = slide.notes_slide.notes_text_frame
        notes.text = "\n".join([chart.title, *key_figures(chart, lang)])

    slide = prs.slides.add_slide(blank)
    _text(slide.shapes.add_textbox(Inches(0.5), Inches(0.3), Inches(12.3), Inches(0.8)).text_frame,
          t("page_sources", lang), 32, bold=True)
    box = slide.shapes.add_textbox(Inches(0.5), Inches(1.3), Inches(12.3), Inches(5.8)).text_frame
    lines = [f"{r.title_en if lang == 'en' else r.title_zh} — {r.publisher}"
             + (f", {pd.Timestamp(r.date_from):%Y-%m-%d}" if pd.notna(r.date_from) else "")
             for r in sources.itertuples()]
    _text(box, "\n".join(lines), 16)
    buf = io.BytesIO()
    prs.save(buf)
    _note_other("deck", time.perf_counter() - began, rendering, len(chart_list))
    return buf.getvalue()


