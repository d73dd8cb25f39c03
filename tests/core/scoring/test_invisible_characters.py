"""Text pasted from a PDF or a web page carries characters no one sees inside its words: soft
hyphens, zero-width spaces, word joiners, direction marks, a byte-order mark. The word pattern
split the words there, so a model answer so pasted scored 100 -> 24 (116 of the bank's 159 model
answers lower); a pack phrase holding one was split the same way. Scoring now reads the text
without them; the stored text keeps them."""

from __future__ import annotations

import pytest

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.text import tokenize, words
from simulator.core.transcript import Transcript
from simulator.paths import bundled_packs_dir

MARKS = ["\u00ad", "\u200b", "\u2060", "\u200e", "\ufeff", "\u202e"]


def _pasted(text: str, mark: str) -> str:
    return " ".join(w[:3] + mark + w[3:] if len(w) > 6 else w for w in text.split())


@pytest.mark.parametrize(
    ("question_id", "mark"),
    [
        ("tech.calibration", "\u00ad"),
        ("tech.xgboost", "\u200b"),
        ("tech.semi-supervised", "\ufeff"),
    ],
)
def test_a_model_answer_pasted_with_invisible_characters_scores_as_typed(
    question_id: str, mark: str
) -> None:
    bank = load_packs([bundled_packs_dir()])
    question = bank.get(question_id)
    typed = score_answer(question, Transcript(question.model_answer))
    pasted = score_answer(question, Transcript(_pasted(question.model_answer, mark)))
    assert pasted.overall == typed.overall
    assert [k.status for k in pasted.key_points] == [k.status for k in typed.key_points]


@pytest.mark.parametrize("mark", MARKS)
def test_words_and_sentences_read_through_each_mark(mark: str) -> None:
    text = f"Regular{mark}ization shrinks the weights. It re{mark}duces variance."
    assert words(text) == words("Regularization shrinks the weights. It reduces variance.")
    tokens = tokenize(text)
    assert [s.text for s in tokens.sentences] == [
        "Regularization shrinks the weights.",
        "It reduces variance.",
    ]
