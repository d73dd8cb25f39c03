"""A long answer's clauses are grouped once for all the rubric's loose claims, and a claim is
looked for only in the clauses its first word is in (perf41: the rubric's accepted sentences,
read between two claims, emptied the answer's cached groups, so a 10,000-word answer's clauses
were grouped again for every claim, and every claim looked at every clause). The verdicts are
those of reading every clause."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import loose_claims, score_answer
from simulator.core.scoring.matching import AnswerIndex
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript
from tests.core.scoring.test_loose_claim_wordings import PACK  # its rubric of two claims

FILLER = "Deeper stacks were tried on image benchmarks, and the results were compared. "


@pytest.fixture(scope="module")
def question() -> Question:
    questions, problems = parse_pack(PACK, "long.yaml")
    assert not problems
    return questions[0]


class _Looked(tuple):  # type: ignore[type-arg]
    """A clause list that counts the clauses read from it."""

    read = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        _Looked.read += 1
        return super().__getitem__(key)

    def __iter__(self):  # type: ignore[no-untyped-def]
        for item in super().__iter__():
            _Looked.read += 1
            yield item


def test_a_claim_is_looked_for_only_in_the_clauses_its_first_word_is_in() -> None:
    text = FILLER * 60 + "Residual connections in deep networks solve overfitting. " + FILLER * 60
    index = AnswerIndex(tokenize(text))
    clauses = loose_claims._groups_of(index.tokens)
    want = loose_claims._claim("residual connections solve overfitting")[0][0]
    looked = loose_claims._Clauses(_Looked(clauses.groups), clauses.group_of)
    _Looked.read = 0
    runs = loose_claims._runs(index, want, looked)
    assert len(runs) == 1 and runs == loose_claims._runs(index, want, clauses)
    assert len(clauses.groups) > 100 and _Looked.read == 1


@pytest.mark.parametrize(
    ("said", "charged"),
    [
        ("Residual connections solve overfitting in deep networks.", {"degradation"}),
        ("Residual connections in deep networks solve overfitting.", {"degradation"}),
        ("Overfitting is what residual connections solve.", set()),  # another order: not said
        ("One fixed threshold works for every hour of the week.", {"alerts"}),
    ],
)
def test_a_claim_far_into_a_long_answer_is_found_as_in_a_short_one(
    question: Question, said: str, charged: set[str]
) -> None:
    short = score_answer(question, Transcript(said))
    long = score_answer(question, Transcript(FILLER * 40 + said + " " + FILLER * 40))
    assert {k.id for k in short.key_points if k.contradiction} == charged
    assert {k.id for k in long.key_points if k.contradiction} == charged


def test_a_long_answers_clauses_are_grouped_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from simulator.core.questions import load_packs
    from simulator.paths import bundled_packs_dir

    question = load_packs([bundled_packs_dir()]).get("tech.roc-auc")
    grouped: list[int] = []
    real = loose_claims._groups_of

    def counted(tokens):  # type: ignore[no-untyped-def]
        grouped.append(len(tokens))
        return real(tokens)

    monkeypatch.setattr(loose_claims, "_groups_of", counted)
    model = question.model_answer.split()
    score_answer(question, Transcript(" ".join(model * (3000 // len(model) + 1))))
    assert sum(1 for n in grouped if n > 2000) == 1  # the answer's, once (26 times before)
