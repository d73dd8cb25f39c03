"""A noun whose complement is an infinitive or a clause frames what follows (issue 9, para68,
answer_subject._framing_noun).

"The golden rule is to test the forecaster exactly the way it will live" opened a correct
time-series-validation paraphrase (round 67's kind set); "golden rule" was read as another concept
the answer opens on and develops, and its key points and on-topic words counted x0.25 (23 against
its partial answer's 85). A noun followed by "is to <verb>", "is whether ..." or "is how ..." names
a rule, an aim or a question and the complement says what it is: the answer's own matter. "Another
mistake is ..." opens a warning: "another" is a determiner, as "each" and "every" are.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring.answer_subject import other_concept
from simulator.core.scoring.text import tokenize


@pytest.mark.parametrize(
    "said",
    [
        "The sensible habit is to shift every column so its average sits at zero, then look for "
        "the line along which the cloud of points is longest, and keep the few lines that carry "
        "most of the spread.",
        "The sanity check is whether the columns share a unit: if they do not, rescale them "
        "before looking for the line along which the cloud is longest.",
        "Another trap is forgetting to rescale the columns, so whichever one is measured in the "
        "biggest unit decides the first direction on its own.",
    ],
)
def test_a_framing_noun_with_an_infinitive_or_clause_is_no_other_concept(
    bank: QuestionBank, said: str
) -> None:
    assert other_concept(bank.get("tech.pca"), tokenize(said)) is None


def test_a_concept_that_does_something_is_still_another_concept(bank: QuestionBank) -> None:
    said = (
        "Linear discriminant analysis uses the labels to find the directions that separate the "
        "classes best, and it keeps at most one fewer direction than there are classes."
    )
    assert other_concept(bank.get("tech.pca"), tokenize(said)) is not None


def test_is_to_before_a_noun_phrase_is_no_infinitive(bank: QuestionBank) -> None:
    said = (
        "The sensible habit is to the analyst what hygiene is to the cook: shift every column to "
        "zero mean, then find the longest line through the cloud."
    )
    assert other_concept(bank.get("tech.pca"), tokenize(said)) is not None


# A verb's base form after a singular noun cannot be its verb ("a text searches"): it is the head
# of a noun compound ("text search", "phrase match"); and an opening whose name is said to fail
# ("... fails when ...") sets up the asked alternative, as "... would miss ..." does.
@pytest.mark.parametrize(
    ("qid", "said"),
    [
        (
            "tech.sentence-embeddings",
            "Phrase search with exact tokens would miss tickets that say the same thing in other "
            "words, so I would encode each ticket as one vector and compare vectors by cosine.",
        ),
        (
            "case.image-search",
            "Caption lookup over seller descriptions fails when the shopper only has a snapshot, "
            "so I would embed the photos themselves and look up their nearest neighbours.",
        ),
    ],
)
def test_a_compound_or_a_failing_opening_is_no_other_concept(
    bank: QuestionBank, qid: str, said: str
) -> None:
    assert other_concept(bank.get(qid), tokenize(said)) is None


def test_a_verb_with_its_object_still_ends_the_name(bank: QuestionBank) -> None:
    said = (
        "Greedy decoding picks the likeliest token at each step and keeps only that one, so "
        "it can miss a better sentence whose first token looked worse."
    )
    assert other_concept(bank.get("tech.shap-values"), tokenize(said)) is not None
