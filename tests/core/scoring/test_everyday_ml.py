"""Round 31 (issue 9, para31): everyday ways of saying common ML ideas (everyday_ml.py) are read
in the technical term by the meaning signal, so a pack whose rubric is written in technical terms
credits a correct answer in everyday words, and never by words alone or as a charge."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.everyday_ml import EVERYDAY_GROUPS
from simulator.core.scoring.plain_words import in_technical_words
from simulator.core.scoring.text import STOPWORDS, words
from simulator.core.transcript import Transcript

PACK = Path(__file__).parent / "packs" / "para31dev"


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("It ends up too sure of itself even when it is wrong.", "overconfident"),
        ("The easy ones stop dominating the sum.", "well classified"),
        ("Guessing too low costs more than guessing too high.", "asymmetric"),
        ("Every other class gets a tiny equal share of the belief.", "uniform distribution"),
        ("You check it with a simple classifier on top for a real task.", "linear probe"),
    ],
)
def test_everyday_wording_is_read_in_the_term(sentence: str, term: str) -> None:
    reworded = in_technical_words(sentence)
    assert reworded is not None and term in reworded


def test_plain_sentences_stay_themselves() -> None:
    # single everyday words are no ML idea: "sure", "honest", "costs" on their own stay
    assert in_technical_words("I am sure it went well and the costs were honest.") is None


def test_one_word_members_are_no_common_words() -> None:
    # a one-word member rewrites every sentence that uses it
    common = STOPWORDS | {"sure", "right", "wrong", "good", "better", "change", "cost", "data"}
    one_word = [m for g in EVERYDAY_GROUPS for m in g[1:] if len(words(m)) == 1]
    assert one_word and not [m for m in one_word if m in common]


def _question(qid: str):  # type: ignore[no-untyped-def]
    return load_packs([Path("questions"), PACK]).get(qid)


def test_a_technical_rubric_credits_its_idea_in_everyday_words() -> None:
    q = _question("tech.p31d-label-smoothing")
    text = (
        "Rather than telling the network the right answer is one hundred percent certain, you "
        "tell it the right answer is very likely and give every other answer a tiny share of the "
        "belief. Otherwise the network keeps pushing its scores further and further apart to "
        "become completely sure, and it ends up cocky and overly sure of itself even when it is "
        "wrong. Holding back a little certainty stops that runaway, so the probabilities it gives "
        "are more honest and it usually does better on new data."
    )
    score = score_answer(q, Transcript(text))
    by_id = {k.id: k for k in score.key_points}
    assert by_id["overconfidence"].covered and by_id["overconfidence"].via == "meaning"
    assert by_id["overconfidence"].evidence is not None
    assert "cocky" in by_id["overconfidence"].evidence


def test_a_wrong_answer_in_the_same_words_earns_no_meaning() -> None:
    q = _question("tech.p31d-label-smoothing")
    text = (
        "Label smoothing adds noise to the inputs, so the network becomes overly sure of itself. "
        "Every other class gets nothing and the right answer stays at one. It makes the model "
        "cocky on purpose, which speeds up training."
    )
    score = score_answer(q, Transcript(text))
    assert all(k.via != "meaning" for k in score.key_points)


def test_an_answer_in_its_own_words_is_not_read_as_another_concept() -> None:
    # its opening names the asked subject in plain words ("broken items" for defective products)
    q = _question("case.p31d-defect-detection")
    text = (
        "Broken items almost never come down the line, so at first you will have thousands of "
        "pictures of good ones and a handful of bad ones. I'd start by teaching a model what a "
        "normal item looks like and flag anything that looks unusual, then train an image model "
        "that already learned to see from millions of photos on our own examples, with flipped "
        "and brightened copies to stretch the few bad ones. It has to decide on each item before "
        "the next one arrives, on a small computer next to the camera. Letting a broken item "
        "reach a customer is much worse than throwing away a good one, so I would set the cut-off "
        "to catch nearly all broken items. Over time the lights or the camera will change, so I'd "
        "watch for the pictures starting to look different, let a person check the unsure cases "
        "and teach the model again with what they decide."
    )
    score = score_answer(q, Transcript(text))
    assert not any("opens on and explains" in f for f in score.feedback)
    assert score.overall >= 60


def test_an_answer_about_another_concept_is_still_read_as_one() -> None:
    q = _question("tech.p31d-quantile-regression")
    text = (
        "Ridge regression adds an L2 penalty on the coefficients to the least squares loss. It "
        "shrinks coefficients toward zero, which reduces variance and helps when features are "
        "correlated, at the cost of some bias."
    )
    score = score_answer(q, Transcript(text))
    assert any("opens on and explains" in f for f in score.feedback)
