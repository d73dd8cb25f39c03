"""The window's size, place and maximised state: fitted to the screen it opens on, and kept
between runs (``window.json`` in the data folder).

Walkthrough 28: on a 1024x600 screen the window opened 1000x640 (its smallest size), so Start
interview and Settings were below the screen's edge with no way to reach them; and a window
the person had resized or maximised opened at the default size again on the next start. On a
screen smaller than the pages are laid out for, the pages now scroll inside a window that fits
(Tab scrolls the focused control into view); elsewhere nothing changes."""

from __future__ import annotations

import base64
import json
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QWidget

from simulator.core.small_files import read_small_text, replace_private

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


def fit_to_screen(window: QMainWindow, pages: QWidget, available: QRect) -> bool:
    """On a screen smaller than the window's smallest size (in width or height), the pages go
    into a scroll area laid out at that size, and the window's smallest size in that direction
    becomes what the screen holds, room left for a frame. True if it did. (A screen just the
    smallest size keeps the window as it was: scroll bars for a frame's few pixels cost more
    room than they give.)"""
    smallest = window.minimumSize()
    short_w = available.width() < smallest.width()
    short_h = available.height() < smallest.height()
    if not (short_w or short_h):
        return False
    room = available.size() - FRAME
    bar = window.menuBar().sizeHint().height()
    area = QScrollArea()
    area.setObjectName("pagesScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    window.takeCentralWidget()
    # laid out at the window's smallest size, less the other direction's scroll bar
    across = area.verticalScrollBar().sizeHint().width()
    down = area.horizontalScrollBar().sizeHint().height()
    pages.setMinimumSize(smallest.width() - across, smallest.height() - bar - down)
    area.setWidget(pages)
    window.setCentralWidget(area)
    window.setMinimumSize(
        max(320, room.width()) if short_w else smallest.width(),
        max(240, room.height()) if short_h else smallest.height(),
    )
    return True


def restore(window: QMainWindow, path: Path, available: QRect) -> bool:
    """The size, place and maximised state the window had when last closed, if kept and still
    on this screen (a smaller screen now: fitted into it). False: nothing kept (first start)."""
    try:
        data = json.loads(read_small_text(path, MAX_FILE_BYTES))
        saved = QByteArray(base64.b64decode(str(data["geometry"]), validate=True))
    except FileNotFoundError:
        return False
    except (OSError, ValueError, KeyError, TypeError) as exc:  # unreadable: the default is used
        _log.warning("window size not restored from %s: %s", path, exc)
        return False
    if not window.restoreGeometry(saved):
        return False
    if not window.isMaximized():
        size = window.size().boundedTo(available.size() - FRAME).expandedTo(window.minimumSize())
        window.resize(size)
        frame = window.frameGeometry()
        if not available.contains(frame.topLeft()) or not available.intersects(frame):
            window.move(available.topLeft())
    return True


def keep(window: QMainWindow, path: Path) -> None:
    """Write the window's size, place and maximised state (not at all when the data folder
    cannot be written: only the size is lost)."""
    text = json.dumps({"geometry": base64.b64encode(window.saveGeometry().data()).decode()})
    try:
        replace_private(path, text)
    except OSError as exc:
        _log.warning("window size not kept in %s: %s", path, exc)
