"""Depth (para51, issue 9): an answer far shorter than the model answer cannot be complete, so a
dense partial answer that names most of a small rubric's points in a few sentences no longer
sits above a complete correct answer in everyday words (content.brief_ceiling)."""

from __future__ import annotations

from pathlib import Path

import yaml

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.content import BRIEF_FLOOR, DEPTH_LENGTH, brief_ceiling
from simulator.core.scoring.text import tokenize, words
from simulator.core.transcript import Transcript

_DEV = Path(__file__).resolve().parent / "dev_blind44_content.yaml"


def _answers(question: str) -> dict[str, str]:
    item = next(i for i in yaml.safe_load(_DEV.read_text()) if i["question"] == question)
    return {k: v for k, v in item.items() if isinstance(v, str)}


def test_a_dense_partial_answer_sits_below_a_complete_paraphrase_r51(bank: QuestionBank) -> None:
    """dev_blind44, tf-idf: the 55-word partial named all four points in three sentences (94)
    and stood above the 206-word answer in everyday words that explains each of them (91)."""
    question = bank.questions["tech.tf-idf"]
    said = _answers("tech.tf-idf")
    partial = score_answer(question, Transcript(said["partial"]))
    paraphrase = score_answer(question, Transcript(said["paraphrase"]))
    assert paraphrase.overall > partial.overall
    ceiling = brief_ceiling(question, tokenize(said["partial"]))
    assert ceiling is not None and partial.components["content"] <= round(ceiling)
    # told why, in the basis and in a tip
    assert "brief:" in partial.basis["content"]
    assert any(tip.startswith("Brief:") for tip in partial.feedback)
    assert "brief:" not in paraphrase.basis["content"]
    assert not any(tip.startswith("Brief:") for tip in paraphrase.feedback)


def test_the_ceiling_grows_with_the_answer_and_ends_at_the_depth_length_r51(
    bank: QuestionBank,
) -> None:
    question = bank.questions["tech.tf-idf"]
    model = len(words(question.model_answer))
    ceilings = []
    for share in (0.1, 0.3, 0.5):
        text = " ".join(["word"] * int(model * share))
        ceilings.append(brief_ceiling(question, tokenize(text)))
    assert all(c is not None for c in ceilings)
    assert ceilings == sorted(ceilings)
    assert 100 * BRIEF_FLOOR < ceilings[0] < ceilings[-1] < 100  # type: ignore[operator]
    long = " ".join(["word"] * (int(model * DEPTH_LENGTH) + 1))
    assert brief_ceiling(question, tokenize(long)) is None


def test_a_weak_answer_under_the_ceiling_keeps_its_score_r51(bank: QuestionBank) -> None:
    """The ceiling only binds on a brief answer that scores above it: a weak or vague answer
    (short too) keeps its score and gets no 'brief' tip."""
    question = bank.questions["tech.tf-idf"]
    weak = score_answer(question, Transcript(_answers("tech.tf-idf")["weak"]))
    assert "brief:" not in weak.basis["content"]
    assert not any(tip.startswith("Brief:") for tip in weak.feedback)
