"""A score as every page and export writes it. Kept apart from the view model (``model``: its
fifteen dataclasses are ~12 ms to import): the window's re-transcription jobs write scores too,
and their module is imported before the first paint."""

from __future__ import annotations

NO_SCORE = "–"  # a score not given, or no longer there


def shown_score(value: int | None) -> str:
    """A score as the pages show it: "–" for none (an answer scored never, or no longer), not
    Python's "None" (attack run 49: "score None → 0" after an imported answer with no score
    was transcribed again)."""
    return NO_SCORE if value is None else str(value)
