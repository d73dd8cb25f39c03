"""An event the prompt places in someone else's work (issue 9, rel47): "a mistake in a colleague's
work" asks for their mistake, told in anyone's clause, not for a slip of the teller's own; the
story that tells no mistake at all is still off the question, and "a mistake you made" still asks
for the teller's."""

from __future__ import annotations

from simulator.core.scoring.event_demand import ANYWHERE, MINE, demanded, tells_no_demanded
from simulator.core.scoring.text import tokenize

THEIRS = "Can you tell me about a time you spotted a mistake in a colleague's work? How did you raise it?"
YOURS = "Tell me about a mistake you made at work and what you learned from it."

# the colleague's mistake, told with no clause of mine holding it (the labels put it in a step)
SPOTTED = (
    "A colleague on the pricing team sent round a forecast that said demand would double in May. "
    "I was asked to review it before it went to the board. "
    "His notebook counted the holiday weeks twice, an error in the join. "
    "I showed him the two weeks side by side in a short call and let him fix it himself. "
    "The corrected forecast went to the board that Friday with a rise of twelve percent."
)
# told for another question: no mistake anywhere in it
HANDOVER = (
    "When I moved to the search team, a new colleague took over my fraud model. "
    "I had two weeks to hand it over. "
    "I wrote a runbook, recorded a walkthrough of the retraining job and paired with her on one release. "
    "She shipped the next release alone a month later."
)


def _labels(text: str) -> list[str]:
    sentences = tokenize(text).sentences
    return ["situation", "task", "action", "action", "result"][: len(sentences)]


def test_an_event_in_someone_elses_work_is_told_in_anyones_clause() -> None:
    (kind,) = demanded(THEIRS)
    assert kind.name == "mistake" and kind.told_in == ANYWHERE
    assert tells_no_demanded(THEIRS, tokenize(SPOTTED), _labels(SPOTTED)) is None


def test_a_story_telling_no_such_event_is_still_off_the_question() -> None:
    missing = tells_no_demanded(THEIRS, tokenize(HANDOVER), _labels(HANDOVER))
    assert missing is not None and missing.said_as == "a mistake in someone else's work"


def test_a_mistake_of_the_tellers_own_is_still_asked_as_theirs() -> None:
    assert [(k.name, k.told_in) for k in demanded(YOURS)] == [("mistake", MINE)]


def test_a_times_or_a_contractions_s_names_nobody_r48() -> None:
    """Review of round 48: any "'s" two words after "in" was read as another person's, so these
    asked for a mistake in someone else's work and dropped the teller's ownership."""
    for prompt in (
        "Tell me about a time you made a mistake in last quarter's forecast.",
        "Describe a mistake in production that's cost your team money.",
    ):
        (kind,) = demanded(prompt)
        assert kind.name == "mistake" and kind.told_in == MINE, prompt
    (kind,) = demanded("Tell me about a time you found a mistake in Priya's pipeline.")
    assert kind.told_in == ANYWHERE
