"""An answer to a different question earns no key point through loose word matches (issue 9):
a competent answer about dropout scored 44 on "compare L1 and L2", above a vague L1/L2 answer,
because "turned off" is a synonym of the rubric's "zeroes out" and "networks that share
weights" matched "proportional to the weight" ("proportional" stems like "proportion", an
everyday word for "share"). Correct answers in other words keep the point."""

from __future__ import annotations

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.scoring.matching import AnswerIndex
from simulator.core.scoring.plain_words import takes_group
from simulator.core.scoring.point_phrases import point_phrases
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.l1-l2-test
    category: technical
    topic: regularization
    difficulty: 2
    prompt: Compare L1 and L2 regularization. Why does L1 tend to give sparse solutions?
    time_limit_s: 120
    key_points:
      - id: sparsity
        label: L1 drives many weights to exactly zero
        weight: 3
        phrases: [exactly zero, zeroes out]
      - id: geometry
        label: L1 pulls every weight with the same force, L2's pull is proportional to the weight
        weight: 3
        phrases: [proportional to the weight, constant pull]
      - id: correlated
        label: With correlated features L1 keeps one of them
        weight: 2
        phrases: [correlated features, average]
    model_answer: >-
      L1 adds the absolute values of the weights, L2 their squares. L1 zeroes out many weights,
      because its pull is constant while L2's pull is proportional to the weight.
"""

DROPOUT = (
    "Dropout randomly disables a fraction of the units on every training step, so the network "
    "cannot rely on any one neuron. It is like training many thinned networks that share "
    "weights. At inference time dropout is turned off, and the activations are scaled so "
    "their expected value stays the same. In practice I average the outputs of the runs."
)


def _question() -> Question:
    questions, problems = parse_pack(PACK, "l1_l2.yaml")
    assert not problems
    return questions[0]


def _status(text: str) -> dict[str, str]:
    return {k.id: k.status for k in score_answer(_question(), Transcript(text)).key_points}


def test_an_answer_about_dropout_earns_no_l1_point_through_near_words() -> None:
    said = _status(DROPOUT)
    assert said["sparsity"] == "missing"  # "turned off" ~ "zeroes out", said of dropout
    assert said["geometry"] == "missing"  # "share weights" is no "proportional to the weight"
    assert said["correlated"] == "missing"  # "average", a word every rubric uses, said alone


def test_the_same_near_words_said_about_l1_still_earn_the_point() -> None:
    said = _status(
        "L1 regularization is different from L2: it turns off many of the weights entirely, "
        "so the solution keeps only a few inputs. With correlated features L1 picks one, "
        "while L2 would average the weight over them."
    )
    assert said["sparsity"] == "explained"
    assert said["correlated"] == "explained"
    # the point's own words need no anchor, in any sentence
    assert _status("The weights shrink, and many of them get zeroes out entirely here.")[
        "sparsity"
    ] in ("explained", "named")


def test_a_word_that_only_stems_like_a_group_member_keeps_its_meaning() -> None:
    """ "proportional" stems like "proportion" (a word for "share"), "production" like
    "product", "personal" like "person": neither the rubric nor the answer word stands for
    the group; inflections and names of the action still do."""
    for word in ("proportional", "production", "personal", "marginal", "nearly", "meanings"):
        assert not takes_group(word), word
    for word in ("proportion", "products", "detection", "reduced", "cutting", "customer's"):
        assert takes_group(word), word

    def says(phrase: str, text: str) -> bool:
        index = AnswerIndex(tokenize(text))
        return any(index.find(p) for p in point_phrases(phrase, "Compare L1 and L2."))

    assert not says("proportional to the weight", "Networks that share weights.")
    assert not says("share of users", "The effect is proportional to the users.")
    assert says("fraction of users", "A small share of users clicks.")


# The shipped bank's own questions: an answer is compared with every shipped rubric.
DROPOUT_ANSWER = (
    "Dropout is a regularizer that randomly zeroes a fraction of the activations during each "
    "training step, so the network cannot co-adapt neurons and learns redundant features. It "
    "is like training an ensemble of many thinned networks that share weights. At inference "
    "time dropout is turned off, and the activations are scaled by the keep probability so "
    "the expected output stays the same; with inverted dropout the scaling happens during "
    "training instead."
)
L1_L2_ANSWER = (
    "L1 adds the sum of absolute weights to the loss and L2 the sum of squared weights. L1 "
    "gives sparse solutions: its penalty has corners on the axes, so the optimum often lands "
    "where some weights are exactly zero, while L2 shrinks every weight smoothly toward zero."
)


def _shipped(qid: str) -> Question:
    from simulator.core.scoring.shipped_rubrics import shipped_questions

    return next(q for q in shipped_questions() if q.id == qid)


def test_an_answer_to_a_neighbouring_question_earns_little_and_is_told_so() -> None:
    asked = _shipped("tech.l1-vs-l2")
    off = score_answer(asked, Transcript(DROPOUT_ANSWER))
    vague = score_answer(asked, Transcript("L1 and L2 both add a penalty on the weights."))
    assert off.components["content"] is not None and off.components["content"] <= 10
    assert off.overall < vague.overall + 5
    tip = next(t for t in off.feedback if t.startswith("Off the question"))
    assert "dropout" in tip
    assert "reads as an answer to another question (on regularization)" in off.basis["content"]
    assert "tech." not in off.basis["content"] and ".py" not in off.basis["content"]
    # the same answer on its own question is not off it
    own = score_answer(_shipped("tech.dropout"), Transcript(DROPOUT_ANSWER))
    assert not any(t.startswith("Off the question") for t in own.feedback)


def test_a_correct_or_vague_answer_to_the_asked_question_is_never_called_off_it() -> None:
    asked = _shipped("tech.l1-vs-l2")
    for text in (L1_L2_ANSWER, "It is the algorithm that trains neural networks over time."):
        score = score_answer(asked, Transcript(text))
        assert not any(t.startswith("Off the question") for t in score.feedback), text
    assert score_answer(asked, Transcript(L1_L2_ANSWER)).overall >= 50


def test_only_an_answer_leaning_elsewhere_needs_an_anchor_in_every_sentence() -> None:
    from simulator.core.scoring.answer_topic import about_the_question

    asked = _shipped("tech.l1-vs-l2")
    assert about_the_question(asked, tokenize(L1_L2_ANSWER))
    assert not about_the_question(asked, tokenize(DROPOUT_ANSWER))
