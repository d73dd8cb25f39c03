"""Home's plan held still while the questions load, unless the person went to it themselves.

Start pressed while the packs load starts the plan once they have (walkthrough 24). Meanwhile a
person who thinks the interview has begun types their answer, and the keys went to the plan's
boxes: a letter in the plan list picked the plan of that letter ("F…": Full loop for the System
design asked for, ux32), Space ticked boxes, the arrows moved the count. The plan that started
was not the one asked for. While a start waits, keys that would change the plan are not taken;
Tab, Enter, Esc and every Ctrl or Alt key (shortcuts, the underlined letters) still work.

Before the questions have loaded at all, the keyboard is on the plan list because the window put
it there, unseen (no focus ring until the window is active and a key is pressed): letters typed
at once, before Home was ready, picked a plan ("c": Custom, "d": Due for review) that nobody
chose (walkthrough 46). Such keys are held too, and the line above Start says how to choose the
plan now. Once the person moves into the plan themselves (Tab, an underlined letter, a click),
its boxes take their keys as usual: a choice made while the packs load is kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QWidget

_PASSED = {
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Escape,
}
_SHORTCUT = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
# the person moved the keyboard themselves (the window's own placing is Other or ActiveWindow)
_CHOSEN = {
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
    Qt.FocusReason.MouseFocusReason,
}


class PlanHold(QObject):
    def __init__(
        self,
        plan_box: QWidget,
        waiting: Callable[[], bool],
        loading: Callable[[], bool] = lambda: False,
        held: Callable[[], None] = lambda: None,
    ) -> None:
        """``waiting``: a start waits for the questions (every plan key held); ``loading``:
        they have not loaded (held until the person moves into the plan); ``held``: called
        when a key loading held was not taken (to say why)."""
        super().__init__(plan_box)
        self._waiting, self._loading, self._held = waiting, loading, held
        self.chosen = False  # the person moved into the plan themselves
        for widget in (plan_box, *plan_box.findChildren(QWidget)):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
            self.chosen = self.chosen or event.reason() in _CHOSEN
            return False
        if kind == QEvent.Type.MouseButtonPress:
            self.chosen = True  # a click on a box, even one that takes no focus
            return False
        if not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & Qt.KeyboardModifier.AltModifier:
            # an underlined letter, also the plan's own while the keyboard is on it already
            # (no focus change to see then)
            self.chosen = True
        if kind != QEvent.Type.KeyPress:
            return False
        if event.modifiers() & _SHORTCUT or Qt.Key(event.key()) in _PASSED:
            return False
        if self._waiting():
            return True
        if self._loading() and not self.chosen:
            self._held()
            return True
        return False
