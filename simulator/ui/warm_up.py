"""First-time costs paid on a worker lane in idle time after the window's first paint, not on
the GUI thread when a person acts; and a page's first build split from its first showing.

**Audio devices.** Qt's first device query (or player) creates its multimedia integration,
loads its FFmpeg plugin and connects to the sound server: 26-92 ms on a quiet machine. Made in a
session's start (the microphone checked), it was the briefing's longest stall. It is not made on
a worker: there it deadlocked with a QMediaPlayer made on the GUI thread meanwhile (the Review
page opened on a cold start). The worker held Qt's integration lock and waited for the GIL (Qt
tells the Python-made QApplication of a new connection); the GUI thread held the GIL and waited
for that lock. So in idle time after the first paint a worker maps the plugin's libraries and
imports Qt Multimedia's module (nothing there touches Qt's integration: 70-200 ms), then the GUI
thread asks first (8-9 ms once mapped). Every later query reads the list Qt's sound-server
thread keeps up to date (microseconds), and the session's controller is made only after it.

**Session core.** Its modules (the adapter, engine, journal, events) took ~60 ms to import
in idle time after the first paint, on the GUI thread: a stall of Home. A worker imports them;
the controller is then made on the GUI thread (a Start before that imports them there).

**Page modules.** Importing the Review page's module took 84 ms (Jinja, the charts), the
scorecard's 57-62 (imported on the database lane as it opened, now before), Progress
23, Settings 22 (and 42 more for the microphone module its device list needs), Attempts 12
(measured without bytecode caches): on the GUI thread, when the page was first opened. They
are imported on a worker (a page opened before that waits for the import in progress).

**First showing.** A page is still made on the GUI thread, but no longer in the same event as
its first filling and showing: it is built while a worker loads its data
(``build_while_loading``).
"""

from __future__ import annotations

import importlib
import logging
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from simulator.core import collector
from simulator.core.collector import collector_paused, turn
from simulator.core.session.ports import COMPUTE
from simulator.ui import media
from simulator.ui.audio_backend import configure_audio_backend

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from simulator.ui.tasks import TaskManager

log = logging.getLogger(__name__)

# What a person opens with one click from Home or the scorecard, and the scorecard itself.
PAGE_MODULES = (
    "simulator.ui.pages.scorecard",
    "simulator.ui.settings_dialog",
    "simulator.ui.audio_input",  # Settings' device list, the first spoken answer: 42 ms
    "simulator.ui.pages.review",
    "simulator.ui.pages.progress",
    "simulator.ui.pages.attempts",
    "simulator.ui.pages.history",
)


def map_multimedia() -> None:
    """Qt Multimedia's libraries and Python module, loaded on a worker. Nothing here creates
    Qt's multimedia integration (that is ``ask_audio_devices``, on the GUI thread)."""
    media.load_native_libraries()
    importlib.import_module("PySide6.QtMultimedia")


def ask_audio_devices() -> None:
    """Qt's first device query, on the GUI thread: it creates Qt's multimedia integration and
    connects to the sound server (see the module's docstring for why never on a worker)."""
    from PySide6.QtMultimedia import QMediaDevices

    started = time.perf_counter()
    inputs = len(QMediaDevices.audioInputs())
    outputs = len(QMediaDevices.audioOutputs())
    elapsed_ms = (time.perf_counter() - started) * 1000
    log.debug("audio devices: %d in, %d out (%.1f ms)", inputs, outputs, elapsed_ms)


def import_session_core() -> None:
    """The session's adapter and core (engine, journal, events): ~60 ms of imports."""
    importlib.import_module("simulator.ui.session")


# How long a page's import waits for a speech engine's (or a pack's) load in progress (a page
# opened meanwhile imports its module itself), and how long no load must have run
# (``collector``: the scoring's preparation gives way the same).
BUILD_WAIT_S = collector.BUILD_WAIT_S
BUILD_SETTLE_S = collector.BUILD_SETTLE_S


def import_page_modules(closing: Callable[[], bool] = lambda: False) -> None:
    """Each page's module in turn, after any big object graph being built (the speech model's
    load, a pack's parse) and not beside a question's scoring preparation (``collector.turn``);
    the collector paused while it imports and what it made (classes, functions, tables: they
    last as long as the app) frozen out of later full collections, as the bank and the engines
    are. Stops when ``closing()`` says the app is closing (a window's close waits for its
    lanes)."""
    for module in PAGE_MODULES:
        if module in sys.modules:
            continue
        with turn(BUILD_WAIT_S, settle=BUILD_SETTLE_S):
            if closing():
                return
            with collector_paused(freeze=True):
                importlib.import_module(module)


def warm_up_page_modules(tasks: TaskManager) -> None:
    """Import the modules of the pages a click opens, on the compute lane."""
    tasks.submit(
        lambda: import_page_modules(lambda: tasks.closed),
        on_error=lambda exc: log.warning("a page's module failed to import: %s", exc),
        lane=COMPUTE,
        only_prepares=True,
    )


def warm_up_audio_devices(tasks: TaskManager, then: Callable[[], None]) -> None:
    """Map Qt Multimedia on the compute lane, then ask Qt's audio devices here on the GUI
    thread, then call ``then`` (also when the mapping failed: the query is made anyway)."""
    configure_audio_backend()  # the environment is set here, not while other threads read it

    def mapped() -> None:
        if not tasks.closed:
            ask_audio_devices()
        then()

    def failed(exc: BaseException) -> None:
        log.warning("Qt Multimedia's libraries could not be loaded: %s", exc)
        mapped()

    tasks.submit(
        map_multimedia,
        on_done=lambda _none: mapped(),
        on_error=failed,
        lane=COMPUTE,
        only_prepares=True,
    )


def warm_up_session_core(tasks: TaskManager, then: Callable[[], None]) -> None:
    """Import the session core on the compute lane, then call ``then`` on the GUI thread (also
    when the import failed: the window then imports it on first use, and says why)."""

    def failed(exc: BaseException) -> None:
        log.warning("the session core failed to import: %s", exc)
        then()

    tasks.submit(
        import_session_core,
        on_done=lambda _none: then(),
        on_error=failed,
        lane=COMPUTE,
        only_prepares=True,
    )


def build_while_loading(make: Callable[[], QWidget], module: str) -> None:
    """Make and style a page now (``make()``), while a worker loads what it will show: its first
    showing then only fills and lays it out. Both were one event of the GUI thread (the
    scorecard page 44-87 ms quiet, 130-210 ms at load 6; Review 55-100 ms); split, the longest
    is a part. Only once the page's ``module`` is imported (``PAGE_MODULES``, in idle time):
    importing it here would put that back on the GUI thread; until then the page is made when
    shown, as before."""
    if module in sys.modules:
        make().ensurePolished()  # the style sheets resolved for it and every child


def shown_later(
    stack: QStackedWidget, page: QWidget, focus: QWidget, closing: Callable[[], bool]
) -> None:
    """Show ``page``, just filled, in the next event-loop turn, laid out first at the size it
    is shown with: filling, laying out and the first paint in one event held the GUI thread
    34-38 ms for the scorecard (``benchmarks/voice_interview.py``, stops 27-28) and 300-430 ms
    for the Review of a long answer at load 10 (``benchmarks/review_long_transcript.py``,
    perf43); split, the longest is a part. Not shown if ``closing()`` or another page was
    opened meanwhile; ``focus`` gets the keyboard once it is."""
    page.setGeometry(stack.contentsRect())
    layout = page.layout()
    if layout is not None:
        layout.activate()
    before = stack.currentWidget()

    def show() -> None:
        if closing() or stack.currentWidget() is not before:
            return  # the window closes, or another page was opened meanwhile
        stack.setCurrentWidget(page)
        focus.setFocus()  # not left on a widget of the hidden page

    QTimer.singleShot(0, page, show)
