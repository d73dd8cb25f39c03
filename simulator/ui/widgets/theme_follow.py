"""A page that paints with colours it read from the theme when it filled itself (chart labels,
axes and titles, rich text, table cells) fills itself again when the theme changes. Settings
applies a theme at once, and pages shown before kept the old theme's colours: after dark to
light the Progress charts' titles, legends and axes were near-white on white, and after light
to dark the Scorecard's bar scores and category names were black on the dark card
(walkthrough 45)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

# The roles a page's own colours are derived from: a change of any of them is a new theme.
_ROLES = (
    QPalette.ColorRole.Window,
    QPalette.ColorRole.WindowText,
    QPalette.ColorRole.Base,
    QPalette.ColorRole.Text,
    QPalette.ColorRole.PlaceholderText,
)


def _look(palette: QPalette) -> tuple[str, ...]:
    return tuple(palette.color(role).name() for role in _ROLES)


class ThemeFollower(QObject):
    """Calls ``refill`` once the widget's palette has become another theme's. Qt sends a
    widget several palette events for one theme change (the application's, then the widget's
    own), and some for no change at all (polishing): one refill, after the events, and only
    when a colour a page reads has really changed."""

    def __init__(self, widget: QWidget, refill: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refill = refill
        self._look = _look(widget.palette())
        self._pending = False
        self._while_hidden = False  # a theme changed while hidden: filled when shown
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._widget:
            return False
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            if not self._pending:
                self._pending = True
                # after the event: the widget's palette is resolved only once it is handled
                _refills.add(self)
        elif kind == QEvent.Type.Show and (self._while_hidden or self._pending):
            # filled as it shows, before it is drawn: never seen in the old theme's colours
            self._while_hidden = False
            self._check()
        return False

    def wait_until_shown(self) -> None:
        """A hidden page fills itself again when it shows, not in the turns after a theme
        change: its fill took the keyboard (the scorecard gives its table the focus), and the
        page on screen lost it and got it back, a list of 300 sessions laid out twice for
        its focus ring (History, 35-45 ms)."""
        self._pending = False
        self._while_hidden = True

    def on_screen(self) -> bool:
        return shiboken6.isValid(self._widget) and self._widget.isVisible()

    def _check(self) -> None:
        self._pending = False
        if not shiboken6.isValid(self._widget):
            return
        look = _look(self._widget.palette())
        if look == self._look:
            return
        self._look = look
        # The window's own keyboard control when no window is active: just after Settings
        # closed (no window manager to hand the window back at once), the application had
        # none, a hidden page's refill took the window's, and once active the window gave it
        # to its first control, History's search box (walk60, walk61)
        before = QApplication.focusWidget() or self._widget.window().focusWidget()
        self._refill()
        # Filling a page may give its first control the keyboard: it stays where it was.
        if before is not None and shiboken6.isValid(before) and before.isVisible():
            before.setFocus()


class _Refills:
    """The pages' refills after a theme change, one per turn: the Review, the scorecard, the
    Progress charts and a comparison each take 10-20 ms to fill, and all in one turn froze the
    window for 45-65 ms (stall63). Only pages on screen are filled then; a hidden one is
    filled when it shows (``ThemeFollower.wait_until_shown``)."""

    def __init__(self) -> None:
        self._queue: list[ThemeFollower] = []
        self._scheduled = False

    def add(self, follower: ThemeFollower) -> None:
        if follower not in self._queue:
            self._queue.append(follower)
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        self._scheduled = False
        self._queue = [f for f in self._queue if shiboken6.isValid(f)]
        if not self._queue:
            return
        hidden = [f for f in self._queue if not f.on_screen()]
        for follower in hidden:
            follower.wait_until_shown()
        self._queue = [f for f in self._queue if f not in hidden]
        if not self._queue:
            return
        follower = self._queue.pop(0)
        follower._check()
        if self._queue and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self._next)


_refills = _Refills()


def follow_theme(widget: QWidget, refill: Callable[[], None]) -> ThemeFollower:
    """Fill ``widget`` again with ``refill`` whenever the theme changes."""
    return ThemeFollower(widget, refill)


@contextmanager
def scroll_kept(*views: QAbstractScrollArea) -> Iterator[None]:
    """Each view's scroll place (both bars) as it was before the block: filling a text pane
    again (``setHtml``) sends it to the top, and a theme change is not a reason to lose one's
    place."""
    bars = [b for v in views for b in (v.verticalScrollBar(), v.horizontalScrollBar())]
    at = [b.value() for b in bars]
    yield
    for bar, value in zip(bars, at, strict=True):
        bar.setValue(value)
