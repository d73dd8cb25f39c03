"""The thinking countdown before an answer, on the injected clock, stopped while paused."""

from __future__ import annotations

import math
from collections.abc import Callable


class Countdown:
    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._until = 0.0
        self._left_when_paused = 0.0
        self._shown = -1

    def start(self, seconds: int) -> None:
        self._until, self._shown = self._clock() + seconds, seconds

    def pause(self) -> None:
        self._left_when_paused = max(0.0, self._until - self._clock())

    def resume(self) -> None:
        self._until = self._clock() + self._left_when_paused

    def left(self) -> int:
        """Whole seconds left (0 when it has run out)."""
        return max(0, math.ceil(self._until - self._clock() - 1e-9))

    def changed(self) -> int | None:
        """The seconds left, when they differ from what was last shown."""
        left = self.left()
        if left == self._shown:
            return None
        self._shown = left
        return left
