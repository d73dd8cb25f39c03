"""One scoring weighs the answer against every shipped rubric once (answer_topic): its three or
four askers (off_question, the key points' reading, speaks_for_another, answer_subject) reuse
the lean of the same tokens, and nothing of an answer is kept once it is gone."""

from __future__ import annotations

import gc
import threading

import pytest

from simulator.core.questions import QuestionBank, parse_pack
from simulator.core.scoring import answer_topic, score_answer
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

ANSWER = "Dropout switches off random units during training, so the network cannot co-adapt."

PACK = """
questions:
  - id: tech.pack-only-dropout
    category: technical
    topic: regularization
    difficulty: 2
    prompt: What does dropout do while a network trains, and why does it help?
    time_limit_s: 120
    key_points:
      - id: units
        label: Dropout switches off random units at each training step
        weight: 2
        phrases: [random units, switched off]
    model_answer: >-
      Dropout switches off random units at each training step, so no unit can rely on another.
"""


@pytest.fixture
def weighed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times an answer was weighed against the shipped rubrics."""
    calls: list[int] = []
    closeness, cosine = answer_topic.closeness, answer_topic.cosine

    def counted_closeness(*args):  # type: ignore[no-untyped-def]
        calls.append(1)
        return closeness(*args)

    def counted_cosine(*args):  # type: ignore[no-untyped-def]
        calls.append(1)
        return cosine(*args)

    monkeypatch.setattr(answer_topic, "closeness", counted_closeness)
    monkeypatch.setattr(answer_topic, "cosine", counted_cosine)
    return calls


def test_the_askers_of_one_scoring_share_one_weighing(
    bank: QuestionBank, weighed: list[int]
) -> None:
    question = bank.get("tech.l1-vs-l2")
    tokens = tokenize(ANSWER)
    first = answer_topic.nearest_other(question, tokens)
    assert first is not None and first[0].id != question.id and first[1] > 1.0
    assert len(weighed) == 1
    assert answer_topic.nearest_other(question, tokens) is first
    answer_topic.about_the_question(question, tokens)
    answer_topic.speaks_for_another(question, tokens)
    answer_topic.leans_elsewhere(question, tokens)
    assert len(weighed) == 1
    # the same words in other tokens, another question: weighed again, to the same result
    again = answer_topic.nearest_other(question, tokenize(ANSWER))
    assert again == first and again is not first and len(weighed) == 2
    other = bank.get("tech.dropout")
    assert answer_topic.nearest_other(other, tokens) != first and len(weighed) == 3


def test_a_whole_scoring_weighs_each_of_its_answers_tokens_once(
    bank: QuestionBank, weighed: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int] = []
    find = answer_topic._nearest_other

    def counted(question, tokens, shipped):  # type: ignore[no-untyped-def]
        asked.append(id(tokens))
        return find(question, tokens, shipped)

    monkeypatch.setattr(answer_topic, "_nearest_other", counted)
    spied: list[int] = []
    lean_of = answer_topic._lean_of

    def spy(kind, question, tokens, found):  # type: ignore[no-untyped-def]
        spied.append(id(tokens))
        return lean_of(kind, question, tokens, found)

    monkeypatch.setattr(answer_topic, "_lean_of", spy)
    score_answer(bank.get("tech.l1-vs-l2"), Transcript(ANSWER))
    assert len(spied) >= 3  # asked three times or more ...
    assert len(weighed) == len(asked) < len(spied)  # ... weighed once per tokens in a row


def test_a_pack_question_is_weighed_once_per_answer_too(weighed: list[int]) -> None:
    questions, problems = parse_pack(PACK, "dropout.yaml")
    assert not problems
    question, tokens = questions[0], tokenize(ANSWER)
    lean = answer_topic._nearest_for_pack(question, tokens)
    assert lean is not None and lean[0].id == "tech.dropout"
    used = len(weighed)
    answer_topic.about_the_question(question, tokens)
    answer_topic.speaks_for_another(question, tokens)
    answer_topic.leans_elsewhere(question, tokens, packs=True)
    assert len(weighed) == used


def test_each_thread_keeps_its_own_and_no_answer_is_kept(bank: QuestionBank) -> None:
    question = bank.get("tech.l1-vs-l2")
    tokens = tokenize(ANSWER)
    here = answer_topic.nearest_other(question, tokens)
    there: list[object] = []
    worker = threading.Thread(
        target=lambda: there.append(answer_topic.nearest_other(question, tokenize("L1 and L2.")))
    )
    worker.start()
    worker.join(60)
    assert there and there[0] != here
    assert answer_topic.nearest_other(question, tokens) is here  # not the other thread's
    del tokens
    gc.collect()
    kept = answer_topic._last_lean.shipped
    assert kept[1]() is None  # the answer's tokens went with it
