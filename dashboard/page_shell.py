"""The page a browser loads for /, /rankings, /data ...: Streamlit's index.html, told where the app lives.

Streamlit's frontend does not know the app's base path. Opened at /rankings it first probes
/rankings/_stcore/health and /rankings/_stcore/host-config (both 404), waits 100 ms, then tries the
root: every deep link paid two failed requests and a pause before its websocket opened (about
150 ms of a 600 ms page). The frontend reads its backend's address from `window.__streamlit` when a
host sets it; `python -m dashboard serve` installs this middleware, which answers page requests with
index.html carrying that setting (the app's root, under server.baseUrlPath), so the first probe hits.
The shell also carries the server's host config (what /_stcore/host-config answers, asked of
Streamlit once per process): given both, the frontend opens its websocket at once and checks health
and host config in the background, instead of waiting for those two requests first.
Everything else (assets, websocket, health, media) is Streamlit's own.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from dashboard.nested_urls import RESERVED

TITLE = "醴陵·株洲经济看板"
CSS_FILE = Path(__file__).with_name("page.css")
# True once this process serves pages through PageShell (`python -m dashboard serve`): their <head> then
# carries page.css, and pages need not add it with st.html. Added there, a style sheet arriving after
# the sidebar and the first elements restyled the whole page: ~100 ms of the browser's main thread.
SERVING = False


@cache
def page_css() -> str:
    """The pages' own style sheet (dashboard/page.css)."""
    return CSS_FILE.read_text(encoding="utf-8")


def is_page_request(path: str, base: str = "", method: str = "GET", accept: str = "text/html") -> bool:
    """A browser navigation to the app's root or one of its pages (one path segment, no file name)."""
    if method not in ("GET", "HEAD") or "text/html" not in accept:
        return False
    base = "/" + base.strip("/") if base.strip("/") else ""
    if base:
        if path != base and not path.startswith(base + "/"):
            return False
        path = path[len(base):]
    segments = [s for s in path.split("/") if s]
    if path.endswith("/") and segments:  # Streamlit redirects /rankings/ to /rankings: leave it to it
        return False
    return len(segments) == 0 or (len(segments) == 1 and "." not in segments[0]
                                  and segments[0] not in RESERVED)


# Streamlit's frontend loads an element type's code (static/js/<Name>.<hash>.js) when it first draws an
# element of that type, one type after another as the page's elements arrive: Html, then PlotlyChart
# (4.7 MB), then PageLink. The shell starts loading what a page draws first while the websocket
# connects. Per page: what its first run draws (tests/test_page_shell.py checks it against the runs).
EVERY_PAGE = ("Html", "PageLink")  # chart titles, the closing line, the language link
CHART_PAGE = ("PlotlyChart",)  # pages opening on a plotly-drawn chart (catalog.opening_specs)
PAGE_ELEMENTS = {"overview": ("Metric",), "data": ("Multiselect", "DataFrame", "DownloadButton"),
                 "sources": ("Selectbox",), "present": ("Button",),
                 "export": ("Multiselect", "Selectbox", "Button", "DownloadButton")}


def page_elements(page: str) -> tuple[str, ...]:
    """The element modules a page's first run draws (page: its url path; "" for the root)."""
    from dashboard import catalog, ui

    page = page or ui.DEFAULT_PAGE
    plotly = any(spec.screen == "plotly" for spec in catalog.opening_specs(page))
    return EVERY_PAGE + (CHART_PAGE if plotly else ()) + PAGE_ELEMENTS.get(page, ())


@cache
def known_pages() -> frozenset[str]:
    """The pages' url paths (the shell is made once per page: unknown paths share the root's)."""
    from dashboard import ui

    return frozenset(path for _, path, _, _ in [*ui.PAGES, ui.MAINTENANCE_PAGE])


def _preload(root: str, page: str) -> str:
    """A module script importing the page's element code (those of this Streamlit build found)."""
    from streamlit import file_util

    js = Path(file_util.get_static_dir()) / "static" / "js"
    files = [f"{root}static/js/{found[0].name}" for name in page_elements(page)
             if (found := sorted(js.glob(f"{name}.*.js")))]
    if not files:
        return ""
    return "<script type=\"module\">" + "".join(f"import({json.dumps(f)});" for f in files) + "</script>"


def _script_json(value) -> str:
    """JSON safe inside a <script> element (no "</script>" or "<!--" can close or open anything)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


@cache
def shell(base: str = "", page: str = "", host_config: str | None = None) -> bytes:
    """index.html with the backend's address (and, when known, the server's host config as JSON) set
    before the frontend's code runs, the pages' style sheet, the page's element code asked for early,
    and the app's title."""
    from streamlit import file_util

    html = (Path(file_util.get_static_dir()) / "index.html").read_text(encoding="utf-8")
    root = "/" + base.strip("/") + "/" if base.strip("/") else "/"
    settings = f"BACKEND_BASE_URL:location.origin+{json.dumps(root)}"
    if host_config:
        settings += f",HOST_CONFIG:{_script_json(json.loads(host_config))}"
    script = f"<script>window.__streamlit={{{settings}}};</script>"
    if "<head>" not in html:  # an unexpected index.html: serve it untouched (the frontend probes)
        return html.encode("utf-8")
    html = html.replace("<head>", "<head>\n    " + script, 1)
    html = html.replace("</head>", f"<style>\n{page_css()}</style>\n{_preload(root, page)}\n  </head>", 1)
    html = html.replace("<title>Streamlit</title>", f"<title>{TITLE}</title>", 1)
    return html.encode("utf-8")


class PageShell:
    """ASGI middleware: page requests get shell(); anything else goes on to Streamlit."""

    def __init__(self, app, base: str = ""):
        global SERVING
        self.app = app
        self.base = base
        # The server's host config as JSON text, asked of Streamlit at the first page request ("": asked,
        # not available; pages then go without it and the frontend fetches it itself).
        self.host_config: str | None = None
        SERVING = True

    async def _host_config(self, scope) -> str | None:
        """What Streamlit answers at /_stcore/host-config (its JSON text), or None if it does not
        answer 200 with a JSON object: the shell then goes without, and the frontend asks itself."""
        root = "/" + self.base.strip("/") if self.base.strip("/") else ""
        path = f"{root}/_stcore/host-config"
        sub = {**scope, "method": "GET", "path": path, "raw_path": path.encode(), "query_string": b"",
               "headers": [(b"accept", b"application/json")]}
        status, body = 0, []

        async def receive():
            return {"type": "http.request", "body": b"", "more_body": False}

        async def collect(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                body.append(message.get("body", b""))

        try:
            await self.app(sub, receive, collect)
            found = json.loads(b"".join(body))
        except Exception:  # noqa: BLE001 - any failure: the frontend fetches the config as before
            return None
        return json.dumps(found, sort_keys=True) if status == 200 and isinstance(found, dict) else None

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            headers = dict(scope.get("headers") or [])
            path = scope.get("path", "")
            if is_page_request(path, self.base, scope.get("method", ""),
                               headers.get(b"accept", b"").decode("latin-1")):
                page = path.rstrip("/").rsplit("/", 1)[-1]
                if self.host_config is None:
                    self.host_config = await self._host_config(scope) or ""
                body = shell(self.base, page if page in known_pages() else "", self.host_config or None)
                await send({"type": "http.response.start", "status": 200,
                            "headers": [(b"content-type", b"text/html; charset=utf-8"),
                                        (b"cache-control", b"no-cache"),
                                        (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body",
                            "body": b"" if scope.get("method") == "HEAD" else body})
                return
        await self.app(scope, receive, send)
