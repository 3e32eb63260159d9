"""Where a page's server time goes: one warm script run per page under cProfile (AppTest).

    python -m devtools.profile_pages [--pages rankings,industry] [--top 12]

Per page: process CPU ms of a warm run, wall ms, what the run sends (ForwardMsg bytes, charts, traces,
figure JSON bytes, download buttons), then the run's cumulative time in a few named places
(figure serialisation, st.plotly_chart, download buttons, queries, chart building, tables) and the
top functions by cumulative time. AppTest runs the script in its own thread, so the profiler is
switched on inside that thread. The websocket side (compression, sending) is not in AppTest:
`python -m dashboard loadtest --pages X` measures the whole server per run.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import logging
import pstats
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

from dashboard import config

# (label, substring of "file:function" in pstats) for the cumulative-time breakdown.
PLACES = [
    ("st.plotly_chart", "plotly_chart.py:plotly_chart"),
    ("figure -> JSON", "plotly/io/_json.py:to_json_plotly"),
    ("st.download_button", "button.py:download_button"),
    ("st.popover", "layouts.py:popover"),
    ("st.page_link", "button.py:page_link"),
    ("st.dataframe", "arrow.py:dataframe"),
    ("cache.query", "dashboard/cache.py:query"),
    ("cache.charts", "dashboard/cache.py:charts"),
    ("DataFrame.copy", "generic.py:copy"),
    ("st.markdown/caption", "markdown.py:"),
]


@dataclass
class PageRun:
    """What one warm run of a page cost and sent."""

    page: str
    cpu_ms: float
    wall_ms: float
    msg_bytes: int
    charts: int
    traces: int
    figure_json: int
    largest_figure: int
    downloads: int
    error: str | None = None


_last = {"bytes": 0}
_profiler: list[cProfile.Profile] = []


@contextlib.contextmanager
def instrumented() -> Iterator[None]:
    """Count the ForwardMsg bytes of each AppTest run; profile the script thread when asked."""
    from streamlit.runtime.scriptrunner.script_runner import ScriptRunner
    from streamlit.testing.v1.local_script_runner import LocalScriptRunner

    orig_run, orig_script = LocalScriptRunner.run, ScriptRunner._run_script

    def run(self, *args, **kwargs):
        tree = orig_run(self, *args, **kwargs)
        _last["bytes"] = sum(m.ByteSize() for m in self.forward_msgs())
        return tree

    def run_script(self, rerun_data):
        if not _profiler:
            return orig_script(self, rerun_data)
        _profiler[0].enable()
        try:
            return orig_script(self, rerun_data)
        finally:
            _profiler[0].disable()

    LocalScriptRunner.run, ScriptRunner._run_script = run, run_script
    try:
        yield
    finally:
        LocalScriptRunner.run, ScriptRunner._run_script = orig_run, orig_script


def figure_stats(at) -> tuple[int, int, int, int]:
    """(charts, traces, figure JSON bytes, largest figure's bytes) of an AppTest run."""
    sizes, traces = [], 0
    for el in at.get("plotly_chart"):
        spec = el.proto.spec
        sizes.append(len(spec.encode("utf-8")))
        traces += len(json.loads(spec).get("data", []))
    return len(sizes), traces, sum(sizes), max(sizes, default=0)


def new_app(page_file: str | None):
    """An AppTest of app.py switched to `page_file`, after one run (AppTest wants one first)."""
    from streamlit.testing.v1 import AppTest

    from dashboard import internals

    internals.router_off()  # as `dashboard serve` does (no legacy pages/ scan per run)
    at = AppTest.from_file(str(config.ROOT / "app.py"), default_timeout=120)
    at.run()
    if page_file:
        at.switch_page(page_file)
        at.run()
    return at


def measure_page(at, page: str, reruns: int) -> PageRun:
    """Median CPU and wall time of `reruns` warm runs of an AppTest already on the page."""
    cpu, wall = [], []
    for _ in range(max(reruns, 1)):
        c0, w0 = time.process_time(), time.perf_counter()
        at.run()
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
    n_charts, traces, fig_bytes, largest = figure_stats(at)
    error = at.exception[0].message if len(at.exception) else None
    return PageRun(page, statistics.median(cpu), statistics.median(wall), _last["bytes"], n_charts,
                   traces, fig_bytes, largest, len(at.get("download_button")), error)


def profile_run(at) -> pstats.Stats:
    """One more warm run of the AppTest under cProfile (script thread)."""
    _profiler[:] = [cProfile.Profile()]
    try:
        at.run()
    finally:
        prof = _profiler.pop()
    return pstats.Stats(prof)


def places(stats: pstats.Stats) -> list[tuple[str, float, int]]:
    """(label, cumulative ms, calls) for each named place (the outermost call counts)."""
    out = []
    for label, needle in PLACES:
        cum, calls = 0.0, 0
        for (file, _line, func), (_cc, nc, _tt, ct, _callers) in stats.stats.items():
            if needle in f"{file}:{func}":
                cum = max(cum, ct)  # nested/recursive entries overlap: take the largest
                calls += nc
        out.append((label, cum * 1000, calls))
    return out


def top(stats: pstats.Stats, n: int) -> str:
    buf = io.StringIO()
    stats.stream = buf
    stats.sort_stats("cumulative").print_stats(n)
    lines = [line for line in buf.getvalue().splitlines() if line.strip()]
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    return "\n".join(lines[start:])


def main(argv: list[str] | None = None) -> int:
    logging.disable(logging.WARNING)  # "No runtime found" between AppTest runs: expected
    from dashboard import site_pages

    parser = argparse.ArgumentParser(prog="python -m devtools.profile_pages", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", help="comma-separated url paths (default: every page)")
    parser.add_argument("--top", type=int, default=12, help="functions listed per page")
    parser.add_argument("--reruns", type=int, default=5, help="warm runs measured per page (median)")
    args = parser.parse_args(argv)
    wanted = set(args.pages.split(",")) if args.pages else None
    pages = [(p.file, p.path) for p in site_pages.viewer_pages() if wanted is None or p.path in wanted]
    with instrumented():
        new_app(None)  # imports and first-run work count against no page
        for page_file, page in pages:
            at = new_app(page_file)
            run = measure_page(at, page, args.reruns)
            stats = profile_run(at)
            print(f"== {page}: CPU {run.cpu_ms:.0f} ms, wall {run.wall_ms:.0f} ms per warm run; sends "
                  f"{run.msg_bytes / 1024:.0f} kB; {run.charts} charts, {run.traces} traces, figure JSON "
                  f"{run.figure_json / 1024:.0f} kB (largest {run.largest_figure / 1024:.0f} kB); "
                  f"{run.downloads} download buttons" + (f"; ERROR {run.error}" if run.error else ""))
            print("   " + "; ".join(f"{label} {ms:.0f} ms/{calls}x" for label, ms, calls in places(stats)
                                    if calls))
            print(top(stats, args.top))
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
