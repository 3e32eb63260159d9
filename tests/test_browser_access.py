"""Real browser: the editor login, and an import while a viewer keeps reloading a page."""

from __future__ import annotations

import shutil
import threading

import pytest
from import_helpers import register_source

from dashboard import auth, config, editor_session, imports
from dashboard.build import build
from devtools.browser import EXCEPTION_SELECTOR, chromium, running_app

pytestmark = pytest.mark.slow  # a real browser against a running app

PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture
def scratch(tmp_path):
    """A copy of data/ and its own database, so the test may import into it."""
    data = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, data, ignore=shutil.ignore_patterns("*.duckdb*", "imports"))
    db = build(tmp_path / "e.duckdb", data)
    return data, db


def _session_ids(page) -> list[str]:
    """The ids of the Streamlit sessions a page's websockets open (read from their new_session messages)."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    seen: list[str] = []

    def frame(payload) -> None:
        if isinstance(payload, bytes | bytearray):
            msg = ForwardMsg()
            msg.ParseFromString(bytes(payload))
            if msg.WhichOneof("type") == "new_session":
                seen.append(msg.new_session.initialize.session_id)

    page.on("websocket", lambda ws: ws.on("framereceived", frame))
    return seen


def _resume(url: str, session_id: str, page_name: str) -> tuple[list[str], list[str]]:
    """Issue 26.3's attack: a websocket naming an existing session id in its subprotocols, with no
    cookie and a bogus XSRF token, asks for a page. Returns (session ids it was given, element types)."""
    import asyncio

    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from websockets.asyncio.client import connect

    async def run():
        ids, elements = [], []
        ws_url = "ws" + url[len("http"):] + "/_stcore/stream"
        async with connect(ws_url, subprotocols=["streamlit", "bogus-xsrf", session_id], max_size=None,
                           open_timeout=30) as ws:
            back = BackMsg()
            back.rerun_script.page_name = page_name
            await ws.send(back.SerializeToString())
            while True:
                msg = ForwardMsg()
                msg.ParseFromString(await asyncio.wait_for(ws.recv(), 60))
                kind = msg.WhichOneof("type")
                if kind == "new_session":
                    ids.append(msg.new_session.initialize.session_id)
                elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
                    elements.append(msg.delta.new_element.WhichOneof("type"))
                elif kind == "script_finished" and msg.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    return ids, elements

    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:  # Playwright's sync API holds this thread's event loop
        return pool.submit(asyncio.run, run()).result()


def test_editor_login_in_the_browser(browser, scratch, tmp_path, monkeypatch):
    """The form, the login cookie (HttpOnly, SameSite=Strict, set by /_editor/session), a session id
    alone (issue 26.3: resumed without the cookie it is a viewer's session), and logout."""
    data, db = scratch
    env = {"DASHBOARD_DATA_DIR": str(data), "DASHBOARD_DB": str(db),
           "DASHBOARD_STATE_DIR": str(tmp_path / "state"),
           "DASHBOARD_EDITORS": f"alice={auth.hash_password(PASSWORD)}"}
    for k in ("DASHBOARD_STATE_DIR", "DASHBOARD_EDITORS"):  # this process reads the server's state
        monkeypatch.setenv(k, env[k])
    with running_app(env=env) as url:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        sessions = _session_ids(page)
        page.goto(url)
        page.wait_for_selector('[data-testid="stSidebarNav"]')
        nav = page.locator('[data-testid="stSidebarNav"]')
        assert "数据维护" not in nav.inner_text()
        page.get_by_text("编辑登录").click()
        page.get_by_label("编辑账号").fill("alice")
        page.get_by_label("密码").fill("wrong password")
        page.get_by_label("密码").press("Enter")  # submits the form (as a person pressing Enter)
        page.get_by_text("账号或密码错误").wait_for(timeout=20000)
        assert "数据维护" not in nav.inner_text()
        page.get_by_label("编辑账号").fill("alice")
        page.get_by_label("密码").fill(PASSWORD)
        page.wait_for_timeout(300)
        page.get_by_role("button", name="登录").click()  # and by the button
        # The page goes to /_editor/session, which sets the cookie and sends it on to 数据维护.
        page.wait_for_url(f"{url}/maintenance", timeout=20000)
        page.locator('.st-key-upload [data-testid="stFileUploader"]').wait_for(timeout=20000)  # the import's
        assert "数据维护" in nav.inner_text()
        page.screenshot(path=str(_artifact("maintenance-logged-in.png")))
        (cookie,) = [c for c in context.cookies() if c["name"] == editor_session.COOKIE]
        assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["path"] == "/"
        assert auth.token_editor(cookie["value"]) == "alice"  # signed with the server's key
        assert editor_session.COOKIE not in page.evaluate("() => document.cookie")  # not for scripts

        viewer = browser.new_page(viewport={"width": 1280, "height": 900})  # another browser, no cookie
        viewer.goto(f"{url}/maintenance?_editor=alice")
        viewer.wait_for_selector("h1")
        viewer.wait_for_timeout(1500)
        assert viewer.locator('[data-testid="stFileUploader"]').count() == 0
        assert "数据维护" not in viewer.locator('[data-testid="stSidebarNav"]').inner_text()
        viewer.close()

        # The editor's session id alone: the editor closes the tab, someone resumes the session.
        editor_session_id = sessions[-1]
        page.close()
        ids, elements = _resume(url, editor_session_id, "maintenance")
        assert ids == [editor_session_id], "the session was not resumed: the test proves nothing"
        assert "file_uploader" not in elements
        assert elements.count("exception") == 0

        # The cookie still works in the editor's browser; logging out clears it.
        page = context.new_page()
        page.goto(f"{url}/maintenance")
        page.locator('.st-key-upload [data-testid="stFileUploader"]').wait_for(timeout=20000)
        page.get_by_text("编辑登录").click()
        page.get_by_role("button", name="退出登录").click()
        page.wait_for_url(url + "/", timeout=20000)
        page.wait_for_selector('[data-testid="stSidebarNav"]')
        page.wait_for_timeout(1000)
        assert [c for c in context.cookies() if c["name"] == editor_session.COOKIE] == []
        assert "数据维护" not in page.locator('[data-testid="stSidebarNav"]').inner_text()
        context.close()


def test_import_while_a_viewer_reloads(browser, scratch):
    data, db = scratch
    # A registered test-only source whose title and quote carry markup and a formula.
    register_source(data, "bulletin-2021", "醴陵市2021年统计公报（测试）\n=1+1 地区生产总值820.5亿元\n",
                    title="醴陵市2021年统计公报<script>window.hacked=1</script>**bold**")
    upload = ("region,indicator,period,value,unit,kind,source,quote\n"
              "醴陵市,地区生产总值,2021,820.5,亿元,actual,bulletin-2021,=1+1 地区生产总值820.5亿元\n"
              ).encode()
    env = {"DASHBOARD_DATA_DIR": str(data), "DASHBOARD_DB": str(db)}
    with running_app(env=env) as url:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        done = threading.Event()
        result = {}

        def do_import():
            result["plan"], result["entry"] = imports.import_file(upload, "bulletin.csv", "tester",
                                                                  data_dir=data, db_path=db)
            done.set()

        seen_new = False
        for i in range(30):  # bounded: at most 30 reloads
            page.goto(f"{url}/overview")
            page.wait_for_selector('[data-testid="stMetric"]', timeout=30000)
            page.wait_for_timeout(300)
            assert page.locator(EXCEPTION_SELECTOR).count() == 0, f"exception on reload {i}"
            if i == 2:
                threading.Thread(target=do_import, daemon=True).start()
            if done.is_set() and "820.5亿元" in page.locator('[data-testid="stMetric"]').first.inner_text():
                seen_new = True
                break
        assert result["entry"] is not None
        assert seen_new, "the imported figure never appeared"
        assert errors == []
        # Text from the upload is shown as text on the Sources page: no script runs, no markdown.
        page.goto(f"{url}/sources?source=bulletin-2021")
        page.get_by_text("<script>window.hacked=1</script>**bold**", exact=False).first.wait_for(timeout=30000)
        page.get_by_text("=1+1 地区生产总值820.5亿元").first.wait_for(timeout=10000)
        assert page.evaluate("() => window.hacked === undefined")
        assert page.locator(EXCEPTION_SELECTOR).count() == 0


def _artifact(name: str):
    path = config.ROOT / "artifacts" / "screenshots" / "access"
    path.mkdir(parents=True, exist_ok=True)
    return path / name
