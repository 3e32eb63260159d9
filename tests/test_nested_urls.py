"""Nested URLs (/data/x, /present/3) reach the app's page-not-found, not a blank white page."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from dashboard.nested_urls import redirect_target
from devtools.browser import running_app


@pytest.mark.parametrize(("path", "accept", "expected"), [
    ("/data/x", "text/html,application/xhtml+xml", "/not-found"),
    ("/present/3", "text/html", "/not-found"),
    ("/data", "text/html", None),  # a page: served as usual
    ("/", "text/html", None),
    ("/data/_stcore/health", "*/*", None),  # the frontend probes this to find its base path: a 404
    ("/data/_stcore/health", "text/html", None),
    ("/static/js/index.js", "text/html", None),
    ("/media/abc/def.png", "text/html", None),
    ("/data/x", "application/json", None),
])
def test_redirect_target(path, accept, expected):
    assert redirect_target(path, accept=accept) == expected


def test_redirect_keeps_the_base_url_and_query():
    assert redirect_target("/board/data/x", "lang=en", "board") == "/board/not-found?lang=en"
    assert redirect_target("/board/data", "", "/board/") is None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _get(url: str, accept: str = "text/html") -> tuple[int, str]:
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(urllib.request.Request(url, headers={"Accept": accept}), timeout=30) as r:
            return r.status, r.headers.get("Location", "")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Location", "")


@pytest.mark.slow  # starts a server
def test_the_server_redirects_nested_paths():
    """Through `python -m dashboard serve` (no browser needed: the blank page came from the HTML)."""
    with running_app() as url:
        assert _get(f"{url}/data/x") == (302, "/not-found")
        assert _get(f"{url}/present/3?lang=en") == (302, "/not-found?lang=en")
        assert _get(f"{url}/data")[0] == 200
        assert _get(f"{url}/data/_stcore/health", "*/*")[0] == 404
        assert _get(f"{url}/_stcore/health", "*/*")[0] == 200
