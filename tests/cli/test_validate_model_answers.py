"""``ml-interview validate`` warns a pack author whose model answer the scorer charges, and the
warning does not fail the check (issue 9, self45)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import cli
from tests.core.test_model_answer_check import _PACK


def test_a_charged_model_answer_is_a_warning_not_a_failure(tmp_path: Path, data_dir: Path) -> None:
    pack = tmp_path / "mine.yaml"
    pack.write_text(_PACK, encoding="utf-8")
    out = cli("validate", str(pack), data_dir=data_dir)
    assert out.returncode == 0, out.stdout
    *warnings, last = out.stdout.strip().splitlines()
    assert last == "ok: 3 question(s) in 1 pack(s)"
    assert warnings and all(": field model_answer: warning: " in w for w in warnings)
    # the misconception, at its question's model_answer line, with the sentence
    line = _PACK.splitlines().index("    model_answer: >-") + 1
    (charged,) = [w for w in warnings if '"worded-right"' in w]
    assert charged.startswith(f"{pack}:{line}: question tech.mac-dropout: field model_answer:")
    assert "Dropout sets a random share of the activations to zero" in charged
