"""Load test: sessions that speak Streamlit's websocket protocol, against a running server.

    python -m dashboard loadtest --sessions 10 --duration 60 [--url URL] [--pages a,b] [--interval 5]
    python -m dashboard loadtest --matrix [--replicas 3] [--duration 40]

Each session does what a browser does, without drawing: GET / (cookies, so nginx's sticky routing
sees it as one viewer), open the websocket /_stcore/stream (subprotocol "streamlit"), run the
default page, then every `--interval` seconds (jittered 0.5x-1.5x; 0 = back to back) ask for the
next page (BackMsg.rerun_script with page_name) and read ForwardMsgs until script_finished.
Sessions start spread over the first interval. Before the measured phase one session runs each
page once (caches warm, imports done). It reports p50/p95 time-to-finished, errors (exceptions shown,
page not found, timeouts, closed sockets), bytes received per run, and, when it started the server
itself or is given `--pid`, server CPU (ms per page run, all server processes together) and memory
(RSS before the sessions opened and the growth per open session) with psutil.

Without --url it starts `python -m dashboard serve` on a free loopback port (a fresh server for
each level of --matrix); with --replicas K it starts K replicas behind nginx with deploy/local.sh.
Bounded: at most 200 sessions and 600 s per level; loopback URLs only unless --allow-remote.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ipaddress
import logging
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlparse

from dashboard import config

DEFAULT_PAGES = ["overview", "industry", "shares", "rankings", "targets", "indicators"]
DEFAULT_PAGE = "overview"  # st.navigation serves it at the root: page_name "" asks for it
MATRIX = [1, 10, 50]
MAX_SESSIONS = 200
MAX_DURATION = 600.0
RUN_TIMEOUT = 60.0  # a run that has not finished by then counts as an error


@dataclass
class Run:
    page: str
    seconds: float
    nbytes: int
    error: str | None = None


@dataclass
class Results:
    runs: list[Run] = field(default_factory=list)
    opens: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def is_loopback(url: str) -> bool:
    """True when the URL's host is this machine (127.0.0.0/8, ::1, localhost)."""
    host = urlparse(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation; nan for no values."""
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * q / 100.0
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def _cookies(base: str) -> str:
    """GET the app's root as a browser would; the cookies it sets, as a Cookie header."""
    with urllib.request.urlopen(base + "/", timeout=30) as r:
        jar = SimpleCookie()
        for header in r.headers.get_all("Set-Cookie") or []:
            jar.load(header)
        r.read()
    return "; ".join(f"{k}={m.value}" for k, m in jar.items())


class Session:
    """One viewer: a websocket to /_stcore/stream and the page runs it asks for."""

    def __init__(self, base: str, keep: bool = False):
        self.base = base
        self.ws = None
        self.cached: set[str] = set()
        self.keep = keep  # keep the last run's raw messages in self.received (tests read them)
        self.received: list[bytes] = []

    async def open(self) -> None:
        from websockets.asyncio.client import connect

        cookie = await asyncio.to_thread(_cookies, self.base)
        ws_url = "ws" + self.base[len("http"):] + "/_stcore/stream"
        self.ws = await connect(ws_url, subprotocols=["streamlit"], max_size=None, open_timeout=30,
                                additional_headers={"Cookie": cookie} if cookie else None)

    async def run(self, page: str) -> Run:
        """Ask for `page` and read until its script run finishes (reruns it asks for included)."""
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        msg = BackMsg()
        msg.rerun_script.page_name = "" if page == DEFAULT_PAGE else page
        msg.rerun_script.cached_message_hashes.extend(sorted(self.cached))
        start = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        nbytes, error = 0, None
        self.received = []
        deadline = start + RUN_TIMEOUT
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                return Run(page, time.perf_counter() - start, nbytes, "timeout")
            try:
                data = await asyncio.wait_for(self.ws.recv(), remaining)
            except TimeoutError:
                return Run(page, time.perf_counter() - start, nbytes, "timeout")
            nbytes += len(data)
            if self.keep:
                self.received.append(data)
            fwd = ForwardMsg()
            fwd.ParseFromString(data)
            kind = fwd.WhichOneof("type")
            if fwd.metadata.cacheable and fwd.hash:
                self.cached.add(fwd.hash)
            if kind == "delta" and fwd.delta.WhichOneof("type") == "new_element" \
                    and fwd.delta.new_element.WhichOneof("type") == "exception":
                error = error or "exception: " + fwd.delta.new_element.exception.message[:120]
            elif kind == "page_not_found":
                error = error or "page not found"
            elif kind == "script_finished":
                status = fwd.script_finished
                if status == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    continue  # the page asked for a rerun (st.rerun): the viewer waits for that one
                if status == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    error = error or "compile error"
                if status in (ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR):
                    return Run(page, time.perf_counter() - start, nbytes, error)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()


async def _viewer(base: str, pages: list[str], interval: float, start_delay: float, stop_at: float,
                  results: Results) -> None:
    await asyncio.sleep(start_delay)
    if time.perf_counter() >= stop_at:
        return
    session = Session(base)
    try:
        t0 = time.perf_counter()
        await session.open()
        first = await session.run(DEFAULT_PAGE)
        results.opens.append(time.perf_counter() - t0)
        if first.error:
            results.errors.append(f"open: {first.error}")
        i = random.randrange(len(pages))
        while True:
            wait = interval * random.uniform(0.5, 1.5)
            if time.perf_counter() + wait >= stop_at:
                break
            await asyncio.sleep(wait)
            run = await session.run(pages[i % len(pages)])
            i += 1
            results.runs.append(run)
            if run.error:
                results.errors.append(f"{run.page}: {run.error}")
                if run.error == "timeout":
                    break  # the socket is in an unknown state: this viewer gives up
    except Exception as e:  # a closed socket, a refused connection: counted, not raised
        results.errors.append(f"session: {type(e).__name__}: {e}"[:200])
    finally:
        with contextlib.suppress(Exception):
            await session.close()


async def _warm_up(base: str, pages: list[str]) -> list[str]:
    """One session runs each page once (module imports, caches); returns its errors."""
    session = Session(base)
    errors = []
    try:
        await session.open()
        for page in [DEFAULT_PAGE, *pages]:
            run = await session.run(page)
            if run.error:
                errors.append(f"warm-up {page}: {run.error}")
    finally:
        await session.close()
    return errors


# --- server processes ------------------------------------------------------------------------------

def _procs(pids: list[int]) -> list:
    import psutil

    out = []
    for pid in pids:
        p = psutil.Process(pid)
        out.append(p)
        out.extend(p.children(recursive=True))
    return out


def _cpu_seconds(pids: list[int]) -> float:
    total = 0.0
    for p in _procs(pids):
        with contextlib.suppress(Exception):
            t = p.cpu_times()
            total += t.user + t.system
    return total


def _rss_bytes(pids: list[int]) -> int:
    total = 0
    for p in _procs(pids):
        with contextlib.suppress(Exception):
            total += p.memory_info().rss
    return total


def _wait_healthy(url: str, proc: subprocess.Popen | None = None, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the server exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer /_stcore/health within {timeout:.0f} s")


@contextlib.contextmanager
def own_server(serve_args: list[str]) -> Iterator[tuple[str, list[int], list[str]]]:
    """`python -m dashboard serve` on a free loopback port: (url, [pid], [url])."""
    from devtools.browser import free_port

    port = free_port()
    cmd = [sys.executable, "-m", "dashboard", "serve", "--port", str(port), "--",
           "--server.fileWatcherType", "none", *serve_args]
    env = {**os.environ, "PYTHONPATH": str(config.ROOT)}
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, cwd=config.ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield url, [proc.pid], [url]
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@contextlib.contextmanager
def replicas(k: int, serve_args: list[str]) -> Iterator[tuple[str, list[int], list[str]]]:
    """K replicas behind nginx, started with deploy/local.sh in a private run directory:
    (nginx's url, replica pids, each replica's own url for the warm-up)."""
    from devtools.browser import free_port

    run_dir = Path(tempfile.mkdtemp(prefix="dashboard-loadtest-"))
    base = _free_block(k)
    env = {**os.environ, "RUN_DIR": str(run_dir), "PORT": str(free_port()), "REPLICA_PORT": str(base),
           "SERVE_ARGS": " ".join(serve_args)}
    script = str(config.ROOT / "deploy" / "local.sh")
    started = subprocess.run(["bash", script, str(k)], env=env, capture_output=True, text=True, check=False)
    try:
        if started.returncode != 0:
            raise RuntimeError(f"deploy/local.sh {k} failed:\n{started.stdout}{started.stderr}"[-3000:])
        url = (run_dir / "url").read_text().strip()
        pids = [int(p.read_text()) for p in sorted(run_dir.glob("replica-*.pid"))]
        yield url, pids, [f"http://127.0.0.1:{base + i}" for i in range(k)]
    finally:
        subprocess.run(["bash", script, "stop"], env=env, capture_output=True, check=False)
        shutil.rmtree(run_dir, ignore_errors=True)


def _free_block(k: int) -> int:
    """A first port p such that p..p+k-1 are all free on loopback."""
    import socket

    for _ in range(200):
        base = random.randrange(20000, 60000 - k)
        socks = []
        try:
            for port in range(base, base + k):
                s = socket.socket()
                socks.append(s)
                s.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue
        finally:
            for s in socks:
                s.close()
    raise RuntimeError("no block of free ports found")


# --- one measurement ---------------------------------------------------------------------------

@dataclass
class Level:
    sessions: int
    interval: float
    duration: float
    results: Results
    cpu_ms_per_run: float | None
    rss_before_mb: float | None
    rss_per_session_mb: float | None
    client_cpu_ms_per_run: float
    load: tuple[float, float, float]


def measure(url: str, pids: list[int], sessions: int, duration: float, interval: float,
            pages: list[str], warm_urls: list[str] | None = None) -> Level:
    """Warm up (each replica), then `sessions` viewers for `duration` seconds; server CPU/RSS
    over that phase."""
    results = Results()
    for warm_url in warm_urls or [url]:
        results.errors += asyncio.run(_warm_up(warm_url, pages))
    cpu0 = _cpu_seconds(pids) if pids else None
    rss0 = _rss_bytes(pids) if pids else None
    own0 = time.process_time()
    peak_rss = [0]

    async def main() -> None:
        stop_at = time.perf_counter() + duration
        spread = max(interval, 1.0) if sessions > 1 else 0.0

        async def sample_rss() -> None:
            while time.perf_counter() < stop_at:
                peak_rss[0] = max(peak_rss[0], _rss_bytes(pids))
                await asyncio.sleep(1.0)

        tasks = [_viewer(url, pages, interval, spread * i / sessions, stop_at, results)
                 for i in range(sessions)]
        if pids:
            tasks.append(sample_rss())
        await asyncio.gather(*tasks)

    asyncio.run(main())
    runs = len(results.runs) + len(results.opens)
    cpu = (_cpu_seconds(pids) - cpu0) * 1000 / runs if pids and runs else None
    rss_per = (peak_rss[0] - rss0) / sessions / 2**20 if pids else None
    client = (time.process_time() - own0) * 1000 / runs if runs else float("nan")
    return Level(sessions, interval, duration, results, cpu, rss0 / 2**20 if pids else None, rss_per,
                 client, os.getloadavg())


# --- reports -------------------------------------------------------------------------------------

def _fmt(value: float | None, spec: str = ".0f") -> str:
    return "-" if value is None or value != value else format(value, spec)


def page_table(level: Level) -> str:
    """Per page: runs, p50, p95, kB received per run."""
    lines = [f"{'page':<11} {'runs':>5} {'p50 ms':>7} {'p95 ms':>7} {'kB/run':>7}"]
    for page in sorted({r.page for r in level.results.runs}):
        runs = [r for r in level.results.runs if r.page == page and not r.error]
        times = [r.seconds * 1000 for r in runs]
        kb = statistics.mean(r.nbytes for r in runs) / 1024 if runs else float("nan")
        lines.append(f"{page:<11} {len(runs):>5} {_fmt(percentile(times, 50)):>7} "
                     f"{_fmt(percentile(times, 95)):>7} {_fmt(kb, '.1f'):>7}")
    return "\n".join(lines)


def summary_row(level: Level) -> list[str]:
    good = [r.seconds * 1000 for r in level.results.runs if not r.error]
    opens = [s * 1000 for s in level.results.opens]
    rate = len(level.results.runs) / level.duration
    return [str(level.sessions), str(len(good)), f"{rate:.1f}", _fmt(percentile(good, 50)),
            _fmt(percentile(good, 95)), _fmt(max(good) if good else None), _fmt(percentile(opens, 95)),
            str(len(level.results.errors)), _fmt(level.cpu_ms_per_run), _fmt(level.rss_before_mb),
            _fmt(level.rss_per_session_mb, ".1f"), " ".join(f"{x:.2f}" for x in level.load)]


HEAD = ["sessions", "runs", "runs/s", "p50 ms", "p95 ms", "max ms", "open p95 ms", "errors",
        "server CPU ms/run", "RSS MB", "RSS MB/session", "load avg 1/5/15"]


def table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [HEAD, *rows]) for i in range(len(HEAD))]
    out = ["  ".join(c.rjust(w) for c, w in zip(HEAD, widths, strict=True)),
           "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(out)


def report_errors(level: Level) -> None:
    if level.results.errors:
        counts: dict[str, int] = {}
        for e in level.results.errors:
            counts[e] = counts.get(e, 0) + 1
        for e, n in sorted(counts.items(), key=lambda kv: -kv[1])[:10]:
            print(f"  error x{n}: {e}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard loadtest", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=10, help="concurrent viewers (max 200)")
    parser.add_argument("--duration", type=float, default=40, help="seconds measured per level (max 600)")
    parser.add_argument("--interval", type=float, default=5.0,
                        help="seconds between a viewer's page runs, jittered 0.5x-1.5x (0: back to back)")
    parser.add_argument("--pages", help=f"comma-separated url paths (default: {','.join(DEFAULT_PAGES)})")
    parser.add_argument("--url", help="a running server (default: start `python -m dashboard serve`)")
    parser.add_argument("--pid", help="comma-separated PIDs of the server(s) at --url, for CPU and memory")
    parser.add_argument("--replicas", type=int, help="start K replicas behind nginx (deploy/local.sh)")
    parser.add_argument("--matrix", action="store_true", help=f"run {MATRIX} sessions and print a table")
    parser.add_argument("--allow-remote", action="store_true", help="allow a --url that is not loopback")
    parser.add_argument("--serve-args", default="",
                        help='streamlit options for servers it starts, e.g. "--runner.postScriptGC true"')
    parser.add_argument("--seed", type=int, default=1, help="random seed for jitter and page order")
    args = parser.parse_args(argv)

    logging.disable(logging.WARNING)  # importing the page list defines cached functions: "No runtime"
    from dashboard import site_pages

    logging.disable(logging.NOTSET)
    known = [p.path for p in site_pages.viewer_pages()]
    pages = [p.strip() for p in args.pages.split(",") if p.strip()] if args.pages else DEFAULT_PAGES
    unknown = [p for p in pages if p not in known]
    if unknown:
        print(f"unknown pages: {', '.join(unknown)}; known: {', '.join(known)}", file=sys.stderr)
        return 2
    levels = MATRIX if args.matrix else [args.sessions]
    if not all(1 <= n <= MAX_SESSIONS for n in levels) or not 1 <= args.duration <= MAX_DURATION \
            or args.interval < 0:
        print(f"sessions 1..{MAX_SESSIONS}, duration 1..{MAX_DURATION:.0f} s, interval >= 0",
              file=sys.stderr)
        return 2
    if args.url and args.replicas:
        print("--url and --replicas exclude each other", file=sys.stderr)
        return 2
    if args.url and not is_loopback(args.url) and not args.allow_remote:
        print(f"{args.url} is not a loopback address: load tests run against this machine only "
              "(--allow-remote to override, for a server you run)", file=sys.stderr)
        return 2
    random.seed(args.seed)

    def server():
        if args.url:
            pids = [int(p) for p in args.pid.split(",")] if args.pid else []
            return contextlib.nullcontext((args.url.rstrip("/"), pids, [args.url.rstrip("/")]))
        extra = args.serve_args.split()
        return replicas(args.replicas, extra) if args.replicas else own_server(extra)

    target = (args.url or (f"{args.replicas} replicas behind nginx (deploy/local.sh)" if args.replicas
                           else "one `python -m dashboard serve` started for each level")
              + (f" with {args.serve_args}" if args.serve_args and not args.url else ""))
    rows, failed = [], False
    for n in levels:
        with server() as (url, pids, warm_urls):
            print(f"{n} sessions against {url} for {args.duration:.0f} s ...", file=sys.stderr)
            level = measure(url, pids, n, args.duration, args.interval, pages, warm_urls)
        rows.append(summary_row(level))
        report_errors(level)
        failed = failed or bool(level.results.errors)
        if not args.matrix:
            print(page_table(level))
            print()
    print(f"target: {target}; pages: {','.join(pages)}; interval {args.interval:g} s (jittered "
          f"0.5x-1.5x); {args.duration:g} s per level after a warm-up run of each page")
    print(table(rows))
    print("times: rerun request sent -> script_finished; server CPU = all server processes (nginx "
          "excluded) / page runs; RSS MB = before the sessions opened, MB/session = peak growth / "
          f"sessions; client CPU {level.client_cpu_ms_per_run:.1f} ms/run (last level)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
