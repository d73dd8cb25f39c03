"""Scoring by words only, said (round 52, left): with the meaning signal's word vectors missing
(a file deleted, the package not installed) ``doctor`` said "answers are read for their meaning
as well as their words", and nothing in the window said anything in any case. The core now says
why, naming the file, for ``doctor`` and the window alike (``meaning.words_only_said``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.core.scoring import meaning


def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in (("_tried", False), ("_embedder", None), ("_problem", None)):
        monkeypatch.setattr(meaning, name, value, raising=False)  # loaded again, restored after


@pytest.fixture
def weights_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The package's tokenizer without its weights file."""
    real = meaning._package_dir()
    assert real is not None
    copy = tmp_path / "wordllama"
    tokenizer = copy.joinpath(*meaning.TOKENIZER)
    tokenizer.parent.mkdir(parents=True)
    shutil.copy(real.joinpath(*meaning.TOKENIZER), tokenizer)
    monkeypatch.setattr(meaning, "_package_dir", lambda: copy)
    _fresh(monkeypatch)
    return copy.joinpath(*meaning.WEIGHTS)


def test_missing_word_vectors_are_named_by_doctor_r53(weights_missing: Path) -> None:
    from simulator.cli.doctor import check_scoring

    assert meaning.words_only_said() is None  # not tried yet: nothing is loaded to say it
    assert meaning.get_embedder() is None
    check = check_scoring()
    assert check.status == "warning" and str(weights_missing) in check.detail, check
    said = meaning.words_only_said() or ""
    assert said.startswith("Answers are scored by their words only"), said
    assert str(weights_missing) in said and meaning.WORDS_ONLY_FIX in said


def test_the_package_not_installed_is_said_r53(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meaning, "_package_dir", lambda: None)
    _fresh(monkeypatch)
    assert meaning.get_embedder() is None
    assert "wordllama package is not installed" in (meaning.words_only_said() or "")


def test_loaded_word_vectors_say_nothing_r53() -> None:
    assert meaning.get_embedder() is not None
    assert meaning.words_only_said() is None
