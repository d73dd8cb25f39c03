"""What the question defines, said in two ways in two sentences, tells its event (relevance.py;
issue 9, round 70). A story in notes tells its privacy concern in its steps ("read the consent
wording", "raised it with the privacy lead"); the event reading looks for it in the scene only,
and flagged the story off its own question. Stories written for these tests."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.scoring.answer import score_answer
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]

NOTES = (
    "Voice assistant team, a new wake-word model, retraining planned for the spring release.\n"
    "Training set built from recordings kept after support calls.\n"
    "Me: owned the training set.\n"
    "Read the consent wording of the support line: it covered quality checks, not model training.\n"
    "Raised it with the privacy lead the same afternoon.\n"
    "Took the support recordings out of the set and ran a volunteer recording drive instead.\n"
    "Retrained on the volunteer clips three weeks later; false accepts within half a point of before."
)
# The same story with its concern said once: still told it never shows the asked event.
ONCE = NOTES.replace("the privacy lead", "my lead")


def _flag(text: str) -> list[str]:
    bank = load_packs([REPO / "questions"])
    score = score_answer(bank.get("beh.data-privacy"), Transcript(text))
    assert score.star is not None
    return score.star.off_question


def test_the_concern_said_in_two_ways_tells_the_event() -> None:
    assert _flag(NOTES) == []


def test_the_concern_said_once_does_not() -> None:
    assert _flag(ONCE) != []
