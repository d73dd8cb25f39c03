"""First-time costs paid on a worker lane in idle time after the window's first paint, not on
the GUI thread when a person acts; and a page's first build split from its first showing.

**Audio devices** are not queried on a worker: Qt's first device query there (26-62 ms, once
760 ms, as it loads the multimedia backend) deadlocked with a QMediaPlayer made on the GUI thread
meanwhile (the Review page opened at a first start, with nothing compiled yet): both threads
waited in Qt's multimedia set-up for good.

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
from collections.abc import Callable
from typing import TYPE_CHECKING

from simulator.core.session.ports import COMPUTE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

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


def import_session_core() -> None:
    """The session's adapter and core (engine, journal, events): ~60 ms of imports."""
    importlib.import_module("simulator.ui.session")


def import_page_modules() -> None:
    for module in PAGE_MODULES:
        importlib.import_module(module)


def warm_up_page_modules(tasks: TaskManager) -> None:
    """Import the modules of the pages a click opens, on the compute lane."""
    tasks.submit(
        import_page_modules,
        on_error=lambda exc: log.warning("a page's module failed to import: %s", exc),
        lane=COMPUTE,
    )


def warm_up_session_core(tasks: TaskManager, then: Callable[[], None]) -> None:
    """Import the session core on the compute lane, then call ``then`` on the GUI thread (also
    when the import failed: the window then imports it on first use, and says why)."""

    def failed(exc: BaseException) -> None:
        log.warning("the session core failed to import: %s", exc)
        then()

    tasks.submit(import_session_core, on_done=lambda _none: then(), on_error=failed, lane=COMPUTE)


def build_while_loading(make: Callable[[], QWidget], module: str) -> None:
    """Make and style a page now (``make()``), while a worker loads what it will show: its first
    showing then only fills and lays it out. Both were one event of the GUI thread (the
    scorecard page 44-87 ms quiet, 130-210 ms at load 6; Review 55-100 ms); split, the longest
    is a part. Only once the page's ``module`` is imported (``PAGE_MODULES``, in idle time):
    importing it here would put that back on the GUI thread; until then the page is made when
    shown, as before."""
    if module in sys.modules:
        make().ensurePolished()  # the style sheets resolved for it and every child
