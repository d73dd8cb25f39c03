"""An answer that opens on another question's subject is not kept on the asked one by a shared
modifier (issue 9, offtopic29: answer_subject.opens_on_the_subject, content.py).

A neighbour's answer often names its subject with a word of the asked prompt in front: "The L1
loss ..." asked about L1 and L2 regularization, "An online store's product search ..." asked about
pricing in an online store. The opening's head says what it is about: a head the other prompt
says and the asked one does not ("loss"), or the words after a possessive ("product search"), are
the other question's subject, so the answer's lean to that question is confirmed. A correct answer
that opens on the asked subject ("L1 regularization adds ...") and mentions the neighbour in
passing is still about the asked question. And an answer read as another question's no longer
keeps its whole on-topic credit on a technical question either: its field's words are that
question's topic.
"""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.answer_subject import opens_on_the_subject, other_concept
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

LOSS_ANSWER = (
    "The L1 loss and the L2 loss behave differently for big residuals. Squared error grows with the "
    "square of the residual, so a few outliers drag the fitted line towards them and the model "
    "learns the conditional mean. Absolute error grows only linearly, so it is robust to outliers "
    "and the model learns the conditional median instead. Huber loss mixes the two: quadratic for "
    "small residuals and linear for large ones, with a threshold you tune."
)
REGULARIZATION_ANSWER = (
    "L1 regularization adds the sum of the absolute values of the weights to the loss, and L2 adds "
    "the sum of their squares. L2 shrinks every weight smoothly towards zero but rarely to exactly "
    "zero. L1 drives many weights exactly to zero, because the penalty has a corner at zero and its "
    "gradient keeps the same size however small the weight gets, so it also selects features. This "
    "is not the same as the L1 loss, mean absolute error, which is about the residuals, not the "
    "weights."
)
VAGUE_L1 = (
    "L1 and L2 are two kinds of regularization that stop a model from overfitting. They penalize "
    "the weights in different ways, and L1 is the one that tends to make some of them zero."
)


def test_a_head_word_only_the_other_prompt_says_is_that_questions_subject(
    bank: QuestionBank,
) -> None:
    asked, other = bank.get("tech.l1-vs-l2"), bank.get("tech.regression-loss-functions")
    assert not opens_on_the_subject(asked, other, tokenize(LOSS_ANSWER))
    assert opens_on_the_subject(asked, other, tokenize(REGULARIZATION_ANSWER))


def test_a_loss_functions_answer_reads_as_that_question_below_a_vague_one(
    bank: QuestionBank,
) -> None:
    asked = bank.get("tech.l1-vs-l2")
    got = score_answer(asked, Transcript(LOSS_ANSWER))
    vague = score_answer(asked, Transcript(VAGUE_L1))
    assert got.overall < vague.overall, got.basis["content"]
    assert any("reads as an answer to" in tip for tip in got.feedback), got.feedback
    assert "on-topic words ×" in got.basis["content"]


def test_a_correct_answer_naming_the_neighbour_in_passing_stays_on_the_question(
    bank: QuestionBank,
) -> None:
    got = score_answer(bank.get("tech.l1-vs-l2"), Transcript(REGULARIZATION_ANSWER))
    assert not any(tip.startswith("Off the question") for tip in got.feedback), got.feedback
    assert got.overall >= 60, got.basis["content"]


def test_what_follows_a_possessive_names_the_subject(bank: QuestionBank) -> None:
    asked, other = bank.get("case.price-optimization"), bank.get("case.search-ranking")
    search = tokenize(
        "For an online store's product search, I would retrieve products that match the query and "
        "rank them by relevance."
    )
    assert not opens_on_the_subject(asked, other, search)
    # the asked prompt's own subject after the possessive still opens on it
    pricing = tokenize("An online store's prices should follow demand and costs.")
    assert opens_on_the_subject(asked, other, pricing)


def test_a_warning_frame_opens_no_concept(bank: QuestionBank) -> None:
    """'A frequent mistake is ...', 'The trap is ...', 'Never ...' frame a warning about the asked
    question; read as the concepts "frequent mistake" or "trap", correct warnings were told they
    answered something else and kept a quarter of their credit."""
    question = bank.get("tech.data-leakage")
    for opener in (
        "A frequent mistake is to fit the scaler on the whole dataset before splitting",
        "The trap is fitting the scaler on the whole dataset before splitting",
        "Never fit the scaler on the whole dataset before splitting",
    ):
        text = (
            f"{opener}, because the test rows then shape the training features and the "
            "validation score comes out too optimistic. Leakage is any information in training "
            "that would not be available at prediction time, such as a feature computed after "
            "the outcome. Split first, then fit every preprocessing step inside a pipeline on "
            "the training fold only."
        )
        assert other_concept(question, tokenize(text)) is None, opener
        got = score_answer(question, Transcript(text))
        assert not any(tip.startswith("Off the question") for tip in got.feedback), opener
    # an answer that opens on another concept is still told so
    other = tokenize(
        "Dropout randomly zeroes a fraction of the activations during training so that units "
        "cannot co-adapt, and at test time every unit is kept with its output scaled."
    )
    assert other_concept(question, other) is not None


def test_an_answer_opening_on_the_asked_subject_is_not_read_by_its_words_alone(
    bank: QuestionBank,
) -> None:
    """A vague answer that opens on the asked prompt's own subject ("PCA is ...") but whose
    words lean to the broader question is about this one, by its words alone as well."""
    question = bank.get("tech.pca")
    text = (
        "PCA is a way to compress many features into fewer new ones that keep most of the "
        "information, so models train faster and the data is easier to plot. You keep enough of "
        "them so that you don't lose too much."
    )
    got = score_answer(question, Transcript(text))
    assert not any(tip.startswith("Off the question") for tip in got.feedback), got.feedback
