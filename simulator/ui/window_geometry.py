"""The window's size, place and maximised state: fitted to the screen it opens on, and kept
between runs (``window.json`` in the data folder).

Walkthrough 28: on a 1024x600 screen the window opened 1000x640 (its smallest size), so Start
interview and Settings were below the screen's edge with no way to reach them; and a window
the person had resized or maximised opened at the default size again on the next start. On a
screen smaller than the pages are laid out for, the pages now scroll inside a window that fits
(Tab scrolls the focused control into view); elsewhere nothing changes."""

from __future__ import annotations

import base64
import errno
import json
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QStackedWidget, QWidget

from simulator.core.small_files import read_small_text, replace_private
from simulator.core.storage_errors import LINK_LOOP

MAX_FILE_BYTES = 4096  # a few hundred bytes of Qt's saved geometry, as base64
FRAME = QSize(24, 40)  # room left for a window manager's frame and title bar
_log = logging.getLogger(__name__)


def fitted_size(default: QSize, minimum: QSize, available: QSize) -> QSize:
    """The window's first size on a screen of ``available`` size, room left for its frame:
    at 1200x780 on a small laptop screen, the buttons at the bottom of a page were out of sight.
    Never below ``minimum`` (the caller lowers it on a screen smaller than that)."""
    width = max(minimum.width(), min(default.width(), available.width() - FRAME.width()))
    height = max(minimum.height(), min(default.height(), available.height() - FRAME.height()))
    return QSize(width, height)


class _Fitted(QWidget):
    """The pages in the scroll area, as small as the page shown allows. (A QStackedWidget put
    there itself asks the scroll area for the height every page, hidden ones too, needs at
    the width shown: on a 1024x600 screen the interview page scrolled its Submit button out
    of sight for the scorecard's sake.)"""

    def __init__(self, pages: QWidget) -> None:
        super().__init__()
        self.setObjectName("fittedPages")
        self._pages = pages
        if isinstance(pages, QStackedWidget):
            pages.currentChanged.connect(lambda _index: self.updateGeometry())

    def take_pages(self) -> None:
        """The pages moved in, once this widget is in its window: each move of the pages
        (every widget of the app, styled by the theme's sheet) costs ~10 ms at start, and
        built around them first they moved four times (to no parent, here, into the scroll
        area, into the window); now once, within the window."""
        self._pages.setParent(self)
        self._pages.setGeometry(self.rect())

    def _shown(self) -> QWidget:
        pages = self._pages
        shown = pages.currentWidget() if isinstance(pages, QStackedWidget) else None
        return shown if shown is not None else pages

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._shown().minimumSizeHint()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.minimumSizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._pages.setGeometry(self.rect())
        super().resizeEvent(event)


def fit_to_screen(window: QMainWindow, pages: QWidget, available: QRect) -> bool:
    """On a screen smaller than the window's smallest size (in width or height), the pages go
    into a scroll area, each page as small as its layout allows, and the window's smallest
    size in that direction becomes what the screen holds, room left for a frame. True if it
    did. (A screen just the smallest size keeps the window as it was: scroll bars for a
    frame's few pixels cost more room than they give.)"""
    smallest = window.minimumSize()
    short_w = available.width() < smallest.width()
    short_h = available.height() < smallest.height()
    if not (short_w or short_h):
        return False
    room = available.size() - FRAME
    area = QScrollArea()
    area.setObjectName("pagesScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    # Never focused itself: at start the keyboard landed on it, nothing was drawn focused, and
    # Down and Enter did nothing in the plan (ux29). A page's control Tab reaches still
    # scrolls into view (QScrollArea.focusNextPrevChild).
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    fitted = _Fitted(pages)
    area.setWidget(fitted)
    area.setParent(window)  # in the window first: the pages move once, within it
    fitted.take_pages()  # (the window has no central widget then)
    window.setCentralWidget(area)
    pages.show()
    window.setMinimumSize(
        max(320, room.width()) if short_w else smallest.width(),
        max(240, room.height()) if short_h else smallest.height(),
    )
    return True


def restore(window: QMainWindow, path: Path, available: QRect) -> bool | str:
    """The size, place and maximised state the window had when last closed, if kept (a smaller
    screen now: its size fitted, and the whole of it moved onto the screen). False: nothing kept
    (first start); a text: why what was kept could not be used (the window says it)."""
    try:
        data = json.loads(read_small_text(path, MAX_FILE_BYTES))
        saved = QByteArray(base64.b64decode(str(data["geometry"]), validate=True))
    except FileNotFoundError:
        return False
    except OSError as exc:
        # a file that cannot be read (a folder by that name, no permission): it cannot be
        # written at close either, so it is said (only logged, every start was at the
        # default size without a word why)
        _log.warning("window size not restored from %s: %s", path, exc)
        return not_restored(path, _reason(exc))
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        # damaged, or nested thousands deep (attack run 29: the app did not start): the
        # default size is used, and the file is written whole again at close
        _log.warning("window size not restored from %s: %s", path, exc)
        return False
    if not window.restoreGeometry(saved):
        # Qt declines some geometries it saved itself (seen under X without a window
        # manager): nothing the person could act on, so only logged
        _log.warning("window size not restored from %s: not a kept window geometry", path)
        return False
    if not window.isMaximized():
        size = window.size().boundedTo(available.size() - FRAME).expandedTo(window.minimumSize())
        window.resize(size)
        window.move(_inside(window.frameGeometry(), available))
    return True


def not_restored(path: Path, why: str) -> str:
    return (
        f"The window's size from last time could not be read from {path} ({why}): it "
        "opened at its default size."
    )


def not_kept(path: Path, exc: BaseException) -> str:
    return (
        f"The window's size and place cannot be kept for next time in {path} "
        f"({_reason(exc)}): it will open at its default size."
    )


def _reason(exc: BaseException) -> str:
    """An error as a person reads it: "Permission denied", not "[Errno 13] Permission denied:
    '/home/…/window.json'" (the path is said once, by the caller)."""
    if isinstance(exc, OSError) and exc.errno == errno.ELOOP:
        return LINK_LOOP  # (it said "Too many levels of symbolic links", attack run 49)
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, RecursionError):
        return "it is nested too deep to read"
    if isinstance(exc, (ValueError, KeyError, TypeError)):
        return "it is not a kept window size"
    return str(exc) or type(exc).__name__


def _inside(frame: QRect, available: QRect) -> QPoint:
    """Where a frame goes to lie whole on the screen, moved as little as it must (closed on a
    larger screen, its top-left corner alone was kept on this one, the rest past its edges);
    one larger than the screen keeps its top-left corner at the screen's."""
    x = max(available.left(), min(frame.left(), available.right() + 1 - frame.width()))
    y = max(available.top(), min(frame.top(), available.bottom() + 1 - frame.height()))
    return QPoint(x, y)


def kept_text(window: QMainWindow) -> str:
    """The window's size, place and maximised state as ``window.json`` holds them."""
    return json.dumps({"geometry": base64.b64encode(window.saveGeometry().data()).decode()})


def keep(window: QMainWindow, path: Path) -> None:
    """Write the window's size, place and maximised state (not at all when the data folder
    cannot be written: only the size is lost). At close, with the window going: a failure is
    said while it runs, by ``write_kept`` after a resize or a move."""
    try:
        replace_private(path, kept_text(window))
    except OSError as exc:
        _log.warning("window size not kept in %s: %s", path, exc)


def write_kept(path: Path, text: str) -> None:
    """``kept_text`` written (on the database lane); OSError reaches the caller."""
    replace_private(path, text)
