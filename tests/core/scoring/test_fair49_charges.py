"""Correct answers are never charged with a claim they do not make (fair49, issue 9).

Correct answers of the development and held-out sets (and one written here) were charged: a
comparative inside a phrase of what a word is made from or broken into ("an odd word gets
spelled out *from a few smaller chunks*": '"smaller" said of word'; "broken *into smaller
units*": '"smaller", the opposite of "explodes"'), a condition said of another thing ("it
scales throughput *when the model fits* in one device's memory", of data parallelism, against
"model parallelism is for when the model does not fit"), a hyphenated compound ("*RoPE-based*
models": '"based" said of rope, not alibi') and an advice that gives the denied word to another
noun ("use experiments or *causal methods*" against "not causal effects"). Each answer below
says it in other words and is correct; each wrong twin is still charged."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

CORRECT = [
    ("tech.tokenization",
     "So a common word is one piece, while an odd word gets spelled out from a few smaller "
     "chunks. Keeping every full word would make an enormous list, and letters alone make long "
     "sequences."),
    ("tech.tokenization",
     "BPE merges frequent pairs of characters. A rare word is broken into smaller units from "
     "the vocabulary. Whole-word vocabularies are huge and cannot handle new words; characters "
     "make very long sequences."),
    ("tech.distributed-training",
     "Data parallelism keeps a copy of the model on every GPU, splits each batch across them "
     "and averages the gradients with an all-reduce. It is the simple choice when the model fits "
     "in one device's memory. Model parallelism splits the layers or tensors across devices "
     "when the model is too large for one of them."),
    ("tech.positional-encoding",
     "Relative schemes such as ALiBi extrapolate better, and RoPE-based models need "
     "interpolation to go past the training length."),
    ("tech.partial-dependence",
     "A partial dependence plot shows the average prediction as one feature is varied while the "
     "others keep their values. It describes what the model learned, not causal effects, so "
     "run an experiment or use causal inference methods for real-world effects."),
]  # fmt: skip

WRONG = [
    ("tech.distributed-training",
     "Data parallelism copies the model to every GPU and averages the gradients. Model "
     "parallelism is for when the model fits in one device's memory, and it splits the layers "
     "across GPUs."),
    ("tech.partial-dependence",
     "A partial dependence plot averages the model's prediction while one feature is varied. "
     "So use it to read causal effects in the real world."),
]  # fmt: skip


def _charges(bank: QuestionBank, qid: str, text: str) -> list[str]:
    score = score_answer(bank.get(qid), Transcript(text))
    said = [m.phrase for m in score.misconceptions]
    return said + [f"{k.id}: {k.contradiction}" for k in score.key_points if k.contradiction]


@pytest.mark.parametrize(("qid", "text"), CORRECT)
def test_a_correct_answer_in_other_words_is_not_charged_r49(
    bank: QuestionBank, qid: str, text: str
) -> None:
    assert _charges(bank, qid, text) == []


@pytest.mark.parametrize(("qid", "text"), WRONG)
def test_the_wrong_twin_is_still_charged_r49(bank: QuestionBank, qid: str, text: str) -> None:
    assert _charges(bank, qid, text)
