"""An event reading is the event a question defines, not a topic any story says (issue 9, rel62).

benchmarks/event_pass_rates.py measured, for every shipped behavioral question, how often its
event reading passed stories told for other questions: a model that fell short live 72 %, a
deadline 66 %, a request refused 64 %, an estimate 58 %, a stop 55 %, people at odds 53 %. Such a
reading tells a story answering the question from one answering another no better than chance.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.event_demand import demanded, kind_named, tells, tells_no_demanded
from simulator.core.scoring.relevance import core_evidence
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript
from tests.core.scoring.event_breadth import read_story, told_too_widely

QUESTIONS = Path(__file__).resolve().parents[3] / "questions"
# The kinds round 62 narrowed to their event: each is told by at most this share of the other
# shipped behavioral questions' model answers (at main: offline gap 31, refusal 29, deadline 28,
# people at odds 27, stop 24 and estimate 22 of 33).
NARROWED = (
    "beh.model-underperformed",
    "beh.tight-deadline",
    "beh.push-back",
    "beh.missed-estimate",
    "beh.stop-a-project",
    "beh.technical-debt",
    "beh.resolve-conflict",
    "beh.simpler-solution",
)
AT_MOST = 0.5


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([QUESTIONS])


def test_a_narrowed_event_is_told_by_its_own_model_answer_and_few_others(
    bank: QuestionBank,
) -> None:
    assert told_too_widely(bank, NARROWED, AT_MOST) == []


def test_about_is_no_a_b_test() -> None:
    """ "a/?b" matched the start of "about" and "able" (the tokenizer reads "A/B" as "a b")."""
    gap = kind_named("offline gap")
    assert gap is not None
    said = tokenize("We talked about the churn model and were able to ship it in June.")
    assert not tells(gap, said, None)
    assert tells(gap, tokenize("It looked great offline, but live clicks fell."), None)


@pytest.mark.parametrize(
    ("qid", "story"),
    [
        # a launch, a release and a quick fix are no date the work had to meet
        (
            "beh.tight-deadline",
            "We launched the new ranking model in spring. I wrote the release notes and a quick "
            "fix for the logging. The new model lifted clicks by four percent.",
        ),
        # "not", "instead" and "proposed" of mine refuse no request
        (
            "beh.push-back",
            "I proposed a new embedding model for search. It was not easy to train, so I used "
            "smaller batches instead. Search clicks rose by six percent.",
        ),
        # work planned and finished late in the evening is no estimate missed
        (
            "beh.missed-estimate",
            "I planned the evaluation for the new fraud features. I worked late to finish the "
            "report. The features cut losses by a tenth.",
        ),
        # a metric that dropped is no project stopped
        (
            "beh.stop-a-project",
            "I retrained the demand model on the new stores. The error dropped to eight percent "
            "and I updated the alert thresholds to match.",
        ),
    ],
)
def test_a_topic_word_does_not_tell_the_event(bank: QuestionBank, qid: str, story: str) -> None:
    prompt = bank.get(qid).prompt
    assert demanded(prompt)
    assert tells_no_demanded(prompt, *read_story(story)) is not None


def test_a_colleague_proven_right_is_a_mind_changed(bank: QuestionBank) -> None:
    """Being convinced told as the colleague having been right and my proposal withdrawn, or my
    first reaction defended and then given up, with no "convinced me" or "was wrong": the core of
    what the question defines (set 61's feature-store story was sent to technical debt)."""
    question = bank.get("beh.changed-my-mind")
    for said in (
        "I withdrew my proposal at the next review and said Tomas had been right.",
        "My first reaction was to defend the design, but the logs showed he had a point.",
    ):
        assert core_evidence(question, tokenize(said)), said
    story = (
        "I was leading the search team and proposed moving our ranking to a large neural model. "
        "A colleague, Tomas, warned that our click logs were too sparse for it. "
        "My first reaction was to defend the design, but I asked him to show me his numbers. "
        "I ran the comparison on last quarter's logs, and the small model matched the big one. "
        "I withdrew my proposal at the next review and said Tomas had been right. "
        "We kept the small model and saved about two months of work."
    )
    score = score_answer(question, Transcript(story))
    assert score.star is not None and not score.star.off_question


def test_a_difficult_colleague_is_told_without_an_argument(bank: QuestionBank) -> None:
    """The difficult-team-member question asks for a colleague hard to work with: one who
    rewrites others' work without telling them is that, with no one at odds in words. People at
    odds (the conflict kind) are not told by "we agreed" alone."""
    prompt = bank.get("beh.difficult-team-member").prompt
    story = (
        "A data engineer on my team kept rewriting other people's pipelines without telling "
        "anyone. I asked him for a coffee to understand why. We set up a rule that he would tag "
        "me on any change to my tables, and no job broke after that."
    )
    assert tells_no_demanded(prompt, *read_story(story)) is None
    conflict = kind_named("conflict")
    assert conflict is not None
    assert not tells(conflict, tokenize("We agreed on the plan and shipped it late."), None)
