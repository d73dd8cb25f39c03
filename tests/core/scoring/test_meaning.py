"""The meaning signal (issue 9): deterministic, calibrated on the model answer, shown as evidence."""

from __future__ import annotations

import json

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import AnswerScore, meaning, meaning_credit, score_answer
from simulator.core.scoring.text import split_sentences
from simulator.core.transcript import Transcript


def test_the_embedder_loads_from_the_installed_package_without_downloading() -> None:
    embedder = meaning.get_embedder()
    assert embedder is not None
    a, b, c = embedder.embed(["the model overfits", "the model overfits", "I like hiking"])
    assert float(a @ b) == pytest.approx(1.0, abs=1e-5)
    assert float(a @ c) < 0.9


def test_model_answer_sentences_reach_their_key_points_and_an_echo_does_not(
    bank: QuestionBank,
) -> None:
    question = bank.get("tech.bias-variance")
    own = meaning.key_point_meaning(question, split_sentences(question.model_answer), set())
    echo = meaning.key_point_meaning(question, [question.prompt], set())
    assert own is not None and echo is not None
    assert max(m.closeness for m in own) == pytest.approx(1.0)
    assert all(m.credit == 0 for m in echo)


def test_meaning_earns_part_of_a_point_with_its_sentence_as_evidence(bank: QuestionBank) -> None:
    question = bank.get("tech.bias-variance")
    score = score_answer(question, Transcript(question.model_answer))
    by_meaning = [k for k in score.key_points if k.via == "meaning"]
    for kp in by_meaning:
        assert kp.credit <= meaning_credit.FULL_CREDIT and kp.evidence
    assert all(k.closeness is not None for k in score.key_points)


def test_excluded_sentences_earn_nothing(bank: QuestionBank) -> None:
    question = bank.get("tech.bias-variance")
    sentences = split_sentences(question.model_answer)
    result = meaning.key_point_meaning(question, sentences, set(range(len(sentences))))
    assert result is not None and all(m.credit == 0 and m.sentence is None for m in result)


def test_scoring_works_on_words_alone_without_the_embedder(
    bank: QuestionBank, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = bank.get("tech.l1-vs-l2")
    monkeypatch.setattr(meaning, "get_embedder", lambda: None)
    meaning._reference_of.cache_clear()
    score = score_answer(question, Transcript(question.model_answer))
    meaning._reference_of.cache_clear()
    assert score.overall > 50
    assert all(k.via == "words" and k.closeness is None for k in score.key_points)


def test_results_with_meaning_are_plain_json(bank: QuestionBank) -> None:
    question = bank.get("tech.bias-variance")
    score = score_answer(question, Transcript(question.model_answer))
    assert AnswerScore.from_dict(json.loads(json.dumps(score.to_dict()))) == score


def test_an_answer_asserting_a_wrong_claim_earns_nothing_by_meaning(bank: QuestionBank) -> None:
    """Meaning cannot tell a claim from its opposite: once a wrong claim is found, key points
    count by their words only."""
    question = bank.get("tech.bias-variance")
    right = score_answer(question, Transcript(question.model_answer))
    claim = next(c for kp in question.key_points for c in kp.contradicted_by)
    wrong = score_answer(question, Transcript(f"{question.model_answer} Also, {claim}."))
    assert any(k.contradiction for k in wrong.key_points)
    assert all(k.via == "words" for k in wrong.key_points)
    assert any(k.via == "meaning" for k in right.key_points) or all(
        k.status == "explained" for k in right.key_points
    )


def test_advice_against_a_practice_earns_nothing_by_meaning(bank: QuestionBank) -> None:
    # An embedding puts "you should not X" next to "X": the advice against cropping must not
    # earn the point about cropping the object out of the photo.
    for text in (
        "You should not crop the query photo, because the background gives the model context"
        " about the product.",
        "Don't crop the uploaded photo; the background gives the model context about the product.",
    ):
        score = score_answer(bank.get("case.image-search"), Transcript(text))
        point = {k.id: k for k in score.key_points}["query-prep"]
        assert point.credit == 0.0 and point.via == "words", text


def test_windows_cover_each_sentence_and_runs_of_words_across_it() -> None:
    """Runs are cut from one tokenization of the sentence, yet match embedding their text."""
    embedder = meaning.get_embedder()
    assert embedder is not None
    long = "Gradient descent takes small steps downhill on the loss, scaled by the learning rate."
    vectors, owner = meaning.windows(["Short one.", long])
    n_words = len(long.split())
    runs = len(range(0, n_words - meaning.WINDOW + 1, meaning.STRIDE))
    assert owner == [0, 1] + [1] * runs
    whole, first_run = embedder.embed([long, " ".join(long.split()[: meaning.WINDOW])])
    assert float(vectors[1] @ whole) > 0.999
    assert float(vectors[2] @ first_run) > 0.99
    assert float(vectors[2] @ whole) < 0.99  # a run is not the sentence


def test_a_wording_said_inside_a_long_sentence_is_found_by_its_window(bank: QuestionBank) -> None:
    """A key point's wordings are compared too, with runs of a few words: a point said in a
    few words of a long sentence is not buried by the rest of it, and its sentence is shown."""
    question = bank.get("tech.bias-variance")
    k, kp = next(
        (i, p) for i, p in enumerate(question.key_points) if len(p.phrases[0].split()) >= 2
    )
    filler = "and then we went over the plan with the whole team on a Monday morning in the office"
    sentences = ["I like this question a lot.", f"{kp.phrases[0]} {filler}."]
    result = meaning.key_point_meaning(question, sentences, set())
    assert result is not None
    assert result[k].sentence == 1 and result[k].closeness > 0.8


def test_an_everyday_sentence_reaches_its_point_read_in_technical_words(
    bank: QuestionBank,
) -> None:
    """The dropout mechanism said plainly ("flip a coin for every inner unit and switch off
    about half of them") was nowhere near "randomly zeroes a fraction of activations" (closeness
    0): its static word vectors share no word with the rubric. Read again with its everyday
    words in technical ones, it reaches the point; the evidence is the sentence as said."""
    question = bank.get("tech.dropout")
    said = (
        "Each time the network sees a batch we flip a coin for every inner unit and switch off"
        " about half of them."
    )
    reading = meaning.read_meaning(question, [said], set())
    assert reading is not None
    mechanism = reading.points[0]
    assert mechanism.closeness >= meaning_credit.REACH
    assert mechanism.sentence == 0
