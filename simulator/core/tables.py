"""Tables the whole app shares, defined once: STAR parts and their targets, score colours and
bands, interview categories. A leaf module (imports nothing of the app), so the scorer, the STAR
timer, the scorecard, every export and the UI can all read it without import cycles."""

from __future__ import annotations

CATEGORIES = ("technical", "behavioral", "case")

STAR_PARTS = ("situation", "task", "action", "result")
# Shares of a behavioral answer a strong story gives each part (low, high).
STAR_TARGETS: dict[str, tuple[float, float]] = {
    "situation": (0.15, 0.20),
    "task": (0.10, 0.15),
    "action": (0.50, 0.60),
    "result": (0.15, 0.20),
}


def star_targets_text() -> str:
    """The targets in one line: "S 15-20 %, T 10-15 %, A 50-60 %, R 15-20 %"."""
    return ", ".join(
        f"{part[0].upper()} {lo:.0%}-{hi:.0%}".replace("%", "") + " %"
        for part, (lo, hi) in STAR_TARGETS.items()
    )


# Score colours: green from GOOD_FROM, amber from FAIR_FROM, red below; grey for "no score".
GOOD = "#2e9d57"
WARN = "#d88a1b"
BAD = "#d64545"
NO_SCORE = "#888888"
GOOD_FROM = 70
FAIR_FROM = 40


def score_color(score: int | None) -> str:
    if score is None:
        return NO_SCORE
    return GOOD if score >= GOOD_FROM else WARN if score >= FAIR_FROM else BAD


def change_color(change: int | None) -> str:
    """A change between two scores: green up, red down, grey none."""
    if not change:
        return NO_SCORE
    return GOOD if change > 0 else BAD
