"""Fluent wrong claims the rubric says the opposite of, read as they are told (issue 9, round 51,
wrong51).

Three ways a confidently wrong answer got past checks that exist (dev_blind sets):

* a change told with a size word after a verb of becoming: "the receptive field of each unit
  *gets smaller*" was never read against "the receptive field *grows* with depth" (two
  different pairs of direction words, and the subject's words too far from the change word);
* "naive" in the name "naive Bayes" read as a warning ("a naive approach is ..."), so no rubric
  claim said in a sentence naming naive Bayes was charged;
* a claim whose subject is taken up by a pronoun mid-sentence ("Naive Bayes is simple, *so
  it* needs a lot of data", "In bias-variance terms it is ..., *which is why it* needs a lot
  of data"): only a pronoun opening its sentence was read.
"""

from __future__ import annotations

import pytest

from tests.core.scoring.rubric_charges import shipped_charges

CNN = (
    "A CNN slides small learned filters over the image to produce feature maps, with weight "
    "sharing and pooling to downsample. "
)
NAIVE_BAYES = "Naive Bayes applies Bayes rule, multiplying the class prior by the likelihood. "


@pytest.mark.parametrize(
    ("qid", "text", "claim"),
    [
        (
            "tech.cnn",
            CNN + "As you go deeper, the receptive field of each unit gets smaller, which lets "
            "the last layers focus on fine pixel detail.",
            "gets smaller",
        ),
        (
            "tech.naive-bayes",
            NAIVE_BAYES + "Naive Bayes is simple, so it needs a lot of data.",
            "needs a lot of data",
        ),
        (
            "tech.naive-bayes",
            NAIVE_BAYES + "It is a high-variance model, which is why it needs a lot of data.",
            "needs a lot of data",
        ),
        (
            "tech.naive-bayes",
            "Because it multiplies many small terms, naive Bayes is underconfident; its "
            "probabilities bunch up near the middle. In bias-variance terms it is a low-bias, "
            "high-variance model, which is why it needs a lot of data before it settles down.",
            "needs a lot of data",
        ),
    ],
)
def test_a_wrong_claim_told_fluently_is_charged_r51(qid: str, text: str, claim: str) -> None:
    charged = shipped_charges(qid, text)
    assert any(claim in c for c in charged), charged


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        (
            "tech.cnn",
            CNN + "As you go deeper, the receptive field of each unit gets larger, so the last "
            "layers see whole objects.",
        ),
        (
            "tech.naive-bayes",
            NAIVE_BAYES + "Naive Bayes is simple, so it needs little data and trains in one pass.",
        ),
        (
            "tech.naive-bayes",
            NAIVE_BAYES + "A common mistake is to think naive Bayes needs a lot of data; it "
            "does well on small datasets.",
        ),
    ],
)
def test_the_right_claim_told_the_same_way_is_not_charged_r51(qid: str, text: str) -> None:
    assert shipped_charges(qid, text) == []
