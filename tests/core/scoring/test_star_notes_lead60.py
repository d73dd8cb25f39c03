"""Two of round 60's STAR readings kept to what they were made for (issue 9, lead60).

star60 read "told" as someone voicing a view ("My manager told me that nobody had followed the
numbers") and a note opening on "approved / accepted / agreed ..." as someone's answer to my
proposal ("Approved the same day."). Both also took the speaker's own notes: "Also told him
plainly that the team had noticed ..." (my telling, its "I" dropped) became the scene, and
"Agreed a plan with him: ..." (my step, with an object of its own) became a result.
"""

from __future__ import annotations

import pytest

from simulator.core.scoring.structure import sentence_evidence
from simulator.core.scoring.text import words


def _label(text: str, position: float = 0.5) -> str:
    scores, _reasons = sentence_evidence(words(text), text, position, 2)
    return max(scores, key=lambda part: scores[part])


@pytest.mark.parametrize(
    "text",
    [
        "Also told him plainly that the team had noticed and that it needed to change soon.",
        "Agreed a plan with him: on-call hours counted in planning, plus a weekly check-in.",
        "Agreed an order of work with my lead: the alerts first, the dashboard after.",
    ],
)
def test_my_own_note_is_a_step(text: str) -> None:
    assert _label(text) == "action"


def test_someone_telling_me_is_still_their_view() -> None:
    assert _label("My manager told me that nobody had followed the numbers.", 0.3) == "situation"


def test_an_answered_note_is_still_no_step_of_mine() -> None:
    assert _label("Approved the same day.", 0.8) != "action"
