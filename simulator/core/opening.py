"""Pages being opened in the background, and what the window says meanwhile.

A page that reads the database (a scorecard, a review, progress) is loaded off the GUI thread.
On a loaded machine that took 3-10 s, and nothing showed it had been asked for: people pressed
Enter again, queueing the same load behind the first (walkthrough 42). While a load runs the
window says what it is opening; asking for the same page again waits for that load.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field

# Quicker loads say nothing: a line that flashes for a moment reads as a fault
SAY_AFTER_MS = 300


@dataclass
class Openings:
    _pending: dict[Hashable, str] = field(default_factory=dict)  # key -> what, in order asked

    def begin(self, key: Hashable, what: str) -> bool:
        """``what`` (\"the scorecard\") is being opened; False when it already is."""
        if key in self._pending:
            return False
        self._pending[key] = what
        return True

    def end(self, key: Hashable) -> None:
        self._pending.pop(key, None)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def told(self) -> str:
        """What the window says while pages load: the last asked for ("" when none)."""
        if not self._pending:
            return ""
        return f"Opening {list(self._pending.values())[-1]}…"

    def again(self, key: Hashable) -> str:
        """Said when the page being opened is asked for again."""
        what = self._pending.get(key, "it")
        return f"Still opening {what}: it shows as soon as it has loaded…"
