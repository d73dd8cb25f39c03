"""True sentences that zeroed a model answer (issue 9, cause68).

Each case is a true sentence, written here in new words, added to a question's own model
answer, with a guard that a wrong sentence of the same shape is still charged:

* a cause given to a *change* in a key point's term ("the drop in average precision is caused
  by ...") is said of the change, not of what the term is (invented_meanings._change_of);
* a comparative in a clause whose subject is a pronoun ("..., which is why *it* is more robust
  to outliers than squared error") is said of the pronoun's subject, the first clause's, not
  of the side named after "than" (claims._than_side_of_a_pronoun).
"""

from __future__ import annotations

from rubric_charges import model_answer_charges as _charges


def test_a_cause_of_a_change_in_the_term_is_no_meaning_of_it() -> None:
    # failed before: ['monitor: "the rise in validation loss" is given a cause or a working ...']
    assert (
        _charges(
            "tech.early-stopping",
            "The rise in validation loss is caused by the network starting to memorize noise "
            "in the training set.",
        )
        == []
    )
    # failed before: ['average-precision: "the drop in average precision" is given a cause ...']
    assert (
        _charges(
            "tech.pr-curve",
            "The drop in average precision is caused by the new model ranking more negatives "
            "above the real positives.",
        )
        == []
    )
    assert (
        _charges(
            "tech.pr-curve",
            "The drop in average precision is caused by the base rate of positives being much "
            "lower.",
        )
        == []
    )


def test_a_cause_given_to_the_term_itself_is_still_charged() -> None:
    charges = _charges(
        "tech.early-stopping",
        "Validation loss is caused by the network memorizing the test set.",
    )
    assert any("is given a cause or a working" in c for c in charges), charges


def test_a_pronoun_after_which_is_why_is_the_first_clause_subject() -> None:
    # failed before: ['misconception: which is why it is more robust to outliers than squared
    # error']
    for added in (
        "Absolute error settles on the conditional median, which is why it is more robust to "
        "outliers than squared error.",
        "Absolute error gives every residual the same pull, which is why it is more robust to "
        "a few wild labels than squared error.",
    ):
        assert _charges("tech.regression-loss-functions", added) == [], added


def test_the_wrong_side_in_the_same_shape_is_still_charged() -> None:
    charges = _charges(
        "tech.regression-loss-functions",
        "Squared error settles on the conditional mean, which is why it is more robust to "
        "outliers than absolute error.",
    )
    assert any("robust" in c for c in charges), charges
