"""A page's own status line, in its row of buttons: what an action of the page did.

The window's status bar shows only while it has something to say (``status_line``): an export's
"Exported the scorecard to …" made it appear for ten seconds, and the page over it lost 22 px
for as long, its buttons moving up and back (walk61). A page whose button row has room says
such a message there instead, in the room between its buttons, and it is gone when the page is
left. The line keeps two lines' room whatever it says (about a button's height, so its row
does not grow with a message): on one line, at 960 px, Review's "Only one attempt of this
question so far: Practise again (Ctrl+Shift+P) makes a second one to compare." lost its middle,
the part that says what to do (walk63). Only a message longer than two lines is cut, in the
middle with "…" (whole in its tooltip and its accessible description).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QWidget

from simulator.core.qt_names import shown_text
from simulator.ui.widgets.common import name, plain_tip

LINES = 2  # the room a message has; its row's buttons are about as tall


class PageStatus(QLabel):
    """Up to two lines of plain text that never widen or heighten their row and clear themselves
    after a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = ""
        self._cut = ""  # the part of ``full`` a cut shortens first
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", "hint")  # what the stylesheet keys on
        self.setIndent(0)
        # the row's buttons keep their width; the line takes what is left between them
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self._reserve()
        name(self, "pageStatus", "What the page's last action did")
        self._clear = QTimer(self)
        self._clear.setSingleShot(True)
        self._clear.timeout.connect(lambda: self.say(""))

    def say(self, text: str, msecs: int = 0, cut: str = "") -> None:
        """Show ``text`` (for ``msecs`` ms; 0: until the next message or the page is left).
        ``cut``: the part of it a cut shortens first, the rest staying whole (a file's folder:
        cut in the middle of the whole message, "Exported the scorecard …corecard-session-4.html"
        lost the words and named another file, walk63)."""
        text = shown_text(text)  # a path's byte that is not UTF-8: Qt would drop it
        cut = shown_text(cut)
        self._cut = cut if cut and cut in text else ""
        self.full = text
        self.setToolTip(plain_tip(text))
        self.setAccessibleDescription(text)
        self._fit()
        if msecs and text:
            self._clear.start(msecs)
        else:
            self._clear.stop()

    def shows_whole(self, text: str) -> bool:
        """Whether ``text`` fits the line's two lines at its present width."""
        room = self.contentsRect().width()
        return room > 0 and self._fits(shown_text(text), room)

    def _reserve(self) -> None:
        # the same height for no message, one line or two: nothing in the page moves. Two
        # lines as Qt draws them (a pixel more each than the font's line spacing)
        margins = self.contentsMargins()
        two = self.fontMetrics().boundingRect(QRect(0, 0, 10_000, 10_000), 0, "X\nX").height()
        self.setFixedHeight(two + margins.top() + margins.bottom())

    def _fits(self, text: str, room: int) -> bool:
        """Whether ``text`` wrapped at ``room`` pixels takes at most the line's two lines."""
        metrics = self.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap.value) | int(self.alignment().value)
        drawn = metrics.boundingRect(QRect(0, 0, room, metrics.lineSpacing() * 8), flags, text)
        # lines counted, not compared with the line spacing: Qt's lines are a pixel taller
        # than it, and two lines "did not fit" two lines (walk63: a message never took its
        # second line)
        return drawn.width() <= room and drawn.height() // metrics.lineSpacing() <= LINES

    def _fit(self) -> None:
        room = self.contentsRect().width()
        shown = self.full
        if room > 0 and not self._fits(shown, room):
            # cut in the middle, a few characters at a time, until what is left fits; the end
            # to keep stays whole after the cut
            # the folder first; then the words before the file's name, which stays whole;
            # then the middle of the whole
            shown = ""
            if self._cut:
                name_at = self.full.rfind(self._cut) + len(self._cut)
                shown = self._shortened(self._cut, room) or self._shortened(
                    self.full[:name_at], room
                )
            if not shown:
                shown = self._shortened(self.full, room)
        if shown != self.text():
            self.setText(shown)

    def _shortened(self, part: str, room: int) -> str:
        """``full`` with ``part`` cut in its middle, a few characters at a time, until the whole
        fits its lines; "" when it does not fit even so."""
        metrics = self.fontMetrics()
        at = self.full.rfind(part)
        before, after = self.full[:at], self.full[at + len(part) :]
        width = metrics.horizontalAdvance(part)
        step = max(4, metrics.averageCharWidth() * 2)
        while True:
            # (Qt gives "" below the width of "…": the part is then said cut, as "…")
            short = metrics.elidedText(part, Qt.TextElideMode.ElideMiddle, max(width, 0)) or "…"
            shown = before + short + after
            if self._fits(shown, room):
                return shown
            if short == "…":
                return ""
            width -= step

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._reserve()  # the style sheet's font arrives after the line is made
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        if not event.spontaneous():  # the page was left (not the window minimised)
            self.say("")


def show_status(
    window: QWidget, text: str, msecs: int = 0, whole: bool = False, cut: str = ""
) -> None:
    """Say ``text`` on the page the window shows, in its own status line if it has one (its
    height never changes), else in the window's status bar. ``whole``: a message whose every
    part matters (what to press) is said in the status bar when the line cannot show it whole:
    on Review of a spoken answer at 960 px the line has 186 px, and "One attempt so far:
    Pra… es a second to compare." lost the key (walk63). A file's path may lose its middle:
    ``cut``, its folder, is shortened first."""
    main = window if isinstance(window, QMainWindow) else window.window()
    stack = getattr(main, "stack", None)
    page = stack.currentWidget() if stack is not None else None
    line = page.findChild(PageStatus) if page is not None else None
    if line is not None and line.isVisible() and (not whole or line.shows_whole(text)):
        line.say(text, msecs, cut)
    elif isinstance(main, QMainWindow):
        if line is not None:
            line.say("")  # the page's last message is not left beside this one
        main.statusBar().showMessage(shown_text(text), msecs)
