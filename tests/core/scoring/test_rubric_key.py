"""One key of a question's rubric texts for the readings cached per rubric (issue 9, flag68):
invented_meanings, conflated_terms and claim_clauses each gathered the same texts into a key of
their own; ``rubric_key`` is the one they share."""

from __future__ import annotations

from simulator.core.questions import Question
from simulator.core.scoring import claim_clauses, conflated_terms, invented_meanings
from simulator.core.scoring.rubric_key import rubric_key
from tests.core.scoring.rubric_charges import shipped_question


def _edited(question: Question) -> list[Question]:
    """The question with one of each of its rubric texts changed."""
    kp, mis = question.key_points[0], question.misconceptions[0]
    more = "and one more word"
    return [
        question.model_copy(update={"prompt": f"{question.prompt} {more}"}),
        question.model_copy(update={"model_answer": f"{question.model_answer} {more}."}),
        question.model_copy(
            update={"key_points": [kp.model_copy(update={"label": f"{kp.label} {more}"})]}
        ),
        question.model_copy(
            update={"key_points": [kp.model_copy(update={"phrases": [*kp.phrases, more]})]}
        ),
        question.model_copy(
            update={"key_points": [kp.model_copy(update={"contradicted_by": [more]})]}
        ),
        question.model_copy(
            update={
                "misconceptions": [mis.model_copy(update={"correction": f"{mis.correction} x"})]
            }
        ),
    ]


def test_the_key_is_the_same_for_the_same_texts_and_changes_with_each() -> None:
    question = shipped_question("tech.bias-variance")
    key = rubric_key(question)
    assert rubric_key(question.model_copy(deep=True)) == key
    hash(key)
    edited = [rubric_key(q) for q in _edited(question)]
    assert all(other != key for other in edited)
    assert len(set(edited)) == len(edited)


def test_the_readings_share_one_entry_per_rubric() -> None:
    question = shipped_question("tech.bias-variance")
    copy = question.model_copy(deep=True)
    assert claim_clauses.accepted_clauses(copy) is claim_clauses.accepted_clauses(question)
    assert conflated_terms._accepted(copy) is conflated_terms._accepted(question)
    assert invented_meanings._rubric(copy) is invented_meanings._rubric(question)
    # and a changed rubric is read afresh: its accepted clauses say the new label
    kp = question.key_points[0]
    relabelled = question.model_copy(
        update={"key_points": [kp.model_copy(update={"label": "Momentum smooths the steps"})]}
    )
    said = {w for c in claim_clauses.accepted_clauses(relabelled) for w in c.words}
    assert "momentum" in said
    assert "momentum" not in {w for c in claim_clauses.accepted_clauses(question) for w in c.words}
