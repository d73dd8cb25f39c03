"""``ml-interview doctor`` read as a new user (walkthrough 49): a broken pack of one's own was
"[ok] question packs: 159 questions; 1 problem(s), first: .../mine.yaml:2: pack: not valid
YAML ...", "pack" said twice and "[ok]" beside a problem whose fix was not printed; and the
voice had two verdicts on two lines ("voice (text to speech)" and "interviewer voice")."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import doctor
from simulator.speech import piper_voice


def _said(capsys: pytest.CaptureFixture[str], *checks) -> list[str]:  # type: ignore[no-untyped-def]
    """What ``doctor`` prints for ``checks`` alone, one line each (fix lines included)."""
    mp = pytest.MonkeyPatch()
    mp.setattr(doctor, "CHECKS", list(checks))
    try:
        doctor.run(None)  # type: ignore[arg-type]
    finally:
        mp.undo()
    return capsys.readouterr().out.splitlines()


def test_a_pack_problem_is_a_warning_with_its_fix_ux50(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packs = data_dir / "questions"
    packs.mkdir(parents=True)
    (packs / "mine.yaml").write_text("questions: [\n")
    line, *fix = _said(capsys, doctor.check_questions)
    assert line.startswith("[warning] question packs: "), line
    assert "questions loaded, 1 problem found, the first: " in line, line
    assert line.replace(str(packs), "").count("pack") == 1, f"'pack' said twice: {line}"
    assert "problem(s)" not in line and "mine.yaml:2: not valid YAML" in line, line
    assert fix == [f"        fix: run `ml-interview validate {packs / 'mine.yaml'}` and fix "
                   "the lines it prints"], fix  # fmt: skip


def test_the_shipped_packs_are_still_ok_ux50(capsys: pytest.CaptureFixture[str]) -> None:
    (line,) = _said(capsys, doctor.check_questions)
    assert line.startswith("[ok] question packs: ") and line.endswith(" questions loaded"), line


def test_the_voice_is_one_verdict_on_one_line_ux50(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _said(capsys, *doctor.CHECKS[: doctor.CHECKS.index(doctor.check_audio_output)])
    voiced = [line for line in lines if "voice" in line.split(":")[0]]
    assert len(voiced) == 1, f"two verdicts on the voice: {voiced}"
    assert voiced[0].startswith("[ok] interviewer voice: Joe (Piper, natural); espeak-ng ("), voiced
    assert voiced[0].endswith(" English) is the fallback"), voiced


def test_no_fallback_voice_is_a_warning_with_its_fix_ux50(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(doctor.shutil, "which", lambda name: None)
    assert piper_voice.installed_models()  # (shipped with the app)
    line, fix = _said(capsys, doctor.check_voice)
    assert line == (
        "[warning] interviewer voice: Joe (Piper, natural); no fallback voice if it fails "
        "(espeak-ng is not installed)"
    ), line
    assert fix == "        fix: sudo apt-get install espeak-ng", fix
