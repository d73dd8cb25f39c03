"""``ml-interview validate`` warns a pack author whose model answer the scorer charges, and the
warning does not fail the check (issue 9, self45)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import cli

_PACK = """\
questions:
  - id: tech.vma-dropout
    category: technical
    topic: deep learning
    difficulty: 2
    prompt: What does dropout do during training?
    time_limit_s: 90
    key_points:
      - id: zeroes
        label: Dropout sets a random share of the activations to zero at each training step
        weight: 3
        phrases: [random share of the activations]
    misconceptions:
      - id: worded-right
        phrases: [dropout sets a random share of the activations to zero]
        correction: A misconception worded as the right statement.
    model_answer: >-
      Dropout sets a random share of the activations to zero at each training step.
"""


def test_a_charged_model_answer_is_a_warning_not_a_failure(tmp_path: Path, data_dir: Path) -> None:
    pack = tmp_path / "mine.yaml"
    pack.write_text(_PACK, encoding="utf-8")
    out = cli("validate", str(pack), data_dir=data_dir)
    assert out.returncode == 0, out.stdout
    *warnings, last = out.stdout.strip().splitlines()
    assert last == "ok: 1 question(s) in 1 pack(s)"
    where = f"{pack}:17: question tech.vma-dropout: field model_answer: warning:"
    assert warnings and all(w.startswith(where) for w in warnings)
    # the misconception and the sentence; the charged sentence earns no point either
    assert '"worded-right"' in warnings[0] and "Dropout sets a random share" in warnings[0]
    assert "0% of the key-point weight" in warnings[1]
