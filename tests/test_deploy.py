"""Deployment: the load test's guards, the nginx template, and replicas sharing one data directory."""

from __future__ import annotations

import asyncio
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from dashboard import config, imports
from dashboard.build import build
from devtools import loadtest
from devtools.browser import running_app

pytestmark = pytest.mark.slow  # servers and nginx

NGINX = Path("/usr/sbin/nginx")


@pytest.mark.parametrize(("url", "loopback"), [
    ("http://127.0.0.1:8501", True), ("http://localhost:8080", True), ("http://[::1]:8501", True),
    ("http://127.1.2.3:80", True), ("http://10.0.0.5:8501", False), ("http://dashboard.example.gov.cn", False),
    ("https://8.8.8.8/", False),
])
def test_only_loopback_counts_as_this_machine(url, loopback):
    assert loadtest.is_loopback(url) is loopback


def test_remote_url_and_unbounded_runs_are_refused(capsys):
    assert loadtest.main(["--url", "http://10.0.0.5:8501", "--duration", "1"]) == 2
    assert "not a loopback address" in capsys.readouterr().err
    assert loadtest.main(["--sessions", "500", "--duration", "1"]) == 2
    assert loadtest.main(["--sessions", "1", "--duration", "3600"]) == 2
    assert loadtest.main(["--pages", "nosuchpage", "--duration", "1"]) == 2


def test_percentile():
    values = [float(v) for v in range(1, 101)]
    assert loadtest.percentile(values, 50) == pytest.approx(50.5)
    assert loadtest.percentile(values, 95) == pytest.approx(95.05)
    assert loadtest.percentile([7.0], 95) == 7.0
    assert loadtest.percentile([], 50) != loadtest.percentile([], 50)  # nan


def test_nginx_template_renders_to_a_valid_config(tmp_path):
    assert NGINX.exists(), "nginx is missing: bash scripts/setup.sh installs it"
    text = (config.ROOT / "deploy" / "nginx.conf.template").read_text(encoding="utf-8")
    servers = "".join(f"        server 127.0.0.1:{p} max_fails=3 fail_timeout=10s;\n" for p in (8601, 8602))
    text = text.replace("@LISTEN@", "127.0.0.1:18080").replace("@RUN_DIR@", str(tmp_path))
    text = text.replace("@UPSTREAM_SERVERS@\n", servers)
    assert [line for line in text.splitlines() if "@" in line and not line.lstrip().startswith("#")] == []
    conf = tmp_path / "nginx.conf"
    conf.write_text(text, encoding="utf-8")
    result = subprocess.run([str(NGINX), "-t", "-p", str(tmp_path), "-e", str(tmp_path / "error.log"),
                             "-c", str(conf)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    for needle in ("hash $route_key consistent", "proxy_set_header Upgrade $http_upgrade",
                   "client_max_body_size 22m", "max_fails=3"):
        assert needle in text


def _overview(url: str) -> bytes:
    """The messages of one overview run in a new websocket session."""
    async def run() -> bytes:
        session = loadtest.Session(url, keep=True)
        await session.open()
        try:
            result = await session.run("overview")
            assert result.error is None, result.error
            return b"".join(session.received)
        finally:
            await session.close()
    return asyncio.run(run())


def test_an_import_through_one_replica_is_seen_by_all(tmp_path):
    """Two servers on one data directory: a figure imported (as replica A's maintenance page does)
    shows on the overview of both, without restarting either."""
    data = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, data, ignore=shutil.ignore_patterns("*.duckdb*", "imports"))
    db = build(tmp_path / "e.duckdb", data)
    from dashboard.add_source import register

    register("测试用虚构公报：全市地区生产总值820.5亿元。".encode(), "bulletin.txt", "test-bulletin", "测试公报",
             date="2022-03-01", data_dir=data, db_path=db)
    upload = ("region,indicator,period,value,unit,kind,source,quote\n"
              "醴陵市,地区生产总值,2021,820.5,亿元,actual,test-bulletin,全市地区生产总值820.5亿元\n").encode()
    env = {"DASHBOARD_DATA_DIR": str(data), "DASHBOARD_DB": str(db)}
    with running_app(env=env) as a, running_app(env=env) as b:
        before = [_overview(a), _overview(b)]  # both replicas have opened the old file
        assert all(b"820.5" not in m for m in before)
        assert all(b"737.6" in m for m in before)
        plan, entry = imports.import_file(upload, "bulletin.csv", "tester", data_dir=data, db_path=db)
        assert plan.problems == [] and entry is not None
        after = [_overview(a), _overview(b)]
        assert all(b"820.5" in m for m in after)


def test_streamlit_config_for_viewers():
    conf = tomllib.loads((config.ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert conf["client"]["toolbarMode"] == "viewer"
    assert conf["theme"]["base"] == "light"
    assert conf["browser"]["gatherUsageStats"] is False
    assert conf["runner"]["postScriptGC"] is False
    # Room for a 20 MiB document, and nginx lets through what Streamlit accepts.
    nginx = (config.ROOT / "deploy" / "nginx.conf.template").read_text(encoding="utf-8")
    body = [int(m) for m in re.findall(r"^\s*client_max_body_size (\d+)m;", nginx, re.M)]
    assert body and 20 < conf["server"]["maxUploadSize"] <= min(body)
    ignored = subprocess.run(["git", "check-ignore", "-q", ".streamlit/secrets.toml"], cwd=config.ROOT,
                             check=False)
    assert ignored.returncode == 0, ".streamlit/secrets.toml must stay git-ignored"


def test_served_sessions_get_the_viewer_toolbar():
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    with running_app() as url:
        async def first_run() -> list[bytes]:
            session = loadtest.Session(url, keep=True)
            await session.open()
            try:
                await session.run("shares")
                return session.received
            finally:
                await session.close()
        messages = asyncio.run(first_run())
    sessions = [m.new_session for m in map(ForwardMsg.FromString, messages) if m.HasField("new_session")]
    assert sessions and sessions[0].config.toolbar_mode == sessions[0].config.VIEWER
