"""How much a key point said in other words earns (issue 9: correct paraphrases scored below
partial answers, because meaning alone earned at most half a point)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import Question, QuestionBank
from simulator.core.scoring import meaning, meaning_credit, score_answer
from simulator.core.scoring.meaning import MeaningReading, PointMeaning
from simulator.core.scoring.meaning_credit import (
    FULL_CREDIT,
    MEANING_CREDIT,
    meaning_credits,
    reads_in_full,
)
from simulator.core.scoring.text import split_sentences, tokenize
from simulator.core.transcript import Transcript

HERE = Path(__file__).resolve().parent


def _svm_paraphrase() -> str:
    """A correct SVM answer in everyday words ("corridor" for margin), from the round-3 set."""
    items = yaml.safe_load((HERE / "heldout_round3_content.yaml").read_text(encoding="utf-8"))
    return str(next(i for i in items if i["question"] == "tech.svm")["paraphrase"])


def _reading(question: Question, closeness: float, leaning: float = -0.5) -> MeaningReading:
    """Every key point reached by the answer's first sentence."""
    points = [PointMeaning(0.0, closeness, 0) for _ in question.key_points]
    return MeaningReading(points, leaning)


def test_a_full_explanation_in_other_words_earns_most_of_a_point(bank: QuestionBank) -> None:
    question = bank.get("tech.svm")
    full = score_answer(question, Transcript(_svm_paraphrase()))
    lifted = [k for k in full.key_points if k.via == "meaning" and k.credit > MEANING_CREDIT]
    # a point the margin reading confirms earns up to CONFIRMED_CREDIT (para69)
    cap = max(FULL_CREDIT, meaning_credit.CONFIRMED_CREDIT)
    assert lifted and all(k.credit <= cap and k.evidence for k in lifted)
    assert "full explanation" in full.basis["content"]
    # Its first two sentences alone are no full explanation: one sentence earns half at most.
    thin = " ".join(split_sentences(_svm_paraphrase())[:2])
    short = score_answer(question, Transcript(thin))
    assert all(k.credit <= MEANING_CREDIT for k in short.key_points if k.via == "meaning")
    assert "full explanation" not in short.basis["content"]


def test_the_boost_is_off_once_a_wrong_claim_is_caught(bank: QuestionBank) -> None:
    question = bank.get("tech.svm")
    claim = question.key_points[-1].contradicted_by[0]
    wrong = score_answer(question, Transcript(f"{_svm_paraphrase()} Also, {claim}."))
    assert any(k.contradiction for k in wrong.key_points)
    assert all(k.via == "words" for k in wrong.key_points)


def test_a_sentence_lifts_two_key_points_at_most() -> None:
    """One sentence full of the question's words comes close to every point at once; a
    paraphrase's sentence often says a point and its reason (two points)."""
    points = [
        PointMeaning(0.0, 0.7, 0),
        PointMeaning(0.0, 0.9, 0),
        PointMeaning(0.0, 0.65, 0),
        PointMeaning(0.0, 0.65, 1),
    ]
    lifted = [0.875, FULL_CREDIT, 0.325, pytest.approx(0.812)]
    assert meaning_credits(points, full=True) == lifted
    # not a full explanation: closeness x MEANING_CREDIT from MEANING_FULL, as before
    assert meaning_credits(points, full=False) == [0.35, 0.45, 0.325, 0.325]
    assert meaning_credits([PointMeaning(0.0, 0.5, 0)], full=False) == [0.0]
    assert meaning_credits([PointMeaning(0.0, 0.5, 0)], full=True) == [0.625]
    assert meaning_credits([PointMeaning(0.0, 0.9, None)], full=True) == [0.0]


def test_what_reads_as_a_full_explanation(
    bank: QuestionBank, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the given readings alone: the answer's own sentences would also tell points apart
    # (para46, point_margins.py; tested in test_para46_point_margins)
    monkeypatch.setattr(meaning_credit, "MARGIN_REACH", False)
    question = bank.get("tech.svm")
    n = len(question.key_points)
    words_only = [0.0] * n
    prose = tokenize(_svm_paraphrase())
    assert reads_in_full(question, prose, set(), words_only, _reading(question, 0.8)).full
    # every point reached by the rubric's words counts as reached too
    assert reads_in_full(question, prose, set(), [1.0] * n, _reading(question, 0.0)).full
    # most of the weight reached (7 of 11): a paraphrase's own words leave some points below
    # REACH that it did say (issue 9, para21: 0.75 of the weight left 40 of 78 paraphrases out)
    most = [1.0, 0.0, 0.0, 1.0, 1.0]
    assert reads_in_full(question, prose, set(), most, _reading(question, 0.0)).full
    assert not reads_in_full(
        question, prose, set(), [1.0, 0, 0, 0, 1.0], _reading(question, 0.0)
    ).full
    # too few key points reached
    assert not reads_in_full(question, prose, set(), words_only, _reading(question, 0.2)).full
    # ... though from OWN_WORDS_REACH an answer in its own words reaches them (para40), and one
    # the rubric's words touch does not
    assert reads_in_full(question, prose, set(), words_only, _reading(question, 0.3)).full
    touched = [0.5] * n
    assert not reads_in_full(question, prose, set(), touched, _reading(question, 0.3)).full
    # a sentence nearer one of the rubric's wrong claims than to any key point
    leaning = _reading(question, 0.8, leaning=meaning_credit.LEANING_MAX + 0.1)
    assert not reads_in_full(question, prose, set(), words_only, leaning).full
    # an answer that denies a key point
    denied = reads_in_full(question, prose, set(), words_only, _reading(question, 0.8), True)
    assert not denied.full
    # fewer than three sentences the meaning signal may use
    three = {s.index for s in prose.sentences[2:]}
    assert not reads_in_full(question, prose, three, words_only, _reading(question, 0.8)).full
    # a keyword salad has almost no function words
    salad = tokenize(
        "Margin maximization. Support vectors hinge loss slack variables. Kernel trick RBF "
        "polynomial kernel C parameter regularization. Corridor boundary dividing line."
    )
    reading = reads_in_full(question, salad, set(), words_only, _reading(question, 0.8))
    assert not reading.full and reading.function_words < meaning_credit.PROSE_MIN_FUNCTION_WORDS


def test_an_answer_leans_towards_a_wrong_claim_it_states(bank: QuestionBank) -> None:
    question = bank.get("tech.svm")
    claim = question.misconceptions[0].phrases[0]
    stated = meaning.read_meaning(question, [f"In practice, {claim}."], set())
    assert stated is not None and stated.leaning > meaning_credit.LEANING_MAX
    right = meaning.read_meaning(question, split_sentences(_svm_paraphrase()), set())
    assert right is not None and right.leaning <= meaning_credit.LEANING_MAX


def test_a_sentence_as_near_a_wrong_claim_as_the_model_answer_does_not_lean(
    bank: QuestionBank,
) -> None:
    """A correct definition shares nearly every word with its swapped wrong claim ("type two
    error is a false positive"): it leaned 0.29 and lost its full reading. A sentence leans to a
    claim only beyond how near the model answer itself comes to it (para23); wrong claims said
    plainly still lean."""
    question = bank.get("tech.hypothesis-testing-errors")
    right = meaning.read_meaning(
        question, ["Type one is a false positive and type two is a false negative."], set()
    )
    assert right is not None and right.leaning <= meaning_credit.LEANING_MAX
    for qid, wrong in (
        (
            "tech.weight-initialization",
            "It is fine to start all the weights at zero because the "
            "gradients will make them different.",
        ),
        (
            "tech.bias-variance",
            "More data reduces bias, so a bigger dataset fixes an underfitting model.",
        ),
    ):
        stated = meaning.read_meaning(bank.get(qid), [wrong], set())
        assert stated is not None and stated.leaning > meaning_credit.LEANING_MAX, qid


def test_a_sentence_near_a_wrong_claim_and_its_counterpart_does_not_lean(
    bank: QuestionBank,
) -> None:
    """A correct sentence about the auction shares words with "the auction only uses the bid"
    and leaned 0.064, losing a correct paraphrase its full reading (37, now 67). It comes as
    near to that claim's correct counterpart (the key point it sits under, the model answer's
    run saying it): a sentence leans to a claim only beyond its own counterpart (lean26). Every
    one of the question's wrong claims said plainly still leans."""
    question = bank.get("case.ad-ctr-prediction")
    right = meaning.read_meaning(
        question,
        [
            "What's special here is that the number itself must be trustworthy, not just the"
            " order: the auction multiplies each advertiser's offer by the predicted chance of"
            " a click."
        ],
        set(),
    )
    assert right is not None and right.leaning <= meaning_credit.LEANING_MAX
    claims = [p for m in question.misconceptions for p in m.phrases]
    claims += [c for kp in question.key_points for c in kp.contradicted_by]
    assert claims
    for claim in claims:
        stated = meaning.read_meaning(question, [f"In practice, {claim}."], set())
        assert stated is not None and stated.leaning > meaning_credit.LEANING_MAX, claim
