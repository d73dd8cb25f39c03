"""An answer written in another script is told why it earns nothing (attack run 33): an answer
in Russian or Chinese scored 0 with 'Missing key point' tips only, as if it had said nothing
about the question; the person was never told the scorer reads English only."""

from __future__ import annotations

import pytest

from simulator.bank import load_bank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript, other_script

ANSWERS = {
    "Cyrillic": "Смещение — это ошибка слишком простой модели, а дисперсия — чувствительность.",
    "Chinese": "偏差是模型过于简单造成的误差，方差是对训练样本的敏感性。",
    "Arabic": "الانحياز هو خطأ النموذج البسيط جدا، والتباين هو الحساسية لعينة التدريب.",
}


@pytest.mark.parametrize("script", sorted(ANSWERS))
def test_an_answer_in_another_script_is_told_why(script: str) -> None:
    question = load_bank().get("tech.bias-variance")
    score = score_answer(question, Transcript(text=ANSWERS[script]))
    assert score.feedback[0] == (
        f"Written in {script} script: answers are scored in English only, so its words earn "
        "nothing here. Answer in English."
    )


def test_a_story_in_another_script_is_told_why_too() -> None:
    question = load_bank().get("beh.resolve-conflict")
    score = score_answer(question, Transcript(text=ANSWERS["Cyrillic"] * 3))
    assert score.feedback[0].startswith("Written in Cyrillic script")


@pytest.mark.parametrize(
    "text",
    [
        "With L2 the penalty λ·‖w‖² shrinks weights; β and γ are the momentum terms.",
        "Café naïve résumé: the model is too simple, so its bias is high.",
        "Bias (смещение) is the error of a model too simple for the data it is fitted to.",
        "",
        "数",
    ],
)
def test_english_with_a_few_other_letters_is_english(text: str) -> None:
    assert other_script(text) is None
