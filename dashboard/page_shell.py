"""The page a browser loads for /, /rankings, /data ...: Streamlit's index.html, told where the app lives.

Opened at /rankings, Streamlit's frontend first probes /rankings/_stcore/health (404), waits, then
tries the root: `python -m dashboard serve` answers page requests with index.html telling the
frontend the app's root (internals.frontend_settings), with the pages' style sheet in its <head> and
the code of the elements the page draws first asked for early. Everything else is Streamlit's own.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from dashboard import internals, site, site_pages
from dashboard.nested_urls import RESERVED, NestedPathRedirect

TITLE = site.title("zh")  # the app's title, from data/site.csv (the page shell's <title>)
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


def page_elements(page: str) -> tuple[str, ...]:
    """The element modules a page's first run draws (page: its url path; "" for the root)."""
    return site_pages.first_run_elements(page)


@cache
def known_pages() -> frozenset[str]:
    """The pages' url paths (the shell is made once per page: unknown paths share the root's)."""
    return frozenset(site_pages.BY_PATH)


def _preload(root: str, page: str) -> str:
    """A module script importing the page's element code (those of this Streamlit build found)."""
    files = [f"{root}static/js/{name}" for element in page_elements(page)
             if (name := internals.element_code(element))]
    if not files:
        return ""
    return "<script type=\"module\">" + "".join(f"import({json.dumps(f)});" for f in files) + "</script>"


@cache
def shell(base: str = "", page: str = "") -> bytes:
    """index.html with the backend's address set before the frontend's code runs, the pages' style
    sheet, the page's element code asked for early, and the app's title."""
    html = internals.index_html()
    root = "/" + base.strip("/") + "/" if base.strip("/") else "/"
    if "<head>" not in html:  # an unexpected index.html: serve it untouched (the frontend probes)
        return html.encode("utf-8")
    html = html.replace("<head>", "<head>\n    " + internals.frontend_settings(root), 1)
    html = html.replace("</head>", f"<style>\n{page_css()}</style>\n{_preload(root, page)}\n  </head>", 1)
    html = html.replace("<title>Streamlit</title>", f"<title>{TITLE}</title>", 1)
    return html.encode("utf-8")


class PageShell:
    """ASGI middleware: page requests get shell(); anything else goes on to Streamlit."""

    def __init__(self, app, base: str = ""):
        global SERVING
        self.app = app
        self.base = base
        SERVING = True

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            headers = dict(scope.get("headers") or [])
            path = scope.get("path", "")
            if is_page_request(path, self.base, scope.get("method", ""),
                               headers.get(b"accept", b"").decode("latin-1")):
                page = path.rstrip("/").rsplit("/", 1)[-1]
                body = shell(self.base, page if page in known_pages() else "")
                await send({"type": "http.response.start", "status": 200,
                            "headers": [(b"content-type", b"text/html; charset=utf-8"),
                                        (b"cache-control", b"no-cache"),
                                        (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body",
                            "body": b"" if scope.get("method") == "HEAD" else body})
                return
        await self.app(scope, receive, send)


def middleware() -> list:
    """What `python -m dashboard serve` puts before Streamlit's own middleware (internals.install_middleware):
    the login cookie's endpoint (/_editor/...), nested paths redirected to the not-found page, then
    page requests answered with the shell."""
    import streamlit as st
    from starlette.middleware import Middleware

    from dashboard.editor_session import EditorSession

    base = st.get_option("server.baseUrlPath") or ""
    return [Middleware(EditorSession, base=base), Middleware(NestedPathRedirect, base=base),
            Middleware(PageShell, base=base)]
