"""What the live STAR timer and the scored STAR split each measure, said beside each.

The two disagreed for the same story with nothing to say why (walkthrough 40): the timer under a
behavioral answer counts the seconds spent on each part from the moment it was marked
(Ctrl+1 to Ctrl+4) or the words so far (typed, or the live caption) seemed to reach it, and it
only ever moves forward; the scorecard's bars are the share of the answer's words (typed) or speaking time
(spoken) in the sentences the scorer labels as each part, read once the whole answer is there.
A typed story marked Action early and typed slowly shows a long Action on the timer and a short
one in the bars. Both are kept (the timer is for pacing while telling, the bars for the story as
told), and each now says what it is; the feedback line under the answer gives the scored split
in the bars' own figures, so the two can be compared on the spot.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from simulator.core.rounding import whole_percents
from simulator.core.tables import STAR_PARTS

if TYPE_CHECKING:
    from simulator.core.scoring.results import StarResult  # (the interview page imports this)

_BASIS_WORDS = {"time": "speaking time", "words": "words"}


def timer_caption(spoken: bool) -> str:
    """The line under the live timer while a story is told (one line at 960 pixels)."""
    how = "say" if spoken else "type"
    return f"Timer: seconds per part as you mark (Ctrl+1 to 4) or {how} it; the score reads your sentences."


def scored_split(shares: Mapping[str, float], basis: str) -> str:
    """The scored split as the feedback line says it, in the bars' own percentages:
    "scored split by words: Situation 17%, Task 22%, Action 36%, Result 24%"."""
    percents = whole_percents({p: shares.get(p, 0.0) for p in STAR_PARTS})
    figures = ", ".join(f"{p.capitalize()} {percents[p]}%" for p in STAR_PARTS)
    return f"scored split by {_BASIS_WORDS.get(basis, basis)}: {figures}"


def star_percents(star: StarResult) -> dict[str, int]:
    """A story's STAR split as every view prints it: whole percents that add up to 100."""
    return whole_percents({p: star.parts[p].share if p in star.parts else 0.0 for p in STAR_PARTS})


def bars_caption(basis: str) -> str:
    """The line above the scorecard's STAR bars (one line in the narrowest detail panel)."""
    return f"Share of your {_BASIS_WORDS.get(basis, basis)}, as scored (not the live timer)"


def bars_explained(basis: str) -> str:
    """The bars' caption in full (its tooltip and accessible description)."""
    return (
        f"Share of your {_BASIS_WORDS.get(basis, basis)} per part, by how the score labels each "
        "sentence; the live timer under the answer counted seconds from your marks."
    )
