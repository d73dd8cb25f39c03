"""What the scorer derives once and shares is made once and cannot be changed by a reader
(perf32, review31's leftovers): a bank's rivals are one object per loaded bank, their rubric
texts are made once per bank (not once per story scored), and the clauses cached per answer
for the loose claims are immutable."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from simulator import paths
from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import prompt_relevance
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.loose_claims import _groups
from simulator.core.scoring.text import tokenize

PACK = Path(__file__).parent / "packs" / "star30"


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([paths.bundled_packs_dir(), PACK])


def test_a_banks_rivals_are_made_once(bank: QuestionBank) -> None:
    first = Rivals.of_bank(bank)
    assert Rivals.of_bank(bank) is first
    other = QuestionBank(questions=dict(bank.questions))
    assert Rivals.of_bank(other) is not first  # another bank: its own rivals
    assert Rivals.of_bank(other).questions == first.questions


def test_a_bank_given_another_question_is_read_again(bank: QuestionBank) -> None:
    grown = QuestionBank(questions=dict(bank.questions))
    before = Rivals.of_bank(grown)
    story = before.questions[0]
    grown.questions["perf32.extra"] = story.model_copy(update={"id": "perf32.extra"})
    after = Rivals.of_bank(grown)
    assert after is not before
    assert "perf32.extra" in {q.id for q in after.questions}


def test_rival_rubric_texts_are_made_once_per_bank(bank: QuestionBank) -> None:
    rivals = Rivals.of_bank(bank)
    texts = prompt_relevance._rival_texts(rivals)
    assert [qid for qid, _ in texts] == [q.id for q in rivals.questions]
    assert prompt_relevance._rival_texts(rivals) is texts
    # another bank with the same questions is another object: texts of its own
    copy = replace(rivals)
    assert prompt_relevance._rival_texts(copy) is not texts


def test_the_clauses_kept_for_an_answer_cannot_be_changed() -> None:
    tokens = tokenize(
        "We used a t-test, whose null hypothesis is equal means. The p-value was small."
    )
    clauses = _groups(tokens)
    groups = clauses.groups
    assert isinstance(groups, tuple) and groups and isinstance(clauses.group_of, tuple)
    for sentence, positions in groups:
        assert isinstance(sentence, str) and isinstance(positions, tuple)
    with pytest.raises(AttributeError):  # frozen: no caller can swap what the next one reads
        clauses.groups = ()  # type: ignore[misc]
    assert _groups(tokens) is clauses
