"""The window's status bar, shown only while it has something to tell: a message, or a lasting
widget such as "2 problems in question packs…".

Made on first use by ``QMainWindow.statusBar()`` and left visible, it stayed at the window's
foot as an empty strip with a size grip once its message had timed out: every page lost its
height for good (22 px the smallest window's scorecard needs)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QSizeGrip, QStatusBar, QWidget

# QStatusBar writes its message from 6 px in; its lasting widgets sit right of it with the
# layout's spacing, then the size grip and the bar's margin (~24 px together)
TEXT_LEFT, WIDGET_GAP, RIGHT_END = 6, 6, 24


def _lasting(bar: QStatusBar) -> list[QWidget]:
    return [
        w
        for w in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if not isinstance(w, QSizeGrip) and w.isVisibleTo(bar)
    ]


def message_room(bar: QStatusBar) -> int:
    """How wide a message can be beside the bar's lasting widgets before they cover it. (The
    bar spans its window; hidden until it has something to say, its own width is stale.)"""
    width = bar.width() if bar.isVisible() else bar.window().width()
    taken = sum(w.sizeHint().width() + WIDGET_GAP for w in _lasting(bar))
    return width - TEXT_LEFT - taken - RIGHT_END


def show_fitting(bar: QStatusBar, wordings: Sequence[str], msecs: int) -> None:
    """Show the first of ``wordings`` (the fullest first) that fits the bar's room; the last,
    elided, if none does. A message longer than the room was cut off under the lasting widgets
    mid-word, its end (where to look) lost: "… Help → Question pack proble"."""
    metrics, room = bar.fontMetrics(), message_room(bar)
    for text in wordings:
        if metrics.horizontalAdvance(text) <= room:
            bar.showMessage(text, msecs)
            return
    bar.showMessage(metrics.elidedText(wordings[-1], Qt.TextElideMode.ElideMiddle, room), msecs)


LASTING = "lastingShown"  # a lasting widget's dynamic property: shown when no message needs room


def show_lasting(widget: QWidget, shown: bool) -> None:
    """Show or hide a lasting widget of the status bar (one added with ``addPermanentWidget``).
    While a message too long to fit beside it is shown, it steps aside and comes back when the
    message goes: at 960 pixels "Only one attempt of this question so far: Practise again
    (Ctrl+Shift+P) makes a second one to co" was cut under "3 problems in question packs…"
    (walkthrough 40). One with the keyboard stays."""
    widget.setProperty(LASTING, shown)
    bar = widget.parentWidget()
    arrange = getattr(bar, "arrange_lasting", None) if bar is not None else None
    if callable(arrange):
        arrange()
    else:
        widget.setVisible(shown)


class _Shown(QObject):
    """Shows the bar while it has a message or a shown widget of its own."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._bar = bar
        bar.messageChanged.connect(self.arrange)
        bar.arrange_lasting = self.arrange  # type: ignore[attr-defined]  # for show_lasting
        bar.installEventFilter(self)  # a widget of its own shown or hidden: its layout redone

    def arrange(self) -> None:
        """The lasting widgets shown as asked, unless the message needs their room."""
        bar = self._bar
        managed = [
            w
            for w in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if w.property(LASTING) is not None
        ]
        wanted = [w for w in managed if bool(w.property(LASTING))]
        message = bar.currentMessage()
        width = bar.width() if bar.isVisible() else bar.window().width()
        room = (
            width - TEXT_LEFT - RIGHT_END - sum(w.sizeHint().width() + WIDGET_GAP for w in wanted)
        )
        step_aside = bool(message) and bar.fontMetrics().horizontalAdvance(message) > room
        for w in managed:
            shown = w in wanted and (not step_aside or w.hasFocus())
            if w.isVisibleTo(bar) != shown:
                w.setVisible(shown)
        self.update()

    def update(self) -> None:
        bar = self._bar
        told = bool(bar.currentMessage()) or bool(_lasting(bar))
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
