"""Round 39 (issue 9, para39): a correct answer in everyday words restates the model answer's
ideas one to one, each in a sentence of its own. A point it comes near only through the model
answer's sentences that explain it (meaning.EXPLAINED_TARGETS) now counts in the reach of the
whole-explanation reading, when that sentence reaches no other point and the answer restates
the model answer at its length, in at least a sentence per key point."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import Question, QuestionBank, load_packs
from simulator.core.scoring import meaning_credit, score_answer
from simulator.core.scoring.meaning import MeaningReading, PointMeaning
from simulator.core.scoring.meaning_credit import (
    RESTATE_MIN_LENGTH,
    reads_in_full,
    restated_points,
)
from simulator.core.scoring.text import split_sentences, tokenize
from simulator.core.transcript import Transcript


def _explained_only(question: Question, sentences: list[int]) -> MeaningReading:
    """No point reached by its own wordings; each near its model-answer explanation."""
    points = [PointMeaning(0.0, 0.0, None, explained=(0.8, s)) for s in sentences]
    return MeaningReading(points, -0.5)


def test_each_restated_point_needs_a_sentence_of_its_own() -> None:
    points = [
        PointMeaning(0.0, 0.7, 0),  # reached by its own wordings, in sentence 0
        PointMeaning(0.0, 0.1, None, explained=(0.9, 0)),  # sentence 0 is taken
        PointMeaning(0.0, 0.1, None, explained=(0.8, 1)),
        PointMeaning(0.0, 0.1, None, explained=(0.7, 1)),  # sentence 1 went to the closer one
        PointMeaning(0.0, 0.1, None, explained=(0.3, 2)),  # not close enough
        PointMeaning(0.0, 0.1, None, explained=(0.6, 3)),
    ]
    assert restated_points(points, {0}) == {2, 5}


def test_a_restatement_one_to_one_reads_in_full(
    bank: QuestionBank, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the restated points alone: the answer's own text is the model answer, whose sentences
    # also tell its points apart (para46, point_margins.py)
    monkeypatch.setattr(meaning_credit, "MARGIN_REACH", False)
    question = bank.get("tech.svm")
    n = len(question.key_points)
    answer = tokenize(question.model_answer)
    assert len(split_sentences(question.model_answer)) >= n
    nothing = [0.0] * n
    # every point restated in a sentence of its own: a whole explanation
    assert reads_in_full(
        question, answer, set(), nothing, _explained_only(question, list(range(n)))
    ).full
    # the same points all near one sentence: only that sentence's closest point is reached
    crowded = reads_in_full(question, answer, set(), nothing, _explained_only(question, [0] * n))
    assert not crowded.full and crowded.reach < 0.6


def test_a_short_or_few_sentence_answer_is_no_restatement(bank: QuestionBank) -> None:
    question = bank.get("tech.svm")
    n = len(question.key_points)
    sentences = split_sentences(question.model_answer)
    nothing = [0.0] * n
    reading = _explained_only(question, list(range(n)))
    # fewer sentences than key points (the model answer's first n - 1)
    few = tokenize(" ".join(sentences[: n - 1]))
    assert not reads_in_full(question, few, set(), nothing, reading).full
    # under RESTATE_MIN_LENGTH of the model answer's words, in n short sentences
    words = question.model_answer.split()
    short_len = int(len(words) * RESTATE_MIN_LENGTH) - 1
    per = max(1, short_len // n)
    short = tokenize(" ".join(" ".join(words[i * per : (i + 1) * per]) + "." for i in range(n)))
    assert not reads_in_full(question, short, set(), nothing, reading).full


HERE = Path(__file__).parent


def _answer(file: str, qid: str, kind: str) -> str:
    items = yaml.safe_load((HERE / file).read_text(encoding="utf-8"))
    return str(next(i for i in items if i["question"] == qid)[kind])


def test_a_dev_paraphrase_restating_the_model_answer_passes_its_partial(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Dev (para34dev, mixup): the paraphrase reaches its points only through the model
    answer's explaining sentences, one sentence each; it scored 3 against the partial's 52."""
    q = load_packs([HERE / "packs" / "para34dev"]).get("tech.p34d-mixup")
    said = _answer("dev_para34_content.yaml", q.id, "paraphrase")
    partial = score_answer(q, Transcript(_answer("dev_para34_content.yaml", q.id, "partial")))
    assert score_answer(q, Transcript(said)).overall > partial.overall
    monkeypatch.setattr(meaning_credit, "EXPLAINED_REACH", False)
    monkeypatch.setattr(meaning_credit, "OWN_WORDS_REACH", None)  # para40's reading of it too
    monkeypatch.setattr(meaning_credit, "MARGIN_REACH", False)  # and para46's
    assert score_answer(q, Transcript(said)).overall < partial.overall


def test_a_swapped_answer_in_the_rubric_words_stays_below_its_partial(bank: QuestionBank) -> None:
    """Para38's counter-example: the swapped L1/L2 answer reached 'other forms' through the
    sentence that already reached 'penalty' (51 -> 70 with the explaining targets in the reach)."""
    q = bank.get("tech.regularization")
    wrong = _answer("heldout_wrong30_content.yaml", q.id, "long_wrong")
    for kind in ("partial", "weak"):
        other = _answer("heldout_wrong30_content.yaml", q.id, kind)
        assert (
            score_answer(q, Transcript(other)).overall > score_answer(q, Transcript(wrong)).overall
        )
