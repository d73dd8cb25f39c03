"""Progress leaves out the pace and filler rate of an answer too short to judge them (issue 8,
walk63): a spoken answer of 7 words in 4 seconds was "Delivery: not scored: too few words to
judge pace, fillers and pauses" on its scorecard and Review, and Progress drew its session at
116 words per minute and 0 fillers per 100 words on "Pace and fillers over time"."""

from __future__ import annotations

from simulator.core.progress import answer_facts
from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript, Word


def _spoken(text: str) -> Transcript:
    words = tuple(Word(w, i * 0.5, i * 0.5 + 0.4) for i, w in enumerate(text.split()))
    return Transcript(text, words, "test", "test", len(words) * 0.5)


def test_an_answer_too_short_to_judge_adds_no_pace_or_filler_rate(bank: QuestionBank) -> None:
    question = bank.questions["tech.bias-variance"]
    short = score_answer(question, _spoken("Regularization, more data, dropout or early stopping."))
    assert short.delivery is not None and short.components.get("delivery") is None  # unjudged
    facts = answer_facts(short)
    assert facts.wpm is None and facts.fillers_per_100 is None


def test_an_answer_long_enough_adds_its_pace(bank: QuestionBank) -> None:
    question = bank.questions["tech.bias-variance"]
    text = (
        "Overfitting is when a model memorizes noise in the training data, so it does well "
        "on training data and badly on new data; I compare training and validation error."
    )
    whole = score_answer(question, _spoken(text))
    assert whole.components.get("delivery") is not None
    facts = answer_facts(whole)
    assert facts.wpm is not None and facts.fillers_per_100 is not None
