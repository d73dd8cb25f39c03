"""A page made one part per event-loop turn: built whole in one event, the scorecard and Review
each held the GUI thread for 40-76 ms (issue 8, stall64)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


class StagedPage(QWidget):
    """A page whose parts are made by ``build_step`` (the window calls it once per turn) or all
    at once by ``finish_build``; a subclass lists its parts in ``_steps`` as it is made."""

    _steps: list[Callable[[], None]]

    @property
    def built(self) -> bool:
        """Every part made (a staged page is filled and shown only then)."""
        return not self._steps

    def build_step(self) -> bool:
        """Make the next part, its style resolved now; True while parts remain."""
        if self._steps:
            self._steps.pop(0)()
            # The part's style resolved now: polished all at once it was 21-23 ms of one event.
            for w in self.findChildren(QWidget):
                w.ensurePolished()  # returns at once for a widget already polished
        return bool(self._steps)

    def finish_build(self) -> None:
        while self.build_step():
            pass
