"""doctor checks the speech model chosen in Settings, not only the bundled one: a chosen model
folder that is gone was reported "[ok] speech model: Whisper tiny.en"."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _speech_line(data_dir: Path, chosen: str) -> str:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(json.dumps({"speech_model": chosen}), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "simulator", "--data-dir", str(data_dir), "doctor"],
        capture_output=True, text=True, cwd=REPO, timeout=180,
    )  # fmt: skip
    (line,) = [x for x in out.stdout.splitlines() if "speech model:" in x]
    return line


def test_a_chosen_model_folder_that_is_gone_is_named(data_dir: Path, tmp_path: Path) -> None:
    gone = tmp_path / "my-model"
    line = _speech_line(data_dir, str(gone))
    assert line.startswith("[missing]") and str(gone) in line and "Settings" in line, line


def test_an_unknown_model_name_is_named(data_dir: Path) -> None:
    line = _speech_line(data_dir, "large-v9")
    assert line.startswith("[missing]") and "unknown speech model 'large-v9'" in line, line


def test_a_damaged_chosen_model_folder_is_named(data_dir: Path, tmp_path: Path) -> None:
    """Attack run 29: it read 'cannot load the Whisper model: File model.bin is incomplete: ...',
    naming neither the folder nor that Settings chose it."""
    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "config.json").write_text("{}")
    (broken / "tokenizer.json").write_text("{}")
    (broken / "model.bin").write_bytes(b"")
    line = _speech_line(data_dir, str(broken))
    assert line.startswith(
        f"[missing] speech model: cannot load the model chosen in Settings at {broken}: "
    ), line
