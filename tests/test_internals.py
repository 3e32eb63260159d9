"""Each Streamlit private the dashboard uses (dashboard/internals.py) still exists in the installed Streamlit,
and no other product module touches one; the dashboard's modules import each other without cycles."""

from __future__ import annotations

import re

import pytest

from dashboard import config, internals, site_pages
from devtools.import_cycles import cycles

PRODUCT = [*sorted((config.ROOT / "dashboard").rglob("*.py")), *sorted((config.ROOT / "pages").glob("*.py")),
           config.ROOT / "app.py"]
# Streamlit's and kaleido's private modules and names: only internals.py may use them.
PRIVATE = re.compile(r"streamlit\.(runtime|web|file_util|proto)\b|\bfile_util\b|PagesManager|Runtime\b"
                     r"|_instance\b|create_streamlit_middleware|window\.__streamlit"
                     r"|_kaleido_tab\b|\btabs_ready\b|\bjs_logger\b|kaleido\.\w*\._")


def test_the_pinned_streamlit_is_installed():
    import streamlit

    assert internals.pinned_version() == streamlit.__version__
    assert internals.version_problem() is None


def test_another_streamlit_gets_a_message_in_both_languages():
    message = internals.version_problem("0.1.0")
    assert message and "0.1.0" in message and internals.pinned_version() in message
    assert "当前安装的是" in message and "is installed" in message


def test_the_serve_command_refuses_another_streamlit(monkeypatch, capsys):
    from dashboard.__main__ import main

    monkeypatch.setattr(internals, "version_problem", lambda: "版本不符 / wrong version")
    assert main(["serve"]) == 1
    assert "wrong version" in capsys.readouterr().err


def test_index_html_has_what_the_shell_rewrites():
    html = internals.index_html()
    assert "<head>" in html and "</head>" in html and "<title>Streamlit</title>" in html


def test_the_frontend_reads_its_backend_address_from_window_streamlit():
    """The setting frontend_settings writes exists in this build's frontend bundle."""
    bundle = re.search(r'src="\./(static/js/index\.[^"]+\.js)"', internals.index_html()).group(1)
    code = (internals.static_dir() / bundle).read_text(encoding="utf-8")
    assert "__streamlit" in code and "BACKEND_BASE_URL" in code
    assert internals.frontend_settings("/board/") == (
        '<script>window.__streamlit={BACKEND_BASE_URL:location.origin+"/board/"};</script>')


@pytest.mark.parametrize("element", sorted({e for p in site_pages.PAGES for e in p.elements}
                                           | set(site_pages.EVERY_PAGE) | set(site_pages.CHART_PAGE)))
def test_every_element_the_pages_draw_first_has_its_code_file(element):
    name = internals.element_code(element)
    assert name and (internals.static_dir() / "static" / "js" / name).is_file()
    assert internals.element_code("NoSuchElement") is None


def test_install_middleware_puts_ours_first_once(monkeypatch):
    from streamlit.web.server.starlette import starlette_app

    monkeypatch.setattr(starlette_app, "create_streamlit_middleware", lambda: ["streamlit's"])
    internals.install_middleware(lambda: ["ours"])
    internals.install_middleware(lambda: ["again"])  # a second call changes nothing
    assert starlette_app.create_streamlit_middleware() == ["ours", "streamlit's"]


def test_run_streamlit_is_what_the_streamlit_script_runs():
    from importlib.metadata import entry_points

    from streamlit.web import cli

    (script,) = [e for e in entry_points(group="console_scripts") if e.name == "streamlit"]
    assert script.value == "streamlit.web.cli:main" and callable(cli.main)


def test_router_off_switches_the_legacy_pages_mode_off(monkeypatch):
    from streamlit.runtime.pages_manager import PagesManager

    monkeypatch.setattr(PagesManager, "uses_pages_directory", True)
    assert internals.legacy_pages_on()
    internals.router_off()
    assert not internals.legacy_pages_on() and PagesManager.uses_pages_directory is False


def test_runtime_running_tells_a_server_from_no_runtime(monkeypatch):
    from streamlit.runtime import Runtime

    monkeypatch.setattr(Runtime, "_instance", None)
    assert not internals.streamlit_runtime_running()
    monkeypatch.setattr(Runtime, "_instance", object.__new__(Runtime))
    assert internals.streamlit_runtime_running()


def test_only_internals_touches_streamlit_or_kaleido_privates():
    touching = [str(f.relative_to(config.ROOT)) for f in PRODUCT
                if f.name != "internals.py" and PRIVATE.search(f.read_text(encoding="utf-8"))]
    assert touching == []


# --- Import cycles ---------------------------------------------------------------------------------

NOT_YET: list = []  # cycles still to be broken (none)


def test_the_dashboard_modules_import_without_cycles():
    found = cycles(config.ROOT / "dashboard")
    assert [c for c in found if c not in NOT_YET] == []
    page_modules = {"dashboard.nested_urls", "dashboard.page_shell", "dashboard.site_pages", "dashboard.router",
                    "dashboard.furniture", "dashboard.url_state", "dashboard.chart_display", "dashboard.cards",
                    "dashboard.slides", "dashboard.login", "dashboard.internals", "dashboard.catalog"}
    assert not [c for c in found if page_modules & set(c)]


def test_a_cycle_is_found(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg import b\n")
    (package / "b.py").write_text("def f():\n    from pkg.sub import c\n")  # inside a function counts
    (package / "sub" / "c.py").write_text("from .. import a\n")
    (package / "d.py").write_text("import pkg.a\n")
    assert cycles(package) == [["pkg.a", "pkg.b", "pkg.sub.c"]]
