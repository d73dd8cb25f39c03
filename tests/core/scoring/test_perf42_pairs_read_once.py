"""A rubric of many paired terms reads a long answer once (issue 8, perf42).

exchanged_pairs.py split, worded and stemmed the whole answer again for each pair the rubric
names (tech.lstm-gru names 12, tech.bias-variance 6): a fifth of a 10,000-word answer's scoring.
The answer is now read once and each pair only looks for its terms in the clauses read; the
verdicts stay those of a pair read alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs
from simulator.core.scoring import exchanged_pairs as ep
from simulator.core.scoring.text import stem, words

REPO = Path(__file__).resolve().parents[3]

SWAPPED = (
    "The training error is the error on data the model never saw, and the validation error is "
    "the error on the data the model was fitted on. "
)


def test_a_long_answer_is_split_once_whatever_the_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    question = load_packs([REPO / "questions"]).get("tech.bias-variance")
    assert len(ep._accepted(question)) >= 2  # the case this guards: several pairs
    answer = SWAPPED + question.model_answer * 20
    before = ep.exchanged_pairs(question, answer)
    split = ep.split_sentences
    calls: list[str] = []

    def counted(text: str) -> list[str]:
        calls.append(text)
        return split(text)

    monkeypatch.setattr(ep, "split_sentences", counted)
    assert ep.exchanged_pairs(question, answer) == before
    assert calls.count(answer) == 1


def test_each_pair_reads_the_clauses_as_alone() -> None:
    """Reading every pair from one shared reading gives each pair's clauses as a reading of
    the text for that pair alone would: the side each clause is about, what it asserts."""
    question = load_packs([REPO / "questions"]).get("tech.bias-variance")
    read = ep._sentences(SWAPPED + question.model_answer)
    for pair, _, _ in ep._accepted(question):
        alone = ep._clauses(ep._sentences(SWAPPED + question.model_answer), pair)
        assert ep._clauses(read, pair) == alone
    sides = {c.term for c in ep._clauses(read, ep._accepted(question)[0][0]) if c.names}
    assert sides == {0, 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we use maximum a posteriori estimation here", [2]),
        ("MAP adds a prior", [0]),
        ("the estimation is maximum likelihood", []),
        ("the maximum a posteriori one, not maximum a posteriori alone", [1]),
        ("maximum a posteriori alone, then maximum a posteriori estimation", [5]),
    ],
)
def test_mentions_find_every_form_and_acronym(text: str, expected: list[int]) -> None:
    term = ep._term([], ["maximum", "a", "posteriori"], ["estimation"])
    assert term is not None
    ws = words(text)
    assert ep._mentions([stem(w) for w in ws], ws, term) == expected


def test_a_pair_never_named_is_not_read_clause_by_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the pairs an answer names are read clause by clause ("it" and "the other" go back to
    a term named before, so an unnamed pair gives no clause a side); the verdicts are the same."""
    question = load_packs([REPO / "questions"]).get("tech.distributed-training")
    answer = (
        "Data parallelism splits the model's layers across GPUs, while model parallelism copies "
        "the model and splits the batch. "
    ) * 3
    named = [p for p, _, _ in ep._accepted(question) if ep._names_either(ep._sentences(answer), p)]
    assert 0 < len(named) < len(ep._accepted(question))
    before = ep.exchanged_pairs(question, answer)
    assert before  # the swap is charged
    clauses = ep._clauses
    read: list[tuple[ep.Term, ep.Term]] = []

    def counted(text: tuple[ep._Sentence, ...], pair: tuple[ep.Term, ep.Term]) -> list[ep._Clause]:
        read.append(pair)
        return clauses(text, pair)

    monkeypatch.setattr(ep, "_clauses", counted)
    assert ep.exchanged_pairs(question, answer) == before
    assert read == named
