"""A page's own status line, in its row of buttons: what an action of the page did.

The window's status bar shows only while it has something to say (``status_line``): an export's
"Exported the scorecard to …" made it appear for ten seconds, and the page over it lost 22 px
for as long, its buttons moving up and back (walk61). A page whose button row has room says
such a message there instead, in the room between its buttons, cut in the middle with "…"
when it is longer (whole in its tooltip and its accessible description), and gone when the
page is left.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QWidget

from simulator.core.qt_names import shown_text
from simulator.ui.widgets.common import name, plain_tip


class PageStatus(QLabel):
    """One line of plain text that never widens its row and clears itself after a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", "hint")  # what the stylesheet keys on
        self.setIndent(0)
        # the row's buttons keep their width; the line takes what is left between them
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name(self, "pageStatus", "What the page's last action did")
        self._clear = QTimer(self)
        self._clear.setSingleShot(True)
        self._clear.timeout.connect(lambda: self.say(""))

    def say(self, text: str, msecs: int = 0) -> None:
        """Show ``text`` (for ``msecs`` ms; 0: until the next message or the page is left)."""
        text = shown_text(text)  # a path's byte that is not UTF-8: Qt would drop it
        self.full = text
        self.setToolTip(plain_tip(text))
        self.setAccessibleDescription(text)
        self._fit()
        if msecs and text:
            self._clear.start(msecs)
        else:
            self._clear.stop()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        shown = self.full
        if room > 0 and self.fontMetrics().horizontalAdvance(shown) > room:
            shown = self.fontMetrics().elidedText(shown, Qt.TextElideMode.ElideMiddle, room)
        if shown != self.text():
            self.setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        if not event.spontaneous():  # the page was left (not the window minimised)
            self.say("")


def show_status(window: QWidget, text: str, msecs: int = 0) -> None:
    """Say ``text`` on the page the window shows, in its own status line if it has one (its
    height never changes), else in the window's status bar."""
    main = window if isinstance(window, QMainWindow) else window.window()
    stack = getattr(main, "stack", None)
    page = stack.currentWidget() if stack is not None else None
    line = page.findChild(PageStatus) if page is not None else None
    if line is not None and line.isVisible():
        line.say(text, msecs)
    elif isinstance(main, QMainWindow):
        main.statusBar().showMessage(shown_text(text), msecs)
