"""Opening a Scorecard does its slow first-time work off the GUI thread (issue 8, defect 10):
importing the page's module (Jinja, the charts: 57-62 ms) was the longest GUI stall of a voice
interview's scorecard; the answer templates' first compile (~20 ms) goes with them."""

from __future__ import annotations

import importlib
import sys
import threading
from typing import Any

import jinja2
from test_scorecard_keyboard import _finished

import simulator.ui.pages as pages
import simulator.ui.pages.scorecard  # noqa: F401  (imported again in the test, as in a fresh app)

PAGE_MODULE = "simulator.ui.pages.scorecard"
# The module, not the package's render() function of the same name.
render = importlib.import_module("simulator.core.export.render")


class _ImportWatch:
    """A meta-path finder that finds nothing: it only notes which thread imported what."""

    def __init__(self) -> None:
        self.threads: dict[str, threading.Thread] = {}

    def find_spec(self, name: str, *_args: Any) -> None:
        self.threads.setdefault(name, threading.current_thread())


def test_the_page_module_and_template_are_made_on_a_worker(
    qtbot, window, services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    sid = _finished(services)
    compiled_on: list[tuple[str, threading.Thread]] = []
    compile_template = jinja2.Environment.compile

    def watched(env: jinja2.Environment, source: str, name: str | None = None, *a: Any) -> Any:
        compiled_on.append((str(name), threading.current_thread()))
        return compile_template(env, source, name, *a)

    monkeypatch.setattr(jinja2.Environment, "compile", watched)
    monkeypatch.setattr(render, "_ENVS", {})  # as in a fresh app: nothing compiled yet
    monkeypatch.setattr(pages, "scorecard", sys.modules[PAGE_MODULE])  # restored afterwards
    monkeypatch.delitem(sys.modules, PAGE_MODULE)  # as in a fresh app: not imported yet
    imports = _ImportWatch()
    monkeypatch.setattr(sys, "meta_path", [imports, *sys.meta_path])

    window.open_scorecard(sid)
    # (window.scorecard itself would make the page, and import its module, here and now)
    shown = lambda: window.stack.currentWidget().objectName() == "scorecardPage"  # noqa: E731
    qtbot.waitUntil(shown, timeout=5000)

    gui = threading.main_thread()
    assert window.scorecard.detail.toPlainText().strip()  # the detail was filled
    assert {name for name, _ in compiled_on} >= {"answer_detail.html.j2", "_answer.html.j2"}
    assert [name for name, thread in compiled_on if thread is gui] == []
    assert imports.threads[PAGE_MODULE] is not gui
