"""Round 30 (issue 9, para30): everyday words ML speakers use for a rubric's word, and a phrase's
generic "data" left unsaid. Each rule earns the point in other words and keeps a wrong or
unrelated sentence out."""

from __future__ import annotations

import pytest

from simulator.core.scoring.matching import AnswerIndex, compile_phrase
from simulator.core.scoring.point_phrases import point_phrases
from simulator.core.scoring.text import tokenize


def _says(phrase: str, text: str, prompt: str = "What would you do?") -> bool:
    index = AnswerIndex(tokenize(text))
    return any(index.find(p) for p in point_phrases(phrase, prompt))


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        # "right" is "correct"
        (
            "share of correct predictions",
            "The share of right guesses is fine when groups are even.",
        ),
        ("percent correct", "I report the percent of tickets labelled right."),
        # "slip" is a mistake
        ("spelling mistakes", "It should forgive spelling slips in the query."),
        # "check" is how people say validate or evaluate
        ("validate on later", "Learn on the earlier months and check on the later ones."),
        # help articles and pages are the documents a chatbot answers from
        ("supported by the documents", "Every reply must be supported by our help articles."),
        ("check facts against the documents", "Check facts against our help pages."),
        # data set aside or held aside is held out
        ("tune on held out data", "The penalty is a knob I tune on data held aside."),
        # separate or unrelated is independent
        ("independent observations", "Each observation is a separate draw from the rest."),
        ("independent given the class", "The words are unrelated given the class."),
    ],
)
def test_an_everyday_word_says_the_rubric_word(phrase: str, text: str) -> None:
    assert _says(phrase, text)


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        # one word alone is never widened
        ("correct", "Turn right at the second light."),
        # the other words of the phrase must still be said
        ("share of correct predictions", "That is the right approach for this project."),
        ("spelling mistakes", "One slip in the deployment took the service down."),
        ("supported by the documents", "Open the settings page and check the box."),
        # a word that only stems like a member keeps its own meaning: "separable" is no
        # "separate", so linearly independent columns are not linearly separable classes
        ("linearly separable", "The columns are linearly independent."),
        ("independent features", "The classes are separable with these features."),
    ],
)
def test_the_everyday_word_alone_or_elsewhere_earns_nothing(phrase: str, text: str) -> None:
    assert not _says(phrase, text)


def test_a_three_word_phrase_may_leave_its_generic_data_unsaid() -> None:
    """A phrase "train on older data": the rows are what any answer trains on, so "learn on the
    earlier months" says it; the two words left keep their order and stay close."""
    assert _says("train on older data", "If rows are over time, learn on the earlier months.")
    assert _says("tune on held out data", "I tune it on the held out months.")
    # order kept: the older models are not trained on older data
    assert not _says("train on older data", "Older laptops are slow to train on.")
    # only a generic word is left out of a three-word phrase: "train on older data" does not
    # become "train data" or "older data"
    assert not _says("train on older data", "We train on all the data we have.")
    assert not _says("split by time", "We split by region.")


def test_the_generic_word_is_kept_where_the_prompt_says_the_rest() -> None:
    """Reading the question back must not earn the point: a shortened form the prompt says
    matches only with all its words."""
    prompt = "Why would you train on older data first?"
    assert not _says("train on older data", "Train on older, then newer.", prompt)
    assert _says("train on older data", "Train on older data, then newer.", prompt)


def test_wrong_claims_are_not_widened_by_the_new_words() -> None:
    for claim in ("features are independent of the label", "accuracy is the correct metric"):
        assert all(not s.startswith("~") for p in compile_phrase(claim) for s in p.stems)
