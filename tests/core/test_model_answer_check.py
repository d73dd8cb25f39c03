"""A pack author is warned when the scorer charges a question's own model answer or finds too
little of its rubric in it (issue 9, self45): the warning names the file and line, the question,
the key point or misconception and the sentence, and the question still loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.model_answer_check import is_scorer_warning, model_answer_warnings
from simulator.core.questions import Problem, load_packs

_PACK = """\
pack:
  name: author's pack
questions:
  - id: tech.mac-dropout
    category: technical
    topic: deep learning
    difficulty: 2
    prompt: What does dropout do during training?
    time_limit_s: 90
    key_points:
      - id: zeroes
        label: Dropout sets a random share of the activations to zero at each training step
        weight: 3
        phrases: [random share of the activations, sets activations to zero]
    misconceptions:
      - id: worded-right
        phrases: [dropout sets a random share of the activations to zero]
        correction: A misconception worded as the right statement, which an author may write by mistake.
    model_answer: >-
      Dropout sets a random share of the activations to zero at each training step, so no unit
      can rely on another one.
  - id: tech.mac-pooling
    category: technical
    topic: deep learning
    difficulty: 2
    prompt: Why do convolutional networks use pooling?
    time_limit_s: 90
    key_points:
      - id: invariance
        label: Pooling makes the features tolerant to small shifts of the input
        weight: 3
        phrases: [translation invariance]
      - id: smaller
        label: It shrinks the feature maps, cutting computation in later layers
        weight: 3
        phrases: [downsampling the feature maps]
    model_answer: >-
      Taking the maximum over each small window keeps the strongest response wherever it falls,
      which is why a cat moved by two pixels still gives the same output.
  - id: tech.mac-fine
    category: technical
    topic: deep learning
    difficulty: 2
    prompt: What is a learning rate warmup?
    time_limit_s: 90
    key_points:
      - id: ramp
        label: The learning rate starts small and rises to its target over the first steps
        weight: 3
        phrases: [starts small and rises, first steps]
    model_answer: >-
      The learning rate starts small and rises to its target over the first steps, so the early
      updates, made while the statistics of the optimizer are still poor, cannot throw the
      weights far.
"""


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Problem]]:
    """The pack's file and its warnings, scored once for the module."""
    pack = tmp_path_factory.mktemp("packs") / "mine.yaml"
    pack.write_text(_PACK, encoding="utf-8")
    bank = load_packs([pack])
    assert bank.problems == [] and len(bank.questions) == 3  # warnings never block loading
    return pack, model_answer_warnings(bank)


def test_a_charged_model_answer_is_named_with_its_sentence(
    scored: tuple[Path, list[Problem]],
) -> None:
    pack, warnings = scored
    charged = [str(w) for w in warnings if "worded-right" in w.message]
    assert len(charged) == 1
    # on its model_answer: line, as "file:N"
    line = _PACK.splitlines().index("    model_answer: >-") + 1
    assert charged[0].startswith(f"{pack}:{line}: question tech.mac-dropout: field model_answer:")
    assert "Dropout sets a random share of the activations to zero" in charged[0]


def test_a_model_answer_covering_too_little_is_named_with_its_points(
    scored: tuple[Path, list[Problem]],
) -> None:
    low = [w.message for w in scored[1] if w.question_id == "tech.mac-pooling"]
    assert len(low) == 1 and "of the key-point weight" in low[0] and '"smaller"' in low[0]


def test_a_sound_question_gets_no_warning(scored: tuple[Path, list[Problem]]) -> None:
    assert not [w for w in scored[1] if w.question_id == "tech.mac-fine"]


def test_warnings_are_told_from_problems(scored: tuple[Path, list[Problem]]) -> None:
    assert scored[1] and all(is_scorer_warning(w) for w in scored[1])


def test_files_skipped_and_a_stop_asked_for_are_not_scored(tmp_path: Path) -> None:
    pack = tmp_path / "mine.yaml"
    pack.write_text(_PACK, encoding="utf-8")
    bank = load_packs([pack])
    assert model_answer_warnings(bank, skip_files=set(bank.sources.values())) == []
    assert model_answer_warnings(bank, stopped=lambda: True) == []
