"""Each use of kaleido's private API (dashboard/internals.py, its kaleido section) still matches the installed kaleido.

These run without a browser: they check the private names and signatures the module relies on, and
drive the overridden tab hand-back on kaleido's own base method with a stand-in tab.
"""

from __future__ import annotations

import asyncio
import inspect
import types

import pytest

from dashboard import config, internals


def test_the_installed_kaleido_is_the_pinned_one():
    internals.kaleido_check_version()
    requirements = (config.ROOT / "requirements.txt").read_text(encoding="utf-8")
    assert f"kaleido=={internals.KALEIDO_PINNED}" in requirements.splitlines()


@pytest.mark.parametrize("found", ["9.9.9", ""])
def test_another_kaleido_version_gives_a_clear_message(found):
    with pytest.raises(internals.KaleidoVersionError, match=f"kaleido=={internals.KALEIDO_PINNED}"):
        internals.kaleido_check_version(found)


# --- 1. Kaleido._return_kaleido_tab, Kaleido.tabs_ready, a tab's js_logger -------------------------

def test_kaleido_hands_tabs_back_through_the_method_we_override():
    import kaleido

    method = kaleido.Kaleido._return_kaleido_tab
    assert inspect.iscoroutinefunction(method)
    assert list(inspect.signature(method).parameters) == ["self", "tab"]
    assert "_return_kaleido_tab(" in inspect.getsource(kaleido.Kaleido.calc_fig) or \
        "_return_kaleido_tab(" in inspect.getsource(kaleido.Kaleido)
    assert "self.tabs_ready" in inspect.getsource(kaleido.Kaleido)


def test_a_kaleido_tab_has_a_js_logger_with_reset():
    from kaleido._kaleido_tab import _tab

    assert "js_logger" in _tab._KaleidoTab.__annotations__
    assert callable(_tab._js_logger.JavascriptLogger.reset)


class _Tab:
    def __init__(self):
        self.tab = types.SimpleNamespace(target_id="abcd1234")
        self.reloads = self.resets = 0
        self.js_logger = types.SimpleNamespace(reset=self._reset)

    def _reset(self):
        self.resets += 1

    async def reload(self):
        self.reloads += 1


@pytest.mark.parametrize("reload", [False, True])
def test_the_override_keeps_or_reloads_the_page_and_hands_the_tab_back(reload):
    asked = []
    cls = internals.tab_reusing_class(lambda tab, failed: asked.append(failed) or reload)
    k = cls.__new__(cls)  # no browser: only the hand-back is exercised

    async def hand_back(tab):
        k.tabs_ready = asyncio.Queue()
        await k._return_kaleido_tab(tab)
        return await k.tabs_ready.get()

    tab = _Tab()
    assert asyncio.run(hand_back(tab)) is tab
    assert asked == [False]
    assert (tab.reloads, tab.resets) == ((1, 0) if reload else (0, 1))


# --- 2. Kaleido._create_kaleido_tab -------------------------------------------------------------

def test_kaleido_opens_a_tab_with_the_method_we_call():
    import kaleido

    method = kaleido.Kaleido._create_kaleido_tab
    assert inspect.iscoroutinefunction(method)
    assert list(inspect.signature(method).parameters) == ["self"]


def test_open_more_tabs_starts_one_task_per_tab():
    opened = []

    class Fake:
        async def _create_kaleido_tab(self):
            opened.append(1)

    async def run():
        tasks = internals.open_more_tabs(Fake(), 3)
        await asyncio.gather(*tasks)
        return tasks

    assert len(asyncio.run(run())) == 3 and len(opened) == 3


# --- 3. Browser.subprocess ----------------------------------------------------------------------------

def test_the_browser_keeps_its_process_in_subprocess():
    import choreographer
    import kaleido

    assert issubclass(kaleido.Kaleido, choreographer.Browser)
    source = inspect.getsource(choreographer.Browser)
    assert "self.subprocess = " in source and "self.subprocess.poll()" in source


def test_pid_and_running_read_the_process():
    process = types.SimpleNamespace(pid=4242, poll=lambda: None)
    k = types.SimpleNamespace(subprocess=process)
    assert internals.browser_pid(k) == 4242 and internals.browser_running(k)
    process.poll = lambda: -9
    assert not internals.browser_running(k)
