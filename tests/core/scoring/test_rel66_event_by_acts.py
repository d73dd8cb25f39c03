"""The asked event told by its acts, in words no list holds (issue 9, rel66).

Round 65's blind set (now tests/core/scoring/dev_blind65_star.yaml) flagged 7 of 36 relevant
stories. Four of them told their event in other words: work that took longer than said, told by
its numbers ("I told my manager three weeks ... it shipped after about eleven weeks instead of
three"); a reviewer whose comments made "two of the juniors stop sending him PRs"; a request
answered by "proposed one model with per-client thresholds instead", the closing "instead" cut
off as a clause of its own, in a note headed "Step three:"; a non-native changed-my-mind story
opening "so I tell you about one time", read as the teller persuading someone. The stories here
are new ones in those shapes, not the blind set's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.event_acts import conduct_of_another, span_outran
from simulator.core.scoring.text import tokenize
from simulator.core.scoring.theme_direction import direction
from simulator.core.transcript import Transcript

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([ROOT / "questions"])


def _flagged(bank: QuestionBank, qid: str, text: str) -> bool:
    score = score_answer(bank.get(qid), Transcript(text), Rivals.of_bank(bank))
    return bool(score.star and score.star.off_question)


ESTIMATE_BY_NUMBERS = (
    "Last spring our search index rebuild took a whole night and kept failing halfway. "
    "I said I would move it to incremental updates, and I told the product lead two weeks. "
    "The old index had no change log, so I first had to add one to every writer service. "
    "After the first week I showed the lead what was left and gave her a new date. "
    "I moved the writers over one at a time and kept the nightly rebuild as a fallback. "
    "It finally shipped after seven weeks, and the index now updates within a minute. "
    "Now I look at the data flow first and give a range, not a date."
)

DRAWN_BACK_FROM = (
    "A senior data scientist on my team was very strong, but his reviews were one-line verdicts. "
    "Two new analysts became afraid to ask him anything, so their models waited for days. "
    "I was the lead on the forecasting work, so those waits were my problem too. "
    "I asked him for a walk and told him what the analysts had said, with two of his comments. "
    "I suggested he pair with each of them once a week instead of reviewing in writing. "
    "Within a month the waiting time fell from four days to one, and he started the pairing himself."
)

ALTERNATIVE_IN_A_NOTE = (
    "Setting: subscription app, churn model used by twelve regional teams. "
    "Request from the marketing lead: a separate churn model for each of the twelve regions. "
    "Me: ML lead, deciding what the team would commit to. "
    "Step one: asked which regions' campaigns were actually missing churners. "
    "Step two: showed her the upkeep on one slide: twelve models, twelve retraining jobs, twelve dashboards. "
    "Step three: proposed one model with region features and per-region thresholds instead. "
    "Result: she took the single model, and recall in the two weakest regions rose by nine points."
)

DECLINED_PLAINLY = (
    "Two days before the launch review, the head of sales asked me to put our pilot's best week "
    "on his opening slide. "
    "I wrote back that I could not support that number, since that week had a holiday in it. "
    "I sent him the average of all six weeks with the old rules beside it. "
    "He preferred a figure he could defend, and the six-week average went on the slide."
)

TOLD_YOU_OPENING = (
    "Okay, so I tell you about one time in my first job. "
    "We have a sales forecast, and I decide to use only the last year of data because older is not relevant. "
    "My colleague Tomasz, he is economist, he say in the meeting that we lose the seasonal pattern of two years. "
    "I did not agree first, so we test both versions on the last six months together. "
    "He was right, the two year version was better in every month with holidays. "
    "So I change the training window and I write in the docs why. "
    "The error in December go down from 18 to 11 percent, and I learn to check my idea with people before."
)


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        ("beh.missed-estimate", ESTIMATE_BY_NUMBERS),
        ("beh.difficult-team-member", DRAWN_BACK_FROM),
        ("beh.push-back", ALTERNATIVE_IN_A_NOTE),
        ("beh.push-back", DECLINED_PLAINLY),
        ("beh.changed-my-mind", TOLD_YOU_OPENING),
    ],
)
def test_a_relevant_story_told_by_its_acts_is_not_flagged(
    bank: QuestionBank, qid: str, text: str
) -> None:
    assert not _flagged(bank, qid, text)


@pytest.mark.parametrize(
    "text",
    [
        "I told my manager three weeks. It shipped after eleven weeks.",
        "My estimate was two weeks for the migration. It took five weeks in the end.",
        "It shipped after about eleven weeks instead of three.",
        "I promised the team ten days. Then I needed three more weeks.",
    ],
)
def test_a_span_given_and_outrun_tells_an_estimate(text: str) -> None:
    assert span_outran(tokenize(text))


@pytest.mark.parametrize(
    "text",
    [
        # an opinion of a span, not a span given for my work
        "I thought one week was too short for the test. We ran it for four weeks and it shipped.",
        # someone else's span
        "My manager said we had to get it under four hours. The job took seven hours before.",
        # a frequency, and a window of measurement
        "I told them on nine days out of ten the count lands in the range. "
        "Sell-outs fell over the next two months.",
        # a shorter span in place of a longer one: faster, not late
        "It took three days instead of two weeks.",
    ],
)
def test_other_spans_tell_no_estimate(text: str) -> None:
    assert not span_outran(tokenize(text))


def test_others_drawing_back_tell_a_colleagues_conduct() -> None:
    assert conduct_of_another(tokenize("Two of the juniors stopped sending him pull requests."))
    assert conduct_of_another(tokenize("The new hires were afraid to ask her anything."))
    assert not conduct_of_another(tokenize("The client stopped manual typing for most scans."))
    assert not conduct_of_another(tokenize("We stopped the rollout and told her why."))


def _words(sentence: str) -> list[str]:
    return list(tokenize(sentence).words)


def test_telling_the_listener_is_no_act_in_the_story() -> None:
    opening = _words("Okay, so I tell you about one time in my previous company.")
    assert direction(opening) == (False, False)
    assert direction(_words("Not my favourite week, I can tell you.")) == (False, False)
    # said to a colleague, with what is told after it
    assert direction(_words("I told him the numbers were wrong.")) == (False, True)
