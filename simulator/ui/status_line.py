"""The window's status bar, shown only while it has something to tell: a message, or a lasting
widget such as "2 problems in question packs…".

Made on first use by ``QMainWindow.statusBar()`` and left visible, it stayed at the window's
foot as an empty strip with a size grip once its message had timed out: every page lost its
height for good (22 px the smallest window's scorecard needs)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QSizeGrip, QStatusBar, QWidget


class _Shown(QObject):
    """Shows the bar while it has a message or a shown widget of its own."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._bar = bar
        bar.messageChanged.connect(self.update)
        bar.installEventFilter(self)  # a widget of its own shown or hidden: its layout redone

    def update(self) -> None:
        bar = self._bar
        lasting = any(
            w.isVisibleTo(bar)
            for w in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if not isinstance(w, QSizeGrip)
        )
        told = bool(bar.currentMessage()) or lasting
        if told != bar.isVisibleTo(bar.parentWidget() or bar):
            bar.setVisible(told)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.ChildAdded):
            self.update()
        return False


def status_bar_while_told(window: QMainWindow) -> None:
    bar = window.statusBar()
    bar.setObjectName("statusLine")
    bar.setVisible(False)
    _Shown(bar)
