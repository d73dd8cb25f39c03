"""Word vectors of the meaning signal cut short (the ``wordllama`` package's weights file, as
an interrupted install or a disk error leaves it) are said, naming the file, and answers are
scored by their words (attack run 52: the window loaded no question at all and its status bar
said "The question bank could not be loaded: mmap length is greater than file size"; the first
answer scored by ``ml-interview score`` failed the same way)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import meaning, score_answer
from simulator.core.transcript import Transcript


@pytest.fixture
def cut_short(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the package's files with the weights cut to a fifth, used in its place."""
    real = meaning._package_dir()
    assert real is not None
    copy = tmp_path / "wordllama"
    weights = copy.joinpath(*meaning.WEIGHTS)
    weights.parent.mkdir(parents=True)
    data = real.joinpath(*meaning.WEIGHTS).read_bytes()
    weights.write_bytes(data[: len(data) // 5])
    tokenizer = copy.joinpath(*meaning.TOKENIZER)
    tokenizer.parent.mkdir(parents=True)
    shutil.copy(real.joinpath(*meaning.TOKENIZER), tokenizer)
    monkeypatch.setattr(meaning, "_package_dir", lambda: copy)
    for name, value in (("_tried", False), ("_embedder", None), ("_problem", None)):
        monkeypatch.setattr(meaning, name, value, raising=False)  # loaded again, restored after
    return weights


def test_damaged_word_vectors_are_named_and_words_score_r52(
    cut_short: Path, bank: QuestionBank
) -> None:
    question = bank.get("tech.supervised-vs-unsupervised")
    said = Transcript("Supervised learning learns from labeled examples; clustering does not.")
    assert score_answer(question, said).overall > 0
    assert meaning.get_embedder() is None
    problem = meaning.embedder_problem() or ""
    assert str(cut_short) in problem, problem


def test_doctor_says_damaged_word_vectors_r52(cut_short: Path) -> None:
    from simulator.cli.doctor import CHECKS, check_scoring

    assert check_scoring in CHECKS
    check = check_scoring()
    assert check.status == "warning" and str(cut_short) in check.detail, check
    assert "words only" in check.detail
    assert check.fix == "reinstall the word vectors: pip install --force-reinstall wordllama"


def test_intact_word_vectors_say_nothing_r52() -> None:
    from simulator.cli.doctor import check_scoring

    assert meaning.get_embedder() is not None
    assert meaning.embedder_problem() is None
    assert check_scoring().status == "ok"


def test_a_reference_made_while_the_vectors_loaded_is_not_used_after_r56(
    bank: QuestionBank, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Order-dependent in CI: a test before this one scored the same question with the real
    # vectors, and its cached reference then sent the words-only scoring into the embedder.
    question = bank.get("tech.supervised-vs-unsupervised")
    assert (
        score_answer(
            question,
            Transcript(
                "Supervised learning learns from labeled examples; clustering groups points."
            ),
        ).overall
        > 0
    )
    for name, value in (("_tried", True), ("_embedder", None), ("_problem", "damaged")):
        monkeypatch.setattr(meaning, name, value, raising=False)
    said = Transcript("Supervised learning learns from labeled examples; clustering does not.")
    assert score_answer(question, said).overall > 0
