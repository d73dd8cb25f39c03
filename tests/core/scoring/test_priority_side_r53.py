"""The other side of a trade-off favoured (wrong53, issue 9, priority_side.py): a spam-filter
answer that says "I'd tune for recall and let the false positive rate float" scored 70 over its
partial's 69 on dev_blind44, where the rubric says "we need high precision on what we filter"."""

from __future__ import annotations

import pytest

from simulator.core.scoring import score_answer
from simulator.core.scoring.priority_side import PRIORITY_SIDE_ID
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import shipped_question


def _charged(question: str, text: str) -> list[str]:
    score = score_answer(shipped_question(question), Transcript(text))
    return [m.phrase for m in score.misconceptions if m.id == PRIORITY_SIDE_ID]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "case.spam-filtering",
            "I would optimize for recall, so that every junk message is caught, and "
            "accept that a few false positives land in the spam folder.",
        ),
        (
            "case.duplicate-detection",
            "The matcher should be tuned for recall and merge every pair that looks remotely "
            "alike.",
        ),
    ],
)
def test_the_side_the_rubric_does_not_favour_is_charged_and_named_r53(
    question: str, said: str
) -> None:
    assert _charged(question, said) == [
        "favours “recall” where “precision” is what this problem needs"
    ]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("case.spam-filtering", "I would favour precision, since losing a real email is worse."),
        # both sides named: the trade-off told, whichever way each domain leans
        (
            "case.spam-filtering",
            "For fraud you favour recall, but for spam the priority is high precision.",
        ),
        # warned against, negated or hedged
        (
            "case.spam-filtering",
            "A common mistake is to tune the filter for recall and lose real mail.",
        ),
        ("case.spam-filtering", "I would never maximize recall here."),
        ("case.spam-filtering", "If the users complain about junk, we might favour recall."),
        # a technical answer describes both ends of a curve: not read
        ("tech.pr-curve", "At a low threshold you maximize recall and precision drops."),
        ("tech.pr-curve", "Lowering the threshold favours recall."),
    ],
)
def test_the_favoured_side_both_sides_or_a_warned_choice_is_not_charged_r53(
    question: str, said: str
) -> None:
    assert _charged(question, said) == []
