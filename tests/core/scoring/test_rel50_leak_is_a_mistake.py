"""A leak is a way a story tells a mistake (issue 9, round 50, rel50: event_demand's mistake kind).
dev_blind45's colleague-mistake story told the colleague's error as what it was in ML terms ("the
number of support calls was computed over the full history, including after the churn date",
"he agreed that it was leakage") and was flagged as telling no mistake in someone else's work."""

from __future__ import annotations

from simulator.core.scoring.event_demand import tells_no_demanded
from simulator.core.scoring.text import tokenize

COLLEAGUES = "Tell me about a time you spotted a mistake in a colleague's work. What did you do?"
MINE = "Tell me about a mistake you made at work and what you learned from it."


def test_a_leak_tells_a_mistake_r50() -> None:
    theirs = tokenize(
        "A colleague presented a churn model with an AUC of 0.94. I rebuilt one feature with a "
        "strict cutoff and the AUC fell to 0.78. He checked it himself and agreed it was leakage."
    )
    assert tells_no_demanded(COLLEAGUES, theirs, None) is None
    mine = tokenize(
        "My join leaked the refund date into the training features. I found it a week after "
        "launch and rebuilt the split by time."
    )
    assert tells_no_demanded(MINE, mine, None) is None


def test_a_story_with_no_slip_still_tells_none_r50() -> None:
    story = tokenize(
        "A colleague presented a churn model to leadership. I helped him turn it into a weekly "
        "job and the retention team used it from the next quarter."
    )
    assert tells_no_demanded(COLLEAGUES, story, None) is not None
