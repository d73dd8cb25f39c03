"""An adverb between "was" and its participle keeps the passive (theme_direction.py; issue 9,
round 70): "I was firmly persuaded" is done to the teller, as "I was persuaded" is, and no act of
persuading anyone. Stories and sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs
from simulator.core.scoring.answer import score_answer
from simulator.core.scoring.text import words
from simulator.core.scoring.theme_direction import direction
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("sentence", "to_me", "by_me"),
    [
        ("i was firmly persuaded that the old tokenizer had to go", True, False),
        ("we were, like, really convinced the cache was the bottleneck", True, False),
        ("i was kind of convinced that we needed a bigger model", True, False),
        ("i was absolutely convinced we should keep the nightly job", True, False),
        # the act itself, done by me, with an adverb before the verb: still mine
        ("i eventually convinced the platform team to try it", False, True),
        ("i quietly persuaded him to rerun the benchmark", False, True),
    ],
)
def test_an_adverb_keeps_the_passive(sentence: str, to_me: bool, by_me: bool) -> None:
    assert direction(words(sentence)) == (to_me, by_me)


# A colleague changed the teller's mind; the teller's own certainty is told with an adverb before
# "convinced", and the colleague's act in words the directed reading does not list ("doubted",
# "suggested").
PERSUADED = (
    "We had a churn model that scored accounts once a week from a warehouse snapshot. "
    "I was absolutely convinced we needed hourly scores, and I owned the scoring service. "
    "I drafted a plan to move the whole pipeline to a streaming job. "
    "Marta, an analyst on the retention team, doubted that fresher scores would change any "
    "decision, since the outreach team called customers only once a week. "
    "I pushed back at first, then asked her to walk me through the outreach calendar. "
    "She suggested we replay three months with daily and weekly scores and compare who got a call. "
    "I ran the replay: the call lists overlapped by ninety-six percent. "
    "I dropped the plan and told the team in our review that she had been right. "
    "We spent the month on better usage features instead, and retention lift went up two points."
)


def test_a_colleague_changing_my_mind_is_not_read_as_my_persuading() -> None:
    bank = load_packs([REPO / "questions"])
    score = score_answer(bank.get("beh.changed-my-mind"), Transcript(PERSUADED))
    assert score.star is not None
    assert "authority" not in score.star.reads_as
    assert score.star.off_question == []
