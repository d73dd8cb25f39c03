"""Issue 9, para35: a partial answer is not credited for what it did not say, and a correct
answer in other words is not denied or cut for how it says it.

* A partial answer of a few sentences is no full explanation, however close its sentences come
  to the points (meaning_credit.FULL_MIN_LENGTH).
* A point's wording whose words are all part of a longer wording of another point says that
  other point (key_points._unsubsumed).
* A point's wording that is an indirect question ("which word came first") is said, not denied,
  by "has no idea which word came first" (key_points._unknown_asked).
* "The part of a transformer that ..." opens on no concept (answer_subject._KIND_NOUNS).
"""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.key_points import _unknown_asked
from simulator.core.scoring.matching import AnswerIndex, compile_phrase
from simulator.core.scoring.meaning import MeaningReading, PointMeaning
from simulator.core.scoring.meaning_credit import FULL_MIN_LENGTH, reads_in_full
from simulator.core.scoring.text import tokenize, words
from simulator.core.transcript import Transcript


def test_a_short_answer_close_to_every_point_is_no_full_explanation(bank: QuestionBank) -> None:
    question = bank.get("tech.batch-normalization")
    short = tokenize(
        "Batch norm rescales what each layer passes on using the current group of examples. "
        "Training becomes quicker and steadier, so larger steps are safe. "
        "At prediction time it switches to averages it saved while training."
    )
    n = len(question.key_points)
    reading = MeaningReading([PointMeaning(0.0, 0.8, 0) for _ in range(n)], -0.5)
    said = sum(s.word_count for s in short.sentences)
    assert said < FULL_MIN_LENGTH * len(words(question.model_answer))
    answer = reads_in_full(question, short, set(), [0.0] * n, reading)
    assert answer.prose and not answer.full
    # the model answer itself, as long as it is, still reads in full
    model = tokenize(question.model_answer)
    assert reads_in_full(question, model, set(), [0.0] * n, reading).full


def test_a_wording_inside_another_points_longer_wording_says_that_point(
    bank: QuestionBank,
) -> None:
    question = bank.get("tech.multiclass-averaging")
    answer = (
        "Micro averaging adds up the true positives, false positives and false negatives over "
        "all classes and computes the metric once, so large classes dominate the result. "
        "Macro averaging computes the metric for each class and takes the simple average."
    )
    score = score_answer(question, Transcript(answer))
    by_id = {k.id: k for k in score.key_points}
    assert by_id["micro"].status == "explained"
    assert by_id["choice"].status == "missing"
    # said in words of its own, the point is credited as before
    told = score_answer(
        question,
        Transcript(answer + " I would pick macro when the rare classes matter to the business."),
    )
    assert {k.id: k for k in told.key_points}["choice"].status == "explained"


def test_not_knowing_an_indirect_question_says_the_point(bank: QuestionBank) -> None:
    question = bank.get("tech.positional-encoding")
    answer = (
        "Attention by itself has no idea which word came first, so if you scrambled the "
        "sentence every word would get the same result in a different slot."
    )
    point = score_answer(question, Transcript(answer)).key_points[0]
    assert point.id == "permutation"
    assert point.status == "explained" and point.contradiction is None
    # only a negation of knowing, telling or mattering: "never changes which word came first"
    # still denies the wording
    for text, unknown in (
        ("It has no idea which word came first.", True),
        ("You do not need to know how many clusters there are.", True),
        ("It never changes which word came first.", False),
    ):
        tokens = tokenize(text)
        phrase = "how many clusters" if "clusters" in text else "which word came first"
        span = AnswerIndex(tokens).find(compile_phrase(phrase)[0])[0]
        assert _unknown_asked(tokens, span, phrase) is unknown


def test_the_part_of_something_opens_on_no_other_concept(bank: QuestionBank) -> None:
    question = bank.get("tech.positional-encoding")
    answer = (
        "The part of a transformer that lets words look at each other only compares their "
        "contents. It has no idea which word came first, so each token has to be stamped with "
        "where it is. The first transformer added sine and cosine waves of different "
        "frequencies to each word's vector, and BERT learned a separate vector for each slot, "
        "which does not help past the longest input seen in training."
    )
    score = score_answer(question, Transcript(answer))
    assert "not what the question asks" not in score.basis["content"]
    assert score.overall >= 60


def test_a_mention_inside_another_points_wording_leaves_no_denial_as_the_verdict(
    bank: QuestionBank,
) -> None:
    """The words stay said: an answer that says them (as another point's wording) and denies
    the point elsewhere gets no verdict either way, as before it got the point."""
    question = bank.get("tech.tsne-umap")
    answer = (
        "PCA is linear and keeps the directions of largest variance. It cannot unfold curved "
        "structure. UMAP builds a graph of nearest neighbours, is faster, and can embed new "
        "points."
    )
    point = {k.id: k for k in score_answer(question, Transcript(answer)).key_points}
    assert point["mechanism"].status == "explained"
    assert point["nonlinear-local"].status != "contradicted"
