"""Nested URLs (/data/x, /present/3) go to the app's page-not-found instead of a blank white page.

Streamlit answers any unknown path with its index.html, whose assets are relative (./static/...):
under /data/x they resolve to /data/static/... and the page stays blank. `python -m dashboard
serve` installs this middleware, which redirects such paths to one unknown page name, for which
Streamlit shows its "Page not found" notice over the main page.
"""

from __future__ import annotations

NOT_FOUND = "not-found"
# First path segments Streamlit itself serves below (assets, websocket, media, components, auth).
RESERVED = {"_stcore", "static", "media", "component", "app", "auth", "oauth2callback"}


def redirect_target(path: str, query: str = "", base: str = "", accept: str = "text/html") -> str | None:
    """Where a page request (a browser navigation) for `path` should go instead, or None to
    serve it as usual. Anything naming a route of Streamlit's own (the frontend probes
    /data/_stcore/health to find the app's base path) is left alone: it must stay a 404."""
    if "text/html" not in accept:
        return None
    base = "/" + base.strip("/") if base.strip("/") else ""
    if base and (path == base or path.startswith(base + "/")):
        path = path[len(base):]
    segments = [s for s in path.split("/") if s]
    if len(segments) < 2 or RESERVED & set(segments):
        return None
    return f"{base}/{NOT_FOUND}" + (f"?{query}" if query else "")


class NestedPathRedirect:
    """ASGI middleware: GET/HEAD of a nested page path -> 302 to the not-found page."""

    def __init__(self, app, base: str = ""):
        self.app = app
        self.base = base

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope.get("method") in ("GET", "HEAD"):
            headers = dict(scope.get("headers") or [])
            target = redirect_target(scope.get("path", ""), scope.get("query_string", b"").decode("latin-1"),
                                     self.base, headers.get(b"accept", b"").decode("latin-1"))
            if target:
                await send({"type": "http.response.start", "status": 302,
                            "headers": [(b"location", target.encode("latin-1")),
                                        (b"cache-control", b"no-cache"), (b"content-length", b"0")]})
                await send({"type": "http.response.body", "body": b""})
                return
        await self.app(scope, receive, send)
